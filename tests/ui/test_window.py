"""The main window opens offscreen on the start screen."""

from __future__ import annotations

from tests.ui.conftest import WindowFactory


def test_main_window_opens_on_the_start_screen(make_window: WindowFactory) -> None:
    window = make_window()
    assert "하도급" in window.windowTitle()
    assert window.stack.currentWidget() is window.start
    assert window.start.new_button.isDefault()
