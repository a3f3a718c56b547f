"""The main window opens offscreen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from subcontract_assist.ui.main_window import MainWindow


def test_main_window_opens(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "하도급" in window.windowTitle()
