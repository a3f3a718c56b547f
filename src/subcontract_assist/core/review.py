"""Clause review: the port the language model implements, and clause → findings helpers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.findings import Finding


@dataclass(frozen=True, slots=True)
class Clause:
    """A piece of free text to review: a 특약 of a draft or a paragraph of a received contract.

    Attributes:
        text: the clause text.
        field: the draft field path (``special_terms[0].text``) or ``""``.
        index: the paragraph index in a received contract, else the position in the list.
    """

    text: str
    field: str = ""
    index: int = 0


class ClauseReviewer(Protocol):
    """Reviews clauses; implemented by the llama.cpp adapter and by test fakes."""

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        """Return the findings for one clause (empty when it is fair)."""
        ...


def review_all(
    reviewer: ClauseReviewer,
    clauses: Sequence[Clause],
    cancel: CancelToken,
    progress: Progress = no_progress,
) -> Iterator[tuple[Clause, list[Finding]]]:
    """Yield ``(clause, findings)`` clause by clause, reporting progress, until cancelled."""
    total = len(clauses)
    for done, clause in enumerate(clauses, start=1):
        cancel.raise_if_cancelled()
        yield clause, reviewer.review(clause, cancel)
        progress(done, total)
