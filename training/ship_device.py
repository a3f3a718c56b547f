"""Ship an adapter trained by :mod:`training.device_train`: ``python -m training.ship_device``.

Converts the chosen peft checkpoint (``--result DIR/NAME``) to the GGUF adapter with llama.cpp's
converter (it needs only the base's ``config.json``; the LoRA matrices do not depend on the cut
vocabulary) and writes the manifest: the configuration, the device's validation figures and the
training sources with one sha256 over them. Calibrate it afterwards in the app's environment::

    .venv/bin/python -m training.evaluate --model BASE.gguf --calibrate \
        --calibrate-file PACK/val.jsonl
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from training import ship
from training.data import ADAPTER_DIR, sha256_file, sources_sha256
from training.labelstep import GGUF_NAME, TARGETS


def main() -> None:
    """Convert, then write the manifest."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--result", type=Path, required=True, help="device_train's output folder")
    p.add_argument("--name", help="configuration to ship (default: the best by validation AUC)")
    p.add_argument("--pack", type=Path, required=True, help="the pack it was trained from")
    p.add_argument("--workdir", type=Path, required=True, help="holds base_hf and the base GGUF")
    p.add_argument("--llama-cpp", type=Path, required=True)
    p.add_argument("--out-dir", type=Path, default=ADAPTER_DIR)
    p.add_argument(
        "--trained-on",
        default="one accelerator (training.device_train)",
        help="where it ran, for the manifest",
    )
    args = p.parse_args()
    results: list[dict[str, Any]] = json.loads(
        (args.result / "results.json").read_text(encoding="utf-8")
    )
    chosen = next(r for r in results if args.name in (None, r["config"]["name"]))
    cfg, best = chosen["config"], chosen["best"]
    meta = json.loads((args.pack / "b" / "meta.json").read_text(encoding="utf-8"))
    adapter = ship.convert(
        args.llama_cpp, args.workdir / "base_hf", args.result / cfg["name"], args.out_dir
    )
    manifest = {
        "adapter_file": adapter.name,
        "adapter_sha256": sha256_file(adapter),
        "base_model": GGUF_NAME,
        "base_sha256": sha256_file(args.workdir / GGUF_NAME),
        "corpus_files": meta["sources"],
        "corpus_sha256": sources_sha256(meta["sources"]),
        "corpus_sample": meta["pack_args"],
        "seed": cfg["seed"],
        "hyperparameters": {
            "rank": cfg["rank"],
            "alpha": cfg["alpha"],
            "dropout": cfg["dropout"],
            "target_modules": TARGETS,
            "lr": cfg["lr"],
            "epochs": cfg["epochs"],
            "best_epoch": best["epoch"],
            "batch_size": cfg["batch"],
            "weight_decay": cfg["wd"],
            "category_weight": cfg["category_weight"],
            "left_out_of_training": cfg["drop"],
            "optimizer": "AdamW, 10% warm-up, linear decay",
            "loss": "two-way cross-entropy on the label words' logits; 18-way on the category "
            "words for unfair clauses",
        },
        "threshold": 0.0,
        "threshold_source": "not calibrated yet: run training.evaluate --calibrate",
        **ship.label_fields(),
        "metrics": {
            "val": best,
            "history": chosen["history"],
            "sweep": [{"config": r["config"], "best": r["best"]} for r in results],
        },
        "training_seconds": best["seconds"],
        "trained_on": args.trained_on,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    ship.write_manifest(args.out_dir, manifest)
    print(f"wrote {adapter} ({cfg['name']}): {json.dumps(best)}")


if __name__ == "__main__":
    main()
