"""Train the LoRA adapter on label tokens and ship it as a GGUF: ``python -m training.train``.

Steps: assemble the bundled Q4_K_M GGUF and load it dequantised in transformers (saved once as
a plain HF folder), fine-tune a peft LoRA on the first label token after the binary prompt and,
for unfair clauses, on the category word after the category prompt; score the held-out
validation templates after each epoch, keep the best epoch by validation AUC, calibrate the
decision threshold on that split, convert with llama.cpp's ``convert_lora_to_gguf.py`` and write
the adapter plus its manifest to ``models/adapters/``.

Needs the ``train`` extra (see training/README.md). Runs on CPU.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from typing import Any

import torch

from training import labelstep, ship
from training.data import ADAPTER_DIR, CORPUS, balanced_sample, load_corpus, sha256_file


def parse_args() -> argparse.Namespace:
    """Command line options (defaults = the shipped adapter's run)."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument(
        "--workdir",
        type=Path,
        required=True,
        help="scratch folder outside the repo (HF base ~1.1 GB, checkpoints)",
    )
    p.add_argument(
        "--llama-cpp",
        type=Path,
        required=True,
        help="llama.cpp source folder holding convert_lora_to_gguf.py "
        "(vendor/llama.cpp of the llama-cpp-python 0.3.36 sdist)",
    )
    p.add_argument("--out-dir", type=Path, default=ADAPTER_DIR)
    p.add_argument("--train-size", type=int, default=1800)
    p.add_argument("--val-size", type=int, default=300)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--checks", type=int, default=3, help="validations (checkpoints) per epoch")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--lr", type=float, default=4e-4)
    p.add_argument("--rank", type=int, default=16)
    p.add_argument("--alpha", type=int, default=32)
    p.add_argument("--dropout", type=float, default=0.05)
    p.add_argument("--category-weight", type=float, default=0.5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args()


def train_epoch(
    state: labelstep.State, batches: list[list[labelstep.Encoded]], log_every: int = 20
) -> float:
    """Run one epoch; return the mean loss."""
    state.model.train()
    total, started = 0.0, time.time()
    for step, batch in enumerate(batches, start=1):
        loss = labelstep.loss(state, batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(state.model.parameters(), 1.0)
        state.optimizer.step()
        state.scheduler.step()
        state.optimizer.zero_grad()
        total += loss.item()
        if step % log_every == 0 or step == len(batches):
            rate = (time.time() - started) / step
            print(
                f"  step {step}/{len(batches)} loss {total / step:.4f} ({rate:.2f} s/step)",
                flush=True,
            )
    return total / max(1, len(batches))


def main() -> None:
    """Train, validate, calibrate, convert, write the manifest."""
    args = parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    started = time.time()
    records = load_corpus(args.corpus)
    train = balanced_sample(
        [r for r in records if r["split"] == "train"], args.train_size, args.seed
    )
    val = balanced_sample([r for r in records if r["split"] == "val"], args.val_size, args.seed)
    print(f"train {len(train)} val {len(val)} from {args.corpus.name}", flush=True)
    base_dir, base_sha = labelstep.prepare_base(args.workdir)
    state = labelstep.build(
        base_dir, args, steps=args.epochs * math.ceil(len(train) / args.batch_size)
    )
    enc_train = [labelstep.encode(state, ex) for ex in train]
    enc_val = [labelstep.encode(state, ex) for ex in val]
    history: list[dict[str, Any]] = []
    best: tuple[dict[str, Any], Path] | None = None
    for epoch in range(1, args.epochs + 1):
        order = labelstep.batches(enc_train, args.batch_size, args.seed + epoch)
        size = math.ceil(len(order) / args.checks)
        for part in range(args.checks):
            loss = train_epoch(state, order[part * size : (part + 1) * size])
            metrics = labelstep.evaluate(state, enc_val)
            metrics.update(
                epoch=round(epoch - 1 + (part + 1) / args.checks, 2),
                train_loss=round(loss, 4),
                elapsed_min=round((time.time() - started) / 60, 1),
            )
            print(json.dumps(metrics), flush=True)
            history.append(metrics)
            ckpt = args.workdir / "run" / f"ep{metrics['epoch']}"
            state.model.save_pretrained(ckpt)
            if best is None or metrics["val_auc"] > best[0]["val_auc"]:
                best = (metrics, ckpt)
    assert best is not None
    out = ship.convert(args.llama_cpp, base_dir, best[1], args.out_dir)
    manifest = ship.manifest(
        args=args,
        adapter=out,
        base_sha=base_sha,
        corpus_sha=sha256_file(args.corpus),
        best=best[0],
        history=history,
        minutes=(time.time() - started) / 60,
        sizes={"train": len(train), "val": len(val)},
    )
    ship.write_manifest(args.out_dir, manifest)
    print(f"wrote {out} in {(time.time() - started) / 60:.1f} min", flush=True)


if __name__ == "__main__":
    main()
