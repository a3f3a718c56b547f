"""Review free-text clauses: deterministic clause patterns first, then the language model.

The combination is fixed so that the model adds, and overrules only by doubt:
- every finding says where it came from (``Source.RULE`` or ``Source.MODEL``);
- when a pattern fired on a clause, the model cannot clear it, and its findings for that clause
  are dropped, so it never cites another article for what a rule already cited; where a
  calibrated model reads the clause as plainly fair, a rule finding on wording alone (no
  statutory figure) stays as a hint with the doubt stated (``reviewer.doubted``);
- when the model is missing or fails (a corrupt file, a native error), analysis goes on with the
  patterns alone and says so in a note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.clauses.reviewer import (
    BatchScorer,
    Clause,
    ClauseReviewer,
    ClauseScorer,
    ClauseVerdict,
    doubtable,
    doubted,
    model_findings,
    single_unit,
)
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.findings import Finding, Severity, Source
from subcontract_assist.core.text import Text

#: ``screen(text, field)`` → the clause-pattern findings for one clause.
Screen = Callable[[str, str], Iterable[Finding]]

#: Clauses handed to a batch scorer at once: a packed model call, still streamed clause by clause.
WINDOW = 8

RULES_ONLY_NOTE = Text(
    "언어 모델 없이 규칙(문구 패턴)만으로 검토했습니다.",
    "Reviewed with the rules (clause patterns) only, without the language model.",
)


@dataclass(frozen=True, slots=True)
class ClauseResult:
    """The combined review of one clause.

    Attributes:
        clause: the clause reviewed.
        findings: rule findings first, then any model findings that survived the combination.
        verdict: the model's label scores, when the model ran and exposes them.
        notes: what the user should know about how it was reviewed (model unavailable …).
    """

    clause: Clause
    findings: list[Finding]
    verdict: ClauseVerdict | None = None
    notes: tuple[Text, ...] = field(default=())

    @property
    def rule_fired(self) -> bool:
        return any(
            f.source is Source.RULE and f.severity is not Severity.INFO for f in self.findings
        )

    @property
    def model_flagged(self) -> bool:
        return any(f.source is Source.MODEL for f in self.findings)

    @property
    def unfair(self) -> bool:
        return any(f.severity is not Severity.INFO for f in self.findings)


def clause_patterns() -> Screen:
    """Return the clause screen: patterns and meaning rules read in context (imported late)."""
    from subcontract_assist.core.clauses.screen import screen

    return screen


def combine(
    rule_findings: list[Finding], model: list[Finding], imposes_nothing: bool = False
) -> list[Finding]:
    """Return rule findings plus the model findings the rules leave room for.

    A pattern that fired decides the clause: the model may neither clear it nor cite a second
    article for it. INFO-only pattern output (a hint) leaves the model free. A clause whose
    reading lays nothing on the subcontractor (``screen.imposes_nothing``) gets no model finding:
    the model reads words, and "원사업자는 … 감액하지 아니한다" has the words of a price cut.
    """
    if _fired(rule_findings) or imposes_nothing:
        return list(rule_findings)
    return [*rule_findings, *model]


def _imposes_nothing(text: str) -> bool:
    from subcontract_assist.core.clauses.screen import imposes_nothing

    return imposes_nothing(text)


def _fired(rule_findings: list[Finding]) -> bool:
    return any(f.severity is not Severity.INFO for f in rule_findings)


def may_doubt(rule_findings: list[Finding], text: str) -> bool:
    """True when a calibrated model could turn a rule finding here into a hint (``doubted``)."""
    return single_unit(text) and any(doubtable(f) for f in rule_findings)


def decide(
    clause: Clause, rules: list[Finding], verdict: ClauseVerdict | None, model: list[Finding]
) -> list[Finding]:
    """Return the findings of one clause: rules (doubted where the model reads it as fair),
    then the model's where the rules leave room (:func:`combine`)."""
    if verdict is not None and _fired(rules):
        rules = doubted(rules, verdict, clause.text)
    return combine(rules, model, bool(model) and _imposes_nothing(clause.text))


class ClauseAnalyzer:
    """Run patterns and model over clauses, clause by clause, with progress and cancellation.

    Args:
        reviewer: the model reviewer, or None for rules only.
        screen: the clause-pattern screen; the rule engine's by default.
        model_on_rule_hits: also ask the model when a pattern already fired (evaluation wants
            the model's own verdict on every clause; the app saves the time).
    """

    def __init__(
        self,
        reviewer: ClauseReviewer | None,
        screen: Screen | None = None,
        *,
        model_on_rule_hits: bool = False,
    ) -> None:
        self.reviewer = reviewer
        self.screen = screen or clause_patterns()
        self.model_on_rule_hits = model_on_rule_hits
        self.notes: list[Text] = [] if reviewer else [RULES_ONLY_NOTE]

    def analyze(
        self,
        clauses: Sequence[Clause],
        cancel: CancelToken,
        progress: Progress = no_progress,
    ) -> Iterator[ClauseResult]:
        """Yield one :class:`ClauseResult` per clause as soon as it is ready.

        A :class:`BatchScorer` gets the clauses that need the model a window at a time (one
        packed model call); results still come clause by clause, in order.
        """
        total = len(clauses)
        progress(0, total)
        step = WINDOW if isinstance(self.reviewer, BatchScorer) else 1
        done = 0
        for start in range(0, total, step):
            cancel.raise_if_cancelled()
            window = clauses[start : start + step]
            results = self._analyze_window(window, cancel) if step > 1 else None
            for i, clause in enumerate(window):
                yield results[i] if results else self.analyze_one(clause, cancel)
                done += 1
                progress(done, total)

    def _analyze_window(self, window: Sequence[Clause], cancel: CancelToken) -> list[ClauseResult]:
        rules = [list(self.screen(c.text, c.field)) for c in window]
        asks = [i for i, found in enumerate(rules) if self._asks(window[i], found)]
        verdicts: dict[int, ClauseVerdict] = {}
        reviewer = self.reviewer
        if asks and isinstance(reviewer, BatchScorer):
            try:
                scored = reviewer.verdicts([window[i] for i in asks], cancel)
                verdicts = dict(zip(asks, scored, strict=True))
            except AppError as exc:
                self._give_up_model(exc)
        out = []
        for i, clause in enumerate(window):
            v = verdicts.get(i)
            model = model_findings(clause, v) if v else []
            findings = decide(clause, rules[i], v, model)
            out.append(ClauseResult(clause, findings, v, tuple(self.notes)))
        return out

    def analyze_one(self, clause: Clause, cancel: CancelToken) -> ClauseResult:
        """Review one clause: patterns, then (if needed and available) the model."""
        rules = list(self.screen(clause.text, clause.field))
        verdict: ClauseVerdict | None = None
        model: list[Finding] = []
        if self.reviewer is not None and self._asks(clause, rules):
            model, verdict = self._run_model(clause, cancel)
        findings = decide(clause, rules, verdict, model)
        return ClauseResult(clause, findings, verdict, tuple(self.notes))

    def _asks(self, clause: Clause, rules: list[Finding]) -> bool:
        """The model reads a clause no rule decided, or one whose rule finding it may doubt."""
        if self.model_on_rule_hits or not _fired(rules):
            return True
        scores = isinstance(self.reviewer, (ClauseScorer, BatchScorer))
        return scores and may_doubt(rules, clause.text)

    def _run_model(
        self, clause: Clause, cancel: CancelToken
    ) -> tuple[list[Finding], ClauseVerdict | None]:
        reviewer = self.reviewer
        assert reviewer is not None
        try:
            if isinstance(reviewer, ClauseScorer):
                verdict = reviewer.verdict(clause, cancel)
                return model_findings(clause, verdict), verdict
            return reviewer.review(clause, cancel), None
        except AppError as exc:  # ModelError and friends: carry on with the patterns alone
            self._give_up_model(exc)
            return [], None

    def _give_up_model(self, exc: AppError) -> None:
        self.reviewer = None
        self.notes.append(
            Text(
                f"{RULES_ONLY_NOTE.ko} ({exc.message('ko')})",
                f"{RULES_ONLY_NOTE.en} ({exc.message('en')})",
            )
        )


def analyze_clauses(
    clauses: Sequence[Clause],
    reviewer: ClauseReviewer | None,
    cancel: CancelToken,
    progress: Progress = no_progress,
    screen: Screen | None = None,
) -> Iterator[ClauseResult]:
    """Review ``clauses`` with patterns and model; see :class:`ClauseAnalyzer`."""
    return ClauseAnalyzer(reviewer, screen).analyze(clauses, cancel, progress)
