"""Received-contract review in core: structure, transaction type, gaps, and the paragraph review."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.reviewer import DOUBT_LEAD, Clause, ClauseVerdict
from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.errors import Cancelled
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.received.completeness import missing_items
from subcontract_assist.core.received.review import (
    ContractReviewer,
    ParagraphFinding,
    comment_text,
    detect_transaction_type,
    model_skip_reason,
    review_units,
)
from subcontract_assist.core.received.structure import (
    Contract,
    Role,
    SourceDocument,
    SourceParagraph,
    parse_contract,
    source_from_lines,
)
from subcontract_assist.core.text import Text

# A small contract written for these tests (not from any evaluation set).
LINES = [
    "금형 부품 제조위탁 계약서",
    "",
    "갑과 을은 다음과 같이 계약을 체결한다.",
    "제1조(목적) 이 계약은 갑이 을에게 위탁하는 금형 부품의 제조에 관한 사항을 정함을 "
    "목적으로 한다.",
    "제2조(정의)",
    "① '목적물'이란 을이 제조하여 납품하는 금형 부품을 말한다.",
    "② '납품'이란 목적물을 갑의 창고에 인도하는 것을 말한다.",
    "제3조(대금의 지급)",
    "① 갑은 목적물을 수령한 날부터 30일 이내에 대금을 현금으로 지급한다.",
    "② 을은 다음 각 호의 서류를 제출한다.",
    "1. 세금계산서",
    "2. 납품확인서",
    "제4조(비밀유지) 갑과 을은 상대방의 영업비밀을 제3자에게 누설하지 아니한다.",
    "2027년 1월 5일",
    "갑: 가나산업 대표 홍길동 (인)",
]


def contract_of(lines: Iterable[str]) -> Contract:
    return parse_contract(source_from_lines("test.txt", list(lines)))


# ---------------------------------------------------------------- structure


def test_articles_paragraphs_and_items_are_recognised() -> None:
    contract = contract_of(LINES)
    roles = [(p.index, p.role, p.location) for p in contract.paragraphs]
    assert roles[0][1] is Role.TITLE
    assert contract.title == "금형 부품 제조위탁 계약서"
    assert roles[2] == (2, Role.TEXT, "")
    assert roles[4] == (4, Role.ARTICLE, "제2조(정의)")
    assert roles[6] == (6, Role.CLAUSE, "제2조(정의) ②")
    assert roles[10][1] is Role.ITEM
    assert roles[10][2] == "제3조(대금의 지급) ②"
    assert contract.articles == (
        "제1조(목적)",
        "제2조(정의)",
        "제3조(대금의 지급)",
        "제4조(비밀유지)",
    )


def test_an_article_heading_with_its_sentence_on_one_line_keeps_the_sentence() -> None:
    contract = contract_of(LINES)
    first = contract.paragraphs[3]
    assert first.role is Role.ARTICLE
    assert first.body.startswith("이 계약은")
    assert first.location == "제1조(목적) ①"


def test_date_line_and_signature_block_are_not_clauses() -> None:
    contract = contract_of(LINES)
    assert [p.role for p in contract.paragraphs[-2:]] == [Role.SIGNATURE, Role.SIGNATURE]


def test_word_automatic_numbers_are_part_of_the_reviewed_text() -> None:
    source = SourceDocument(
        "x.docx",
        "docx",
        (
            SourceParagraph(0, 0, "제7조(검사)"),
            SourceParagraph(1, 1, "갑은 수령 후 검사한다.", label="①"),
            SourceParagraph(2, 2, "을은 재검사를 요청할 수 있다.", label="②"),
        ),
    )
    contract = parse_contract(source)
    assert contract.paragraphs[2].body == "② 을은 재검사를 요청할 수 있다."
    assert contract.paragraphs[2].clause_no == 2
    assert contract.paragraphs[2].source.text == "을은 재검사를 요청할 수 있다."


def test_table_cells_have_no_body_index_and_are_reviewed_row_by_row() -> None:
    source = SourceDocument(
        "x.docx",
        "docx",
        (
            SourceParagraph(0, 0, "공사 하도급 계약서"),
            SourceParagraph(1, None, "지급기일", table=(0, 0)),
            SourceParagraph(2, None, "기성 검사 후 발주자에게 받은 날부터 90일", table=(0, 0)),
            SourceParagraph(3, 1, "제1조(목적) 이 계약은 공사에 관하여 정한다."),
        ),
    )
    contract = parse_contract(source)
    assert contract.paragraphs[1].role is Role.CELL
    units = review_units(contract)
    row = next(u for u in units if u.anchor.index is None)
    assert row.text == "지급기일 기성 검사 후 발주자에게 받은 날부터 90일"
    assert row.anchor.source.position == 2


# ---------------------------------------------------------------- transaction type


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "사출 부품 제조위탁 계약서",
            "을은 부품을 제작하여 납품한다.",
            TransactionType.MANUFACTURING,
        ),
        (
            "전기공사 하도급 계약서",
            "을은 현장에서 시공하고 준공검사를 받는다.",
            TransactionType.CONSTRUCTION,
        ),
        (
            "화물 운송 용역 계약서",
            "을은 화물을 운송한다. 운송 용역의 대가는",
            TransactionType.SERVICE_LABOR,
        ),
    ],
)
def test_the_transaction_type_is_read_from_the_wording(
    title: str, body: str, expected: TransactionType
) -> None:
    guess = detect_transaction_type(contract_of([title, f"제1조(내용) {body}"]))
    assert guess.type is expected
    assert not guess.needs_user


def test_an_unclear_contract_asks_the_user_for_the_type() -> None:
    guess = detect_transaction_type(
        contract_of(["계약서", "제1조(내용) 을은 갑의 요청을 이행한다."])
    )
    assert guess.needs_user
    assert "선택" in guess.question.ko


# ---------------------------------------------------------------- what is missing

COMPLETE = [
    "브래킷 제조위탁 계약서",
    "제1조(위탁 내용) 갑은 2027년 2월 1일 을에게 브래킷(품명 BR-7, 수량 5,000개)의 "
    "제조를 위탁한다.",
    "제2조(납품) 을은 2027년 3월 10일까지 갑의 제2공장에 목적물을 납품하며, 갑은 즉시 수령증명서를 "
    "발급한다.",
    "제3조(검사) 갑은 검사기준서에 정한 방법으로 검사하고, 수령일부터 10일 이내에 결과를 서면으로 "
    "알리며, 통지하지 아니하면 합격한 것으로 본다.",
    "제4조(대금) ① 하도급대금은 5천만원으로 하고, 갑은 수령일부터 30일 이내에 현금으로 지급한다.",
    "② 갑이 지급기일을 넘기면 고시 이율에 따른 지연이자를 지급한다.",
    "제5조(대금의 조정) 을은 원재료 가격 등 공급원가가 변동하면 대금 조정을 신청할 수 "
    "있고, 갑은 10일 이내에 협의를 시작한다.",
    "제6조(연동) 주요 원재료인 냉연강판은 공신력 있는 기관의 기준지표에 따라 기준시점 "
    "대비 비교시점의 변동률이 3% 이상이면 연동 산식으로 분기 조정일마다 조정한다.",
    "제7조(기술자료) 갑은 기술자료를 요구할 때 목적과 대가를 적은 요구서를 주고, 자료를 받기 전에 "
    "비밀유지계약을 맺는다.",
    "제8조(부당특약) 하도급법에 위반되는 부당한 특약은 무효로 한다.",
    "제9조(분쟁) 각 당사자는 하도급분쟁조정협의회에 분쟁조정을 신청할 수 있다.",
    "제10조(서명) 양 당사자는 계약서 2부에 기명날인하여 1부씩 보관한다.",
]


def ids(contract: Contract, kind: TransactionType | None = None) -> set[str]:
    return {m.id for m in missing_items(contract, kind)}


def test_a_contract_stating_everything_misses_nothing() -> None:
    assert ids(contract_of(COMPLETE), TransactionType.MANUFACTURING) == set()


def test_a_payment_clause_without_method_or_date_is_a_missing_mandatory_item() -> None:
    lines = [line for line in COMPLETE if "현금으로 지급" not in line]
    found = {m.id: m for m in missing_items(contract_of(lines), None)}
    m4 = found["written_contract.mandatory_items.m4"]
    assert m4.severity is Severity.VIOLATION
    assert m4.article == "제3조 제2항"


def test_a_master_agreement_leaves_order_details_to_each_order_as_a_reminder() -> None:
    lines = [line for line in COMPLETE if "현금으로 지급" not in line]
    lines.append("제11조(개별계약) 단가와 지급 조건은 개별계약(발주서)으로 정한다.")
    found = {m.id: m for m in missing_items(contract_of(lines), None)}
    assert found["written_contract.mandatory_items.m4"].severity is Severity.INFO


def test_a_price_adjustment_waiver_does_not_count_as_the_adjustment_procedure() -> None:
    lines = [line for line in COMPLETE if "공급원가" not in line]
    lines.append("제12조(단가) 을은 계약기간 중 단가 조정을 신청할 수 없다.")
    assert "written_contract.mandatory_items.m6" in ids(contract_of(lines))


def test_indexation_terms_without_index_and_formula_name_the_missing_terms() -> None:
    lines = [line for line in COMPLETE if "연동" not in line]
    lines.append("제12조(연동) 원재료 가격이 오르면 양 당사자가 협의하여 연동한다.")
    found = {m.id: m for m in missing_items(contract_of(lines), None)}
    message = found["price_adjustment.indexation_items"].message.ko
    assert "기준 지표" in message
    assert "연동 산식" in message


def test_no_indexation_terms_at_all_is_a_risk_that_names_the_exemptions() -> None:
    lines = [line for line in COMPLETE if "연동" not in line]
    found = {m.id: m for m in missing_items(contract_of(lines), None)}
    item = found["price_adjustment.indexation_required"]
    assert item.severity is Severity.RISK
    assert "90일" in item.message.ko


@pytest.mark.parametrize(
    ("drop", "expected"),
    [
        ("합격한 것으로", "inspection.notice_10d"),
        ("지연이자", "payment_terms.late_interest"),
        ("무효로", "unfair_special_terms.nullity_effect"),
        ("분쟁조정", "written_contract.dispute_mediation"),
        ("수령증명서", "order_cancellation.receipt_certificate"),
    ],
)
def test_a_missing_protective_clause_is_noted(drop: str, expected: str) -> None:
    lines = [line for line in COMPLETE if drop not in line]
    found = {m.id: m for m in missing_items(contract_of(lines), TransactionType.MANUFACTURING)}
    assert found[expected].severity is Severity.INFO


def test_a_request_for_technical_data_without_a_written_request_is_noted() -> None:
    lines = [line for line in COMPLETE if "요구서" not in line]
    lines.append("제7조(기술자료) 갑은 필요하면 을에게 공정 도면의 제출을 요구할 수 있다.")
    assert "tech_data.request_document" in ids(contract_of(lines))


def test_bills_without_a_discount_fee_are_noted_only_when_bills_are_used() -> None:
    with_bills = [*COMPLETE, "제13조(어음) 대금의 절반은 만기 60일의 어음으로 지급할 수 있다."]
    assert "payment_terms.bill_discount_fee" in ids(contract_of(with_bills))
    no_bills = [*COMPLETE, "제13조(어음) 대금은 어음으로 지급하지 아니한다."]
    assert "payment_terms.bill_discount_fee" not in ids(contract_of(no_bills))


def test_labour_services_are_not_told_about_the_inspection_notice() -> None:
    lines = [line for line in COMPLETE if "합격한 것으로" not in line]
    assert "inspection.notice_10d" not in ids(contract_of(lines), TransactionType.SERVICE_LABOR)


# ---------------------------------------------------------------- which paragraphs the model reads


@pytest.mark.parametrize(
    ("article", "text", "reason"),
    [
        (
            "제2조(용어)",
            "'기성'이란 공사 진척에 따른 대가를 말한다.",
            "purpose/definitions article",
        ),
        ("제5조(납품)", "'납기'란 개별계약에서 정한 납품일을 말한다.", "definition"),
        ("제1조(개요)", "이 계약은 부품 제조에 관한 사항을 정함을 목적으로 한다.", "purpose"),
        ("제9조(기타)", "이 계약서는 2부를 작성하여 각 1부씩 보관한다.", "boilerplate"),
        (
            "제8조(양도)",
            "갑과 을은 상대방의 동의 없이 권리를 양도하지 못한다.",
            "mutual obligation",
        ),
        ("제8조(통지)", "① 짧은 문장", "short"),
    ],
)
def test_paragraphs_that_cannot_be_unfair_skip_the_model(
    article: str, text: str, reason: str
) -> None:
    paragraph = contract_of(["계약서", article, text]).paragraphs[2]
    assert model_skip_reason(paragraph, paragraph.body) == reason


@pytest.mark.parametrize(
    "text",
    [
        "갑과 을은 협의하되, 을은 모든 민원 비용을 부담한다.",
        "갑은 경영상 필요가 있으면 언제든지 발주를 취소할 수 있다.",
    ],
)
def test_one_sided_paragraphs_go_to_the_model(text: str) -> None:
    paragraph = contract_of(["계약서", "제5조(기타)", text]).paragraphs[2]
    assert model_skip_reason(paragraph, paragraph.body) == ""


# ---------------------------------------------------------------- the paragraph review


def fake_screen(text: str, field: str = "") -> list[Finding]:
    """A clause pattern that knows one unfair wording: complaint costs on the subcontractor."""
    if "민원" not in text:
        return []
    return [
        Finding(
            rule="unfair_special_terms.complaint_accident_costs",
            category=Category.UNFAIR_SPECIAL_TERMS,
            article="제3조의4",
            severity=Severity.VIOLATION,
            message=Text("민원 비용 전가", "complaint costs shifted"),
            field=field,
            suggestion="민원 비용은 원인 제공자가 부담한다.",
        )
    ]


class FakeReviewer:
    """Flags arbitrary cancellation; records every clause it was asked about."""

    def __init__(self) -> None:
        self.seen: list[Clause] = []

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        self.seen.append(clause)
        if "취소" not in clause.text:
            return []
        return [
            Finding(
                rule="model.order_cancellation",
                category=Category.ORDER_CANCELLATION,
                article="제8조",
                severity=Severity.RISK,
                message=Text("임의 취소", "arbitrary cancellation"),
                field=clause.field,
                source=Source.MODEL,
            )
        ]


UNFAIR = [
    *LINES[:12],
    "제5조(민원) 을은 현장 민원 처리 비용을 모두 부담한다.",
    "제6조(발주 취소) 갑은 사정에 따라 언제든지 발주를 취소할 수 있다.",
]


def test_each_finding_points_at_its_paragraph() -> None:
    review = ContractReviewer(FakeReviewer(), fake_screen).review(
        contract_of(UNFAIR), CancelToken()
    )
    hits = {(f.paragraph.index, f.finding.rule, f.finding.source) for f in review.findings}
    assert hits == {
        (12, "unfair_special_terms.complaint_accident_costs", Source.RULE),
        (13, "model.order_cancellation", Source.MODEL),
    }
    assert {f.finding.field for f in review.findings} == {"paragraph[12]", "paragraph[13]"}


def test_the_json_has_exactly_the_documented_keys_and_the_paragraph_text() -> None:
    review = ContractReviewer(FakeReviewer(), fake_screen).review(
        contract_of(UNFAIR), CancelToken()
    )
    data = review.to_json("ko")
    assert set(data) == {"findings", "missing"}
    first = data["findings"][0]
    assert set(first) == {
        "paragraph_index",
        "text",
        "rule",
        "category",
        "article",
        "severity",
        "source",
        "message",
        "suggestion",
    }
    assert first["text"] == UNFAIR[first["paragraph_index"]]
    assert all(set(m) >= {"id", "article", "severity", "message"} for m in data["missing"])


def test_the_model_does_not_read_definitions_or_paragraphs_a_rule_already_decided() -> None:
    reviewer = FakeReviewer()
    ContractReviewer(reviewer, fake_screen).review(contract_of(UNFAIR), CancelToken())
    seen = {clause.index for clause in reviewer.seen}
    assert 5 not in seen
    assert 6 not in seen
    assert 12 not in seen  # the pattern already fired
    assert 13 in seen
    assert 8 not in seen  # the principal's plain promise to pay within the Act's 60 days
    assert 9 in seen  # a duty laid on the subcontractor is read


def test_without_a_model_the_patterns_still_review_every_paragraph() -> None:
    review = ContractReviewer(None, fake_screen).review(contract_of(UNFAIR), CancelToken())
    assert [f.paragraph.index for f in review.findings] == [12]
    assert review.notes


def test_the_user_chosen_type_overrides_the_guess() -> None:
    review = ContractReviewer(None, fake_screen).review(
        contract_of(UNFAIR), CancelToken(), transaction=TransactionType.REPAIR
    )
    assert review.transaction.type is TransactionType.REPAIR
    assert not review.transaction.needs_user


def test_the_comment_names_the_article_the_reason_and_the_fair_wording() -> None:
    review = ContractReviewer(None, fake_screen).review(contract_of(UNFAIR), CancelToken())
    text = comment_text(review.by_paragraph()[12], "ko")
    assert text.startswith("[위반] 하도급법 제3조의4")
    assert "민원 비용 전가" in text
    assert "권고 문구: 민원 비용은 원인 제공자가 부담한다." in text


def hundred_pages() -> Contract:
    """About 100 A4 pages: 300 articles of five paragraphs each."""
    lines = ["대형 설비 부품 제조위탁 기본계약서"]
    for n in range(1, 301):
        lines.append(f"제{n}조(납품 조건 {n})")
        for k in range(1, 6):
            lines.append(
                f"{'①②③④⑤'[k - 1]} 을은 {n}차 개별계약에서 정한 수량의 {k}번 부품을 갑의 공장에 "
                f"납품하고, 갑은 수령일부터 {10 + k}일 이내에 검사 결과를 서면으로 알린다."
            )
    return contract_of(lines)


def test_a_hundred_page_contract_reports_progress_and_stops_when_cancelled() -> None:
    contract = hundred_pages()
    cancel = CancelToken()
    reviewer = FakeReviewer()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 50:
            cancel.cancel()

    with pytest.raises(Cancelled):
        ContractReviewer(reviewer, fake_screen).review(contract, cancel, progress)
    assert seen[0] == (0, 1500)
    assert seen[-1] == (50, 1500)
    assert len(reviewer.seen) == 50


def test_results_stream_the_rules_of_the_whole_contract_then_the_model() -> None:
    contract = contract_of(UNFAIR)
    units = review_units(contract)
    reviewer = FakeReviewer()
    stream = ContractReviewer(reviewer, fake_screen).iter_review(units, CancelToken())
    rules = []
    for result in stream:
        if result.stage == "model":
            break
        rules.append(result)
        assert not reviewer.seen  # no model call before the rules have read every unit
    else:
        pytest.fail("the model read nothing")
    assert [r.unit for r in rules] == units
    model = [result, *stream]
    assert [r.unit for r in model] == [r.unit for r in rules if not r.final]
    assert len(model) == len(reviewer.seen)
    assert all(r.final for r in model)
    flagged = {f.paragraph.index for r in rules for f in r.findings}
    assert flagged == {12}  # the complaint costs, decided by the rules, never sent on


def test_a_cancelled_run_keeps_every_finding_decided_before_the_cancel() -> None:
    cancel = CancelToken()
    lines = [*UNFAIR, "제7조(납품) 을은 정해진 날까지 목적물을 납품한다."]
    run = ContractReviewer(FakeReviewer(), fake_screen).start(contract_of(lines))
    decided: list[ParagraphFinding] = []

    def review_until_the_first_model_finding() -> None:
        for result in run.results(cancel):
            decided.extend(result.findings)
            if result.stage == "model" and result.findings:
                cancel.cancel()

    with pytest.raises(Cancelled):
        review_until_the_first_model_finding()
    review = run.review()
    assert not review.complete
    assert review.decided is not None
    assert review.decided < review.reviewed
    assert sorted(review.findings, key=id) == sorted(decided, key=id)
    assert {(f.paragraph.index, f.finding.source) for f in review.findings} == {
        (12, Source.RULE),
        (13, Source.MODEL),
    }
    assert review.missing  # read from the whole text at the start


def test_the_counts_say_why_units_were_not_sent_to_the_model() -> None:
    reviewer = ContractReviewer(FakeReviewer(), fake_screen)
    run = reviewer.start(contract_of(UNFAIR))
    for _ in run.results(CancelToken()):
        pass
    counts = run.counts()
    assert counts.units == len(run.units)
    assert counts.model + sum(counts.skipped.values()) == counts.units
    assert counts.skipped["rule finding"] == 1  # 제5조, the complaint costs
    assert counts.skipped["purpose/definitions article"] == 3


def test_the_model_sees_the_article_heading_and_the_patterns_see_the_paragraph_alone() -> None:
    screened: list[str] = []

    def recording_screen(text: str, field: str = "") -> list[Finding]:
        screened.append(text)
        return []

    reviewer = FakeReviewer()
    ContractReviewer(reviewer, recording_screen).review(contract_of(UNFAIR), CancelToken())
    asked = next(c.text for c in reviewer.seen if c.index == 13)
    assert asked == "제6조(발주 취소) 갑은 사정에 따라 언제든지 발주를 취소할 수 있다."
    assert "갑은 사정에 따라 언제든지 발주를 취소할 수 있다." in screened
    assert not any(text.startswith("제6조") for text in screened)


def test_an_item_is_reviewed_after_the_paragraph_that_introduces_it() -> None:
    contract = contract_of(LINES)
    units = {u.anchor.index: u for u in review_units(contract)}
    assert units[11].text == "② 을은 다음 각 호의 서류를 제출한다. 2. 납품확인서"
    assert units[8].text == "① 갑은 목적물을 수령한 날부터 30일 이내에 대금을 현금으로 지급한다."


@pytest.mark.parametrize(
    "lead_in",
    [
        "② 다음 각 호의 어느 하나에 해당하는 약정은 부당한 특약으로서 효력이 없다.",
        "② 다음 각 호의 반품은 수급사업자에게 책임을 돌릴 사유가 없는 반품으로 본다.",
        "① 을은 다음 각 호의 어느 하나에 해당하면 대금의 조정을 신청할 수 있다.",
        "① 갑은 작업 전에 다음 각 호의 사항을 적은 서면을 을에게 발급한다.",
    ],
)
def test_items_listing_what_the_contract_forbids_or_grants_are_not_flagged(lead_in: str) -> None:
    lines = ["계약서", "제9조(보호)", lead_in, "1. 을에게 민원 처리 비용을 부담시키는 약정"]
    review = ContractReviewer(FakeReviewer(), fake_screen).review(contract_of(lines), CancelToken())
    assert not review.findings


def test_items_under_an_exemption_of_the_principal_are_still_reviewed() -> None:
    lines = [
        "계약서",
        "제9조(면책)",
        "② 다음 각 호의 경우 갑은 책임을 지지 아니한다.",
        "1. 현장 민원으로 공사가 늦어진 경우",
    ]
    review = ContractReviewer(FakeReviewer(), fake_screen).review(contract_of(lines), CancelToken())
    assert [f.paragraph.index for f in review.findings] == [3]


def test_bills_mentioned_outside_payment_do_not_ask_for_a_discount_fee() -> None:
    lines = [*COMPLETE, "제14조(해지) 어음·수표가 부도 처리되면 상대방은 계약을 해지할 수 있다."]
    assert "payment_terms.bill_discount_fee" not in ids(contract_of(lines))


def test_a_clause_saying_unfair_terms_have_no_effect_counts_as_the_nullity_clause() -> None:
    lines = [line for line in COMPLETE if "무효로" not in line]
    lines.append("제8조(부당특약) 부당한 특약에 해당하는 약정은 효력이 없다.")
    assert "unfair_special_terms.nullity_effect" not in ids(contract_of(lines))


class FakeScorer(FakeReviewer):
    """A model exposing label scores: arbitrary cancellation scores 1.0 above its threshold."""

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        self.seen.append(clause)
        unfair = "취소" in clause.text
        return ClauseVerdict(
            score=1.0 if unfair else -3.0,
            threshold=0.0,
            category=Category.ORDER_CANCELLATION if unfair else None,
        )


@pytest.mark.parametrize(("margin", "kept"), [(0.5, True), (2.0, False)])
def test_a_model_only_finding_needs_the_contract_margin_above_the_threshold(
    margin: float, kept: bool
) -> None:
    reviewer = ContractReviewer(FakeScorer(), fake_screen, model_margin=margin)
    review = reviewer.review(contract_of(UNFAIR), CancelToken())
    sources = {(f.paragraph.index, f.finding.source) for f in review.findings}
    assert ((13, Source.MODEL) in sources) is kept
    assert (12, Source.RULE) in sources  # a rule finding never depends on the margin


class ContractPointScorer(FakeScorer):
    """The same scores, with a contract-level flag point calibrated by the adapter."""

    def __init__(self, point: float) -> None:
        super().__init__()
        self.point = point

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        plain = super().verdict(clause, cancel)
        return dataclasses.replace(plain, contract_threshold=self.point)


@pytest.mark.parametrize(("point", "kept"), [(0.5, True), (1.5, False)])
def test_the_adapters_contract_threshold_decides_a_model_only_finding(
    point: float, kept: bool
) -> None:
    review = ContractReviewer(ContractPointScorer(point), fake_screen).review(
        contract_of(UNFAIR), CancelToken()
    )
    sources = {(f.paragraph.index, f.finding.source) for f in review.findings}
    assert ((13, Source.MODEL) in sources) is kept


class DoubtingScorer(FakeScorer):
    """The same scores, with the adapter's doubt point: the complaint paragraph reads as
    plainly fair (−9 under −6)."""

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        plain = super().verdict(clause, cancel)
        score = -9.0 if "민원" in clause.text else plain.score
        return dataclasses.replace(plain, score=score, doubt_threshold=-6.0)


def test_a_rule_finding_the_model_doubts_comes_once_as_a_hint_after_the_model_read_it() -> None:
    scorer = DoubtingScorer()
    units = review_units(contract_of(UNFAIR))
    results = list(ContractReviewer(scorer, fake_screen).iter_review(units, CancelToken()))
    rules = [r for r in results if r.stage == "rules" and r.unit.anchor.index == 12]
    model = [r for r in results if r.stage == "model" and r.unit.anchor.index == 12]
    assert [(r.findings, r.final) for r in rules] == [((), False)]  # held for the model
    ((found,),) = [r.findings for r in model]
    assert (found.finding.rule, found.finding.source) == (
        "unfair_special_terms.complaint_accident_costs",
        Source.RULE,
    )
    assert found.finding.severity is Severity.INFO
    assert found.finding.message.ko.startswith(DOUBT_LEAD.ko)
    assert 12 in {clause.index for clause in scorer.seen}


def test_without_a_doubt_point_a_scorer_leaves_the_rule_finding_as_it_was() -> None:
    review = ContractReviewer(FakeScorer(), fake_screen).review(contract_of(UNFAIR), CancelToken())
    (found,) = [f for f in review.findings if f.paragraph.index == 12]
    assert found.finding.severity is Severity.VIOLATION
    assert not found.finding.message.ko.startswith(DOUBT_LEAD.ko)


def test_a_paragraph_that_only_restrains_the_principal_skips_the_model() -> None:
    lines = [
        "계약서",
        "제9조(대금의 유보)",
        "① 갑은 기성금의 일부를 하자 담보 명목으로 유보하지 아니한다.",
        "② 갑은 기성금의 10%를 하자 담보 명목으로 유보한다.",
    ]
    units = {u.anchor.index: u for u in review_units(contract_of(lines))}
    assert units[2].ask_model is False
    assert units[2].skip == "protective wording"
    assert units[3].ask_model is True


def test_a_paragraph_of_an_article_binding_both_parties_alike_skips_the_model() -> None:
    lines = [
        "계약서",
        "제7조(비밀유지)",
        "① 각 당사자는 상대방의 영업비밀을 누설하지 아니한다.",
        "② 제1항의 의무는 계약이 끝난 뒤에도 2년 동안 유지된다.",
        "제8조(검사)",
        "① 갑은 목적물을 검사한다.",
        "② 검사 결과를 알리지 않으면 불합격으로 본다.",
    ]
    asked = {u.anchor.index: u.ask_model for u in review_units(contract_of(lines))}
    assert asked[3] is False
    assert asked[6] is True
