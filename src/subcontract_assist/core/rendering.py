"""From a draft to a numbered contract document: context → template → structure."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from subcontract_assist.core.documents import (
    ContractDocument,
    Party,
    number_articles,
    parse_markup,
)
from subcontract_assist.core.koreanformat import korean_date
from subcontract_assist.core.model import Draft, TransactionType
from subcontract_assist.core.templates import render_markup, template_dirs

TEMPLATE_NAMES: dict[TransactionType, str] = {
    TransactionType.MANUFACTURING: "manufacturing.j2",
    TransactionType.REPAIR: "repair.j2",
    TransactionType.CONSTRUCTION: "construction.j2",
    TransactionType.SERVICE_INFO: "service.j2",
    TransactionType.SERVICE_LABOR: "service.j2",
}

TRANSACTION_LABELS: dict[TransactionType, str] = {
    TransactionType.MANUFACTURING: "제조위탁",
    TransactionType.REPAIR: "수리위탁",
    TransactionType.CONSTRUCTION: "건설위탁",
    TransactionType.SERVICE_INFO: "용역위탁(지식·정보성과물)",
    TransactionType.SERVICE_LABOR: "용역위탁(역무)",
}


def blank(value: str, placeholder: str = "○○○") -> str:
    """Return ``value`` or a visible placeholder for an unanswered item."""
    return value or placeholder


def build_context(draft: Draft) -> dict[str, Any]:
    """Return the plain data a template reads: the draft as dicts plus derived values."""
    data = draft.model_dump(mode="python")
    data["t"] = {
        "label": TRANSACTION_LABELS[draft.transaction.type],
        "supply_amount": draft.price.supply_amount or 0,
        "vat": draft.price.vat,
        "total_amount": draft.price.total_amount,
        "duration_days": draft.contract.duration_days,
        "signed_date": korean_date(draft.contract.signed_date),
        "items_total": sum(item.amount for item in draft.deliverable.items),
    }
    return data


def parties_of(draft: Draft) -> list[Party]:
    """Return the two signature-block parties."""
    return [
        Party(
            role=role,
            name=blank(p.name),
            representative=blank(p.representative),
            address=blank(p.address),
            biz_reg_no=blank(p.biz_reg_no, "   -  -     "),
            phone=p.phone,
        )
        for role, p in (
            ("원사업자", draft.parties.principal),
            ("수급사업자", draft.parties.subcontractor),
        )
    ]


def render_document(draft: Draft, extra_dirs: Sequence[Path] = ()) -> ContractDocument:
    """Return the numbered contract for ``draft`` from the template of its transaction type.

    Raises:
        TemplateError: the template is missing or broken.
    """
    name = TEMPLATE_NAMES[draft.transaction.type]
    markup = render_markup(name, build_context(draft), template_dirs(extra_dirs))
    doc = parse_markup(markup, name)
    number_articles(doc)
    doc.parties = parties_of(draft)
    return doc
