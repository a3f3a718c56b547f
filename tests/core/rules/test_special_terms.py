"""제3조의4: special terms are screened by the clause patterns; form-level unfair terms."""

from __future__ import annotations

import datetime as dt

import pytest

from subcontract_assist.core.clauses.patterns import screen_clause
from subcontract_assist.core.draft.schema import Draft, Side, SpecialTerm
from subcontract_assist.core.findings import Category, Severity
from tests.core.rules.support import example, hits

UNFAIR = "공사 중 발생하는 모든 민원과 산업재해의 처리 및 비용은 수급사업자가 전적으로 책임진다."
FAIR = "계약의 변경은 양 당사자의 서면 합의로만 한다."


def _with_terms(*texts: str) -> Draft:
    draft = example("manufacturing")
    draft.special_terms = [SpecialTerm(title="특약", text=t) for t in texts]
    return draft


def test_every_special_term_is_screened_with_its_field_path() -> None:
    from subcontract_assist.core.rules.engine import check

    draft = _with_terms(FAIR, UNFAIR)
    expected = {f.rule for f in screen_clause(UNFAIR)}
    assert expected
    from_clause = [f for f in check(draft) if f.field.startswith("special_terms[")]
    assert {f.rule for f in from_clause} == expected
    assert {f.field for f in from_clause} == {"special_terms[1].text"}


def test_a_fair_special_term_raises_nothing() -> None:
    assert not list(screen_clause(FAIR))
    draft = _with_terms(FAIR)
    assert not hits(draft, "unfair_special_terms.nullity_effect")


@pytest.mark.parametrize(
    ("signed", "void"), [(dt.date(2025, 10, 1), False), (dt.date(2025, 10, 2), True)]
)
def test_nullity_note_depends_on_when_the_term_was_set(signed: dt.date, void: bool) -> None:
    draft = _with_terms(UNFAIR)
    draft.contract.signed_date = signed
    (note,) = hits(draft, "unfair_special_terms.nullity_effect")
    assert note.severity is Severity.INFO
    assert ("무효입니다" in note.message.ko) is void


@pytest.mark.parametrize(("pct", "flagged"), [(0, False), (None, False), (5, True)])
def test_retention_of_payments_is_a_risk(pct: float | None, flagged: bool) -> None:
    draft = example("manufacturing")
    draft.payment.retention_pct = pct
    assert bool(hits(draft, "unfair_special_terms.payment_withholding")) is flagged


def test_inspection_costs_on_the_subcontractor_is_a_risk() -> None:
    draft = example("manufacturing")
    draft.inspection.cost_borne_by = Side.SUBCONTRACTOR
    (finding,) = hits(draft, "unfair_special_terms.inspection_cost_shift")
    assert finding.category is Category.UNFAIR_SPECIAL_TERMS


def test_one_sided_termination_is_a_risk() -> None:
    draft = example("manufacturing")
    draft.termination.mutual = False
    (finding,) = hits(draft, "unfair_special_terms.general_clause")
    assert finding.severity is Severity.RISK
