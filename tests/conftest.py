"""Shared test setup: headless Qt, an isolated user data folder, example drafts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.netguard import blocked_network

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is created
os.environ.setdefault("SUBCONTRACT_ASSIST_LANG", "ko")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The project's read-only measurement material (eval sets, domain reference) sits beside the
# checkout; SUBCONTRACT_ASSIST_SHARED points elsewhere. Tests that measure on it skip without it.
SHARED = Path(os.environ.get("SUBCONTRACT_ASSIST_SHARED") or ROOT.parent / "shared")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, pytest.Function) and "qapp" in item.fixturenames:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point platformdirs at a temporary home so tests never touch the developer's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv(
        "XDG_CACHE_HOME", str(Path(os.environ.get("SUBCONTRACT_ASSIST_TEST_CACHE", home / "cache")))
    )
    return home


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every test runs offline: reaching any host but this one fails the test."""
    with blocked_network(monkeypatch, allow_loopback=True) as attempts:
        yield attempts


@pytest.fixture
def example_path() -> Path:
    return EXAMPLES / "manufacturing.scdraft.json"
