"""The list of interview sections with the state of each (not started / complete / findings)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from subcontract_assist.core.draft.interview.flow import (
    SectionState,
    section_state,
    visible_sections,
)
from subcontract_assist.core.draft.interview.questions import Section
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding
from subcontract_assist.core.text import Lang

_MARKS = {
    SectionState.NOT_STARTED: ("○", QColor("#6b7280")),
    SectionState.IN_PROGRESS: ("◐", QColor("#1d4ed8")),
    SectionState.COMPLETE: ("●", QColor("#15803d")),
    SectionState.HAS_FINDINGS: ("▲", QColor("#b3261e")),
}


class SectionList(QListWidget):
    """Shows each applicable section with a mark; selecting one asks to show it.

    Signals:
        section_selected(str): the id of the section the user picked.
    """

    section_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(170)
        self.setAccessibleName(self.tr("작성 단계"))
        self.states: dict[str, SectionState] = {}
        self.currentItemChanged.connect(self._on_current_item_changed)

    def refresh(
        self, sections: Sequence[Section], draft: Draft, findings: Sequence[Finding], lang: Lang
    ) -> None:
        """Rebuild the entries and their states, keeping the selection."""
        current = self.current_id()
        shown = visible_sections(sections, draft)
        self.blockSignals(True)
        try:
            self.clear()
            self.states = {}
            for section in shown:
                state = section_state(section, draft, findings)
                self.states[section.id] = state
                mark, colour = _MARKS[state]
                item = QListWidgetItem(f"{mark}  {section.title.get(lang)}")
                item.setData(Qt.ItemDataRole.UserRole, section.id)
                item.setForeground(colour)
                item.setToolTip(self._state_text(state))
                self.addItem(item)
            self.select(current or (shown[0].id if shown else ""))
        finally:
            self.blockSignals(False)

    def _state_text(self, state: SectionState) -> str:
        return {
            SectionState.NOT_STARTED: self.tr("시작 전"),
            SectionState.IN_PROGRESS: self.tr("작성 중"),
            SectionState.COMPLETE: self.tr("완료"),
            SectionState.HAS_FINDINGS: self.tr("검토 의견 있음"),
        }[state]

    def current_id(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select(self, section_id: str) -> None:
        """Select ``section_id`` (no signal when it is already selected)."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == section_id:
                self.setCurrentRow(row)
                return

    def _on_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.section_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))
