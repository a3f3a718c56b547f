"""Clause-pattern corrections of the 2026-12 legal audit (R1, R12, R15, R16, §3.1, §3 ~ rows)."""

from __future__ import annotations

import pytest

from subcontract_assist.core.clauses.patterns import CLAUSE_RULES, screen_clause
from subcontract_assist.core.findings import Severity


def _rules(text: str) -> dict[str, Severity]:
    return {f.rule: f.severity for f in screen_clause(text)}


def test_r1_unfair_term_decree_is_cited_as_article_6_4() -> None:
    cited = [r.article for r in CLAUSE_RULES if "영 제6조의" in r.article]
    assert len(cited) == 8
    assert all("영 제6조의4" in article for article in cited)
    assert not any("영 제6조의2" in f"{r.article} {r.message.ko}" for r in CLAUSE_RULES)


def test_r12_a_cash_discount_is_a_risk_not_the_general_ban() -> None:
    found = _rules("현금 결제 시 하도급대금의 5%를 할인한다.")
    assert found == {"price_reduction.early_payment_discount": Severity.RISK}
    # a plain cut of the price is still the general ban (violation)
    assert _rules("원사업자는 정산 시 하도급대금의 5%를 차감한다.") == {
        "price_reduction.general_ban": Severity.VIOLATION
    }


def test_r15_bond_instrument_names_the_cashiers_cheque() -> None:
    rule = next(r for r in CLAUSE_RULES if r.id == "payment_guarantee.bond_instrument")
    assert "자기앞수표" in rule.message.ko
    assert "지급보증 목적의 수표" not in rule.message.ko


def test_r16_and_decrease_only_cite_one_basis_with_their_form_twins() -> None:
    articles = {r.id: r.article for r in CLAUSE_RULES}
    assert articles["tech_data.ip_assignment"].startswith("제3조의4")
    assert articles["price_adjustment.indexation_decrease_only"].startswith("제2조 제18항")


@pytest.mark.parametrize(
    "text",
    [
        "대금은 검수 완료 후 익월 말일에 지급한다.",
        "대금 지급은 세금계산서 수취 후 60일 이내로 한다.",
    ],
)
def test_s3_1_a_clock_started_after_receipt_is_a_risk(text: str) -> None:
    assert _rules(text) == {"payment_terms.deadline_basis": Severity.RISK}


@pytest.mark.parametrize(
    "text",
    [
        "대금은 목적물 수령일부터 60일 이내에 지급한다.",
        "대금은 세금계산서 수취 후 30일 이내에 지급한다.",  # boundary: well inside the period
        "납품이 잦아 매월 25일을 세금계산서 발행일로 정하고, 그 날부터 60일 이내에 지급한다.",
    ],
)
def test_s3_1_a_clock_from_receipt_or_a_short_period_is_quiet(text: str) -> None:
    assert "payment_terms.deadline_basis" not in _rules(text)


def test_s3_1_past_day_60_from_any_start_stays_a_violation() -> None:
    found = _rules("대금은 세금계산서 수취 후 61일 이내에 지급한다.")
    assert found.get("payment_terms.deadline_60d") is Severity.VIOLATION
