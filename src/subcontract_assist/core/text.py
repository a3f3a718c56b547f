"""Bilingual user-facing text and the language in force."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Lang = Literal["ko", "en"]


@dataclass(frozen=True, slots=True)
class Text:
    """A message in Korean (first) and English."""

    ko: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.ko

    def __str__(self) -> str:
        return self.get(current_language())


def current_language() -> Lang:
    """Return the language for headless output: SUBCONTRACT_ASSIST_LANG, else LANG, else Korean."""
    value = os.environ.get("SUBCONTRACT_ASSIST_LANG") or os.environ.get("LANG", "")
    return "en" if value.lower().startswith("en") else "ko"
