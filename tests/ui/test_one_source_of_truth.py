"""One source of truth per field: an applied fix shows in the editor at once, typing after it
keeps it, Ctrl+Z takes it back with its finding — and the draft, the editor and the preview
always agree (audit A1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.core.findings import Finding
from subcontract_assist.ui.editors import LineEditor, TextBlockEditor
from subcontract_assist.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FAIR_WORDING, UNFAIR_WORD

DUE = "payment.due_days_after_receipt"
UNFAIR = f"{UNFAIR_WORD} 금액은 원사업자가 정한다."
SECOND = "검사 비용은 원사업자가 부담한다."


def started(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    return window


def type_text(widget: object, text: str) -> None:
    """Type text as keystrokes (Korean the way an input method delivers it)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def ctrl_key(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """Press Ctrl+key, then let go of Ctrl (QTest would leave it held for later tests)."""
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(widget, Qt.Key.Key_Control)


def due_finding(window: MainWindow) -> Finding | None:
    return next(
        (
            f
            for f in window.workspace.findings_model.open_findings
            if f.field == DUE and f.article.startswith("제13조 제1항")
        ),
        None,
    )


def preview_text(window: MainWindow) -> str:
    window.workspace.preview.render_now()
    return window.workspace.preview.toPlainText()


def apply_from_list(window: MainWindow, finding: Finding) -> None:
    panel = window.workspace.findings
    panel.select(finding)
    assert panel.current() == finding
    panel.apply_button.click()


def test_a_fixed_number_shows_at_once_survives_typing_and_undoes_with_its_finding(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = started(make_window, qtbot)
    window.workspace.show_section("payment")
    editor = window.workspace.page.editor(DUE)
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()  # the user is in the field, as in the trial
    qtbot.keyClicks(editor.line, "90")
    finding = due_finding(window)
    assert finding is not None
    row = window.workspace.page.rows[DUE]
    assert row.badge.isVisible()
    assert "제13조" in row.badge.text()

    apply_from_list(window, finding)
    assert editor.line.text() == "60"  # the editor shows the fix at once
    assert window.session.draft.payment.due_days_after_receipt == 60
    assert due_finding(window) is None
    assert row.flashing
    assert "Ctrl+Z" in row.notice.text()
    assert "60일 이내에 하도급대금을 지급한다" in preview_text(window)

    ctrl_key(qtbot, editor.line, Qt.Key.Key_Z)
    assert editor.line.text() == "90"  # Ctrl+Z in the field takes the fix back …
    assert window.session.draft.payment.due_days_after_receipt == 90
    assert due_finding(window) == finding  # … and its finding returns

    apply_from_list(window, finding)
    editor.line.setFocus()
    editor.line.end(False)
    qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.line, "5")  # typing after applying: 60 → 6 → 65 … never 90
    assert editor.line.text() == "65"
    assert window.session.draft.payment.due_days_after_receipt == 65
    assert not window.session.can_undo  # the field is the user's own text again
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "45")
    assert window.session.draft.payment.due_days_after_receipt == 45
    assert editor.line.text() == "45"
    text = preview_text(window)
    assert "45일 이내에 하도급대금을 지급한다" in text
    assert "90일" not in text


def test_a_fair_special_term_replaces_the_text_in_the_box_and_typing_on_keeps_it(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = started(make_window, qtbot)
    window.workspace.show_section("special_terms")
    editor = window.workspace.page.editor("special_terms")
    assert isinstance(editor, TextBlockEditor)
    editor.text.setFocus()
    with qtbot.waitSignal(window.review.finished, timeout=10_000):
        type_text(editor.text, UNFAIR)
    finding = next(
        f for f in window.workspace.findings_model.open_findings if f.suggestion == FAIR_WORDING
    )

    apply_from_list(window, finding)
    assert editor.text.toPlainText() == FAIR_WORDING  # the box shows the fair wording now
    assert [t.text for t in window.session.draft.special_terms] == [FAIR_WORDING]

    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(window.review.finished, timeout=10_000):
        type_text(editor.text, "\n\n" + SECOND)  # a second 특약, typed after applying
    assert editor.text.toPlainText() == f"{FAIR_WORDING}\n\n{SECOND}"
    assert [t.text for t in window.session.draft.special_terms] == [FAIR_WORDING, SECOND]
    text = preview_text(window)
    assert FAIR_WORDING in text
    assert SECOND in text
    assert UNFAIR not in text  # the unfair clause never comes back
    assert not any(f.suggestion == FAIR_WORDING for f in window.workspace.findings_model.findings)


def test_undo_from_the_menu_restores_a_clause_and_its_finding_returns(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = started(make_window, qtbot)
    window.workspace.show_section("special_terms")
    editor = window.workspace.page.editor("special_terms")
    assert isinstance(editor, TextBlockEditor)
    with qtbot.waitSignal(window.review.finished, timeout=10_000):
        editor.text.setPlainText(UNFAIR)
    finding = next(
        f for f in window.workspace.findings_model.open_findings if f.suggestion == FAIR_WORDING
    )
    apply_from_list(window, finding)
    undo = window.actions_by_name["undo_apply"]
    assert undo.isEnabled()
    with qtbot.waitSignal(window.review.finished, timeout=10_000):
        undo.trigger()
    assert editor.text.toPlainText() == UNFAIR
    assert window.session.draft.special_terms[0].text == UNFAIR
    assert finding in window.workspace.findings_model.open_findings
    assert not undo.isEnabled()


def test_ctrl_e_exports_even_from_a_text_field(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: object
) -> None:
    window = started(make_window, qtbot)
    called: list[str] = []
    window.files.export = lambda kind="docx", confirm=True: called.append(kind)  # type: ignore[method-assign]
    window.actions_by_name["export"].triggered.disconnect()
    window.actions_by_name["export"].triggered.connect(lambda: window.files.export("docx"))
    window.workspace.show_section("payment")
    editor = window.workspace.page.editor(DUE)
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    qtbot.keyClicks(editor.line, "30")
    editor.line.home(False)
    ctrl_key(qtbot, editor.line, Qt.Key.Key_E)
    assert called == ["docx"]
    assert editor.line.cursorPosition() == 0  # the line edit did not take it as "end of line"
