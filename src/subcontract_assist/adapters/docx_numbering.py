"""Reconstruct the numbers Word draws for automatic numbering (①, 1., 가.) from numbering.xml.

python-docx gives a paragraph's text without its list number, yet in Korean contracts the
number *is* the structure (① is a 항, 1. a 호). The count is kept per abstract list
(``w:abstractNum``); a ``w:num`` may restart a level (``w:startOverride``) or redefine it
(``w:lvl`` inside ``w:lvlOverride``). :class:`NumberingLabeler` lists the exact rules.
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
    """One ``w:num``: its abstract list, the levels it redefines and the levels it restarts."""

    abstract_id: str
    levels: dict[int, _Level] = field(default_factory=dict)  # ilvl → w:lvl inside w:lvlOverride
    restarts: dict[int, int] = field(default_factory=dict)  # ilvl → w:startOverride


def _val(element: Any, tag: str, default: str = "") -> str:
    child = element.find(qn(tag)) if element is not None else None
    return str(child.get(qn("w:val"))) if child is not None else default


def _int(text: str) -> int | None:
    return int(text) if text.lstrip("-").isdigit() else None


def _levels(parent: Any) -> dict[int, _Level]:
    levels = {}
    for lvl in parent.findall(qn("w:lvl")):
        ilvl = _int(str(lvl.get(qn("w:ilvl"), "0")))
        if ilvl is not None and 0 <= ilvl <= 8:
            start = _int(
                _val(lvl, "w:start", "0")
            )  # the standard's default, as Word and LibreOffice
            levels[ilvl] = _Level(
                _val(lvl, "w:numFmt", "decimal"),
                _val(lvl, "w:lvlText", ""),
                0 if start is None else start,
            )
    return levels


class NumberingLabeler:
    """Gives each numbered paragraph the label Word would draw, in document order.

    Call :meth:`label` once per paragraph, in reading order: the counters advance as Word's do.
    The counting follows LibreOffice's rendering of the same file (the audit's reference):

    - every ``w:num`` of one ``w:abstractNum`` counts on one counter per level (a second list
      on the same abstract list continues the first);
    - a ``w:lvl`` inside a ``w:lvlOverride`` redefines that level (format, text, start) for
      paragraphs of that ``w:num`` only; the count stays shared;
    - a ``w:startOverride`` sets the count of its level once, at the first paragraph of that
      ``w:num`` on that level; later the level restarts at the level's own start as usual;
    - a level starts at its ``w:start`` when it is fresh (never used, or reset by a paragraph
      on a higher level), otherwise it counts on, whatever a redefinition's start says;
    - an abstract list that only points at a numbering style (``w:numStyleLink``) counts with
      the list that defines that style (``w:styleLink``).
    """

    def __init__(self, document: DocxDocument) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._lists: dict[str, _List] = {}
        self._styles: dict[str, tuple[str, int, str]] = {}  # styleId → (numId, ilvl, basedOn)
        self._counters: dict[str, list[int | None]] = {}
        self._restarted: set[tuple[str, int]] = set()
        self._style_links: dict[str, str] = {}  # abstractNumId → numbering style it points at
        self._style_owners: dict[str, str] = {}  # numbering style → abstractNumId defining it
        self._load_numbering(document)
        self._load_styles(document)
        self._follow_style_links()

    def _load_numbering(self, document: DocxDocument) -> None:
        try:
            root: Any = document.part.part_related_by(RT.NUMBERING).element  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            return  # no numbering part: nothing is auto-numbered
        for abstract in root.findall(qn("w:abstractNum")):
            abstract_id = str(abstract.get(qn("w:abstractNumId")))
            self._levels[abstract_id] = _levels(abstract)
            if link := _val(abstract, "w:numStyleLink"):
                self._style_links[abstract_id] = link
            if owner := _val(abstract, "w:styleLink"):
                self._style_owners[owner] = abstract_id
        for num in root.findall(qn("w:num")):
            entry = _List(_val(num, "w:abstractNumId"))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(str(override.get(qn("w:ilvl"), "0")))
                if ilvl is None or not 0 <= ilvl <= 8:
                    continue
                start = _int(_val(override, "w:startOverride"))
                if start is not None:
                    entry.restarts[ilvl] = start
                redefined = _levels(override)
                if redefined:
                    # the w:ilvl of the override names the level, whatever the inner w:lvl says
                    entry.levels[ilvl] = next(iter(redefined.values()))
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

    def _follow_style_links(self) -> None:
        for entry in self._lists.values():
            link = self._style_links.get(entry.abstract_id)
            if link is None:
                continue
            owner = self._style_owners.get(link)
            if owner is None:  # else the numbering style's own w:num names the abstract list
                styled = self._lists.get(self._styles.get(link, ("", 0, ""))[0])
                owner = styled.abstract_id if styled is not None else None
            if owner is not None and owner not in self._style_links:
                entry.abstract_id = owner

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
        levels = {**self._levels.get(entry.abstract_id, {}), **entry.levels}
        counters = self._counters.setdefault(entry.abstract_id, [None] * 9)
        current = levels.get(ilvl, _Level())
        if ilvl in entry.restarts and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            counters[ilvl] = entry.restarts[ilvl]
        else:
            count = counters[ilvl]
            counters[ilvl] = current.start if count is None else count + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if current.fmt == "bullet":
            return ""
        text = current.text
        for n in range(ilvl, -1, -1):
            shown = levels.get(n, _Level())
            value = counters[n]
            text = text.replace(
                f"%{n + 1}", format_number(shown.start if value is None else value, shown.fmt)
            )
        return str(text).strip()
