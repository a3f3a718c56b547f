"""``eval``: measure clause review (rules + model) on a labelled JSONL file."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from subcontract_assist.core.text import Lang


def run_eval(path: Path, model: Path | None, use_adapter: bool, rules_only: bool) -> dict[str, Any]:
    """Review every clause of ``path`` and return the report (``clauses.evaluation.report``)."""
    from subcontract_assist.core.cancel import CancelToken
    from subcontract_assist.core.clauses.analyzer import ClauseAnalyzer
    from subcontract_assist.core.clauses.evaluation import load_labelled, predict, report
    from subcontract_assist.core.clauses.reviewer import Clause
    from subcontract_assist.core.errors import ModelError

    items = load_labelled(path)
    reviewer, errors, described, adapter = None, [], "rules only", None
    if not rules_only:
        from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings

        reviewer = LlamaReviewer(ReviewerSettings(model_path=model, use_adapter=use_adapter))
        try:
            status = reviewer.load()
            described = status.describe()
            adapter = status.adapter.name if status.adapter else None
        except ModelError as exc:
            errors.append(exc.message("en"))
            reviewer = None
    analyzer = ClauseAnalyzer(reviewer, model_on_rule_hits=True)
    cancel = CancelToken()
    clauses = [Clause(item.text, field=item.id, index=n) for n, item in enumerate(items)]
    start = time.perf_counter()
    results = list(analyzer.analyze(clauses, cancel))
    seconds = time.perf_counter() - start
    errors += [note.en for note in analyzer.notes if reviewer is not None]
    preds = [predict(item, result) for item, result in zip(items, results, strict=True)]
    tokens = reviewer.tokens_evaluated if reviewer else 0
    out = report(items, preds, seconds, tokens, errors)
    out["model"] = described
    out["adapter"] = adapter
    if reviewer is not None:
        reviewer.close()
    return out


_ROWS = (
    ("precision", "precision"),
    ("recall", "recall"),
    ("f1", "F1"),
    ("category_accuracy", "category accuracy (flagged unfair)"),
    ("category_accuracy_all_unfair", "category accuracy (all unfair)"),
    ("clauses_per_second", "clauses/s"),
    ("tokens_per_second", "prompt tokens/s"),
)


def format_report(runs: dict[str, dict[str, Any]], lang: Lang) -> str:
    """Return the reports side by side as text (one column per run)."""
    names = list(runs)
    lines = [f"{'':38}" + "".join(f"{n:>16}" for n in names)]
    for key, label in _ROWS:
        lines.append(f"{label:38}" + "".join(f"{runs[n][key]:16.3f}" for n in names))
    for n in names:
        r = runs[n]
        src = r["sources"]
        lines += [
            "",
            f"[{n}] {r['model']} · n={r['n']}",
            f"  rules flagged {src['flagged_by_rules']} (TP {src['true_positives_by_rules']}),"
            f" model-only flagged {src['flagged_by_model_only']}"
            f" (TP {src['true_positives_by_model_only']}),"
            f" rule findings doubted into hints {src['doubted_by_model']}"
            f" (unfair {src['unfair_among_doubted']})",
            f"  rules alone F1 {src['rules_alone']['f1']:.3f}"
            + (
                f" · model alone F1 {src['model_alone']['f1']:.3f}, AUC {src['model_auc']:.3f},"
                f" category {src['model_category_accuracy']:.3f}"
                if "model_alone" in src and src["model_auc"] is not None
                else ""
            ),
        ]
        lines.append("  category            n  flagged  category-right")
        for cat, row in r["per_category"].items():
            lines.append(f"  {cat:18}{row['n']:3}{row['flagged']:9}{row['category_right']:16}")
        for kind, ids in r["misclassified"].items():
            lines.append(f"  {kind}: {', '.join(ids) or '-'}")
        for error in r["errors"]:
            lines.append(f"  ! {error}")
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace, lang: Lang) -> int:
    path, model = Path(args.clauses), Path(args.model) if args.model else None
    runs: dict[str, dict[str, Any]] = {}
    if args.rules_only:
        runs["rules"] = run_eval(path, None, False, rules_only=True)
    else:
        if not args.no_adapter:
            first = run_eval(path, model, True, rules_only=False)
            runs["adapter" if first["adapter"] else "base"] = first
        if "base" not in runs and (args.no_adapter or args.compare):
            runs["base"] = run_eval(path, model, False, rules_only=False)
    if args.format == "json":
        first = next(iter(runs.values()))
        data = {**first, "runs": runs} if len(runs) > 1 else first
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(format_report(runs, lang))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "eval", help="조항 검토 성능 측정 / measure clause review on a labelled JSONL file"
    )
    p.add_argument("clauses", help="JSONL: id, text, unfair, category, article …")
    p.add_argument("--model", help="GGUF 모델 파일 / a .gguf model (default: the bundled model)")
    p.add_argument(
        "--no-adapter", action="store_true", help="LoRA 어댑터 없이 / without the LoRA adapter"
    )
    p.add_argument(
        "--compare", action="store_true", help="어댑터 유무 비교 / adapter and base side by side"
    )
    p.add_argument("--rules-only", action="store_true", help="규칙만 / patterns only, no model")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_eval)
