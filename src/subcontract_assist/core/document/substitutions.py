"""Where the contract says something other than the answer: statutory values, defaults, blanks.

The renderer writes the statute's number where an answer goes past it (a due date of 90 days is
by 제13조③ the 60th day) and the statutory number where nothing was answered. Nothing of that may
happen silently: rendered for the preview (``marks=True``), each such value is wrapped in a
marker naming its fact, so the preview highlights it with the reason and the export checklist
lists it with the article it is in. Unanswered items that print as ``○`` blanks are found the
same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from subcontract_assist.core.document.structure import (
    Article,
    ContractDocument,
    Paragraph,
    Section,
    Table,
)
from subcontract_assist.core.koreanformat import number_text
from subcontract_assist.core.text import Lang, Text

MARK = re.compile(r"⟦sub:([a-z_]+)⟧(.*?)⟦/sub⟧")
BLANK = re.compile(r"±?○+(?:/1,000|개월|%)?|(?<![0-9])년 {2,}월 {2,}일")


def mark(key: str, text: str) -> str:
    """Return ``text`` wrapped in the marker of fact ``key``."""
    return f"⟦sub:{key}⟧{text}⟦/sub⟧"


def unmark(text: str) -> str:
    """Return ``text`` without substitution markers (the value stays)."""
    return MARK.sub(r"\2", text)


class MarkedInt(int):
    """A number the renderer chose (not the user's answer); prints with its marker."""

    key: str

    def __new__(cls, value: int, key: str) -> MarkedInt:
        obj = super().__new__(cls, value)
        obj.key = key
        return obj

    def __str__(self) -> str:
        return mark(self.key, int.__repr__(self))


class MarkedFloat(float):
    """A rate the renderer chose; prints (also through the ``num`` filter) with its marker."""

    key: str

    def __new__(cls, value: float, key: str) -> MarkedFloat:
        obj = super().__new__(cls, value)
        obj.key = key
        return obj

    def __str__(self) -> str:
        return mark(self.key, number_text(float(self)))


class BlankAmount(int):
    """An amount nobody entered (0 for arithmetic); the money filters print it as ``○○○``."""

    def __new__(cls) -> BlankAmount:
        return super().__new__(cls, 0)


def marked(value: Any, key: str) -> Any:
    """Return ``value`` as a marked number (ints stay ints)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return MarkedInt(value, key)
    return MarkedFloat(float(value), key)


@dataclass(frozen=True, slots=True)
class Substitution:
    """A value the contract states that the user did not answer as such.

    Attributes:
        key: the fact (``due_days``), as in the marker.
        field: the draft field the value stands for.
        label: what the value is, for the user.
        entered: the answer (None when unanswered).
        written: what the contract says.
        unit: 일 or %.
    """

    key: str
    field: str
    label: Text
    entered: float | None
    written: float
    unit: str

    @property
    def statutory(self) -> bool:
        """True when an answer was replaced by the statute's value (not a default)."""
        return self.entered is not None

    def note(self, lang: Lang = "ko") -> str:
        """Return the reason, e.g. ``입력값 90일은 법정 상한을 넘어 60일로 작성``."""
        written = f"{number_text(self.written)}{self.unit}"
        if self.entered is None:
            return {
                "ko": f"답하지 않아 법정 기준 {written}로 작성",
                "en": f"not answered: written as the statutory {written}",
            }[lang]
        entered = f"{number_text(self.entered)}{self.unit}"
        return {
            "ko": f"입력값 {entered}은 법정 기준에 어긋나 {written}로 작성",
            "en": f"the answer {entered} breaks the statutory limit: written as {written}",
        }[lang]

    def describe(self, lang: Lang = "ko") -> str:
        return f"{self.label.get(lang)}: {self.note(lang)}"


@dataclass(frozen=True, slots=True)
class Found:
    """Something the checklist reports, with where it is in the contract."""

    where: str
    text: str
    substitution: Substitution | None = None


def _located_texts(doc: ContractDocument) -> list[tuple[str, str]]:
    """Return (location, text) for every text of the document, in reading order."""
    out: list[tuple[str, str]] = []
    for section in doc.sections:
        out.extend(_blocks(section, None, section.blocks + section.closing))
        for article in section.articles:
            out.extend(_blocks(section, article, article.blocks))
    return out


def _where(section: Section, article: Article | None) -> str:
    name = "표지" if section.key == "cover" else section.heading
    if article is None:
        return name
    return article.heading if section.key == "body" else f"{name} {article.heading}"


def _blocks(
    section: Section, article: Article | None, blocks: list[Paragraph | Table]
) -> list[tuple[str, str]]:
    where = _where(section, article)
    out: list[tuple[str, str]] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                label = f"{where} – {row[0]}" if block.kind == "form" and row else where
                out.extend((label, cell) for cell in row)
            continue
        out.append((where, block.text))
        for item in block.items:
            out.append((where, item.text))
            out.extend((where, sub) for sub in item.subitems)
    return out


def substitutions_in(doc: ContractDocument) -> list[Found]:
    """Return each marked value of a document rendered with marks, once per place."""
    known = {s.key: s for s in doc.substitutions}
    seen: set[tuple[str, str]] = set()
    out: list[Found] = []
    for where, text in _located_texts(doc):
        for match in MARK.finditer(text):
            sub = known.get(match.group(1))
            if sub is None or (where, sub.key) in seen:
                continue
            seen.add((where, sub.key))
            out.append(Found(where, sub.describe(), sub))
    return out


def blanks_in(doc: ContractDocument) -> list[Found]:
    """Return the places where the contract prints ``○`` blanks for unanswered items."""
    out: list[Found] = []
    for where, text in _located_texts(doc):
        plain = unmark(text)
        if BLANK.search(plain) and all(f.where != where for f in out):
            out.append(Found(where, plain))
    return out
