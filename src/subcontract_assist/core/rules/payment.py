"""하도급대금 지급 (제13조①~⑤, 제17조): deadline, pass-through, cash ratio, bills, in kind."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, DueDateBasis, PaymentMethod
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import CheckFn, Rule
from subcontract_assist.core.text import Text


def _deadline_60d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ①②: 목적물 수령일(건설 인수일, 용역 완료일, 합의한 월 1회 세금계산서 발행일)부터
    # 60일 이내의 가능한 짧은 기한으로 지급 (넘으면 60일이 되는 날이 지급기일)
    limit = legal["payment_deadline_days"]
    days = draft.payment.due_days_after_receipt
    suggestion = f"원사업자는 목적물 수령일부터 {limit.value}일 이내에 하도급대금을 지급한다."
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"지급기일이 목적물 수령일부터 {days}일로, 법정 기한 {josa(str(limit), '을')} "
                f"넘습니다. {josa(str(limit), '을')} 넘겨 정한 지급기일은 수령일부터 "
                f"{josa(str(limit), '이')} 되는 날로 봅니다.",
                f"Payment is due {days} days after receipt, beyond the statutory "
                f"{limit.value} days; the due date becomes day {limit.value}.",
            ),
            suggestion=suggestion,
            fix={"payment.due_days_after_receipt": limit.value},
        )
    elif days is not None and draft.payment.basis is DueDateBasis.OTHER:
        # a later start (검수일, 세금계산서 수취일 …) can end after day 60 from receipt
        yield rule.finding(
            Text(
                f"지급기일을 수령일·인수일·용역 완료일이 아닌 다른 날부터 {days}일로 셉니다. 법정 "
                f"기한은 목적물 수령일(또는 합의한 월 1회 세금계산서 발행일)부터 "
                f"{josa(str(limit), '이')}므로, 기산점이 수령일보다 늦으면 기한을 넘을 수 "
                "있습니다. 기산점을 확인하세요.",
                f"The {days} days run from another day than receipt, taking over or completion; "
                f"the statutory {limit.value} days run from receipt (or an agreed monthly "
                "invoice date), so a later start can overshoot. Check the starting day.",
            ),
            field="payment.basis",
            severity=Severity.RISK,
            suggestion=suggestion,
            fix={"payment.basis": DueDateBasis.RECEIPT.value},
        )


def _due_date_specified(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ②: 지급기일을 정하지 않으면 수령일 자체가 지급기일이 된다
    if draft.payment.due_days_after_receipt is None:
        yield rule.finding(
            Text(
                "지급기일이 정해져 있지 않습니다. 지급기일을 정하지 않으면 목적물 수령일을 "
                "지급기일로 봅니다.",
                "No payment due date is set; without one the receipt date itself is the due date.",
            ),
            suggestion=f"지급기일: 목적물 수령일부터 ○○일 ({legal['payment_deadline_days']} 이내)",
        )


def _no_pay_when_paid(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ①③: 60일 기한은 발주자의 지급 여부와 관계없이 수령일부터 진행한다
    if draft.payment.basis is DueDateBasis.PRINCIPAL_PAID:
        limit = legal["payment_deadline_days"]
        yield rule.finding(
            Text(
                "대금 지급을 발주자에게서 돈을 받은 뒤로 미루는 조건입니다. 발주자의 지급 여부와 "
                f"관계없이 수령일부터 {limit} 안에 지급해야 합니다.",
                f"Payment waits for the owner to pay the principal; the {limit.value}-day limit "
                "runs from receipt whether or not the owner has paid.",
            ),
            field="payment.basis",
            suggestion=f"원사업자는 발주자의 대금 지급 여부와 관계없이 목적물 수령일부터 "
            f"{limit.value}일 이내에 하도급대금을 지급한다.",
            fix={"payment.basis": DueDateBasis.RECEIPT.value},
        )


def _pass_through_15d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ③: 발주자에게 준공금·기성금을 받은 날부터 15일 이내 지급
    limit = legal["payment_passthrough_days"]
    days = draft.payment.passthrough_days
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"발주자에게 준공금·기성금을 받은 뒤 {days}일 안에 지급하도록 되어 있어 법정 기한 "
                f"{josa(str(limit), '을')} 넘습니다.",
                f"Payment follows the owner's payment by {days} days, beyond the statutory "
                f"{limit.value} days.",
            ),
            suggestion=f"원사업자가 발주자로부터 준공금 또는 기성금을 받은 경우 받은 날부터 "
            f"{limit.value}일 이내에 수급사업자에게 지급한다.",
            fix={"payment.passthrough_days": limit.value},
        )


def _cash_ratio(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ④: 발주자에게 받은 현금비율 미만으로 지급하지 못한다
    ours, theirs = draft.payment.cash_ratio_pct, draft.payment.principal_receipt_cash_ratio_pct
    if ours is not None and theirs is not None and ours < theirs:
        yield rule.finding(
            Text(
                f"현금 지급비율 {ours:g}%가 원사업자가 발주자에게 받은 현금비율 {theirs:g}%보다 "
                "낮습니다.",
                f"The cash share of {ours:g}% is below the {theirs:g}% cash the principal "
                "received from the owner.",
            ),
            suggestion="원사업자는 발주자로부터 받은 현금 비율 이상으로 하도급대금을 현금 "
            "지급한다.",
            fix={"payment.cash_ratio_pct": theirs},
        )


def _bill_tenor(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ⑤: 발주자에게 받은 어음의 지급기간을 초과하는 어음 금지
    p = draft.payment
    ours, theirs = p.bill_tenor_days, p.principal_receipt_bill_tenor_days
    if PaymentMethod.BILL not in p.methods or ours is None or theirs is None:
        return
    if ours > theirs:
        yield rule.finding(
            Text(
                f"어음 만기 {ours}일이 원사업자가 발주자에게 받은 어음 기간 {theirs}일보다 깁니다.",
                f"The bill runs {ours} days, longer than the {theirs}-day bill the principal "
                "received from the owner.",
            ),
            suggestion="어음으로 지급하는 경우 그 만기는 원사업자가 발주자로부터 받은 어음의 "
            "지급기간을 넘지 않는다.",
            fix={"payment.bill_tenor_days": theirs},
        )


def _no_payment_in_kind(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제17조: 대물변제 금지 (부도·회생절차 등 법정 예외 외)
    if PaymentMethod.IN_KIND in draft.payment.methods:
        yield rule.finding(
            Text(
                "하도급대금을 물품으로 지급(대물변제)하는 방법이 들어 있습니다. 원사업자의 부도· "
                "회생절차 등 법정 예외가 아니면 금지됩니다.",
                "Payment in goods is listed; it is forbidden except in the statutory cases "
                "(bounced bills, insolvency proceedings …).",
            ),
            field="payment.methods",
            suggestion="하도급대금은 현금 또는 법이 허용하는 결제수단으로만 지급한다.",
            fix={
                "payment.methods": [
                    m.value for m in draft.payment.methods if m is not PaymentMethod.IN_KIND
                ]
                or [PaymentMethod.CASH.value]
            },
        )


def _rule(rule_id: str, article: str, title: Text, check: CheckFn, fields: tuple[str, ...]) -> Rule:
    """Return a payment_terms violation rule (most of this module's rules)."""
    return Rule(
        id=rule_id,
        category=Category.PAYMENT_TERMS,
        article=article,
        severity=Severity.VIOLATION,
        title=title,
        check=check,
        fields=fields,
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="payment_terms.deadline_60d",
        category=Category.PAYMENT_TERMS,
        article="제13조 제1항",
        severity=Severity.VIOLATION,
        title=Text("수령일부터 60일 이내 지급", "Pay within 60 days of receipt"),
        check=_deadline_60d,
        fields=("payment.due_days_after_receipt",),
    ),
    Rule(
        id="payment_terms.due_date_specified",
        category=Category.PAYMENT_TERMS,
        article="제13조 제2항",
        severity=Severity.RISK,
        title=Text("지급기일의 명시", "State the payment due date"),
        check=_due_date_specified,
        fields=("payment.due_days_after_receipt",),
    ),
    _rule(
        "payment_terms.no_pay_when_paid",
        "제13조 제1항",
        Text("발주자 지급 조건부 지급 금지", "No pay-when-paid"),
        _no_pay_when_paid,
        ("payment.basis",),
    ),
    _rule(
        "payment_terms.pass_through_15d",
        "제13조 제3항",
        Text("준공금·기성금 수령 후 15일 내 지급", "Pass on owner payments within 15 days"),
        _pass_through_15d,
        ("payment.passthrough_days",),
    ),
    _rule(
        "payment_terms.cash_ratio",
        "제13조 제4항",
        Text("발주자에게 받은 현금비율 이상", "At least the owner's cash share"),
        _cash_ratio,
        ("payment.cash_ratio_pct",),
    ),
    _rule(
        "payment_terms.bill_tenor",
        "제13조 제5항",
        Text("어음 만기는 발주자 어음 기간 이내", "Bill tenor within the owner's"),
        _bill_tenor,
        ("payment.bill_tenor_days",),
    ),
    _rule(
        "payment_terms.no_payment_in_kind",
        "제17조 제1항",
        Text("대물변제 금지", "No payment in goods"),
        _no_payment_in_kind,
        ("payment.methods",),
    ),
)
