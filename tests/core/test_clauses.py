"""Clause-text screening: each rule family flags its unfair wording, spares the fair one, and
respects the statutory numbers at their boundary; any text at all screens without raising."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subcontract_assist.core.clauses.patterns import CLAUSE_RULES, normalized, screen_clause
from subcontract_assist.core.findings import Category, Severity, Source

DATA = Path(__file__).parent / "data"


def rules_of(text: str) -> list[str]:
    return [finding.rule for finding in screen_clause(text)]


# One violating sentence per rule family (written for these tests from the law's wording).
VIOLATIONS = [
    ("payment_terms.deadline_60d", "갑은 세금계산서를 받은 날부터 90일 이내에 대금을 지급한다."),
    ("payment_terms.deadline_60d", "하도급대금은 납품한 달의 익익월 말일에 현금으로 지급한다."),
    (
        "payment_terms.no_pay_when_paid",
        "원사업자는 발주처로부터 공사비를 받은 뒤에 하수급인에게 지급한다.",
    ),
    (
        "payment_terms.pass_through_15d",
        "발주자로부터 기성금을 수령한 날부터 한 달 이내에 지급한다.",
    ),
    (
        "payment_terms.late_interest",
        "지급이 늦어지더라도 수급사업자는 지연이자를 청구하지 아니한다.",
    ),
    ("payment_terms.bill_discount_fee", "어음으로 받은 대금의 할인 비용은 을이 부담한다."),
    ("payment_terms.alt_means_fee", "구매카드 결제에 따른 수수료는 협력사가 부담한다."),
    ("payment_terms.no_payment_in_kind", "회사는 대금의 일부를 자사 제품으로 대신 지급할 수 있다."),
    (
        "advance_payment.pass_through_15d",
        "선급금 지급 여부와 시기는 원사업자의 자금 사정에 따라 정한다.",
    ),
    ("advance_payment.late_interest", "선급금이 늦게 지급되더라도 그 이자는 청구하지 않는다."),
    (
        "order_cancellation.arbitrary_cancel_change",
        "회사는 수요가 줄면 언제든지 발주를 취소할 수 있다.",
    ),
    (
        "order_cancellation.refuse_delay_receipt",
        "갑은 재고 사정에 따라 을의 납품 수령을 보류할 수 있다.",
    ),
    ("order_cancellation.receipt_certificate", "수령증명서는 검사에 합격한 후에 발급한다."),
    ("inspection.notice_10d", "원사업자는 납품을 받은 날부터 20일 이내에 검사 결과를 알린다."),
    ("inspection.no_reverse_deeming", "기한 안에 검사 결과 통지가 없으면 불합격으로 본다."),
    (
        "return_goods.no_fault_return",
        "갑은 판매 부진으로 재고가 쌓이면 납품받은 제품을 반품할 수 있다.",
    ),
    (
        "return_goods.deemed_types",
        "고객사가 주문을 취소한 경우 원사업자는 납품된 부품을 반품할 수 있다.",
    ),
    (
        "price_reduction.retroactive_unit_price",
        "인하된 단가는 올해 1월 1일 납품분부터 소급하여 적용한다.",
    ),
    (
        "price_reduction.minor_error_deduction",
        "세금계산서 기재 오류가 있으면 대금의 2%를 차감한다.",
    ),
    ("price_reduction.statutory_costs_shift", "고용보험료 상당액은 하도급대금에서 공제한다."),
    ("price_determination.uniform_rate_cut", "매년 전 품목의 단가를 전년 대비 5% 일괄 인하한다."),
    (
        "forced_purchase.designated_goods",
        "을은 모든 부자재를 갑이 지정한 업체로부터 구매하여야 한다.",
    ),
    ("economic_benefit.demand", "협력사는 매년 회사 체육대회 협찬금을 납부한다."),
    ("tech_data.request_ban", "을은 갑이 요청하면 도면과 공정 조건 일체를 즉시 제공한다."),
    (
        "tech_data.misuse_ban",
        "회사는 협력사로부터 받은 도면을 다른 협력사의 견적에 활용할 수 있다.",
    ),
    (
        "unfair_special_terms.complaint_accident_costs",
        "공사 중 발생하는 모든 민원은 을이 책임지고 처리한다.",
    ),
    (
        "unfair_special_terms.safety_cost_shift",
        "안전시설 설치비는 하도급대금에 포함된 것으로 본다.",
    ),
    (
        "unfair_special_terms.unforeseeable_risk",
        "태풍이 오더라도 공기 연장은 없으며 추가 비용은 을이 부담한다.",
    ),
    (
        "unfair_special_terms.adjustment_right_waiver",
        "을은 원자재 가격이 올라도 단가 조정을 요구할 수 없다.",
    ),
    ("management_interference.mgmt_info_request", "을은 품목별 원가계산서를 갑에게 제출한다."),
    ("retaliation.protected_acts", "을이 관계기관에 신고한 경우 갑은 거래를 중단할 수 있다."),
    ("direct_payment.no_waiver", "하수급인은 발주자에게 직접 지급을 청구하지 아니한다."),
    ("payment_guarantee.bond_within_30d", "지급보증은 수급인이 요청하는 경우에 한하여 한다."),
    (
        "price_adjustment.design_change_pass_through",
        "발주자와의 계약금액이 증액되더라도 하도급대금은 조정하지 않는다.",
    ),
    (
        "price_adjustment.indexation_decrease_only",
        "원재료 가격이 하락하면 그만큼 단가에서 차감한다.",
    ),
    ("written_contract.issue_before_work", "급한 주문은 전화로 발주하고 계약서는 월말에 작성한다."),
]

# Fair wording of the same subjects: none of these may raise a finding.
FAIR = [
    "갑은 발주기관의 요청으로 과업을 변경하려는 경우 변경 과업지시서를 을이 변경 작업에 착수하기 "
    "전에 교부한다.",
    "정기점검일: 매월 둘째 주 수요일(발주기관 사정 시 협의 변경).",
    "원사업자는 발주처와의 계약 조건과 관계없이 건설공제조합이 발행한 지급보증서를 교부한다.",
    "계약이행보증금을 계약금액의 20%에서 10%로 낮추어 달라는 귀사 요청을 수용합니다.",
    "원사업자도 수급사업자가 제공한 레시피를 납품 완료일부터 30일 안에 반환하거나 폐기한다.",
    "을이 갑과 합의한 작업 시간을 지키지 아니하여 발생한 민원은 을이 처리하고 비용을 부담한다.",
    "원사업자는 목적물 수령일부터 30일 이내에 하도급대금을 현금으로 지급한다.",
    "원사업자는 발주자의 지급 여부와 관계없이 수령일부터 60일 이내에 대금을 지급한다.",
    "지급기일이 지나면 공정거래위원회가 고시한 지연이율에 따른 이자를 지급한다.",
    "수급사업자의 귀책사유가 있는 경우에 한하여 원사업자는 서면으로 발주를 취소할 수 있다.",
    "원사업자는 검사 기준에 불합격한 목적물에 한하여 그 사유를 밝혀 반품할 수 있다.",
    "합의한 신규 단가는 합의일 이후 발주분부터 적용한다.",
    "원사업자는 제공받은 기술자료를 목적 외로 사용하거나 제3자에게 제공하지 아니한다.",
    "양 당사자는 상대방의 비밀정보를 누설하지 아니한다.",
    "원사업자는 수급사업자가 분쟁조정을 신청한 것을 이유로 불이익을 주지 않는다.",
    "원재료 가격이 5% 이상 상승하거나 하락하면 연동 산식에 따라 단가를 조정한다.",
    "원사업자는 계약체결일부터 30일 이내에 하도급대금 지급보증서를 교부한다.",
    "산업안전보건관리비는 원사업자가 별도로 계상하여 지급한다.",
    "원사업자의 설계 변경으로 늘어난 비용은 하도급대금에 반영하여 정산한다.",
    "계약의 변경은 양 당사자의 서면 합의로만 한다.",
    "수급사업자는 자신이 시공한 부분의 하자에 대하여만 책임을 진다.",
    "수급사업자는 다른 사업자와 자유롭게 거래할 수 있다.",
    "재하도급을 하려면 수급사업자는 원사업자의 서면 승낙을 받는다.",
    "을이 납품한 물품이 불합격하면 을은 자기 비용으로 재작업한다.",
]

# (sentence with {n}, fair figure, unfair figure, rule): the statutory number at its edge.
BOUNDARIES = [
    (
        "원사업자는 목적물 수령일부터 {n}일 이내에 하도급대금을 현금으로 지급한다.",
        60,
        61,
        "payment_terms.deadline_60d",
    ),
    (
        "원사업자는 발주자로부터 준공금을 받은 날부터 {n}일 이내에 수급사업자에게 지급한다.",
        15,
        16,
        "payment_terms.pass_through_15d",
    ),
    (
        "원사업자는 발주자로부터 선급금을 받은 날부터 {n}일 이내에 같은 비율로 선급금을 지급한다.",
        15,
        16,
        "advance_payment.pass_through_15d",
    ),
    (
        "원사업자는 목적물을 수령한 날부터 {n}일 이내에 검사 결과를 서면으로 통지한다.",
        10,
        11,
        "inspection.notice_10d",
    ),
    (
        "주요 원재료 가격이 기준시점 대비 {n}% 이상 변동하면 연동 산식에 따라 대금을 조정한다.",
        10,
        11,
        "price_adjustment.indexation_threshold_max_10pct",
    ),
    ("지급이 지연되면 지연이자는 연 {n}%로 한다.", 15.5, 15, "payment_terms.late_interest"),
    (
        "어음 할인료는 연 {n}%의 할인율로 계산하여 원사업자가 지급한다.",
        7.5,
        7,
        "payment_terms.bill_discount_fee",
    ),
    (
        "수급사업자는 계약금액의 {n}%에 해당하는 계약이행보증서를 제출한다.",
        10,
        11,
        "payment_guarantee.performance_bond_10pct",
    ),
    (
        "원사업자는 계약 체결일부터 {n}일 이내에 하도급대금 지급보증서를 교부한다.",
        30,
        31,
        "payment_guarantee.bond_within_30d",
    ),
    (
        "설계변경으로 발주자로부터 계약금액을 조정받은 날부터 {n}일 이내에 하도급대금을 조정한다.",
        30,
        31,
        "price_adjustment.design_change_adjust_30d",
    ),
    (
        "원사업자는 조정 신청을 받은 날부터 {n}일 이내에 협의를 시작한다.",
        10,
        11,
        "price_adjustment.supply_cost_negotiate_10d",
    ),
]


@pytest.mark.parametrize(("rule", "text"), VIOLATIONS)
def test_violating_wording_is_flagged_with_its_rule(rule: str, text: str) -> None:
    assert rule in rules_of(text)


@pytest.mark.parametrize("text", FAIR)
def test_fair_wording_raises_no_finding(text: str) -> None:
    assert rules_of(text) == []


@pytest.mark.parametrize(("sentence", "fair", "unfair", "rule"), BOUNDARIES)
def test_statutory_numbers_are_respected_at_their_boundary(
    sentence: str, fair: float, unfair: float, rule: str
) -> None:
    assert rule not in rules_of(sentence.format(n=fair))
    assert rule in rules_of(sentence.format(n=unfair))


def test_a_finding_quotes_the_figure_and_cites_the_article() -> None:
    [finding] = screen_clause("대금은 납품일로부터 75일 이내에 지급한다.", "special_terms[0].text")
    assert finding.rule == "payment_terms.deadline_60d"
    assert finding.category is Category.PAYMENT_TERMS
    assert finding.article == "제13조 제1항"
    assert finding.severity is Severity.VIOLATION
    assert finding.source is Source.RULE
    assert finding.field == "special_terms[0].text"
    assert "75일" in finding.message.ko
    assert "75" in finding.message.en
    assert "60일 이내" in finding.suggestion


def test_an_exception_that_delays_payment_past_the_limit_is_flagged() -> None:
    text = (
        "대금은 수령 후 30일 이내에 지급한다. "
        "다만, 원사업자는 자금 사정에 따라 지급을 미룰 수 있다."
    )
    assert "payment_terms.deadline_60d" in rules_of(text)


def test_numbers_written_in_words_are_read_as_figures() -> None:
    assert normalized("육십일 이내") == "60일 이내"
    assert normalized("구십(90)일") == "90일"
    assert normalized("두 달 후") == "60일 후"
    assert normalized("3개월 이내") == "90일 이내"
    assert normalized("대금의 100분의 3") == "대금의 3%"
    assert normalized("십오퍼센트") == "15%"
    assert "90일" in normalized("익익월 말일에 지급")


def test_party_aliases_become_canonical_roles_with_matching_particles() -> None:
    assert normalized("갑은 을에게 지급한다") == "원사업자는 수급사업자에게 지급한다"
    assert normalized("을이 요청하면 회사는") == "수급사업자가 요청하면 원사업자는"
    assert normalized("협력사와 발주처") == "수급사업자와 발주자"
    assert normalized("대금을 지급한다") == "대금을 지급한다"  # a particle, not a party


def test_an_amendment_reads_its_new_wording_not_the_old() -> None:
    replaced = normalized("제5조 중 '90일'을 '30일'로 변경한다.")
    assert "90일" not in replaced
    assert "30일" in replaced
    deleted = normalized("제7조 중 '대금의 2%를 공제한다' 부분을 삭제한다.")
    assert "공제" not in deleted
    assert "payment_terms.deadline_60d" not in rules_of(
        "원계약 제9조 중 '수령일부터 90일 이내'를 '수령일부터 30일 이내'로 변경한다."
    )
    assert normalized("보증금을 20%에서 10%로 낮춘다") == "보증금을 10%로 낮춘다"


def test_dates_of_receipt_and_payment_are_read_as_a_period() -> None:
    late = "납품일 2026-09-01, 대금 지급일 2026-12-05"
    assert "납품일부터 95일에 지급" in normalized(late)
    assert "payment_terms.deadline_60d" in rules_of(late)
    assert not rules_of("납품일 2026-09-01, 대금 지급일 2026-10-05")
    advance = "발주처 선급금 수령일: 2026. 3. 4. / 수급사업자 선급금 지급일: 2026. 4. 20."
    assert "advance_payment.pass_through_15d" in rules_of(advance)


def test_a_reply_to_a_proposed_wording_is_read_as_the_reply() -> None:
    from subcontract_assist.core.clauses.screen import quoted_clause

    reply = (
        "[수정 요청] '수급사업자는 발주자에게 직접 지급을 요청할 수 있다' 문구 추가 요청 → "
        "[회신] 해당 문구는 삭제합니다."
    )
    assert quoted_clause(reply) == reply
    decision = "피심인은 계약서에 '수급사업자는 어떠한 이의도 제기하지 아니한다'라는 조항을 두었다."
    assert quoted_clause(decision) == "수급사업자는 어떠한 이의도 제기하지 아니한다"


def test_hanja_contracts_are_read_as_their_hangul() -> None:
    assert normalized("甲은 乙에게 代金을 支給한다") == "원사업자는 수급사업자에게 대금을 지급한다"
    assert normalized("代金을 7日 內에") == "대금을 7일 이내에"  # 을 after 金 is a particle
    assert "payment_terms.deadline_60d" in rules_of(
        "甲은 乙에게 下都給代金을 目的物 受領日부터 90日 以內에 支給한다."
    )


def test_catch_all_is_reported_only_when_no_specific_rule_matches() -> None:
    specific = rules_of("원사업자는 민원 비용과 모든 손해를 원인과 관계없이 을에게 부담시킨다.")
    assert "unfair_special_terms.general_clause" not in specific
    general = rules_of("원사업자는 필요 시 계약 조건을 일방적으로 변경할 수 있다.")
    assert general == ["unfair_special_terms.general_clause"]


def test_each_rule_appears_at_most_once_and_specific_rules_come_first() -> None:
    text = "발주자로부터 대금을 받은 후 30일 이내에 지급하며 지연이자는 청구하지 아니한다."
    found = rules_of(text)
    assert len(found) == len(set(found))
    priorities = {rule.id: rule.priority for rule in CLAUSE_RULES}
    assert [priorities[r] for r in found] == sorted((priorities[r] for r in found), reverse=True)


def test_rule_catalog_is_unique_and_covers_every_category() -> None:
    ids = [rule.id for rule in CLAUSE_RULES]
    assert len(ids) == len(set(ids))
    assert {rule.category for rule in CLAUSE_RULES} == set(Category)
    for rule in CLAUSE_RULES:
        assert rule.id.split(".")[0] == rule.category.value
        assert rule.article.startswith("제")
        assert rule.suggestion
        assert rule.message.en
        assert set(rule.to_json()) == {"id", "category", "article", "severity", "title"}


@pytest.mark.parametrize("name", ["clauses_heldout.jsonl", "clauses_heldout2.jsonl"])
def test_held_out_clauses_are_screened_with_high_precision(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    flagged = {row["id"] for row in rows if screen_clause(row["text"])}
    unfair = {row["id"] for row in rows if row["unfair"]}
    precision = len(flagged & unfair) / len(flagged)
    recall = len(flagged & unfair) / len(unfair)
    assert precision >= 0.9
    assert recall >= 0.7


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_screens_to_a_list(text: str) -> None:
    assert isinstance(screen_clause(text), list)


ODD_ALPHABET = "갑을원사업자수급대금지급일이십육0123456789%.,()①㉑ \n\u00a0\u200b\ufeff𝟘Ａ"


@settings(max_examples=10, deadline=None)
@given(st.text(alphabet=ODD_ALPHABET, min_size=50, max_size=300).map(lambda s: (s * 400)[:20_000]))
def test_long_odd_texts_screen_without_raising(text: str) -> None:
    assert isinstance(screen_clause(text), list)


def test_empty_and_blank_clauses_have_no_findings() -> None:
    assert screen_clause("") == []
    assert screen_clause(" \n\t ") == []
