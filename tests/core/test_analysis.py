"""Combining clause patterns and the model: the model adds, and overrules a rule only by doubt
(a rule finding on wording alone becomes a hint where the model plainly reads fair; fakes only)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.analyzer import (
    RULES_ONLY_NOTE,
    ClauseAnalyzer,
    ClauseResult,
    analyze_clauses,
)
from subcontract_assist.core.clauses.reviewer import (
    DOUBT_LEAD,
    Clause,
    ClauseVerdict,
    category_texts,
    model_findings,
    pattern_wording,
)
from subcontract_assist.core.errors import Cancelled, ModelError
from subcontract_assist.core.findings import (
    CATEGORY_ARTICLES,
    Category,
    Finding,
    Severity,
    Source,
)
from subcontract_assist.core.text import Text

RULE_HIT = "RULE"  # clauses containing this word trip the fake pattern
HINT = "HINT"  # … this one gives an INFO-only pattern finding


def fake_screen(text: str, field: str) -> Iterable[Finding]:
    if RULE_HIT in text:
        yield Finding(
            "payment_terms.deadline_60d",
            Category.PAYMENT_TERMS,
            "제13조 제1항",
            Severity.VIOLATION,
            Text("60일 초과", "over 60 days"),
            field=field,
        )
    if HINT in text:
        yield Finding(
            "payment_terms.hint",
            Category.PAYMENT_TERMS,
            "제13조",
            Severity.INFO,
            Text("참고", "info"),
        )


class FakeScorer:
    """Says every clause is unfair (or fair) with a fixed category; counts its calls."""

    def __init__(self, unfair: bool = True, category: Category = Category.TECH_DATA) -> None:
        self.unfair, self.category, self.calls = unfair, category, 0

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        self.calls += 1
        cancel.raise_if_cancelled()
        score = 2.0 if self.unfair else -2.0
        return ClauseVerdict(score, 0.0, self.category if self.unfair else None, 10)

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        return model_findings(clause, self.verdict(clause, cancel))


class BrokenReviewer:
    """A model that fails like a corrupt file does."""

    calls = 0

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        self.calls += 1
        raise ModelError(Text("모델 파일이 손상되었습니다", "The model file is corrupt"))


def test_when_a_pattern_fired_the_model_cannot_clear_it() -> None:
    analyzer = ClauseAnalyzer(FakeScorer(unfair=False), fake_screen, model_on_rule_hits=True)
    result = analyzer.analyze_one(
        Clause(f"{RULE_HIT} 대금은 90일 후 지급", "special_terms[0].text"), CancelToken()
    )
    assert [f.source for f in result.findings] == [Source.RULE]
    assert result.unfair
    assert result.rule_fired
    assert result.verdict is not None
    assert not result.verdict.unfair


def test_when_a_pattern_fired_the_model_does_not_cite_another_article() -> None:
    analyzer = ClauseAnalyzer(
        FakeScorer(category=Category.TECH_DATA), fake_screen, model_on_rule_hits=True
    )
    result = analyzer.analyze_one(Clause(f"{RULE_HIT} 조항"), CancelToken())
    assert [(f.source, f.article) for f in result.findings] == [(Source.RULE, "제13조 제1항")]


def figure_screen(text: str, field: str) -> Iterable[Finding]:
    """Like ``fake_screen``, but the finding rests on a statutory figure (90 days)."""
    for f in fake_screen(text, field):
        yield dataclasses.replace(f, figure=90.0)


class DoubtingScorer(FakeScorer):
    """A calibrated model that reads every clause as plainly fair (score −9, doubt point −6)."""

    def __init__(self, doubt_threshold: float | None = -6.0) -> None:
        super().__init__(unfair=False)
        self.doubt_threshold = doubt_threshold

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        self.calls += 1
        return ClauseVerdict(-9.0, 0.0, None, 10, doubt_threshold=self.doubt_threshold)


def test_the_app_skips_the_model_when_a_pattern_decided_on_a_figure() -> None:
    scorer = FakeScorer()
    ClauseAnalyzer(scorer, figure_screen).analyze_one(Clause(f"{RULE_HIT} 조항"), CancelToken())
    assert scorer.calls == 0


def test_the_app_skips_the_model_on_an_article_of_several_paragraphs_a_pattern_decided() -> None:
    scorer = DoubtingScorer()
    result = ClauseAnalyzer(scorer, fake_screen).analyze_one(
        Clause(f"제9조(대금) ① 대금은 매월 지급한다. ② {RULE_HIT} 조항"), CancelToken()
    )
    assert scorer.calls == 0
    assert [f.severity for f in result.findings] == [Severity.VIOLATION]


def test_a_rule_finding_the_model_plainly_reads_as_fair_becomes_a_hint() -> None:
    scorer = DoubtingScorer()
    result = ClauseAnalyzer(scorer, fake_screen).analyze_one(
        Clause(f"{RULE_HIT} 조항", "special_terms[0].text"), CancelToken()
    )
    assert scorer.calls == 1
    (finding,) = result.findings
    assert (finding.source, finding.rule, finding.article) == (
        Source.RULE,
        "payment_terms.deadline_60d",
        "제13조 제1항",
    )
    assert finding.severity is Severity.INFO
    assert finding.message.ko.startswith(DOUBT_LEAD.ko)
    assert finding.message.ko.endswith("60일 초과")
    assert finding.message.en.startswith(DOUBT_LEAD.en)
    assert finding.field == "special_terms[0].text"
    assert not result.unfair


@pytest.mark.parametrize(
    ("screen", "doubt_threshold"),
    [(figure_screen, -6.0), (fake_screen, None), (fake_screen, -10.0)],
    ids=["figure", "no doubt point", "score above the doubt point"],
)
def test_a_rule_finding_stands_where_the_model_may_not_doubt_it(
    screen: Callable[[str, str], Iterable[Finding]], doubt_threshold: float | None
) -> None:
    analyzer = ClauseAnalyzer(DoubtingScorer(doubt_threshold), screen, model_on_rule_hits=True)
    result = analyzer.analyze_one(Clause(f"{RULE_HIT} 조항"), CancelToken())
    assert [f.severity for f in result.findings] == [Severity.VIOLATION]
    assert result.unfair


def test_a_batch_scorer_doubts_as_the_clause_by_clause_path_does() -> None:
    class BatchDoubter(DoubtingScorer):
        def verdicts(self, clauses: Sequence[Clause], cancel: CancelToken) -> list[ClauseVerdict]:
            return [self.verdict(c, cancel) for c in clauses]

    clauses = [Clause(f"{RULE_HIT} 조항"), Clause("대금은 30일 안에 지급한다.")]
    results = list(ClauseAnalyzer(BatchDoubter(), fake_screen).analyze(clauses, CancelToken()))
    assert [[f.severity for f in r.findings] for r in results] == [[Severity.INFO], []]


def test_the_model_adds_a_finding_where_no_pattern_fired() -> None:
    result = ClauseAnalyzer(FakeScorer(), fake_screen).analyze_one(
        Clause("수급사업자는 설계도면 원본을 제출한다.", "special_terms[1].text"), CancelToken()
    )
    (finding,) = result.findings
    assert finding.source is Source.MODEL
    assert finding.category is Category.TECH_DATA
    assert finding.article == CATEGORY_ARTICLES[Category.TECH_DATA]
    assert finding.severity is Severity.RISK
    assert finding.field == "special_terms[1].text"
    fair = category_texts()[Category.TECH_DATA].fair
    assert finding.suggestion == pattern_wording().get(Category.TECH_DATA, fair)
    assert result.model_flagged
    assert not result.rule_fired


def test_an_info_only_pattern_leaves_the_model_free_to_flag() -> None:
    result = ClauseAnalyzer(FakeScorer(), fake_screen).analyze_one(
        Clause(f"{HINT} 수급사업자는 설계도면 원본을 제출한다."), CancelToken()
    )
    assert [f.source for f in result.findings] == [Source.RULE, Source.MODEL]


@pytest.mark.parametrize(
    "text",
    [
        "원사업자는 수급사업자의 이행이 끝나면 지체 없이 보증증권을 반환한다.",
        "해상 시운전에 드는 승선 인건비와 보험료는 원사업자가 부담한다.",
        "원사업자의 설비 장애로 작업하지 못한 시간의 대금도 감액하지 아니한다.",
    ],
)
def test_the_model_does_not_flag_what_lays_nothing_on_the_subcontractor(text: str) -> None:
    """A model that would flag anything gets no finding on the principal's plain promise."""
    result = ClauseAnalyzer(FakeScorer(), fake_screen).analyze_one(Clause(text), CancelToken())
    assert result.findings == []
    assert result.verdict is not None  # still scored: eval reports the model's own AUC


def test_a_fair_verdict_gives_no_findings() -> None:
    result = ClauseAnalyzer(FakeScorer(unfair=False), fake_screen).analyze_one(
        Clause("공정한 조항"), CancelToken()
    )
    assert result.findings == []
    assert not result.unfair


def test_a_broken_model_falls_back_to_the_patterns_with_a_note() -> None:
    broken = BrokenReviewer()
    clauses = [Clause(f"{RULE_HIT} 하나"), Clause("둘"), Clause(f"{RULE_HIT} 셋")]
    analyzer = ClauseAnalyzer(broken, fake_screen, model_on_rule_hits=True)
    results = list(analyzer.analyze(clauses, CancelToken()))
    assert [r.rule_fired for r in results] == [True, False, True]
    assert broken.calls == 1  # not retried on every clause
    assert all(RULES_ONLY_NOTE.ko in note.ko for r in results for note in r.notes)
    assert "corrupt" in results[0].notes[0].en


def test_without_a_model_the_review_says_it_used_the_rules_only() -> None:
    (result,) = analyze_clauses(
        [Clause(f"{RULE_HIT} 조항")], None, CancelToken(), screen=fake_screen
    )
    assert result.notes == (RULES_ONLY_NOTE,)
    assert result.rule_fired


def test_results_stream_clause_by_clause_with_progress() -> None:
    scorer, seen = FakeScorer(), []
    clauses = [Clause(f"조항 {i}") for i in range(3)]
    stream = analyze_clauses(
        clauses, scorer, CancelToken(), lambda d, t: seen.append((d, t)), fake_screen
    )
    next(stream)
    assert scorer.calls == 1  # the first result arrives before the others are reviewed
    list(stream)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_cancelling_stops_between_clauses() -> None:
    scorer, cancel = FakeScorer(), CancelToken()
    stream = analyze_clauses([Clause("하나"), Clause("둘")], scorer, cancel, screen=fake_screen)
    next(stream)
    cancel.cancel()
    with pytest.raises(Cancelled):
        next(stream)
    assert scorer.calls == 1


def test_a_plain_reviewer_without_scores_is_used_through_review() -> None:
    class PlainReviewer:
        def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
            return model_findings(clause, ClauseVerdict(1.0, 0.0, Category.RETALIATION))

    clause = Clause("수급사업자는 설계도면 원본을 제출한다.")
    result = ClauseAnalyzer(PlainReviewer(), fake_screen).analyze_one(clause, CancelToken())
    assert result.verdict is None
    assert [f.category for f in result.findings] == [Category.RETALIATION]


@pytest.mark.parametrize("category", list(Category))
def test_every_category_has_a_korean_reason_and_fair_wording(category: Category) -> None:
    assert category_texts()[category].fair
    (finding,) = model_findings(Clause("조항"), ClauseVerdict(1.0, 0.0, category))
    assert CATEGORY_ARTICLES[category] in finding.message.ko + finding.article
    assert finding.message.ko.startswith("모델 검토")
    assert finding.message.en.startswith("Model review")
    assert finding.suggestion.endswith(".")


def test_an_uncalibrated_model_gives_hints_that_do_not_flag_the_clause() -> None:
    verdict = ClauseVerdict(3.0, 0.0, Category.RETURN_GOODS, calibrated=False)
    (hint,) = model_findings(Clause("조항"), verdict)
    assert hint.severity is Severity.INFO
    assert hint.message.ko.startswith("모델 참고")
    result = ClauseResult(Clause("조항"), [hint], verdict)
    assert result.model_flagged
    assert not result.unfair


class FakeBatchScorer(FakeScorer):
    """Scores a window of clauses in one call and records each call's clauses."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def verdicts(self, clauses: Sequence[Clause], cancel: CancelToken) -> list[ClauseVerdict]:
        self.batches.append([c.text for c in clauses])
        return [self.verdict(c, cancel) for c in clauses]


def test_a_batch_scorer_gets_the_clauses_without_rule_hits_a_window_at_a_time() -> None:
    scorer = FakeBatchScorer()
    clauses = [
        Clause(f"{RULE_HIT} {i}" if i % 3 == 0 else f"수급사업자는 {i}을 부담한다")
        for i in range(10)
    ]
    # rule hits on a figure: nothing for the model to doubt, so it never reads them
    results = list(ClauseAnalyzer(scorer, figure_screen).analyze(clauses, CancelToken()))
    assert [r.clause for r in results] == clauses
    assert scorer.batches == [
        [f"수급사업자는 {i}을 부담한다" for i in (1, 2, 4, 5, 7)],
        ["수급사업자는 8을 부담한다"],
    ]
    assert [r.rule_fired for r in results] == [i % 3 == 0 for i in range(10)]
    assert all(r.model_flagged for r in results if not r.rule_fired)


def test_a_batch_scorer_that_fails_leaves_the_rules_working() -> None:
    class FailingBatch(FakeBatchScorer):
        def verdicts(self, clauses: Sequence[Clause], cancel: CancelToken) -> list[ClauseVerdict]:
            raise ModelError(Text("손상", "corrupt"))

    clauses = [Clause(f"{RULE_HIT} a"), Clause("b")] * 5
    results = list(ClauseAnalyzer(FailingBatch(), fake_screen).analyze(clauses, CancelToken()))
    assert [r.rule_fired for r in results] == [True, False] * 5
    assert all(r.notes for r in results)
    assert not any(r.model_flagged for r in results)


def test_the_subcontractors_own_prohibited_acts_are_terms_not_protection() -> None:
    """'수급사업자는 다음 각 호의 행위를 하여서는 아니 된다' lays duties on it: the gate still sends
    it to the model, unlike the principal's list of prohibited acts."""
    from subcontract_assist.core.clauses.screen import imposes_nothing

    own = (
        "수급사업자는 다음 각 호의 행위를 하여서는 아니 된다. 1. 원사업자의 경쟁사로부터 물량을 "
        "수주하는 행위"
    )
    principal = (
        "원사업자는 다음 각 호의 행위를 하여서는 아니 된다. 1. 발주자의 발주 취소를 이유로 "
        "목적물을 반품하는 행위"
    )
    assert not imposes_nothing(own)
    assert imposes_nothing(principal)
