"""Findings: what the rules and the model say about a draft or a clause."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from subcontract_assist.core.text import Lang, Text


class Severity(StrEnum):
    """How sure and how serious: violation on its face, risk depending on facts, info."""

    VIOLATION = "violation"
    RISK = "risk"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"violation": 0, "risk": 1, "info": 2}[self.value]

    @property
    def label(self) -> Text:
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {
    Severity.VIOLATION: Text("위반", "Violation"),
    Severity.RISK: Text("위험", "Risk"),
    Severity.INFO: Text("참고", "Info"),
}


class Category(StrEnum):
    """The fixed taxonomy of the rule reference (§0.1)."""

    WRITTEN_CONTRACT = "written_contract"
    UNFAIR_SPECIAL_TERMS = "unfair_special_terms"
    PRICE_DETERMINATION = "price_determination"
    FORCED_PURCHASE = "forced_purchase"
    ADVANCE_PAYMENT = "advance_payment"
    ORDER_CANCELLATION = "order_cancellation"
    INSPECTION = "inspection"
    RETURN_GOODS = "return_goods"
    PRICE_REDUCTION = "price_reduction"
    OFFSET_PAYMENT = "offset_payment"
    ECONOMIC_BENEFIT = "economic_benefit"
    TECH_DATA = "tech_data"
    PAYMENT_TERMS = "payment_terms"
    PAYMENT_GUARANTEE = "payment_guarantee"
    DIRECT_PAYMENT = "direct_payment"
    PRICE_ADJUSTMENT = "price_adjustment"
    MANAGEMENT_INTERFERENCE = "management_interference"
    RETALIATION = "retaliation"


#: The article each category rests on, for model findings that carry only a category.
CATEGORY_ARTICLES: dict[Category, str] = {
    Category.WRITTEN_CONTRACT: "제3조",
    Category.UNFAIR_SPECIAL_TERMS: "제3조의4",
    Category.PRICE_DETERMINATION: "제4조",
    Category.FORCED_PURCHASE: "제5조",
    Category.ADVANCE_PAYMENT: "제6조",
    Category.ORDER_CANCELLATION: "제8조",
    Category.INSPECTION: "제9조",
    Category.RETURN_GOODS: "제10조",
    Category.PRICE_REDUCTION: "제11조",
    Category.OFFSET_PAYMENT: "제12조",
    Category.ECONOMIC_BENEFIT: "제12조의2",
    Category.TECH_DATA: "제12조의3",
    Category.PAYMENT_TERMS: "제13조",
    Category.PAYMENT_GUARANTEE: "제13조의2",
    Category.DIRECT_PAYMENT: "제14조",
    Category.PRICE_ADJUSTMENT: "제16조의2",
    Category.MANAGEMENT_INTERFERENCE: "제18조",
    Category.RETALIATION: "제19조",
}


class Source(StrEnum):
    """Where a finding came from: a deterministic rule/pattern, or the language model."""

    RULE = "rule"
    MODEL = "model"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) with a cited article, a reason and fair wording to offer.

    Attributes:
        rule: stable rule id, e.g. ``payment_terms.deadline_60d``.
        category: taxonomy id.
        article: the article and paragraph, e.g. ``제13조 제1항``.
        severity: violation / risk / info.
        message: why, in Korean and English.
        field: the draft field path it concerns (``payment.due_days_after_receipt``), or
            ``special_terms[2].text`` for a free-text clause; empty for whole-contract notes.
        suggestion: fair wording or the fix to make (Korean).
        source: rule or model.
        fix: optional ``{field path: value}`` the app can apply in one click.
        score: the model's confidence (log-odds) for model findings, and for a rule finding the
            model doubted (``clauses.reviewer.doubted``) the score it doubted it with.
        figure: the figure a clause pattern found on the wrong side of its statutory limit
            (90 days, 5 %): a finding that rests on a number, which the model cannot doubt.
    """

    rule: str
    category: Category
    article: str
    severity: Severity
    message: Text
    field: str = ""
    suggestion: str = ""
    source: Source = Source.RULE
    fix: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False, compare=False)
    score: float | None = None
    figure: float | None = None

    def to_json(self, lang: Lang = "ko") -> dict[str, Any]:
        """Return the JSON shape of ``check --format json``."""
        return {
            "rule": self.rule,
            "category": self.category.value,
            "article": self.article,
            "severity": self.severity.value,
            "message": self.message.get(lang),
            "field": self.field,
            "suggestion": self.suggestion,
            "source": self.source.value,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Return findings ordered by severity, then field, then rule id."""
    return sorted(findings, key=lambda f: (f.severity.rank, f.field, f.rule))


def cited(article: str, lang: Lang = "ko") -> str:
    """Return a citation as a reader reads it: the Act or its Decree named, never "영".

    ``제13조 제1항`` → ``하도급법 제13조 제1항``; ``영 제3조`` → ``하도급법 시행령 제3조``
    (English: "Subcontracting Act Art. …" / "Enforcement Decree …" keep the Korean numbering).
    Anything else (a notice, another statute) is shown as written.
    """
    if article.startswith("영 "):
        rest = article[2:]
        return f"하도급법 시행령 {rest}" if lang == "ko" else f"Enforcement Decree {rest}"
    if article.startswith("제"):
        return f"하도급법 {article}" if lang == "ko" else f"Subcontracting Act {article}"
    return article
