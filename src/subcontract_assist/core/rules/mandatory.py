"""필수 기재사항 (법 제3조②, 영 제3조): one finding per missing item M1–M8.

Each item names the first missing field, so the app can jump to it. Split with neighbouring
rules so one gap is reported once: a partly written 제16조의2 clause is
``price_adjustment.supply_cost_clause``, a one-sided signature ``written_contract.signature``,
a wrongly claimed indexation exemption ``price_adjustment.indexation_required``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from subcontract_assist.core.draft.schema import Draft, MaterialKind, SignatureMethod
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, blank
from subcontract_assist.core.rules.indexation import (
    exemption_in_force,
    main_material_exists,
    regime_applies,
    rows,
)
from subcontract_assist.core.text import Text


@dataclass(frozen=True, slots=True)
class Gap:
    """What is missing from one mandatory item."""

    field: str
    ko: list[str]
    en: list[str]
    severity: Severity = Severity.VIOLATION


def _gap(parts: list[tuple[bool, str, str, str]]) -> Gap | None:
    """Return a Gap from (missing?, field, ko, en) tuples, or None when nothing is missing."""
    missing = [p for p in parts if p[0]]
    if not missing:
        return None
    return Gap(missing[0][1], [p[2] for p in missing], [p[3] for p in missing])


def _m1(draft: Draft, legal: LegalNumbers) -> Gap | None:
    d = draft.deliverable
    no_content = blank(d.name) and blank(d.description) and not d.items
    return _gap(
        [
            (draft.contract.order_date is None, "contract.order_date", "위탁일", "order date"),
            (no_content, "deliverable.name", "목적물의 내용(품명·사양·수량)", "what is ordered"),
        ]
    )


def _m2(draft: Draft, legal: LegalNumbers) -> Gap | None:
    return _gap(
        [
            (draft.delivery.date is None, "delivery.date", "납품·인도 시기", "delivery date"),
            (blank(draft.delivery.place), "delivery.place", "납품·인도 장소", "delivery place"),
        ]
    )


def _m3(draft: Draft, legal: LegalNumbers) -> Gap | None:
    i = draft.inspection
    return _gap(
        [
            (blank(i.method), "inspection.method", "검사의 방법", "inspection method"),
            (
                i.result_notice_days is None,
                "inspection.result_notice_days",
                "검사의 시기",
                "inspection timing",
            ),
        ]
    )


def _m4(draft: Draft, legal: LegalNumbers) -> Gap | None:
    p = draft.payment
    return _gap(
        [
            (draft.price.supply_amount is None, "price.supply_amount", "하도급대금", "the price"),
            (not p.methods, "payment.methods", "지급방법", "payment method"),
            (
                p.due_days_after_receipt is None,
                "payment.due_days_after_receipt",
                "지급기일",
                "payment due date",
            ),
        ]
    )


def _m5(draft: Draft, legal: LegalNumbers) -> Gap | None:
    for i, m in enumerate(draft.materials_supplied):
        path = f"materials_supplied[{i}]"
        gap = _gap(
            [
                (blank(m.quantity), f"{path}.quantity", f"{m.name} 수량", f"{m.name} quantity"),
                (m.supply_date is None, f"{path}.supply_date", "제공일", "supply date"),
                (m.price is None, f"{path}.price", "대가", "price"),
                (blank(m.pay_method), f"{path}.pay_method", "대가 지급방법", "how it is paid"),
                (blank(m.pay_due), f"{path}.pay_due", "대가 지급기일", "when it is paid"),
            ]
        )
        if gap is not None:
            return gap
    return None


def _m6(draft: Draft, legal: LegalNumbers) -> Gap | None:
    s = draft.adjustment.supply_cost
    if blank(s.requirement) and blank(s.method) and blank(s.procedure):
        return Gap(
            "adjustment.supply_cost.requirement",
            ["공급원가 변동 시 대금 조정의 요건·방법·절차"],
            ["the requirements, method and procedure of price adjustment"],
        )
    return None


def _m7(draft: Draft, legal: LegalNumbers) -> Gap | None:
    if not regime_applies(draft, legal) or exemption_in_force(draft, legal) is not None:
        return None
    exists = main_material_exists(draft, legal)
    if exists is None:
        return Gap(
            "indexation.has_main_material",
            [
                f"하도급대금의 {legal['indexation_main_share_pct']} 이상인 주요 원재료가 있는지"
                "(연동 대상 여부)"
            ],
            ["whether a main raw material (a share at the statutory threshold) exists"],
            Severity.RISK,
        )
    if exists and not rows(draft, MaterialKind.MATERIAL):
        return Gap(
            "indexation.items",
            ["하도급대금 연동 사항(연동표)"],
            ["the indexation terms (table)"],
        )
    return None


def _m8(draft: Draft, legal: LegalNumbers) -> Gap | None:
    none = draft.signature.method is SignatureMethod.NONE
    return _gap([(none, "signature.method", "양 당사자의 서명 또는 기명날인", "both signatures")])


#: (item, source, check, what the item is)
_ITEMS: tuple[tuple[str, str, Callable[[Draft, LegalNumbers], Gap | None]], ...] = (
    ("M1", "영 제3조 제1항 제1호", _m1),
    ("M2", "영 제3조 제1항 제2호", _m2),
    ("M3", "영 제3조 제1항 제3호", _m3),
    ("M4", "제3조 제2항 제1호", _m4),
    ("M5", "영 제3조 제1항 제5호", _m5),
    ("M6", "제3조 제2항 제2호", _m6),
    ("M7", "제3조 제2항 제3호", _m7),
    ("M8", "제3조 제2항", _m8),
)


def _mandatory_items(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 법 제3조②, 영 제3조: 서면에 반드시 적어야 할 사항 — 빠진 항목마다 하나의 지적
    for item, article, check in _ITEMS:
        gap = check(draft, legal)
        if gap is None:
            continue
        unsure = gap.severity is not Severity.VIOLATION
        yield rule.finding(
            Text(
                f"계약서 필수 기재사항({item}) {'확인 필요' if unsure else '누락'}: "
                f"{', '.join(gap.ko)}. 제3조의 서면에는 이 사항을 반드시 적어야 합니다.",
                f"Mandatory contract item {item} {'needs an answer' if unsure else 'is missing'}:"
                f" {', '.join(gap.en)}. The written contract of Article 3 must state it.",
            ),
            field=gap.field,
            severity=gap.severity,
            article=article,
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="written_contract.mandatory_items",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제2항",
        severity=Severity.VIOLATION,
        title=Text("필수 기재사항 (M1–M8)", "Mandatory contract items (M1–M8)"),
        check=_mandatory_items,
        fields=(
            "contract.order_date",
            "deliverable.name",
            "delivery.date",
            "delivery.place",
            "inspection.method",
            "inspection.result_notice_days",
            "price.supply_amount",
            "payment.methods",
            "payment.due_days_after_receipt",
            "materials_supplied",
            "adjustment.supply_cost.requirement",
            "indexation.items",
            "signature.method",
        ),
    ),
)
