"""The interview is data plus a pure flow over the Draft."""

from __future__ import annotations

import datetime as dt

import pytest

from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.interview.answers import AnswerError, format_answer, parse_answer
from subcontract_assist.core.interview.flow import (
    SectionState,
    applicable,
    apply_finding,
    get_value,
    next_question,
    question_for_field,
    read_answer,
    section_state,
    set_value,
    write_answer,
)
from subcontract_assist.core.interview.questions import Kind, Question, load_sections
from subcontract_assist.core.model import Draft, SpecialTerm, TransactionType
from subcontract_assist.core.preview import to_html
from subcontract_assist.core.rendering import render_document
from subcontract_assist.core.text import Text

SECTIONS = load_sections()


def question(field: str) -> Question:
    found = question_for_field(SECTIONS, field)
    assert found is not None, field
    return found[1]


def test_every_question_names_a_real_draft_field() -> None:
    draft = Draft()
    for section in SECTIONS:
        for q in section.questions:
            read_answer(draft, q)  # raises AttributeError on a typo in questions.toml


def test_question_fields_are_unique_ids() -> None:
    fields = [q.field for s in SECTIONS for q in s.questions]
    assert len(fields) == len(set(fields))


def test_required_questions_cite_the_law_or_say_what_to_type() -> None:
    cited = [q for s in SECTIONS for q in s.questions if "제" in q.help.ko or "NNN" in q.help.ko]
    assert len(cited) >= 30


@pytest.mark.parametrize(
    ("kind", "typed", "value"),
    [
        (Kind.INT, "60", 60),
        (Kind.INT, "90일", 90),
        (Kind.MONEY, "68,000,000", 68_000_000),
        (Kind.MONEY, "6,800만원", 68_000_000),
        (Kind.MONEY, "1억 2천만", 120_000_000),
        (Kind.MONEY, "3억5000만원", 350_000_000),
        (Kind.MONEY, "2천원", 2_000),
        (Kind.PERCENT, "15.5%", 15.5),
        (Kind.DATE, "2026.12.1", dt.date(2026, 12, 1)),
        (Kind.DATE, "2026년 12월 1일", dt.date(2026, 12, 1)),
        (Kind.DATE, "20261201", dt.date(2026, 12, 1)),
        (Kind.BRN, "2208162517", "220-81-62517"),
        (Kind.TEXT, "  주식회사 새솔  ", "주식회사 새솔"),
        (Kind.LIST, "첫째 조항\n\n둘째\n조항", ["첫째 조항", "둘째 조항"]),
    ],
)
def test_typed_answers_parse_to_draft_values(kind: Kind, typed: str, value: object) -> None:
    q = Question("x", kind, Text("질문", "Q"), unit="일" if kind is Kind.INT else "")
    assert parse_answer(q, typed) == value


@pytest.mark.parametrize(
    ("kind", "typed", "reason"),
    [
        (Kind.INT, "육십", "숫자"),
        (Kind.MONEY, "많이", "금액"),
        (Kind.PERCENT, "150", "100"),
        (Kind.DATE, "2026-02-30", "YYYY-MM-DD"),
        (Kind.BRN, "220-81-62518", "검증번호"),
        (Kind.BRN, "12345", "10자리"),
    ],
)
def test_invalid_answers_say_why_in_korean(kind: Kind, typed: str, reason: str) -> None:
    q = Question("x", kind, Text("질문", "Q"))
    with pytest.raises(AnswerError) as caught:
        parse_answer(q, typed)
    assert reason in caught.value.text.ko
    assert caught.value.text.en


def test_bounds_of_a_question_are_enforced() -> None:
    q = Question("x", Kind.INT, Text("질문", "Q"), minimum=0, maximum=100, unit="일")
    with pytest.raises(AnswerError, match="100일 이하"):
        parse_answer(q, "101")


@pytest.mark.parametrize("field", ["payment.due_days_after_receipt", "price.supply_amount"])
def test_formatted_answers_parse_back_to_the_same_value(field: str) -> None:
    q = question(field)
    assert parse_answer(q, format_answer(q, 1_500)) == 1_500


def test_answers_are_written_and_read_by_field_path() -> None:
    draft = Draft()
    write_answer(draft, question("payment.due_days_after_receipt"), 45)
    assert draft.payment.due_days_after_receipt == 45
    set_value(draft, "parties.principal.name", "주식회사 한빛")
    assert get_value(draft, "parties.principal.name") == "주식회사 한빛"


def test_an_invalid_value_is_refused_and_nothing_changes() -> None:
    draft = Draft()
    with pytest.raises(DraftError):
        set_value(draft, "payment.due_days_after_receipt", -1)
    assert draft.payment.due_days_after_receipt is None


def test_special_terms_keep_their_titles_when_the_text_changes() -> None:
    draft = Draft(special_terms=[SpecialTerm(title="민원", text="옛 문구")])
    write_answer(draft, question("special_terms"), ["새 문구", "둘째"])
    assert [(t.title, t.text) for t in draft.special_terms] == [("민원", "새 문구"), ("", "둘째")]


def test_construction_only_questions_apply_only_to_construction() -> None:
    section = next(s for s in SECTIONS if s.id == "contract")
    draft = Draft()
    assert "contract.project_name" not in [q.field for q in applicable(section, draft)]
    draft.transaction.type = TransactionType.CONSTRUCTION
    assert "contract.project_name" in [q.field for q in applicable(section, draft)]


def test_a_bill_tenor_is_asked_only_when_bills_are_used() -> None:
    section = next(s for s in SECTIONS if s.id == "payment")
    draft = Draft()
    assert "payment.bill_tenor_days" not in [q.field for q in applicable(section, draft)]
    write_answer(draft, question("payment.methods"), ["cash", "bill"])
    assert "payment.bill_tenor_days" in [q.field for q in applicable(section, draft)]


def test_next_question_is_the_first_unanswered_required_one() -> None:
    draft = Draft()
    assert next_question(SECTIONS, draft) == question("parties.principal.name")
    draft.parties.principal.name = "한빛"
    assert next_question(SECTIONS, draft) == question("parties.principal.representative")


def test_section_states_follow_answers_and_findings() -> None:
    draft = Draft()
    principal = next(s for s in SECTIONS if s.id == "principal")
    assert section_state(principal, draft, []) is SectionState.NOT_STARTED
    draft.parties.principal.name = "한빛"
    assert section_state(principal, draft, []) is SectionState.IN_PROGRESS
    draft.parties.principal.representative = "김도윤"
    draft.parties.principal.biz_reg_no = "220-81-62517"
    draft.parties.principal.address = "안산"
    assert section_state(principal, draft, []) is SectionState.COMPLETE
    finding = Finding(
        "x",
        Category.WRITTEN_CONTRACT,
        "제3조",
        Severity.RISK,
        Text("", ""),
        "parties.principal.name",
    )
    assert section_state(principal, draft, [finding]) is SectionState.HAS_FINDINGS


def test_a_clause_finding_belongs_to_the_special_terms_question() -> None:
    found = question_for_field(SECTIONS, "special_terms[1].text")
    assert found is not None
    assert found[0].id == "special_terms"


def test_applying_a_fix_sets_the_fields_it_names() -> None:
    draft = Draft()
    draft.payment.due_days_after_receipt = 90
    finding = Finding(
        "payment_terms.deadline_60d",
        Category.PAYMENT_TERMS,
        "제13조",
        Severity.VIOLATION,
        Text("", ""),
        "payment.due_days_after_receipt",
        fix={"payment.due_days_after_receipt": 60},
    )
    assert apply_finding(draft, finding) == ["payment.due_days_after_receipt"]
    assert draft.payment.due_days_after_receipt == 60


def test_applying_a_clause_finding_replaces_the_clause_with_fair_wording() -> None:
    draft = Draft(special_terms=[SpecialTerm(text="불공정한 문구")])
    finding = Finding(
        "m",
        Category.UNFAIR_SPECIAL_TERMS,
        "제3조의4",
        Severity.RISK,
        Text("", ""),
        "special_terms[0].text",
        suggestion="공정한 문구",
    )
    apply_finding(draft, finding)
    assert draft.special_terms[0].text == "공정한 문구"


def test_every_section_points_the_preview_at_an_article_of_the_manufacturing_contract() -> None:
    page = to_html(render_document(Draft()))
    missing = [s.id for s in SECTIONS if f'id="art-{s.article}"' not in page]
    assert missing == []
