"""File commands of the main window: new, open, save, save as, export, autosave, recovery."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from subcontract_assist.core.document.structure import ContractDocument
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.draft.files import DRAFT_SUFFIX, load_draft
from subcontract_assist.core.draft.schema import Draft, Side, Transaction, TransactionType
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.dialogs import (
    ExportSummaryDialog,
    FileDialogs,
    RecoveryPrompt,
    UnsavedChangesPrompt,
    UnsavedChoice,
    show_error,
)
from subcontract_assist.ui.files import save_draft_file
from subcontract_assist.ui.session import DraftSession
from subcontract_assist.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from subcontract_assist.core.document.checklist import Checklist


class FileHost(Protocol):
    """What the file commands need from the window that owns them (the main window)."""

    lang: Lang

    def show_start(self) -> None:
        """Show the start page (after closing a draft)."""

    def export_checklist(self) -> Checklist:
        """Return what is left before export (for the export summary)."""


#: Writes a rendered contract to a file (app.py injects the .docx and .hwpx adapters).
Exporter = Callable[[ContractDocument, Path], None]
#: Converts a written .docx to PDF (app.py injects LibreOffice when it is installed).
PdfConverter = Callable[[Path, Path], None]
FORMAT_NAMES = {"docx": "Word", "hwpx": "한글", "pdf": "PDF"}


class FileActions(QObject):
    """Carries out the file commands for ``window``; dialogs go through their ``ask`` methods."""

    def __init__(
        self,
        window: QMainWindow,
        host: FileHost,
        session: DraftSession,
        store: SettingsStore,
        exporter: Exporter | None,
        autosaver: Autosaver | None,
        open_file: Callable[[Path], None],
        exporters: Mapping[str, Exporter] | None = None,
        pdf: PdfConverter | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.host, self.session, self.store = window, host, session, store
        self.exporter, self.autosaver, self.open_file = exporter, autosaver, open_file
        self.exporters: dict[str, Exporter] = dict(exporters or {})
        if exporter is not None:
            self.exporters.setdefault("docx", exporter)
        self.pdf = pdf
        self._autosaved = False

    def formats(self) -> dict[str, bool]:
        """Return which file types this installation can write."""
        docx = "docx" in self.exporters
        return {
            "docx": docx,
            "hwpx": "hwpx" in self.exporters,
            "pdf": docx and self.pdf is not None,
        }

    def _error(self, exc: AppError, title: str) -> None:
        show_error(self.window, title, exc.message(self.host.lang))

    def _folder(self) -> Path:
        return self.session.path.parent if self.session.path else Path.home()

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; return False when the user cancels."""
        if not self.session.dirty:
            return True
        choice = UnsavedChangesPrompt.ask(self.window)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def new(self) -> None:
        """Go to the start screen to begin a new contract."""
        if self.confirm_close():
            self.session.forget_changes()  # saved or discarded: the start screen asks no more
            self.discard_autosave()
            self.host.show_start()

    def new_draft(self, kind: TransactionType, side: Side) -> None:
        """Start a new draft of transaction ``kind`` with the user on ``side``."""
        if not self.confirm_close():
            return
        draft = Draft(transaction=Transaction(type=kind, user_side=side))
        self.discard_autosave()
        self.session.replace(draft, None)

    def open(self) -> None:
        """Pick a draft file and open it."""
        if not self.confirm_close():
            return
        path = FileDialogs.ask_open_draft(self.window, self._folder())
        if path is not None:
            self.open_path(path, confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Open the draft at ``path``; a broken file gets a clear message and changes nothing."""
        if not confirmed and not self.confirm_close():
            return False
        try:
            draft = load_draft(path)
        except AppError as exc:
            self._error(exc, self.tr("초안을 열 수 없습니다"))
            return False
        self.discard_autosave()
        self.session.replace(draft, path)
        self.store.add_recent_file(path)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask where); return True when saved."""
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        """Ask where to save, then save; return True when saved."""
        title = self.session.draft.contract.title or self.tr("하도급계약서")
        path = FileDialogs.ask_save_draft(self.window, self._folder() / f"{title}{DRAFT_SUFFIX}")
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            save_draft_file(self.session.draft, path)
        except AppError as exc:
            self._error(exc, self.tr("저장하지 못했습니다"))
            return False
        self.session.mark_saved(path)
        self.store.add_recent_file(path)
        self.discard_autosave()
        self.window.statusBar().showMessage(self.tr("저장했습니다: ") + str(path), 5000)
        return True

    def export(self, kind: str = "docx", confirm: bool = True) -> Path | None:
        """Show what is left (unless ``confirm`` is False: the finish step shows it already),
        write the contract as ``kind`` (docx, hwpx, pdf), open it; return its path."""
        if not self.formats().get(kind):
            if kind == "pdf" and "docx" in self.exporters:
                self._error_text(
                    self.tr("PDF로 내보낼 수 없습니다"),
                    self.tr(
                        "LibreOffice가 설치되어 있지 않습니다. LibreOffice를 설치하거나, Word "
                        "문서로 내보낸 뒤 Word나 한글에서 'PDF로 저장'을 고르세요."
                    ),
                )
            return None
        from subcontract_assist.core.document.rendering import (
            render_document,
        )  # see Workspace.recheck

        if confirm:
            try:
                checklist = self.host.export_checklist()
            except AppError as exc:
                self._error(exc, self.tr("내보내지 못했습니다"))
                return None
            if not ExportSummaryDialog.ask(self.window, checklist, self.host.lang):
                return None
        base = self.session.path.name.removesuffix(DRAFT_SUFFIX) if self.session.path else ""
        name = base or self.session.draft.contract.title or self.tr("하도급계약서")
        path = FileDialogs.ask_export_path(self.window, self._folder() / f"{name}.{kind}", kind)
        if path is None:
            return None
        try:
            doc = render_document(self.session.draft)
            if kind == "pdf":
                self._write_pdf(doc, path)
            else:
                self.exporters[kind](doc, path)
        except AppError as exc:
            self._error(exc, self.tr("내보내지 못했습니다"))
            return None
        self.window.statusBar().showMessage(self.tr("내보냈습니다: ") + str(path), 8000)
        self.open_file(path)
        return path

    def _write_pdf(self, doc: ContractDocument, path: Path) -> None:
        assert self.pdf is not None
        with tempfile.TemporaryDirectory(prefix="sa-pdf-") as folder:
            docx = Path(folder) / f"{path.stem}.docx"
            self.exporters["docx"](doc, docx)
            self.pdf(docx, path)

    def _error_text(self, title: str, message: str) -> None:
        show_error(self.window, title, message)

    def autosave(self) -> None:
        """Copy unsaved work to the recovery folder (the timer calls this)."""
        if self.autosaver is None or not self.session.dirty:
            return
        try:
            self.autosaver.write(self.session.draft, self.session.path)
            self._autosaved = True
        except AppError as exc:  # never interrupt typing with a dialog for a background copy
            self.window.statusBar().showMessage(exc.message(self.host.lang), 10_000)

    def discard_autosave(self) -> None:
        if self.autosaver is not None:
            self.autosaver.discard()

    def offer_recovery(self) -> bool:
        """Offer the newest draft a crashed session left; return True when it was restored."""
        if self.autosaver is None:
            return False
        pending = self.autosaver.pending()
        if not pending:
            return False
        recovery = pending[0]
        restore = RecoveryPrompt.ask(self.window, recovery)
        recovery.path.unlink(missing_ok=True)
        if restore:
            self.session.replace(recovery.draft, recovery.source, dirty=True)
        return restore
