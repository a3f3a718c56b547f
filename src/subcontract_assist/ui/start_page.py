"""The start screen: a new contract (type and side), open a draft, recent drafts, review one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.draft.schema import Side, TransactionType


class StartPage(QWidget):
    """What the user sees first.

    Signals:
        new_requested(object, object): TransactionType and Side of a new contract.
        open_requested(): pick a draft file.
        recent_requested(object): the Path of a recent draft.
        review_requested(): review a received contract (.docx).
    """

    new_requested = Signal(object, object)
    open_requested = Signal()
    recent_requested = Signal(object)
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 700;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_box = QGroupBox(self)
        self._build_new_box()
        self.open_button = QPushButton(self)
        self.review_button = QPushButton(self)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.open_recent_button = QPushButton(self)
        self.open_recent_button.setEnabled(False)
        self._build_layout()
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_button.clicked.connect(self.open_requested)
        self.review_button.clicked.connect(self.review_requested)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.recent.currentItemChanged.connect(self._on_recent_current_changed)
        self.open_recent_button.clicked.connect(self._on_open_recent_clicked)
        self._paths: list[Path] = []
        self.retranslate()

    def _build_new_box(self) -> None:
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[TransactionType, QRadioButton] = {}
        grid = QGridLayout()
        for n, kind in enumerate(TransactionType):
            button = QRadioButton(self.new_box)
            self.type_group.addButton(button)
            self.type_buttons[kind] = button
            grid.addWidget(button, n // 3, n % 3)
        self.type_buttons[TransactionType.MANUFACTURING].setChecked(True)
        self.side_group = QButtonGroup(self)
        self.side_buttons = {side: QRadioButton(self.new_box) for side in Side}
        self.side_buttons[Side.PRINCIPAL].setChecked(True)
        sides = QHBoxLayout()
        self.side_label = QLabel(self.new_box)
        sides.addWidget(self.side_label)
        for button in self.side_buttons.values():
            self.side_group.addButton(button)
            sides.addWidget(button)
        sides.addStretch(1)
        self.new_button = QPushButton(self.new_box)
        self.new_button.setDefault(True)
        box_layout = QVBoxLayout(self.new_box)
        box_layout.addLayout(grid)
        box_layout.addLayout(sides)
        box_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.review_button)
        actions.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(8)
        column.addWidget(self.new_box)
        column.addLayout(actions)
        column.addSpacing(8)
        recent_top = QHBoxLayout()
        recent_top.addWidget(self.recent_label)
        recent_top.addStretch(1)
        recent_top.addWidget(self.open_recent_button)
        column.addLayout(recent_top)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("공정 하도급계약서 작성 도우미"))
        self.intro.setText(
            self.tr(
                "질문에 답하면 하도급법에 맞는 계약서가 만들어집니다. 문제가 되는 조건은 "
                "조항을 들어 바로 알려 드립니다. 모든 작업은 이 컴퓨터 안에서만 이루어집니다."
            )
        )
        self.new_box.setTitle(self.tr("새 계약서"))
        labels = {
            TransactionType.MANUFACTURING: self.tr("제조위탁"),
            TransactionType.REPAIR: self.tr("수리위탁"),
            TransactionType.CONSTRUCTION: self.tr("건설위탁"),
            TransactionType.SERVICE_INFO: self.tr("용역위탁 (지식·정보성과물)"),
            TransactionType.SERVICE_LABOR: self.tr("용역위탁 (역무)"),
        }
        for kind, button in self.type_buttons.items():
            button.setText(labels[kind])
        self.side_label.setText(self.tr("귀사는:"))
        self.side_buttons[Side.PRINCIPAL].setText(self.tr("원사업자 (위탁하는 쪽)"))
        self.side_buttons[Side.SUBCONTRACTOR].setText(self.tr("수급사업자 (위탁받는 쪽)"))
        self.new_button.setText(self.tr("새 계약서 작성(&N)"))
        self.open_button.setText(self.tr("초안 열기(&O)…"))
        self.review_button.setText(self.tr("받은 계약서 검토(&R)…"))
        self.recent_label.setText(self.tr("최근 초안"))
        self.open_recent_button.setText(self.tr("선택한 초안 열기"))
        self.set_recent(self._paths)

    def set_recent(self, paths: Sequence[Path]) -> None:
        """Show the recent drafts (name, then the folder); say so when there are none."""
        self._paths = list(paths)
        self.recent.clear()
        if not paths:
            hint = QListWidgetItem(
                self.tr("최근에 연 초안이 없습니다. 위에서 새 계약서를 시작하거나 초안을 여세요.")
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(hint)
        home = Path.home()
        for path in paths:
            folder = path.parent
            shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
            item = QListWidgetItem(f"{path.name}   —   {shown}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)

    def choose(self, kind: TransactionType, side: Side) -> None:
        """Select a transaction type and side (keyboard users, tests)."""
        self.type_buttons[kind].setChecked(True)
        self.side_buttons[side].setChecked(True)

    def _on_new_clicked(self) -> None:
        kind = next(k for k, b in self.type_buttons.items() if b.isChecked())
        side = next(s for s, b in self.side_buttons.items() if b.isChecked())
        self.new_requested.emit(kind, side)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self.recent_requested.emit(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def _on_recent_current_changed(
        self, current: QListWidgetItem | None, _previous: object
    ) -> None:
        self.open_recent_button.setEnabled(
            current is not None and bool(current.data(Qt.ItemDataRole.UserRole))
        )

    def _on_open_recent_clicked(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._on_recent_activated(item)
