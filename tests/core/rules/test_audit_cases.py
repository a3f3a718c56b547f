"""`subcontract-assist check` on drafts built like the 2026-12 legal audit's boundary cases.

The drafts are in ``audit_drafts/`` (each an example draft with the one answer the case is about);
the expected findings are what the statute says, with the audit's defect id.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from subcontract_assist.cli import main
from subcontract_assist.core.draft.schema import (
    IndexationItem,
    PaymentMethod,
    ReceiptCertificate,
    TransactionType,
)
from subcontract_assist.core.findings import Severity
from tests.core.rules.support import example, hits, severities

DRAFTS = Path(__file__).resolve().parent / "audit_drafts"
BILL = "payment_terms.bill_discount_fee"
DEADLINE = "payment_terms.deadline_60d"
NON_INDEXATION = "price_adjustment.non_indexation_written_reason"
CUSTOMS = "payment_terms.customs_refund"
WITHHOLDING = "unfair_special_terms.payment_withholding"
BOND = "payment_guarantee.bond_within_30d"
CHANGE_ORDER = "written_contract.change_order_written"

#: draft → {rule: the severities its findings must have (empty: no finding)}
CASES: dict[str, dict[str, set[str]]] = {
    "pay_60_days": {DEADLINE: set()},  # 제13조①: day 60 is in time
    "pay_61_days": {DEADLINE: {"violation"}},
    "pay_basis_other_60": {DEADLINE: {"risk"}},  # R8: counted from another day
    "bill_within_60_no_rate": {BILL: set()},  # R2: matures on day 50, no fee owed
    "bill_day_60_no_rate": {BILL: set()},  # boundary: matures on day 60
    "bill_past_60_no_rate": {BILL: {"risk"}},  # the law imposes the rate: silence is a risk
    "bill_past_60_low_rate": {BILL: {"violation"}},
    "noindex_reasons_no_log": {NON_INDEXATION: {"info"}},  # R3: lawful, the log is advice
    "noindex_one_reason": {NON_INDEXATION: {"risk", "info"}},
    "noindex_no_reason": {NON_INDEXATION: {"violation", "info"}},
    "export_repair_refund_30": {CUSTOMS: set()},  # R4: 제15조 is for 제조·용역
    "export_manufacturing_refund_30": {CUSTOMS: {"violation"}},
    "retention_release_1yr": {WITHHOLDING: {"violation"}},  # R6: paid long after day 60
    "retention_release_30d": {WITHHOLDING: {"risk"}},
    "bond_small_no_change": {BOND: set()},  # 8,800,000 incl. VAT: exempt
    "bond_small_change_order_no_bond": {BOND: {"risk"}},  # R5: 11,000,000 after the change
    "bond_small_change_order_bond_late": {BOND: {"violation"}},  # 45 days after it
    "bond_small_change_order_bond_in_time": {BOND: set()},  # day 30: in time
    "change_order_same_day": {CHANGE_ORDER: {"risk"}},  # R9, as for the main contract
    "change_order_day_before": {CHANGE_ORDER: set()},
}


def _check(name: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["check", str(DRAFTS / f"{name}.scdraft.json"), "--format", "json"]) == 0
    findings: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["findings"]
    return findings


def test_every_draft_in_the_folder_is_a_case() -> None:
    assert {p.name.removesuffix(".scdraft.json") for p in DRAFTS.glob("*.scdraft.json")} == set(
        CASES
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_gives_what_the_law_says(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    findings = _check(name, capsys)
    for rule, expected in CASES[name].items():
        assert {f["severity"] for f in findings if f["rule"] == rule} == expected, rule


def test_r5_the_bond_finding_cites_paragraph_2_and_the_change_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    [finding] = [f for f in _check("bond_small_change_order_no_bond", capsys) if f["rule"] == BOND]
    assert finding["article"] == "제13조의2 제2항"
    assert "'추가 배관 공사'로 공사금액이 11,000,000원" in finding["message"]


def test_r6_the_retention_finding_cites_article_13(capsys: pytest.CaptureFixture[str]) -> None:
    found = _check("retention_release_1yr", capsys)
    [finding] = [f for f in found if f["rule"] == WITHHOLDING]
    assert finding["article"].startswith("제13조 제1항")
    assert finding["field"] == "payment.retention_release"


# -- cases the drafts above do not cover ---------------------------------------------------


def test_r2_an_unknown_maturity_without_a_rate_is_a_risk() -> None:
    draft = example("manufacturing")
    draft.payment.methods = [PaymentMethod.BILL]
    draft.payment.bill_tenor_days = None
    assert severities(draft, BILL) == {Severity.RISK}


@pytest.mark.parametrize(
    ("rate", "expected"),
    [(None, {Severity.RISK}), (5.0, {Severity.VIOLATION}), (7.5, set())],
)
def test_r2_an_advance_paid_by_bill(rate: float | None, expected: set[Severity]) -> None:
    draft = example("manufacturing")
    draft.advance_payment.principal_received = True
    draft.advance_payment.passthrough_days = 15
    draft.advance_payment.method = PaymentMethod.BILL
    draft.payment.bill_discount_rate_pct = rate
    assert severities(draft, "advance_payment.bill_fee") == expected


def test_r7_contracts_before_the_indexation_law_cite_law_19562() -> None:
    draft = example("manufacturing")
    draft.contract.signed_date = dt.date(2023, 10, 3)
    [finding] = hits(draft, "price_adjustment.indexation_exemptions")
    assert finding.article == "법률 제19562호 부칙 제2조"


@pytest.mark.parametrize(
    ("export", "lc_days", "kind", "cert", "expected"),
    [
        (True, 10, TransactionType.MANUFACTURING, ReceiptCertificate.AFTER_INSPECTION, set()),
        (True, None, TransactionType.MANUFACTURING, ReceiptCertificate.AFTER_INSPECTION, {"v"}),
        (False, None, TransactionType.MANUFACTURING, ReceiptCertificate.AFTER_INSPECTION, {"v"}),
        (False, None, TransactionType.CONSTRUCTION, ReceiptCertificate.AFTER_INSPECTION, set()),
        (False, None, TransactionType.CONSTRUCTION, ReceiptCertificate.NONE, {"r"}),
    ],
)
def test_r11_after_inspection_only_with_an_opened_local_lc(
    export: bool,
    lc_days: int | None,
    kind: TransactionType,
    cert: ReceiptCertificate,
    expected: set[str],
) -> None:
    draft = example("construction" if kind is TransactionType.CONSTRUCTION else "manufacturing")
    draft.transaction.is_export = export
    draft.payment.local_lc_days = lc_days
    draft.delivery.receipt_certificate = cert
    found = hits(draft, "order_cancellation.receipt_certificate")
    assert {f.severity.value[0] for f in found} == expected
    if kind is TransactionType.CONSTRUCTION and found:
        assert "인수" in found[0].message.ko


def test_r16_ip_vesting_cites_the_unfair_term_article() -> None:
    from subcontract_assist.core.rules.engine import RULES

    [rule] = [r for r in RULES if r.id == "tech_data.ip_assignment"]
    assert rule.article.startswith("제3조의4 제2항 제4호")


@pytest.mark.parametrize(
    ("exempt", "expected"), [(False, {Severity.VIOLATION}), (True, {Severity.RISK})]
)
def test_decrease_only_and_high_threshold_are_risks_for_voluntary_indexation(
    exempt: bool, expected: set[Severity]
) -> None:
    draft = example("manufacturing")  # 74,800,000 incl. VAT: the 1억원 exemption holds
    draft.indexation.exemption = None
    if not exempt:
        draft.price.supply_amount = 300_000_000
        draft.parties.principal.sme_status = None
        start = draft.contract.period_start or dt.date(2026, 12, 1)
        draft.contract.period_end = start + dt.timedelta(days=200)
    draft.indexation.items = [IndexationItem(material="철근", threshold_pct=15, decrease_only=True)]
    assert severities(draft, "price_adjustment.indexation_decrease_only") == expected
    assert severities(draft, "price_adjustment.indexation_threshold_max_10pct") == expected
