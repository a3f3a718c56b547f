"""Parse and format answers per kind: what the user typed → the value a Draft field holds.

Every parser raises :class:`AnswerError` with the reason in Korean and English, so the form can
show it next to the field while the user types.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from subcontract_assist.core.draft.brn import brn_check_digit
from subcontract_assist.core.draft.interview.questions import Kind, Question
from subcontract_assist.core.koreanformat import sino_value
from subcontract_assist.core.text import Lang, Text

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 20_000
_MONEY_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}  # 천 is handled inside each group
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?$"),
    re.compile(r"^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


class AnswerError(ValueError):
    """An answer that cannot be accepted; ``text`` says why in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.ko)
        self.text = text


def _check_bounds(question: Question, value: float, unit: str) -> None:
    low, high = question.minimum, question.maximum
    if low is not None and value < low:
        raise AnswerError(Text(f"{low:g}{unit} 이상이어야 합니다.", f"Must be at least {low:g}."))
    if high is not None and value > high:
        raise AnswerError(Text(f"{high:g}{unit} 이하여야 합니다.", f"Must be at most {high:g}."))


def parse_int(text: str, question: Question) -> int:
    """Return a whole number; accepts ``60``, ``60일``, ``1,000``."""
    cleaned = text.replace(",", "").strip().removesuffix(question.unit).strip()
    words = _with_unit_words(cleaned)
    if words is not None and words == int(words):
        cleaned = str(int(words))  # 2만 → 20000 (a quantity typed the way it is said)
    if not re.fullmatch(r"\d+", cleaned):
        raise AnswerError(Text("숫자만 입력하세요 (예: 60).", "Enter a whole number (e.g. 60)."))
    value = int(cleaned)
    _check_bounds(question, value, question.unit)
    return value


def parse_number(text: str, question: Question) -> float:
    """Return a number that may have decimals; accepts ``2.5``, ``1,000``, ``20,000개``."""
    cleaned = text.replace(",", "").strip().removesuffix(question.unit).strip()
    words = _with_unit_words(cleaned)
    if words is not None:
        cleaned = f"{words:g}" if words < 1e15 else cleaned
    if not re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        raise AnswerError(Text("숫자를 입력하세요 (예: 2.5).", "Enter a number (e.g. 2.5)."))
    value = float(cleaned)
    _check_bounds(question, value, question.unit)
    return value


def _with_unit_words(text: str) -> float | None:
    """Return ``2만`` → 20000, ``1.5천`` → 1500; None when ``text`` has no unit word."""
    rest = text.replace(" ", "")
    if not rest or not re.fullmatch(r"[\d.]*(?:[조억만천][\d.]*)+", rest):
        return None
    try:
        return _with_units(rest)
    except ValueError:
        return None


def _with_units(rest: str) -> float:
    """Return ``1억2천만`` → 120,000,000: groups split at 조 억 만; ValueError when not a number."""
    total = 0.0
    for unit, multiplier in _MONEY_UNITS.items():
        if unit in rest:
            head, rest = rest.split(unit, 1)
            total += (_small_amount(head) if head else 1) * multiplier
    return total + _small_amount(rest)


def _small_amount(text: str) -> float:
    """Return the value of a part below 만: ``2500``, ``2천``, ``2천500``, ``3.5``."""
    match = re.fullmatch(r"(?:(\d+(?:\.\d+)?)?천)?(\d+(?:\.\d+)?)?", text)
    if match is None:
        raise ValueError(text)
    thousands, rest = match.groups()
    has_thousand = "천" in text
    return (float(thousands or 1) * 1000 if has_thousand else 0) + float(rest or 0)


_SINO_AMOUNT = re.compile(r"[일이삼사오육칠팔구십백천만억조]+")


def parse_money(text: str, question: Question) -> int:
    """Return an amount in won; accepts ``68,000,000``, ``6800만원``, ``1억 2천만``.

    A question whose minimum is below zero (a price change) also accepts ``-500만``.
    """
    rest = text.replace(",", "").replace(" ", "").removeprefix("일금").removesuffix("정")
    rest = rest.removesuffix("원")
    words = sino_value(rest) if _SINO_AMOUNT.fullmatch(rest) else None
    if words is not None:  # 육천팔백만원 / 일금 육천팔백만원정
        _check_bounds(question, words, "원")
        return words
    negative = rest.startswith(("-", "−")) and (question.minimum or 0) < 0
    rest = rest[1:] if negative else rest
    try:
        if not rest:
            raise ValueError(text)
        total = _with_units(rest)
    except ValueError:
        raise AnswerError(
            Text(
                "금액을 숫자로 입력하세요 (예: 68,000,000 또는 6,800만원).",
                "Enter an amount in won (e.g. 68,000,000).",
            )
        ) from None
    value = -round(total) if negative else round(total)
    _check_bounds(question, value, "원")
    return value


def parse_percent(text: str, question: Question) -> float:
    """Return a percentage between 0 and 100; accepts ``15.5`` and ``15.5%``."""
    cleaned = text.replace(" ", "").removesuffix("%")
    try:
        value = float(cleaned)
    except ValueError:
        raise AnswerError(
            Text("비율을 숫자로 입력하세요 (예: 15.5).", "Enter a percentage.")
        ) from None
    if not 0 <= value <= 100:
        raise AnswerError(Text("0에서 100 사이여야 합니다.", "Must be between 0 and 100."))
    _check_bounds(question, value, "%")
    return value


def parse_date(text: str) -> dt.date:
    """Return a date; accepts ``2026-12-01``, ``2026.12.1``, ``20261201``, ``2026년 12월 1일``."""
    stripped = text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.match(stripped)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise AnswerError(
        Text("날짜를 YYYY-MM-DD로 입력하세요 (예: 2026-12-01).", "Enter a date as YYYY-MM-DD.")
    )


def parse_brn(text: str) -> str:
    """Return a 사업자등록번호 as ``NNN-NN-NNNNN`` after checking its check digit."""
    digits = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(r"\d{10}", digits):
        raise AnswerError(
            Text(
                "사업자등록번호는 10자리 숫자입니다 (NNN-NN-NNNNN).",
                "A business registration number has 10 digits (NNN-NN-NNNNN).",
            )
        )
    if brn_check_digit(digits[:9]) != int(digits[9]):
        raise AnswerError(
            Text(
                "사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 번호를 확인하세요.",
                "The check digit (last digit) does not match; please check the number.",
            )
        )
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def parse_text(text: str, limit: int) -> str:
    """Return the stripped text, refusing text over ``limit`` characters."""
    value = text.strip()
    if len(value) > limit:
        raise AnswerError(
            Text(f"{limit:,}자 이내로 입력하세요.", f"Keep it under {limit:,} characters.")
        )
    return value


def parse_clauses(text: str) -> list[str]:
    """Return the clauses of ``text``: paragraphs separated by a blank line."""
    blocks = [" ".join(line.strip() for line in b.splitlines()) for b in re.split(r"\n\s*\n", text)]
    clauses = [b.strip() for b in blocks if b.strip()]
    for clause in clauses:
        parse_text(clause, LONG_TEXT_MAX)
    return clauses


def parse_choice(question: Question, text: str) -> str | None:
    """Return the option typed as its label (either language) or its value; None when empty."""
    typed = text.strip()
    if not typed:
        return None
    for choice in question.choices:
        if typed in (choice.value, choice.label.ko, choice.label.en):
            return choice.value
    labels = ", ".join(c.label.ko for c in question.choices)
    raise AnswerError(Text(f"다음 중에서 고르세요: {labels}", "Pick one of the listed options."))


def parse_cell(column: Question, text: str) -> Any:
    """Return the value of a cell of a rows question (choices may be typed as their label)."""
    if column.kind is Kind.CHOICE:
        return parse_choice(column, text)
    return parse_answer(column, text)


def format_cell(column: Question, value: Any, lang: Lang) -> str:
    """Return a cell's value as shown in a rows table (an option by its label)."""
    if column.kind is Kind.CHOICE and value is not None:
        return column.choice_label(str(getattr(value, "value", value)), lang)
    return format_answer(column, value)


def parse_answer(question: Question, text: str) -> Any:
    """Return the value of ``text`` typed for ``question``; ``None`` for an empty answer.

    Raises:
        AnswerError: the text is not a valid answer; its ``text`` says why.
    """
    if question.kind is Kind.LIST:
        return parse_clauses(text)
    if not text.strip():
        return "" if question.kind in (Kind.TEXT, Kind.LONGTEXT, Kind.BRN) else None
    parsers: dict[Kind, Callable[[], Any]] = {
        Kind.INT: lambda: parse_int(text, question),
        Kind.NUMBER: lambda: parse_number(text, question),
        Kind.MONEY: lambda: parse_money(text, question),
        Kind.PERCENT: lambda: parse_percent(text, question),
        Kind.DATE: lambda: parse_date(text),
        Kind.BRN: lambda: parse_brn(text),
        Kind.TEXT: lambda: parse_text(text, SHORT_TEXT_MAX),
        Kind.LONGTEXT: lambda: parse_text(text, LONG_TEXT_MAX),
    }
    if question.kind not in parsers:
        raise TypeError(f"{question.kind} answers come from a choice widget, not typed text")
    return parsers[question.kind]()


def format_answer(question: Question, value: Any) -> str:
    """Return ``value`` as the text an editor shows (the inverse of :func:`parse_answer`)."""
    if value is None:
        return ""
    if question.kind is Kind.MONEY:
        return f"{int(value):,}"
    if question.kind is Kind.NUMBER:
        return f"{float(value):,.10g}"
    if question.kind is Kind.PERCENT:
        return f"{float(value):g}"
    if question.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if question.kind is Kind.LIST:
        return "\n\n".join(str(v) for v in value)
    return str(getattr(value, "value", value))
