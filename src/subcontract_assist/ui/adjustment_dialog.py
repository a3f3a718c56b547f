"""The 하도급대금 조정 신청서 dialog: enter the main materials and energy, see the working, save.

The computation is core's (``negotiation.adjustment``); the dialog only collects the figures,
shows the working as it is computed and, when the prices rose past the threshold, writes the
application through the injected writer. Under the threshold it says so and saves nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.schema import MaterialKind
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.negotiation.adjustment import (
    HUNDRED,
    AdjustmentResult,
    CostItem,
    CostReport,
    compute_adjustment,
)
from subcontract_assist.core.negotiation.application import adjustment_application, working_text
from subcontract_assist.core.negotiation.facts import ContractFacts
from subcontract_assist.core.negotiation.markup import Block
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.dialogs import FileDialogs, show_error

WriteLetter = Callable[[Sequence[Block], Path], None]
COLUMNS = 7  # 품목, 구분, 기준 가격, 현재 가격, 비중 %, 반영비율 %, 조정요건 %


def _number(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").replace("%", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


class AdjustmentDialog(QDialog):
    """Collects the prices, shows the working, writes the 조정 신청서."""

    def __init__(
        self,
        facts: ContractFacts,
        write_letter: WriteLetter,
        suggested: Path,
        lang: Lang = "ko",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.facts, self.write_letter, self.suggested, self.lang = (
            facts,
            write_letter,
            suggested,
            lang,
        )
        self.computed: AdjustmentResult | None = None
        self.setWindowTitle(self.tr("하도급대금 조정 신청서"))
        self.resize(820, 620)
        self.object_name = QLineEdit(self)
        self.unit_price = QLineEdit(self)
        self.quantity = QLineEdit(self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("품목"),
                self.tr("구분"),
                self.tr("기준시점 가격"),
                self.tr("현재 가격"),
                self.tr("비중 %"),
                self.tr("반영비율 %"),
                self.tr("조정요건 %"),
            ]
        )
        self.add_button = QPushButton(self.tr("품목 추가"), self)
        self.compute_button = QPushButton(self.tr("계산(&K)"), self)
        self.save_button = QPushButton(self.tr("신청서 저장(&S)…"), self)
        self.close_button = QPushButton(self.tr("닫기"), self)
        self.working = QPlainTextEdit(self)
        self.working.setReadOnly(True)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self._build_layout()
        self.add_button.clicked.connect(self.add_row)
        self.compute_button.clicked.connect(self.compute)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        self.add_row()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("목적물"), self.object_name)
        form.addRow(self.tr("기존단가(원)"), self.unit_price)
        form.addRow(self.tr("조정 대상 잔여 수량"), self.quantity)
        hint = QLabel(
            self.tr(
                "조정요건을 비워 두면 법이 정한 상한(10%)으로 판단합니다. 계약서에 연동표가 "
                "있으면 그 조정요건·반영비율을 적어 주세요."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.compute_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.working, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)

    def add_row(self) -> int:
        """Add an empty item row (material by default) and return its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        kind.addItem(self.tr("원재료"), MaterialKind.MATERIAL.value)
        kind.addItem(self.tr("에너지"), MaterialKind.ENERGY.value)
        self.table.setCellWidget(row, 1, kind)
        return row

    def set_row(self, row: int, name: str, kind: MaterialKind, *figures: str) -> None:
        """Fill a row: name, kind, then base, current, share, reflection, threshold."""
        self.table.setItem(row, 0, QTableWidgetItem(name))
        combo = self.table.cellWidget(row, 1)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(kind.value))
        for column, text in enumerate(figures, start=2):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def report(self) -> CostReport:
        """Return the figures entered (raises ValueError naming the bad figure)."""
        items = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, 0).strip()
            if not name:
                continue
            combo = self.table.cellWidget(row, 1)
            kind = MaterialKind(combo.currentData()) if isinstance(combo, QComboBox) else None
            base, current, share, reflection, threshold = (
                _number(self._cell(row, column)) for column in range(2, COLUMNS)
            )
            if base is None or current is None or base == 0:
                raise ValueError(name)
            for value in (share, reflection, threshold):
                if value is not None and value > HUNDRED:
                    raise ValueError(name)
            items.append(
                CostItem(
                    name,
                    kind or MaterialKind.MATERIAL,
                    base,
                    current,
                    share,
                    reflection if reflection is not None else HUNDRED,
                    threshold,
                )
            )
        if not items:
            raise ValueError(self.tr("품목"))
        unit_price = _number(self.unit_price.text())
        return CostReport(
            tuple(items),
            object_name=self.object_name.text().strip(),
            unit_price=int(unit_price) if unit_price is not None else None,
            quantity=_number(self.quantity.text()),
        )

    def compute(self) -> AdjustmentResult | None:
        """Compute and show the working; enable saving only when the prices rose past it."""
        self.computed = None
        self.save_button.setEnabled(False)
        try:
            result = compute_adjustment(self.report())
        except ValueError as exc:
            self.verdict.setText(self.tr("숫자를 확인해 주세요: %1").replace("%1", str(exc)))
            return None
        except AppError as exc:
            self.verdict.setText(exc.message(self.lang))
            return None
        self.computed = result
        self.working.setPlainText(working_text(result, self.lang))
        if result.applies:
            self.verdict.setText(self.tr("조정요건 이상 올랐습니다. 신청서를 저장할 수 있습니다."))
        else:
            self.verdict.setText(
                self.tr(
                    "조정요건 이상 오른 품목이 없어 신청서를 만들지 않습니다. 조정 신청 자체에는 "
                    "정해진 변동률이 없으니, 다른 공급원가 변동 자료로 협의를 요청할 수 있습니다."
                )
            )
        self.save_button.setEnabled(result.applies)
        return result

    def save(self) -> Path | None:
        """Ask where and write the application (only when it applies)."""
        if self.computed is None or not self.computed.applies:
            return None
        target = FileDialogs.ask_export_path(self, self.suggested)
        if target is None:
            return None
        blocks = adjustment_application(self.computed, self.facts, dt.date.today())
        try:
            self.write_letter(blocks, target)
        except AppError as exc:
            show_error(self, self.tr("신청서를 저장하지 못했습니다"), exc.message(self.lang))
            return None
        self.verdict.setText(self.tr("저장했습니다: %1").replace("%1", str(target)))
        return target
