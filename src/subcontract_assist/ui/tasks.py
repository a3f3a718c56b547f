"""Background work: a Task runs ``fn(cancel, progress)`` on a pool thread and reports by signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from subcontract_assist.core.cancel import CancelToken, Progress
from subcontract_assist.core.errors import Cancelled

TaskFn = Callable[[CancelToken, Progress], object]


class TaskSignals(QObject):
    """What a Task reports; connect to slots of GUI-thread objects so the calls are queued.

    Signals:
        succeeded(object): the function's result.
        failed(object): the exception it raised.
        cancelled(): it stopped because the token was cancelled.
        progressed(int, int): done, total.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)


class Task(QRunnable):
    """Run ``fn(cancel, progress)`` on a QThreadPool thread; never touches widgets."""

    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it until its signal has been handled
        self.signals = TaskSignals()
        self.cancel_token = CancelToken()
        self._fn = fn

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.cancel_token.cancel()

    def run(self) -> None:
        try:
            if self.cancel_token.cancelled:
                raise Cancelled()
            result = self._fn(self.cancel_token, self.signals.progressed.emit)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
