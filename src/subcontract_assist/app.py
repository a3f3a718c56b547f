"""Composition root of the desktop app: QApplication, fonts, translators, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from subcontract_assist.ui.main_window import MainWindow


def main(argv: Sequence[str]) -> int:
    """Open the main window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Subcontract Assist")
    app.setOrganizationName("SubcontractAssist")
    window = MainWindow()
    window.show()
    return int(app.exec())
