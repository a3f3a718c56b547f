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
from subcontract_assist.core.text import Lang

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


def working_text(result: AdjustmentResult, lang: Lang) -> str:
    """Return the computation as text: each item, its threshold, the formula (CLI, dialog)."""
    ko = lang == "ko"
    lines = []
    for r in result.items:
        whose = ("계약" if ko else "contract") if r.from_contract else ("법 상한" if ko else "law")
        verdict = ("충족" if ko else "met") if r.met else ("미달" if ko else "not met")
        lines.append(
            f"{r.item.name}: {price(r.item.base_price)} → {price(r.item.current_price)} "
            f"({r.change_text}); {'조정요건' if ko else 'threshold'} {percent(r.threshold_pct)}% "
            f"({whose}): {verdict}"
        )
        if r.met:
            lines.append(
                f"  {'비중' if ko else 'share'} {percent(r.item.share_pct or Decimal(0))}% × "
                f"{'변동률' if ko else 'change'} {percent(r.change_pct)}% × "
                f"{'반영비율' if ko else 'reflection'} {percent(r.item.reflection_pct)}% = "
                f"{percent(r.contribution_pct, '0.0001')}%"
            )
    lines.append(f"{'합계' if ko else 'Total'}: {percent(result.total_pct, '0.0001')}%")
    report = result.report
    if report.unit_price is not None and result.new_unit_price is not None:
        lines.append(
            f"{'조정단가' if ko else 'Adjusted unit price'}: {report.unit_price:,} × "
            f"(1 + {percent(result.total_pct, '0.0001')}%) = {result.new_unit_price:,}"
        )
    if result.amount is not None:
        lines.append(f"{'조정 금액' if ko else 'Adjustment'}: {result.amount:,}")
    return "\n".join(lines)
