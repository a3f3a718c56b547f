"""Settings live in a temp ini in tests; the dialog edits them; the window applies them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.core.settings import AppSettings, ModelChoice
from subcontract_assist.ui.settings_dialog import SettingsDialog
from subcontract_assist.ui.settings_store import SettingsStore
from tests.ui.conftest import WindowFactory


def test_settings_round_trip_through_the_ini_file(tmp_path: Path) -> None:
    settings = AppSettings(ModelChoice.FILE, "/models/x.gguf", "", 10, 4, "en", 30)
    SettingsStore.at(tmp_path / "s.ini").save(settings)
    assert SettingsStore.at(tmp_path / "s.ini").load() == settings


def test_malformed_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[settings]\nmodel=gpt\nthreads=many\nlanguage=fr\n", "utf-8")
    assert SettingsStore.at(ini).load() == AppSettings()


def test_the_dialog_returns_what_was_edited(qtbot: QtBot) -> None:
    dialog = SettingsDialog(AppSettings(), ["qwen2.5-1.5b-instruct"])
    qtbot.addWidget(dialog)
    dialog.model_buttons[ModelChoice.CATALOG].setChecked(True)
    dialog.threads.setValue(2)
    dialog.gpu_layers.setValue(0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.value() == AppSettings(
        model=ModelChoice.CATALOG,
        catalog_name="qwen2.5-1.5b-instruct",
        gpu_layers=0,
        threads=2,
        language="en",
    )


def test_new_model_settings_rebuild_the_reviewer_and_are_saved(
    make_window: WindowFactory, store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[AppSettings] = []
    window = make_window()
    factory = window.reviewer_factory
    assert factory is not None

    def record(settings: AppSettings):  # type: ignore[no-untyped-def]
        asked.append(settings)
        return factory(settings)

    window.reviewer_factory = record
    new = AppSettings(threads=2, autosave_seconds=0)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda *_a: new))
    window.actions_by_name["settings"].trigger()
    assert asked == [new]
    assert store.load() == new
    assert not window.autosave_timer.isActive()


def test_shortcuts_cover_the_file_commands(make_window: WindowFactory) -> None:
    window = make_window()
    keys = {name: action.shortcut().toString() for name, action in window.actions_by_name.items()}
    assert keys["new"] == "Ctrl+N"
    assert keys["open"] == "Ctrl+O"
    assert keys["save"] == "Ctrl+S"
    assert keys["save_as"] == "Ctrl+Shift+S"
    assert keys["export"] == "Ctrl+E"
    assert keys["quit"] == "Ctrl+Q"
