"""Bills, substitutes and interest (제13조⑥~⑩, 제6조②③): who pays the discount, fee and interest."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, DueDateBasis, PaymentMethod, Side
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text


def bill_maturity_days(draft: Draft) -> int | None:
    """Return the bill's maturity in days from receipt (due date + tenor), None when unknown."""
    p = draft.payment
    if p.basis is not DueDateBasis.RECEIPT or p.due_days_after_receipt is None:
        return None
    if p.bill_tenor_days is None:
        return None
    return p.due_days_after_receipt + p.bill_tenor_days


def _bill_discount_fee(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ⑥⑨: 수령일부터 60일(늦게 교부하면 교부일)이 지난 날부터 만기일까지의 할인료를
    # 고시 할인율로 원사업자가 지급. 만기가 60일 안이면 할인료 자체가 생기지 않는다.
    if PaymentMethod.BILL not in draft.payment.methods:
        return
    notified, deadline = legal["bill_discount_rate_pct"], legal["payment_deadline_days"]
    maturity = bill_maturity_days(draft)
    if maturity is not None and maturity <= deadline.value:
        return  # no discount fee is owed: the bill matures within the statutory period
    rate = draft.payment.bill_discount_rate_pct
    suggestion = (
        f"어음 만기가 목적물 수령일부터 {deadline.value}일을 초과하는 경우 그 초과기간에 대하여 "
        f"연 {notified}의 할인료를 현금으로 함께 지급한다."
    )
    fix = {"payment.bill_discount_rate_pct": notified.value}
    if rate is None:
        # silence on a rate the law itself imposes is not unlawful: the principal still owes it
        when = (
            f"만기가 수령일부터 {maturity}일째로 {josa(str(deadline), '을')} 넘어"
            if maturity is not None
            else f"만기가 수령일부터 {josa(str(deadline), '을')} 넘으면"
        )
        yield rule.finding(
            Text(
                f"어음으로 지급하는데 할인료를 정하지 않았습니다. {when} 그 초과기간의 할인료는 "
                f"원사업자가 고시 할인율(현재 연 {notified})로 지급해야 합니다. 계약서에 적어 "
                "두세요.",
                f"Bills are used without a discount term; the principal owes the discount for "
                f"the period past day {deadline.value} at the notified {notified} a year, so "
                "write it down.",
            ),
            severity=Severity.RISK,
            suggestion=suggestion,
            fix=fix,
        )
    elif rate < notified.value:
        yield rule.finding(
            Text(
                f"어음할인율이 연 {rate:g}%로 공정거래위원회 고시 할인율 연 {notified}보다 "
                "낮습니다.",
                f"The bill discount rate of {rate:g}% is below the notified {notified} a year.",
            ),
            suggestion=suggestion,
            fix=fix,
        )


def _alt_means_fee(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ⑦⑩: 어음대체결제수단 수수료(대출이자 포함)는 원사업자가 약정 수수료율로 지급
    if PaymentMethod.ALT_MEANS not in draft.payment.methods:
        return
    borne_by = draft.payment.alt_means_fee_borne_by
    if borne_by is Side.PRINCIPAL:
        return
    deadline = legal["payment_deadline_days"]
    yield rule.finding(
        Text(
            "어음대체결제수단(구매카드·외상매출채권 담보대출·구매론)의 수수료를 "
            + ("수급사업자가 부담합니다." if borne_by else "누가 부담하는지 정하지 않았습니다.")
            + f" 수령일부터 {josa(str(deadline), '이')} 지난 날 이후의 수수료는 원사업자가 "
            "지급해야 합니다.",
            "The fee for bill substitutes (purchase card, receivables loan, purchase loan) is "
            + ("put on the subcontractor." if borne_by else "not allocated.")
            + f" The principal pays the fee for the period after day {deadline.value}.",
        ),
        severity=Severity.VIOLATION if borne_by else Severity.RISK,
        suggestion=f"어음대체결제수단으로 지급하는 경우 목적물 수령일부터 {deadline.value}일이 "
        "지난 날 이후 상환기일까지의 수수료는 원사업자가 부담한다.",
        fix={"payment.alt_means_fee_borne_by": Side.PRINCIPAL.value},
    )


def late_interest_message(draft: Draft, legal: LegalNumbers) -> Text | None:
    """Return why the draft's late-payment interest breaks the notified rate, or None.

    Shared by 제13조⑧ and 제6조② (advance paid late): both use the same notified rate.
    """
    p = draft.payment
    notified = legal["late_interest_rate_pct"]
    if p.late_interest_waived:
        return Text(
            "지연이자를 청구하지 않기로 하는 약정이 있습니다. 법정 지연이자(공정거래위원회 고시 "
            f"연 {notified})는 포기시킬 수 없습니다.",
            f"The contract waives late-payment interest; the statutory interest ({notified} a "
            "year) cannot be waived.",
        )
    rate = p.late_interest_rate_pct
    if rate is not None and rate < notified.value:
        return Text(
            f"지연이자율이 연 {rate:g}%로 공정거래위원회 고시 이율 연 {notified}보다 낮습니다.",
            f"The late-payment interest of {rate:g}% is below the notified {notified} a year.",
        )
    return None


def _late_interest(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ⑧: 60일 지난 후 지급하면 고시 이율(연 15.5%)의 지연이자; 포기 약정 무효
    notified = legal["late_interest_rate_pct"]
    message = late_interest_message(draft, legal)
    if message is not None:
        yield rule.finding(
            message,
            field="payment.late_interest_waived"
            if draft.payment.late_interest_waived
            else "payment.late_interest_rate_pct",
            suggestion="지급기일이 지난 경우 초과기간에 대하여 공정거래위원회가 고시한 "
            f"지연이율(현재 연 {notified})의 이자를 지급한다.",
            fix={
                "payment.late_interest_waived": False,
                "payment.late_interest_rate_pct": notified.value,
            },
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="payment_terms.bill_discount_fee",
        category=Category.PAYMENT_TERMS,
        article="제13조 제6항",
        severity=Severity.VIOLATION,
        title=Text("어음할인료 지급 (고시 할인율)", "Bill discount at the notified rate"),
        check=_bill_discount_fee,
        fields=("payment.bill_discount_rate_pct",),
    ),
    Rule(
        id="payment_terms.alt_means_fee",
        category=Category.PAYMENT_TERMS,
        article="제13조 제7항",
        severity=Severity.VIOLATION,
        title=Text("어음대체결제수단 수수료 지급", "Principal pays the substitute's fee"),
        check=_alt_means_fee,
        fields=("payment.alt_means_fee_borne_by",),
    ),
    Rule(
        id="payment_terms.late_interest",
        category=Category.PAYMENT_TERMS,
        article="제13조 제8항",
        severity=Severity.VIOLATION,
        title=Text("지연이자 (고시 이율) 및 포기 금지", "Late interest at the notified rate"),
        check=_late_interest,
        fields=("payment.late_interest_rate_pct", "payment.late_interest_waived"),
    ),
)
