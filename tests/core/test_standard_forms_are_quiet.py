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
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines
from tests.helpers.contract_json_to_docx import contract_text_lines

DATA = Path(__file__).parent / "data"
FORMS = sorted(
    [
        *(DATA / "tuning" / "fair_forms").glob("*.json"),
        *(DATA / "tuning3" / "contracts").glob("*fair.json"),
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
