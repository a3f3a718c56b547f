"""DraftSession: the draft being edited, its file and whether it has unsaved changes."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from subcontract_assist.core.draft.interview.flow import (
    apply_finding,
    can_apply,
    field_owns,
    get_value,
    set_value,
    write_answer,
)
from subcontract_assist.core.draft.interview.questions import Question
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding


@dataclass(frozen=True, slots=True)
class AppliedFix:
    """A fix the user applied, with the values it replaced (for 되돌리기)."""

    finding: Finding
    before: dict[str, Any]


class DraftSession(QObject):
    """Owns the Draft; every change goes through it so the views can follow.

    Each change names where it came from: ``typed`` is the field the user is typing in (its
    editor already shows the value), empty for a change made for the user (an applied fix, an
    undo) that every editor must show at once.

    Signals:
        changed(list, str): field paths whose values changed, and the field typed in ("" if none).
        applied(object, list): a finding's fix was applied; the paths it changed.
        undone(object, list): an applied fix was taken back; the paths restored.
        replaced(): a different draft was loaded or started.
        dirty_changed(bool): unsaved changes appeared or were saved.
        undo_changed(bool): whether an applied fix can be undone.
    """

    changed = Signal(list, str)
    applied = Signal(object, list)
    undone = Signal(object, list)
    replaced = Signal()
    dirty_changed = Signal(bool)
    undo_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = Draft()
        self.path: Path | None = None
        self._dirty = False
        self._undo: list[AppliedFix] = []

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _set_undo(self, stack: list[AppliedFix]) -> None:
        had = bool(self._undo)
        self._undo = stack
        if had != bool(stack):
            self.undo_changed.emit(bool(stack))

    def replace(self, draft: Draft, path: Path | None, *, dirty: bool = False) -> None:
        """Start editing ``draft`` (from ``path``, or new when None)."""
        self.draft, self.path = draft, path
        self._set_undo([])
        self._dirty = not dirty  # force the signal below
        self._set_dirty(dirty)
        self.replaced.emit()

    def answer(self, question: Question, value: Any, typed: bool = True) -> None:
        """Store ``value`` as the answer to ``question`` (raises DraftError if invalid).

        ``typed``: the user typed it into the question's editor (which then shows it already);
        False for an answer given for them (the 합계 taken as 공급가액), which every editor shows.
        Typing in a field ends the chance to undo a fix applied to it: its text is now the
        user's own.
        """
        write_answer(self.draft, question, value)
        self._set_undo(
            [
                entry
                for entry in self._undo
                if not any(field_owns(question.field, path) for path in entry.before)
            ]
        )
        self._set_dirty(True)
        self.changed.emit([question.field], question.field if typed else "")

    def apply(self, finding: Finding) -> list[str]:
        """Apply the fix or fair wording of ``finding``; return the field paths changed."""
        if not can_apply(finding):
            return []
        before = {path: copy.deepcopy(get_value(self.draft, path)) for path in _fix_paths(finding)}
        paths = apply_finding(self.draft, finding)
        if paths:
            self._set_undo([*self._undo, AppliedFix(finding, before)])
            self._set_dirty(True)
            self.changed.emit(paths, "")
            self.applied.emit(finding, paths)
        return paths

    def undo(self) -> Finding | None:
        """Take back the last applied fix (its finding returns); None when there is none."""
        if not self._undo:
            return None
        *rest, last = self._undo
        for path, value in last.before.items():
            set_value(self.draft, path, value)
        self._set_undo(rest)
        self._set_dirty(True)
        paths = list(last.before)
        self.changed.emit(paths, "")
        self.undone.emit(last.finding, paths)
        return last.finding

    def forget_changes(self) -> None:
        """Treat the draft as having no unsaved changes (the user chose to discard them)."""
        self._set_dirty(False)

    def mark_saved(self, path: Path) -> None:
        """Record that the draft is now saved at ``path``."""
        self.path = path
        self._set_dirty(False)


def _fix_paths(finding: Finding) -> list[str]:
    """Return the paths an applied ``finding`` will change (its fix, or its clause)."""
    return list(finding.fix) if finding.fix else [finding.field]
