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


_ITEM_SYLLABLES = "가나다라마바사아자차카타파하"
_ITEM_VOWEL_SHIFT = 4  # 가 → 거: next vowel row (ㅏ → ㅓ) is 4 jungseong steps on


def hangul_item(n: int) -> str:
    """Return the 목 label for 1, 2, …: 가 … 하, then 거 너 더 … (as the standard forms do)."""
    if n < 1:
        raise ValueError(n)
    cycle, pos = divmod(n - 1, len(_ITEM_SYLLABLES))
    base = ord(_ITEM_SYLLABLES[pos])
    return chr(base + cycle * _ITEM_VOWEL_SHIFT * 28)


def korean_period(start: dt.date | None, end: dt.date | None) -> str:
    """Return ``2026년 7월 20일부터 2026년 10월 31일까지`` (blanks for unknown ends)."""
    return f"{korean_date(start)}부터 {korean_date(end)}까지"


def number_text(value: float) -> str:
    """Return a rate without a useless ``.0``: 15.5 → ``15.5``, 10.0 → ``10``, 1234 → ``1,234``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_JOSA_PAIRS = (
    ("을", "를"),
    ("이", "가"),
    ("은", "는"),
    ("과", "와"),
    ("으로", "로"),
    ("이라", "라"),
    ("이란", "란"),
)
# Either form names the pair ("와" works like "과"); other particles (에, 의, 에서) never change.
_JOSA = {form: pair for pair in _JOSA_PAIRS for form in pair}
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # jongseong index of ㄹ: "로" follows it, not "으로"


def josa(word: str, particle: str) -> str:
    """Return ``word`` with the particle form its last syllable takes: 목적물을, 공사를.

    Words not ending in a Hangul syllable get both forms (``ABC을(를)``), as forms do.
    """
    if particle not in _JOSA:
        return f"{word}{particle}"
    with_final, without = _JOSA[particle]
    last = word.rstrip()[-1:] or " "
    if not _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        return f"{word}{with_final}({without})"
    final = (ord(last) - _HANGUL_FIRST) % 28
    if particle == "으로" and final == _RIEUL:
        return f"{word}{without}"
    return f"{word}{with_final if final else without}"
