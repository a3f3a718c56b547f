"""DraftSession: the draft being edited, its file and whether it has unsaved changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from subcontract_assist.core.draft.interview.flow import apply_finding, write_answer
from subcontract_assist.core.draft.interview.questions import Question
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding


class DraftSession(QObject):
    """Owns the Draft; every change goes through it so the views can follow.

    Signals:
        changed(list): field paths whose values changed (answers, applied fixes).
        replaced(): a different draft was loaded or started.
        dirty_changed(bool): unsaved changes appeared or were saved.
    """

    changed = Signal(list)
    replaced = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = Draft()
        self.path: Path | None = None
        self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def replace(self, draft: Draft, path: Path | None, *, dirty: bool = False) -> None:
        """Start editing ``draft`` (from ``path``, or new when None)."""
        self.draft, self.path = draft, path
        self._dirty = not dirty  # force the signal below
        self._set_dirty(dirty)
        self.replaced.emit()

    def answer(self, question: Question, value: Any) -> None:
        """Store ``value`` as the answer to ``question`` (raises DraftError if invalid)."""
        write_answer(self.draft, question, value)
        self._set_dirty(True)
        self.changed.emit([question.field])

    def apply(self, finding: Finding) -> list[str]:
        """Apply the fix or fair wording of ``finding``; return the field paths changed."""
        paths = apply_finding(self.draft, finding)
        if paths:
            self._set_dirty(True)
            self.changed.emit(paths)
        return paths

    def forget_changes(self) -> None:
        """Treat the draft as having no unsaved changes (the user chose to discard them)."""
        self._set_dirty(False)

    def mark_saved(self, path: Path) -> None:
        """Record that the draft is now saved at ``path``."""
        self.path = path
        self._set_dirty(False)
