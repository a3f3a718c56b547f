"""Make a *device pack* for :mod:`training.device_train`: ``python -m training.devicepack``.

What goes in (see training/README.md, "Training on an accelerator"):

- ``a/`` and ``b/``: the bundled Q4_K_M base's tensors as raw GGUF blocks, layers split in two
  halves so that each half travels under the accelerator machine's 64 MiB limit per call; the
  token embedding keeps only the rows of the tokens the corpus and the label words use;
- ``b/meta.json``: the Gemma 3 config with the cut vocabulary size, each tensor's GGML type and
  shape, the cut vocabulary (old ids), and the label token ids in the cut vocabulary;
- ``b/data.json``: the corpus, tokenised with the base's own tokenizer through the prompts of
  :mod:`subcontract_assist.core.clauses.labels`, split into train and val.

The corpus (:func:`corpus`) is the hand-written realistic clauses of ``training/data/realistic``
(85 % train, 15 % val by a stable hash of the id), the hand-written tuning clauses and contracts
of ``tests/core/data/tuning*`` (tuning2 is validation: another writer, other registers), and a
balanced sample of the slot-filled corpus for breadth. The blind sets under ``eval/`` never go in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from subcontract_assist.core.clauses.labels import (
    CATEGORY_WORDS,
    FAIR_WORD,
    UNFAIR_WORD,
    binary_prompt,
    category_prompt,
)
from training.data import CATEGORY_LIST, ROOT, balanced_sample, load_corpus

TUNING = ROOT / "tests" / "core" / "data"
REALISTIC = ROOT / "training" / "data" / "realistic"
#: ids of hand-written clauses found near-identical to a line of a later evaluation set
NEAR_EVAL = ROOT / "training" / "data" / "near-eval.txt"


#: hand-written tuning clause sets of the first adapter (tuning2: validation, another writer)
CLAUSE_SETS = ("tuning", "tuning2", "tuning3")
#: sets written after the 2026-12-04 adapter, for continuing it (training.device_train's
#: ``init``/``focus``); tuning9c, the last of them, is validation: phrasings never trained on
LATER_SETS = (
    "tuning5c",
    "tuning6c",
    "tuning7c",
    "tuning8c",
    "tuning9c",
    "tuning10c",
    "tuning11c",
    "tuning12c",
)
VAL_SETS = ("tuning2", "tuning9c")


def near_eval_ids() -> set[str]:
    """The ids listed in ``near-eval.txt`` (left out of every pack made after the listing)."""
    lines = NEAR_EVAL.read_text(encoding="utf-8").splitlines() if NEAR_EVAL.exists() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


NORM_SUFFIX = "norm.weight"


def _val_share(key: str, share: float) -> bool:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def _record(text: str, unfair: bool, category: Any, source: str) -> dict[str, Any]:
    return {
        "text": text,
        "unfair": bool(unfair),
        "category": category if unfair else None,
        "source": source,
    }


def contract_records(path: Path) -> list[dict[str, Any]]:
    """Every paragraph of a labelled contract JSON: planted ones unfair, the rest fair."""
    from tests.helpers.contract_json_to_docx import planted_paragraphs  # the tuning JSON shape

    data = json.loads(path.read_text(encoding="utf-8"))
    planted = planted_paragraphs(data)
    rows = []
    for index, article in enumerate(data["articles"]):
        for k, text in enumerate(article["paragraphs"]):
            hit = planted.get((index, k))
            rows.append(
                _record(text, hit is not None, hit and hit["category"], f"contract:{path.stem}")
            )
    return rows


def source_files() -> list[Path]:
    """Every file the pack's corpus is read from, in a stable order."""
    files = sorted(REALISTIC.glob("*.jsonl"))
    files += [NEAR_EVAL] if NEAR_EVAL.exists() else []
    files += [TUNING / folder / "clauses.jsonl" for folder in (*CLAUSE_SETS, *LATER_SETS)]
    files += sorted((TUNING / "tuning" / "fair_forms").glob("*.json"))
    files += sorted((TUNING / "tuning3" / "contracts").glob("*.json"))
    return [*files, ROOT / "training" / "data" / "corpus.jsonl"]


def corpus(slot_sample: int, val_share: float, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Train and val records (see the module docstring)."""
    train: list[dict[str, Any]] = []
    val: list[dict[str, Any]] = []
    left_out = near_eval_ids()
    for path in sorted(REALISTIC.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r["id"] in left_out:
                continue
            row = _record(r["text"], r["unfair"], r.get("category"), f"realistic:{path.stem}")
            (val if _val_share(str(r["id"]), val_share) else train).append(row)
    for folder in (*CLAUSE_SETS, *LATER_SETS):
        for line in (TUNING / folder / "clauses.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r["id"] in left_out:
                    continue
                row = _record(r["text"], r["unfair"], r.get("category"), folder)
                (val if folder in VAL_SETS else train).append(row)
    for path in sorted((TUNING / "tuning" / "fair_forms").glob("*.json")):
        train += contract_records(path)
    for path in sorted((TUNING / "tuning3" / "contracts").glob("*.json")):
        train += contract_records(path)
    if slot_sample:
        slots = [r for r in load_corpus() if r["split"] == "train"]
        for e in balanced_sample(slots, slot_sample, seed):
            train.append(_record(e.text, e.unfair, e.category, "slots"))
    return {"train": train, "val": val}


def encode(tok: Any, row: dict[str, Any], ids: dict[str, Any]) -> dict[str, Any]:
    """Token ids and label positions, as :func:`training.labelstep.encode` makes them."""
    bin_ids = tok(binary_prompt(row["text"])).input_ids
    category = row["category"] if row["unfair"] else None
    if category not in CATEGORY_LIST:
        category = None
    out = {"ids": bin_ids, "bin_pos": len(bin_ids) - 1, "unfair": row["unfair"]}
    out.update(cat_pos=-1, category=-1, source=row["source"])
    if category is not None:
        full = tok(category_prompt(row["text"])).input_ids
        if full[: len(bin_ids)] != bin_ids:
            raise ValueError(f"category prompt does not extend the binary prompt: {row['text']}")
        out.update(ids=full, cat_pos=len(full) - 1, category=CATEGORY_LIST.index(category))
    return out


def main() -> None:
    """Build the pack."""
    import gguf
    import numpy as np
    from safetensors.numpy import save_file
    from transformers import AutoTokenizer

    from training.labelstep import first_token  # torch: only where a pack is made

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--workdir", type=Path, required=True, help="holds the base GGUF and base_hf")
    p.add_argument("--out", type=Path, required=True, help="pack folder (outside git)")
    p.add_argument("--slot-sample", type=int, default=1500)
    p.add_argument("--val-share", type=float, default=0.15)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    base_hf = args.workdir / "base_hf"
    tok = AutoTokenizer.from_pretrained(base_hf)
    split = corpus(args.slot_sample, args.val_share, args.seed)
    labels = {
        "unfair": first_token(tok, UNFAIR_WORD),
        "fair": first_token(tok, FAIR_WORD),
        "categories": [first_token(tok, CATEGORY_WORDS[c]) for c in CATEGORY_LIST],
    }
    encoded = {name: [encode(tok, r, labels) for r in rows] for name, rows in split.items()}
    pad = tok.pad_token_id or 0
    used = {pad, labels["unfair"], labels["fair"], *labels["categories"]}
    for rows in encoded.values():
        for e in rows:
            used.update(e["ids"])
    vocab = sorted(used)
    new = {old: i for i, old in enumerate(vocab)}
    for rows in encoded.values():
        for e in rows:
            e["ids"] = [new[t] for t in e["ids"]]
    config = json.loads((base_hf / "config.json").read_text(encoding="utf-8"))
    for key in ("architectures", "dtype", "transformers_version", "_model_name_or_path"):
        config.pop(key, None)
    config.update(vocab_size=len(vocab), pad_token_id=new[pad])
    for key in ("bos_token_id", "eos_token_id", "unk_token_id"):
        config.pop(key, None)
    reader = gguf.GGUFReader(str(args.workdir / "gemma-3-270m-q4_k_m.gguf"))
    halves: dict[str, dict[str, Any]] = {"a": {}, "b": {}}
    tensors: dict[str, Any] = {}
    layers = int(config["num_hidden_layers"])
    for t in reader.tensors:
        raw = np.asarray(t.data)
        rows = int(t.shape[1]) if len(t.shape) > 1 else 1
        cols = int(t.shape[0])
        if t.name == "token_embd.weight":
            raw = raw[np.array(vocab)]
            rows = len(vocab)
        if raw.dtype != np.uint8:
            raw = raw.view(np.uint8)
        raw = np.ascontiguousarray(raw.reshape(rows, -1))
        layer = int(t.name.split(".")[1]) if t.name.startswith("blk.") else layers
        halves["a" if layer < layers // 2 else "b"][t.name] = raw
        shape = [rows, cols] if len(t.shape) > 1 else [cols]
        tensors[t.name] = {
            "type": int(t.tensor_type),
            "shape": shape,
            "norm": t.name.endswith(NORM_SUFFIX),
        }
    meta = {
        "config": config,
        "vocab": vocab,
        "pad_id": new[pad],
        "unfair_id": new[labels["unfair"]],
        "fair_id": new[labels["fair"]],
        "category_ids": [new[c] for c in labels["categories"]],
        "categories": CATEGORY_LIST,
        "tensors": tensors,
        "sources": [f.relative_to(ROOT).as_posix() for f in source_files()],
        "pack_args": {k: v for k, v in vars(args).items() if k not in ("workdir", "out")},
    }
    for half, values in halves.items():
        folder = args.out / half
        folder.mkdir(parents=True, exist_ok=True)
        save_file(values, str(folder / "weights.safetensors"))
    (args.out / "b" / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (args.out / "b" / "data.json").write_text(json.dumps(encoded), encoding="utf-8")
    with (args.out / "val.jsonl").open("w", encoding="utf-8") as handle:
        for row in split["val"]:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {
        name: {
            "n": len(rows),
            "unfair": sum(r["unfair"] for r in rows),
            "sources": Counter(r["source"].split(":")[0] for r in rows),
        }
        for name, rows in encoded.items()
    }
    print(json.dumps({"vocab": len(vocab), **counts}, ensure_ascii=False))


if __name__ == "__main__":
    main()
