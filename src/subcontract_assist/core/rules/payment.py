"""하도급대금 지급 (제13조): the payment deadline."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.model import Draft
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text


def _deadline_60d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ①: 목적물 수령일부터 60일 이내의 가능한 짧은 기한으로 지급
    limit = legal["payment_deadline_days"]
    days = draft.payment.due_days_after_receipt
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"지급기일이 목적물 수령일부터 {days}일로, 법정 기한 {limit}을 넘습니다. "
                f"{limit}을 넘는 약정은 {limit}째 되는 날이 지급기일로 됩니다.",
                f"Payment is due {days} days after receipt, beyond the statutory "
                f"{limit.value} days; the due date becomes day {limit.value}.",
            ),
            suggestion=(
                f"원사업자는 목적물 수령일부터 {limit.value}일 이내에 하도급대금을 지급한다."
            ),
            fix={"payment.due_days_after_receipt": limit.value},
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
)
