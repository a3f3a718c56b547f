"""The main window (grows into the full interview in the desktop-app issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from subcontract_assist import __version__


class MainWindow(QMainWindow):
    """The application's main window."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("공정 하도급계약서 작성 도우미") + f" {__version__}")
        self.setCentralWidget(
            QLabel(self.tr("새 하도급계약서를 작성하거나 받은 계약서를 검토하세요."))
        )
        self.resize(1100, 760)
