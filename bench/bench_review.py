"""Clause review throughput: the app's reviewer beside raw llama.cpp on the same tokens.

    .venv/bin/python bench/bench_review.py [CLAUSES.jsonl] [--model PATH] [--rounds 3]

The app side is ``LlamaReviewer.verdict`` (tokenize, prefix reuse, one decode per clause with
output rows at the label and category positions, category argmax). The raw side drives the
llama.cpp C API directly (``llama_batch_init`` / ``llama_decode`` / ``llama_get_logits_ith``)
on the very same token sequences, threads and output rows, with the KV cache cleared per
clause, and does nothing else. The ratio app / raw is the share of llama.cpp's speed the app
keeps (target ≥ 80 %). Without a clauses file, the bench uses the Korean sentences of the
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

from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core import labels
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.review import Clause, category_texts


def load_clauses(path: Path | None) -> list[str]:
    if path is None:
        texts = category_texts().values()
        return [t.fair for t in texts] + [t.reason.ko for t in texts]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [str(row["text"]) for row in rows]


def app_pass(reviewer: LlamaReviewer, clauses: list[str]) -> tuple[float, int]:
    """Return (seconds, prompt tokens) for reviewing every clause once, as the app does."""
    cancel = CancelToken()
    before = reviewer.tokens_evaluated
    start = time.perf_counter()
    for text in clauses:
        reviewer.verdict(Clause(text), cancel)
    return time.perf_counter() - start, reviewer.tokens_evaluated - before


def token_plan(reviewer: LlamaReviewer, clauses: list[str]) -> list[tuple[list[int], list[int]]]:
    """Return, per clause, the tokens the app evaluates and the positions it reads logits at."""
    plan = []
    for text in clauses:
        binary = reviewer.tokenize(labels.binary_prompt(text))
        tokens = reviewer.tokenize(labels.category_prompt(text))
        plan.append((tokens, sorted({len(binary) - 1, len(tokens) - 1})))
    return plan


def raw_pass(llm: Any, plan: list[tuple[list[int], list[int]]], n_batch: int) -> float:
    """Return the seconds raw llama.cpp takes for the same tokens and output rows."""
    import llama_cpp

    ctx = llm._ctx.ctx
    memory = llama_cpp.llama_get_memory(ctx)
    batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
    start = time.perf_counter()
    for tokens, outputs in plan:
        llama_cpp.llama_memory_seq_rm(memory, -1, 0, -1)
        for first in range(0, len(tokens), n_batch):
            chunk = tokens[first : first + n_batch]
            batch.n_tokens = len(chunk)
            rows = []
            for i, token in enumerate(chunk):
                batch.token[i], batch.pos[i], batch.n_seq_id[i] = token, first + i, 1
                batch.seq_id[i][0] = 0
                batch.logits[i] = first + i in outputs
                if first + i in outputs:
                    rows.append(i)
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
        plan = token_plan(reviewer, clauses)
        n_tokens = sum(len(t) for t, _ in plan)
        app_pass(reviewer, clauses[:3])  # warm-up
        app_s, raw_s = [], []
        for _ in range(args.rounds):  # interleaved, so machine load hits both alike
            app_s.append(app_pass(reviewer, clauses)[0])
            raw_s.append(raw_pass(reviewer._llm, plan, settings.n_batch))
            reviewer._llm.reset()
    app, raw = statistics.median(app_s), statistics.median(raw_s)
    n = len(clauses)
    print(f"model      {status.describe()}")
    print(f"clauses    {n}  prompt tokens {n_tokens} ({n_tokens / n:.1f} per clause)")
    rounds = f"(median of {args.rounds})"
    print(f"app        {n / app:7.2f} clauses/s  {n_tokens / app:7.1f} tok/s  {rounds}")
    print(f"raw        {n / raw:7.2f} clauses/s  {n_tokens / raw:7.1f} tok/s")
    print(f"app / raw  {raw / app:7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
