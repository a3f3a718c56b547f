"""제6조: advances passed on within 15 days, in the owner's ratio, with interest and fees."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import Draft, PaymentMethod, Side
from subcontract_assist.core.findings import Severity
from tests.core.rules.support import example, hits, severities


def _with_advance() -> Draft:
    draft = example("manufacturing")
    draft.advance_payment.principal_received = True
    draft.advance_payment.passthrough_days = 15
    return draft


@pytest.mark.parametrize(
    ("days", "expected"), [(15, set()), (16, {Severity.VIOLATION}), (None, {Severity.RISK})]
)
def test_owner_advance_is_passed_on_within_15_days(
    days: int | None, expected: set[Severity]
) -> None:
    draft = _with_advance()
    draft.advance_payment.passthrough_days = days
    assert severities(draft, "advance_payment.pass_through_15d") == expected


def test_no_advance_received_means_no_duty() -> None:
    draft = example("manufacturing")
    draft.advance_payment.passthrough_days = 40
    assert not hits(draft, "advance_payment.pass_through_15d")


@pytest.mark.parametrize(("ratio", "flagged"), [(20, False), (19, True)])
def test_advance_follows_the_owners_ratio(ratio: float, flagged: bool) -> None:
    draft = _with_advance()
    draft.advance_payment.owner_ratio_pct = 20
    draft.advance_payment.ratio_pct = ratio
    assert bool(hits(draft, "advance_payment.pass_through_15d")) is flagged


@pytest.mark.parametrize(("rate", "flagged"), [(15.5, False), (12, True)])
def test_late_advance_interest_at_the_notified_rate(rate: float, flagged: bool) -> None:
    draft = _with_advance()
    draft.payment.late_interest_rate_pct = rate
    assert bool(hits(draft, "advance_payment.late_interest")) is flagged


@pytest.mark.parametrize(("rate", "flagged"), [(7.5, False), (None, True)])
def test_advance_by_bill_carries_the_discount(rate: float | None, flagged: bool) -> None:
    draft = _with_advance()
    draft.advance_payment.method = PaymentMethod.BILL
    draft.payment.bill_discount_rate_pct = rate
    assert bool(hits(draft, "advance_payment.bill_fee")) is flagged


def test_advance_by_substitute_needs_the_principal_to_bear_the_fee() -> None:
    draft = _with_advance()
    draft.advance_payment.method = PaymentMethod.ALT_MEANS
    assert hits(draft, "advance_payment.bill_fee")
    draft.payment.alt_means_fee_borne_by = Side.PRINCIPAL
    assert not hits(draft, "advance_payment.bill_fee")
