"""The model flags a clause alone only above its precision-calibrated point; below, it hints."""

from __future__ import annotations

import pytest

from subcontract_assist.core.clauses.reviewer import Clause, ClauseVerdict, model_findings
from subcontract_assist.core.findings import Category, Severity, Source

CLAUSE = Clause("정산 방식은 원사업자가 정한다.", "special_terms[0].text")


def _verdict(score: float, *, calibrated: bool = True) -> ClauseVerdict:
    return ClauseVerdict(
        score=score,
        threshold=-3.0,
        category=Category.UNFAIR_SPECIAL_TERMS,
        calibrated=calibrated,
        flag_threshold=5.0,
    )


@pytest.mark.parametrize(
    ("score", "severity"),
    [(-3.5, None), (0.0, Severity.INFO), (5.0, Severity.INFO), (5.1, Severity.RISK)],
)
def test_model_severity_follows_the_two_thresholds(score: float, severity: Severity | None) -> None:
    found = model_findings(CLAUSE, _verdict(score))
    assert [f.severity for f in found] == ([severity] if severity else [])
    assert all(f.source is Source.MODEL and f.article == "제3조의4" for f in found)


def test_an_uncalibrated_model_never_flags() -> None:
    [finding] = model_findings(CLAUSE, _verdict(9.0, calibrated=False))
    assert finding.severity is Severity.INFO


def test_without_a_flag_threshold_the_decision_threshold_flags() -> None:
    verdict = ClauseVerdict(1.0, 0.0, Category.PAYMENT_TERMS, calibrated=True)
    assert verdict.flagged
    assert model_findings(CLAUSE, verdict)[0].severity is Severity.RISK
