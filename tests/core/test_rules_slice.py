"""The vertical slice's rules: 제13조 ① (60 days) and 제9조 ② (10 days)."""

from __future__ import annotations

import pytest

from subcontract_assist.core.draft.schema import Draft, TransactionType
from subcontract_assist.core.findings import Category, Severity
from subcontract_assist.core.rules.engine import check


def _rules(draft: Draft) -> set[str]:
    return {f.rule for f in check(draft)}


@pytest.mark.parametrize(("days", "flagged"), [(30, False), (60, False), (61, True), (90, True)])
def test_payment_after_60_days_is_flagged(days: int, flagged: bool) -> None:
    draft = Draft()
    draft.payment.due_days_after_receipt = days
    assert ("payment_terms.deadline_60d" in _rules(draft)) is flagged


def test_payment_finding_cites_article_and_offers_fix() -> None:
    draft = Draft()
    draft.payment.due_days_after_receipt = 90
    finding = next(f for f in check(draft) if f.rule == "payment_terms.deadline_60d")
    assert finding.article.startswith("제13조")
    assert finding.category is Category.PAYMENT_TERMS
    assert finding.severity is Severity.VIOLATION
    assert "90일" in finding.message.ko
    assert finding.fix == {"payment.due_days_after_receipt": 60}


@pytest.mark.parametrize(("days", "flagged"), [(10, False), (11, True)])
def test_inspection_result_after_10_days_is_flagged(days: int, flagged: bool) -> None:
    draft = Draft()
    draft.inspection.result_notice_days = days
    assert ("inspection.notice_10d" in _rules(draft)) is flagged


def test_inspection_deadline_does_not_apply_to_labour_services() -> None:
    draft = Draft()
    draft.transaction.type = TransactionType.SERVICE_LABOR
    draft.inspection.result_notice_days = 30
    assert "inspection.notice_10d" not in _rules(draft)
