"""The model catalog (``models/catalog.toml``) and the .gguf files the user already has."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.resources import shipped_dir, user_data_dir
from subcontract_assist.core.text import Text


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A model the project recommends for Korean legal text.

    Attributes:
        name: short id used on the command line.
        file: the file name it is saved as.
        url: where it is published (a pinned revision where known).
        size: bytes, 0 when not verified (``size_label`` is then approximate).
        sha256: "" when not verified: a download then needs the user to supply it.
        licence, context, use: what the user needs to choose.
    """

    name: str
    title: str
    file: str
    url: str
    size: int
    size_label: str
    sha256: str
    licence: str
    context: int
    use: Text

    @property
    def verified(self) -> bool:
        return len(self.sha256) == 64


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """Read the catalog; raise ModelError when it is unreadable."""
    path = path or shipped_dir("models") / "catalog.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return [
            CatalogEntry(
                name=m["name"],
                title=m.get("title", m["name"]),
                file=m["file"],
                url=m["url"],
                size=int(m.get("size", 0)),
                size_label=m.get("size_label", ""),
                sha256=m.get("sha256", "").lower(),
                licence=m.get("licence", ""),
                context=int(m.get("context", 0)),
                use=Text(m.get("use", ""), m.get("use_en", m.get("use", ""))),
            )
            for m in raw.get("model", [])
        ]
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        raise ModelError(
            Text("모델 목록을 읽을 수 없습니다.", "Cannot read the model catalog."),
            detail=f"{path}: {exc}",
        ) from exc


def find_entry(name: str, entries: list[CatalogEntry]) -> CatalogEntry:
    """Return the entry called ``name``; raise ModelError listing the names otherwise."""
    for entry in entries:
        if entry.name == name:
            return entry
    names = ", ".join(e.name for e in entries)
    raise ModelError(
        Text(f"목록에 없는 모델입니다: {name}", f"No such model in the catalog: {name}"),
        detail=f"{names}",
    )


def user_models_dir() -> Path:
    """Return the folder where downloaded and user-supplied models live."""
    return user_data_dir() / "models"


def local_models() -> Iterator[Path]:
    """Yield the .gguf files in the shipped ``models/`` folder and the user's models folder.

    LoRA adapters (``models/adapters``) are not models and are left out.
    """
    seen: set[Path] = set()
    for folder in (shipped_dir("models"), user_models_dir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.gguf")):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                yield path
