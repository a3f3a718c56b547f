"""From a draft to a numbered contract document: context → template → structure.

The context a template reads is the draft itself (every string escaped so it cannot form
markup), ``law`` (the statutory numbers of ``data/legal_numbers.toml``) and ``t``, the facts
derived here so all four templates agree on them: amounts, the statutory caps the Act itself
imposes (a due date past 60 days is by 제13조③ the 60th day, silence past 10 days is by 제9조②
a pass), the 연동 status of the cover box and which annexes are attached.

Rendered with ``marks=True`` (the live preview, the export checklist) every number the renderer
chose instead of an answer carries a marker (see ``substitutions.py``), so it is never silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
from subcontract_assist.core.document.substitutions import BlankAmount, Substitution, marked
from subcontract_assist.core.document.templates import render_markup, template_dirs
from subcontract_assist.core.draft.schema import (
    Draft,
    IndexationExemption,
    IndexationItem,
    Milestone,
    SignatureMethod,
    SmeStatus,
    TransactionType,
)
from subcontract_assist.core.koreanformat import korean_date
from subcontract_assist.core.legal import LegalNumbers, legal_numbers
from subcontract_assist.core.text import Text

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


@dataclass(frozen=True, slots=True)
class _Limit:
    """A number of the contract the statute bounds: the answer, unless unanswered or past it."""

    key: str  # the fact in ``t``
    field: str
    law: str  # the legal_numbers key
    label: Text
    floor: bool = False  # a minimum (an interest rate), not a maximum (days)
    unit: str = "일"

    def entered(self, draft: Draft) -> Any:
        node: Any = draft
        for step in self.field.split("."):
            node = getattr(node, step)
        return node

    def written(self, entered: Any, limit: Any) -> Any:
        if entered is None:
            return limit
        return max(entered, limit) if self.floor else min(entered, limit)


LIMITS: tuple[_Limit, ...] = (
    _Limit("due_days", "payment.due_days_after_receipt", "payment_deadline_days",
           Text("하도급대금 지급기일", "Payment due date")),
    _Limit("notice_days", "inspection.result_notice_days", "inspection_notice_days",
           Text("검사 결과 통지 기한", "Inspection result notice")),
    _Limit("passthrough_days", "payment.passthrough_days", "payment_passthrough_days",
           Text("발주자에게서 받은 대금의 지급 기한", "Passing on the owner's payment")),
    _Limit("advance_days", "advance_payment.passthrough_days", "advance_passthrough_days",
           Text("선급금 지급 기한", "Passing on an advance payment")),
    _Limit("late_interest_pct", "payment.late_interest_rate_pct", "late_interest_rate_pct",
           Text("지연이자율", "Late-payment interest rate"), floor=True, unit="%"),
    _Limit("design_notice_days", "adjustment.design_change.notice_days",
           "design_change_notice_days", Text("설계변경 통지 기한", "Design change notice")),
    _Limit("design_adjust_days", "adjustment.design_change.adjust_days",
           "design_change_adjust_days", Text("설계변경 대금 조정 기한", "Design change price")),
    _Limit("design_pay_days", "adjustment.design_change.pay_days", "design_change_pay_days",
           Text("설계변경 증액분 지급 기한", "Paying a design change increase")),
    _Limit("negotiate_days", "adjustment.supply_cost.negotiate_within_days",
           "supply_cost_negotiate_days", Text("대금 조정 협의 개시 기한", "Adjustment talks")),
)  # fmt: skip


def substitutions(draft: Draft) -> list[Substitution]:
    """Return every bounded number the contract states differently from the answer."""
    law = legal_numbers()
    out = []
    for limit in LIMITS:
        entered, bound = limit.entered(draft), law.value(limit.law)
        written = limit.written(entered, bound)
        if entered is None or written != entered:
            out.append(
                Substitution(limit.key, limit.field, limit.label, entered, written, limit.unit)
            )
    return out


def _automatic_exemption(draft: Draft, law: LegalNumbers) -> IndexationExemption | None:
    """Return the exemption of 제3조④1~3 the answers already show (as the rules read them)."""
    if draft.parties.principal.sme_status is SmeStatus.SMALL:
        return IndexationExemption.SMALL_PRINCIPAL
    days = draft.contract.duration_days
    if days is not None and days <= law.value("indexation_short_term_days"):
        return IndexationExemption.SHORT_TERM
    total = draft.price.total_amount
    if draft.price.supply_amount is not None and total <= law.value("indexation_small_amount"):
        return IndexationExemption.SMALL_AMOUNT  # VAT included: the conservative reading
    return None


def indexation_exemption(draft: Draft) -> IndexationExemption | None:
    """Return the exemption the contract states: the one chosen, else one the answers show."""
    chosen = draft.indexation.exemption
    if chosen is not None:
        return chosen
    if draft.indexation.items:
        return None  # the parties wrote a 연동표: they index, exempt or not
    return _automatic_exemption(draft, legal_numbers())


def indexation_status(draft: Draft) -> str:
    """Return the cover box: ``applies``, ``partial``, ``non_indexed``, ``exempt`` or
    ``undecided``.

    It follows the answers and the exemptions of 제3조④: a 연동표 or a main material means
    ``applies``; an exemption the answers show (소기업, 90일 이내, 1억원 이하) or no main material
    means ``exempt``; nothing answered means ``undecided`` — never a silent "적용함".
    """
    idx = draft.indexation
    exemption = indexation_exemption(draft)
    if exemption in _LEGAL_EXEMPTIONS:
        return "exempt"
    if exemption == IndexationExemption.AGREED_NON_INDEXATION:
        return "partial" if idx.items else "non_indexed"
    if idx.items or idx.has_main_material or idx.has_main_energy:
        return "applies"
    if idx.has_main_material is False:  # and no main energy (it would apply above)
        return "exempt"
    return "undecided"


def _milestone_amount(milestone: Milestone, total: int) -> int:
    if milestone.amount is not None:
        return milestone.amount
    return round(total * (milestone.ratio_pct or 0) / 100)


def _price_facts(draft: Draft, total: int) -> dict[str, Any]:
    if draft.price.supply_amount is None:  # not entered: blanks, not "영원정 (₩0)"
        return {"supply_amount": BlankAmount(), "vat": BlankAmount(), "total_amount": BlankAmount()}
    return {
        "supply_amount": draft.price.supply_amount,
        "vat": draft.price.vat,
        "total_amount": total,
    }


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
        **_price_facts(draft, total),
        "line_items": items,
        "line_items_total": sum(i["amount"] for i in items),
        "milestones": milestones,
    }


def _bounded_facts(draft: Draft, marks: bool) -> dict[str, Any]:
    """Return each statute-bounded number; with ``marks`` the substituted ones are marked."""
    law = legal_numbers()
    facts: dict[str, Any] = {}
    for limit in LIMITS:
        entered = limit.entered(draft)
        written = limit.written(entered, law.value(limit.law))
        substituted = entered is None or written != entered
        facts[limit.key] = marked(written, limit.key) if marks and substituted else written
    return facts


def derived_facts(draft: Draft, marks: bool = False) -> dict[str, Any]:
    """Return the values every template shares (see the module docstring)."""
    status = indexation_status(draft)
    construction = draft.transaction.type == TransactionType.CONSTRUCTION
    return {
        **_money_facts(draft),
        **_bounded_facts(draft, marks),
        "label": TRANSACTION_LABELS[draft.transaction.type],
        "duration_days": draft.contract.duration_days,
        "signed_date": korean_date(draft.contract.signed_date),
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


def build_context(draft: Draft, marks: bool = False) -> dict[str, Any]:
    """Return the plain data a template reads: the escaped draft, ``law`` and ``t``.

    The 연동 exemption the answers show is written into ``indexation.exemption`` so the
    contract gives the right reason for it.
    """
    data: dict[str, Any] = escape_tree(draft.model_dump(mode="python"))
    exemption = indexation_exemption(draft)
    data["indexation"]["exemption"] = exemption.value if exemption is not None else None
    data["law"] = {n.key: n.value for n in legal_numbers().all()}
    data["t"] = derived_facts(draft, marks)
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


def render_markup_for(draft: Draft, extra_dirs: Sequence[Path] = (), marks: bool = False) -> str:
    """Return the template markup for ``draft`` (for debugging templates)."""
    name = TEMPLATE_NAMES[draft.transaction.type]
    return render_markup(name, build_context(draft, marks), template_dirs(extra_dirs))


def render_document(
    draft: Draft, extra_dirs: Sequence[Path] = (), *, marks: bool = False
) -> ContractDocument:
    """Return the numbered contract for ``draft`` from the template of its transaction type.

    With ``marks`` (the preview, the export checklist) values written instead of the answers
    carry substitution markers and ``doc.substitutions`` explains them; the exported document
    is rendered without.

    Raises:
        TemplateError: the template is missing or broken, or refers to a missing article.
    """
    name = TEMPLATE_NAMES[draft.transaction.type]
    doc = parse_markup(render_markup_for(draft, extra_dirs, marks), name)
    number_document(doc)
    doc.parties = parties_of(draft)
    if marks:
        doc.substitutions = substitutions(draft)
    return doc
