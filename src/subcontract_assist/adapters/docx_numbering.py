"""Reconstruct the numbers Word draws for automatic numbering (①, 1., 가.) from numbering.xml.

python-docx gives a paragraph's text without its list number, yet in Korean contracts the
number *is* the structure (① is a 항, 1. a 호). Word keeps the count per abstract list
(``w:abstractNum``); a ``w:num`` with a ``w:startOverride`` restarts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from subcontract_assist.core.koreanformat import circled

_GANADA = "가나다라마바사아자차카타파하"
_CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_KOREAN_DIGITS = "일이삼사오육칠팔구십"
_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _cycle(alphabet: str, n: int) -> str:
    return alphabet[(n - 1) % len(alphabet)] if n >= 1 else str(n)


def _letters(n: int) -> str:
    # Word's upperLetter: A…Z, then AA…ZZ (the letter repeated), not spreadsheet columns.
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n >= 1 else str(n)


def format_number(n: int, fmt: str) -> str:
    """Return ``n`` in the Word number format ``fmt`` (``decimalEnclosedCircle`` → ①)."""
    formats: dict[str, Callable[[int], str]] = {
        "decimal": str,
        "decimalZero": lambda v: f"{v:02d}",
        "decimalEnclosedCircle": circled,
        "decimalEnclosedCircleChinese": circled,
        "decimalEnclosedParen": lambda v: f"({v})",
        "decimalEnclosedFullstop": lambda v: f"{v}.",
        "ganada": lambda v: _cycle(_GANADA, v),
        "chosung": lambda v: _cycle(_CHOSUNG, v),
        "koreanDigital": lambda v: _KOREAN_DIGITS[v - 1] if 1 <= v <= 10 else str(v),
        "upperLetter": _letters,
        "lowerLetter": lambda v: _letters(v).lower(),
        "upperRoman": _roman,
        "lowerRoman": lambda v: _roman(v).lower(),
        "none": lambda v: "",
    }
    return formats.get(fmt, str)(n)


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass(slots=True)
class _List:
    abstract_id: str
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl → startOverride


def _val(element: Any, tag: str, default: str = "") -> str:
    child = element.find(qn(tag)) if element is not None else None
    return str(child.get(qn("w:val"))) if child is not None else default


class NumberingLabeler:
    """Gives each numbered paragraph the label Word would draw, in document order.

    Call :meth:`label` once per paragraph, in reading order: the counters advance as Word's do.
    """

    def __init__(self, document: DocxDocument) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._lists: dict[str, _List] = {}
        self._styles: dict[str, tuple[str, int, str]] = {}  # styleId → (numId, ilvl, basedOn)
        self._counters: dict[str, list[int]] = {}
        self._started: set[str] = set()
        self._load_numbering(document)
        self._load_styles(document)

    def _load_numbering(self, document: DocxDocument) -> None:
        try:
            root: Any = document.part.part_related_by(RT.NUMBERING).element  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            return  # no numbering part: nothing is auto-numbered
        for abstract in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                start = _val(lvl, "w:start", "1")
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    _val(lvl, "w:numFmt", "decimal"),
                    _val(lvl, "w:lvlText", ""),
                    int(start) if start.lstrip("-").isdigit() else 1,
                )
            self._levels[str(abstract.get(qn("w:abstractNumId")))] = levels
        for num in root.findall(qn("w:num")):
            entry = _List(_val(num, "w:abstractNumId"))
            for override in num.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start.isdigit():
                    entry.overrides[int(override.get(qn("w:ilvl"), "0"))] = int(start)
            self._lists[str(num.get(qn("w:numId")))] = entry

    def _load_styles(self, document: DocxDocument) -> None:
        for style in document.styles.element.findall(qn("w:style")):
            ppr = style.find(qn("w:pPr"))
            numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
            ilvl = _val(numpr, "w:ilvl", "0")
            self._styles[str(style.get(qn("w:styleId")))] = (
                _val(numpr, "w:numId"),
                int(ilvl) if ilvl.isdigit() else 0,
                _val(style, "w:basedOn"),
            )

    def _num_pr(self, p: Any) -> tuple[str, int]:
        ppr = p.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is not None and numpr.find(qn("w:numId")) is not None:
            ilvl = _val(numpr, "w:ilvl", "0")
            return _val(numpr, "w:numId"), int(ilvl) if ilvl.isdigit() else 0
        style_id = _val(ppr, "w:pStyle") if ppr is not None else ""
        for _ in range(10):  # follow basedOn, bounded against cycles
            num_id, style_lvl, based_on = self._styles.get(style_id, ("", 0, ""))
            if num_id:
                return num_id, style_lvl
            if not based_on:
                break
            style_id = based_on
        return "", 0

    def label(self, p: Any) -> str:
        """Return the label of the ``w:p`` element ``p`` (``""`` when it is not numbered)."""
        num_id, ilvl = self._num_pr(p)
        entry = self._lists.get(num_id)
        if num_id in ("", "0") or entry is None or not 0 <= ilvl <= 8:
            return ""
        levels = self._levels.get(entry.abstract_id, {})
        counters = self._counters.setdefault(entry.abstract_id, [0] * 9)
        if num_id not in self._started:  # a list instance with startOverride restarts the count
            self._started.add(num_id)
            for level, start in entry.overrides.items():
                if 0 <= level <= 8:
                    counters[level] = start - 1
        current = levels.get(ilvl, _Level())
        counters[ilvl] = max(counters[ilvl], current.start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if current.fmt == "bullet":
            return ""
        text = current.text
        for n in range(ilvl, -1, -1):
            shown = levels.get(n, _Level())
            value = counters[n] or shown.start
            text = text.replace(f"%{n + 1}", format_number(value, shown.fmt))
        return str(text).strip()
