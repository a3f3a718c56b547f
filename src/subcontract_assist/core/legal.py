"""The legal numbers in force (60 days, 10 days, rates …), read from ``data/legal_numbers.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class LegalNumber:
    """One number of the statute or a KFTC notice, with where it comes from."""

    key: str
    value: Any
    unit: str
    article: str
    source: str
    effective: str

    def __str__(self) -> str:
        return (
            f"{self.value:g}{self.unit}"
            if isinstance(self.value, float)
            else (f"{self.value}{self.unit}")
        )


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
                effective=entry.get("effective", ""),
            )
            for key, entry in entries.items()
        }

    def __getitem__(self, key: str) -> LegalNumber:
        return self._numbers[key]

    def value(self, key: str) -> Any:
        return self._numbers[key].value

    def all(self) -> list[LegalNumber]:
        return list(self._numbers.values())


@cache
def legal_numbers() -> LegalNumbers:
    """Return the numbers shipped with the app (read once)."""
    data = resources.files("subcontract_assist.core.data").joinpath("legal_numbers.toml")
    return LegalNumbers(tomllib.loads(data.read_text(encoding="utf-8")))
