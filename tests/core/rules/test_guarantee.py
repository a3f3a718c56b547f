"""제13조의2: construction payment bond — 30 days, exemptions by date, amount, instrument."""

from __future__ import annotations

import datetime as dt

import pytest

from subcontract_assist.core.draft.schema import Draft, PaymentBondExemption
from subcontract_assist.core.findings import Severity
from tests.core.rules.support import example, hits, severities

BEFORE = dt.date(2026, 8, 10)  # the day before 법률 제21340호 applies
FROM = dt.date(2026, 8, 11)


def _construction() -> Draft:
    return example("construction")


@pytest.mark.parametrize(("days", "flagged"), [(30, False), (31, True)])
def test_payment_bond_within_30_days_of_signing(days: int, flagged: bool) -> None:
    draft = _construction()
    signed = draft.contract.signed_date
    assert signed is not None
    draft.guarantees.payment_bond.issue_date = signed + dt.timedelta(days=days)
    assert bool(hits(draft, "payment_guarantee.bond_within_30d")) is flagged


@pytest.mark.parametrize(
    ("issued", "expected"), [(False, {Severity.VIOLATION}), (None, {Severity.RISK})]
)
def test_missing_payment_bond(issued: bool | None, expected: set[Severity]) -> None:
    draft = _construction()
    draft.guarantees.payment_bond.issued = issued
    draft.guarantees.payment_bond.issue_date = None
    assert severities(draft, "payment_guarantee.bond_within_30d") == expected


@pytest.mark.parametrize(("supply", "exempt"), [(9_090_909, True), (9_090_910, False)])
def test_small_job_exemption_uses_the_vat_inclusive_total(supply: int, exempt: bool) -> None:
    draft = _construction()
    draft.price.supply_amount = supply  # 9,090,909 + VAT 909,090 = 9,999,999 ≤ 1천만원
    draft.guarantees.payment_bond.issued = False
    assert bool(hits(draft, "payment_guarantee.bond_within_30d")) is not exempt
    assert (severities(draft, "payment_guarantee.exemption_small") == {Severity.INFO}) is exempt


@pytest.mark.parametrize(("signed", "exempt"), [(BEFORE, True), (FROM, False)])
def test_direct_payment_agreement_exempts_only_contracts_before_2026_08_11(
    signed: dt.date, exempt: bool
) -> None:
    draft = _construction()
    draft.contract.signed_date = signed
    draft.direct_payment.tripartite_agreement = True
    draft.direct_payment.agreement_date = signed + dt.timedelta(days=30)
    draft.guarantees.payment_bond.issued = False
    draft.guarantees.payment_bond.exemption = PaymentBondExemption.DIRECT_PAYMENT_AGREEMENT
    assert bool(hits(draft, "payment_guarantee.bond_within_30d")) is not exempt
    expected = {Severity.INFO} if exempt else {Severity.VIOLATION}
    assert severities(draft, "payment_guarantee.exemption_small") == expected


def test_direct_payment_agreement_after_30_days_does_not_exempt() -> None:
    draft = _construction()
    draft.contract.signed_date = BEFORE
    draft.direct_payment.tripartite_agreement = True
    draft.direct_payment.agreement_date = BEFORE + dt.timedelta(days=31)
    draft.guarantees.payment_bond.issued = False
    assert hits(draft, "payment_guarantee.bond_within_30d")


def test_payment_system_exempts_older_contracts() -> None:
    draft = _construction()
    draft.contract.signed_date = BEFORE
    draft.direct_payment.payment_system = True
    draft.guarantees.payment_bond.issued = False
    assert not hits(draft, "payment_guarantee.bond_within_30d")


@pytest.mark.parametrize(
    ("months", "cycle", "required"),
    [
        (4, 1, 495_000_000),  # T ≤ 4: C − A
        (10, 2, 198_000_000),  # P ≤ 2: (C − A) / T × 4
        (10, 3, 297_000_000),  # P > 2: (C − A) / T × P × 2
    ],
)
def test_bond_amount_follows_the_statutory_formula(months: int, cycle: int, required: int) -> None:
    draft = _construction()  # C = 550,000,000 incl. VAT, A = 55,000,000
    draft.guarantees.construction_months = months
    draft.payment.progress_cycle_months = cycle
    draft.guarantees.payment_bond.amount = required
    assert not hits(draft, "payment_guarantee.bond_amount")
    draft.guarantees.payment_bond.amount = required - 1
    (finding,) = hits(draft, "payment_guarantee.bond_amount")
    assert finding.fix == {"guarantees.payment_bond.amount": required}


@pytest.mark.parametrize(
    ("instrument", "expected"),
    [
        ("전문건설공제조합 보증서", set()),
        ("현금(자기앞수표)", set()),
        ("원사업자 대표이사 연대보증각서", {Severity.VIOLATION}),
        ("○○캐피탈 확인서", {Severity.RISK}),
    ],
)
def test_bond_instrument_is_cash_or_a_statutory_guarantor(
    instrument: str, expected: set[Severity]
) -> None:
    draft = _construction()
    draft.guarantees.payment_bond.instrument = instrument
    assert severities(draft, "payment_guarantee.bond_instrument") == expected


@pytest.mark.parametrize(("pct", "flagged"), [(10, False), (10.5, True)])
def test_performance_bond_above_10_percent_is_a_risk(pct: float, flagged: bool) -> None:
    draft = _construction()
    draft.guarantees.performance_bond_pct = pct
    assert bool(hits(draft, "payment_guarantee.performance_bond_10pct")) is flagged


def test_guarantee_rules_apply_to_construction_only() -> None:
    draft = example("manufacturing")
    draft.guarantees.performance_bond_pct = 30
    draft.guarantees.payment_bond.issued = False
    assert not list(hits(draft, "payment_guarantee.bond_within_30d"))
    assert not hits(draft, "payment_guarantee.performance_bond_10pct")
