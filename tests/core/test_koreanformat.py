"""Korean amounts in words, dates and circled numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subcontract_assist.core.koreanformat import amount_line, amount_words, circled, korean_date


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (10_000, "일만"),
        (110_000_000, "일억일천만"),
        (1_000_000_000, "일십억"),
        (1_010_101, "일백일만일백일"),
        (1_234_500, "일백이십삼만사천오백"),
        (74_800_000, "칠천사백팔십만"),
    ],
)
def test_amount_words_use_the_formal_contract_style(amount: int, words: str) -> None:
    assert amount_words(amount) == words


def test_amount_line_has_words_and_figures() -> None:
    assert amount_line(74_800_000) == "일금 칠천사백팔십만원정 (₩74,800,000)"


@given(st.integers(min_value=0, max_value=10**15))
def test_amount_words_never_contain_digits_or_spaces(amount: int) -> None:
    words = amount_words(amount)
    assert words
    assert not any(c.isdigit() or c.isspace() for c in words)


def test_dates_and_circled_numbers() -> None:
    assert korean_date(dt.date(2026, 7, 20)) == "2026년 7월 20일"
    assert circled(1) == "①"
    assert circled(20) == "⑳"
    assert circled(21) == "㉑"
    assert circled(50) == "㊿"
