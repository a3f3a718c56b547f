"""Run every rule over a draft: ``check(draft)`` → sorted findings."""

from __future__ import annotations

from subcontract_assist.core.findings import Finding, sort_findings
from subcontract_assist.core.legal import LegalNumbers, legal_numbers
from subcontract_assist.core.model import Draft
from subcontract_assist.core.rules import inspection, payment
from subcontract_assist.core.rules.base import Rule

RULES: tuple[Rule, ...] = (
    *payment.RULES,
    *inspection.RULES,
)


def check(draft: Draft, legal: LegalNumbers | None = None) -> list[Finding]:
    """Return the findings of every rule for ``draft``, most serious first."""
    numbers = legal or legal_numbers()
    return sort_findings([f for rule in RULES for f in rule.run(draft, numbers)])
