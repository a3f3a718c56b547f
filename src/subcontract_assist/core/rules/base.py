"""What a rule is: metadata (id, category, article, severity) plus a pure check function."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from subcontract_assist.core.draft.schema import Draft, TransactionType
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.text import Text

CheckFn = Callable[["Rule", Draft, LegalNumbers], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One checkable obligation of 하도급법, citing its article.

    Attributes:
        id: stable id, the reference's where one exists (``payment_terms.deadline_60d``).
        category: taxonomy id.
        article: article and paragraph (``제13조 제1항``).
        severity: the usual severity of its findings.
        title: short name in Korean and English.
        check: ``check(rule, draft, legal)`` yields findings; pure, fast, no I/O.
        fields: the draft fields it reads.
    """

    id: str
    category: Category
    article: str
    severity: Severity
    title: Text
    check: CheckFn = field(repr=False)
    fields: tuple[str, ...] = ()

    def run(self, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
        yield from self.check(self, draft, legal)

    def finding(
        self,
        message: Text,
        *,
        field: str = "",
        suggestion: str = "",
        severity: Severity | None = None,
        article: str | None = None,
        fix: dict[str, Any] | None = None,
    ) -> Finding:
        """Return a finding of this rule (severity and article default to the rule's)."""
        return Finding(
            rule=self.id,
            category=self.category,
            article=article or self.article,
            severity=severity or self.severity,
            message=message,
            field=field or (self.fields[0] if self.fields else ""),
            suggestion=suggestion,
            source=Source.RULE,
            fix=fix or {},
        )

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "category": self.category.value,
            "article": self.article,
            "severity": self.severity.value,
            "title": self.title.ko,
        }


def signed_on_or_after(draft: Draft, day: dt.date) -> bool:
    """Return True when the contract was signed on/after ``day`` (unknown date: assume so).

    Rule versions are chosen by ``contract.signed_date`` (§0.3); a draft not yet signed will be
    signed today or later, so the newest version is the conservative choice.
    """
    signed = draft.contract.signed_date
    return signed is None or signed >= day


def is_labor_service(draft: Draft) -> bool:
    """Return True for 역무 용역위탁, to which 제8조①2·②, 제9조② and 제10조 do not apply."""
    return draft.transaction.type is TransactionType.SERVICE_LABOR


def blank(value: object) -> bool:
    """Return True when a form answer is missing (None or empty text)."""
    return value is None or (isinstance(value, str) and not value.strip())
