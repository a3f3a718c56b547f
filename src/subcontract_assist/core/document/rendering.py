"""From a draft to a numbered contract document: context → template → structure.

The context a template reads is the draft itself (every string escaped so it cannot form
markup), ``law`` (the statutory numbers of ``data/legal_numbers.toml``) and ``t``, the facts
derived here so all four templates agree on them: amounts, the statutory caps the Act itself
imposes (a due date past 60 days is by 제13조③ the 60th day, silence past 10 days is by 제9조②
a pass), the 연동 status of the cover box and which annexes are attached.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from subcontract_assist.core.document.structure import (
    ContractDocument,
    Party,
    escape_value,
    number_document,
    parse_markup,
    unescape,
)
from subcontract_assist.core.document.templates import render_markup, template_dirs
from subcontract_assist.core.draft.schema import (
    Draft,
    IndexationExemption,
    IndexationItem,
    Milestone,
    SignatureMethod,
    TransactionType,
)
from subcontract_assist.core.koreanformat import korean_date
from subcontract_assist.core.legal import legal_numbers

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

SEALS: dict[SignatureMethod, str] = {
    SignatureMethod.SEAL: "(인)",
    SignatureMethod.SIGN: "(서명)",
    SignatureMethod.E_SIGN: "(전자서명)",
    SignatureMethod.NONE: "(인)",  # 제3조②: both parties must sign; leave the seal place
}

_LEGAL_EXEMPTIONS = {
    IndexationExemption.SMALL_PRINCIPAL,
    IndexationExemption.SHORT_TERM,
    IndexationExemption.SMALL_AMOUNT,
    IndexationExemption.NO_MAIN_MATERIAL,
}


def blank(value: str, placeholder: str = "○○○") -> str:
    """Return ``value`` or a visible placeholder for an unanswered item."""
    return value or placeholder


def escape_tree(value: Any) -> Any:
    """Return ``value`` with every plain string escaped (enums and numbers untouched)."""
    if type(value) is str:
        return escape_value(value)
    if isinstance(value, dict):
        return {k: escape_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [escape_tree(v) for v in value]
    return value


def _capped(entered: int | None, limit: int) -> int:
    """Return the agreed number of days, or the statutory limit when unanswered or longer."""
    return limit if entered is None else min(entered, limit)


def indexation_status(draft: Draft) -> str:
    """Return the cover box: ``applies``, ``partial``, ``non_indexed`` or ``exempt``.

    Unanswered means ``applies`` — the protective default (제3조②3) — with a blank 연동표.
    """
    idx = draft.indexation
    if idx.exemption in _LEGAL_EXEMPTIONS or (
        idx.has_main_material is False and idx.has_main_energy is not True
    ):
        return "exempt"
    if idx.exemption == IndexationExemption.AGREED_NON_INDEXATION:
        return "partial" if idx.items else "non_indexed"
    return "applies"


def _milestone_amount(milestone: Milestone, total: int) -> int:
    if milestone.amount is not None:
        return milestone.amount
    return round(total * (milestone.ratio_pct or 0) / 100)


def _money_facts(draft: Draft) -> dict[str, Any]:
    items = [
        {**escape_tree(i.model_dump(mode="python")), "amount": i.amount}
        for i in draft.deliverable.items
    ]
    total = draft.price.total_amount
    milestones = [
        {**escape_tree(m.model_dump(mode="python")), "amount": _milestone_amount(m, total)}
        for m in draft.payment.milestones
    ]
    unset = [
        m
        for m, src in zip(milestones, draft.payment.milestones, strict=True)
        if src.amount is None and src.ratio_pct is None and src.kind == "final"
    ]
    if len(unset) == 1:  # 잔금 with no figure of its own: what the others leave
        unset[0]["amount"] = max(0, total - sum(m["amount"] for m in milestones))
    index_items = draft.indexation.items or [IndexationItem()]  # a blank 연동표 to fill in
    return {
        "index_items": [escape_tree(i.model_dump(mode="python")) for i in index_items],
        "supply_amount": draft.price.supply_amount or 0,
        "vat": draft.price.vat,
        "total_amount": total,
        "line_items": items,
        "line_items_total": sum(i["amount"] for i in items),
        "milestones": milestones,
    }


def derived_facts(draft: Draft) -> dict[str, Any]:
    """Return the values every template shares (see the module docstring)."""
    law = legal_numbers()
    design = draft.adjustment.design_change
    status = indexation_status(draft)
    construction = draft.transaction.type == TransactionType.CONSTRUCTION
    return {
        **_money_facts(draft),
        "label": TRANSACTION_LABELS[draft.transaction.type],
        "duration_days": draft.contract.duration_days,
        "signed_date": korean_date(draft.contract.signed_date),
        "due_days": _capped(
            draft.payment.due_days_after_receipt, law.value("payment_deadline_days")
        ),
        "notice_days": _capped(
            draft.inspection.result_notice_days, law.value("inspection_notice_days")
        ),
        "passthrough_days": _capped(
            draft.payment.passthrough_days, law.value("payment_passthrough_days")
        ),
        "advance_days": _capped(
            draft.advance_payment.passthrough_days, law.value("advance_passthrough_days")
        ),
        "late_interest_pct": max(
            draft.payment.late_interest_rate_pct or 0, law.value("late_interest_rate_pct")
        ),
        "design_notice_days": _capped(design.notice_days, law.value("design_change_notice_days")),
        "design_adjust_days": _capped(design.adjust_days, law.value("design_change_adjust_days")),
        "design_pay_days": _capped(design.pay_days, law.value("design_change_pay_days")),
        "negotiate_days": _capped(
            draft.adjustment.supply_cost.negotiate_within_days,
            law.value("supply_cost_negotiate_days"),
        ),
        "indexation": status,
        "annex": {
            "schedule": bool(draft.deliverable.items),
            "indexation": status in ("applies", "partial"),
            "non_indexation": status in ("partial", "non_indexed"),
            "tech_request": draft.tech_data.requested,
            "nda": draft.tech_data.requested,
            "payment_bond": construction,
        },
    }


def build_context(draft: Draft) -> dict[str, Any]:
    """Return the plain data a template reads: the escaped draft, ``law`` and ``t``."""
    data: dict[str, Any] = escape_tree(draft.model_dump(mode="python"))
    data["law"] = {n.key: n.value for n in legal_numbers().all()}
    data["t"] = derived_facts(draft)
    return data


def parties_of(draft: Draft) -> list[Party]:
    """Return the two signature-block parties."""
    seal = SEALS[draft.signature.method]
    return [
        Party(
            key=key,
            role=role,
            name=unescape(escape_value(blank(p.name))),
            representative=unescape(escape_value(blank(p.representative))),
            address=unescape(escape_value(blank(p.address))),
            biz_reg_no=blank(p.biz_reg_no, "   -  -     "),
            phone=unescape(escape_value(p.phone)),
            seal=seal,
        )
        for key, role, p in (
            ("principal", "원사업자", draft.parties.principal),
            ("subcontractor", "수급사업자", draft.parties.subcontractor),
        )
    ]


def render_markup_for(draft: Draft, extra_dirs: Sequence[Path] = ()) -> str:
    """Return the template markup for ``draft`` (for debugging templates)."""
    name = TEMPLATE_NAMES[draft.transaction.type]
    return render_markup(name, build_context(draft), template_dirs(extra_dirs))


def render_document(draft: Draft, extra_dirs: Sequence[Path] = ()) -> ContractDocument:
    """Return the numbered contract for ``draft`` from the template of its transaction type.

    Raises:
        TemplateError: the template is missing or broken, or refers to a missing article.
    """
    name = TEMPLATE_NAMES[draft.transaction.type]
    doc = parse_markup(render_markup_for(draft, extra_dirs), name)
    number_document(doc)
    doc.parties = parties_of(draft)
    return doc
