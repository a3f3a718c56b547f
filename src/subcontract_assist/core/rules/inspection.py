"""수령과 검사 (제8조②, 제9조②): receipt certificate, written result in 10 days, deemed pass."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import (
    Draft,
    NoticeForm,
    ReceiptCertificate,
    TransactionType,
)
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, is_labor_service
from subcontract_assist.core.text import Text


def _notice_10d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제9조 ②: 수령일부터 10일 이내 검사결과 서면 통지 (역무 용역에는 적용 없음)
    if is_labor_service(draft):
        return
    limit = legal["inspection_notice_days"]
    days = draft.inspection.result_notice_days
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"검사 결과 통지 기한이 수령일부터 {days}일로, 법정 기한 "
                f"{josa(str(limit), '을')} 넘습니다. "
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
    form = draft.inspection.notice_form
    if form is not None and form is not NoticeForm.WRITTEN:
        yield rule.finding(
            Text(
                "검사 결과는 서면으로 통지해야 합니다"
                + (" (구두 통지는 통지로 보지 않습니다)." if form is NoticeForm.ORAL else "."),
                "Inspection results must be notified in writing.",
            ),
            field="inspection.notice_form",
            fix={"inspection.notice_form": NoticeForm.WRITTEN.value},
        )


def _no_reverse_deeming(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제9조 ②: 기한 내 통지가 없으면 합격으로 본다 — 이를 배제(불합격 간주 등)할 수 없다
    if is_labor_service(draft) or draft.inspection.deemed_pass_if_silent is not False:
        return
    limit = legal["inspection_notice_days"]
    yield rule.finding(
        Text(
            f"검사 결과를 {limit} 안에 통지하지 않아도 합격으로 보지 않도록 되어 있습니다. 법은 "
            "통지가 없으면 합격으로 봅니다.",
            f"The draft denies deemed acceptance; by law, no notice within {limit.value} days "
            "means the goods passed.",
        ),
        suggestion="이 기간 내에 검사 결과를 통지하지 아니한 경우에는 검사에 합격한 것으로 본다.",
        fix={"inspection.deemed_pass_if_silent": True},
    )


def _receipt_certificate(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제8조 ②: 납품 즉시 (검사 전이라도) 수령증명서 — 제7조에 따라 내국신용장을 개설한 경우만
    # 검사 완료 즉시; 건설위탁은 (단서) 검사가 끝나는 즉시 인수; 역무 용역은 적용 없음
    cert = draft.delivery.receipt_certificate
    if cert is None or cert is ReceiptCertificate.IMMEDIATE or is_labor_service(draft):
        return
    if draft.transaction.type is TransactionType.CONSTRUCTION:
        if cert is ReceiptCertificate.NONE:
            yield rule.finding(
                Text(
                    "수령증명서(인수 확인)를 발급하지 않도록 되어 있습니다. 건설위탁에서 "
                    "원사업자는 검사가 끝나는 즉시 목적물을 인수해야 하므로(제8조② 단서), 인수일을 "
                    "확인하는 서면을 주고받아 두세요.",
                    "No receipt certificate is issued; in construction the principal must take "
                    "over the work as soon as inspection ends (art. 8(2) proviso), so record the "
                    "taking-over day in writing.",
                ),
                severity=Severity.RISK,
                suggestion="원사업자는 준공검사가 끝나는 즉시 목적물을 인수하고 인수일을 적은 "
                "서면을 수급사업자에게 교부한다.",
            )
        return
    opened_lc = draft.transaction.is_export and draft.payment.local_lc_days is not None
    if cert is ReceiptCertificate.AFTER_INSPECTION and opened_lc:
        return  # 내국신용장을 개설한 경우: 검사 완료 즉시
    yield rule.finding(
        Text(
            "수령증명서를 "
            + ("발급하지 않도록" if cert is ReceiptCertificate.NONE else "검사 후에 발급하도록")
            + " 되어 있습니다. 납품을 받으면 검사 전이라도 즉시 발급해야 합니다"
            + "(내국신용장을 개설한 거래만 검사 완료 즉시).",
            "The receipt certificate is "
            + ("not issued" if cert is ReceiptCertificate.NONE else "issued after inspection")
            + "; it must be issued on delivery, even before inspection (after inspection only "
            "where a local L/C was opened).",
        ),
        suggestion="원사업자는 목적물을 납품받는 즉시 검사 전이라도 수령증명서를 발급한다.",
        fix={"delivery.receipt_certificate": ReceiptCertificate.IMMEDIATE.value},
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="inspection.notice_10d",
        category=Category.INSPECTION,
        article="제9조 제2항",
        severity=Severity.VIOLATION,
        title=Text("10일 내 검사결과 서면 통지", "Written inspection result within 10 days"),
        check=_notice_10d,
        fields=("inspection.result_notice_days", "inspection.notice_form"),
    ),
    Rule(
        id="inspection.no_reverse_deeming",
        category=Category.INSPECTION,
        article="제9조 제2항",
        severity=Severity.VIOLATION,
        title=Text("미통지 시 합격 간주 배제 금지", "Silence means acceptance"),
        check=_no_reverse_deeming,
        fields=("inspection.deemed_pass_if_silent",),
    ),
    Rule(
        id="order_cancellation.receipt_certificate",
        category=Category.ORDER_CANCELLATION,
        article="제8조 제2항",
        severity=Severity.VIOLATION,
        title=Text("수령증명서 즉시 발급", "Receipt certificate on delivery"),
        check=_receipt_certificate,
        fields=("delivery.receipt_certificate",),
    ),
)
