"""Review a received contract: read it, review every paragraph off the GUI thread, show findings,
and save a copy with the findings as Word comments.

The page fills in as the review goes: the contract shows as soon as it is read, each finding
joins the list (in document order) and shades its paragraph the moment it is decided, and a
cancelled review keeps every finding decided before the cancel.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.cancel import CancelToken, Progress
from subcontract_assist.core.clauses.reviewer import ClauseReviewer
from subcontract_assist.core.errors import AppError, Cancelled
from subcontract_assist.core.findings import Severity, cited
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.contract_view import ContractView
from subcontract_assist.ui.controllers import ReviewController
from subcontract_assist.ui.dialogs import FileDialogs, show_error
from subcontract_assist.ui.tasks import Task

if TYPE_CHECKING:
    from subcontract_assist.core.negotiation.markup import Block
    from subcontract_assist.core.received.requirement import MissingItem
    from subcontract_assist.core.received.review import (
        ContractReview,
        ParagraphFinding,
        UnitResult,
    )
    from subcontract_assist.core.received.structure import SourceDocument


@dataclass(frozen=True, slots=True)
class ReceivedReviewPorts:
    """What app.py injects: the .docx/text reader and the commented-copy writer (adapters).

    Attributes:
        read: returns the paragraphs of a received contract (raises DocumentError).
        annotate: writes ``target`` = ``source`` with the review as Word comments; returns
            how many comments it added.
        redline: writes ``target`` = ``source`` with the fair wording as tracked changes;
            returns how many paragraphs it changed.
        write_letter: writes a letter (수정 요청서, 조정 신청서) from its blocks to .docx.
    """

    read: Callable[[Path], SourceDocument]
    annotate: Callable[[Path, Path, ContractReview, Lang], int]
    redline: Callable[[Path, Path, ContractReview, Lang], int] | None = None
    write_letter: Callable[[Sequence[Block], Path], None] | None = None


class ReviewFeed(QObject):
    """What the review thread reports as it goes (queued to the page on the GUI thread).

    Signals:
        read(object): the SourceDocument, as soon as the file is read.
        missing(object): the tuple of MissingItems, read from the whole text at the start.
        found(object): a UnitResult with findings, as soon as they are decided.
    """

    read = Signal(object)
    missing = Signal(object)
    found = Signal(object)


def review_file(
    read: Callable[[Path], SourceDocument],
    path: Path,
    reviewer: ClauseReviewer | None,
    cancel: CancelToken,
    progress: Progress,
    feed: ReviewFeed | None = None,
) -> tuple[SourceDocument, ContractReview]:
    """Read and review the contract at ``path`` (runs on the review thread).

    Findings go to ``feed`` as they are decided. When cancelled, the review returned holds
    what was decided before the cancel (``complete`` False).
    """
    from subcontract_assist.core.received.review import ContractReviewer  # only when used
    from subcontract_assist.core.received.structure import parse_contract

    source = read(path)
    if feed is not None:
        feed.read.emit(source)
    run = ContractReviewer(reviewer).start(parse_contract(source))
    if feed is not None:
        feed.missing.emit(run.missing)
    try:
        for result in run.results(cancel, progress):
            if feed is not None and result.findings:
                feed.found.emit(result)
    except Cancelled:
        pass  # keep what is decided
    return source, run.review()


class ReceivedReviewPage(QWidget):
    """Shows the review of a received contract as it is made.

    Signals:
        closed(): the user went back to the start screen.
    """

    closed = Signal()

    def __init__(
        self,
        ports: ReceivedReviewPorts,
        review: ReviewController,
        open_file: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ports, self.review_controller, self.open_file = ports, review, open_file
        self.lang: Lang = "ko"
        self.path: Path | None = None
        self.result: ContractReview | None = None
        self.source: SourceDocument | None = None
        self._task: Task | None = None
        self._feed: ReviewFeed | None = None
        self._keys: list[tuple[int, int]] = []  # (position, arrival) of each finding's row
        self._marks: dict[int, Severity] = {}
        self._found = 0
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.document = ContractView(self)
        self.detail = QTextBrowser(self)  # the picked finding in full: why, where, fair wording
        self.copy_button = QPushButton(self)
        self.copy_button.setEnabled(False)
        self._fair_wording = ""
        self.severity_filter = QComboBox(self)
        self.save_button = QPushButton(self)
        self.redline_button = QPushButton(self)
        self.letter_button = QPushButton(self)
        self.adjust_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self._build_layout()
        self.save_button.clicked.connect(self.save_commented_copy)
        self.redline_button.clicked.connect(self.save_redline)
        self.letter_button.clicked.connect(self.save_letter)
        self.adjust_button.clicked.connect(self.open_adjustment)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button.clicked.connect(self.copy_fair_wording)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.severity_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.retranslate()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        negotiation = (self.redline_button, self.letter_button, self.adjust_button)
        for button in (self.save_button, *negotiation, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        findings = QWidget(self)
        side = QVBoxLayout(findings)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.severity_filter)
        side.addWidget(self.tree, 3)
        side.addWidget(self.detail, 2)
        side.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.document)  # the contract on one side, findings on the other
        splitter.addWidget(findings)
        splitter.setSizes([520, 620])
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.tree.setHeaderLabels([self.tr("위치"), self.tr("조항"), self.tr("검토 의견")])
        self.save_button.setText(self.tr("의견을 단 사본 저장(&C)…"))
        self.redline_button.setText(self.tr("수정 제안 사본(변경 추적)(&R)…"))
        self.letter_button.setText(self.tr("수정 요청서(&L)…"))
        self.adjust_button.setText(self.tr("조정 신청서(&A)…"))
        self.cancel_button.setText(self.tr("검토 취소"))
        self.back_button.setText(self.tr("처음 화면으로"))
        self.copy_button.setText(self.tr("권고 문구 복사"))
        self.detail.setPlaceholderText(
            self.tr("검토 의견을 고르면 이유와 권고 문구가 여기에 나옵니다.")
        )
        current = self.severity_filter.currentIndex()
        self.severity_filter.blockSignals(True)
        self.severity_filter.clear()
        self.severity_filter.addItem(self.tr("모든 검토 의견"), None)
        for severity in (Severity.VIOLATION, Severity.RISK, Severity.INFO):
            self.severity_filter.addItem(severity.label.get(self.lang), severity.value)
        self.severity_filter.setCurrentIndex(max(current, 0))
        self.severity_filter.blockSignals(False)
        if self.result is not None:
            self._show_result()

    def start(self, path: Path) -> None:
        """Review the contract at ``path`` in the background."""
        self.cancel()
        self.path, self.result, self.source = path, None, None
        self.title.setText(path.name)
        self.status.setText(self.tr("계약서를 읽고 조항마다 검토하는 중…"))
        self.tree.clear()
        self.document.clear()
        self._show_detail(None)
        self._keys, self._marks, self._found = [], {}, 0
        self.progress.setRange(0, 0)
        self.progress.show()
        self.save_button.setEnabled(False)
        for button in (self.redline_button, self.letter_button, self.adjust_button):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        read = self.ports.read
        feed = ReviewFeed(self)
        feed.read.connect(self._on_read)
        feed.missing.connect(self._on_missing)
        feed.found.connect(self._on_found)
        self._feed = feed
        task = self.review_controller.job(
            lambda reviewer, cancel, progress: review_file(
                read, path, reviewer, cancel, progress, feed
            )
        )
        task.signals.succeeded.connect(self._on_task_succeeded)
        task.signals.failed.connect(self._on_task_failed)
        task.signals.cancelled.connect(self._on_task_cancelled)
        task.signals.progressed.connect(self._on_task_progressed)
        self._task = task
        self.review_controller.start_job(task)

    def cancel(self) -> None:
        """Stop the review in progress."""
        if self._task is not None:
            self._task.cancel()

    def _current(self) -> bool:
        return self._task is not None and self._task.signals is self.sender()

    def _fed(self) -> bool:
        return self._feed is not None and self._feed is self.sender()

    @Slot(object)
    def _on_read(self, source: SourceDocument) -> None:
        if self._fed():
            self.source = source
            self.document.show_contract(source, {})

    @Slot(object)
    def _on_missing(self, missing: tuple[MissingItem, ...]) -> None:
        if self._fed():
            for item in missing:
                self.tree.addTopLevelItem(self._missing_item(item))
            self._filter_new_rows()

    @Slot(object)
    def _on_found(self, result: UnitResult) -> None:
        """Add a unit's findings at their place in document order and shade the paragraph."""
        if not self._fed():
            return
        for found in result.findings:
            key = (found.paragraph.source.position, self._found)
            row = bisect_right(self._keys, key)
            self._keys.insert(row, key)
            self.tree.insertTopLevelItem(row, self._finding_item(found))
            self._found += 1
            self._mark(found.paragraph.source.position, found.finding.severity)
        self._filter_new_rows()
        self.status.setText(
            self.tr("계약서를 검토하는 중… 지금까지 검토 의견 %1건").replace("%1", str(self._found))
        )

    def _mark(self, position: int, severity: Severity) -> None:
        current = self._marks.get(position)
        if current is None or severity.rank < current.rank:
            self._marks[position] = severity
            self.document.mark(position, severity)

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        if not self._current():
            return
        self._task = None
        self._feed = None
        self.source, self.result = result
        self._show_result()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        if not self._current():
            return
        self._task = None
        self._stopped()
        message = exc.message(self.lang) if isinstance(exc, AppError) else str(exc)
        self.status.setText(message)
        show_error(self, self.tr("계약서를 검토할 수 없습니다"), message)

    @Slot()
    def _on_task_cancelled(self) -> None:  # cancelled before the review began
        if self._current():
            self._task = None
            self._feed = None
            self._stopped()
            self.status.setText(self.tr("검토를 취소했습니다."))

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        if self._current():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _stopped(self) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(False)

    def _show_result(self) -> None:
        review = self.result
        assert review is not None
        self._stopped()
        summary = (
            self.tr("조항 %1개를 검토했습니다: 검토 의견 %2건, 빠진 사항 %3건.")
            .replace("%1", str(review.reviewed))
            .replace("%2", str(len(review.findings)))
            .replace("%3", str(len(review.missing)))
        )
        if not review.complete:
            summary = (
                self.tr("검토를 취소했습니다. 조항 %1개 중 %2개까지의 검토 의견 %3건을 남겼습니다.")
                .replace("%1", str(review.reviewed))
                .replace("%2", str(review.decided))
                .replace("%3", str(len(review.findings)))
            )
        self.status.setText(summary)
        self.tree.clear()
        self._keys = [(f.paragraph.source.position, i) for i, f in enumerate(review.findings)]
        self._found = len(review.findings)
        marks: dict[int, Severity] = {}
        for found in review.findings:
            self.tree.addTopLevelItem(self._finding_item(found))
            position, severity = found.paragraph.source.position, found.finding.severity
            if position not in marks or severity.rank < marks[position].rank:
                marks[position] = severity
        if self.source is not None and marks != self._marks:  # else shaded as they came
            self.document.show_contract(self.source, marks)
        self._marks = marks
        for missing in review.missing:
            self.tree.addTopLevelItem(self._missing_item(missing))
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self._on_filter_changed()
        commented = ("docx", "hwpx", "hwp", "pdf")  # Word comments, 한글 메모, a PDF's transcript
        self.save_button.setEnabled(self.source is not None and self.source.kind in commented)
        docx = self.source is not None and self.source.kind == "docx"
        self.redline_button.setEnabled(docx and self.ports.redline is not None)
        self.letter_button.setEnabled(self.ports.write_letter is not None)
        self.adjust_button.setEnabled(self.ports.write_letter is not None)

    def _finding_item(self, found: ParagraphFinding) -> QTreeWidgetItem:
        f = found.finding
        position = found.paragraph.source.position
        where = found.paragraph.location or str(position + 1)
        item = QTreeWidgetItem(
            [where, f.article, f"[{f.severity.label.get(self.lang)}] {f.message.get(self.lang)}"]
        )
        item.setToolTip(0, found.text)  # the contract's own words; the explanation is the detail
        item.setToolTip(2, f.message.get(self.lang))
        item.setData(2, Qt.ItemDataRole.UserRole, (where, found.text, f))
        item.setData(0, Qt.ItemDataRole.UserRole, position)
        item.setData(1, Qt.ItemDataRole.UserRole, f.severity.value)
        return item

    def _missing_item(self, missing: MissingItem) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self.tr("빠짐"), missing.article, missing.message.get(self.lang)])
        item.setToolTip(2, missing.suggestion)
        item.setData(2, Qt.ItemDataRole.UserRole, (self.tr("빠진 조항"), "", missing))
        return item

    def _filter_new_rows(self) -> None:
        if self.severity_filter.currentData() is not None:
            self._on_filter_changed()

    def save_commented_copy(self) -> Path | None:
        """Ask where, write the .docx with the findings as comments, and open it."""
        if self.result is None or self.path is None:
            return None
        kind = "hwpx" if self.path.suffix.lower() in (".hwpx", ".hwp") else "docx"
        suggested = self.path.with_name(f"{self.path.stem} 검토의견.{kind}")
        target = FileDialogs.ask_export_path(self, suggested, kind)
        if target is None:
            return None
        try:
            self.ports.annotate(self.path, target, self.result, self.lang)
        except AppError as exc:
            show_error(self, self.tr("사본을 저장하지 못했습니다"), exc.message(self.lang))
            return None
        self.open_file(target)
        return target

    def save_redline(self) -> Path | None:
        """Ask where, write the copy with the fair wording as tracked changes, and open it."""
        if self.result is None or self.path is None or self.ports.redline is None:
            return None
        suggested = self.path.with_name(f"{self.path.stem} 수정제안.docx")
        target = FileDialogs.ask_export_path(self, suggested)
        if target is None:
            return None
        try:
            self.ports.redline(self.path, target, self.result, self.lang)
        except AppError as exc:
            show_error(self, self.tr("사본을 저장하지 못했습니다"), exc.message(self.lang))
            return None
        self.open_file(target)
        return target

    def save_letter(self) -> Path | None:
        """Ask where, write the 수정 요청서 to the principal, and open it."""
        if self.result is None or self.path is None or self.ports.write_letter is None:
            return None
        import datetime as dt

        from subcontract_assist.core.negotiation.change_request import change_request_letter
        from subcontract_assist.core.negotiation.facts import contract_facts
        from subcontract_assist.core.negotiation.redline import plan_redline

        suggested = self.path.with_name(f"{self.path.stem} 수정요청서.docx")
        target = FileDialogs.ask_export_path(self, suggested)
        if target is None:
            return None
        facts = contract_facts(self.result.contract)
        revisions = plan_redline(self.result, self.lang, facts)
        try:
            blocks = change_request_letter(self.result, revisions, facts, dt.date.today())
            self.ports.write_letter(blocks, target)
        except AppError as exc:
            show_error(self, self.tr("요청서를 저장하지 못했습니다"), exc.message(self.lang))
            return None
        self.open_file(target)
        return target

    def open_adjustment(self) -> QWidget | None:
        """Open the 조정 신청서 dialog for this contract (non-modal)."""
        if self.result is None or self.path is None or self.ports.write_letter is None:
            return None
        from subcontract_assist.core.negotiation.facts import contract_facts
        from subcontract_assist.ui.adjustment_dialog import AdjustmentDialog

        dialog = AdjustmentDialog(
            contract_facts(self.result.contract),
            self.ports.write_letter,
            self.path.with_name(f"{self.path.stem} 조정신청서.docx"),
            self.lang,
            self,
        )
        dialog.show()
        return dialog

    @Slot()
    def _on_filter_changed(self) -> None:
        """Show only the findings of the chosen severity (missing items show under 'all')."""
        wanted = self.severity_filter.currentData()
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is None:
                continue
            severity = item.data(1, Qt.ItemDataRole.UserRole)
            item.setHidden(wanted is not None and severity != wanted)

    @Slot(object, object)
    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        """Scroll the contract to the paragraph of the finding the user picked."""
        position = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if isinstance(position, int):
            self.document.jump_to(position)
        self._show_detail(
            current.data(2, Qt.ItemDataRole.UserRole) if current is not None else None
        )

    def _show_detail(self, picked: Any) -> None:
        """Show the picked finding or missing item in full, with its fair wording to copy."""
        if not isinstance(picked, tuple):
            self.detail.clear()
            self._fair_wording = ""
            self.copy_button.setEnabled(False)
            return
        where, quoted, item = picked
        severity = getattr(item, "severity", None)
        label = severity.label.get(self.lang) if isinstance(severity, Severity) else ""
        message = item.message.get(self.lang)
        self._fair_wording = item.suggestion or ""
        parts = [f"<p><b>[{html.escape(label)}] {html.escape(cited(item.article, self.lang))}</b>"]
        parts.append(f" · {html.escape(where)}</p>" if where else "</p>")
        parts.append(f"<p>{html.escape(message)}</p>")
        if quoted:
            parts.append(
                f"<p style='color:#555'>{self.tr('계약서 문구')}: {html.escape(quoted)}</p>"
            )
        if self._fair_wording:
            parts.append(
                f"<p><b>{self.tr('권고 문구')}</b><br>{html.escape(self._fair_wording)}</p>"
            )
        self.detail.setHtml("".join(parts))
        self.copy_button.setEnabled(bool(self._fair_wording))

    @Slot()
    def copy_fair_wording(self) -> None:
        """Put the picked finding's fair wording on the clipboard (to paste into a reply)."""
        if self._fair_wording:
            QGuiApplication.clipboard().setText(self._fair_wording)
            self.status.setText(self.tr("권고 문구를 복사했습니다."))

    def _on_back_clicked(self) -> None:
        self.cancel()
        self.closed.emit()
