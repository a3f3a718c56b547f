"""The interview is data plus a pure flow over the Draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from subcontract_assist.core.document.preview import to_html
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.interview.answers import (
    AnswerError,
    format_answer,
    parse_answer,
    parse_cell,
)
from subcontract_assist.core.draft.interview.flow import (
    SectionState,
    applicable,
    apply_finding,
    get_value,
    next_question,
    question_for_field,
    read_answer,
    section_state,
    set_value,
    visible_sections,
    write_answer,
)
from subcontract_assist.core.draft.interview.questions import Kind, Question, load_sections
from subcontract_assist.core.draft.interview.rows import (
    RowError,
    blank_row,
    cell_of,
    computed_values,
)
from subcontract_assist.core.draft.schema import Draft, SpecialTerm, TransactionType
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.rules.engine import RULES, check
from subcontract_assist.core.text import Text

SECTIONS = load_sections()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


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
        (Kind.MONEY, "육천팔백만원", 68_000_000),
        (Kind.MONEY, "일금 일억이천삼백만원정", 123_000_000),
        (Kind.MONEY, "삼십오만", 350_000),
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


def test_every_section_points_the_preview_at_an_article_of_the_contracts_it_applies_to() -> None:
    exported = Draft.model_validate(
        {"transaction": {"is_export": True}, "materials_supplied": [{"name": "냉연강판"}]}
    )
    construction = exported.model_copy(deep=True)
    construction.transaction.type = TransactionType.CONSTRUCTION
    pages = [to_html(render_document(d)) for d in (exported, construction)]
    missing = [s.id for s in SECTIONS if not any(f'id="art-{s.article}"' in p for p in pages)]
    assert missing == []


def test_removing_a_special_term_keeps_the_titles_of_the_others() -> None:
    draft = Draft(
        special_terms=[
            SpecialTerm(title="대금", text="첫째"),
            SpecialTerm(title="민원", text="둘째"),
            SpecialTerm(title="단가", text="셋째"),
        ]
    )
    write_answer(draft, question("special_terms"), ["첫째", "셋째", "넷째"])
    titles = [(t.title, t.text) for t in draft.special_terms]
    assert titles == [("대금", "첫째"), ("단가", "셋째"), ("", "넷째")]


# -- rows questions (품목·단가표, 연동표, 지급자재 …) ------------------------------------------


def test_a_rows_question_reads_and_writes_its_rows_as_dicts() -> None:
    items = question("deliverable.items")
    assert items.kind is Kind.ROWS
    draft = Draft()
    row = blank_row(items) | {"name": "브래킷", "quantity": 2.5, "unit_price": 1_000}
    write_answer(draft, items, [row])
    assert draft.deliverable.items[0].amount == 2_500
    assert read_answer(draft, items)[0]["name"] == "브래킷"
    assert computed_values(items, read_answer(draft, items)[0]) == {"amount": 2_500}


def test_a_new_row_starts_from_the_models_defaults() -> None:
    row = blank_row(question("indexation.items"))
    assert row["kind"] == "material"
    assert row["threshold_pct"] is None
    assert row["decrease_only"] is False
    assert blank_row(question("deliverable.items"))["name"] == ""


def test_an_invalid_row_is_refused_naming_its_row_and_column() -> None:
    items = question("deliverable.items")
    draft = Draft()
    with pytest.raises(RowError) as caught:
        write_answer(draft, items, [blank_row(items), blank_row(items) | {"quantity": -1}])
    assert (caught.value.row, caught.value.key) == (1, "quantity")
    assert "2번째 행" in caught.value.text.ko
    assert "수량" in caught.value.text.ko
    assert draft.deliverable.items == []


def test_cells_parse_with_the_answer_parsers_and_choices_by_label() -> None:
    rows = question("indexation.items")
    kind, threshold = rows.column("kind"), rows.column("threshold_pct")
    assert kind is not None
    assert threshold is not None
    assert parse_cell(kind, "에너지") == "energy"
    assert parse_cell(kind, "Material") == "material"
    assert parse_cell(threshold, "5%") == 5.0
    with pytest.raises(AnswerError):
        parse_cell(kind, "석유")
    quantity = question("deliverable.items").column("quantity")
    assert quantity is not None
    assert parse_cell(quantity, "20,000") == 20_000.0
    assert format_answer(quantity, 20_000.0) == "20,000"


def test_a_price_change_may_be_negative_but_a_price_may_not() -> None:
    delta = question("contract.change_orders").column("amount_delta")
    assert delta is not None
    assert parse_cell(delta, "-500만원") == -5_000_000
    with pytest.raises(AnswerError):
        parse_answer(question("price.supply_amount"), "-500만원")


def test_a_finding_inside_a_row_names_its_cell() -> None:
    rows = question("indexation.items")
    assert cell_of(rows, "indexation.items[2].threshold_pct") == (2, "threshold_pct")
    assert cell_of(rows, "indexation.items") is None


def test_the_indexation_table_appears_once_a_main_material_or_energy_is_declared() -> None:
    section = next(s for s in SECTIONS if s.id == "indexation")
    draft = Draft()
    assert "indexation.items" not in [q.field for q in applicable(section, draft)]
    draft.indexation.has_main_energy = True
    assert "indexation.items" in [q.field for q in applicable(section, draft)]


def test_a_fix_inside_a_row_is_applied_to_that_cell() -> None:
    draft = Draft.model_validate({"indexation": {"items": [{"material": "알루미늄"}]}})
    finding = Finding(
        rule="r",
        category=Category.PRICE_ADJUSTMENT,
        article="제2조 제18항",
        severity=Severity.VIOLATION,
        message=Text("m", "m"),
        field="indexation.items[0].threshold_pct",
        fix={"indexation.items[0].threshold_pct": 10},
    )
    assert apply_finding(draft, finding) == ["indexation.items[0].threshold_pct"]
    assert draft.indexation.items[0].threshold_pct == 10


# -- every field a rule reads can be reached in the interview ----------------------------------


def _reachable(draft: Draft, path: str) -> bool:
    """Return True when ``path`` lands on a question (or a table cell) shown for ``draft``."""
    found = question_for_field(SECTIONS, path)
    if found is None:
        return False
    section, q = found
    shown = section in visible_sections(SECTIONS, draft) and q in applicable(section, draft)
    cell = cell_of(q, path) if q.kind is Kind.ROWS else None
    return shown and (cell is None or not cell[1] or q.column(cell[1]) is not None)


def test_every_field_a_rule_reads_has_a_question() -> None:
    fields = {f for rule in RULES for f in rule.fields}
    assert sorted(f for f in fields if question_for_field(SECTIONS, f) is None) == []


def test_every_finding_on_the_bad_example_lands_on_a_question_shown_for_it() -> None:
    draft = load_draft(EXAMPLES / "bad-manufacturing.scdraft.json")
    findings = check(draft)
    assert len(findings) > 50
    assert sorted({f.field for f in findings if not _reachable(draft, f.field)}) == []
    assert any(f.field.startswith("indexation.items[0].") for f in findings)


def _variants(draft: Draft) -> list[Draft]:
    """Return ``draft`` with answers that hide conditional questions while findings remain."""
    variants = []
    for change in (
        {"indexation": {"has_main_material": False}},
        {"indexation": {"has_main_material": None, "exemption": "agreed_non_indexation"}},
        {"guarantees": {"payment_bond": {"issue_date": "2027-03-01", "instrument": "각서"}}},
        {"payment": {"methods": ["cash"]}, "advance_payment": {"principal_received": False}},
    ):
        data = draft.model_dump(mode="json")
        for key, values in change.items():
            data[key] = _merged(data[key], values)
        variants.append(Draft.model_validate(data))
    return [draft, *variants]


def _merged(base: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Return ``base`` with ``values`` written over it, nested dicts merged key by key."""
    out = dict(base)
    for key, value in values.items():
        inner = out.get(key)
        if isinstance(inner, dict) and isinstance(value, dict):
            value = _merged(inner, value)
        out[key] = value
    return out


@pytest.mark.parametrize("kind", list(TransactionType))
def test_findings_land_on_shown_questions_for_every_transaction_type(kind: TransactionType) -> None:
    bad = load_draft(EXAMPLES / "bad-manufacturing.scdraft.json")
    lost = []
    for draft in [Draft(), *_variants(bad)]:
        draft.transaction.type = kind
        lost += [f.field for f in check(draft) if not _reachable(draft, f.field)]
    assert lost == []


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.scdraft.json")))
def test_every_finding_on_each_example_lands_on_a_question(name: str) -> None:
    draft = load_draft(EXAMPLES / name)
    assert [f.field for f in check(draft) if not _reachable(draft, f.field)] == []


@pytest.mark.parametrize(
    ("kind", "typed", "value"),
    [
        (Kind.NUMBER, "2만", 20_000),
        (Kind.NUMBER, "1.5천", 1_500),
        (Kind.NUMBER, "2만5천개", 25_000),
        (Kind.INT, "3만", 30_000),
        (Kind.NUMBER, "2.5", 2.5),
    ],
)
def test_quantities_accept_the_words_people_type(kind: Kind, typed: str, value: float) -> None:
    q = Question("x", kind, Text("수량", "Quantity"), unit="개" if kind is Kind.NUMBER else "")
    assert parse_answer(q, typed) == value


def test_a_quantity_in_words_still_respects_the_bounds() -> None:
    q = Question("x", Kind.NUMBER, Text("수량", "Quantity"), maximum=10_000)
    with pytest.raises(AnswerError, match="이하"):
        parse_answer(q, "2만")
