"""Train LoRA adapters on an accelerator from a *device pack*: ``python -m training.device_train``.

The pack (made by :mod:`training.devicepack` on the training machine) holds the bundled Q4_K_M
base's tensors as raw quantised blocks, the token embedding cut down to the tokens the corpus
uses, and the corpus already tokenised. So the accelerator machine needs neither the 253 MB base
file nor a tokenizer, and the weights it trains against are exactly the dequantised Q4_K_M base
that llama.cpp applies the adapter to. LoRA touches only q/k/v/o/gate/up/down, whose shapes do
not depend on the vocabulary, so an adapter trained on the cut model converts and applies to the
full base unchanged.

Loss: a two-way cross-entropy on the logits of the first tokens of " 위법"/" 적법" at the position
after ``BINARY_PROMPT`` (exactly the score the reviewer thresholds: their difference), plus, for
unfair clauses, an 18-way cross-entropy over the category words after ``CATEGORY_PROMPT``.

Needs torch, transformers, peft, safetensors, numpy and gguf (the pure-Python GGUF package).
``--verify BASE_HF`` compares the rebuilt weights with transformers' own GGUF import (the base
folder :func:`training.labelstep.prepare_base` writes) and exits.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.nn import functional as fn

from training.metrics import auc

#: GGUF tensor name (after ``blk.N.``) → Hugging Face Gemma 3 parameter name (after the layer).
LAYER_NAMES = {
    "attn_q.weight": "self_attn.q_proj.weight",
    "attn_k.weight": "self_attn.k_proj.weight",
    "attn_v.weight": "self_attn.v_proj.weight",
    "attn_output.weight": "self_attn.o_proj.weight",
    "attn_q_norm.weight": "self_attn.q_norm.weight",
    "attn_k_norm.weight": "self_attn.k_norm.weight",
    "attn_norm.weight": "input_layernorm.weight",
    "post_attention_norm.weight": "post_attention_layernorm.weight",
    "ffn_norm.weight": "pre_feedforward_layernorm.weight",
    "post_ffw_norm.weight": "post_feedforward_layernorm.weight",
    "ffn_gate.weight": "mlp.gate_proj.weight",
    "ffn_up.weight": "mlp.up_proj.weight",
    "ffn_down.weight": "mlp.down_proj.weight",
}
TOP_NAMES = {"token_embd.weight": "embed_tokens.weight", "output_norm.weight": "norm.weight"}
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def hf_name(gguf_name: str, prefix: str = "model.") -> str:
    """The transformers parameter name of a GGUF tensor."""
    if gguf_name in TOP_NAMES:
        return prefix + TOP_NAMES[gguf_name]
    _blk, layer, rest = gguf_name.split(".", 2)
    return f"{prefix}layers.{layer}.{LAYER_NAMES[rest]}"


def init_lora(path: Path) -> dict[str, torch.Tensor]:
    """A shipped GGUF LoRA adapter as a peft state dict, to continue training from it.

    ``blk.N.ffn_down.weight.lora_a`` ([r, in]) and ``…lora_b`` ([out, r]) are peft's
    ``…layers.N.mlp.down_proj.lora_A.weight`` and ``…lora_B.weight`` with the same shapes.
    """
    import gguf

    state: dict[str, torch.Tensor] = {}
    for t in gguf.GGUFReader(str(path)).tensors:
        weight, _, ab = t.name.rpartition(".lora_")
        name = hf_name(weight, prefix="base_model.model.model.").removesuffix(".weight")
        key = f"{name}.lora_{ab.upper()}.weight"
        state[key] = torch.from_numpy(np.array(t.data, dtype=np.float32))
    return state


def dequantise(raw: np.ndarray, ggml_type: int) -> np.ndarray:
    """Raw GGUF blocks (uint8 rows) → float32 rows, with llama.cpp's own formulas (gguf-py)."""
    from gguf.constants import GGMLQuantizationType
    from gguf.quants import dequantize

    kind = GGMLQuantizationType(ggml_type)
    if kind == GGMLQuantizationType.F32:
        return raw.view(np.float32)
    return dequantize(raw, kind).astype(np.float32)


def load_state(pack: list[Path], meta: dict[str, Any]) -> dict[str, torch.Tensor]:
    """Rebuild the base's fp32 state dict from the pack's raw tensors."""
    from safetensors.numpy import load_file

    raw: dict[str, np.ndarray] = {}
    for folder in pack:
        for part in sorted(folder.glob("*.safetensors")):
            raw.update(load_file(part))
    state: dict[str, torch.Tensor] = {}
    for name, info in meta["tensors"].items():
        values = dequantise(raw[name], int(info["type"])).reshape(info["shape"])
        if info["norm"]:  # llama.cpp stores Gemma's RMSNorm weight as 1 + w
            values = values - 1.0
        state[hf_name(name)] = torch.from_numpy(np.ascontiguousarray(values))
    return state


def build_model(pack: list[Path], meta: dict[str, Any], device: str) -> Any:
    """The Gemma 3 model with the cut vocabulary and the pack's weights."""
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig

    config = Gemma3TextConfig(**meta["config"])
    model = Gemma3ForCausalLM(config)  # small once the vocabulary is cut: random init is cheap
    state = load_state(pack, meta)
    missing, unexpected = model.load_state_dict(state, strict=False)
    model.tie_weights()
    if unexpected or any(not m.startswith("lm_head") for m in missing):
        raise SystemExit(f"state dict mismatch: missing {missing} unexpected {unexpected}")
    return model.to(device)


def verify(pack: list[Path], meta: dict[str, Any], base_hf: Path) -> None:
    """Compare the rebuilt weights with transformers' GGUF import of the same base (exactly)."""
    from safetensors.torch import load_file

    reference = load_file(base_hf / "model.safetensors")
    rebuilt = load_state(pack, meta)
    vocab = torch.tensor(meta["vocab"])
    worst = 0.0
    for name, tensor in rebuilt.items():
        ref = reference[name]
        if name.endswith("embed_tokens.weight"):
            ref = ref[vocab]
        worst = max(worst, float((ref - tensor).abs().max()))
    print(json.dumps({"tensors": len(rebuilt), "max_abs_diff": worst}))
    if worst > 1e-6:
        raise SystemExit("rebuilt weights differ from transformers' GGUF import")


class Batches:
    """Padded tensors for a list of encoded examples (right padding)."""

    def __init__(self, items: list[dict[str, Any]], pad: int, device: str) -> None:
        width = max(len(e["ids"]) for e in items)
        self.ids = torch.tensor(
            [e["ids"] + [pad] * (width - len(e["ids"])) for e in items], device=device
        )
        self.mask = torch.tensor(
            [[1] * len(e["ids"]) + [0] * (width - len(e["ids"])) for e in items], device=device
        )
        self.bin_pos = torch.tensor([e["bin_pos"] for e in items], device=device)
        self.unfair = torch.tensor([1 if e["unfair"] else 0 for e in items], device=device)
        rows = [i for i, e in enumerate(items) if e["cat_pos"] >= 0]
        self.cat_rows = torch.tensor(rows, dtype=torch.long, device=device)
        self.cat_pos = torch.tensor(
            [items[i]["cat_pos"] for i in rows], dtype=torch.long, device=device
        )
        self.cat_index = torch.tensor(
            [items[i]["category"] for i in rows], dtype=torch.long, device=device
        )


def label_logits(model: Any, b: Batches, meta: dict[str, Any]) -> tuple[Any, Any]:
    """[B, 2] (fair, unfair) logits at the binary position and [C, 18] category logits."""
    lm = model.get_base_model()
    hidden = lm.model(input_ids=b.ids, attention_mask=b.mask).last_hidden_state
    rows = torch.arange(len(b.ids), device=hidden.device)
    weight = lm.lm_head.weight
    label_rows = weight[[meta["fair_id"], meta["unfair_id"]]]
    bin_logits = hidden[rows, b.bin_pos].float() @ label_rows.float().T
    cat_h = hidden[b.cat_rows, b.cat_pos].float()
    cat_logits = cat_h @ weight[meta["category_ids"]].float().T
    cap = getattr(lm.config, "final_logit_softcapping", None)
    if cap:
        bin_logits = torch.tanh(bin_logits / cap) * cap
        cat_logits = torch.tanh(cat_logits / cap) * cap
    return bin_logits, cat_logits


@torch.no_grad()
def evaluate(model: Any, items: list[dict[str, Any]], meta: dict[str, Any], device: str) -> dict:
    """Validation AUC, best F1, precision-0.9 recall and category accuracy."""
    model.eval()
    scores: list[float] = []
    hits = total = 0
    for start in range(0, len(items), 64):
        chunk = items[start : start + 64]
        b = Batches(chunk, meta["pad_id"], device)
        with torch.autocast(device_type=device.split(":")[0], dtype=torch.bfloat16):
            bin_logits, cat_logits = label_logits(model, b, meta)
        scores += (bin_logits[:, 1] - bin_logits[:, 0]).tolist()
        if len(b.cat_rows):
            hits += int((cat_logits.argmax(dim=1) == b.cat_index).sum())
            total += len(b.cat_rows)
    labels = [bool(e["unfair"]) for e in items]
    result = {
        "val_auc": round(auc(scores, labels), 4),
        "val_category_acc": round(hits / max(1, total), 4),
    }
    result.update(f1_and_precision_points(scores, labels))
    model.train()
    return result


def f1_and_precision_points(scores: list[float], labels: list[bool]) -> dict[str, float]:
    """Best F1 over thresholds, and the recall at the lowest threshold with precision ≥ 0.9."""
    pairs = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    pos = sum(labels)
    tp = fp = 0
    best_f1 = recall_p90 = 0.0
    for _score, label in pairs:
        tp += label
        fp += not label
        precision = tp / (tp + fp)
        recall = tp / max(1, pos)
        if precision + recall:
            best_f1 = max(best_f1, 2 * precision * recall / (precision + recall))
        if precision >= 0.9:
            recall_p90 = max(recall_p90, recall)
    return {"val_best_f1": round(best_f1, 4), "val_recall_at_p90": round(recall_p90, 4)}


def lora_config(cfg: dict[str, Any]) -> Any:
    """The peft LoRA configuration of one sweep entry."""
    from peft import LoraConfig

    return LoraConfig(
        r=cfg["rank"],
        lora_alpha=cfg["alpha"],
        lora_dropout=cfg["dropout"],
        target_modules=TARGETS,
        task_type="CAUSAL_LM",
    )


def _lora_state(model: Any) -> dict[str, torch.Tensor]:
    """A CPU fp32 copy of the model's LoRA weights (the best checkpoint so far)."""
    from peft import get_peft_model_state_dict

    state = get_peft_model_state_dict(model)
    return {k: v.detach().to("cpu", torch.float32).clone() for k, v in state.items()}


def train_one(
    base: Any, cfg: dict[str, Any], data: dict[str, Any], meta: dict[str, Any], device: str
) -> tuple[dict[str, Any], dict[str, torch.Tensor], list[dict[str, Any]]]:
    """Train one LoRA configuration; return its best validation metrics and LoRA weights."""
    from peft import get_peft_model

    torch.manual_seed(cfg["seed"])
    model = get_peft_model(
        copy.deepcopy(base),
        lora_config(cfg),
    )
    if cfg.get("init"):
        from peft import set_peft_model_state_dict

        result = set_peft_model_state_dict(model, init_lora(Path(cfg["init"])))
        if getattr(result, "unexpected_keys", None):
            raise ValueError(f"adapter tensors peft does not know: {result.unexpected_keys[:3]}")
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg["lr"], weight_decay=cfg.get("wd", 0.0))
    drop = tuple(filter(None, str(cfg.get("drop", "")).split("+")))
    train = [e for e in data["train"] if not (drop and e["source"].startswith(drop))]
    focus = tuple(filter(None, str(cfg.get("focus", "")).split("+")))
    if focus:
        # Continue an adapter on new material: all of it, plus a replay sample of the rest
        # so that what the adapter knew is rehearsed, not forgotten.
        new_rows = [e for e in train if e["source"].startswith(focus)]
        rest = [e for e in train if not e["source"].startswith(focus)]
        replay = random.Random(cfg["seed"]).sample(rest, min(len(rest), int(cfg["replay"])))
        train = new_rows + replay
    steps_per_epoch = math.ceil(len(train) / cfg["batch"])
    steps = steps_per_epoch * cfg["epochs"]
    warmup = max(1, steps // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: (
            (s + 1) / warmup if s < warmup else max(0.0, (steps - s) / max(1, steps - warmup))
        ),
    )
    rng = random.Random(cfg["seed"])
    history: list[dict[str, Any]] = []
    best: tuple[dict[str, Any], dict[str, torch.Tensor]] | None = None
    started = time.time()
    checks = cfg.get("checks_per_epoch", 2)
    if cfg.get("init"):
        # The adapter continued from, on the same validation: training must beat it.
        metrics = evaluate(model, data["val"], meta, device)
        metrics.update(epoch=0.0, train_loss=0.0, seconds=0.0)
        history.append(metrics)
        print(cfg["name"], "init", json.dumps(metrics), flush=True)
        best = (metrics, _lora_state(model))
    model.train()
    for epoch in range(cfg["epochs"]):
        rng.shuffle(train)
        # Similar lengths together: less padding, same examples per epoch.
        chunks = [train[i : i + cfg["batch"]] for i in range(0, len(train), cfg["batch"])]
        rng.shuffle(chunks)
        total = 0.0
        for step, chunk in enumerate(chunks, start=1):
            b = Batches(chunk, meta["pad_id"], device)
            with torch.autocast(device_type=device.split(":")[0], dtype=torch.bfloat16):
                bin_logits, cat_logits = label_logits(model, b, meta)
            loss = fn.cross_entropy(bin_logits, b.unfair)
            if len(b.cat_rows):
                loss = loss + cfg["category_weight"] * fn.cross_entropy(cat_logits, b.cat_index)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += float(loss.detach())
            if step % max(1, len(chunks) // checks) == 0 or step == len(chunks):
                metrics = evaluate(model, data["val"], meta, device)
                metrics.update(
                    epoch=round(epoch + step / len(chunks), 2),
                    train_loss=round(total / step, 4),
                    seconds=round(time.time() - started, 1),
                )
                history.append(metrics)
                print(cfg["name"], json.dumps(metrics), flush=True)
                key = (metrics["val_auc"], metrics["val_recall_at_p90"])
                if best is None or key > (best[0]["val_auc"], best[0]["val_recall_at_p90"]):
                    best = (metrics, _lora_state(model))
    assert best is not None
    return best[0], best[1], history


def base_probe(base: Any) -> Any:
    """The base model with the ``get_base_model`` accessor that :func:`label_logits` uses."""
    from peft import LoraConfig, get_peft_model

    # LoRA's B matrices start at zero: the wrapped model computes exactly the base.
    return get_peft_model(copy.deepcopy(base), LoraConfig(r=1, target_modules=["q_proj"]))


def save_adapter(base: Any, cfg: dict[str, Any], lora: dict[str, torch.Tensor], out: Path) -> None:
    """Write the best LoRA weights as a peft checkpoint (adapter_config.json + safetensors)."""
    from peft import get_peft_model, set_peft_model_state_dict

    model = get_peft_model(
        copy.deepcopy(base).to("cpu"),
        lora_config(cfg),
    )
    set_peft_model_state_dict(model, lora)
    model.save_pretrained(out)
    # fp16 on disk: half the size to carry back; the GGUF converter writes f16 anyway
    from safetensors.torch import load_file, save_file

    (out / "README.md").unlink(missing_ok=True)  # peft's model card: nothing to carry back
    weights = out / "adapter_model.safetensors"
    save_file({k: v.half().contiguous() for k, v in load_file(weights).items()}, str(weights))


def parse_sweep(text: str, defaults: dict[str, Any]) -> list[dict[str, Any]]:
    """``"name:lr=4e-4,rank=16,epochs=3;name2:..."`` → configurations over the defaults."""
    configs = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, _, body = part.partition(":")
        cfg = dict(defaults, name=name)
        for pair in filter(None, body.split(",")):
            key, _, value = pair.partition("=")
            if key in defaults and not isinstance(defaults[key], str):
                cfg[key] = type(defaults[key])(float(value))
            else:
                cfg[key] = value
        configs.append(cfg)
    return configs


DEFAULTS: dict[str, Any] = {
    "lr": 4e-4,
    "rank": 16,
    "alpha": 32,
    "dropout": 0.05,
    "epochs": 3,
    "batch": 16,
    "category_weight": 0.5,
    "seed": 0,
    "wd": 0.0,
    "checks_per_epoch": 2,
    "drop": "",  # sources to leave out of training, joined by + (e.g. "slots+contract")
    "init": "",  # a GGUF LoRA adapter to continue from (models/adapters/….gguf)
    "focus": "",  # with init: sources trained in full, joined by + (e.g. "tuning5c+tuning6c")
    "replay": 1000,  # with focus: rows drawn from the other training sources
}


def main() -> None:
    """Command line entry point."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--pack", type=Path, action="append", required=True, help="pack folder(s)")
    p.add_argument("--sweep", default="base:", help="configurations, see parse_sweep")
    p.add_argument("--out", type=Path, help="folder for the results and the best adapters")
    p.add_argument("--keep", type=int, default=2, help="adapters to write, best first")
    p.add_argument("--verify", type=Path, help="compare with this HF base folder and exit")
    p.add_argument("--budget-s", type=float, default=0, help="start no configuration after this")
    p.add_argument("--limit", type=int, default=0, help="use only N train and N val (smoke test)")
    args = p.parse_args()
    meta_path = next(f / "meta.json" for f in args.pack if (f / "meta.json").exists())
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if args.verify:
        verify(args.pack, meta, args.verify)
        return
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.backends.cuda.matmul.allow_tf32 = True
    started = time.time()
    base = build_model(args.pack, meta, device)
    data = json.loads((meta_path.parent / "data.json").read_text(encoding="utf-8"))
    if args.limit:
        data = {k: random.Random(0).sample(v, min(args.limit, len(v))) for k, v in data.items()}
    print(
        json.dumps(
            {
                "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
                "train": len(data["train"]),
                "val": len(data["val"]),
                "load_s": round(time.time() - started, 1),
            }
        ),
        flush=True,
    )
    # The untrained base on val: compare with the same figure on the training machine to check
    # that this machine rebuilt the same model (transformers versions differ between machines).
    print("base", json.dumps(evaluate(base_probe(base), data["val"], meta, device)), flush=True)
    results = []
    for cfg in parse_sweep(args.sweep, DEFAULTS):
        if args.budget_s and time.time() - started > args.budget_s:
            print(f"budget spent: {cfg['name']} and later skipped", flush=True)
            break
        metrics, lora, history = train_one(base, cfg, data, meta, device)
        results.append({"config": cfg, "best": metrics, "history": history, "lora": lora})
    results.sort(key=lambda r: (-r["best"]["val_auc"], -r["best"]["val_recall_at_p90"]))
    out = args.out or Path(os.environ.get("OUT", "device-out"))
    out.mkdir(parents=True, exist_ok=True)
    for r in results[: args.keep]:
        save_adapter(base, r["config"], r["lora"], out / r["config"]["name"])
    summary = [{k: v for k, v in r.items() if k != "lora"} for r in results]
    (out / "results.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps([(r["config"]["name"], r["best"]) for r in summary]), flush=True)
    print(f"total {time.time() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
