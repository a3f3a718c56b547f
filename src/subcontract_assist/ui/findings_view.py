"""The findings panel: a table of findings, the selected one explained, apply and jump buttons."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.interview.flow import can_apply
from subcontract_assist.core.findings import Finding
from subcontract_assist.ui.findings_model import FindingsModel


class FindingsPanel(QWidget):
    """Shows findings; the user applies the fair wording / fix or jumps to the field.

    Signals:
        apply_requested(object): the Finding whose fix should be applied.
        jump_requested(object): the Finding whose field should get focus.
    """

    apply_requested = Signal(object)
    jump_requested = Signal(object)

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 700;")
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self)
        self.jump_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.jump_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.jump_button.clicked.connect(self._on_jump_clicked)
        self.table.doubleClicked.connect(self._on_jump_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._on_model_reset)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.apply_button.setText(self.tr("공정 문구 적용(&A)"))
        self.jump_button.setText(self.tr("해당 항목으로 이동(&J)"))
        self._on_model_reset()

    def current(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _on_model_reset(self) -> None:
        count = self.model.rowCount()
        self.title.setText(self.tr("검토 의견 %n건", "", count))
        if count and self.current() is None:
            self.table.selectRow(0)
        self._show_current()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        finding = self.current()
        self.apply_button.setEnabled(finding is not None and can_apply(finding))
        self.jump_button.setEnabled(finding is not None and bool(finding.field))
        if finding is None:
            self.detail.setText(
                self.tr("검토 의견이 없습니다.") if not self.model.rowCount() else ""
            )
            return
        lang = self.model.language
        parts = [
            f"[{finding.severity.label.get(lang)}] {finding.article}",
            finding.message.get(lang),
        ]
        if finding.suggestion:
            parts.append(self.tr("공정 문구: ") + finding.suggestion)
        self.detail.setText("\n".join(parts))

    def _on_apply_clicked(self) -> None:
        finding = self.current()
        if finding is not None:
            self.apply_requested.emit(finding)

    def _on_jump_clicked(self) -> None:
        finding = self.current()
        if finding is not None and finding.field:
            self.jump_requested.emit(finding)
