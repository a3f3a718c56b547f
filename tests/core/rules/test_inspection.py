"""제8조②·제9조②: receipt certificate, written result within 10 days, deemed acceptance."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import (
    NoticeForm,
    ReceiptCertificate,
    TransactionType,
)
from tests.core.rules.support import example, hits


@pytest.mark.parametrize(("days", "flagged"), [(10, False), (11, True)])
def test_inspection_result_within_10_days(days: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.inspection.result_notice_days = days
    assert bool(hits(draft, "inspection.notice_10d")) is flagged


@pytest.mark.parametrize("form", [NoticeForm.ORAL, NoticeForm.NONE])
def test_inspection_result_must_be_written(form: NoticeForm) -> None:
    draft = example("manufacturing")
    draft.inspection.notice_form = form
    (finding,) = hits(draft, "inspection.notice_10d")
    assert finding.field == "inspection.notice_form"


def test_silence_must_count_as_acceptance() -> None:
    draft = example("manufacturing")
    draft.inspection.deemed_pass_if_silent = False
    (finding,) = hits(draft, "inspection.no_reverse_deeming")
    assert finding.fix == {"inspection.deemed_pass_if_silent": True}


def test_inspection_rules_do_not_apply_to_labour_services() -> None:
    draft = example("service_labor")
    draft.inspection.result_notice_days = 30
    draft.inspection.deemed_pass_if_silent = False
    draft.delivery.receipt_certificate = ReceiptCertificate.NONE
    assert not hits(draft, "inspection.notice_10d")
    assert not hits(draft, "inspection.no_reverse_deeming")
    assert not hits(draft, "order_cancellation.receipt_certificate")


@pytest.mark.parametrize(
    ("kind", "export", "cert", "flagged"),
    [
        (TransactionType.MANUFACTURING, False, ReceiptCertificate.IMMEDIATE, False),
        (TransactionType.MANUFACTURING, False, ReceiptCertificate.AFTER_INSPECTION, True),
        (TransactionType.MANUFACTURING, True, ReceiptCertificate.AFTER_INSPECTION, False),
        (TransactionType.CONSTRUCTION, False, ReceiptCertificate.AFTER_INSPECTION, False),
        (TransactionType.REPAIR, False, ReceiptCertificate.NONE, True),
    ],
)
def test_receipt_certificate_is_issued_on_delivery(
    kind: TransactionType, export: bool, cert: ReceiptCertificate, flagged: bool
) -> None:
    draft = example("manufacturing")
    draft.transaction.type = kind
    draft.transaction.is_export = export
    draft.payment.local_lc_days = 10
    draft.delivery.receipt_certificate = cert
    assert bool(hits(draft, "order_cancellation.receipt_certificate")) is flagged
