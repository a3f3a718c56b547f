"""Review a received contract: every paragraph through the clause patterns and the model.

The result points each finding at its paragraph (``paragraph_index`` = the body paragraph index
of the .docx, the line number of a text file) and lists what the contract leaves out
(:mod:`contract_completeness`). The transaction type is guessed from the wording; when the guess
is weak the caller asks the user (:attr:`TypeGuess.needs_user`).

Which paragraphs are reviewed, and which the model may skip, is :mod:`contract_units`.

Findings stream (:meth:`ContractReviewer.start` → :class:`ReviewRun`): the clause patterns read
the whole contract first, so every rule finding is out before the first model call; then the
paragraphs the model reads go to it in one stream, packed across the whole contract, and each
paragraph's model findings come out as soon as its packed call is done. A cancelled run still
reports everything decided before the cancel (:meth:`ReviewRun.review`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.clauses.analyzer import (
    RULES_ONLY_NOTE,
    Screen,
    clause_patterns,
    may_doubt,
)
from subcontract_assist.core.clauses.reviewer import (
    Clause,
    ClauseReviewer,
    ClauseScorer,
    ClauseVerdict,
    StreamScorer,
    doubted,
    model_findings,
)
from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.findings import Finding, Severity, Source, cited
from subcontract_assist.core.koreanformat import hangul_reading
from subcontract_assist.core.received.completeness import missing_items
from subcontract_assist.core.received.requirement import MissingItem
from subcontract_assist.core.received.structure import ARTICLE_RE, Contract, ContractParagraph
from subcontract_assist.core.received.units import ReviewUnit, model_skip_reason, review_units
from subcontract_assist.core.text import Lang, Text

__all__ = [
    "ContractReview",
    "ContractReviewer",
    "ParagraphFinding",
    "ReviewCounts",
    "ReviewRun",
    "ReviewUnit",
    "TypeGuess",
    "UnitResult",
    "comment_text",
    "detect_transaction_type",
    "model_skip_reason",
    "review_units",
]

# ---------------------------------------------------------------- transaction type (제2조)

_TYPE_CUES: dict[TransactionType, tuple[str, ...]] = {
    TransactionType.MANUFACTURING: (
        "제조",
        "제작",
        "가공",
        "부품",
        "납품",
        "생산",
        "금형",
        "양산",
        "사급",
        "원자재",
    ),
    TransactionType.REPAIR: ("수리", "정비", "보수", "고장", "오버홀"),
    TransactionType.CONSTRUCTION: (
        "공사",
        "시공",
        "착공",
        "준공",
        "건설",
        "현장",
        "기성",
        "설계도서",
        "공정표",
    ),
    TransactionType.SERVICE_INFO: (
        "소프트웨어",
        "프로그램",
        "개발",
        "디자인",
        "설계",
        "영상",
        "콘텐츠",
        "성과물",
        "시스템",
    ),
    TransactionType.SERVICE_LABOR: (
        "운송",
        "화물",
        "경비",
        "청소",
        "시설관리",
        "유지관리",
        "물류",
        "역무",
        "용역",
    ),
}
_TITLE_WEIGHT = 5
_MIN_CONFIDENCE = 0.6
_MIN_SCORE = 4


@dataclass(frozen=True, slots=True)
class TypeGuess:
    """The transaction type read from the wording, and how sure the guess is."""

    type: TransactionType | None
    confidence: float
    scores: dict[TransactionType, int] = field(default_factory=dict)

    @property
    def needs_user(self) -> bool:
        """True when the app should ask the user rather than rely on the guess."""
        return self.type is None or self.confidence < _MIN_CONFIDENCE

    @property
    def question(self) -> Text:
        return Text(
            "계약서만으로는 거래 유형을 확실히 알 수 없습니다. 제조·수리·건설·용역(정보성과물)·"
            "용역(역무) 중 어느 위탁인지 선택해 주세요.",
            "The contract does not make the transaction type clear. Please choose "
            "manufacturing, repair, construction, information service or labour service.",
        )


def detect_transaction_type(contract: Contract) -> TypeGuess:
    """Return the likely 제2조 transaction type, counting cue words (the title weighs most)."""
    text, title = contract.read_text, hangul_reading(contract.title)
    scores = {
        kind: sum(text.count(cue) for cue in cues)
        + _TITLE_WEIGHT * sum(cue in title for cue in cues)
        for kind, cues in _TYPE_CUES.items()
    }
    best = max(scores, key=lambda k: scores[k])
    total = sum(scores.values())
    if scores[best] < _MIN_SCORE or total == 0:
        return TypeGuess(None, 0.0, scores)
    return TypeGuess(best, round(scores[best] / total, 3), scores)


# ---------------------------------------------------------------- running the review


@dataclass(frozen=True, slots=True)
class ParagraphFinding:
    """A finding on one paragraph of the received contract."""

    paragraph: ContractParagraph
    text: str  # the paragraph's own text (for a table row: the row read across)
    finding: Finding

    def to_json(self, lang: Lang = "ko") -> dict[str, Any]:
        """Return the ``review --format json`` shape of one finding."""
        f = self.finding
        return {
            "paragraph_index": self.paragraph.index,
            "text": self.paragraph.source.text,
            "rule": f.rule,
            "category": f.category.value,
            "article": f.article,
            "severity": f.severity.value,
            "source": f.source.value,
            "message": f.message.get(lang),
            "suggestion": f.suggestion,
        }


Stage = Literal["rules", "model"]


@dataclass(frozen=True, slots=True)
class UnitResult:
    """The findings of one review unit, streamed as soon as they are decided.

    A unit the model reads comes twice: in the rules pass over the whole contract with its rule
    findings (``final`` False: the model has yet to read it), then in the model pass with the
    model findings that stand (``stage`` "model"). Every other unit comes once, in the rules pass.
    """

    unit: ReviewUnit
    findings: tuple[ParagraphFinding, ...]
    stage: Stage = "rules"
    final: bool = True


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    """How the units of one review were read.

    Attributes:
        units: the units reviewed (paragraphs and table rows).
        model: the units the model reads.
        skipped: why the others were not sent to it (``rule finding``: a pattern already
            decided the paragraph; ``no model``: reviewed without one; else ``ReviewUnit.skip``).
    """

    units: int
    model: int
    skipped: dict[str, int]


@dataclass(frozen=True, slots=True)
class ContractReview:
    """The whole review: paragraph findings, missing items and how it was done."""

    contract: Contract
    transaction: TypeGuess
    findings: tuple[ParagraphFinding, ...]
    missing: tuple[MissingItem, ...]
    reviewed: int
    notes: tuple[Text, ...] = ()
    complete: bool = True  # False: cancelled; the findings are those decided before the cancel
    decided: int | None = None  # units decided (all of ``reviewed`` when complete)

    def to_json(self, lang: Lang = "ko") -> dict[str, Any]:
        """Return ``{"findings": [...], "missing": [...]}`` (the CLI's JSON)."""
        return {
            "findings": [f.to_json(lang) for f in self.findings],
            "missing": [m.to_json(lang) for m in self.missing],
        }

    def flagged_positions(self) -> set[int]:
        """Return the reading-order positions of paragraphs with a non-INFO finding."""
        return {
            f.paragraph.source.position
            for f in self.findings
            if f.finding.severity is not Severity.INFO
        }

    def by_paragraph(self) -> dict[int, list[ParagraphFinding]]:
        """Return the findings grouped by paragraph position, in document order."""
        grouped: dict[int, list[ParagraphFinding]] = {}
        for f in sorted(self.findings, key=lambda f: f.paragraph.source.position):
            grouped.setdefault(f.paragraph.source.position, []).append(f)
        return grouped

    def to_comment(self) -> dict[int, list[ParagraphFinding]]:
        """Return the findings worth a comment in a copy sent to the other party, by paragraph.

        The model's ``info`` hints ("모델 참고(확인 권장)") are for the user's own reading; a copy
        that goes back to the principal carries only findings the rules or the model stand by.
        """
        return {
            position: kept
            for position, items in self.by_paragraph().items()
            if (
                kept := [
                    f
                    for f in items
                    if not (
                        f.finding.source is Source.MODEL and f.finding.severity is Severity.INFO
                    )
                ]
            )
        }


#: The model's threshold is set on clause sets where about half the clauses are unfair; in a
#: received contract few paragraphs are, so each paragraph the model reads is one more chance of
#: a false alarm. The adapter's manifest therefore carries a ``contract_threshold`` calibrated
#: on fair contracts (``training.contract_threshold``: about one alarm per 50 paragraphs the
#: model reads). This margin over the decision threshold is the fallback for a model without
#: one (another GGUF, or a threshold the user set); it was measured the same way on the
#: 2026-11-25 adapter. Rule findings never depend on it.
CONTRACT_MARGIN = 7.5


def _without_heading(screen: Screen) -> Screen:
    """Return the screen applied to the paragraph alone, without a leading article heading."""

    def screen_body(text: str, field: str) -> Iterable[Finding]:
        heading = ARTICLE_RE.match(text)
        return screen(text[heading.end() :] if heading else text, field)

    return screen_body


def _field(paragraph: ContractParagraph) -> str:
    if paragraph.index is not None:
        return f"paragraph[{paragraph.index}]"
    return f"position[{paragraph.source.position}]"


class ContractReviewer:
    """Review received contracts paragraph by paragraph with patterns and (optionally) a model.

    Args:
        reviewer: the model reviewer (a ClauseReviewer), or None for the patterns alone. A
            :class:`StreamScorer` gets every paragraph the model reads in one stream (packed
            across the whole contract); a plain reviewer gets them one at a time.
        screen: the clause-pattern screen (``clauses.patterns.screen_clause`` by default).
        heading_context: show the model the article heading before the paragraph
            (``제16조(손해배상) ② …``), as a reader sees it; the patterns never see it.
        model_margin: how far above its decision threshold the model's score must be for a
            model-only finding; None (the default): the adapter's calibrated contract threshold
            when its manifest has one, else :data:`CONTRACT_MARGIN`. Rule findings are never
            dropped; one the calibrated model plainly reads as fair becomes a hint
            (``clauses.reviewer.doubted``), and waits for the model pass to be shown once.
    """

    def __init__(
        self,
        reviewer: ClauseReviewer | None,
        screen: Screen | None = None,
        *,
        heading_context: bool = True,
        model_margin: float | None = None,
    ) -> None:
        self._reviewer = reviewer
        self._screen = _without_heading(screen or clause_patterns())
        self._heading_context = heading_context
        self._margin = model_margin
        self._notes: list[Text] = [] if reviewer else [RULES_ONLY_NOTE]

    @property
    def notes(self) -> tuple[Text, ...]:
        return tuple(self._notes)

    @property
    def _scores(self) -> bool:
        """The model gives verdicts (scores) it could doubt a rule finding with."""
        return isinstance(self._reviewer, (ClauseScorer, StreamScorer))

    def start(self, contract: Contract, transaction: TransactionType | None = None) -> ReviewRun:
        """Return a run over ``contract``: iterate :meth:`ReviewRun.results` to review it."""
        guess = detect_transaction_type(contract)
        if transaction is not None:
            guess = TypeGuess(transaction, 1.0, guess.scores)
        return ReviewRun(self, contract, guess, review_units(contract))

    def review(
        self,
        contract: Contract,
        cancel: CancelToken,
        progress: Progress = no_progress,
        transaction: TransactionType | None = None,
    ) -> ContractReview:
        """Return the whole review of ``contract``; raises Cancelled when cancelled."""
        run = self.start(contract, transaction)
        for _ in run.results(cancel, progress):
            pass
        return run.review()

    def iter_review(
        self,
        units: Sequence[ReviewUnit],
        cancel: CancelToken,
        progress: Progress = no_progress,
    ) -> Iterator[UnitResult]:
        """Yield the rule findings of every unit, then the model's, as each is decided.

        ``progress(done, total)`` counts the units decided (final results).
        """
        total, done = len(units), 0
        progress(0, total)
        asked: list[tuple[ReviewUnit, Clause, list[Finding]]] = []
        for unit in units:  # the rules pass: the whole contract before the first model call
            cancel.raise_if_cancelled()
            clause = self.clause_of(unit)
            rules = list(self._screen(unit.for_screen, clause.field))
            doubt = self._scores and may_doubt(rules, clause.text)
            ask = self._reviewer is not None and unit.ask_model and _undecided(rules)
            # a rule finding the model may doubt waits for it, so that it is shown once, decided
            shown = () if doubt else _wrap(unit, rules)
            yield UnitResult(unit, shown, "rules", final=not (ask or doubt))
            if ask or doubt:
                asked.append((unit, clause, rules))
            else:
                done += 1
                progress(done, total)
        clauses = [clause for _, clause, _ in asked]
        for (unit, clause, rules), (found, verdict) in zip(
            asked, self._model_pass(clauses, cancel), strict=True
        ):
            if _undecided(rules):
                kept = [f for f in found if self._keeps(f, verdict)]
            else:
                kept = doubted(rules, verdict, clause.text)
            yield UnitResult(unit, _wrap(unit, kept), "model")
            done += 1
            progress(done, total)

    def counts(self, units: Sequence[ReviewUnit], results: Iterable[UnitResult]) -> ReviewCounts:
        """Return how ``units`` were read, from the rules-pass ``results`` of a run."""
        skipped: Counter[str] = Counter()
        model = 0
        for r in results:
            if r.stage != "rules":
                continue
            if not r.final:
                model += 1
            elif r.unit.skip:
                skipped[r.unit.skip] += 1
            else:
                skipped["rule finding" if self._reviewer else "no model"] += 1
        return ReviewCounts(len(units), model, dict(skipped))

    def clause_of(self, unit: ReviewUnit) -> Clause:
        """Return the clause the model reads for ``unit`` (the article heading before it)."""
        text = unit.text
        if self._heading_context and unit.anchor.article and unit.anchor.source.table is None:
            text = f"{unit.anchor.article} {text}"
        return Clause(text, _field(unit.anchor), unit.anchor.source.position)

    def _model_pass(
        self, clauses: Sequence[Clause], cancel: CancelToken
    ) -> Iterator[tuple[list[Finding], ClauseVerdict | None]]:
        """Yield ``(model findings, verdict)`` per clause; a model failure leaves the rest empty."""
        given = 0
        try:
            for found, verdict in self._ask(clauses, cancel):
                given += 1
                yield found, verdict
        except AppError as exc:  # ModelError and friends: the rest stays with the rules alone
            self._reviewer = None
            self._notes.append(
                Text(
                    f"{RULES_ONLY_NOTE.ko} ({exc.message('ko')})",
                    f"{RULES_ONLY_NOTE.en} ({exc.message('en')})",
                )
            )
            for _ in clauses[given:]:
                yield [], None

    def _ask(
        self, clauses: Sequence[Clause], cancel: CancelToken
    ) -> Iterator[tuple[list[Finding], ClauseVerdict | None]]:
        reviewer = self._reviewer
        if not clauses or reviewer is None:
            return
        if isinstance(reviewer, StreamScorer):
            verdicts = reviewer.iter_verdicts(clauses, cancel)
            for clause, verdict in zip(clauses, verdicts, strict=True):
                yield model_findings(clause, verdict), verdict
            return
        for clause in clauses:
            cancel.raise_if_cancelled()
            if isinstance(reviewer, ClauseScorer):
                verdict = reviewer.verdict(clause, cancel)
                yield model_findings(clause, verdict), verdict
            else:
                yield reviewer.review(clause, cancel), None

    def _keeps(self, finding: Finding, verdict: ClauseVerdict | None) -> bool:
        if finding.source is not Source.MODEL or verdict is None:
            return True
        if self._margin is None and verdict.contract_threshold is not None:
            return verdict.score >= verdict.contract_threshold
        margin = CONTRACT_MARGIN if self._margin is None else self._margin
        return verdict.score >= verdict.threshold + margin


def _undecided(rules: list[Finding]) -> bool:
    """True when no pattern fired (an INFO hint leaves the model free), as ``combine`` has it."""
    return all(f.severity is Severity.INFO for f in rules)


def _wrap(unit: ReviewUnit, findings: Iterable[Finding]) -> tuple[ParagraphFinding, ...]:
    return tuple(ParagraphFinding(unit.anchor, unit.text, f) for f in findings)


class ReviewRun:
    """One review in progress: iterate :meth:`results`; :meth:`review` is what is decided so far.

    What the contract leaves out (:mod:`completeness`) is read from the whole text at the start,
    so it is part of the report from the first moment.
    """

    def __init__(
        self,
        reviewer: ContractReviewer,
        contract: Contract,
        transaction: TypeGuess,
        units: list[ReviewUnit],
    ) -> None:
        self.contract = contract
        self.transaction = transaction
        self.units = units
        self.missing = tuple(missing_items(contract, transaction.type))
        self._reviewer = reviewer
        self._order = {id(u): i for i, u in enumerate(units)}
        self._found: list[tuple[int, ParagraphFinding]] = []
        self._results: list[UnitResult] = []
        self._decided = 0

    @property
    def decided(self) -> int:
        """Return how many units are decided (rules and, where it reads them, the model)."""
        return self._decided

    def results(
        self, cancel: CancelToken, progress: Progress = no_progress
    ) -> Iterator[UnitResult]:
        """Yield each unit's findings as decided (see :meth:`ContractReviewer.iter_review`)."""
        for result in self._reviewer.iter_review(self.units, cancel, progress):
            order = self._order[id(result.unit)]
            self._found.extend((order, f) for f in result.findings)
            self._results.append(result)
            self._decided += result.final
            yield result

    def counts(self) -> ReviewCounts:
        """Return how the units were read (complete once the rules pass is over)."""
        return self._reviewer.counts(self.units, self._results)

    def review(self) -> ContractReview:
        """Return the review so far, findings in document order (rules before model per unit)."""
        findings = tuple(f for _, f in sorted(self._found, key=lambda pair: pair[0]))
        complete = self._decided == len(self.units)
        return ContractReview(
            self.contract,
            self.transaction,
            findings,
            self.missing,
            len(self.units),
            (*self._reviewer.notes, *language_notes(self.contract)),
            complete,
            self._decided,
        )


_HANGUL = re.compile(r"[가-힣]")
_LETTER = re.compile(r"[^\W\d_]")
NOT_KOREAN = Text(
    "한국어 계약서가 아닌 것 같습니다. 이 검토는 한국어 하도급계약서를 읽도록 만들어졌으므로, "
    "검토 의견이 없거나 적어도 안전하다는 뜻은 아닙니다.",
    "This does not look like a Korean contract. The review reads Korean subcontracts, so few or "
    "no findings do not mean the document is safe.",
)


def language_notes(contract: Contract) -> tuple[Text, ...]:
    """Return a note when the document is mostly not Korean (an English manual, a scan's noise)."""
    text = contract.read_text  # a contract in 漢字 is Korean
    letters = len(_LETTER.findall(text))
    if letters < 200:
        return ()
    return (NOT_KOREAN,) if len(_HANGUL.findall(text)) / letters < 0.3 else ()


def comment_text(findings: Sequence[ParagraphFinding], lang: Lang = "ko") -> str:
    """Return the Word comment for one paragraph: article, explanation, fair wording."""
    blocks = []
    fair = "권고 문구" if lang == "ko" else "Fair wording"
    for f in sorted(findings, key=lambda f: f.finding.severity.rank):
        head = f"[{f.finding.severity.label.get(lang)}] {cited(f.finding.article, lang)}"
        lines = [head, f.finding.message.get(lang)]
        if f.finding.suggestion:
            lines.append(f"{fair}: {f.finding.suggestion}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
