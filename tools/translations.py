"""Update the interface translations: ``pyside6-lupdate`` → edit ``.ts`` → ``pyside6-lrelease``.

Usage: ``python tools/translations.py`` (from the repository root, with the venv's Python).

Korean is the source language of every ``self.tr("…")``, so only English needs a catalogue.
PySide6-Essentials ships both tools as ``pyside6-lupdate`` / ``pyside6-lrelease`` next to the
Python executable; the same binaries live in ``PySide6/Qt/libexec`` of the installed package.
New strings appear in the ``.ts`` marked ``unfinished``: translate them (Qt Linguist, via
``pyside6-linguist``, or any editor), then run this script again to compile the ``.qm`` files
that the package ships.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "subcontract_assist" / "ui"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """Return the path of a PySide6 tool (next to this Python, else on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def main() -> int:
    sources = sorted(str(p) for p in UI.glob("*.py"))
    for lang in LANGUAGES:
        ts = UI / "translations" / f"subcontract_assist_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-source-language",
                "ko",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
