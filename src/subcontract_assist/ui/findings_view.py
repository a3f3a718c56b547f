"""The findings panel: a table of findings, the selected one explained, apply and jump buttons.

The panel folds down to its title line (the count stays visible) so the form gets the height on
a small screen; a finding that just appeared is selected and highlighted for a moment.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.interview.flow import can_apply
from subcontract_assist.core.findings import Finding, Severity, cited
from subcontract_assist.ui.findings_model import FindingsModel

FLASH_MS = 2000


class FindingsPanel(QWidget):
    """Shows findings; the user applies the fair wording / fix or jumps to the field.

    Signals:
        apply_requested(object): the Finding whose fix should be applied.
        jump_requested(object): the Finding whose field should get focus.
        collapsed_changed(bool): the panel was folded (True) or unfolded.
        acknowledged(object): a 참고 note was marked as read (or unmarked).
    """

    apply_requested = Signal(object)
    jump_requested = Signal(object)
    collapsed_changed = Signal(bool)
    acknowledged = Signal(object)

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 700;")
        self.fold_button = QToolButton(self)
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)  # the explanation is read in full, not cut with …
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self)
        self.jump_button = QPushButton(self)
        self.ack_button = QPushButton(self)
        self.ack_button.setCheckable(True)
        self.buttons = QWidget(self)
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.jump_button)
        buttons.addWidget(self.ack_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.fold_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_timeout)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.jump_button.clicked.connect(self._on_jump_clicked)
        self.ack_button.clicked.connect(self._on_ack_clicked)
        self.fold_button.toggled.connect(self.set_collapsed)
        self.table.doubleClicked.connect(self._on_jump_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._on_model_reset)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.apply_button.setText(self.tr("공정 문구 적용(&A)"))
        self.jump_button.setText(self.tr("해당 항목으로 이동(&J)"))
        self.ack_button.setText(self.tr("참고 확인함"))
        self.ack_button.setToolTip(self.tr("읽은 참고 사항은 단계 표시와 내보내기 목록에서 뺍니다"))
        self._show_fold_text()
        self._on_model_reset()

    @property
    def collapsed(self) -> bool:
        return self.fold_button.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the panel to its title line, or unfold it."""
        if self.fold_button.isChecked() != collapsed:
            self.fold_button.setChecked(collapsed)  # comes back here through toggled
            return
        for widget in (self.table, self.detail, self.buttons):
            widget.setVisible(not collapsed)
        self._show_fold_text()
        self.collapsed_changed.emit(collapsed)

    def _show_fold_text(self) -> None:
        collapsed = self.fold_button.isChecked()
        self.fold_button.setText(self.tr("펼치기 ▴") if collapsed else self.tr("접기 ▾"))

    def current(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def select(self, finding: Finding) -> None:
        row = self.model.row_of(finding)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def flash(self, findings: Sequence[Finding]) -> None:
        """Select the most serious of ``findings`` (new ones) and highlight them a moment."""
        if not findings:
            return
        self.model.set_flashing(findings)
        self.select(min(findings, key=lambda f: f.severity.rank))
        self._flash_timer.start()

    def _on_flash_timeout(self) -> None:
        self.model.set_flashing(())

    def _on_model_reset(self) -> None:
        model = self.model
        open_count = len(model.open_findings)
        pending = len(model.pending)
        text = self.tr("검토 의견 %n건", "", open_count)
        if pending:
            text += self.tr(" · 아직 입력하지 않은 항목 %n건", "", pending)
        self.title.setText(text)
        if model.rowCount() and self.current() is None:
            self.table.selectRow(0)
        self._show_current()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        finding = self.current()
        self.apply_button.setEnabled(finding is not None and can_apply(finding))
        self.jump_button.setEnabled(finding is not None and bool(finding.field))
        info = finding is not None and finding.severity is Severity.INFO
        self.ack_button.setEnabled(info and not self.model.is_pending(finding))  # type: ignore[arg-type]
        self.ack_button.setChecked(finding is not None and finding in self.model.acknowledged)
        if finding is None:
            self.detail.setText(
                self.tr("검토 의견이 없습니다.") if not self.model.rowCount() else ""
            )
            return
        lang = self.model.language
        if self.model.is_pending(finding):
            label = self.tr("아직 입력하지 않음")
        else:
            label = finding.severity.label.get(lang)
        parts = [f"[{label}] {cited(finding.article, lang)}", finding.message.get(lang)]
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

    def _on_ack_clicked(self, checked: bool) -> None:
        finding = self.current()
        if finding is not None:
            self.model.acknowledge(finding, checked)
            self.select(finding)
            self.acknowledged.emit(finding)
