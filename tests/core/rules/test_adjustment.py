"""제16조·제16조의2: design-change deadlines, the supply-cost clause, negotiation, waivers."""

from __future__ import annotations

import pytest

from tests.core.rules.support import example, hits


@pytest.mark.parametrize(
    ("field", "rule", "limit"),
    [
        ("notice_days", "price_adjustment.design_change_notice_15d", 15),
        ("adjust_days", "price_adjustment.design_change_adjust_30d", 30),
        ("pay_days", "price_adjustment.design_change_pay_15d", 15),
    ],
)
def test_design_change_deadlines_and_their_boundary(field: str, rule: str, limit: int) -> None:
    draft = example("construction")
    setattr(draft.adjustment.design_change, field, limit)
    assert not hits(draft, rule)
    setattr(draft.adjustment.design_change, field, limit + 1)
    (finding,) = hits(draft, rule)
    assert finding.fix == {f"adjustment.design_change.{field}": limit}
    assert f"{limit}일" in finding.message.ko


def test_partly_written_supply_cost_clause_names_each_missing_part() -> None:
    draft = example("manufacturing")
    draft.adjustment.supply_cost.method = ""
    draft.adjustment.supply_cost.procedure = ""
    fields = [f.field for f in hits(draft, "price_adjustment.supply_cost_clause")]
    assert fields == ["adjustment.supply_cost.method", "adjustment.supply_cost.procedure"]


@pytest.mark.parametrize(("days", "flagged"), [(10, False), (11, True)])
def test_negotiation_starts_within_10_days(days: int, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.adjustment.supply_cost.negotiate_within_days = days
    assert bool(hits(draft, "price_adjustment.supply_cost_negotiate_10d")) is flagged


def test_waiving_the_right_to_request_adjustment_is_an_unfair_term() -> None:
    draft = example("manufacturing")
    draft.adjustment.supply_cost.request_right_waived = True
    (finding,) = hits(draft, "unfair_special_terms.adjustment_right_waiver")
    assert finding.category.value == "unfair_special_terms"
