"""Measure clause review against a labelled set (``id,text,unfair,category,article,…`` JSONL).

Reports binary precision/recall/F1 for "unfair", category accuracy on the unfair clauses, a
per-category table, the misclassified ids, throughput, and how much came from the rules and
how much from the model (each also scored alone).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subcontract_assist.core.clauses.analyzer import ClauseResult
from subcontract_assist.core.clauses.reviewer import is_doubted
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.findings import Category, Source
from subcontract_assist.core.text import Text


@dataclass(frozen=True, slots=True)
class LabelledClause:
    """One line of an evaluation file."""

    id: str
    text: str
    unfair: bool
    category: Category | None


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the review decided for one clause, and what each layer said on its own."""

    id: str
    unfair: bool
    category: Category | None
    rule_unfair: bool
    model_unfair: bool | None
    model_score: float | None
    from_model: bool
    model_category: Category | None = None
    rule_doubted: bool = False  # a rule fired, and the model turned every such finding into a hint


def load_labelled(path: Path) -> list[LabelledClause]:
    """Read a JSONL evaluation file; raise AppError naming the bad line."""
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise AppError(
            Text(
                f"평가 파일 {path.name}이 UTF-8 텍스트가 아닙니다.",
                f"The evaluation file {path.name} is not UTF-8 text.",
            )
        ) from exc
    except OSError as exc:
        raise AppError(
            Text(f"파일을 읽을 수 없습니다: {path}", f"Cannot read {path}"), detail=str(exc)
        ) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            category = Category(row["category"]) if row.get("category") else None
            items.append(
                LabelledClause(str(row["id"]), str(row["text"]), bool(row["unfair"]), category)
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise AppError(  # AttributeError: a line that is a JSON list or string, not an object
                Text(
                    f"평가 파일 {path.name} {number}행이 잘못되었습니다.",
                    f"Line {number} of the evaluation file {path.name} is invalid.",
                ),
                detail=f"{path}: {exc}",
            ) from exc
    return items


def predict(item: LabelledClause, result: ClauseResult) -> Prediction:
    """Return the prediction a combined review result stands for (rule findings first)."""
    active = [f for f in result.findings if f.severity.rank < 2]
    rule = [f for f in active if f.source is Source.RULE]
    verdict = result.verdict
    return Prediction(
        id=item.id,
        unfair=bool(active),
        category=active[0].category if active else None,
        rule_unfair=bool(rule),
        model_unfair=verdict.unfair if verdict else None,
        model_score=verdict.score if verdict else None,
        from_model=bool(active) and not rule,
        model_category=verdict.category if verdict else None,
        rule_doubted=not rule and any(is_doubted(f) for f in result.findings),
    )


def binary_metrics(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    """Return precision, recall and F1 of the positive ("unfair") class."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def auc(gold: Sequence[bool], scores: Sequence[float]) -> float | None:
    """Return the ROC AUC of ``scores`` (ties count half); None unless both classes occur."""
    pos = [s for g, s in zip(gold, scores, strict=True) if g]
    neg = [s for g, s in zip(gold, scores, strict=True) if not g]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def report(
    items: Sequence[LabelledClause],
    preds: Sequence[Prediction],
    seconds: float,
    tokens: int,
    errors: Sequence[str] = (),
) -> dict[str, Any]:
    """Return the evaluation report (the JSON of ``eval --format json``)."""
    gold = [i.unfair for i in items]
    combined = binary_metrics(gold, [p.unfair for p in preds])
    hits = [(i, p) for i, p in zip(items, preds, strict=True) if i.unfair and p.unfair]
    right = [i.id for i, p in hits if p.category == i.category]
    out: dict[str, Any] = {
        **combined,
        "category_accuracy": len(right) / len(hits) if hits else 0.0,
        "category_accuracy_all_unfair": len(right) / max(1, sum(gold)),
        "n": len(items),
        "clauses_per_second": len(items) / seconds if seconds else 0.0,
        "tokens_per_second": tokens / seconds if seconds else 0.0,
        "errors": list(errors),
        "prompt_tokens": tokens,
        "seconds": seconds,
        "per_category": per_category(items, preds),
        "misclassified": misclassified(items, preds),
        "sources": sources(items, preds),
    }
    return out


def per_category(items: Sequence[LabelledClause], preds: Sequence[Prediction]) -> dict[str, Any]:
    """Return, per gold category: clauses, how many were flagged, how many got the category."""
    table: dict[str, dict[str, int]] = {}
    for item, pred in zip(items, preds, strict=True):
        key = item.category.value if item.category else "fair"
        row = table.setdefault(key, {"n": 0, "flagged": 0, "category_right": 0})
        row["n"] += 1
        row["flagged"] += pred.unfair
        row["category_right"] += bool(item.category) and pred.category == item.category
    return dict(sorted(table.items()))


def misclassified(
    items: Sequence[LabelledClause], preds: Sequence[Prediction]
) -> dict[str, list[str]]:
    """Return the ids of false positives, false negatives and wrong categories."""
    pairs = list(zip(items, preds, strict=True))
    return {
        "false_positive": [i.id for i, p in pairs if p.unfair and not i.unfair],
        "false_negative": [i.id for i, p in pairs if i.unfair and not p.unfair],
        "wrong_category": [
            i.id for i, p in pairs if i.unfair and p.unfair and p.category != i.category
        ],
    }


def sources(items: Sequence[LabelledClause], preds: Sequence[Prediction]) -> dict[str, Any]:
    """Return what the rules and the model contributed, and each layer scored alone."""
    gold = [i.unfair for i in items]
    out: dict[str, Any] = {
        "flagged_by_rules": sum(p.rule_unfair for p in preds),
        "flagged_by_model_only": sum(p.from_model for p in preds),
        "true_positives_by_rules": sum(
            p.rule_unfair and g for p, g in zip(preds, gold, strict=True)
        ),
        "true_positives_by_model_only": sum(
            p.from_model and g for p, g in zip(preds, gold, strict=True)
        ),
        "rules_alone": binary_metrics(gold, [p.rule_unfair for p in preds]),
        # rule findings the model doubted into hints (see clauses.reviewer.doubted)
        "doubted_by_model": sum(p.rule_doubted for p in preds),
        "unfair_among_doubted": sum(p.rule_doubted and g for p, g in zip(preds, gold, strict=True)),
        "rules_before_doubt": binary_metrics(
            gold, [p.rule_unfair or p.rule_doubted for p in preds]
        ),
    }
    if all(p.model_unfair is not None for p in preds) and preds:
        out["model_alone"] = binary_metrics(gold, [bool(p.model_unfair) for p in preds])
        out["model_auc"] = auc(gold, [float(p.model_score or 0.0) for p in preds])
        hits = [(i, p) for i, p in zip(items, preds, strict=True) if i.unfair and p.model_unfair]
        right = sum(p.model_category == i.category for i, p in hits)
        out["model_category_accuracy"] = right / len(hits) if hits else 0.0
    return out
