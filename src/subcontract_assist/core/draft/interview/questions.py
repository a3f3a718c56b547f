"""Interview questions and sections, declared once in ``questions.toml`` and loaded as data."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from subcontract_assist.core.text import Lang, Text


class Kind(StrEnum):
    """How an answer is typed, parsed and shown (one editor per kind in the UI)."""

    INT = "int"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    BRN = "brn"  # 사업자등록번호
    TEXT = "text"
    LONGTEXT = "longtext"
    CHOICE = "choice"
    BOOL = "bool"
    LIST = "list"  # free-text clauses (특약), one per paragraph
    NUMBER = "number"  # a quantity that may have decimals (수량 2.5)
    ROWS = "rows"  # a list of rows (품목, 연동표 …), one column per row field


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice question: the stored value and its label."""

    value: str
    label: Text


@dataclass(frozen=True, slots=True)
class When:
    """The condition under which a question applies.

    A draft field equals / is in / contains a value, or is not empty (``nonempty``); a condition
    with ``any_of`` holds when one of its alternatives does (its own ``field`` is unused).
    """

    field: str
    equals: Any = None
    one_of: tuple[Any, ...] = ()
    contains: Any = None
    nonempty: bool = False
    any_of: tuple[When, ...] = ()

    def holds(self, value: Any) -> bool:
        """Return True when ``value`` (the field's current value) satisfies the condition."""
        value = getattr(value, "value", value)  # enums compare by their stored value
        if self.nonempty:
            return bool(value)
        if self.one_of:
            return value in self.one_of
        if self.contains is not None:
            items = [getattr(v, "value", v) for v in (value or [])]
            return self.contains in items
        return bool(value == self.equals)


@dataclass(frozen=True, slots=True)
class Question:
    """One question: the draft field it fills, its kind, wording, help citing the law, condition.

    Attributes:
        field: the draft field path it writes, also its id (``payment.due_days_after_receipt``).
        kind: the answer kind.
        label: the question in Korean and English.
        help: help text, citing the article that makes the question matter.
        choices: the options of a choice question.
        multiple: a choice question that takes several options (``payment.methods``).
        when: conditions that must all hold for the question to apply.
        optional: an unanswered optional question does not leave its section incomplete.
        minimum / maximum: bounds for int, number, money and percent answers.
        unit: the unit shown after the editor (일, 원, %).
        columns: the columns of a rows question; each is a Question whose ``field`` is the key
            within one row (``unit_price``).
        computed: a column the row computes itself (금액 = 수량 × 단가); shown, never typed.
    """

    field: str
    kind: Kind
    label: Text
    help: Text = dataclasses.field(default_factory=lambda: Text("", ""))
    choices: tuple[Choice, ...] = ()
    multiple: bool = False
    when: tuple[When, ...] = ()
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    columns: tuple[Question, ...] = ()
    computed: bool = False

    @property
    def id(self) -> str:
        return self.field

    def column(self, key: str) -> Question | None:
        """Return the column of a rows question that holds ``key``, or None."""
        return next((c for c in self.columns if c.field == key), None)

    def choice_label(self, value: str, lang: Lang) -> str:
        """Return the label of the option ``value`` (the value itself if unknown)."""
        return next((c.label.get(lang) for c in self.choices if c.value == value), value)


@dataclass(frozen=True, slots=True)
class Section:
    """A page of the interview: a title, the preview article it shows, its questions."""

    id: str
    title: Text
    article: str  # key of the contract article the preview scrolls to (id="art-<key>")
    questions: tuple[Question, ...] = field(default_factory=tuple)
    when: tuple[When, ...] = ()


def _text(raw: Mapping[str, Any], key: str) -> Text:
    ko = str(raw.get(key, ""))
    return Text(ko, str(raw.get(f"{key}_en", ko)))


def _whens(raw: Any) -> tuple[When, ...]:
    items = raw if isinstance(raw, list) else ([raw] if raw else [])
    return tuple(
        When(
            field=w.get("field", ""),
            equals=w.get("equals"),
            one_of=tuple(w.get("in", ())),
            contains=w.get("contains"),
            nonempty=bool(w.get("nonempty", False)),
            any_of=_whens(w.get("any", [])),
        )
        for w in items
    )


def _question(raw: Mapping[str, Any]) -> Question:
    return Question(
        field=raw["field"],
        kind=Kind(raw["kind"]),
        label=_text(raw, "label"),
        help=_text(raw, "help"),
        choices=tuple(Choice(str(c["value"]), _text(c, "label")) for c in raw.get("choices", ())),
        multiple=bool(raw.get("multiple", False)),
        when=_whens(raw.get("when")),
        optional=bool(raw.get("optional", False)),
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        unit=str(raw.get("unit", "")),
        columns=tuple(_question(c) for c in raw.get("column", ())),
        computed=bool(raw.get("computed", False)),
    )


def parse_sections(data: Mapping[str, Any]) -> tuple[Section, ...]:
    """Return the sections declared in parsed TOML ``data``."""
    return tuple(
        Section(
            id=raw["id"],
            title=_text(raw, "title"),
            article=str(raw.get("article", "")),
            questions=tuple(_question(q) for q in raw.get("question", ())),
            when=_whens(raw.get("when")),
        )
        for raw in data.get("section", ())
    )


@cache
def load_sections() -> tuple[Section, ...]:
    """Return the shipped interview (``questions.toml`` next to this module)."""
    text = resources.files(__package__).joinpath("questions.toml").read_text("utf-8")
    return parse_sections(tomllib.loads(text))


def all_questions(sections: Sequence[Section]) -> list[Question]:
    """Return every question of ``sections`` in interview order."""
    return [q for s in sections for q in s.questions]
