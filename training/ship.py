"""Turn the best peft checkpoint into the shipped GGUF adapter and write its manifest."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from subcontract_assist.core.clauses.labels import (
    BINARY_PROMPT,
    CATEGORY_PROMPT,
    CATEGORY_WORDS,
    FAIR_WORD,
    UNFAIR_WORD,
)
from training.data import ADAPTER_NAME, sha256_file
from training.labelstep import GGUF_NAME, TARGETS


def convert(llama_cpp: Path, base: Path, checkpoint: Path, out_dir: Path) -> Path:
    """Run llama.cpp's converter (it needs only the base's config.json) to an f16 GGUF."""
    script = llama_cpp / "convert_lora_to_gguf.py"
    if not script.exists():
        raise SystemExit(f"{script} not found: unpack the llama-cpp-python 0.3.36 sdist")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{ADAPTER_NAME}.gguf"
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--base",
            str(base),
            "--outtype",
            "f16",
            "--outfile",
            str(out),
            str(checkpoint),
        ],
        check=True,
    )
    return scrub_metadata(llama_cpp, out)


#: Metadata the converter copies from the local base folder: its path on the training machine.
LOCAL_PATH_KEYS = (
    "general.base_model.count",
    "general.base_model.0.name",
    "general.base_model.0.repo_url",
    "general.tags",
)


def scrub_metadata(llama_cpp: Path, adapter: Path) -> Path:
    """Rewrite the adapter without metadata naming the training machine's folders."""
    script = llama_cpp / "gguf-py" / "gguf" / "scripts" / "gguf_new_metadata.py"
    clean = adapter.with_name(adapter.name + ".clean")
    removals = [arg for key in LOCAL_PATH_KEYS for arg in ("--remove-metadata", key)]
    subprocess.run(
        [
            sys.executable,
            str(script),
            *removals,
            "--general-name",
            ADAPTER_NAME,
            "--force",
            str(adapter),
            str(clean),
        ],
        check=True,
    )
    clean.replace(adapter)
    return adapter


def manifest(
    *,
    args: argparse.Namespace,
    adapter: Path,
    base_sha: str,
    corpus_sha: str,
    best: dict[str, Any],
    history: list[dict[str, Any]],
    minutes: float,
    sizes: dict[str, int],
) -> dict[str, Any]:
    """The manifest the reviewer reads: what the adapter is for and how it was made."""
    return {
        "adapter_file": adapter.name,
        "adapter_sha256": sha256_file(adapter),
        "base_model": GGUF_NAME,
        "base_sha256": base_sha,
        "corpus_file": "training/data/corpus.jsonl",
        "corpus_sha256": corpus_sha,
        "seed": args.seed,
        "hyperparameters": {
            "rank": args.rank,
            "alpha": args.alpha,
            "dropout": args.dropout,
            "target_modules": TARGETS,
            "lr": args.lr,
            "epochs": args.epochs,
            "best_epoch": best["epoch"],
            "batch_size": args.batch_size,
            "train_size": sizes["train"],
            "val_size": sizes["val"],
            "category_weight": args.category_weight,
            "optimizer": "AdamW, 10% warm-up, linear decay",
            "loss": "cross-entropy on the first label token (binary; category for unfair)",
        },
        "threshold": best["val_threshold"],
        "threshold_source": "F1-best on the held-out validation templates of the corpus (PyTorch)",
        **label_fields(),
        "metrics": {"val": best, "history": history},
        "training_minutes": round(minutes, 1),
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def label_fields() -> dict[str, Any]:
    """What the reviewer scores: the score, the prompts and the label words (every manifest)."""
    return {
        "score": "logit(first token of unfair word) - logit(first token of fair word)",
        # The reviewer matches "prompt" against labels.BINARY_PROMPT (a string).
        "prompt": BINARY_PROMPT,
        "prompts": {"binary": BINARY_PROMPT, "category": CATEGORY_PROMPT},
        "labels": {
            "unfair": UNFAIR_WORD,
            "fair": FAIR_WORD,
            "categories": {str(k): v for k, v in CATEGORY_WORDS.items()},
        },
    }


def write_manifest(out_dir: Path, data: dict[str, Any]) -> Path:
    """Write ``<adapter name>.json`` (pretty, stable key order)."""
    path = out_dir / f"{ADAPTER_NAME}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
