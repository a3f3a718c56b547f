"""Where shipped data lives: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "SubcontractAssist"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def shipped_dir(name: str) -> Path:
    """Return the shipped ``templates`` or ``models`` folder.

    A wheel carries them inside the package (``subcontract_assist/templates``); an editable
    install or a source checkout uses the repository's top-level folders.
    """
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / name


def user_data_dir() -> Path:
    """Return the per-user data folder (drafts autosave, user templates, user models)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Return the per-user cache folder (the assembled default model lives here)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    """Return the folder where a firm's own templates override the shipped ones."""
    return user_data_dir() / "templates"
