"""연동제: the duty, its exemptions (90일, 1억 incl. VAT, 소기업, 합의), energy, and the terms."""

from __future__ import annotations

import datetime as dt

import pytest

from subcontract_assist.core.draft.schema import (
    Draft,
    IndexationExemption,
    IndexationItem,
    MaterialKind,
    SmeStatus,
)
from subcontract_assist.core.findings import Severity
from tests.core.rules.support import example, hits, severities

M = "written_contract.mandatory_items"


def _m7(draft: Draft) -> list[str]:
    return [f.field for f in hits(draft, M) if "M7" in f.message.ko]


def _indexed_deal() -> Draft:
    """A year-long 1.5억 deal with a main material and no exemption."""
    draft = example("manufacturing")
    draft.contract.period_end = dt.date(2027, 11, 30)
    draft.price.supply_amount = 150_000_000
    draft.indexation.exemption = None
    draft.indexation.has_main_material = True
    return draft


def _row(**changes: object) -> IndexationItem:
    complete = example("construction").indexation.items[0]
    return complete.model_copy(update=changes)


def test_main_material_without_terms_is_a_missing_item() -> None:
    draft = _indexed_deal()
    assert _m7(draft) == ["indexation.items"]
    draft.indexation.items = [_row()]
    assert _m7(draft) == []


@pytest.mark.parametrize(("days", "exempt"), [(90, True), (91, False)])
def test_deals_of_90_days_or_less_are_exempt(days: int, exempt: bool) -> None:
    draft = _indexed_deal()
    draft.contract.period_start = dt.date(2027, 1, 1)
    draft.contract.period_end = dt.date(2027, 1, 1) + dt.timedelta(days=days - 1)
    assert draft.contract.duration_days == days
    assert (_m7(draft) == []) is exempt


@pytest.mark.parametrize(("supply", "exempt"), [(90_909_090, True), (91_000_000, False)])
def test_one_eok_exemption_is_judged_on_the_vat_inclusive_total(supply: int, exempt: bool) -> None:
    draft = _indexed_deal()
    draft.price.supply_amount = supply  # 91,000,000 + VAT = 100,100,000 > 1억
    assert (_m7(draft) == []) is exempt
    if exempt:
        (note,) = hits(draft, "price_adjustment.indexation_exemptions")
        assert "부가가치세" in note.message.ko


def test_a_small_enterprise_principal_is_exempt() -> None:
    draft = _indexed_deal()
    draft.parties.principal.sme_status = SmeStatus.SMALL
    assert _m7(draft) == []


def test_contracts_before_2023_10_04_carry_no_duty() -> None:
    draft = _indexed_deal()
    draft.contract.signed_date = dt.date(2023, 10, 3)
    assert _m7(draft) == []
    assert severities(draft, "price_adjustment.indexation_exemptions") == {Severity.INFO}
    draft.contract.signed_date = dt.date(2023, 10, 4)
    assert _m7(draft) == ["indexation.items"]


def test_claimed_exemption_that_does_not_hold_is_a_violation() -> None:
    draft = _indexed_deal()
    draft.indexation.exemption = IndexationExemption.SHORT_TERM
    (finding,) = hits(draft, "price_adjustment.indexation_required")
    assert finding.field == "indexation.exemption"


def test_no_main_material_answer_contradicted_by_the_table() -> None:
    draft = _indexed_deal()
    draft.indexation.has_main_material = False
    draft.indexation.items = [_row(cost_share_pct=25)]
    assert hits(draft, "price_adjustment.indexation_required")


def test_agreed_non_indexation_needs_both_reasons_and_the_negotiation_record() -> None:
    draft = _indexed_deal()
    draft.indexation.exemption = IndexationExemption.AGREED_NON_INDEXATION
    assert _m7(draft) == []
    fields = {f.field for f in hits(draft, "price_adjustment.non_indexation_written_reason")}
    assert fields == {
        "indexation.non_indexation.reason_principal",
        "indexation.non_indexation.reason_subcontractor",
        "indexation.non_indexation.negotiation_log",
    }
    draft.indexation.non_indexation.reason_principal = "단납기 스팟 물량"
    draft.indexation.non_indexation.reason_subcontractor = "자체 헤지 운용"
    draft.indexation.non_indexation.negotiation_log = "2027-01-05 대면 협의, 구매팀장·영업이사"
    assert not hits(draft, "price_adjustment.non_indexation_written_reason")


@pytest.mark.parametrize(
    ("signed", "expected"),
    [(dt.date(2026, 8, 10), {Severity.INFO}), (dt.date(2026, 8, 11), {Severity.VIOLATION})],
)
def test_main_energy_must_be_indexed_from_2026_08_11(
    signed: dt.date, expected: set[Severity]
) -> None:
    draft = _indexed_deal()
    draft.indexation.items = [_row()]
    draft.indexation.has_main_energy = True
    draft.contract.signed_date = signed
    assert severities(draft, "price_adjustment.energy_indexation") == expected
    draft.indexation.items.append(_row(material="산업용 전력", kind=MaterialKind.ENERGY))
    assert not hits(draft, "price_adjustment.energy_indexation")


@pytest.mark.parametrize(("threshold", "flagged"), [(10, False), (10.5, True)])
def test_indexation_threshold_at_most_10_percent(threshold: float, flagged: bool) -> None:
    draft = _indexed_deal()
    draft.indexation.items = [_row(threshold_pct=threshold)]
    assert bool(hits(draft, "price_adjustment.indexation_threshold_max_10pct")) is flagged


def test_each_missing_key_of_the_table_is_reported() -> None:
    draft = _indexed_deal()
    draft.indexation.items = [_row(index_source="", formula="", reflect_date="")]
    fields = {f.field for f in hits(draft, "price_adjustment.indexation_items")}
    assert fields == {
        "indexation.items[0].index_source",
        "indexation.items[0].formula",
        "indexation.items[0].reflect_date",
    }


def test_an_incomplete_voluntary_table_is_only_a_risk() -> None:
    draft = _indexed_deal()
    draft.price.supply_amount = 50_000_000
    draft.indexation.items = [_row(formula="")]
    assert severities(draft, "price_adjustment.indexation_items") == {Severity.RISK}


def test_decrease_only_indexation_is_not_indexation() -> None:
    draft = _indexed_deal()
    draft.indexation.items = [_row(decrease_only=True)]
    (finding,) = hits(draft, "price_adjustment.indexation_decrease_only")
    assert finding.fix == {"indexation.items[0].decrease_only": False}


@pytest.mark.parametrize(("ratio", "noted"), [(50, False), (49, True)])
def test_reflection_ratio_below_50_percent_gets_a_note(ratio: float, noted: bool) -> None:
    draft = _indexed_deal()
    draft.indexation.items = [_row(reflection_ratio_pct=ratio)]
    assert bool(hits(draft, "price_adjustment.indexation_reflection_ratio")) is noted
