"""Korean amounts in words, dates and circled numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subcontract_assist.core.koreanformat import (
    amount_line,
    amount_words,
    circled,
    hangul_reading,
    korean_date,
)


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


@pytest.mark.parametrize(
    ("hanja", "hangul"),
    [
        ("乙은 代金을 請求한다", "을은 대금을 청구한다"),
        ("甲의 責任 없는 瑕疵", "갑의 책임 없는 하자"),
        ("遲延利子는 年率 15.5%", "지연이자는 연율 15.5%"),  # 利子 in a compound; 率 after ㄴ
        ("不當特約, 不足分, 不可抗力", "부당특약, 부족분, 불가항력"),  # 不 before ㄷ/ㅈ
        ("債務不履行", "채무불이행"),
        ("一切의 異議", "일체의 이의"),
        ("第3條(檢査)", "제3조(검사)"),
        ("法律과 規律", "법률과 규율"),
        ("遲延利率, 支給留保, 價格連動", "지연이율, 지급유보, 가격연동"),  # 2+2-syllable words
        ("直接勞務費", "직접노무비"),
        ("한글만 있는 조항 (no 漢字 here? 漢)", "한글만 있는 조항 (no 한자 here? 한)"),
    ],
)
def test_hanja_is_read_in_hangul_keeping_the_length(hanja: str, hangul: str) -> None:
    assert hangul_reading(hanja) == hangul
    assert len(hangul_reading(hanja)) == len(hanja)


def test_text_without_hanja_is_returned_as_it_is() -> None:
    text = "원사업자는 60일 이내에 지급한다. (주)가나"
    assert hangul_reading(text) is text
