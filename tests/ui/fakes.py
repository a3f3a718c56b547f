"""Hand-written reviewers for UI tests: one that answers at once, one that waits to be cancelled."""

from __future__ import annotations

import threading

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.errors import Cancelled, ModelError
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.text import Text

# A word no clause pattern knows, so the fake model (not a rule) is what flags the clause.
UNFAIR_WORD = "특별정산"
FAIR_WORDING = "특별정산 방식은 양 당사자가 서면으로 합의하여 정한다."


class FakeReviewer:
    """Flags any clause containing ``UNFAIR_WORD`` and offers ``FAIR_WORDING``."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        self.seen.append(clause.text)
        if UNFAIR_WORD not in clause.text or clause.text == FAIR_WORDING:
            return []
        return [
            Finding(
                rule="model.unfair_special_terms",
                category=Category.UNFAIR_SPECIAL_TERMS,
                article="제3조의4",
                severity=Severity.RISK,
                message=Text(
                    "정산 방식을 원사업자가 일방적으로 정합니다.", "One-sided settlement."
                ),
                field=clause.field,
                suggestion=FAIR_WORDING,
                source=Source.MODEL,
            )
        ]


class BlockingReviewer:
    """Blocks inside ``review`` until the token is cancelled (or ``release`` is set)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        self.entered.set()
        while not self.release.wait(0.01):
            cancel.raise_if_cancelled()
        return []


class GatedReviewer(FakeReviewer):
    """A FakeReviewer whose first review waits until ``release`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        self.entered.set()
        self.release.wait(5)
        return super().review(clause, cancel)


def failing_load() -> FakeReviewer:
    """A model load that fails, as a corrupt .gguf would."""
    raise ModelError(Text("모델 파일이 손상되었습니다.", "The model file is corrupt."))


__all__ = ["BlockingReviewer", "Cancelled", "FakeReviewer", "GatedReviewer", "failing_load"]
