"""검사의 기준·방법 및 시기 (제9조)."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.model import Draft, TransactionType
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text


def _notice_10d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제9조 ②: 수령일부터 10일 이내 검사결과 서면 통지 (역무 용역에는 적용 없음)
    if draft.transaction.type is TransactionType.SERVICE_LABOR:
        return
    limit = legal["inspection_notice_days"]
    days = draft.inspection.result_notice_days
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"검사 결과 통지 기한이 수령일부터 {days}일로, 법정 기한 {limit}을 넘습니다. "
                f"{limit} 안에 서면 통지가 없으면 합격으로 봅니다.",
                f"Inspection results are due {days} days after receipt; the law requires "
                f"written notice within {limit.value} days, or the goods count as accepted.",
            ),
            suggestion=(
                f"원사업자는 목적물을 수령한 날부터 {limit.value}일 이내에 검사 결과를 서면으로 "
                f"통지하며, 이 기간 내에 통지하지 아니한 경우에는 검사에 합격한 것으로 본다."
            ),
            fix={"inspection.result_notice_days": limit.value},
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="inspection.notice_10d",
        category=Category.INSPECTION,
        article="제9조 제2항",
        severity=Severity.VIOLATION,
        title=Text("10일 내 검사결과 서면 통지", "Written inspection result within 10 days"),
        check=_notice_10d,
        fields=("inspection.result_notice_days",),
    ),
)
