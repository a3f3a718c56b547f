"""Meaning rules: the same reading gives the same verdict, however the clause is worded.

Every rule has unfair phrasings in several registers (formal article, 특수조건 note, e-mail) and
fair counterparts on the same subject. The clauses are written for this test, not taken from any
evaluation set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from subcontract_assist.core.clauses.meaning import meaning_rules
from subcontract_assist.core.clauses.screen import screen
from subcontract_assist.core.findings import Severity

TUNING = Path(__file__).parent / "data" / "tuning"


def flagged(text: str) -> set[str]:
    return {f.rule for f in screen(text) if f.severity is not Severity.INFO}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("돌관공사 비용은 을 부담으로 한다.", "unfair_special_terms.cost_shift"),
        ("시험 성적서 발급 비용 을 부담", "unfair_special_terms.cost_shift"),
        ("폐기물 처리 및 반출 비용 일체 포함", "unfair_special_terms.cost_shift"),
        (
            "현장 안전시설물 설치비는 하도급 금액에 포함된 것으로 함",
            "unfair_special_terms.cost_shift",
        ),
        (
            "을이 시공한 부분의 모든 하자는 원인을 불문하고 을이 보수한다.",
            "unfair_special_terms.cost_shift",
        ),
        ("※ 설계변경에 따른 추가 비용 청구 불가", "unfair_special_terms.claim_waiver"),
        (
            "갑은 어떠한 경우에도 추가 비용을 정산하지 아니한다.",
            "unfair_special_terms.claim_waiver",
        ),
        ("을은 자재 단가가 오르더라도 대금 조정을 요구하지 않는다.", None),
        ("계약금액의 5% 이내의 변경은 계약금액에 포함된 것으로 본다.", None),
        ("시안 수정은 횟수와 범위에 관계없이 계약금액 내에서 수행한다.", None),
        ("하도급대금은 발주처로부터 기성금을 지급받은 후 지급한다.", None),
        ("원사업자는 방송사로부터 제작비를 지급받은 날부터 60일 이내에 을에게 지급한다.", None),
        ("발주처 준공검사 합격 시 검수 완료로 간주", "inspection.owner_inspection_condition"),
        ("발주처에서 부과한 벌점 및 제재는 협력사가 책임진다.", None),
        ("제작사는 촬영 장비를 갑의 계열 렌탈업체로부터 임차하여 사용하여야 한다.", None),
        ("유통업체가 발주를 취소한 물량은 납품 후라도 원사업자가 반품할 수 있다.", None),
        ("수급사업자는 원사업자의 명절 판촉행사에 필요한 판촉사원 2명을 무상으로 파견한다.", None),
        ("을이 개발한 공정 기술에 관한 모든 권리는 별도의 대가 없이 갑에게 귀속한다.", None),
        ("귀사의 공정조건표와 금형 설계도면 원본 파일을 오늘 중으로 회신 부탁드립니다.", None),
        (  # a rejection after an inspection made 45 days after delivery
            "납품 후 45일이 경과한 10월 20일에 검사를 실시한 결과 해당 로트를 불합격 처리합니다.",
            "inspection.notice_10d",
        ),
        (
            "발주처로부터 선급금을 수령하였으나, 협력사 선급금은 착공 후 45일이 경과한 시점에 "
            "지급합니다.",
            "advance_payment.pass_through_15d",
        ),
        (
            "을은 갑 이외의 업체로부터 동종 제품의 생산을 수주하고자 하는 경우 사전에 갑의 서면 "
            "승인을 받아야 한다.",
            "management_interference.exclusive_dealing",
        ),
        (
            "당사 창립 기념사업 기금을 조성하고자 하오니 각 협력사는 거래액의 0.5%를 납부하여 "
            "주시기 바랍니다.",
            "economic_benefit.contributions",
        ),
        (
            "을이 이 공사를 위하여 작성한 시공 상세도의 권리는 갑에게 귀속하며, 갑은 이를 다른 "
            "현장의 협력사에 제공하여 활용할 수 있다.",
            "tech_data.misuse_ban",
        ),
        (  # the complaint reported, then the cut, in two numbered sentences
            "1. 귀사가 당사를 공정거래위원회에 신고한 사실을 확인하였습니다. 2. 이에 당사는 "
            "내년부터 본관 구역 위탁을 종료하고 별관만 유지합니다.",
            "retaliation.protected_acts",
        ),
        (
            "공정거래위원회 서면실태조사에 당사와의 거래 내역을 제출한 협력사는 평가에서 0점 "
            "처리됩니다.",
            "retaliation.protected_acts",
        ),
        (
            "회사는 수급사업자가 지급보증서 발급을 서면으로 요청한 공사에 한하여 하도급대금 "
            "지급보증서를 발급한다.",
            "payment_guarantee.bond_within_30d",
        ),
        (
            "귀사가 조정을 신청하시면 차년도 협력사 풀에서 제외될 수 있음을 알려드립니다.",
            "retaliation.protected_acts",
        ),
        (
            "발주 수량을 12점에서 7점으로 줄임. 이미 제작 중인 5점의 재료비는 보상하지 않는 "
            "것으로 함.",
            "order_cancellation.arbitrary_cancel_change",
        ),
        (
            "수급사업자는 인력을 채용하거나 교체할 때 원사업자 보안담당자의 사전 승인을 받아야 "
            "한다.",
            "management_interference.general",
        ),
        (
            "원사업자가 발주처로부터 받은 선급금은 자재 구매에 충당한다. 수급사업자에 대한 "
            "선급금은 공정률이 20%에 이른 때에 지급한다.",
            "advance_payment.pass_through_15d",
        ),
        (  # the owner's verdict overrides the principal's inspection
            "발주처 검수에서 미흡 판정을 받은 목적물은 원사업자의 검사 결과와 관계없이 불합격한 "
            "것으로 본다.",
            "inspection.owner_inspection_condition",
        ),
    ],
)
def test_unfair_terms_are_flagged_however_worded(text: str, rule: str | None) -> None:
    found = flagged(text)
    assert found, text
    if rule is not None:
        assert rule in found


@pytest.mark.parametrize(
    "text",
    [
        "갑의 요청에 따른 설계변경으로 추가되는 비용은 갑이 부담한다.",
        "갑은 을의 귀책사유 없이 발생한 민원 처리 비용을 부담한다.",
        "을의 귀책사유로 인한 지체에 대하여 을은 지체상금을 부담한다.",
        "폐기물은 관계 법령에 따라 처리하며 그 비용은 원사업자가 부담한다.",
        "추가 공사는 서면으로 합의한 단가로 정산한다.",
        "을은 자기가 고용한 근로자의 임금을 직접 지급하며 그 비용은 계약금액에 포함된다.",
        "갑은 발주자의 준공검사와 관계없이 받은 날부터 10일 이내에 검사 결과를 통지한다.",
        "갑이 발주자로부터 기성금을 받은 경우에는 받은 날부터 15일 이내에 을에게 지급한다.",
        "선급금은 갑이 발주자로부터 선급금을 받은 날부터 15일 이내에 같은 비율로 지급한다.",
        "불합격품의 재작업 비용은 을이 부담하며, 갑의 설계 변경으로 인한 재작업 비용은 갑이 "
        "부담한다.",
        "원사업자는 원사업자가 부담하여야 할 산업재해 비용을 수급사업자에게 부담시키지 아니한다.",
        "을은 위탁받아 처리하는 개인정보를 개인정보 보호법에 따라 관리한다.",
        "양 당사자는 협의를 거쳐 하도급대금을 연동하지 아니하기로 합의할 수 있다.",
        "원사업자는 다음 각 호의 행위를 하여서는 아니 된다. 1. 정당한 사유 없이 반품하는 행위",
        "을이 발주 수량을 넘게 초과하여 납품한 경우 갑은 초과분을 받지 않고 반품할 수 있다.",
    ],
)
def test_fair_counterparts_are_quiet(text: str) -> None:
    assert not flagged(text), text


def test_every_meaning_rule_has_its_texts_and_a_valid_citation() -> None:
    rules = meaning_rules()
    assert len({r.id for r in rules}) == len(rules) >= 10
    for rule in rules:
        assert rule.message.ko
        assert rule.message.en
        assert rule.suggestion
        assert rule.article.startswith("제")
        assert rule.id.split(".")[0] == rule.category.value


@pytest.mark.parametrize("folder", ["tuning", "tuning2", "tuning3"])
def test_the_tuning_clauses_stay_where_they_were_tuned(folder: str) -> None:
    """A regression guard on development material (tuned on: not a measure of accuracy)."""
    path = TUNING.parent / folder / "clauses.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    tp = fp = fn = 0
    for row in rows:
        hit = bool(flagged(row["text"]))
        tp += hit and row["unfair"]
        fp += hit and not row["unfair"]
        fn += (not hit) and row["unfair"]
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.9


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "※ 위탁 자재 분실·파손은 원인 불문 조립업체가 단가의 2배로 변상",
            "※ 수급사업자가 보관 중 자기 과실로 분실한 위탁 자재는 수급사업자가 변상",
        ),
        (
            "7. 현장 보관 중 자재의 도난·훼손은 관리 주체와 관계없이 협력사 책임",
            "7. 현장 보관 중 자재의 도난·훼손은 현장을 관리하는 원사업자 책임",
        ),
        (
            "당사(수급사업자)는 귀사가 지급한 원료의 불량으로 생긴 불량품도 당사 비용으로 폐기",
            "당사(수급사업자)는 당사의 공정 불량으로 생긴 불량품을 당사 비용으로 폐기합니다.",
        ),
        (
            "시즌 제안용 샘플은 채택 여부와 관계없이 협력사 비용으로 만들어 보내 주세요.",
            "채택된 샘플의 제작비는 발주서 금액에 포함하여 지급합니다.",
        ),
    ],
)
def test_a_burden_whatever_its_cause_fires_and_a_burden_for_own_fault_does_not(
    unfair: str, fair: str
) -> None:
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("fair", "unfair"),
    [
        (
            "갑은 검사를 마친 부분을 인수한 날부터 30일 이내에 지급함(발주처 지급 여부와 무관).",
            "갑은 발주처로부터 기성금을 받은 후 을에게 지급함.",
        ),
        (
            "견적 검토에는 공정별 단가만 회신해 주시고, 인건비 등 원가 자료는 요구하지 않습니다.",
            "견적 검토를 위하여 협력사는 인건비 등 원가 자료를 제출하여야 한다.",
        ),
        (
            "설계 검토 지원은 계약금액에 포함하되, 발주처 요구에 따른 추가 검토는 별도 정산",
            "발주처 요구에 따른 추가 검토는 계약금액에 포함하며 별도 정산 없음",
        ),
        (
            "분쟁조정을 신청했다는 이유로 협력사에 불이익을 주는 일은 없습니다.",
            "분쟁조정을 신청한 협력사는 다음 해 입찰에서 제외합니다.",
        ),
    ],
)
def test_a_denied_burden_is_quiet_and_the_burden_itself_is_not(fair: str, unfair: str) -> None:
    assert not flagged(fair)
    assert flagged(unfair)


@pytest.mark.parametrize(
    "fair",
    [
        "을의 작업 수칙 위반이나 시공 잘못으로 생긴 민원은 을이 처리하고 비용을 부담한다.",
        "야간 작업이 필요하면 갑은 추가 대금을 적은 변경 작업지시서를 먼저 교부한다.",
        "서면 발주서 없이 구두로 지시된 추가 작업은 을이 거절할 수 있다.",
        "무상 범위는 을의 결함 수정에 한하고, 기능 추가는 별도 견적으로 유상 처리한다.",
    ],
)
def test_a_burden_tied_to_own_fault_or_to_a_written_price_is_quiet(fair: str) -> None:
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "- 준공 청소와 보양재 교체 비용 을 부담(내역 외).",
            "- 준공 청소 비용은 내역서의 청소비로 정산.",
        ),
        (
            "선주 검사에서 지적된 재도장은 사유 불문 협력사 부담.",
            "을의 도장 불량으로 생긴 재도장만 을 부담.",
        ),
        (
            "수리 대금은 보험사로부터 보험금이 입금된 뒤에 지급한다.",
            "수리 대금은 인도일부터 30일 이내에 지급한다.",
        ),
    ],
)
def test_owners_and_costs_of_other_trades(unfair: str, fair: str) -> None:
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "조회수가 목표에 미달한 편은 확정된 편당 제작비에서 15%를 차감한다.",
            "검사에 불합격한 편의 제작비는 보완 납품 후 지급한다.",
        ),
        (
            "판매가 부진하여 이미 납품하신 물품 단가를 10% 낮춰 정산하겠습니다.",
            "원사업자는 이미 확정된 하도급대금을 감액하지 아니한다.",
        ),
    ],
)
def test_a_fixed_price_cut_after_the_fact_fires(unfair: str, fair: str) -> None:
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("fair", "unfair"),
    [
        (
            "원사업자가 물품을 받은 날부터 10일 이내에 검사 결과를 통지하지 아니한 경우 검사에 "
            "합격한 것으로 본다.",
            "원사업자가 검사 결과를 통지하기 전까지는 불합격한 것으로 본다.",
        ),
        (
            "원사업자의 설비 장애로 작업하지 못한 시간은 수급사업자의 이행 지체로 보지 아니하며, "
            "그 시간의 대금도 감액하지 아니한다.",
            "원사업자가 물품을 받은 날부터 30일 이내에 검사 결과를 통지하지 아니한 경우 검사에 "
            "합격한 것으로 본다.",
        ),
    ],
)
def test_a_deeming_in_the_subcontractors_favour_imposes_nothing(fair: str, unfair: str) -> None:
    """Deemed acceptance within 10 days, a denied ground of fault and an actorless promise not
    to cut the price protect the subcontractor; the reverse deeming and a 30-day deemed
    acceptance still breach 제9조."""
    from subcontract_assist.core.clauses.screen import imposes_nothing

    assert imposes_nothing(fair)
    assert not flagged(fair)
    assert not imposes_nothing(unfair)
    assert flagged(unfair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "납품 단가는 계약기간 중 원재료 가격이 올라도 인상하지 아니한다.",
            "원사업자는 계약기간 중 납품 단가를 인하하지 아니한다.",
        ),
        (
            "- 용역대금은 계약기간 중 어떠한 사정으로도 증액하지 않음",
            "- 용역대금은 원사업자의 물량 축소를 이유로 감액하지 않음",
        ),
    ],
)
def test_a_blanket_bar_on_raising_the_price_fires(unfair: str, fair: str) -> None:
    """Not raising the price is the subcontractor's loss (제16조의2); not cutting it, its gain."""
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "수급사업자는 운영 개시 후 1년간 생기는 모든 장애를 원인을 불문하고 무상으로 "
            "조치하여야 한다.",
            "수급사업자는 원인과 관계없이 장애를 발견하면 즉시 원사업자에게 알린다.",
        ),
        (
            "- 포장 불량 재발 시 원인 확인 전이라도 을이 무상으로 재작업.",
            "장애가 생기면 수급사업자는 원인과 관계없이 먼저 응급 조치를 하고, 그 비용은 원인을 "
            "제공한 당사자가 부담한다.",
        ),
        (
            "납품 후 발견된 수량 차이는 그 원인과 관계없이 수급사업자가 원사업자의 매입가로 "
            "변상한다.",
            "납품 후 발견된 수량 차이는 수급사업자의 귀책사유로 생긴 경우에만 수급사업자가 "
            "변상한다.",
        ),
    ],
)
def test_a_remedy_whatever_the_cause_fires(unfair: str, fair: str) -> None:
    """Repairing, redoing or making good whatever the cause shifts the principal's risk."""
    assert flagged(unfair) == {"unfair_special_terms.cost_shift"}
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("plain", "hedged"),
    [
        (
            "갑은 발주자로부터 대금을 받았는지와 관계없이 제1항의 기일에 하도급대금을 지급한다.",
            "갑은 발주자로부터 대금을 받은 후 을에게 하도급대금을 지급한다.",
        ),
        (
            "갑이 이의를 제기하는 경우에도 다툼이 없는 부분의 대금은 제12조의 기일에 지급한다.",
            "보험 수리 건의 정비 대금은 보험사로부터 보험금이 입금된 뒤에 지급한다.",
        ),
        (
            "갑은 납품일로부터 육십일 이내에 을에게 대금을 지급한다.",
            "갑은 납품일로부터 구십일 이내에 을에게 대금을 지급한다.",
        ),
        (
            "을이 요청하는 경우 갑은 기술 지도를 무상으로 제공할 수 있다.",
            "갑은 을로부터 받은 도면을 다른 협력사에 제공할 수 있다.",
        ),
    ],
)
def test_the_principals_plain_promise_imposes_nothing(plain: str, hedged: str) -> None:
    """Paying on the agreed day whatever the owner does, within the Act's 60 days, or giving
    help the subcontractor asked for lays nothing on it; paying after the owner or an insurer
    pays, past 60 days, or handing its drawings to others does."""
    from subcontract_assist.core.clauses.screen import imposes_nothing

    assert imposes_nothing(plain)
    assert not imposes_nothing(hedged)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "수급사업자는 원사업자가 요청하는 재편집을 완료하여야 하며, 그 요청의 사유가 "
            "수급사업자에게 있는지 여부를 묻지 아니하고 이에 드는 비용은 제작비에 포함된 "
            "것으로 본다.",
            "수급사업자는 자신이 만든 편집본의 오류로 인한 재편집을 추가 대금 없이 완료한다.",
        ),
        (
            "수급사업자는 안전시설 설치 등 일체의 안전조치를 자기 비용으로 이행한다.",
            "원사업자는 안전시설 설치 비용을 산업안전보건관리비로 계상하여 지급한다.",
        ),
        (
            "수급사업자는 다음 각 호의 권리를 원사업자에게 양도하며 별도의 대가를 청구하지 "
            "아니한다. 1. 납품 영상물의 저작재산권 2. 수급사업자가 만든 CG 에셋",
            "수급사업자가 이 계약 전부터 보유하던 기술은 수급사업자에게 남고, 원사업자는 납품물을 "
            "쓰는 데 필요한 범위에서 사용권을 가진다.",
        ),
    ],
)
def test_a_burden_read_across_its_sentence(unfair: str, fair: str) -> None:
    """'Whatever the cause' set several words away, '자기 비용으로', and a transfer whose price
    is waived in the next clause are the burdens they are; their fair counterparts are quiet."""
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "인쇄·제본 대금은 납품일이 속한 분기의 다음 분기 둘째 달 10일에 일괄하여 지급한다.",
            "인쇄·제본 대금은 납품일부터 30일 이내에 현금으로 지급한다.",
        ),
        (
            "잔금은 게임이 정식 출시된 날이 속한 달의 말일에 지급한다. 출시가 퍼블리셔 사정으로 "
            "연기되는 경우 잔금 지급일도 그에 따라 연기된다.",
            "잔금은 최종 산출물의 검수를 마친 날부터 30일 이내에 지급한다.",
        ),
        (
            "급한 주문은 담당자가 전화로 부수와 납기를 알리는 것으로 발주에 갈음하고, 발주서는 "
            "해당 월 말일에 일괄 발행한다.",
            "급한 주문도 발주서를 메일로 먼저 보낸 뒤 작업에 들어간다.",
        ),
        (
            "[메일] 판매가 부진해 이미 출고된 물량까지 포함해 장당 공임을 1,200원씩 조정해서 다음 "
            "결제 때 반영하겠습니다.",
            "[메일] 이미 출고된 물량은 합의 공임대로 결제하고, 다음 시즌 공임은 새로 "
            "협의하겠습니다.",
        ),
        (
            "[메일] 방송사 요청으로 회차 분량을 줄입니다. 남은 회차는 일정대로 진행해 주시고 "
            "비용은 추후에 얘기하시죠.",
            "[메일] 방송사 요청으로 회차 분량을 줄입니다. 남은 회차는 단가를 다시 협의해 "
            "변경계약서를 만든 뒤 작업 착수 전에 보내드리겠습니다.",
        ),
    ],
)
def test_payment_timing_orders_and_letters(unfair: str, fair: str) -> None:
    """A quarter's delay, a date others can move, an order by phone, a cut on goods already
    shipped are found; their lawful counterparts, in the same registers, are quiet."""
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    ("unfair", "fair"),
    [
        (
            "4. 완공검사 지적사항 보완공사: 원인 불문 하도급사 무상 처리",
            "4. 완공검사 지적사항 보완공사: 하도급사 시공 불량분은 하도급사 부담, "
            "그 외 원도급사 부담",
        ),
        (
            "9. 공기 연장 시 현장관리비 등 간접비 청구 불가 (연장 사유 불문)",
            "9. 원도급사 사유로 공기 연장 시 현장관리비 등 간접비는 실비 정산함",
        ),
        (
            "10. 원도급사가 발주처에 납부하는 지체상금 전액 하도급사에 구상 (지연 원인 불문)",
            "10. 하도급사 귀책으로 발주처에 납부한 지체상금은 그 귀책 비율만큼 하도급사 부담",
        ),
        (
            "생산 조건) 원단 지급 지연 시에도 납기 변경 없음, 납기 경과분 지체상금 부과",
            "생산 조건) 원단 지급이 늦어진 일수만큼 납기를 연장하고 지체일수에서 제외함",
        ),
        (
            "하도급대금 중 3억원은 원사업자가 시행하는 오피스텔 2개 호실의 분양계약 체결로 "
            "대신한다.",
            "하도급대금은 전액 현금으로 지급한다.",
        ),
    ],
)
def test_notes_of_site_conditions(unfair: str, fair: str) -> None:
    """The 현장설명서 shorthand: a remedy, a claim, a penalty or a payment, each unfair one
    beside the lawful note on the same subject."""
    assert flagged(unfair)
    assert not flagged(fair)


@pytest.mark.parametrize(
    "protective",
    [
        "당사는 하도급계약에서 정한 대금 외에 명목 여하를 불문하고 어떠한 경제적 이익도 협력업체에 "
        "요구하지 아니한다.",
        "생산 조건) 원단 지급 지연 시 지연일수만큼 납기 자동 연장, 해당 기간 지체상금 부과 없음",
        "[특수조건] 원사업자의 자재 지급 지연으로 인한 납기 지연: 지체상금 부과 대상에서 제외",
        "※ 납품 후 10일 내 검수 결과 통보 없을 시 합격 처리",
    ],
)
def test_protective_notes_are_not_sent_to_the_model(protective: str) -> None:
    """A 'whatever' qualifier inside a restraint, a penalty not imposed or excluded, and deemed
    acceptance in note form lay nothing on the subcontractor."""
    from subcontract_assist.core.clauses.screen import imposes_nothing

    assert imposes_nothing(protective)
    assert not flagged(protective)


def test_deemed_rejection_in_note_form_is_still_unfair() -> None:
    from subcontract_assist.core.clauses.screen import imposes_nothing

    text = "입고 후 당사가 검사결과를 통보하지 않은 물품은 불합격으로 간주하며 공급자가 회수한다."
    assert not imposes_nothing(text)


def test_a_cost_put_into_the_subcontract_price_is_the_principals_promise() -> None:
    from subcontract_assist.core.clauses.screen import imposes_nothing

    assert imposes_nothing(
        "원사업자 또는 발주처의 설계변경으로 수급사업자의 공사비가 늘어난 경우 그 비용은 "
        "하도급대금에 반영한다."
    )
    assert not imposes_nothing(
        "발주처로부터 증액받은 경우에 한하여 그 비용을 하도급대금에 반영한다."
    )


@pytest.mark.parametrize(
    ("fair", "unfair"),
    [
        (  # a title line names the document; the principal's promise follows
            "안전 관련 통보. 안전시설 비용은 갑이 산업안전보건관리비에서 별도 지급하며, 급박한 "
            "위험이 있는 경우 을의 작업자는 작업을 중지하고 대피할 수 있습니다.",
            "이행보증금 청구 통지. 갑은 지급보증서를 교부한 바 없으나, 을의 공기 지연을 이유로 "
            "이행보증금 전액을 보증기관에 청구하였음을 통지합니다.",
        ),
    ],
)
def test_a_notice_is_read_by_its_body_not_its_title(fair: str, unfair: str) -> None:
    """A title ("… 통보") lays nothing on anyone; a notice that reports an act done ("…을
    청구하였음을 통지합니다") is not the principal's plain promise to notify."""
    from subcontract_assist.core.clauses.screen import imposes_nothing

    assert imposes_nothing(fair)
    assert not imposes_nothing(unfair)
