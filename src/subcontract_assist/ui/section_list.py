"""The list of interview sections with the state of each, and the last step: 검토 및 내보내기."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from subcontract_assist.core.draft.interview.flow import (
    SectionState,
    only_presets,
    section_state,
    visible_sections,
    worst_severity,
)
from subcontract_assist.core.draft.interview.questions import Section
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding, Severity
from subcontract_assist.core.text import Lang

FINISH_ID = "finish"  # the last entry: the export checklist
_MARKS = {
    SectionState.NOT_STARTED: ("○", QColor("#6b7280")),
    SectionState.IN_PROGRESS: ("◐", QColor("#1d4ed8")),
    SectionState.COMPLETE: ("●", QColor("#15803d")),
    SectionState.UNCONFIRMED: ("◌", QColor("#8a5a00")),
}
#: A section with findings is marked by the worst of them: 위반 red, 위험 amber, 참고 neutral.
SEVERITY_MARKS = {
    Severity.VIOLATION: ("▲", QColor("#b3261e")),
    Severity.RISK: ("▲", QColor("#b45309")),
    Severity.INFO: ("ⓘ", QColor("#4b5563")),
}


class SectionList(QListWidget):
    """Shows each applicable section with a mark; selecting one asks to show it.

    Signals:
        section_selected(str): the id of the section the user picked (``FINISH_ID`` for the
            last step).
    """

    section_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(170)
        self.setAccessibleName(self.tr("작성 단계"))
        self.states: dict[str, SectionState] = {}
        self.severities: dict[str, Severity] = {}
        self.currentItemChanged.connect(self._on_current_item_changed)

    def refresh(
        self,
        sections: Sequence[Section],
        draft: Draft,
        findings: Sequence[Finding],
        lang: Lang,
        seen: Collection[str] = (),
    ) -> None:
        """Rebuild the entries and their states, keeping the selection.

        ``findings`` are the ones still to deal with (not pending input, not acknowledged);
        ``seen`` are the sections the user has looked at: one holding only preset answers is
        "기본값 — 확인 필요" until then.
        """
        current = self.current_id()
        shown = visible_sections(sections, draft)
        self.blockSignals(True)
        try:
            self.clear()
            self.states, self.severities = {}, {}
            for section in shown:
                state = section_state(section, draft, findings)
                if (
                    state in (SectionState.COMPLETE, SectionState.IN_PROGRESS)
                    and section.id not in seen
                    and only_presets(section, draft)
                ):
                    state = SectionState.UNCONFIRMED
                self.states[section.id] = state
                severity = worst_severity(section, draft, findings)
                if state is SectionState.HAS_FINDINGS and severity is not None:
                    self.severities[section.id] = severity
                    mark, colour = SEVERITY_MARKS[severity]
                    tip = self.tr("검토 의견 있음: ") + severity.label.get(lang)
                else:
                    mark, colour = _MARKS.get(state, _MARKS[SectionState.IN_PROGRESS])
                    tip = self._state_text(state)
                item = QListWidgetItem(f"{mark}  {section.title.get(lang)}")
                item.setData(Qt.ItemDataRole.UserRole, section.id)
                item.setForeground(colour)
                item.setToolTip(tip)
                self.addItem(item)
            finish = QListWidgetItem(f"▶  {self.tr('검토 및 내보내기')}")
            finish.setData(Qt.ItemDataRole.UserRole, FINISH_ID)
            font = QFont(finish.font())
            font.setBold(True)
            finish.setFont(font)
            finish.setToolTip(self.tr("남은 일을 확인하고 계약서를 내보냅니다"))
            self.addItem(finish)
            self.select(current or (shown[0].id if shown else ""))
        finally:
            self.blockSignals(False)

    def progress(self) -> tuple[int, int]:
        """Return (sections complete, sections shown)."""
        done = sum(s is SectionState.COMPLETE for s in self.states.values())
        return done, len(self.states)

    def _state_text(self, state: SectionState) -> str:
        return {
            SectionState.NOT_STARTED: self.tr("시작 전"),
            SectionState.IN_PROGRESS: self.tr("작성 중"),
            SectionState.COMPLETE: self.tr("완료"),
            SectionState.UNCONFIRMED: self.tr("기본값 — 확인 필요"),
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
