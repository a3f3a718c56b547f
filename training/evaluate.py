"""Score clauses through llama.cpp with and without the adapter: ``python -m training.evaluate``.

Runs in the app's environment (llama-cpp-python, no torch). For each clause it evaluates
``BINARY_PROMPT`` once, reads logit(unfair word) - logit(fair word), then continues the same
context with the rest of ``CATEGORY_PROMPT`` and picks the category word with the highest logit.

``--calibrate`` first scores the corpus's held-out validation templates with the adapter on the
quantised base and stores the F1-best threshold in the manifest (never tuned on the dev set).
``--dev FILE`` then measures a labelled JSON-lines file (keys ``text``, ``unfair``, ``category``)
for the base model and the adapter and records the figures in the manifest.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from subcontract_assist.core.clauses.labels import (
    CATEGORY_WORDS,
    FAIR_WORD,
    UNFAIR_WORD,
    binary_prompt,
    category_prompt,
)
from training.data import ADAPTER_DIR, ADAPTER_NAME, CATEGORY_LIST, balanced_sample, load_corpus
from training.metrics import auc, best_threshold, binary_metrics, f1_at, precision_threshold


class Scorer:
    """A llama.cpp context that scores clauses by label logits."""

    def __init__(self, model: Path, adapter: Path | None, threads: int) -> None:
        import llama_cpp

        self._llama_cpp = llama_cpp
        extra: dict[str, Any] = {"lora_path": str(adapter)} if adapter else {}
        self.llm = llama_cpp.Llama(
            model_path=str(model),
            n_threads=threads,
            n_ctx=1024,
            n_batch=256,
            verbose=False,
            **extra,
        )
        self.unfair = self._first(UNFAIR_WORD)
        self.fair = self._first(FAIR_WORD)
        self.categories = [self._first(CATEGORY_WORDS[c]) for c in CATEGORY_LIST]

    def _first(self, word: str) -> int:
        return int(self.llm.tokenize(word.encode(), add_bos=False, special=False)[0])

    def _logits(self) -> Any:
        import numpy as np

        raw = self._llama_cpp.llama_get_logits(self.llm._ctx.ctx)
        return np.ctypeslib.as_array(raw, shape=(self.llm.n_vocab(),))

    def score(self, text: str, with_category: bool) -> tuple[float, int]:
        """Return (binary score, index of the best category or -1)."""
        head = self.llm.tokenize(binary_prompt(text).encode(), add_bos=True, special=False)
        self.llm.reset()
        self.llm.eval(head)
        logits = self._logits()
        score = float(logits[self.unfair] - logits[self.fair])
        if not with_category:
            return score, -1
        full = self.llm.tokenize(category_prompt(text).encode(), add_bos=True, special=False)
        if full[: len(head)] != head:
            raise ValueError("category prompt does not extend the binary prompt")
        self.llm.eval(full[len(head) :])
        logits = self._logits()
        return score, int(
            max(range(len(self.categories)), key=lambda i: logits[self.categories[i]])
        )


def run(scorer: Scorer, rows: list[dict[str, Any]], categories: bool) -> dict[str, Any]:
    """Score ``rows``; return scores, category predictions and clauses per second."""
    started = time.perf_counter()
    scores = [scorer.score(str(r["text"]), with_category=False)[0] for r in rows]
    rate = len(rows) / (time.perf_counter() - started)
    picks: list[int] = []
    if categories:
        picks = [scorer.score(str(r["text"]), True)[1] if r["unfair"] else -1 for r in rows]
    return {"scores": scores, "picks": picks, "clauses_per_s": round(rate, 2)}


def category_accuracy(rows: list[dict[str, Any]], picks: list[int]) -> float:
    """Share of truly unfair clauses whose best category word is the right one."""
    names = [str(c) for c in CATEGORY_LIST]
    pairs = [
        (names[p], str(r["category"])) for r, p in zip(rows, picks, strict=True) if r["unfair"]
    ]
    return round(sum(a == b for a, b in pairs) / max(1, len(pairs)), 4)


def calibrate(
    scorer: Scorer, manifest: dict[str, Any], size: int, rows: list[dict[str, Any]] | None = None
) -> None:
    """Set the manifest thresholds from llama.cpp scores of held-out validation clauses.

    ``rows`` (the device pack's ``val.jsonl``: hand-written clauses the adapter never saw) if
    given, else the slot-filled corpus's validation templates.
    """
    if rows is None:
        sample = balanced_sample([r for r in load_corpus() if r["split"] == "val"], size, seed=1)
        rows = [{"text": e.text, "unfair": e.unfair, "category": e.category} for e in sample]
    result = run(scorer, rows, categories=True)
    labels = [bool(r["unfair"]) for r in rows]
    metrics = binary_metrics(result["scores"], labels)
    metrics["category_acc"] = category_accuracy(rows, result["picks"])
    metrics["n"] = len(rows)
    manifest["threshold"] = round(best_threshold(result["scores"], labels), 3)
    manifest["threshold_source"] = (
        f"F1-best on {len(rows)} held-out validation clauses, scored by llama.cpp "
        "with the adapter on the Q4_K_M base"
    )
    manifest["metrics"]["val_llama_cpp"] = metrics
    print("val (llama.cpp)", json.dumps(metrics), flush=True)
    calibrate_flag_threshold(result["scores"], rows, manifest)


#: Precision the model must reach on held-out templates before it flags a clause on its own.
FLAG_PRECISION = 0.9


def calibrate_flag_threshold(
    scores: list[float], rows: list[dict[str, Any]], manifest: dict[str, Any]
) -> None:
    """Set ``flag_threshold``: the model flags (RISK) only above it, else it gives hints (INFO).

    Calibrated on the validation clauses that the rule screen (patterns and meaning rules)
    leaves silent, because that is where the model acts alone.
    """
    from subcontract_assist.core.clauses.screen import screen
    from subcontract_assist.core.findings import Severity

    silent = [
        i
        for i, r in enumerate(rows)
        if not any(f.severity is not Severity.INFO for f in screen(str(r["text"])))
    ]
    sub_scores = [scores[i] for i in silent]
    sub_labels = [bool(rows[i]["unfair"]) for i in silent]
    threshold = precision_threshold(sub_scores, sub_labels, FLAG_PRECISION)
    at = f1_at(sub_scores, sub_labels, threshold)
    manifest["flag_threshold"] = round(threshold, 3)
    manifest["flag_threshold_source"] = (
        f"lowest threshold reaching precision {FLAG_PRECISION} on the validation clauses "
        "the rule screen leaves silent (llama.cpp, adapter on the Q4_K_M base)"
    )
    manifest["metrics"]["val_model_alone_where_rules_silent"] = {
        "n": len(silent),
        "unfair": sum(sub_labels),
        "flag_threshold": round(threshold, 3),
        "precision": round(at["precision"], 4),
        "recall": round(at["recall"], 4),
    }
    print("flag threshold", manifest["flag_threshold"], json.dumps(at), flush=True)


def measure(
    base: Scorer, tuned: Scorer, rows: list[dict[str, Any]], threshold: float
) -> dict[str, Any]:
    """Dev figures: AUC base vs adapter, F1 at the calibrated threshold, category accuracy."""
    labels = [bool(r["unfair"]) for r in rows]
    plain = run(base, rows, categories=True)
    adapted = run(tuned, rows, categories=True)
    at = f1_at(adapted["scores"], labels, threshold)
    return {
        "n": len(rows),
        "auc_base": round(auc(plain["scores"], labels), 4),
        "auc_adapter": round(auc(adapted["scores"], labels), 4),
        "f1_base_at_0": round(f1_at(plain["scores"], labels, 0.0)["f1"], 4),
        "f1_adapter_at_threshold": round(at["f1"], 4),
        "accuracy_adapter_at_threshold": round(at["accuracy"], 4),
        "precision_adapter_at_threshold": round(at["precision"], 4),
        "recall_adapter_at_threshold": round(at["recall"], 4),
        "category_acc_base": category_accuracy(rows, plain["picks"]),
        "category_acc_adapter": category_accuracy(rows, adapted["picks"]),
        "clauses_per_s_base": plain["clauses_per_s"],
        "clauses_per_s_adapter": adapted["clauses_per_s"],
    }


def speed(
    base: Scorer, tuned: Scorer, rows: list[dict[str, Any]], rounds: int = 3
) -> dict[str, Any]:
    """Clauses per second with and without the adapter, interleaved clause by clause.

    Other processes share the CPU, so the two models alternate on the same clauses and the
    best of ``rounds`` passes is kept: load drift then hits both sides alike.
    """
    best = {"base": 0.0, "adapter": 0.0}
    for _ in range(rounds):
        spent = {"base": 0.0, "adapter": 0.0}
        for row in rows:
            for name, scorer in (("base", base), ("adapter", tuned)):
                started = time.perf_counter()
                scorer.score(str(row["text"]), with_category=False)
                spent[name] += time.perf_counter() - started
        for name, seconds in spent.items():
            best[name] = max(best[name], len(rows) / seconds)
    return {
        "speed_clauses": len(rows),
        "clauses_per_s_base": round(best["base"], 2),
        "clauses_per_s_adapter": round(best["adapter"], 2),
        "adapter_speed_ratio": round(best["adapter"] / best["base"], 3),
    }


def main() -> None:
    """Command line entry point."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--model", type=Path, required=True, help="the Q4_K_M base GGUF")
    p.add_argument("--adapter-dir", type=Path, default=ADAPTER_DIR)
    p.add_argument("--dev", type=Path, help="labelled clauses to measure (JSON lines)")
    p.add_argument("--calibrate", action="store_true")
    p.add_argument("--val-size", type=int, default=600, help="validation clauses to calibrate on")
    p.add_argument(
        "--calibrate-file", type=Path, help="calibrate on this JSON-lines file (a pack's val.jsonl)"
    )
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--speed", type=int, default=0, help="time N dev clauses, interleaved")
    p.add_argument("--speed-only", action="store_true", help="with --dev: only the timing")
    args = p.parse_args()
    path = args.adapter_dir / f"{ADAPTER_NAME}.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    tuned = Scorer(args.model, args.adapter_dir / manifest["adapter_file"], args.threads)
    if args.calibrate:
        given = None
        if args.calibrate_file:
            lines = args.calibrate_file.read_text(encoding="utf-8").splitlines()
            given = [json.loads(line) for line in lines if line.strip()]
        calibrate(tuned, manifest, args.val_size, given)
    if args.dev:
        rows = [
            json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line
        ]
        base = Scorer(args.model, None, args.threads)
        dev = manifest["metrics"].setdefault("dev", {})
        if not args.speed_only:
            dev.update(measure(base, tuned, rows, float(manifest["threshold"])))
        if args.speed:
            dev.update(speed(base, tuned, rows[: args.speed]))
        print("dev", json.dumps(dev), flush=True)
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
