"""§1.3: the applicability hint — likely, unlikely or unknown, never a conclusion."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import Draft, SmeStatus, TransactionType
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.rules.applicability import Hint, scope_hint
from tests.core.rules.support import example, hits


def _sme_deal(principal_sales: int, sub_sales: int, kind: TransactionType) -> Draft:
    draft = example("manufacturing")
    draft.transaction.type = kind
    draft.parties.principal.sme_status = SmeStatus.SME
    draft.parties.principal.annual_sales = principal_sales
    draft.parties.subcontractor.annual_sales = sub_sales
    return draft


@pytest.mark.parametrize(
    ("sales", "kind", "hint"),
    [
        (2_999_999_999, TransactionType.MANUFACTURING, Hint.UNLIKELY),
        (3_000_000_000, TransactionType.MANUFACTURING, Hint.LIKELY),
        (4_400_000_000, TransactionType.CONSTRUCTION, Hint.UNLIKELY),
        (1_000_000_000, TransactionType.SERVICE_INFO, Hint.LIKELY),
    ],
)
def test_sme_principal_floors_by_transaction_type(
    sales: int, kind: TransactionType, hint: Hint
) -> None:
    draft = _sme_deal(sales, 500_000_000, kind)
    assert scope_hint(draft, legal_numbers())[0] is hint


def test_sme_principal_must_outsell_the_subcontractor() -> None:
    draft = _sme_deal(5_000_000_000, 6_000_000_000, TransactionType.MANUFACTURING)
    assert scope_hint(draft, legal_numbers())[0] is Hint.UNLIKELY


def test_unknown_sizes_give_an_unknown_hint_that_still_runs_every_check() -> None:
    (note,) = hits(Draft(), "written_contract.applicability_hint")
    assert "판단할 정보 부족" in note.message.ko
    assert "전제로" in note.message.ko


def test_group_membership_decides_both_ways() -> None:
    draft = example("manufacturing")
    draft.parties.principal.sme_status = SmeStatus.SMALL
    draft.parties.principal.in_cross_holding_group = True
    assert scope_hint(draft, legal_numbers())[0] is Hint.LIKELY
    draft.parties.subcontractor.in_cross_holding_group = True
    assert scope_hint(draft, legal_numbers())[0] is Hint.UNLIKELY


def test_an_unlikely_hint_mentions_the_adjacent_laws() -> None:
    draft = _sme_deal(2_000_000_000, 500_000_000, TransactionType.MANUFACTURING)
    (note,) = hits(draft, "written_contract.applicability_hint")
    assert "상생협력법" in note.message.ko
