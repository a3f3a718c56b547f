"""Decode token sequences with llama.cpp and read only the logits that label scoring needs.

Two paths: one clause alone reuses the longest prefix already in the KV cache; several short
clauses are packed as separate sequences into one batch. Either way llama.cpp computes output
rows only where they are read: the 262k-word output layer is the costliest part of this model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.text import Text


@dataclass(frozen=True, slots=True)
class Plan:
    """One clause to decode: its tokens, and ``{position: token ids whose logits are read}``."""

    tokens: list[int]
    wanted: dict[int, list[int]]
    label_pos: int


@dataclass(frozen=True, slots=True)
class Decoded:
    """The logits read for one plan (``{position: values}``) and the tokens evaluated for it."""

    logits: dict[int, Any]
    evaluated: int


def pack(plans: Iterable[Plan], n_batch: int, parallel: int) -> Iterator[list[Plan]]:
    """Yield groups of consecutive plans that fit one batch (a long plan goes alone)."""
    group: list[Plan] = []
    size = 0
    for plan in plans:
        if group and (size + len(plan.tokens) > n_batch or len(group) >= parallel):
            yield group
            group, size = [], 0
        group.append(plan)
        size += len(plan.tokens)
    if group:
        yield group


def decode_outputs(llm: Any, plan: Plan, n_batch: int, cancel: CancelToken) -> Decoded:
    """Decode one plan after the prefix already cached, in batches, checking cancel between them.

    The prefix kept stops at the first wanted position so that its logits are computed again.
    """
    tokens, wanted = plan.tokens, plan.wanted
    keep = _common_prefix(llm.input_ids[: llm.n_tokens], tokens, min(wanted))
    _forget(llm, keep)
    llm.n_tokens = keep
    rows: dict[int, Any] = {}
    for start in range(keep, len(tokens), n_batch):
        cancel.raise_if_cancelled()
        chunk = tokens[start : start + n_batch]
        outputs = _fill(llm._batch.batch, [(0, start, chunk, wanted)])
        _decode(llm)
        rows.update(_read(llm, [(i, pos) for i, _, pos in outputs], wanted))
        llm.input_ids[start : start + len(chunk)] = chunk
        llm.n_tokens = start + len(chunk)
    return Decoded(rows, len(tokens) - keep)


def decode_group(llm: Any, plans: Sequence[Plan]) -> list[Decoded]:
    """Decode several plans as sequences 0…n-1 of one batch (the KV cache is cleared first)."""
    _forget(llm, 0)
    llm.n_tokens = 0  # the cache no longer holds one prefix to reuse
    runs = [(seq, 0, plan.tokens, plan.wanted) for seq, plan in enumerate(plans)]
    outputs = _fill(llm._batch.batch, runs)
    _decode(llm)
    results = []
    for seq, plan in enumerate(plans):
        mine = [(index, pos) for index, s, pos in outputs if s == seq]
        results.append(Decoded(_read(llm, mine, plan.wanted), len(plan.tokens)))
    return results


def _forget(llm: Any, keep: int) -> None:
    """Drop every sequence's KV cells from position ``keep`` on.

    WORKAROUND: llama-cpp-python's ``kv_cache_seq_rm`` turns seq_id -1 ("all") into 0, which
    would leave packed sequences 1…n behind; call llama.cpp directly.
    """
    import llama_cpp

    llama_cpp.llama_memory_seq_rm(llm._ctx.memory, -1, keep, -1)


def _common_prefix(cached: Sequence[int], tokens: Sequence[int], limit: int) -> int:
    keep, limit = 0, min(len(cached), limit)
    while keep < limit and cached[keep] == tokens[keep]:
        keep += 1
    return keep


Run = tuple[int, int, Sequence[int], dict[int, list[int]]]  # seq id, first pos, tokens, wanted


def _fill(batch: Any, runs: Sequence[Run]) -> list[tuple[int, int, int]]:
    """Write token runs into the llama_batch; return ``(batch index, seq, position)`` outputs.

    Only the wanted positions get an output row.
    """
    n = 0
    outputs = []
    for seq, first, tokens, wanted in runs:
        for i, token in enumerate(tokens):
            pos = first + i
            batch.token[n], batch.pos[n], batch.n_seq_id[n] = token, pos, 1
            batch.seq_id[n][0] = seq
            batch.logits[n] = pos in wanted
            if pos in wanted:
                outputs.append((n, seq, pos))
            n += 1
    batch.n_tokens = n
    return outputs


def _decode(llm: Any) -> None:
    try:
        llm._ctx.decode(llm._batch)
    except RuntimeError as exc:
        llm.reset()
        raise ModelError(
            Text("언어 모델 계산에 실패했습니다.", "The language model failed to evaluate."),
            detail=str(exc),
        ) from exc


def _read(llm: Any, outputs: Sequence[tuple[int, int]], wanted: dict[int, list[int]]) -> Any:
    import llama_cpp
    import numpy as np

    ctx, n_vocab = llm._ctx.ctx, llm.n_vocab()
    rows = {}
    for index, pos in outputs:
        row = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, index), (n_vocab,))
        rows[pos] = row[wanted[pos]].copy()
    return rows
