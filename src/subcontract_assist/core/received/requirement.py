"""The shape of a completeness check: what to look for, and what to say when it is absent."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.findings import Category, Severity
from subcontract_assist.core.text import Lang, Text


@dataclass(frozen=True, slots=True)
class MissingItem:
    """Something the contract should state and does not.

    Attributes:
        id: stable id (``written_contract.mandatory_items.m4``, ``inspection.notice_10d``).
        category: taxonomy id.
        article: the article it rests on.
        severity: violation for a missing 제3조 item, info for a protective clause.
        message: what is missing and why it matters.
        suggestion: wording to add (Korean).
    """

    id: str
    category: Category
    article: str
    severity: Severity
    message: Text
    suggestion: str

    def to_json(self, lang: Lang = "ko") -> dict[str, str]:
        return {
            "id": self.id,
            "category": self.category.value,
            "article": self.article,
            "severity": self.severity.value,
            "message": self.message.get(lang),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class Facts:
    """The contract text prepared for presence checks."""

    text: str  # whitespace removed, so 지연 이자 and 지연이자 match alike
    transaction: TransactionType | None

    def has(self, *patterns: str) -> bool:
        """Return True when every regex occurs somewhere."""
        return all(re.search(p, self.text) for p in patterns)

    @property
    def per_order(self) -> bool:
        """A master agreement that leaves order details to individual orders."""
        return self.has(r"개별(계약|약정|발주)|발주서")


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing to look for, with what to say when it is absent."""

    id: str
    category: Category
    article: str
    severity: Severity
    message: Text
    suggestion: str
    present: Callable[[Facts], bool]
    applies: Callable[[Facts], bool] = lambda facts: True
    per_order: bool = False  # may be left to each 개별계약/발주서
