"""Evaluation metrics: precision/recall/F1, AUC, category accuracy, sources, misclassified ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from subcontract_assist.core.clauses.analyzer import ClauseResult
from subcontract_assist.core.clauses.evaluation import (
    LabelledClause,
    auc,
    binary_metrics,
    load_labelled,
    predict,
    report,
)
from subcontract_assist.core.clauses.reviewer import Clause, ClauseVerdict, doubted
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.text import Text


def finding(category: Category, source: Source) -> Finding:
    return Finding(
        f"{category.value}.x", category, "제1조", Severity.RISK, Text("", ""), source=source
    )


def test_binary_metrics_count_the_unfair_class() -> None:
    gold = [True, True, True, False, False]
    pred = [True, True, False, True, False]
    assert binary_metrics(gold, pred) == pytest.approx(
        {"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3}
    )


def test_auc_ranks_scores_and_counts_ties_half() -> None:
    assert auc([True, False], [1.0, 0.0]) == 1.0
    assert auc([True, False], [0.0, 0.0]) == 0.5
    assert auc([True, True], [1.0, 2.0]) is None


def test_a_labelled_file_is_read_and_a_bad_line_is_named(tmp_path: Path) -> None:
    good = {"id": "a", "text": "조항", "unfair": True, "category": "tech_data"}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert load_labelled(path) == [LabelledClause("a", "조항", True, Category.TECH_DATA)]
    path.write_text(json.dumps(good) + "\n{bad json\n", encoding="utf-8")
    with pytest.raises(AppError, match="2행"):
        load_labelled(path)


def test_the_report_splits_credit_between_rules_and_model() -> None:
    items = [
        LabelledClause("r", "a", True, Category.PAYMENT_TERMS),
        LabelledClause("m", "b", True, Category.TECH_DATA),
        LabelledClause("f", "c", False, None),
        LabelledClause("x", "d", True, Category.RETALIATION),
    ]
    results = [
        ClauseResult(
            Clause("a"), [finding(Category.PAYMENT_TERMS, Source.RULE)], ClauseVerdict(-1, 0)
        ),
        ClauseResult(
            Clause("b"),
            [finding(Category.OFFSET_PAYMENT, Source.MODEL)],
            ClauseVerdict(2, 0, Category.OFFSET_PAYMENT),
        ),
        ClauseResult(Clause("c"), [], ClauseVerdict(-1.5, 0)),
        ClauseResult(Clause("d"), [], ClauseVerdict(-2, 0)),
    ]
    preds = [predict(i, r) for i, r in zip(items, results, strict=True)]
    out = report(items, preds, seconds=2.0, tokens=100)
    assert (out["precision"], out["recall"]) == (1.0, pytest.approx(2 / 3))
    assert out["category_accuracy"] == 0.5
    assert out["misclassified"] == {
        "false_positive": [],
        "false_negative": ["x"],
        "wrong_category": ["m"],
    }
    assert (out["clauses_per_second"], out["tokens_per_second"]) == (2.0, 50.0)
    src = out["sources"]
    assert (src["true_positives_by_rules"], src["true_positives_by_model_only"]) == (1, 1)
    assert src["model_alone"]["recall"] == pytest.approx(1 / 3)
    assert src["model_auc"] == pytest.approx(2 / 3)
    assert src["model_category_accuracy"] == 0.0  # the model called b offset_payment
    assert out["per_category"]["tech_data"] == {"n": 1, "flagged": 1, "category_right": 0}
    assert (src["doubted_by_model"], src["unfair_among_doubted"]) == (0, 0)


def test_the_report_counts_rule_findings_the_model_doubted() -> None:
    items = [
        LabelledClause("d", "a", False, None),
        LabelledClause("u", "b", True, Category.PAYMENT_TERMS),
    ]
    verdict = ClauseVerdict(-9.0, 0.0, doubt_threshold=-7.0)
    results = [
        ClauseResult(
            Clause(c), doubted([finding(Category.PAYMENT_TERMS, Source.RULE)], verdict, c), verdict
        )
        for c in ("a", "b")
    ]
    preds = [predict(i, r) for i, r in zip(items, results, strict=True)]
    src = report(items, preds, seconds=1.0, tokens=10)["sources"]
    assert [p.unfair for p in preds] == [False, False]
    assert (src["doubted_by_model"], src["unfair_among_doubted"]) == (2, 1)
    assert src["rules_before_doubt"]["precision"] == 0.5
    assert src["rules_alone"]["recall"] == 0.0
