"""The label words the model scores: one fixed first token per label, shared by training and review.

Clause review never parses free prose: the reviewer evaluates a fixed prompt and compares the
next-token scores of these label words only (label scoring). Each word starts with a distinct
Gemma 3 token (checked by a test), so one forward pass decides the label.
"""

from __future__ import annotations

from subcontract_assist.core.findings import Category
from subcontract_assist.core.koreanformat import hangul_reading

#: Prompt for the fair / unfair decision; the next token is scored.
BINARY_PROMPT = "조항: {text}\n판정:"
UNFAIR_WORD = " 위법"
FAIR_WORD = " 적법"

#: Prompt for the category of an unfair clause; the next token is scored.
CATEGORY_PROMPT = "조항: {text}\n판정: 위법\n유형:"

CATEGORY_WORDS: dict[Category, str] = {
    Category.WRITTEN_CONTRACT: " 서면",
    Category.UNFAIR_SPECIAL_TERMS: " 특약",
    Category.PRICE_DETERMINATION: " 결정",
    Category.FORCED_PURCHASE: " 구매",
    Category.ADVANCE_PAYMENT: " 선급",
    Category.ORDER_CANCELLATION: " 취소",
    Category.INSPECTION: " 검사",
    Category.RETURN_GOODS: " 반품",
    Category.PRICE_REDUCTION: " 감액",
    Category.OFFSET_PAYMENT: " 결제",
    Category.ECONOMIC_BENEFIT: " 이익",
    Category.TECH_DATA: " 기술",
    Category.PAYMENT_TERMS: " 지급",
    Category.PAYMENT_GUARANTEE: " 보증",
    Category.DIRECT_PAYMENT: " 직불",
    Category.PRICE_ADJUSTMENT: " 조정",
    Category.MANAGEMENT_INTERFERENCE: " 경영",
    Category.RETALIATION: " 신고",
}

MAX_CLAUSE_CHARS = 1200  # longer paragraphs are cut before scoring (the label comes after)


def _clause_text(text: str) -> str:
    # whitespace folded, 漢字 read in Hangul (the model learnt 갑/을 and 대금, not 甲/乙 and 代金),
    # length capped
    return hangul_reading(" ".join(text.split()))[:MAX_CLAUSE_CHARS]


def binary_prompt(text: str) -> str:
    """Return the fair/unfair prompt for a clause."""
    return BINARY_PROMPT.format(text=_clause_text(text))


def category_prompt(text: str) -> str:
    """Return the category prompt for a clause judged unfair."""
    return CATEGORY_PROMPT.format(text=_clause_text(text))
