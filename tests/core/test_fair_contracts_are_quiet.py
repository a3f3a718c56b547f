"""Our own fair contracts, reviewed as if received, raise no clause-pattern alarm.

Every example draft (except the deliberately unfair ``bad-*`` ones) is rendered to plain text
and reviewed without the model. Its wording is the protective form the rules ask for, so a
violation or risk from the clause patterns there is a false alarm the patterns must not raise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.document.preview import to_plain_text
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.findings import Severity, Source
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FAIR_DRAFTS = sorted(p for p in EXAMPLES.glob("*.scdraft.json") if not p.name.startswith("bad-"))

# Known gap, left flagged on purpose: the principal's right to change or suspend the work
# (원사업자는 필요한 경우 … 변경하거나 … 중지할 수 있으며) is fair only together with the next
# paragraph, which makes the principal bear the cost; the patterns read one paragraph at a time
# and cannot see that paragraph. Listed here so that every other alarm still fails the test.
KNOWN_GAPS = {
    ("order_cancellation.arbitrary_cancel_change", "원사업자는 필요한 경우 공사 내용을 변경하거나"),
}


def _alarms(draft_path: Path) -> list[tuple[str, str]]:
    text = to_plain_text(render_document(load_draft(draft_path)))
    contract = parse_contract(source_from_lines(draft_path.name, text.splitlines()))
    review = ContractReviewer(None).review(contract, CancelToken())
    return [
        (f.finding.rule, f.text)
        for f in review.findings
        if f.finding.source is Source.RULE and f.finding.severity is not Severity.INFO
    ]


def _is_known_gap(rule: str, text: str) -> bool:
    return any(rule == gap_rule and snippet in text for gap_rule, snippet in KNOWN_GAPS)


def test_there_are_fair_example_drafts_to_review() -> None:
    assert len(FAIR_DRAFTS) >= 5


@pytest.mark.parametrize("draft_path", FAIR_DRAFTS, ids=lambda p: p.name)
def test_a_fair_example_contract_raises_no_clause_pattern_alarm(draft_path: Path) -> None:
    alarms = [a for a in _alarms(draft_path) if not _is_known_gap(*a)]
    assert alarms == []
