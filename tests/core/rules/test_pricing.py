"""제4조②6·7, 제11조②5, 제12조: prices below the statutory floors, supplied-material charges."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import BidType, SuppliedMaterial
from tests.core.rules.support import example, hits


@pytest.mark.parametrize(("price", "flagged"), [(500_000_000, False), (499_999_999, True)])
def test_competitive_price_below_the_lowest_bid(price: int, flagged: bool) -> None:
    draft = example("construction")  # lowest bid 500,000,000
    draft.price.supply_amount = price
    assert bool(hits(draft, "price_determination.below_lowest_bid")) is flagged


@pytest.mark.parametrize(("price", "flagged"), [(80_000_000, False), (79_000_000, True)])
def test_negotiated_price_below_the_direct_cost_sum(price: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.contract.bid_type = BidType.NEGOTIATED
    draft.contract.direct_cost_sum = 80_000_000
    draft.price.supply_amount = price
    assert bool(hits(draft, "price_determination.below_direct_cost_negotiated")) is flagged


def _material(price: int, cost: int, early: bool = False) -> SuppliedMaterial:
    return SuppliedMaterial(
        name="냉연강판",
        quantity="10톤",
        price=price,
        principal_cost=cost,
        pay_method="공제",
        pay_due="대금 지급일",
        charge_before_payment=early,
    )


@pytest.mark.parametrize(("price", "flagged"), [(10_000_000, False), (10_000_001, True)])
def test_supplied_material_charged_above_the_principals_cost(price: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.materials_supplied = [_material(price, 10_000_000)]
    assert bool(hits(draft, "price_reduction.excess_material_charge")) is flagged


def test_charging_materials_before_the_price_is_due() -> None:
    draft = example("manufacturing")
    draft.materials_supplied = [_material(10_000_000, 10_000_000, early=True)]
    (finding,) = hits(draft, "offset_payment.early_charge")
    assert finding.field == "materials_supplied[0].charge_before_payment"
