"""Clause review throughput: the app's reviewer beside raw llama.cpp on the same tokens.

    .venv/bin/python bench/bench_review.py [CLAUSES.jsonl] [--model PATH] [--rounds 3]

The app side is ``ClauseAnalyzer`` over ``LlamaReviewer`` as the app runs it (clause patterns,
tokenizing, packing up to 8 clauses per decode, output rows only at the label and category
positions, findings). The raw side drives the llama.cpp C API directly (``llama_batch_init`` /
``llama_decode`` / ``llama_get_logits_ith``) on the very same token sequences, threads and output
rows, and does nothing else: once with the same packed batches ("raw packed", the share of
llama.cpp's speed the app keeps; target ≥ 80 %) and once one clause per decode ("raw 1/decode",
the usual loop). Without a clauses file, the bench uses the Korean sentences of the
reviewer's own texts (``core/data/clause_review.toml``).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.llama_decode import Plan, pack
from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.analyzer import WINDOW, ClauseAnalyzer
from subcontract_assist.core.clauses.reviewer import Clause, category_texts


def load_clauses(path: Path | None) -> list[str]:
    if path is None:
        texts = category_texts().values()
        return [t.fair for t in texts] + [t.reason.ko for t in texts]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [str(row["text"]) for row in rows]


def app_pass(reviewer: LlamaReviewer, clauses: list[str]) -> tuple[float, int]:
    """Return (seconds, prompt tokens) for reviewing every clause once, as the app does."""
    analyzer = ClauseAnalyzer(reviewer, model_on_rule_hits=True)
    before = reviewer.tokens_evaluated
    start = time.perf_counter()
    for _ in analyzer.analyze([Clause(text) for text in clauses], CancelToken()):
        pass
    return time.perf_counter() - start, reviewer.tokens_evaluated - before


def token_groups(reviewer: LlamaReviewer, clauses: list[str], packed: bool) -> list[list[Plan]]:
    """Return the app's token plans, grouped per decode as the app packs them (or one each)."""
    plans = [reviewer._plan(text) for text in clauses]
    if not packed:
        return [[plan] for plan in plans]
    groups = []
    for start in range(0, len(plans), WINDOW):
        groups += pack(plans[start : start + WINDOW], reviewer.settings.n_batch, WINDOW)
    return groups


def raw_pass(llm: Any, groups: list[list[Plan]], n_batch: int) -> float:
    """Return the seconds raw llama.cpp takes for the same tokens, batches and output rows."""
    import llama_cpp

    ctx = llm._ctx.ctx
    memory = llama_cpp.llama_get_memory(ctx)
    batch = llama_cpp.llama_batch_init(n_batch, 0, WINDOW)
    start = time.perf_counter()
    for group in groups:
        llama_cpp.llama_memory_seq_rm(memory, -1, 0, -1)
        n, rows = 0, []
        for seq, plan in enumerate(group):
            for pos, token in enumerate(plan.tokens):
                batch.token[n], batch.pos[n], batch.n_seq_id[n] = token, pos, 1
                batch.seq_id[n][0] = seq
                batch.logits[n] = pos in plan.wanted
                if pos in plan.wanted:
                    rows.append(n)
                n += 1
        batch.n_tokens = n
        if llama_cpp.llama_decode(ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")
        for i in rows:  # read one logit per output row, as any consumer must
            ptr = llama_cpp.llama_get_logits_ith(ctx, i)
            ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float))[0]
    seconds = time.perf_counter() - start
    llama_cpp.llama_batch_free(batch)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clauses", nargs="?", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--no-adapter", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    clauses = load_clauses(args.clauses)
    settings = ReviewerSettings(model_path=args.model, use_adapter=not args.no_adapter)
    with LlamaReviewer(settings) as reviewer:
        status = reviewer.load()
        packed = token_groups(reviewer, clauses, packed=True)
        single = token_groups(reviewer, clauses, packed=False)
        n_tokens = sum(len(p.tokens) for g in packed for p in g)
        app_pass(reviewer, clauses[:8])  # warm-up
        app_s, raw_s, one_s = [], [], []
        for _ in range(args.rounds):  # interleaved, so machine load hits all alike
            app_s.append(app_pass(reviewer, clauses)[0])
            raw_s.append(raw_pass(reviewer._llm, packed, reviewer.settings.n_batch))
            one_s.append(raw_pass(reviewer._llm, single, reviewer.settings.n_batch))
            reviewer._llm.n_tokens = 0  # the raw passes left other tokens in the cache
    app, raw, one = (statistics.median(x) for x in (app_s, raw_s, one_s))
    n = len(clauses)
    print(f"model      {status.describe()}")
    print(f"clauses    {n}  prompt tokens {n_tokens} ({n_tokens / n:.1f} per clause)")
    rounds = f"(median of {args.rounds})"
    print(f"app        {n / app:7.2f} clauses/s  {n_tokens / app:7.1f} tok/s  {rounds}")
    print(f"raw packed {n / raw:7.2f} clauses/s  {n_tokens / raw:7.1f} tok/s")
    print(f"raw 1/dec. {n / one:7.2f} clauses/s  {n_tokens / one:7.1f} tok/s")
    print(f"app / raw packed {raw / app:7.1%}   app / raw 1-per-decode {one / app:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
