"""Shared helpers for the rule tests: example drafts and the findings of one rule."""

from __future__ import annotations

from pathlib import Path

from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding, Severity
from subcontract_assist.core.rules.engine import check

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
PASSING = ("manufacturing", "repair", "construction", "service_info", "service_labor")


def example(name: str) -> Draft:
    """Return a fresh copy of ``examples/<name>.scdraft.json``."""
    return load_draft(EXAMPLES / f"{name}.scdraft.json")


def hits(draft: Draft, rule: str) -> list[Finding]:
    """Return the findings of one rule id for ``draft``."""
    return [f for f in check(draft) if f.rule == rule]


def severities(draft: Draft, rule: str) -> set[Severity]:
    return {f.severity for f in hits(draft, rule)}


def problems(draft: Draft) -> list[Finding]:
    """Return the violation and risk findings (info notes excluded)."""
    return [f for f in check(draft) if f.severity is not Severity.INFO]
