"""FindingsModel: a flat table over ``list[Finding]`` (rule findings first, then the model's).

Three kinds of rows: findings to deal with (by severity), notes on answers not given yet
("아직 입력하지 않음", grey, after them) and 참고 notes the user acknowledged (grey, last).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from subcontract_assist.core.findings import Finding, Severity, Source, sort_findings
from subcontract_assist.core.text import Lang

_SEVERITY_COLOURS = {
    Severity.VIOLATION: QColor("#b3261e"),
    Severity.RISK: QColor("#9a6700"),
    Severity.INFO: QColor("#4b5563"),
}
_QUIET = QColor("#6b7280")  # pending input, acknowledged notes
_FLASH = QColor("#fff3b0")  # a finding that just appeared
FindingRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """Columns: severity, article, explanation, source. ``FindingRole`` returns the Finding."""

    SEVERITY, ARTICLE, MESSAGE, SOURCE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rule: list[Finding] = []
        self._model: list[Finding] = []
        self._rows: list[Finding] = []
        self._pending: set[Finding] = set()
        self.acknowledged: set[Finding] = set()
        self.flashing: set[Finding] = set()
        self.language: Lang = "ko"

    @property
    def findings(self) -> list[Finding]:
        """Every finding shown, in row order."""
        return list(self._rows)

    @property
    def open_findings(self) -> list[Finding]:
        """The findings still to deal with: not pending input, not acknowledged."""
        return [f for f in self._rows if self.is_open(f)]

    @property
    def pending(self) -> list[Finding]:
        """The notes on answers not given yet."""
        return [f for f in self._rows if f in self._pending]

    def is_open(self, finding: Finding) -> bool:
        return finding not in self._pending and finding not in self.acknowledged

    def is_pending(self, finding: Finding) -> bool:
        return finding in self._pending

    def set_rule_findings(
        self, findings: Sequence[Finding], pending: Collection[Finding] = ()
    ) -> None:
        """Replace the rule findings (called on every change); ``pending`` are input notes."""
        if list(findings) != self._rule or set(pending) != self._pending:
            self._rule = list(findings)
            self._pending = set(pending)
            self._reset()

    def set_model_findings(self, findings: Sequence[Finding]) -> None:
        """Replace the language model's findings (when a background review finishes)."""
        self._model = list(findings)
        self._reset()

    def set_language(self, lang: Lang) -> None:
        self.language = lang
        self._reset()

    def acknowledge(self, finding: Finding, done: bool = True) -> None:
        """Mark a 참고 note as read (it stops counting as open) or unmark it."""
        if finding.severity is not Severity.INFO:
            return
        if done:
            self.acknowledged.add(finding)
        else:
            self.acknowledged.discard(finding)
        self._reset()

    def set_flashing(self, findings: Collection[Finding]) -> None:
        """Highlight ``findings`` (new ones) until called again with none."""
        self.flashing = set(findings)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def _reset(self) -> None:
        self.beginResetModel()
        every = sort_findings(self._rule) + sort_findings(self._model)
        self._rows = (
            [f for f in every if self.is_open(f)]
            + [f for f in every if f in self._pending]
            + [f for f in every if f in self.acknowledged and f not in self._pending]
        )
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, finding: Finding) -> int:
        return self._rows.index(finding) if finding in self._rows else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        finding = self._rows[index.row()]
        if role == FindingRole:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(finding, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not self.is_open(finding):
                return QBrush(_QUIET)
            if index.column() == self.SEVERITY:
                return QBrush(_SEVERITY_COLOURS[finding.severity])
        if role == Qt.ItemDataRole.BackgroundRole and finding in self.flashing:
            return QBrush(_FLASH)
        return None

    def _text(self, finding: Finding, column: int, tooltip: bool) -> str:
        if column == self.SEVERITY:
            if finding in self._pending:
                return self.tr("미입력")
            if finding in self.acknowledged:
                return self.tr("확인함")
            return finding.severity.label.get(self.language)
        if column == self.ARTICLE:
            return finding.article
        if column == self.MESSAGE:
            message = finding.message.get(self.language)
            if finding in self._pending:
                message = self.tr("아직 입력하지 않음 — ") + message
            return f"{message}\n{finding.suggestion}" if tooltip and finding.suggestion else message
        return self.tr("규칙") if finding.source is Source.RULE else self.tr("모델")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("심각도"), self.tr("조항"), self.tr("설명"), self.tr("출처"))
        return headers[section] if 0 <= section < len(headers) else None
