"""Controllers that run work off the GUI thread: the language-model review of free-text clauses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from subcontract_assist.core.cancel import CancelToken, Progress
from subcontract_assist.core.clauses.analyzer import ClauseAnalyzer
from subcontract_assist.core.clauses.reviewer import Clause, ClauseReviewer
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.findings import Finding, Source
from subcontract_assist.ui.tasks import Task

DEBOUNCE_MS = 700


@dataclass(frozen=True, slots=True)
class ReviewerSource:
    """How to get the clause reviewer: app.py builds it from the llama.cpp adapter, tests fake it.

    Attributes:
        name: the model's name for the status bar.
        load: builds the reviewer (slow: loads the model); runs on the review thread.
        backend: returns where the model runs (CPU, Metal, CUDA) once it is loaded.
    """

    name: str
    load: Callable[[], ClauseReviewer]
    backend: Callable[[], str] = lambda: "CPU"


class ReviewController(QObject):
    """Reviews the draft's clauses with the model on a single-thread pool; newest request wins.

    A change to the text cancels the running review at once and starts a new one after a pause
    (debounce); a result that arrives for an older text is discarded.

    Signals:
        started(): a review began.
        progressed(int, int): clauses done, total.
        finished(list): the model's findings for the latest text.
        failed(str): the review or the model load failed; the rules still work.
        cancelled(): the running review stopped because it was cancelled.
        model_ready(str, str): the model loaded (name, backend).
    """

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(list)
    failed = Signal(str)
    cancelled = Signal()
    model_ready = Signal(str, str)

    def __init__(
        self, source: ReviewerSource | None, pool: QThreadPool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.pool = pool
        self._reviewer: ClauseReviewer | None = None
        self._task: Task | None = None
        self._live: set[Task] = set()
        self._pending: list[Clause] = []
        self._announce = False  # set on the review thread once the model has loaded
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._task is not None

    def schedule(self, clauses: Sequence[Clause]) -> None:
        """Review ``clauses`` after a pause; cancel any review of the older text now."""
        self.cancel()
        self._pending = list(clauses)
        self.timer.start()

    def review(self, clauses: Sequence[Clause]) -> None:
        """Start reviewing ``clauses`` now (cancelling any running review)."""
        self.timer.stop()
        self.cancel()
        if self.source is None:
            return
        if not clauses:
            self.finished.emit([])
            return
        work = list(clauses)
        self._start(Task(lambda cancel, progress: self._review(work, cancel, progress)))
        self.started.emit()

    def preload(self) -> None:
        """Load the model in the background so the first review is quick."""
        if self.source is not None and self._reviewer is None and self._task is None:
            self._start(Task(lambda cancel, progress: self._load()))

    def job(self, fn: Callable[[ClauseReviewer | None, CancelToken, Progress], object]) -> Task:
        """Return a Task (not started) that runs ``fn(reviewer, cancel, progress)`` on the
        review thread with the loaded model, or None when there is no model or it fails to
        load (the caller then works with the rules alone). Connect its signals, then
        :meth:`start_job` it.
        """

        def run(cancel: CancelToken, progress: Progress) -> object:
            try:
                reviewer = self._load() if self.source is not None else None
            except AppError:
                reviewer = None
            return fn(reviewer, cancel, progress)

        return Task(run)

    def start_job(self, task: Task) -> None:
        """Run a Task made by :meth:`job` after any clause review (one model, one thread)."""
        self.pool.start(task)

    def cancel(self) -> None:
        """Cancel the running review, if any; its results will be discarded."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel, wait for the review thread, then close the model (on window close)."""
        self.timer.stop()
        self.cancel()
        self.pool.waitForDone(timeout_ms)
        close = getattr(self._reviewer, "close", None)
        if callable(close):
            close()
        self._reviewer = None

    def _start(self, task: Task) -> None:
        task.signals.succeeded.connect(self._on_task_succeeded)
        task.signals.failed.connect(self._on_task_failed)
        task.signals.cancelled.connect(self._on_task_cancelled)
        task.signals.progressed.connect(self._on_task_progressed)
        self._task = task
        self._live.add(task)
        self.pool.start(task)

    def _load(self) -> ClauseReviewer:  # review thread
        if self._reviewer is None:
            assert self.source is not None
            self._reviewer = self.source.load()
            self._announce = True
        return self._reviewer

    def _review(
        self, clauses: list[Clause], cancel: CancelToken, progress: Progress
    ) -> list[Finding]:  # review thread
        # Patterns and model combined: the rule findings of these clauses are already on screen
        # (the rule engine screens every 특약), so keep only the model findings that the
        # combination lets through — the model never clears or re-cites a pattern's finding.
        analyzer = ClauseAnalyzer(self._load())
        return [
            finding
            for result in analyzer.analyze(clauses, cancel, progress)
            for finding in result.findings
            if finding.source is Source.MODEL
        ]

    def _finish(self) -> Task | None:
        """Forget the task that sent the signal; return it if it is still the current one."""
        sender = self.sender()
        task = next((t for t in self._live if t.signals is sender), None)
        if task is not None:
            self._live.discard(task)
        if self._announce and self.source is not None:
            self._announce = False
            self.model_ready.emit(self.source.name, self.source.backend())
        if task is not None and task is self._task:
            self._task = None
            return task
        return None

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        if self._finish() is not None and isinstance(result, list):
            self.finished.emit(result)

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        if self._finish() is not None:
            self.failed.emit(str(exc))

    @Slot()
    def _on_task_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        task = self._task
        if task is not None and task.signals is self.sender():
            self.progressed.emit(done, total)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.review(self._pending)
