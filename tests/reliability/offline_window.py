"""The desktop app's whole flow, as app.py composes it, for the no-network test.

New draft → answers → rule findings → a special term reviewed by the default model → export
.docx → save → a received contract reviewed (model loaded) → commented copy. The file dialogs
and the system "open file" call are the only things replaced.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.app import build_window
from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.ui.dialogs import ExportSummaryDialog, FileDialogs
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.settings_store import SettingsStore
from tests.ui.answering import answer

#: Written for this test: a 90-day payment term in a special term (제13조 ①: 60 days at most).
SPECIAL_TERM = "원사업자는 목적물 수령일부터 90일 이내에 하도급대금을 지급한다."
MODEL_WAIT_MS = 180_000  # the default model loads on the review thread first (shared CPU)


def _articles(window: MainWindow) -> list[str]:
    return [f.article for f in window.workspace.findings_model.findings]


def draft_review_export(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Answer, see findings (rules, then the model's pass), export and save."""
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.workspace.show_section("payment")
    answer(window.workspace.page.editor("payment.due_days_after_receipt"), "90")
    assert any(a.startswith("제13조") for a in _articles(window))
    window.workspace.show_section("special_terms")
    with qtbot.waitSignal(window.review.finished, timeout=MODEL_WAIT_MS):
        answer(window.workspace.page.editor("special_terms"), SPECIAL_TERM)
    assert window.review.source is not None
    assert "Gemma" in window.model_label.text()  # the model really loaded
    exported = window.files.export()
    assert exported == tmp_path / "contract.docx"
    assert any(p.text for p in docx.Document(str(exported)).paragraphs)
    assert window.files.save_as()
    assert (tmp_path / "draft.scdraft.json").is_file()


def review_received(window: MainWindow, qtbot: QtBot, tmp_path: Path, lines: list[str]) -> None:
    """Review a received .docx with the loaded model and save a commented copy."""
    original = tmp_path / "received.docx"
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(original))
    page = window.received
    assert page is not None
    page.start(original)
    qtbot.waitUntil(lambda: page.result is not None, timeout=MODEL_WAIT_MS)
    assert page.result is not None
    assert any(f.finding.article.startswith("제13조") for f in page.result.findings)
    assert page.save_commented_copy() == tmp_path / "contract.docx"
    assert docx.Document(str(tmp_path / "contract.docx")).comments


def run_window_flow(
    qapp: object, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str]
) -> list[str]:
    """Run the whole flow; return the URLs the app asked the system to open."""
    opened: list[str] = []
    monkeypatch.setattr(
        "subcontract_assist.ui.main_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    monkeypatch.setattr(ExportSummaryDialog, "ask", classmethod(lambda *_a: True))
    monkeypatch.setattr(
        FileDialogs, "ask_export_path", classmethod(lambda *_a: tmp_path / "contract.docx")
    )
    monkeypatch.setattr(
        FileDialogs, "ask_save_draft", classmethod(lambda *_a: tmp_path / "draft.scdraft.json")
    )
    window = build_window(qapp, SettingsStore.at(tmp_path / "settings.ini"))  # type: ignore[arg-type]
    window.show()
    try:
        draft_review_export(window, qtbot, tmp_path)
        review_received(window, qtbot, tmp_path, lines)
    finally:
        window.session.forget_changes()
        window.close()  # the review thread stops and the model is closed here
        if window.translators is not None:
            window.translators.install("ko")
        window.deleteLater()
    return opened
