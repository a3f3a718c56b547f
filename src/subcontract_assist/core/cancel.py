"""Cooperative cancellation and progress reporting for long work (no Qt)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from subcontract_assist.core.errors import Cancelled

#: ``progress(done, total)``
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """Ignore progress."""


class CancelToken:
    """Set by the UI thread, polled by the worker between steps (clauses, tokens)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise Cancelled when cancel() was called."""
        if self._event.is_set():
            raise Cancelled()
