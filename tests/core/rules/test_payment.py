"""제13조·제7조·제15조·제17조: deadline, pass-through, cash, bills, fees, interest, exports."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import DueDateBasis, PaymentMethod, Side, SmeStatus
from subcontract_assist.core.findings import Severity
from tests.core.rules.support import example, hits, severities


@pytest.mark.parametrize(("days", "flagged"), [(30, False), (60, False), (61, True)])
def test_payment_due_after_60_days_is_a_violation(days: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.due_days_after_receipt = days
    assert bool(hits(draft, "payment_terms.deadline_60d")) is flagged


def test_a_missing_due_date_is_a_risk() -> None:
    draft = example("manufacturing")
    draft.payment.due_days_after_receipt = None
    assert severities(draft, "payment_terms.due_date_specified") == {Severity.RISK}


def test_pay_when_paid_basis_is_a_violation_fixed_to_receipt() -> None:
    draft = example("manufacturing")
    draft.payment.basis = DueDateBasis.PRINCIPAL_PAID
    (finding,) = hits(draft, "payment_terms.no_pay_when_paid")
    assert finding.fix == {"payment.basis": "receipt"}
    draft.payment.basis = DueDateBasis.MONTHLY_INVOICE
    assert not hits(draft, "payment_terms.no_pay_when_paid")


@pytest.mark.parametrize(("days", "flagged"), [(15, False), (16, True)])
def test_owner_payments_are_passed_on_within_15_days(days: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.passthrough_days = days
    assert bool(hits(draft, "payment_terms.pass_through_15d")) is flagged


@pytest.mark.parametrize(("ours", "flagged"), [(100, False), (80, False), (79.9, True)])
def test_cash_share_at_least_the_owners(ours: float, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.cash_ratio_pct = ours
    draft.payment.principal_receipt_cash_ratio_pct = 80
    assert bool(hits(draft, "payment_terms.cash_ratio")) is flagged


@pytest.mark.parametrize(("tenor", "flagged"), [(90, False), (91, True)])
def test_bill_tenor_within_the_owners_bill(tenor: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.methods = [PaymentMethod.CASH, PaymentMethod.BILL]
    draft.payment.bill_discount_rate_pct = 7.5
    draft.payment.bill_tenor_days = tenor
    draft.payment.principal_receipt_bill_tenor_days = 90
    assert bool(hits(draft, "payment_terms.bill_tenor")) is flagged


@pytest.mark.parametrize(
    ("rate", "flagged"), [(7.5, False), (8.0, False), (7.4, True), (None, True)]
)
def test_bills_carry_the_notified_discount_rate(rate: float | None, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.methods = [PaymentMethod.BILL]
    draft.payment.bill_discount_rate_pct = rate
    assert bool(hits(draft, "payment_terms.bill_discount_fee")) is flagged


def test_discount_rate_is_not_checked_without_bills() -> None:
    draft = example("manufacturing")
    draft.payment.bill_discount_rate_pct = 1
    assert not hits(draft, "payment_terms.bill_discount_fee")


@pytest.mark.parametrize(
    ("borne_by", "expected"),
    [(Side.PRINCIPAL, set()), (Side.SUBCONTRACTOR, {Severity.VIOLATION}), (None, {Severity.RISK})],
)
def test_substitute_fees_are_the_principals(borne_by: Side | None, expected: set[Severity]) -> None:
    draft = example("manufacturing")
    draft.payment.methods = [PaymentMethod.ALT_MEANS]
    draft.payment.alt_means_fee_borne_by = borne_by
    assert severities(draft, "payment_terms.alt_means_fee") == expected


@pytest.mark.parametrize(("rate", "flagged"), [(15.5, False), (20, False), (15.4, True), (6, True)])
def test_late_interest_at_the_notified_rate(rate: float, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.late_interest_rate_pct = rate
    found = hits(draft, "payment_terms.late_interest")
    assert bool(found) is flagged
    if flagged:
        assert "15.5%" in found[0].message.ko


def test_waiving_late_interest_is_a_violation() -> None:
    draft = example("manufacturing")
    draft.payment.late_interest_waived = True
    (finding,) = hits(draft, "payment_terms.late_interest")
    assert finding.field == "payment.late_interest_waived"


def test_payment_in_goods_is_a_violation_and_the_fix_drops_it() -> None:
    draft = example("manufacturing")
    draft.payment.methods = [PaymentMethod.CASH, PaymentMethod.IN_KIND]
    (finding,) = hits(draft, "payment_terms.no_payment_in_kind")
    assert finding.fix == {"payment.methods": ["cash"]}


@pytest.mark.parametrize(
    ("days", "expected"),
    [(15, set()), (16, {Severity.VIOLATION}), (None, {Severity.INFO})],
)
def test_export_local_lc_within_15_days(days: int | None, expected: set[Severity]) -> None:
    draft = example("manufacturing")
    draft.transaction.is_export = True
    draft.payment.local_lc_days = days
    assert severities(draft, "payment_terms.local_lc_15d") == expected


def test_local_lc_rule_ignores_domestic_deals() -> None:
    draft = example("manufacturing")
    draft.payment.local_lc_days = 40
    assert not hits(draft, "payment_terms.local_lc_15d")


@pytest.mark.parametrize(("days", "flagged"), [(15, False), (16, True)])
def test_refunded_duties_within_15_days(days: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.transaction.is_export = True
    draft.payment.local_lc_days = 10
    draft.payment.customs_refund_days = days
    assert bool(hits(draft, "payment_terms.customs_refund")) is flagged


def test_midsize_subcontractor_gets_the_payment_protection_note() -> None:
    draft = example("manufacturing")
    assert not hits(draft, "payment_terms.midsize_coverage")
    draft.parties.subcontractor.sme_status = SmeStatus.MIDSIZE
    assert severities(draft, "payment_terms.midsize_coverage") == {Severity.INFO}
