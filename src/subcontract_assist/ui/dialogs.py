"""Dialogs that return a value, each behind a classmethod ``ask`` that tests can monkeypatch."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.autosave import Recovery
from subcontract_assist.core.draft.files import DRAFT_SUFFIX
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.finish_page import checklist_html, checklist_summary

if TYPE_CHECKING:
    from subcontract_assist.core.document.checklist import Checklist


class FileDialogs:
    """File pickers (Qt's own dialogs, translated by the qtbase catalogue)."""

    @classmethod
    def ask_open_draft(cls, parent: QWidget, folder: Path) -> Path | None:
        """Return the draft file the user picked, or None."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "초안 열기"),
            str(folder),
            QCoreApplication.translate("FileDialogs", "하도급계약 초안 (*.json)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_open_contract(cls, parent: QWidget, folder: Path) -> Path | None:
        """Return the received contract (.docx, .hwpx, .hwp, .pdf or text) picked, or None."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "검토할 계약서 열기"),
            str(folder),
            QCoreApplication.translate("FileDialogs", "계약서 (*.docx *.hwpx *.hwp *.pdf *.txt)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_save_draft(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Return where to save the draft, or None."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "다른 이름으로 저장"),
            str(suggested),
            QCoreApplication.translate("FileDialogs", "하도급계약 초안 (*.json)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.name.endswith(".json") else path.with_name(path.name + DRAFT_SUFFIX)

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path, kind: str = "docx") -> Path | None:
        """Return where to write the contract as ``kind`` (docx, hwpx, pdf), or None."""
        filters = {
            "docx": QCoreApplication.translate("FileDialogs", "Word 문서 (*.docx)"),
            "hwpx": QCoreApplication.translate("FileDialogs", "한글 문서 (*.hwpx)"),
            "pdf": QCoreApplication.translate("FileDialogs", "PDF 문서 (*.pdf)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "계약서 내보내기"),
            str(suggested),
            filters.get(kind, filters["docx"]),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")

    @classmethod
    def ask_model_file(cls, parent: QWidget, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileDialogs", "모델 파일 선택"),
            str(folder),
            QCoreApplication.translate("FileDialogs", "GGUF 모델 (*.gguf)"),
        )
        return Path(name) if name else None


class UnsavedChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt(QMessageBox):
    """Asks whether to save the changes before the draft is closed."""

    @classmethod
    def ask(cls, parent: QWidget) -> UnsavedChoice:
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(box.tr("저장하지 않은 변경"))
        box.setText(box.tr("이 초안에 저장하지 않은 변경이 있습니다. 저장할까요?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Save).setText(box.tr("저장"))
        box.button(QMessageBox.StandardButton.Discard).setText(box.tr("저장 안 함"))
        box.button(QMessageBox.StandardButton.Cancel).setText(box.tr("취소"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL


class RecoveryPrompt(QMessageBox):
    """Offers back a draft that a crashed session left in the recovery folder."""

    @classmethod
    def ask(cls, parent: QWidget, recovery: Recovery) -> bool:
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(box.tr("작업 복구"))
        source = recovery.source.name if recovery.source else box.tr("새 초안")
        when = recovery.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box.setText(
            box.tr("프로그램이 비정상적으로 종료되었습니다. 자동 저장된 작업을 복구할까요?")
            + f"\n\n{source} ({when})"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user what went wrong; the app keeps running."""
    QMessageBox.warning(parent, title, message)


class ExportSummaryDialog(QDialog):
    """What is left before the contract is written (the finish step's checklist); the user
    confirms or goes back."""

    def __init__(self, checklist: Checklist, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("계약서 내보내기 — 확인"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        self.summary = QLabel(checklist_summary(checklist), self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.list = QTextBrowser(self)
        self.list.setOpenLinks(False)
        self.list.setMinimumHeight(300)
        # the "이동" links belong to the finish step; here the user goes back with the button
        self.list.setHtml(re.sub(r" <a href=[^>]*>[^<]*</a>", "", checklist_html(checklist, lang)))
        self.list.setVisible(not checklist.clear)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        text = self.tr("내보내기") if checklist.clear else self.tr("이대로 내보내기")
        self.export_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(
            self.tr("돌아가서 고치기"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget, checklist: Checklist, lang: Lang) -> bool:
        """Return True when the user confirms the export."""
        return cls(checklist, lang, parent).exec() == QDialog.DialogCode.Accepted
