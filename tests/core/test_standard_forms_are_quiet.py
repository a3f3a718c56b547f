"""Fair contracts in the style of the published 표준하도급계약서 raise (almost) nothing.

The three forms in ``data/tuning/fair_forms`` are development material written in the style of
the KFTC standard forms: prohibited-act lists under a lead-in, ※ notes quoting the statute,
definitions, the principal's statutory duties, the subcontractor's rights. The product's target
is at most one finding of severity violation and five of risk per fair contract; the figures on
unseen forms are in the README (they are measured, not asserted here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.screen import screen
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines
from tests.helpers.contract_json_to_docx import contract_text_lines, planted_paragraphs

DATA = Path(__file__).parent / "data"
#: the hand-written tuning contract sets from the fourth on (tuning3 names its files otherwise);
#: a contract is fair when it plants nothing
LATER = [
    path
    for n in range(4, 16)
    for path in sorted((DATA / f"tuning{n}" / "contracts").glob("*.json"))
]


def _plants_nothing(path: Path) -> bool:
    return not json.loads(path.read_text(encoding="utf-8"))["planted"]


FORMS = sorted(
    [
        *(DATA / "tuning" / "fair_forms").glob("*.json"),
        *(DATA / "tuning3" / "contracts").glob("*fair.json"),
        *(path for path in LATER if _plants_nothing(path)),
    ]
)
PLANTED = sorted(
    [
        *(DATA / "tuning3" / "contracts").glob("*.json"),
        *(path for path in LATER if not _plants_nothing(path)),
    ]
)


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_a_fair_standard_form_meets_the_quiet_target(form: Path) -> None:
    data = json.loads(form.read_text(encoding="utf-8"))
    contract = parse_contract(source_from_lines(form.name, contract_text_lines(data)[0]))
    review = ContractReviewer(None).review(contract, CancelToken())
    severities = [f.finding.severity for f in review.findings]
    violations = severities.count(Severity.VIOLATION)
    risks = severities.count(Severity.RISK)
    assert violations <= 1, [f.finding.rule for f in review.findings]
    assert risks <= 5, [f.finding.rule for f in review.findings]


def test_a_prohibited_act_flags_once_it_leaves_its_list() -> None:
    """The same words are a violation as a term of the contract, and quiet as a listed ban."""
    listed = [
        "제10조(부당반품의 금지)",
        "원사업자는 다음 각 호의 어느 하나에 해당하는 행위를 하여서는 아니 된다.",
        "1. 발주자의 발주 취소를 이유로 목적물을 반품하는 행위",
    ]
    as_term = ["제10조(반품)", "원사업자는 발주자의 발주 취소를 이유로 목적물을 반품할 수 있다."]
    reviewer = ContractReviewer(None)
    quiet = reviewer.review(parse_contract(source_from_lines("a", listed)), CancelToken())
    loud = reviewer.review(parse_contract(source_from_lines("b", as_term)), CancelToken())
    assert not [f for f in quiet.findings if f.finding.severity is not Severity.INFO]
    assert any(f.finding.category.value == "return_goods" for f in loud.findings)


@pytest.mark.parametrize(
    "item",
    [
        "4. 원사업자가 지급한 원자재의 하자로 불량이 난 목적물을 수급사업자에게 되돌려 보내는 행위",
        "2) 위탁한 뒤에 발주처의 예산 삭감을 이유로 정한 대금을 깎는 행위",
        "다. 수급사업자의 기술자료를 제3자에게 넘겨 쓰게 하는 행위",
    ],
)
def test_a_listed_act_read_without_its_lead_in_imposes_nothing(item: str) -> None:
    """An item naming an act ("…하는 행위") is a description, not a term, even when cut loose."""
    assert not [f for f in screen(item) if f.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("fair", "unfair"),
    [
        (
            "을이 안전 수칙을 어겨 생긴 민원은 을이 처리하고, 그 밖의 민원은 갑이 처리한다.",
            "공사 중 발생하는 모든 민원은 을이 자기 비용으로 처리한다.",
        ),
        (
            "지체상금은 1일 1,000분의 1로 하되, 불가항력으로 늦어진 날은 지체일수에서 뺀다.",
            "태풍 등 불가항력으로 작업이 늦어지더라도 지체상금은 그대로 부과한다.",
        ),
        (
            "천재지변 등 을의 책임 없는 사유로 지연된 일수는 지체일수에서 제외한다.",
            "천재지변으로 작업이 늦어진 경우에도 을은 지체상금을 부담한다.",
        ),
        (
            "보관 중 귀사 과실로 상품이 파손되면 귀사가 배상합니다. 천재지변으로 생긴 손상은 "
            "귀사 책임이 아닙니다.",
            "보관 중 천재지변으로 생긴 손상도 귀사가 배상합니다.",
        ),
        (
            "귀사가 관계 기관에 신고를 했다는 이유로 당사가 거래를 끊는 일은 없습니다.",
            "수급사업자가 신고를 하면 원사업자는 거래를 끊는다.",
        ),
        (
            "갑이 자기 사정으로 발주를 취소하는 경우 이미 투입된 원료 비용을 을에게 지급한다.",
            "갑은 자기 사정에 따라 언제든지 발주를 취소할 수 있다.",
        ),
        (
            "원사업자는 을의 책임으로 돌릴 사유가 있는 경우에 한하여 반품할 수 있으며, 반품 시 "
            "사유를 서면으로 알린다.",
            "판매처에서 반송된 제품은 하자 유무를 묻지 아니하고 을에게 반품할 수 있다.",
        ),
        (
            "산업재해 비용은 재해 발생에 책임이 있는 당사자가 그 책임의 정도에 따라 부담한다.",
            "공사 중 발생한 산업재해 비용은 모두 을이 부담한다.",
        ),
        (
            "※ 협력사의 운임 조정 신청·관계기관 신고 이력은 배차에 반영하지 않음",
            "※ 계약기간 중 운임 조정 신청 불가",
        ),
        (
            "PO 비고: 합격 처리된 부품은 고객사 발주 취소를 이유로 반품하지 않음",
            "PO 비고: 합격 처리된 부품도 고객사 발주 취소 시 반품함",
        ),
        (
            "수탁사는 다음 각 호의 경우 추가 대금 없이 수정한다. 1. 요구사항에 못 미치는 결함 "
            "2. 수탁사가 작성한 코드에서 비롯된 버그",
            "수탁사는 위탁사의 요청에 따른 기능 추가와 화면 변경을 추가 대금 없이 수행한다.",
        ),
        (
            "하자담보는 하자보수보증서(계약금액의 3%)로 갈음하고 유보금 없음",
            "하자담보를 위하여 기성금의 5%를 준공 후 2년간 유보함",
        ),
        (
            "다음 각 호의 어느 하나에 해당하는 하자는 을의 책임으로 보지 아니한다. 1. 지급자재의 "
            "품질 불량이나 갑이 지정한 공법의 결함으로 생긴 하자",
            "갑이 지정한 공법의 결함으로 생긴 하자도 을이 자기 비용으로 보수한다.",
        ),
        (
            "하도급대금 조정 신청이나 분쟁조정 신청 이력은 협력사 평가에 반영하지 아니한다.",
            "협력사는 계약기간 중 하도급대금 조정 신청을 하지 아니한다.",
        ),
    ],
)
def test_a_limit_that_protects_is_quiet_and_its_opposite_is_not(fair: str, unfair: str) -> None:
    assert not [f for f in screen(fair) if f.severity is not Severity.INFO]
    assert [f for f in screen(unfair) if f.severity is not Severity.INFO]


@pytest.mark.parametrize("path", [p for p in PLANTED if "fair" not in p.stem], ids=lambda p: p.stem)
def test_planted_paragraphs_of_a_tuning_contract_are_found(path: Path) -> None:
    """Regression guard on tuned-on material (the blind contracts are measured, not tested)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lines, where = contract_text_lines(data)
    contract = parse_contract(source_from_lines(path.name, lines))
    review = ContractReviewer(None).review(contract, CancelToken())
    flagged = {
        f.paragraph.source.position
        for f in review.findings
        if f.finding.severity is not Severity.INFO
    }
    planted = [where[key] for key in planted_paragraphs(data)]
    found = sum(line in flagged for line in planted)
    assert found >= len(planted) - 1, (found, len(planted))


@pytest.mark.parametrize(
    "clause",
    [
        "위탁사가 공급하는 원료의 대금은 다음 각 호와 같이 결제한다. 1. 밀가루: 공급일이 속한 달 "
        "말일까지 현금 입금 2. 향료: 공급 시 선결제",
        "갑은 다음 각 호의 경우 개별 발주를 취소할 수 있으며, 을은 손해의 배상을 청구하지 "
        "아니한다. 1. 갑의 판매 계획이 변경된 경우 2. 갑의 거래처가 주문을 취소한 경우",
    ],
)
def test_an_item_is_read_with_its_lead_in(clause: str) -> None:
    """A term said across a lead-in and its items is found; items of a lead-in that grants the
    principal something are its grounds, not a list of prohibited acts."""
    assert [f for f in screen(clause) if f.severity is not Severity.INFO]
