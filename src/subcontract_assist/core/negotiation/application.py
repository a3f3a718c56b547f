"""The 하도급대금 조정 신청서 (제16조의2): the computation written as a letter to the principal.

The wording is the template's (``letters/adjustment_request.j2``); this module hands it the
figures and the statutory timeline as the numbers file states it (협의 개시 10일, 합의 30일,
조합 20일), so a change of statute is a data edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.negotiation.adjustment import KIND_NAMES, AdjustmentResult
from subcontract_assist.core.negotiation.facts import BLANK_NAME, ContractFacts
from subcontract_assist.core.negotiation.letters import render_letter
from subcontract_assist.core.negotiation.markup import Block

TEMPLATE = "letters/adjustment_request.j2"
_TIMELINE_KEYS = (
    "supply_cost_negotiate_days",
    "supply_cost_agreement_days",
    "supply_cost_cooperative_days",
    "indexation_threshold_max_pct",
)


def percent(value: Decimal, places: str = "0.01") -> str:
    """Return ``15.5`` for Decimal 15.50 (no trailing zeros), rounded half up."""
    text = format(value.quantize(Decimal(places), ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def price(value: Decimal) -> str:
    """Return a price with thousands separators and at most two decimals."""
    text = f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    return text.rstrip("0").rstrip(".")


def facts_of_draft(draft: Draft) -> ContractFacts:
    """Return the parties, title and date of one of our own drafts."""
    return ContractFacts(
        title=draft.contract.title,
        principal=draft.parties.principal.name or BLANK_NAME,
        subcontractor=draft.parties.subcontractor.name or BLANK_NAME,
        signed=draft.contract.signed_date,
    )


def application_context(
    result: AdjustmentResult, facts: ContractFacts, today: dt.date
) -> dict[str, Any]:
    """Return what the template needs: parties, item rows, the formula's parts, the timeline."""
    numbers = legal_numbers()
    rows = [
        {
            "name": r.item.name,
            "kind": KIND_NAMES[r.item.kind],
            "unit": r.item.unit,
            "index": r.item.index,
            "base": price(r.item.base_price),
            "current": price(r.item.current_price),
            "change": percent(r.change_pct),
            "rising": r.change_pct > 0,
            "threshold": percent(r.threshold_pct),
            "from_contract": r.from_contract,
            "met": r.met,
            "share": percent(r.item.share_pct) if r.item.share_pct is not None else "",
            "reflection": percent(r.item.reflection_pct),
            "contribution": percent(r.contribution_pct, "0.0001"),
        }
        for r in result.items
    ]
    report = result.report
    return {
        "today": today,
        "title": facts.title or "하도급계약서",
        "principal": facts.principal,
        "subcontractor": facts.subcontractor,
        "signed": facts.signed,
        "blank_name": BLANK_NAME,
        "object_name": report.object_name,
        "base_point": report.base_point,
        "compare_point": report.compare_point,
        "rows": rows,
        "met_rows": [row for row in rows if row["met"]],
        "total": percent(result.total_pct, "0.0001"),
        "unit_price": report.unit_price,
        "new_unit_price": result.new_unit_price,
        "per_unit": result.per_unit,
        "quantity": price(report.quantity) if report.quantity is not None else None,
        "contract_amount": report.contract_amount,
        "amount": result.amount,
        "has_indexation": result.has_indexation,
        "law": {key: numbers[key] for key in _TIMELINE_KEYS},
    }


def adjustment_application(
    result: AdjustmentResult,
    facts: ContractFacts,
    today: dt.date,
    dirs: Sequence[Path] = (),
) -> list[Block]:
    """Return the blocks of the 조정 신청서; the caller writes it only if ``result.applies``."""
    return render_letter(TEMPLATE, application_context(result, facts, today), dirs)
