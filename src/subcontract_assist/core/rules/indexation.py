"""하도급대금 연동 — whether the duty applies (제2조⑯~⑱, 제3조②3·④, 2026-08-11 energy).

The duty: when a main raw material (and, for contracts from 2026-08-11, a main energy) costs at
least 10% of the price, the contract must carry the indexation terms unless an exemption of
제3조④ applies. The terms themselves are checked in ``indexation_terms``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from subcontract_assist.core.draft.schema import (
    Draft,
    IndexationExemption,
    IndexationItem,
    MaterialKind,
    SmeStatus,
)
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import quoted
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, signed_on_or_after
from subcontract_assist.core.text import Text

EXEMPTION_LABELS: dict[IndexationExemption, str] = {
    IndexationExemption.SMALL_PRINCIPAL: "원사업자가 소기업",
    IndexationExemption.SHORT_TERM: "단기 거래",
    IndexationExemption.SMALL_AMOUNT: "소액 거래",
    IndexationExemption.AGREED_NON_INDEXATION: "미연동 합의",
    IndexationExemption.NO_MAIN_MATERIAL: "주요 원재료 없음",
}


@dataclass(frozen=True, slots=True)
class Exemption:
    """An exemption of 제3조④ that holds for the draft, with the facts that make it hold."""

    kind: IndexationExemption
    reason: Text


def regime_applies(draft: Draft, legal: LegalNumbers) -> bool:
    """Return True when the contract was concluded or renewed on/after 2023-10-04 (부칙 제2조)."""
    return signed_on_or_after(draft, legal.date("indexation_start_date"))


def energy_regime_applies(draft: Draft, legal: LegalNumbers) -> bool:
    """Return True when main energy must be indexed too (contracts from 2026-08-11)."""
    return signed_on_or_after(draft, legal.date("energy_indexation_start_date"))


def rows(draft: Draft, kind: MaterialKind) -> list[tuple[int, IndexationItem]]:
    """Return the 연동표 rows of one kind with their index in ``indexation.items``."""
    return [(i, item) for i, item in enumerate(draft.indexation.items) if item.kind is kind]


def _main_exists(
    answer: bool | None, rows_: list[tuple[int, IndexationItem]], share: float
) -> bool | None:
    if any(item.cost_share_pct is not None and item.cost_share_pct >= share for _, item in rows_):
        return True
    return answer


def main_material_exists(draft: Draft, legal: LegalNumbers) -> bool | None:
    """Return whether a raw material costs ≥ 10% of the price (None: not answered)."""
    answer = draft.indexation.has_main_material
    if draft.indexation.exemption is IndexationExemption.NO_MAIN_MATERIAL and answer is None:
        answer = False
    share = legal.number("indexation_main_share_pct")
    return _main_exists(answer, rows(draft, MaterialKind.MATERIAL), share)


def main_energy_exists(draft: Draft, legal: LegalNumbers) -> bool | None:
    """Return whether an energy (fuel, heat, electricity) costs ≥ 10% of the price."""
    share = legal.number("indexation_main_share_pct")
    return _main_exists(draft.indexation.has_main_energy, rows(draft, MaterialKind.ENERGY), share)


def _automatic_exemption(draft: Draft, legal: LegalNumbers) -> Exemption | None:
    # 제3조 ④1~3: facts the form already holds; ④4 (agreement) must be chosen explicitly
    if draft.parties.principal.sme_status is SmeStatus.SMALL:
        return Exemption(
            IndexationExemption.SMALL_PRINCIPAL,
            Text("원사업자가 소기업입니다", "the principal is a small enterprise"),
        )
    days, limit = draft.contract.duration_days, legal["indexation_short_term_days"]
    if days is not None and days <= limit.value:
        return Exemption(
            IndexationExemption.SHORT_TERM,
            Text(f"거래기간 {days}일 ≤ {limit}", f"the term of {days} days is ≤ {limit.value}"),
        )
    amount, small = draft.price.total_amount, legal["indexation_small_amount"]
    if draft.price.supply_amount is not None and amount <= small.value:
        # The Act does not say whether the 1억 test includes VAT: the VAT-inclusive total is the
        # conservative reading (it exempts fewer contracts).
        return Exemption(
            IndexationExemption.SMALL_AMOUNT,
            Text(
                f"하도급대금(부가가치세 포함) {amount:,}원 ≤ {small} (부가가치세 포함 금액으로 "
                "보수적으로 판단)",
                f"the price incl. VAT of KRW {amount:,} is ≤ KRW {small.value:,} (VAT-inclusive, "
                "the conservative reading)",
            ),
        )
    return None


def exemption_in_force(draft: Draft, legal: LegalNumbers) -> Exemption | None:
    """Return the exemption of 제3조④ that holds, automatic first, then an agreed one."""
    automatic = _automatic_exemption(draft, legal)
    if automatic is not None:
        return automatic
    if draft.indexation.exemption is IndexationExemption.AGREED_NON_INDEXATION:
        return Exemption(
            IndexationExemption.AGREED_NON_INDEXATION,
            Text("양 당사자가 연동하지 않기로 합의했습니다", "the parties agreed not to index"),
        )
    return None


def _claim_problem(draft: Draft, legal: LegalNumbers) -> Text | None:
    claimed = draft.indexation.exemption
    held = exemption_in_force(draft, legal)
    if claimed is None or claimed is IndexationExemption.NO_MAIN_MATERIAL:
        if main_material_exists(draft, legal) and draft.indexation.has_main_material is False:
            return Text(
                f"연동표에 하도급대금의 {legal['indexation_main_share_pct']} 이상인 원재료가 "
                "있는데 '주요 원재료 없음'으로 답했습니다.",
                "The table lists a main material (share at or above the statutory threshold), "
                "yet the answer says there is none.",
            )
        return None
    if held is not None:  # some exemption of 제3조④ holds, even if another was named
        return None
    label = EXEMPTION_LABELS[claimed]
    return Text(
        f"면제 사유 {quoted(label, '가')} 입력된 사실과 맞지 않거나 확인할 수 없습니다"
        "(원사업자 규모, 계약기간, 부가가치세 포함 하도급대금을 확인하세요). "
        "면제가 아니면 연동 사항을 적어야 합니다.",
        f"The claimed exemption '{claimed.value}' does not match the facts entered (principal "
        "size, term, price incl. VAT); without it the indexation terms are required.",
    )


def _indexation_required(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ②3·④: 면제 사유는 법정 사유에 해당할 때만 (missing terms are M7 of mandatory_items)
    if not regime_applies(draft, legal):
        return
    problem = _claim_problem(draft, legal)
    if problem is not None:
        yield rule.finding(
            problem,
            field="indexation.exemption",
            suggestion="주요 원재료에 대하여 별첨 하도급대금 연동표에 따라 대금을 연동한다.",
        )


def _exemptions(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ④: 어떤 면제 사유로 연동 기재가 면제되는지 설명 (information)
    if not regime_applies(draft, legal):
        start = legal["indexation_start_date"]
        yield rule.finding(
            Text(
                f"{start} 전에 체결된 계약(갱신 전)에는 하도급대금 연동 기재 의무가 없습니다.",
                f"Contracts concluded before {start.value} (and not renewed since) carry no "
                "indexation duty.",
            ),
            article="법률 제19562호 부칙 제2조",
        )
        return
    held = exemption_in_force(draft, legal)
    if held is None or main_material_exists(draft, legal) is False:
        return
    yield rule.finding(
        Text(
            f"연동 사항 기재 면제: {held.reason.ko}. 면제되더라도 자율적으로 연동할 수 있습니다.",
            f"Indexation terms are not required: {held.reason.en}. Voluntary indexation is "
            "still possible.",
        ),
    )


def _energy_indexation(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제2조 ⑰⑱, 제3조 ②3 (법률 제21340호): 주요 에너지도 연동 (2026-08-11 이후 체결·갱신)
    if main_energy_exists(draft, legal) is not True or rows(draft, MaterialKind.ENERGY):
        return
    start = legal["energy_indexation_start_date"]
    if not energy_regime_applies(draft, legal):
        yield rule.finding(
            Text(
                f"주요 에너지 연동 의무는 {start} 이후 체결·갱신하는 계약부터 적용됩니다. "
                "갱신할 때 연동표에 에너지 항목을 넣으세요.",
                f"Energy indexation applies to contracts concluded or renewed from "
                f"{start.value}; add the energy row when renewing.",
            ),
            severity=Severity.INFO,
        )
        return
    if exemption_in_force(draft, legal) is None:
        yield rule.finding(
            Text(
                f"하도급대금의 {legal['indexation_main_share_pct']} 이상인 주요 에너지(연료·열·"
                "전기)가 있으나 연동표에 에너지 항목이 없습니다.",
                "A main energy (fuel, heat, electricity) of at least "
                f"{legal['indexation_main_share_pct']} of the price exists, but the indexation "
                "table has no energy row.",
            ),
            suggestion="주요 에너지(전력)는 산업용 전기요금을 기준지표로 하여 별첨 연동표에 따라 "
            "대금을 연동한다.",
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="price_adjustment.indexation_required",
        category=Category.PRICE_ADJUSTMENT,
        article="제3조 제2항 제3호",
        severity=Severity.VIOLATION,
        title=Text("연동 면제 사유의 정당성", "A claimed indexation exemption must hold"),
        check=_indexation_required,
        fields=("indexation.exemption", "indexation.has_main_material"),
    ),
    Rule(
        id="price_adjustment.indexation_exemptions",
        category=Category.PRICE_ADJUSTMENT,
        article="제3조 제4항",
        severity=Severity.INFO,
        title=Text("연동 기재 면제 사유 안내", "Which indexation exemption applies"),
        check=_exemptions,
        fields=("indexation.exemption",),
    ),
    Rule(
        id="price_adjustment.energy_indexation",
        category=Category.PRICE_ADJUSTMENT,
        article="제2조 제17항",
        severity=Severity.VIOLATION,
        title=Text("주요 에너지 연동 (2026-08-11~)", "Index main energy (from 2026-08-11)"),
        check=_energy_indexation,
        fields=("indexation.has_main_energy", "indexation.items"),
    ),
)
