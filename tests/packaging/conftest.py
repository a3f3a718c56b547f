"""Packaging tests: ``packaging/build_support.py`` is a script folder, loaded here by path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"


def load_build_support() -> ModuleType:
    """Import packaging/build_support.py the way the spec does (by its folder, not a package)."""
    spec = importlib.util.spec_from_file_location("build_support", PACKAGING / "build_support.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bs() -> ModuleType:
    return load_build_support()
