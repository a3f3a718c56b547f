"""The legal numbers in force (60 days, 10 days, rates …), read from ``data/legal_numbers.toml``.

Rules never write a statutory number as a literal: they read it here, so a new KFTC notice is a
one-line edit of the data file and every finding quotes the number in force.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def format_won(amount: int) -> str:
    """Return a KRW amount the way Korean contracts say it: 100000000 → ``1억원``."""
    if amount <= 0:
        return "0원"
    jo, rest = divmod(amount, 10**12)
    eok, rest = divmod(rest, 100_000_000)
    man, won = divmod(rest, 10_000)
    parts = [f"{jo:,}조"] if jo else []
    if eok:
        parts.append(f"{eok:,}억")
    if man:
        parts.append(f"{man:,}만" if man % 1000 else f"{man // 1000}천만")
    if won:
        parts.append(f"{won:,}")
    return " ".join(parts) + "원"


_EN_UNITS = {"일": " days", "년": " years", "개월": " months", "배": " times", "%": "%"}
_PLACEHOLDER = re.compile(r"\{law\.([a-z0-9_]+)\}")


@dataclass(frozen=True, slots=True)
class LegalNumber:
    """One number of the statute or a KFTC notice, with where it comes from."""

    key: str
    value: Any
    unit: str
    article: str
    source: str
    effective: str

    def words(self, lang: str = "ko") -> str:
        """Return the number as a sentence quotes it: ``60일`` / ``60 days``, dates as dates."""
        if isinstance(self.value, dt.date):
            day = self.value
            return f"{day.year}년 {day.month}월 {day.day}일" if lang == "ko" else day.isoformat()
        if lang == "ko":
            return str(self)
        if isinstance(self.value, int) and self.unit == "원":
            return f"KRW {self.value:,}"
        figure = f"{self.value:g}" if isinstance(self.value, float) else str(self.value)
        unit = _EN_UNITS.get(self.unit, self.unit)
        return f"{figure}{unit}"

    def __str__(self) -> str:
        if isinstance(self.value, bool):
            return str(self.value)
        if isinstance(self.value, int) and self.unit == "원":
            return format_won(self.value)
        if isinstance(self.value, float):
            return f"{self.value:g}{self.unit}"
        return f"{self.value}{self.unit}"


class LegalNumbers:
    """Lookup of the numbers by key: ``legal["payment_deadline_days"].value``."""

    def __init__(self, entries: dict[str, dict[str, Any]]) -> None:
        self._numbers = {
            key: LegalNumber(
                key=key,
                value=entry["value"],
                unit=entry.get("unit", ""),
                article=entry.get("article", ""),
                source=entry.get("source", ""),
                effective=str(entry.get("effective", "")),
            )
            for key, entry in entries.items()
        }

    def __getitem__(self, key: str) -> LegalNumber:
        return self._numbers[key]

    def value(self, key: str) -> Any:
        return self._numbers[key].value

    def integer(self, key: str) -> int:
        """Return a whole-number value (days, won, months); raise TypeError for another kind."""
        value = self._numbers[key].value
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"legal number {key!r} is not an integer: {value!r}")
        return value

    def number(self, key: str) -> float:
        """Return a numeric value (a rate or percentage) as float."""
        value = self._numbers[key].value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"legal number {key!r} is not a number: {value!r}")
        return float(value)

    def date(self, key: str) -> dt.date:
        """Return a date value (the day a rule version starts to apply)."""
        value = self._numbers[key].value
        if not isinstance(value, dt.date):
            raise TypeError(f"legal number {key!r} is not a date: {value!r}")
        return value

    def all(self) -> list[LegalNumber]:
        return list(self._numbers.values())

    def fill(self, text: str, lang: str = "ko") -> str:
        """Replace each ``{law.key}`` in a data text by the number in force (``60일``).

        Raises:
            KeyError: a placeholder names a key the numbers file does not have; data that cites
                a number must never fall back to a figure typed elsewhere.
        """

        def quote(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in self._numbers:
                raise KeyError(f"unknown legal number {key!r} in {text[:60]!r}")
            return self._numbers[key].words(lang)

        return _PLACEHOLDER.sub(quote, text)


@cache
def legal_numbers() -> LegalNumbers:
    """Return the numbers shipped with the app (read once)."""
    data = resources.files("subcontract_assist.core.data").joinpath("legal_numbers.toml")
    return LegalNumbers(tomllib.loads(data.read_text(encoding="utf-8")))
