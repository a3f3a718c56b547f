"""UI test fixtures: temp-ini settings, a single-thread review pool, a window with fakes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from subcontract_assist.core.document.structure import ContractDocument
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.ui import dialogs
from subcontract_assist.ui.controllers import ReviewerSource
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.settings_store import SettingsStore
from tests.ui.fakes import FakeReviewer


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    """Settings on a temporary ini file, never the developer's."""
    return SettingsStore.at(tmp_path / "settings.ini")


@pytest.fixture
def llm_pool(qapp: QApplication) -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    yield pool
    assert pool.waitForDone(5_000), "a Task outlived its test"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record error dialogs instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(
        "subcontract_assist.ui.file_actions.show_error",
        lambda _p, title, text: shown.append((title, text)),
    )
    return shown


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that forgets to answer a dialog fails instead of hanging."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a modal dialog opened that the test did not expect")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "warning", refuse)


class Exports:
    """A fake exporter: records documents and writes a small file where the .docx would go."""

    def __init__(self) -> None:
        self.written: list[tuple[ContractDocument, Path]] = []

    def __call__(self, doc: ContractDocument, path: Path) -> None:
        self.written.append((doc, path))
        path.write_text(doc.title, "utf-8")


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, store: SettingsStore, tmp_path: Path) -> Iterator[WindowFactory]:
    """Return a factory for main windows wired to fakes; windows are closed without prompts."""
    made: list[MainWindow] = []

    def make(**overrides: Any) -> MainWindow:
        reviewer = overrides.pop("reviewer", None) or FakeReviewer()
        options: dict[str, Any] = {
            "reviewer_factory": lambda _settings: ReviewerSource("fake-model", lambda: reviewer),
            "exporter": Exports(),
            "autosaver": Autosaver(tmp_path / "autosave", session="test"),
            "open_file": lambda _path: None,
        }
        options.update(overrides)
        window = MainWindow(store, **options)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:  # closed here, not by qtbot, so that no unsaved-changes prompt opens
        window.session.forget_changes()
        window.close()
        window.deleteLater()
