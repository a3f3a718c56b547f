"""Measure the clause patterns alone on a labelled clauses file (JSON lines).

    python bench/eval_patterns.py CLAUSES.jsonl [--show] [--json]

Each line has ``id``, ``text``, ``unfair`` (bool) and ``category`` (taxonomy id or null). A clause
counts as flagged when ``screen_clause`` returns a finding that is not ``info``; its predicted
category is the first (most specific) finding's. Prints precision, recall, F1 for "unfair",
category accuracy on the true positives, a per-category table, the ids it got wrong, and the
screening time per clause. Timing is printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from subcontract_assist.core.clauses.patterns import CLAUSE_RULES, normalized, screen_clause
from subcontract_assist.core.findings import Finding, Severity


def _flagged(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is not Severity.INFO]


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the scores of the patterns on ``rows`` and the ids they got wrong."""
    tp = fp = fn = right_category = 0
    per_category: Counter[str] = Counter()
    per_category_hit: Counter[str] = Counter()
    misses: list[str] = []
    false_alarms: list[str] = []
    wrong_category: list[str] = []
    for row in rows:
        found = _flagged(screen_clause(row["text"]))
        if row["unfair"]:
            per_category[row["category"]] += 1
        if found and row["unfair"]:
            tp += 1
            per_category_hit[row["category"]] += 1
            if found[0].category.value == row["category"]:
                right_category += 1
            else:
                wrong_category.append(row["id"])
        elif found:
            fp += 1
            false_alarms.append(row["id"])
        elif row["unfair"]:
            fn += 1
            misses.append(row["id"])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(rows),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "category_accuracy": round(right_category / tp, 3) if tp else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "per_category": {c: [per_category_hit[c], n] for c, n in sorted(per_category.items())},
        "misses": misses,
        "false_alarms": false_alarms,
        "wrong_category": wrong_category,
    }


def time_per_clause(texts: list[str], rounds: int = 5) -> float:
    """Return the median time in milliseconds to screen one clause."""
    screen_clause(texts[0])  # patterns are compiled on first use
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            screen_clause(text)
        samples.append((time.perf_counter() - start) / len(texts))
    return statistics.median(samples) * 1000


def _show(rows: list[dict[str, Any]], ids: list[str], label: str) -> None:
    by_id = {row["id"]: row for row in rows}
    for clause_id in ids:
        row = by_id[clause_id]
        rules = [f.rule for f in screen_clause(row["text"])]
        print(f"[{label}] {clause_id} gold={row['category']} got={rules}")
        print(f"    {normalized(row['text'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clauses", type=Path, help="labelled clauses, one JSON object a line")
    parser.add_argument("--show", action="store_true", help="print the clauses it got wrong")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    lines = args.clauses.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    scores = evaluate(rows)
    scores["ms_per_clause"] = round(time_per_clause([row["text"] for row in rows]), 3)
    scores["rules"] = len(CLAUSE_RULES)
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
        return 0
    print(f"clauses: {scores['n']}  rules: {scores['rules']}")
    print(
        f"precision {scores['precision']:.3f}  recall {scores['recall']:.3f}  "
        f"F1 {scores['f1']:.3f}  category accuracy {scores['category_accuracy']:.3f}  "
        f"(tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']})"
    )
    print("per category (caught / unfair):")
    for category, (hit, total) in scores["per_category"].items():
        print(f"  {category:26} {hit}/{total}")
    print(f"missed: {' '.join(scores['misses']) or '-'}")
    print(f"false alarms: {' '.join(scores['false_alarms']) or '-'}")
    print(f"wrong category: {' '.join(scores['wrong_category']) or '-'}")
    print(f"screening time: {scores['ms_per_clause']:.3f} ms per clause (median of 5 rounds)")
    if args.show:
        _show(rows, scores["misses"], "miss")
        _show(rows, scores["false_alarms"], "false alarm")
        _show(rows, scores["wrong_category"], "category")
    return 0


if __name__ == "__main__":
    sys.exit(main())
