"""``review --redline`` and ``review --letter``: the documents a subcontractor sends back."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from subcontract_assist.core.text import Lang

if TYPE_CHECKING:
    from subcontract_assist.core.received.review import ContractReview


def write_negotiation_outputs(
    review: ContractReview,
    source: Path,
    redline: str | None,
    letter: str | None,
    lang: Lang,
    today: dt.date | None = None,
) -> None:
    """Write the redline and/or the 수정 요청서 for ``review`` and say what was written."""
    from subcontract_assist.core.negotiation.facts import contract_facts
    from subcontract_assist.core.negotiation.redline import plan_redline

    ko = lang == "ko"
    facts = contract_facts(review.contract)
    revisions = plan_redline(review, lang, facts)
    if redline:
        from subcontract_assist.adapters.docx_redline import write_redline

        result = write_redline(source, Path(redline), revisions)
        print(
            f"수정 제안 사본을 저장했습니다: {redline} "
            f"(변경 추적 {result.changed}곳, 의견만 {result.commented}곳)"
            if ko
            else f"Redline written: {redline} ({result.changed} tracked changes, "
            f"{result.commented} comments only)",
            file=sys.stderr,
        )
    if letter:
        from subcontract_assist.adapters.docx_letter import write_letter
        from subcontract_assist.core.negotiation.change_request import (
            change_request_letter,
            request_items,
        )

        blocks = change_request_letter(
            review, revisions, facts, today or dt.date.today(), attach_redline=bool(redline)
        )
        write_letter(blocks, Path(letter))
        count = len(request_items(review, revisions, facts))
        print(
            f"수정 요청서를 저장했습니다: {letter} (요청 {count}건)"
            if ko
            else f"Change-request letter written: {letter} ({count} requests)",
            file=sys.stderr,
        )
