"""수출 위탁 (제7조, 제15조): the local letter of credit and refunded customs duties."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, TransactionType
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text

#: 제7조① and 제15조① cover 제조위탁 and 용역위탁 of export goods/services only (not 수리·건설).
EXPORT_TYPES = {
    TransactionType.MANUFACTURING,
    TransactionType.SERVICE_INFO,
    TransactionType.SERVICE_LABOR,
}


def _local_lc_15d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제7조 ①: 위탁일(원신용장 전 위탁이면 원신용장을 받은 날)부터 15일 이내 내국신용장 개설
    if not draft.transaction.is_export or draft.transaction.type not in EXPORT_TYPES:
        return
    limit = legal["local_lc_days"]
    days = draft.payment.local_lc_days
    suggestion = f"원사업자는 위탁일부터 {limit.value}일 이내에 내국신용장을 개설한다."
    if days is None:
        yield rule.finding(
            Text(
                f"수출 물품 위탁인데 내국신용장 개설 시기가 없습니다. 위탁일부터 {limit} 안에 "
                "개설해야 합니다.",
                f"An export order without a local L/C date; it must be opened within "
                f"{limit.value} days of the order.",
            ),
            severity=Severity.INFO,
            suggestion=suggestion,
        )
    elif days > limit.value:
        yield rule.finding(
            Text(
                f"내국신용장을 위탁일부터 {days}일 안에 개설하도록 되어 있어 법정 기한 "
                f"{josa(str(limit), '을')} 넘습니다.",
                f"The local L/C is opened within {days} days, beyond the statutory "
                f"{limit.value} days.",
            ),
            suggestion=suggestion,
            fix={"payment.local_lc_days": limit.value},
        )


def _customs_refund(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제15조 ①: 수출할 물품을 제조위탁·용역위탁한 경우 관세 등을 환급받은 날부터 15일 이내 지급
    if not draft.transaction.is_export or draft.transaction.type not in EXPORT_TYPES:
        return
    limit = legal["customs_refund_days"]
    days = draft.payment.customs_refund_days
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"관세 환급액을 환급받은 날부터 {days}일 안에 지급하도록 되어 있어 법정 기한 "
                f"{josa(str(limit), '을')} 넘습니다.",
                f"Refunded duties are passed on within {days} days, beyond the statutory "
                f"{limit.value} days.",
            ),
            suggestion=f"원사업자는 관세 등을 환급받은 날부터 {limit.value}일 이내에 그 내용에 "
            "따라 수급사업자에게 지급한다.",
            fix={"payment.customs_refund_days": limit.value},
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="payment_terms.local_lc_15d",
        category=Category.PAYMENT_TERMS,
        article="제7조 제1항",
        severity=Severity.VIOLATION,
        title=Text("수출 위탁 내국신용장 15일", "Local L/C within 15 days for exports"),
        check=_local_lc_15d,
        fields=("payment.local_lc_days",),
    ),
    Rule(
        id="payment_terms.customs_refund",
        category=Category.PAYMENT_TERMS,
        article="제15조 제1항",
        severity=Severity.VIOLATION,
        title=Text("관세 환급액 15일 내 지급", "Pass on refunded duties within 15 days"),
        check=_customs_refund,
        fields=("payment.customs_refund_days",),
    ),
)
