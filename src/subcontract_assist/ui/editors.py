"""One editor widget per answer kind; each parses as the user types and reports the result.

``editor_for(question)`` picks the class from ``EDITORS``; the page never switches on kinds.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from subcontract_assist.core.draft.interview.answers import (
    AnswerError,
    format_answer,
    parse_answer,
)
from subcontract_assist.core.draft.interview.questions import Kind, Question
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.editor_base import Editor
from subcontract_assist.ui.rows_editor import RowsEditor

_CLAUSE_INDEX = re.compile(r"\[(\d+)\]")
_PARAGRAPH = re.compile(r"(?:\A|\n[ \t]*\n)\s*(\S)")  # the first character of each paragraph
# Format hints, not sample answers: a grey "60" in a day field read as a value already filled in.
_PLACEHOLDERS = {
    Kind.INT: ("예: 30", "e.g. 30"),
    Kind.NUMBER: ("예: 2.5", "e.g. 2.5"),
    Kind.MONEY: ("예: 6,800만원", "e.g. 68,000,000"),
    Kind.PERCENT: ("0 – 100", "0 – 100"),
    Kind.DATE: ("YYYY-MM-DD (예: 2026년 12월 1일)", "YYYY-MM-DD"),
    Kind.BRN: ("NNN-NN-NNNNN", "NNN-NN-NNNNN"),
}
_FORMATTED = {Kind.INT, Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.DATE, Kind.BRN}
_BRN_TYPING = re.compile(r"[0-9-]*")


def brn_as_typed(text: str) -> str:
    """Return digits typed for a 사업자등록번호 with the hyphens in place (NNN-NN-NNNNN)."""
    digits = re.sub(r"\D", "", text)[:10]
    parts = [digits[:3], digits[3:5], digits[5:]]
    return "-".join(p for p in parts if p)


class LineEditor(Editor):
    """Numbers, money, percentages, dates, 사업자등록번호 and short text in a line edit.

    When the user leaves the field a valid answer is shown in its standard form (``850억원`` →
    ``85,000,000,000``, so the unit beside the field is not doubled); a 사업자등록번호 gets its
    hyphens as it is typed and is not called wrong before all ten digits are in.
    """

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.line = QLineEdit(self)
        hint = _PLACEHOLDERS.get(question.kind)
        self.line.setPlaceholderText(hint[0 if lang == "ko" else 1] if hint else "")
        self.line.setAccessibleName(question.label.get(lang))
        self._layout.addWidget(self.line, 1)
        if question.kind is Kind.DATE:
            self._add_calendar()
        self.line.textChanged.connect(self._on_line_text_changed)
        self.line.editingFinished.connect(self._on_line_editing_finished)

    def _add_calendar(self) -> None:
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("📅")
        self.calendar_button.setToolTip(self.tr("달력에서 고르기"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_calendar_about_to_show)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar_button.setMenu(menu)
        self._layout.addWidget(self.calendar_button)

    def _on_calendar_about_to_show(self) -> None:
        try:
            value = parse_answer(self.question, self.line.text())
        except AnswerError:
            value = None
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _on_calendar_clicked(self, date: QDate) -> None:
        self.line.setText(date.toString("yyyy-MM-dd"))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, value: Any) -> None:
        self.line.setText(format_answer(self.question, value))

    def focus_target(self) -> QWidget:
        return self.line

    def _on_line_text_changed(self, text: str) -> None:
        if self.question.kind is Kind.BRN and _BRN_TYPING.fullmatch(text) and not self._loading:
            shaped = brn_as_typed(text)
            if shaped != text:
                at_end = self.line.cursorPosition() == len(text)
                self.line.setText(shaped)  # comes back here with the shaped text
                if at_end:
                    self.line.setCursorPosition(len(shaped))
                return
            if len(re.sub(r"\D", "", text)) < 10 and text:
                return  # still typing: neither an answer nor an error yet
        self._report(lambda: parse_answer(self.question, text))

    def _on_line_editing_finished(self) -> None:
        text = self.line.text()
        try:
            value = parse_answer(self.question, text)
        except AnswerError as exc:
            self.rejected.emit(exc.text)  # a half-typed number is explained on leaving
            return
        if self.question.kind in _FORMATTED and value is not None:
            shown = format_answer(self.question, value)
            if shown != text:
                self.set_value(value)


class TextBlockEditor(Editor):
    """Long text and clause lists (특약: one clause per paragraph)."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        self.text.setMinimumHeight(110 if question.kind is Kind.LIST else 70)
        self.text.setAccessibleName(question.label.get(lang))
        self._layout.addWidget(self.text, 1)
        self.text.textChanged.connect(self._on_text_changed)

    def _show(self, value: Any) -> None:
        self.text.setPlainText(format_answer(self.question, value))

    def focus_target(self) -> QWidget:
        return self.text

    def focus_path(self, path: str) -> None:
        """Focus the text; for one clause of a list (``special_terms[2].text``) put the cursor
        at the start of that paragraph."""
        super().focus_path(path)
        match = _CLAUSE_INDEX.match(path.removeprefix(self.question.field))
        if self.question.kind is not Kind.LIST or match is None:
            return
        starts = [m.start(1) for m in _PARAGRAPH.finditer(self.text.toPlainText())]
        index = int(match.group(1))
        if index < len(starts):
            cursor = self.text.textCursor()
            cursor.setPosition(starts[index])
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _on_text_changed(self) -> None:
        self._report(lambda: parse_answer(self.question, self.text.toPlainText()))


class ChoiceEditor(Editor):
    """One option from a list; the first entry means "not answered"."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("(선택하세요)"), None)
        for choice in question.choices:
            self.combo.addItem(choice.label.get(lang), choice.value)
        self.combo.setAccessibleName(question.label.get(lang))
        self._layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)) if value else 0)

    def focus_target(self) -> QWidget:
        return self.combo

    def _on_combo_changed(self, _index: int) -> None:
        self._report(self.combo.currentData)


class MultiChoiceEditor(Editor):
    """Several options as check boxes (지급 수단)."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in question.choices:
            box = QCheckBox(choice.label.get(lang), self)
            box.toggled.connect(self._on_box_toggled)
            self.boxes[choice.value] = box
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def _show(self, value: Any) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in (value or []))

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)

    def _on_box_toggled(self, _checked: bool) -> None:
        self._report(lambda: [key for key, box in self.boxes.items() if box.isChecked()])


class BoolEditor(Editor):
    """예 / 아니오; neither checked means "not answered"."""

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.yes = QRadioButton(self.tr("예"), self)
        self.no = QRadioButton(self.tr("아니오"), self)
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            self._layout.addWidget(button)
        self._layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_group_toggled)

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)  # allows showing "no answer" (both unchecked)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        return self.yes

    def _on_group_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._report(self.yes.isChecked)


EDITORS: dict[Kind, type[Editor]] = {
    Kind.INT: LineEditor,
    Kind.NUMBER: LineEditor,
    Kind.MONEY: LineEditor,
    Kind.PERCENT: LineEditor,
    Kind.DATE: LineEditor,
    Kind.BRN: LineEditor,
    Kind.TEXT: LineEditor,
    Kind.LONGTEXT: TextBlockEditor,
    Kind.LIST: TextBlockEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.BOOL: BoolEditor,
    Kind.ROWS: RowsEditor,
}


def editor_for(question: Question, lang: Lang, parent: QWidget | None = None) -> Editor:
    """Return the editor for ``question`` (a multiple choice gets check boxes)."""
    cls = MultiChoiceEditor if question.multiple else EDITORS[question.kind]
    return cls(question, lang, parent)
