"""SectionPage: the form of one interview section, rendered from the question data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.interview.flow import applicable, field_owns, read_answer
from subcontract_assist.core.draft.interview.questions import Question, Section
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.text import Lang, Text
from subcontract_assist.ui.editor_base import Editor
from subcontract_assist.ui.editors import editor_for


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
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.help)

    def show_reason(self, text: str) -> None:
        """Show why the typed answer is refused (empty text hides it)."""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))


class SectionPage(QScrollArea):
    """Renders the applicable questions of one section; re-renders when conditions change.

    Signals:
        answered(object, object): a question and its new valid value.
        next_requested(): the user asked for the next section.
    """

    answered = Signal(object, object)
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.section: Section | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.lang: Lang = "ko"
        self._fields: list[str] = []

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

    def refresh(self, draft: Draft, changed: list[str]) -> None:
        """Follow a change: re-render if the applicable questions changed, else update values."""
        if self.section is None:
            return
        if [q.field for q in applicable(self.section, draft)] != self._fields:
            focused = self._focused_field()
            self.show_section(self.section, draft, self.lang)
            if focused:
                self.focus_question(focused)
            return
        for field, row in self.rows.items():
            if not any(field_owns(field, path) for path in changed):
                continue
            if not row.editor.is_editing(self.focusWidget()):  # never fight the user's typing
                row.editor.set_value(read_answer(draft, row.editor.question))
                row.show_reason("")

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
        self.ensureWidgetVisible(row)
        row.editor.focus_path(path or field)
        return True

    def _focused_field(self) -> str:
        focus = self.focusWidget()
        return next((f for f, row in self.rows.items() if row.isAncestorOf(focus)), "")

    def _row_of(self, editor: Any) -> QuestionRow | None:
        return next((row for row in self.rows.values() if row.editor is editor), None)

    def _on_editor_edited(self, value: Any) -> None:
        editor = self.sender()
        row = self._row_of(editor)
        if row is not None:
            row.show_reason("")
            self.answered.emit(row.editor.question, value)

    def _on_editor_rejected(self, reason: Text) -> None:
        row = self._row_of(self.sender())
        if row is not None:
            row.show_reason(reason.get(self.lang))

    def show_error(self, field: str, reason: Text) -> None:
        """Show a reason the draft refused a value (e.g. out of the field's range)."""
        row = self.rows.get(field)
        if row is not None:
            row.show_reason(reason.get(self.lang))
