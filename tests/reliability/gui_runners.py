"""Bad inputs through the desktop window: open a draft, export, review a received contract.

The window is built with the real adapters (app.py's exporter and received-contract ports) and
no model; error dialogs are recorded instead of shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from subcontract_assist.app import annotate_review, export_docx, read_received
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.ui import dialogs
from subcontract_assist.ui.dialogs import ExportSummaryDialog, FileDialogs
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.received_review import ReceivedReviewPorts
from subcontract_assist.ui.settings_store import SettingsStore
from tests.reliability.badinputs import Context, Outcome, Runner

Shown = list[tuple[str, str]]


@contextmanager
def window(ctx: Context) -> Iterator[tuple[MainWindow, Shown]]:
    """Yield a main window with a new 제조 draft open, and the error dialogs it shows."""
    shown: Shown = []

    def record(_parent: object, title: str, text: str) -> None:
        shown.append((title, text))

    for module in ("file_actions", "received_review"):
        ctx.monkeypatch.setattr(f"subcontract_assist.ui.{module}.show_error", record)
    ctx.monkeypatch.setattr(dialogs, "show_error", record)
    made = MainWindow(
        SettingsStore.at(ctx.scratch / "settings.ini"),
        exporter=export_docx,
        autosaver=Autosaver(ctx.scratch / "autosave", session="bad-inputs"),
        open_file=lambda _path: None,
        received=ReceivedReviewPorts(read=read_received, annotate=annotate_review),
    )
    made.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    try:
        yield made, shown
    finally:
        made.session.forget_changes()
        made.close()
        made.deleteLater()
        QApplication.processEvents()


def _dialog(shown: Shown, kept: bool, what: str) -> Outcome:
    message = shown[0][1] if shown else ""
    code = f"error dialog; {what}" if kept else "error dialog, but the window state changed"
    return Outcome(code, message, message, bool(shown), len(shown) == 1 and kept)


def gui_open() -> Runner:
    """File ▸ Open on the input; the draft being edited must stay."""

    def run(ctx: Context) -> Outcome:
        with window(ctx) as (win, shown):
            before = win.session.draft
            opened = win.files.open_path(ctx.input, confirmed=True)
            kept = not opened and win.session.draft is before
            return _dialog(shown, kept, "the open draft is kept")

    return run


def gui_export(target: Callable[[Context], Path]) -> Runner:
    """File ▸ Export to ``target(ctx)`` with the real .docx renderer."""

    def run(ctx: Context) -> Outcome:
        with window(ctx) as (win, shown):
            ctx.monkeypatch.setattr(ExportSummaryDialog, "ask", classmethod(lambda *_a: True))
            ctx.monkeypatch.setattr(
                FileDialogs, "ask_export_path", classmethod(lambda *_a: target(ctx))
            )
            before = win.session.draft
            written = win.files.export()
            kept = written is None and win.session.draft is before
            return _dialog(shown, kept, "the draft is kept")

    return run


def gui_received() -> Runner:
    """Start ▸ Review a received contract, on the input, rules only."""

    def run(ctx: Context) -> Outcome:
        with window(ctx) as (win, shown):
            page = win.received
            assert page is not None
            page.start(ctx.input)
            deadline = time.monotonic() + 30
            while page.cancel_button.isEnabled() and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
            assert not page.cancel_button.isEnabled(), "the review did not end"
            if page.result is not None:
                return Outcome("reviewed", page.status.text(), "", False, True)
            return _dialog(shown, page.source is None, "back to the start is possible")

    return run


def gui_save(target: Callable[[Context], Path]) -> Runner:
    """File ▸ Save As to ``target(ctx)`` (QSaveFile)."""

    def run(ctx: Context) -> Outcome:
        with window(ctx) as (win, shown):
            ctx.monkeypatch.setattr(
                FileDialogs, "ask_save_draft", classmethod(lambda *_a: target(ctx))
            )
            saved = win.files.save_as()
            return _dialog(shown, not saved and win.session.path is None, "the draft is kept")

    return run


def gui_autosave(fault: Callable[[Context], None]) -> Runner:
    """The autosave timer fires while ``fault`` makes writing fail: a status-bar note only."""

    def run(ctx: Context) -> Outcome:
        with window(ctx) as (win, shown):
            win.session.replace(win.session.draft, None, dirty=True)
            before = win.session.draft
            fault(ctx)
            win.files.autosave()
            note = win.statusBar().currentMessage()
            kept = not shown and win.session.draft is before and win.session.dirty
            code = "status-bar note, no dialog; editing goes on"
            return Outcome(code, note, note, bool(note), kept)

    return run
