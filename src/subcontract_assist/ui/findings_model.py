"""FindingsModel: a flat table over ``list[Finding]`` (rule findings first, then the model's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from subcontract_assist.core.findings import Finding, Severity, Source, sort_findings
from subcontract_assist.core.text import Lang

_SEVERITY_COLOURS = {
    Severity.VIOLATION: QColor("#b3261e"),
    Severity.RISK: QColor("#9a6700"),
    Severity.INFO: QColor("#3d5a80"),
}
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
        self.language: Lang = "ko"

    @property
    def findings(self) -> list[Finding]:
        return list(self._rows)

    def set_rule_findings(self, findings: Sequence[Finding]) -> None:
        """Replace the rule findings (called on every change)."""
        if list(findings) != self._rule:
            self._rule = list(findings)
            self._reset()

    def set_model_findings(self, findings: Sequence[Finding]) -> None:
        """Replace the language model's findings (when a background review finishes)."""
        self._model = list(findings)
        self._reset()

    def set_language(self, lang: Lang) -> None:
        self.language = lang
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = sort_findings(self._rule) + sort_findings(self._model)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.SEVERITY:
            return QBrush(_SEVERITY_COLOURS[finding.severity])
        return None

    def _text(self, finding: Finding, column: int, tooltip: bool) -> str:
        if column == self.SEVERITY:
            return finding.severity.label.get(self.language)
        if column == self.ARTICLE:
            return finding.article
        if column == self.MESSAGE:
            message = finding.message.get(self.language)
            return f"{message}\n{finding.suggestion}" if tooltip and finding.suggestion else message
        return self.tr("규칙") if finding.source is Source.RULE else self.tr("모델")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("심각도"), self.tr("조항"), self.tr("설명"), self.tr("출처"))
        return headers[section] if 0 <= section < len(headers) else None
