"""Korean contract formatting: amounts in words (일금 …원정), dates, circled numbers."""

from __future__ import annotations

import datetime as dt

from num2words import num2words

_CIRCLED = (
    [chr(c) for c in range(0x2460, 0x2474)]
    + [chr(c) for c in range(0x3251, 0x3260)]
    + [chr(c) for c in range(0x32B1, 0x32C0)]
)
_UNITS = "십백천"
_GROUPS = "만억조경"


def circled(n: int) -> str:
    """Return ①…㊿ for 1…50, or ``(n)`` beyond."""
    return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"({n})"


def amount_words(amount: int) -> str:
    """Return the formal Korean words for ``amount``: 1,100,000 → ``일백일십만``.

    num2words gives the everyday form (``백십만``); contracts write every unit with its digit
    (일십·일백·일천·일만) so the words cannot be altered.
    """
    if amount == 0:
        return "영"
    plain = num2words(amount, lang="ko").replace(" ", "")
    out: list[str] = []
    for ch in plain:
        if (ch in _UNITS or ch in _GROUPS) and (not out or out[-1] in _GROUPS):
            out.append("일")
        out.append(ch)
    return "".join(out)


def amount_line(amount: int) -> str:
    """Return ``일금 일억일천만원정 (₩110,000,000)``."""
    return f"일금 {amount_words(amount)}원정 (₩{amount:,})"


def korean_date(value: dt.date | None, blank: str = "      년     월     일") -> str:
    """Return ``2026년 7월 20일`` or a blank date line for signing by hand."""
    return f"{value.year}년 {value.month}월 {value.day}일" if value else blank
