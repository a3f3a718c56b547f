"""제3조: issue before work, change orders, signatures, undetermined items, mandatory items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from subcontract_assist.core.draft.schema import (
    ChangeOrder,
    Draft,
    SignatureMethod,
    SuppliedMaterial,
    UndeterminedItem,
)
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.rules.engine import check
from tests.core.rules.support import example, hits, severities

START = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("issued", "expected"),
    [
        (START - dt.timedelta(days=1), set()),
        (START, {Severity.RISK}),
        (START + dt.timedelta(days=1), {Severity.VIOLATION}),
    ],
)
def test_contract_issued_after_work_starts_is_a_violation(
    issued: dt.date, expected: set[Severity]
) -> None:
    draft = example("manufacturing")
    draft.contract.work_start_date = START
    draft.contract.issue_date = issued
    assert severities(draft, "written_contract.issue_before_work") == expected


def test_change_order_issued_after_the_changed_work_is_flagged() -> None:
    # R9 of the 2026-12 audit: the same day is a risk, as for the main contract
    draft = example("manufacturing")
    draft.contract.change_orders = [
        ChangeOrder(description="물량 추가", issue_date=START, start_date=START),
        ChangeOrder(description="도장 변경", issue_date=START, start_date=START - dt.timedelta(1)),
        ChangeOrder(description="구두 지시", start_date=START),
        ChangeOrder(description="사양 변경", issue_date=START - dt.timedelta(1), start_date=START),
    ]
    found = {(f.field, f.severity) for f in hits(draft, "written_contract.change_order_written")}
    assert found == {
        ("contract.change_orders[0].issue_date", Severity.RISK),
        ("contract.change_orders[1].issue_date", Severity.VIOLATION),
        ("contract.change_orders[2].issue_date", Severity.VIOLATION),
    }


def test_a_document_signed_by_one_party_is_flagged_with_a_fix() -> None:
    draft = example("manufacturing")
    draft.signature.both_parties = False
    (finding,) = hits(draft, "written_contract.signature")
    assert finding.fix == {"signature.both_parties": True}


def test_undetermined_item_needs_reason_and_date() -> None:
    draft = example("manufacturing")
    draft.contract.undetermined_items = [UndeterminedItem(item="단가", reason="설계 확정 전")]
    assert severities(draft, "written_contract.undetermined_items") == {Severity.VIOLATION}
    draft.contract.undetermined_items[0].expected_date = dt.date(2027, 1, 10)
    assert severities(draft, "written_contract.undetermined_items") == {Severity.INFO}


def test_record_retention_note_mentions_seven_years_only_for_tech_data() -> None:
    draft = example("manufacturing")
    (note,) = hits(draft, "written_contract.record_retention")
    assert "3년" in note.message.ko
    assert "7년" not in note.message.ko
    draft.tech_data.requested = True
    (note,) = hits(draft, "written_contract.record_retention")
    assert "7년" in note.message.ko


def _mandatory(draft: Draft) -> dict[str, str]:
    return {
        f.message.ko.split(")")[0][-2:]: f.field
        for f in hits(draft, "written_contract.mandatory_items")
    }


@pytest.mark.parametrize(
    ("blank_out", "item", "field"),
    [
        (lambda d: setattr(d.contract, "order_date", None), "M1", "contract.order_date"),
        (lambda d: setattr(d.delivery, "place", ""), "M2", "delivery.place"),
        (lambda d: setattr(d.inspection, "method", ""), "M3", "inspection.method"),
        (
            lambda d: setattr(d.payment, "due_days_after_receipt", None),
            "M4",
            "payment.due_days_after_receipt",
        ),
        (
            lambda d: (
                setattr(d.adjustment.supply_cost, "requirement", "")
                or setattr(d.adjustment.supply_cost, "method", "")
                or setattr(d.adjustment.supply_cost, "procedure", "")
            ),
            "M6",
            "adjustment.supply_cost.requirement",
        ),
        (lambda d: setattr(d.signature, "method", SignatureMethod.NONE), "M8", "signature.method"),
    ],
)
def test_each_missing_mandatory_item_is_its_own_finding(
    blank_out: Callable[[Draft], object], item: str, field: str
) -> None:
    draft = example("manufacturing")
    assert _mandatory(draft) == {}
    blank_out(draft)
    assert _mandatory(draft) == {item: field}


def test_supplied_materials_need_quantity_date_price_and_payment_terms() -> None:
    draft = example("manufacturing")
    draft.materials_supplied = [SuppliedMaterial(name="냉연강판", quantity="10톤")]
    assert _mandatory(draft) == {"M5": "materials_supplied[0].supply_date"}


def test_indexation_terms_are_m7_when_a_main_material_exists_without_exemption() -> None:
    draft = example("manufacturing")
    draft.contract.period_end = dt.date(2027, 11, 30)  # a year: no short-term exemption
    draft.price.supply_amount = 150_000_000  # above 1억: no small-amount exemption
    draft.indexation.exemption = None
    draft.indexation.has_main_material = True
    assert _mandatory(draft) == {"M7": "indexation.items"}
    draft.indexation.has_main_material = None
    (m7,) = hits(draft, "written_contract.mandatory_items")
    assert m7.severity is Severity.RISK


def test_all_mandatory_findings_cite_article_three_or_its_decree() -> None:
    for f in check(Draft()):
        if f.rule == "written_contract.mandatory_items":
            assert "제3조" in f.article
