"""Clause review: the port the language model implements, and verdict → findings helpers."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Protocol, runtime_checkable

from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.findings import CATEGORY_ARTICLES, Category, Finding, Severity, Source
from subcontract_assist.core.text import Text


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


@runtime_checkable
class ClauseScorer(Protocol):
    """A reviewer that also exposes its raw verdict (scores), for evaluation and the combiner."""

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        """Return the findings for one clause (empty when it is fair)."""
        ...

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        """Return the label scores for one clause."""
        ...


@runtime_checkable
class BatchScorer(ClauseScorer, Protocol):
    """A scorer that is faster on several clauses at once (it packs them into one model call)."""

    def verdicts(self, clauses: Sequence[Clause], cancel: CancelToken) -> list[ClauseVerdict]:
        """Return the label scores for each clause, in order."""
        ...


@runtime_checkable
class StreamScorer(BatchScorer, Protocol):
    """A batch scorer that yields each verdict as soon as its packed model call is done.

    A received contract hands it every paragraph the model reads at once, so the clauses are
    packed across the whole contract (not window by window) and still come back one by one.
    """

    def iter_verdicts(
        self, clauses: Sequence[Clause], cancel: CancelToken
    ) -> Iterator[ClauseVerdict]:
        """Yield the label scores for each clause, in order, checking cancel between calls."""
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


@dataclass(frozen=True, slots=True)
class ClauseVerdict:
    """What the model's label scoring decided for one clause (no prose: scores of fixed labels).

    Attributes:
        score: logit(" 위법") − logit(" 적법") after the binary prompt; higher means unfair.
        threshold: the decision point in force (from the adapter manifest, or the base default).
        category: the best-scoring category word after the category prompt, when unfair.
        n_tokens: prompt tokens evaluated for this clause (for throughput figures).
        calibrated: the threshold was calibrated on labelled data (the project's adapter, or a
            threshold the user set); an uncalibrated model's verdicts are hints only.
        flag_threshold: the higher point above which the model flags a clause on its own (RISK);
            between ``threshold`` and it, the model gives a hint (INFO). None: ``threshold``.
        contract_threshold: the point a paragraph of a whole received contract must pass for a
            model-only finding (calibrated on fair contracts, where few paragraphs are unfair).
            None: the decision threshold plus the review's margin.
        doubt_threshold: the point below which the model reads a clause as plainly fair, so that
            a rule finding on it that rests on wording alone becomes a hint (see :func:`doubted`);
            calibrated on rule hits in text the rules were not written against. None: the model
            never doubts a rule.
    """

    score: float
    threshold: float
    category: Category | None = None
    n_tokens: int = 0
    calibrated: bool = True
    flag_threshold: float | None = None
    contract_threshold: float | None = None
    doubt_threshold: float | None = None

    @property
    def unfair(self) -> bool:
        return self.score > self.threshold

    @property
    def flagged(self) -> bool:
        """Return True when the model alone is confident enough to flag the clause."""
        point = self.threshold if self.flag_threshold is None else self.flag_threshold
        return self.calibrated and self.score > point

    @property
    def doubts(self) -> bool:
        """Return True when the model reads the clause as plainly fair (see :func:`doubted`)."""
        point = self.doubt_threshold
        return self.calibrated and point is not None and self.score < point


#: paragraph numbers: a clause with two or more is an article of several paragraphs, where one
#: unfair paragraph among fair ones leaves the model's whole-clause score low
_PARAGRAPH_NUMBER = re.compile(r"[\u2460-\u2473]")
DOUBT_LEAD = Text(
    "모델은 이 문구를 공정한 조항으로 읽었습니다 — 규칙의 판단을 확인하세요(참고): ",
    "The model reads this wording as fair; check the rule's reading (hint): ",
)


def doubtable(finding: Finding) -> bool:
    """Return True for a rule finding that rests on wording alone (no statutory figure)."""
    return (
        finding.source is Source.RULE
        and finding.severity is not Severity.INFO
        and finding.figure is None
    )


def single_unit(text: str) -> bool:
    """Return True unless ``text`` is an article of several numbered paragraphs (①, ②)."""
    return len(_PARAGRAPH_NUMBER.findall(text)) < 2


def is_doubted(finding: Finding) -> bool:
    """Return True for a rule finding the model turned into a hint (see :func:`doubted`): the
    only rule finding that carries a model score."""
    return finding.source is Source.RULE and finding.score is not None


def doubted(findings: Sequence[Finding], verdict: ClauseVerdict | None, text: str) -> list[Finding]:
    """Return ``findings`` with the rule findings the model plainly disagrees with as hints.

    The rules read words; on text they were not written against, most of their false alarms are
    sentences the model (calibrated, with the project's adapter) scores far on the fair side,
    while their true findings rarely are. Below the adapter's ``doubt_threshold`` a rule finding
    that rests on wording alone becomes INFO, its reason kept and prefixed with the doubt, so the
    user still sees what the rule saw. A finding on a statutory figure (90 days, 5 %) is never
    doubted — the model does not read figures reliably — nor is one on an article of several
    numbered paragraphs, whose one unfair paragraph the model's whole-text score hides.
    """
    if verdict is None or not verdict.doubts or not single_unit(text):
        return list(findings)
    return [
        replace(
            f,
            severity=Severity.INFO,
            message=Text(DOUBT_LEAD.ko + f.message.ko, DOUBT_LEAD.en + f.message.en),
            score=round(verdict.score, 3),
        )
        if doubtable(f)
        else f
        for f in findings
    ]


@dataclass(frozen=True, slots=True)
class CategoryText:
    """The reason and the fair wording the reviewer offers for one category."""

    reason: Text
    fair: str


@cache
def category_texts() -> dict[Category, CategoryText]:
    """Return the per-category reason and fair wording from ``data/clause_review.toml``."""
    raw = tomllib.loads(
        resources.files("subcontract_assist.core.data")
        .joinpath("clause_review.toml")
        .read_text(encoding="utf-8")
    )
    return {
        Category(key): CategoryText(Text(v["reason_ko"], v["reason_en"]), v["fair"])
        for key, v in raw.items()
    }


@cache
def pattern_wording() -> dict[Category, str]:
    """Return the fair wording of each category's catch-all clause pattern, where one exists.

    The clause-pattern layer's catch-all rule of a category states the general fair wording for
    it; a category without one uses ``data/clause_review.toml``.
    """
    from subcontract_assist.core.clauses.patterns import CLAUSE_RULES  # late: loads pattern data

    return {r.category: r.suggestion for r in CLAUSE_RULES if r.fallback and r.suggestion}


def model_findings(clause: Clause, verdict: ClauseVerdict) -> list[Finding]:
    """Turn a verdict into findings: none when fair, else one finding citing the article.

    The model's findings are RISK, never VIOLATION: a small model's judgement needs a person to
    confirm it, while the deterministic patterns state violations on their face. A model without
    a calibrated threshold (the bare 270M base is near chance) gives an INFO hint instead, so it
    cannot turn a fair clause into a flagged one. A calibrated model flags (RISK) only above its
    precision-calibrated ``flag_threshold``; between the two thresholds it gives a hint (INFO).
    """
    if not verdict.unfair or verdict.category is None:
        return []
    texts = category_texts()[verdict.category]
    article = CATEGORY_ARTICLES[verdict.category]
    fair = pattern_wording().get(verdict.category, texts.fair)
    if verdict.flagged:
        lead = Text("모델 검토: ", "Model review: ")
    elif verdict.calibrated:
        lead = Text("모델 참고(확인 권장): ", "Model hint (worth a look): ")
    else:
        lead = Text("모델 참고(보정되지 않은 모델): ", "Model hint (uncalibrated model): ")
    return [
        Finding(
            rule=f"model.{verdict.category.value}",
            category=verdict.category,
            article=article,
            severity=Severity.RISK if verdict.flagged else Severity.INFO,
            message=Text(lead.ko + texts.reason.ko, lead.en + texts.reason.en),
            field=clause.field,
            suggestion=fair,
            source=Source.MODEL,
            score=round(verdict.score, 3),
        )
    ]
