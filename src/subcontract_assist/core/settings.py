"""The user's settings as plain data; the UI stores them (QSettings), core only reads them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

LanguageChoice = Literal["system", "ko", "en"]


class ModelChoice(StrEnum):
    """Which language model reviews free text."""

    DEFAULT = "default"  # the bundled Gemma 3 270M
    FILE = "file"  # a .gguf the user picked
    CATALOG = "catalog"  # a model from models/catalog.toml


@dataclass(frozen=True, slots=True)
class AppSettings:
    """What the Settings dialog edits.

    Attributes:
        model: default, a file or a catalog entry.
        model_path: the .gguf file when ``model`` is FILE.
        catalog_name: the catalog entry when ``model`` is CATALOG.
        gpu_layers: layers to offload to the GPU (-1 = automatic: all when a GPU exists,
            0 = CPU only).
        threads: CPU threads for the model (0 = automatic).
        language: ``system`` follows the system locale; ``ko`` / ``en`` override it.
        autosave_seconds: how often unsaved work is copied to the recovery folder (0 = never).
    """

    model: ModelChoice = ModelChoice.DEFAULT
    model_path: str = ""
    catalog_name: str = ""
    gpu_layers: int = -1
    threads: int = 0
    language: LanguageChoice = "system"
    autosave_seconds: int = 60

    def replace(self, **changes: object) -> AppSettings:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def resolve_language(choice: LanguageChoice, system_locale: str) -> Literal["ko", "en"]:
    """Return the interface language: the override, else Korean unless the system is English."""
    if choice in ("ko", "en"):
        return choice
    return "en" if system_locale.lower().startswith("en") else "ko"
