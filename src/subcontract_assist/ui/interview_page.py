"""SectionPage: the form of one interview section, rendered from the question data."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.interview.flow import (
    applicable,
    can_apply,
    field_owns,
    read_answer,
)
from subcontract_assist.core.draft.interview.questions import Question, Section
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding, Severity
from subcontract_assist.core.text import Lang, Text
from subcontract_assist.ui.editor_base import Editor
from subcontract_assist.ui.editors import editor_for
from subcontract_assist.ui.rows_editor import RowsEditor

FLASH_MS = 1800  # how long a changed field or a new finding stays highlighted
#: Text colour and background of a finding shown under its field, by severity.
BADGE_STYLES = {
    Severity.VIOLATION: ("#b3261e", "#fdecea"),
    Severity.RISK: ("#8a5a00", "#fff4d6"),
    Severity.INFO: ("#374151", "#f3f4f6"),
}
BADGE_MARKS = {Severity.VIOLATION: "▲", Severity.RISK: "▲", Severity.INFO: "ⓘ"}
_FLASH_STYLE = "QLineEdit, QPlainTextEdit, QComboBox, QTableWidget { background: #fff3b0; }"


class QuestionRow(QWidget):
    """A question's label, editor, the reason an answer was refused, and help citing the law."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(3)
        self.label = QLabel(question.label.get(lang), self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        self.editor = editor_for(question, lang, self)
        self.label.setBuddy(self.editor.focus_target())
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        if question.unit:
            row.addWidget(QLabel(question.unit, self))
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b3261e;")
        self.reason.hide()
        self.help = QLabel(question.help.get(lang), self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #4b5563;")
        self.help.setVisible(bool(question.help.get(lang)))
        self.notice = QLabel(self)  # "공정 문구를 적용했습니다 — 되돌리기 (Ctrl+Z)"
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1d4ed8;")
        self.notice.hide()
        self.badge = QLabel(self)  # the worst finding on this field, next to it
        self.badge.setWordWrap(True)
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.badge.setFrameShape(QFrame.Shape.NoFrame)
        self.badge.hide()
        self.badge_finding: Finding | None = None
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.badge)
        layout.addWidget(self.notice)
        layout.addWidget(self.help)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_timeout)

    def show_reason(self, text: str) -> None:
        """Show why the typed answer is refused (empty text hides it)."""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """Show a note about a change made for the user (empty text hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_finding(self, finding: Finding | None, lang: Lang, apply_text: str) -> bool:
        """Show ``finding`` under the field (None hides it); True when it is new here."""
        new = finding is not None and finding != self.badge_finding
        self.badge_finding = finding
        if finding is None:
            self.badge.hide()
            return False
        colour, background = BADGE_STYLES[finding.severity]
        mark = BADGE_MARKS[finding.severity]
        text = html.escape(
            f"{mark} {finding.severity.label.get(lang)} {finding.article}: "
            f"{finding.message.get(lang)}"
        )
        if can_apply(finding):
            text += f' — <a href="apply">{html.escape(apply_text)}</a>'
        self.badge.setText(text)
        self.badge.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; padding: 4px 6px; "
            "border-radius: 3px; }"
        )
        self.badge.show()
        return new

    def flash(self) -> None:
        """Highlight the editor for a moment (a value changed for the user, a new finding)."""
        self.editor.setStyleSheet(_FLASH_STYLE)
        self._flash_timer.start()

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def _on_flash_timeout(self) -> None:
        self.editor.setStyleSheet("")


class SectionPage(QScrollArea):
    """Renders the applicable questions of one section; re-renders when conditions change.

    Signals:
        answered(object, object): a question and its new valid value.
        next_requested(): the user asked for the next section.
        apply_requested(object): the user applied a finding from under its field.
        total_chosen(int): the user took a table's 합계 as the 공급가액.
    """

    answered = Signal(object, object)
    next_requested = Signal()
    apply_requested = Signal(object)
    total_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.section: Section | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.lang: Lang = "ko"
        self._fields: list[str] = []
        self._reveal_field = ""
        self.verticalScrollBar().actionTriggered.connect(self._on_user_scrolled)

    def show_section(self, section: Section, draft: Draft, lang: Lang) -> None:
        """Build the form for ``section`` with the answers ``draft`` has."""
        self.section, self.lang = section, lang
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(section.title.get(lang), body)
        title.setStyleSheet("font-size: 15pt; font-weight: 700;")
        layout.addWidget(title)
        self.rows = {}
        questions = applicable(section, draft)
        for question in questions:
            row = QuestionRow(question, lang, body)
            row.editor.set_value(read_answer(draft, question))
            row.editor.edited.connect(self._on_editor_edited)
            row.editor.rejected.connect(self._on_editor_rejected)
            row.badge.linkActivated.connect(self._on_badge_link_activated)
            if isinstance(row.editor, RowsEditor):
                row.editor.total_chosen.connect(self.total_chosen)
            self.rows[question.field] = row
            layout.addWidget(row)
        self.next_button = QPushButton(self.tr("다음 단계 ▶"), body)
        self.next_button.clicked.connect(self.next_requested)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self._fields = [q.field for q in questions]
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
        layout.activate()
        self._reveal_field = ""
        self.verticalScrollBar().setValue(0)  # a section opens at its title

    def refresh(self, draft: Draft, changed: list[str], typed: str = "") -> list[str]:
        """Follow a change: re-render if the applicable questions changed, else update values.

        ``typed`` is the field the user typed the change into: its editor already shows it and
        is left alone. Every other editor owning a changed path shows the draft's value at once
        (an applied fix, an undo), so the form and the contract never disagree. Returns the
        fields whose editors were updated for the user.
        """
        if self.section is None:
            return []
        if [q.field for q in applicable(self.section, draft)] != self._fields:
            focused = self._focused_field()
            self.show_section(self.section, draft, self.lang)
            if focused:
                self.focus_question(focused)
            return [f for f in self.rows if f != typed and _owns_any(f, changed)]
        updated = []
        for field, row in self.rows.items():
            if not _owns_any(field, changed):
                continue
            if field == typed and not row.editor.follows_own_edits:
                continue  # never fight the user's typing
            row.editor.set_value(read_answer(draft, row.editor.question))
            if field != typed:
                row.show_reason("")
                updated.append(field)
        return updated

    def show_findings(self, findings: list[Finding], lang: Lang) -> list[str]:
        """Show under each field the worst of ``findings`` on it; return fields with a new one."""
        apply_text = self.tr("공정 문구 적용")
        fresh = []
        for field, row in self.rows.items():
            own = [f for f in findings if f.field and field_owns(field, f.field)]
            worst = min(own, key=lambda f: f.severity.rank) if own else None
            if row.show_finding(worst, lang, apply_text):
                row.flash()
                fresh.append(field)
        return fresh

    def show_notice(self, field: str, text: str) -> None:
        """Show a note under ``field`` (empty text hides it) and flash its editor."""
        row = self.rows.get(field)
        if row is not None:
            row.show_notice(text)
            if text:
                row.flash()

    def clear_notices(self) -> None:
        for row in self.rows.values():
            row.show_notice("")

    def row(self, field: str) -> QuestionRow | None:
        return self.rows.get(field)

    def editor(self, field: str) -> Editor:
        """Return the editor of the question filling ``field`` (tests and jumps use it)."""
        return self.rows[field].editor

    def focus_question(self, field: str, path: str = "") -> bool:
        """Scroll to and focus the question for ``field``; False when it is not on this page.

        ``path`` may point inside the question (a cell of a table, one 특약 of the list).
        """
        row = self.rows.get(field)
        if row is None:
            return False
        row.editor.focus_path(path or field)
        self.reveal(field)
        # A window still laying itself out (just shown, being maximised) resizes the area and
        # scrolls it again: reveal once more when it does, until the user scrolls themselves.
        self._reveal_field = field
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._reveal_field:
            self.reveal(self._reveal_field)

    def _on_user_scrolled(self, _action: int) -> None:
        self._reveal_field = ""

    def reveal(self, field: str) -> None:
        """Scroll ``field`` into view, keeping the section title in sight when it fits."""
        row = self.rows.get(field)
        body = self.widget()
        if row is None or body is None:
            return
        layout = body.layout()
        if layout is not None:
            layout.activate()
        if row.geometry().bottom() <= self.viewport().height():
            self.verticalScrollBar().setValue(0)
        else:
            self.ensureWidgetVisible(row, 16, 48)

    def _focused_field(self) -> str:
        focus = self.focusWidget()
        return next((f for f, row in self.rows.items() if row.isAncestorOf(focus)), "")

    def _row_of(self, editor: Any) -> QuestionRow | None:
        return next((row for row in self.rows.values() if row.editor is editor), None)

    def _on_editor_edited(self, value: Any) -> None:
        editor = self.sender()
        row = self._row_of(editor)
        if row is not None:
            self._reveal_field = ""  # the user is at work: leave the scrolling to them
            row.show_reason("")
            row.show_notice("")
            self.answered.emit(row.editor.question, value)

    def _on_badge_link_activated(self, _link: str) -> None:
        row = next((r for r in self.rows.values() if r.badge is self.sender()), None)
        if row is not None and row.badge_finding is not None:
            self.apply_requested.emit(row.badge_finding)

    def _on_editor_rejected(self, reason: Text) -> None:
        row = self._row_of(self.sender())
        if row is not None:
            row.show_reason(reason.get(self.lang))

    def show_error(self, field: str, reason: Text) -> None:
        """Show a reason the draft refused a value (e.g. out of the field's range)."""
        row = self.rows.get(field)
        if row is not None:
            row.show_reason(reason.get(self.lang))


def _owns_any(field: str, paths: list[str]) -> bool:
    return any(field_owns(field, path) for path in paths)
