"""Binary metrics without scikit-learn: AUC, F1, and the F1-maximising threshold.

Used by the trainer (PyTorch scores) and the evaluator (llama.cpp scores), and importable from
the app's venv, which has numpy but not scikit-learn.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve (probability a random unfair clause outscores a fair one)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    ranked = sorted((s, i) for i, s in enumerate(scores))
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[ranked[k][1]] = (i + j) / 2 + 1
        i = j + 1
    pos_rank = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (pos_rank - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def f1_at(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> dict[str, float]:
    """Precision, recall, F1 (unfair = positive) and accuracy at ``score > threshold``."""
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s > threshold and y)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s > threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s <= threshold and y)
    tn = len(scores) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / max(1, len(scores)),
    }


def best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The threshold (midpoint between adjacent scores) that maximises F1."""
    ordered = sorted(set(scores))
    candidates = [ordered[0] - 1.0] + [(a + b) / 2 for a, b in itertools.pairwise(ordered)]
    return max(candidates, key=lambda t: (f1_at(scores, labels, t)["f1"], -abs(t)))


def binary_metrics(scores: Sequence[float], labels: Sequence[bool]) -> dict[str, float]:
    """AUC, F1 at 0, the F1-best threshold and the metrics there (rounded)."""
    threshold = best_threshold(scores, labels)
    at = f1_at(scores, labels, threshold)
    return {
        "auc": round(auc(scores, labels), 4),
        "f1_at_0": round(f1_at(scores, labels, 0.0)["f1"], 4),
        "threshold": round(threshold, 3),
        "f1": round(at["f1"], 4),
        "accuracy": round(at["accuracy"], 4),
        "precision": round(at["precision"], 4),
        "recall": round(at["recall"], 4),
    }


def precision_threshold(
    scores: Sequence[float], labels: Sequence[bool], target: float, min_flags: int = 5
) -> float:
    """The lowest threshold whose flags (score above it) reach ``target`` precision.

    Used where the model acts alone (no clause pattern fired): a false alarm there costs the
    user's trust, so the model flags only when it is right at least ``target`` of the time on
    held-out data. Returns a threshold above every score when no point reaches the target.
    """
    ordered = sorted(set(scores))
    candidates = [(a + b) / 2 for a, b in itertools.pairwise(ordered)]
    for t in candidates:
        at = f1_at(scores, labels, t)
        flags = sum(s > t for s in scores)
        if flags >= min_flags and at["precision"] >= target:
            return t
    return (ordered[-1] if ordered else 0.0) + 1.0
