"""선급금 (제6조): pass the owner's advance on in 15 days, in its ratio, with interest and fees."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, PaymentMethod, Side
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.rules.payment_fees import late_interest_message
from subcontract_assist.core.text import Text


def _pass_through_days(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제6조 ①: 발주자에게 선급금을 받은 날(위탁 전이면 위탁일)부터 15일 이내
    adv = draft.advance_payment
    limit = legal["advance_passthrough_days"]
    suggestion = (
        "원사업자가 발주자로부터 선급금을 받은 경우 받은 날(위탁 전에 받은 경우 위탁일)부터 "
        f"{limit.value}일 이내에 받은 선급금의 내용과 비율에 따라 수급사업자에게 지급한다."
    )
    if adv.passthrough_days is None:
        yield rule.finding(
            Text(
                "발주자에게서 선급금을 받는데 수급사업자에게 언제 지급할지 정하지 않았습니다.",
                "The owner pays an advance, but when it is passed on is not set.",
            ),
            severity=Severity.RISK,
            suggestion=suggestion,
            fix={"advance_payment.passthrough_days": limit.value},
        )
    elif adv.passthrough_days > limit.value:
        yield rule.finding(
            Text(
                f"선급금을 받은 날부터 {adv.passthrough_days}일 안에 지급하도록 되어 있어 법정 "
                f"기한 {josa(str(limit), '을')} 넘습니다.",
                f"The advance is passed on within {adv.passthrough_days} days, beyond the "
                f"statutory {limit.value} days.",
            ),
            suggestion=suggestion,
            fix={"advance_payment.passthrough_days": limit.value},
        )


def _pass_through_ratio(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제6조 ①: 받은 선급금의 "내용과 비율에 따라" 지급
    ours, theirs = draft.advance_payment.ratio_pct, draft.advance_payment.owner_ratio_pct
    if ours is not None and theirs is not None and ours < theirs:
        yield rule.finding(
            Text(
                f"수급사업자 선급금 비율 {ours:g}%가 원사업자가 발주자에게 받은 선급금 비율 "
                f"{theirs:g}%보다 낮습니다.",
                f"The advance of {ours:g}% is below the {theirs:g}% the owner advanced.",
            ),
            field="advance_payment.ratio_pct",
            fix={"advance_payment.ratio_pct": theirs},
        )


def _pass_through_15d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    if draft.advance_payment.principal_received:
        yield from _pass_through_days(rule, draft, legal)
        yield from _pass_through_ratio(rule, draft, legal)


def _late_interest(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제6조 ②: 기한 후 지급한 선급금에 고시 이율(연 15.5%)의 이자
    if not draft.advance_payment.principal_received:
        return
    message = late_interest_message(draft, legal)
    if message is not None:
        notified = legal["late_interest_rate_pct"]
        yield rule.finding(
            Text(
                f"선급금에도 적용됩니다: {message.ko}", f"This covers the advance too: {message.en}"
            ),
            suggestion="선급금을 기한 후에 지급하는 경우 초과기간에 대하여 공정거래위원회가 "
            f"고시한 지연이율(현재 연 {notified})의 이자를 지급한다.",
        )


def _bill_fee(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제6조 ③ (제13조⑥⑦⑨⑩ 준용): 기준기간은 "선급금을 받은 날부터 15일"
    adv, p = draft.advance_payment, draft.payment
    days = legal["advance_passthrough_days"]
    notified = legal["bill_discount_rate_pct"]
    if not adv.principal_received:
        return
    rate = p.bill_discount_rate_pct
    if adv.method is PaymentMethod.BILL and (rate is None or rate < notified.value):
        # the fee is owed by law (제6조③): silence is a risk, a rate below the notice a violation
        yield rule.finding(
            Text(
                f"선급금을 어음으로 주면서 선급금을 받은 날부터 {josa(str(days), '이')} 지난 후의 "
                + (
                    f"할인료를 정하지 않았습니다. 원사업자가 고시 할인율(연 {notified})로 "
                    "지급해야 하므로 계약서에 적어 두는 것이 좋습니다."
                    if rate is None
                    else f"할인율을 연 {rate:g}%로 고시 할인율 연 {notified}보다 낮게 정했습니다."
                ),
                f"The advance is paid by bill; the principal owes the notified discount "
                f"({notified}) for the period after day {days.value} from the owner's advance"
                + ("; write it down." if rate is None else f", not {rate:g}%."),
            ),
            field="payment.bill_discount_rate_pct",
            severity=Severity.RISK if rate is None else Severity.VIOLATION,
            suggestion=f"선급금을 어음으로 지급하는 경우 선급금 수령일부터 {days.value}일이 "
            "지난 날 이후 만기일까지의 할인료를 함께 지급한다.",
            fix={"payment.bill_discount_rate_pct": notified.value},
        )
    borne_by = p.alt_means_fee_borne_by
    if adv.method is PaymentMethod.ALT_MEANS and borne_by is not Side.PRINCIPAL:
        yield rule.finding(
            Text(
                "선급금을 어음대체결제수단으로 주면서 그 수수료를 "
                + (
                    "수급사업자가 부담하도록 정했습니다."
                    if borne_by
                    else "누가 부담하는지 정하지 않았습니다. 원사업자가 부담해야 합니다."
                ),
                "The advance is paid by a bill substitute "
                + ("with the fee on the subcontractor." if borne_by else "without the fee set."),
            ),
            field="payment.alt_means_fee_borne_by",
            severity=Severity.VIOLATION if borne_by else Severity.RISK,
            fix={"payment.alt_means_fee_borne_by": Side.PRINCIPAL.value},
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="advance_payment.pass_through_15d",
        category=Category.ADVANCE_PAYMENT,
        article="제6조 제1항",
        severity=Severity.VIOLATION,
        title=Text("발주자 선급금 15일 내 같은 비율로 지급", "Pass on advances within 15 days"),
        check=_pass_through_15d,
        fields=("advance_payment.passthrough_days", "advance_payment.ratio_pct"),
    ),
    Rule(
        id="advance_payment.late_interest",
        category=Category.ADVANCE_PAYMENT,
        article="제6조 제2항",
        severity=Severity.VIOLATION,
        title=Text("선급금 지연이자 (고시 이율)", "Interest on late advances"),
        check=_late_interest,
        fields=("payment.late_interest_rate_pct",),
    ),
    Rule(
        id="advance_payment.bill_fee",
        category=Category.ADVANCE_PAYMENT,
        article="제6조 제3항",
        severity=Severity.VIOLATION,
        title=Text("선급금 어음할인료·수수료", "Discount and fees on advances by bill"),
        check=_bill_fee,
        fields=("advance_payment.method",),
    ),
)
