"""The base of every answer editor: show a value, report edits or the reason one is refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from subcontract_assist.core.draft.interview.answers import AnswerError
from subcontract_assist.core.draft.interview.questions import Question
from subcontract_assist.core.text import Lang


class Editor(QWidget):
    """Base of the answer editors.

    Signals:
        edited(object): the user changed the answer to this valid value.
        rejected(object): the typed text is not valid; the Text says why.
    """

    edited = Signal(object)
    rejected = Signal(object)
    #: Whether the page shows the draft's value back after this editor's own edit. Text editors
    #: don't (the user is typing there); a table does (its cell editor has closed by then).
    follows_own_edits = False

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._loading = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        """Show ``value`` without reporting it as an edit."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Return the widget that takes focus when the user jumps to this question."""
        return self

    def _report(self, read: Any) -> None:
        if self._loading:
            return
        try:
            value = read()
        except AnswerError as exc:
            self.rejected.emit(exc.text)
        else:
            self.edited.emit(value)

    def focus_path(self, path: str) -> None:
        """Focus the part of the editor that holds ``path`` (the whole editor by default)."""
        del path  # one value, one widget
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
