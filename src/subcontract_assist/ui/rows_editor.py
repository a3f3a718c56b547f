"""RowsEditor: one table for every list of rows the interview asks (품목, 기성, 연동표, 지급자재 …).

The columns come from the question data; each cell is parsed by the answer parser of its
column's kind as it is edited, a row is validated by the draft's own row model before the draft
sees it, and computed columns (금액) are shown read-only. The draft keeps the last valid rows.

A refused cell stays marked, with its reason under the table until it is fixed (not only in a
tooltip), and its row's 금액 and the 합계 show "확인 필요" instead of a figure computed from the
old value. A valid cell is shown back in its standard form (20000 → 20,000). The 합계 can be
taken as the 하도급대금 (공급가액) in one click.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.interview.answers import AnswerError, format_cell, parse_cell
from subcontract_assist.core.draft.interview.questions import Kind, Question
from subcontract_assist.core.draft.interview.rows import (
    RowError,
    blank_row,
    cell_of,
    computed_values,
    validate_row,
)
from subcontract_assist.core.text import Lang, Text
from subcontract_assist.ui.editor_base import Editor

_INVALID = QColor("#fde2e1")
_COMPUTED = QColor("#f1f3f5")
_VISIBLE_ROWS = (3, 8)  # the table grows with its rows between these, then scrolls
_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice column with a combo box of its labels; other columns edit as text."""

    def __init__(self, columns: tuple[Question, ...], lang: Lang, parent: QWidget) -> None:
        super().__init__(parent)
        self.columns, self.lang = columns, lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self.columns[index.column()]
        if column.kind is not Kind.CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems([c.label.get(self.lang) for c in column.choices])
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class RowsEditor(Editor):
    """A table of rows with add/remove buttons; reports the whole list after each valid edit.

    Signals:
        total_chosen(int): the user asked to use the 합계 as the 공급가액.
    """

    follows_own_edits = True
    total_chosen = Signal(int)

    def __init__(self, question: Question, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self.columns = question.columns
        self.rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setAccessibleName(question.label.get(lang))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setItemDelegate(ChoiceDelegate(self.columns, lang, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self._set_headers()
        self.invalid: dict[tuple[int, int], Text] = {}  # refused cells and why
        self.add_button = QPushButton(self.tr("+ 행 추가"), self)
        self.remove_button = QPushButton(self.tr("− 선택한 행 삭제"), self)
        self.total = QLabel(self)
        self.use_total_button = QPushButton(self.tr("합계를 공급가액으로"), self)
        self.use_total_button.setToolTip(self.tr("이 합계를 하도급대금(공급가액)으로 씁니다"))
        self.use_total_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        buttons.addWidget(self.use_total_button)
        box = QVBoxLayout()
        box.addWidget(self.table)
        box.addLayout(buttons)
        self._layout.addLayout(box, 1)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.use_total_button.clicked.connect(self._on_use_total_clicked)
        self._add_keys()

    def _add_keys(self) -> None:
        """Insert adds a row and Ctrl+Delete removes the selected rows while the table has focus."""
        for button, key in (
            (self.add_button, QKeySequence(Qt.Key.Key_Insert)),
            (self.remove_button, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete)),
        ):
            action = QAction(button.text(), self.table)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(button.click)
            self.table.addAction(action)
            button.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))

    def _set_headers(self) -> None:
        for i, column in enumerate(self.columns):
            title = QTableWidgetItem(column.label.get(self.lang))
            title.setToolTip(column.help.get(self.lang))
            self.table.setHorizontalHeaderItem(i, title)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(72)  # empty columns stay clickable
        # Fixed widths by kind, so the columns do not jump after the first edit; the first text
        # column (품명) takes the room that is left and is not cut off.
        widths = {Kind.TEXT: 120, Kind.CHOICE: 90, Kind.BOOL: 72, Kind.DATE: 100}
        stretched = False
        for i, column in enumerate(self.columns):
            if column.kind is Kind.TEXT and not stretched:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                stretched = True
            else:
                self.table.setColumnWidth(i, widths.get(column.kind, 96))
        if stretched:
            header.setStretchLastSection(False)

    # -- showing rows ----------------------------------------------------------------------

    def _show(self, value: Any) -> None:
        rows = [dict(row) for row in value or []]
        if rows == self.rows and self.table.rowCount() == len(rows):
            return  # the draft took the rows this table reported: nothing to redraw
        self.rows = rows
        self.invalid = {}
        self.table.blockSignals(True)  # filling cells is not an edit
        try:
            self.table.setRowCount(len(self.rows))
            for r, row in enumerate(self.rows):
                for c, column in enumerate(self.columns):
                    self.table.setItem(r, c, self._item(column, row.get(column.field)))
                self._show_computed(r)
        finally:
            self.table.blockSignals(False)
        self._fit_height()
        self._show_total()

    def _item(self, column: Question, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.kind is Kind.BOOL:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            return item
        if column.computed:
            item.setFlags(flags)
            item.setBackground(QBrush(_COMPUTED))
        else:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
        if column.kind in (Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.INT):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setText(format_cell(column, value, self.lang))
        return item

    def _row_invalid(self, r: int) -> bool:
        return any(row == r for row, _ in self.invalid)

    def _show_computed(self, r: int) -> None:
        stale = self._row_invalid(r)  # never a figure computed from a refused cell's old value
        for key, value in computed_values(self.question, self.rows[r]).items():
            c = self._column_index(key)
            cell = self.table.item(r, c)
            if cell is not None:
                shown = format_cell(self.columns[c], value, self.lang)
                cell.setText(self.tr("확인 필요") if stale else shown)

    def total_amount(self) -> int | None:
        """Return the 합계 of the money column, or None (no such column, or a refused cell)."""
        money = [c for c in self.columns if c.computed and c.kind is Kind.MONEY]
        if not money or not self.rows or self.invalid:
            return None
        key = money[0].field
        values = [computed_values(self.question, row).get(key) for row in self.rows]
        return sum(v for v in values if isinstance(v, int))

    def _show_total(self) -> None:
        money = [c for c in self.columns if c.computed and c.kind is Kind.MONEY]
        total = self.total_amount()
        self.use_total_button.setVisible(bool(total) and self.question.field == "deliverable.items")
        if not money or not self.rows:
            self.total.clear()
        elif total is None:
            self.total.setText(self.tr("합계: 잘못된 칸을 고치면 계산합니다"))
        else:
            self.total.setText(self.tr("합계 %1원").replace("%1", f"{total:,}"))

    def _on_use_total_clicked(self) -> None:
        total = self.total_amount()
        if total:
            self.total_chosen.emit(total)

    def _fit_height(self) -> None:
        low, high = _VISIBLE_ROWS
        shown = min(max(self.table.rowCount(), low), high)
        rows = self.table.verticalHeader().defaultSectionSize() * shown
        chrome = self.table.horizontalHeader().sizeHint().height()
        scroll = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(rows + chrome + scroll + 2 * self.table.frameWidth() + 2)

    def _column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == key)

    # -- editing ---------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        r, column = item.row(), self.columns[item.column()]
        if column.computed or r >= len(self.rows):
            return
        try:
            value = self._cell_value(column, item)
            row = self.rows[r] | {column.field: value}
            validate_row(self.question, row, r)
        except AnswerError as exc:
            self._mark(item, self._in_row(r, column, exc.text))
            return
        except RowError as exc:
            self._mark(item, exc.text)
            return
        self._mark(item, None)
        self.rows[r] = row
        self.table.blockSignals(True)
        if column.kind is not Kind.BOOL:
            item.setText(format_cell(column, value, self.lang))  # 20000 → 20,000, as elsewhere
        self._show_computed(r)
        self.table.blockSignals(False)
        self._show_total()
        self.edited.emit([dict(row) for row in self.rows])
        if self.invalid:  # another cell is still refused: keep saying why
            self.rejected.emit(next(iter(self.invalid.values())))

    @staticmethod
    def _cell_value(column: Question, item: QTableWidgetItem) -> Any:
        if column.kind is Kind.BOOL:
            return item.checkState() == Qt.CheckState.Checked
        return parse_cell(column, item.text())

    def _in_row(self, r: int, column: Question, reason: Text) -> Text:
        return Text(
            f"{r + 1}번째 행 '{column.label.ko}': {reason.ko}",
            f"Row {r + 1}, '{column.label.en}': {reason.en}",
        )

    def _mark(self, item: QTableWidgetItem, reason: Text | None) -> None:
        """Colour a refused cell and report why; a valid cell loses the colour."""
        key = (item.row(), item.column())
        if reason is None:
            self.invalid.pop(key, None)
        else:
            self.invalid[key] = reason
        self.table.blockSignals(True)
        item.setBackground(QBrush(_INVALID) if reason else QBrush())
        item.setToolTip(reason.get(self.lang) if reason else "")
        if reason is not None:
            self._show_computed(item.row())
        self.table.blockSignals(False)
        if reason is not None:
            self._show_total()
            self.rejected.emit(reason)

    def _on_add_clicked(self) -> None:
        # A new row is added in place: redrawing every row would put back the old value of a
        # refused cell the user is still fixing.
        row = blank_row(self.question)
        self.rows.append(row)
        r = self.table.rowCount()
        self.table.blockSignals(True)
        try:
            self.table.insertRow(r)
            for c, column in enumerate(self.columns):
                self.table.setItem(r, c, self._item(column, row.get(column.field)))
            self._show_computed(r)
        finally:
            self.table.blockSignals(False)
        self._fit_height()
        self._show_total()
        self.table.clearSelection()  # the new row is current, not added to a selection
        self.table.setCurrentCell(r, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit([dict(row) for row in self.rows])
        if self.invalid:
            self.rejected.emit(next(iter(self.invalid.values())))

    def _on_remove_clicked(self) -> None:
        chosen = {index.row() for index in self.table.selectedIndexes()}
        if not chosen and self.table.currentRow() >= 0:
            chosen = {self.table.currentRow()}
        if not chosen:
            return
        self.set_value([row for i, row in enumerate(self.rows) if i not in chosen])
        self.invalid = {}
        self.edited.emit([dict(row) for row in self.rows])

    # -- focus -----------------------------------------------------------------------------

    def focus_target(self) -> QWidget:
        return self.table

    def focus_path(self, path: str) -> None:
        """Select the cell ``path`` names (``indexation.items[0].threshold_pct``) and focus it."""
        cell = cell_of(self.question, path)
        if cell is not None and cell[0] < self.table.rowCount():
            row, key = cell
            column = self.question.column(key)
            c = self._column_index(key) if column is not None else 0
            self.table.setCurrentCell(row, c)
            target = self.table.item(row, c)
            if target is not None:
                self.table.scrollToItem(target)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
