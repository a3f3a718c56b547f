"""건설하도급 대금지급보증·계약이행보증 (제13조의2, 영 제8조) — construction only.

The exemptions depend on the signing date: contracts concluded or renewed from 2026-08-11
(법률 제21340호) are exempt only for a job of 1천만원 or less; earlier contracts were also exempt
with a tripartite direct-payment agreement made within 30 days of signing, or when the owner pays
through a 하도급대금지급관리시스템 (영 제8조①3·4). A small job stops being exempt when change
orders lift it above the limit: the bond is then due within 30 days of that day (제13조의2②).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from subcontract_assist.core.draft.schema import Draft, PaymentBondExemption, TransactionType
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa, quoted
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, signed_on_or_after
from subcontract_assist.core.text import Text


@dataclass(frozen=True, slots=True)
class BondExemption:
    kind: PaymentBondExemption
    reason: Text


def _small_job(draft: Draft, legal: LegalNumbers) -> BondExemption | None:
    # VAT basis of the 1천만원 test is not stated: the VAT-inclusive total exempts fewer jobs
    small = legal["payment_bond_small_amount"]
    total = draft.price.total_amount
    if draft.price.supply_amount is None or total > small.value:
        return None
    return BondExemption(
        PaymentBondExemption.SMALL_AMOUNT,
        Text(
            f"공사금액(부가가치세 포함) {total:,}원 ≤ {small}",
            f"the job of KRW {total:,} incl. VAT is ≤ KRW {small.value:,}",
        ),
    )


@dataclass(frozen=True, slots=True)
class ExemptionEnd:
    """The change order that lifted a small job above the limit (제13조의2②)."""

    index: int
    day: dt.date | None
    total: int


def _with_vat(draft: Draft, delta: int) -> int:
    # a change order's price change is read like the supply amount: VAT added unless exempt
    return delta if draft.price.vat_exempt else delta + int(delta / 10)


def small_exemption_end(draft: Draft, legal: LegalNumbers) -> ExemptionEnd | None:
    """Return when change orders end the small-job exemption, or None while it holds."""
    small = legal.integer("payment_bond_small_amount")
    if draft.price.supply_amount is None or draft.price.total_amount > small:
        return None
    orders = sorted(
        enumerate(draft.contract.change_orders),
        key=lambda pair: (pair[1].issue_date or pair[1].start_date or dt.date.max, pair[0]),
    )
    total = draft.price.total_amount
    for i, order in orders:
        total += _with_vat(draft, order.amount_delta or 0)
        if total > small:
            return ExemptionEnd(i, order.issue_date or order.start_date, total)
    return None


def _older_exemption(draft: Draft, legal: LegalNumbers) -> BondExemption | None:
    # 영 제8조①3·4 (2026-08-11 전 체결·갱신 계약만)
    dp = draft.direct_payment
    signed, agreed = draft.contract.signed_date, dp.agreement_date
    within = legal.integer("direct_payment_agreement_days")
    timely = signed is not None and agreed is not None and agreed - signed <= dt.timedelta(within)
    if dp.tripartite_agreement and timely:
        return BondExemption(
            PaymentBondExemption.DIRECT_PAYMENT_AGREEMENT,
            Text(
                f"계약체결일부터 {within}일 이내에 발주자 직접지급 합의가 있습니다",
                f"a tripartite direct-payment agreement within {within} days of signing",
            ),
        )
    if dp.payment_system:
        return BondExemption(
            PaymentBondExemption.PAYMENT_SYSTEM,
            Text(
                "발주자가 하도급대금지급관리시스템으로 직접 지급합니다",
                "the owner pays directly through the payment-management system",
            ),
        )
    return None


def narrowed_regime(draft: Draft, legal: LegalNumbers) -> bool:
    """Return True for contracts under the 2026-08-11 rule (only small jobs are exempt)."""
    return signed_on_or_after(draft, legal.date("payment_bond_narrowed_date"))


def bond_exemption(draft: Draft, legal: LegalNumbers) -> BondExemption | None:
    """Return the exemption from the payment bond that holds for the draft, if any."""
    small = _small_job(draft, legal)
    if small is not None and small_exemption_end(draft, legal) is None:
        return small
    if narrowed_regime(draft, legal):
        return None
    return _older_exemption(draft, legal)


def _bond_due(draft: Draft, legal: LegalNumbers) -> bool:
    is_construction = draft.transaction.type is TransactionType.CONSTRUCTION
    return is_construction and bond_exemption(draft, legal) is None


def _bond_within_30d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조의2 ①: 계약체결일부터 30일 이내 공사대금 지급보증
    if not _bond_due(draft, legal):
        return
    bond, days = draft.guarantees.payment_bond, legal["payment_bond_days"]
    ended = small_exemption_end(draft, legal)
    if ended is not None:
        yield from _bond_after_change_order(rule, draft, legal, ended)
        return
    signed = draft.contract.signed_date
    late = bond.issue_date and signed and (bond.issue_date - signed).days > days.value
    if bond.issued is True and not late:
        return
    yield rule.finding(
        Text(
            f"원사업자는 계약체결일부터 {days} 안에 하도급대금 지급보증을 해야 합니다. "
            + ("보증일이 그보다 늦습니다." if late else "지급보증이 확인되지 않습니다."),
            f"The principal must guarantee payment within {days.value} days of signing; "
            + ("the bond comes later." if late else "no bond is recorded."),
        ),
        field="guarantees.payment_bond.issue_date" if late else "guarantees.payment_bond.issued",
        severity=Severity.RISK if bond.issued is None and not late else Severity.VIOLATION,
        suggestion=f"원사업자는 계약체결일부터 {days.value}일 이내에 수급사업자에게 하도급대금 "
        "지급보증서를 교부한다.",
    )


def _bond_after_change_order(
    rule: Rule, draft: Draft, legal: LegalNumbers, ended: ExemptionEnd
) -> Iterator[Finding]:
    # 제13조의2 ②: 보증이 필요 없던 사유가 소멸한 날(추가·변경위탁으로 1천만원 초과)부터 30일 이내
    bond, days = draft.guarantees.payment_bond, legal["payment_bond_days"]
    late = bond.issue_date and ended.day and (bond.issue_date - ended.day).days > days.value
    if bond.issued is True and not late:
        return
    order = draft.contract.change_orders[ended.index]
    label = f"'{order.description or ended.index + 1}'"
    since = f"그 날({ended.day})" if ended.day else "그 날"
    yield rule.finding(
        Text(
            f"추가·변경위탁 {josa(label, '으로')} 공사금액이 {ended.total:,}원(부가가치세 포함)이 "
            f"되어 {legal['payment_bond_small_amount']} 이하 공사의 지급보증 면제가 끝났습니다. "
            f"{since}부터 {days} 안에 하도급대금 지급보증을 해야 합니다(제13조의2②). "
            + ("보증일이 그보다 늦습니다." if late else "지급보증이 확인되지 않습니다."),
            f"Change order {label} lifts the job to KRW {ended.total:,} incl. VAT, ending the "
            f"small-job exemption; the payment bond is due within {days.value} days of that day "
            "(art. 13-2(2)).",
        ),
        field="guarantees.payment_bond.issue_date" if late else "guarantees.payment_bond.issued",
        article="제13조의2 제2항",
        severity=Severity.RISK if bond.issued is None and not late else Severity.VIOLATION,
        suggestion="추가·변경위탁으로 공사금액이 "
        f"{josa(str(legal['payment_bond_small_amount']), '을')} 넘게 된 "
        f"경우 원사업자는 그 날부터 {days.value}일 이내에 하도급대금 지급보증서를 교부한다.",
    )


def required_bond(draft: Draft, legal: LegalNumbers) -> tuple[int, int] | None:
    """Return the 제13조의2① formula as a fraction (numerator, denominator) of won, or None.

    C − A for T ≤ 4 months; (C − A) × 4 / T when paid at most every 2 months; else
    (C − A) × P × 2 / T. C = price incl. VAT (conservative), A = the advance.
    """
    months = draft.guarantees.construction_months or _months(draft)
    if draft.price.supply_amount is None or months is None:
        return None
    base = draft.price.total_amount - (draft.advance_payment.amount or 0)
    if months <= legal.integer("payment_bond_short_term_months"):
        return base, 1
    cycle = draft.payment.progress_cycle_months
    if cycle is None:
        return None
    if cycle <= legal.integer("payment_bond_cycle_months"):
        return base * legal.integer("payment_bond_short_term_months"), months
    return base * cycle * 2, months


def _months(draft: Draft) -> int | None:
    start, end = draft.contract.period_start, draft.contract.period_end
    if start is None or end is None:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    return max(1, months + (1 if end.day >= start.day else 0))


def _bond_amount(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조의2 ①1~3: 보증금액 산식
    amount = draft.guarantees.payment_bond.amount
    formula = required_bond(draft, legal) if _bond_due(draft, legal) else None
    if amount is None or formula is None:
        return
    numerator, denominator = formula
    if amount * denominator < numerator:
        needed = -(-numerator // denominator)
        yield rule.finding(
            Text(
                f"지급보증금액 {amount:,}원이 법정 산식에 따른 {needed:,}원보다 적습니다.",
                f"The bond of KRW {amount:,} is below the statutory KRW {needed:,}.",
            ),
            suggestion=f"하도급대금 지급보증금액은 {needed:,}원으로 한다.",
            fix={"guarantees.payment_bond.amount": needed},
        )


_EXEMPTION_LABELS = {
    PaymentBondExemption.SMALL_AMOUNT: "소액공사",
    PaymentBondExemption.DIRECT_PAYMENT_AGREEMENT: "발주자 직접지급 합의",
    PaymentBondExemption.PAYMENT_SYSTEM: "하도급대금지급관리시스템",
}

#: 제13조의2 ⑤, 영 제8조②: cash or a guarantee letter of these institutions.
_APPROVED = ("현금", "자기앞수표", "공제조합", "보험", "신용보증기금", "은행", "주택도시보증공사")
#: Instruments that are not a guarantee under ⑤: the principal's own promises.
_REFUSED = ("각서", "어음", "연대보증", "확약서", "자체 보증")


def _exemption(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조의2 ① 단서, 영 제8조①: 면제 사유 설명, 해당하지 않는 면제 주장은 위반
    if draft.transaction.type is not TransactionType.CONSTRUCTION:
        return
    held, claimed = bond_exemption(draft, legal), draft.guarantees.payment_bond.exemption
    if held is not None:
        yield rule.finding(
            Text(f"지급보증 면제: {held.reason.ko}.", f"No payment bond needed: {held.reason.en}."),
            severity=Severity.INFO,
        )
    elif claimed is not None:
        since = legal["payment_bond_narrowed_date"]
        narrowed = narrowed_regime(draft, legal)
        yield rule.finding(
            Text(
                f"면제 사유 {quoted(_EXEMPTION_LABELS[claimed], '은')} 이 계약에 "
                "해당하지 않습니다."
                + (
                    f" {since.value} 이후 체결·갱신 계약은 1건 {legal['payment_bond_small_amount']}"
                    " 이하 공사만 면제됩니다."
                    if narrowed
                    else ""
                ),
                f"The claimed exemption '{claimed.value}' does not apply to this contract."
                + (
                    f" From {since.value} only jobs up to KRW "
                    f"{legal.integer('payment_bond_small_amount'):,} are exempt."
                    if narrowed
                    else ""
                ),
            ),
            field="guarantees.payment_bond.exemption",
            fix={"guarantees.payment_bond.exemption": None},
        )


def _bond_instrument(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조의2 ⑤: 현금(자기앞수표 포함) 또는 법정 보증기관의 보증서
    instrument = draft.guarantees.payment_bond.instrument
    if draft.transaction.type is not TransactionType.CONSTRUCTION or not instrument:
        return
    refused = any(word in instrument for word in _REFUSED)
    if refused or not any(word in instrument for word in _APPROVED):
        yield rule.finding(
            Text(
                f"지급보증 수단 {quoted(instrument, '은')} "
                + (
                    "법정 보증 수단이 아닙니다."
                    if refused
                    else "법정 보증기관인지 확인되지 않습니다."
                )
                + " 현금 또는 공제조합·보험회사·신용보증기금·은행 등의 보증서여야 합니다.",
                f"'{instrument}' is "
                + ("not a statutory guarantee." if refused else "not a recognised guarantor.")
                + " Use cash or a letter from a mutual-aid association, insurer, credit "
                "guarantee fund or bank.",
            ),
            severity=Severity.VIOLATION if refused else Severity.RISK,
            suggestion="지급보증은 건설공제조합 등 법정 보증기관의 보증서로 한다.",
        )


def _performance_bond(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조의2 ①: 수급사업자의 계약이행보증은 계약금액의 100분의 10
    pct, limit = draft.guarantees.performance_bond_pct, legal["performance_bond_pct"]
    if draft.transaction.type is not TransactionType.CONSTRUCTION or pct is None:
        return
    if pct > limit.value:
        yield rule.finding(
            Text(
                f"계약이행보증이 계약금액의 {pct:g}%로, 법이 정한 {limit}보다 무겁습니다.",
                f"The performance bond of {pct:g}% exceeds the statutory {limit.value}%.",
            ),
            suggestion=f"수급사업자는 계약금액의 {limit.value}%에 해당하는 계약이행보증서를 "
            "제출한다.",
            fix={"guarantees.performance_bond_pct": limit.value},
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="payment_guarantee.bond_within_30d",
        category=Category.PAYMENT_GUARANTEE,
        article="제13조의2 제1항",
        severity=Severity.VIOLATION,
        title=Text("계약체결일부터 30일 내 지급보증", "Payment bond within 30 days"),
        check=_bond_within_30d,
        fields=("guarantees.payment_bond.issued", "guarantees.payment_bond.issue_date"),
    ),
    Rule(
        id="payment_guarantee.bond_amount",
        category=Category.PAYMENT_GUARANTEE,
        article="제13조의2 제1항 제1호~제3호",
        severity=Severity.VIOLATION,
        title=Text("지급보증금액 산식", "Payment bond amount formula"),
        check=_bond_amount,
        fields=("guarantees.payment_bond.amount",),
    ),
    Rule(
        id="payment_guarantee.exemption_small",
        category=Category.PAYMENT_GUARANTEE,
        article="제13조의2 제1항",
        severity=Severity.VIOLATION,
        title=Text("지급보증 면제 사유", "Payment bond exemptions"),
        check=_exemption,
        fields=("guarantees.payment_bond.exemption",),
    ),
    Rule(
        id="payment_guarantee.bond_instrument",
        category=Category.PAYMENT_GUARANTEE,
        article="제13조의2 제5항",
        severity=Severity.VIOLATION,
        title=Text("지급보증 수단", "Payment bond instrument"),
        check=_bond_instrument,
        fields=("guarantees.payment_bond.instrument",),
    ),
    Rule(
        id="payment_guarantee.performance_bond_10pct",
        category=Category.PAYMENT_GUARANTEE,
        article="제13조의2 제1항",
        severity=Severity.RISK,
        title=Text("계약이행보증 10%", "Performance bond of 10%"),
        check=_performance_bond,
        fields=("guarantees.performance_bond_pct",),
    ),
)
