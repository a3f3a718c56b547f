"""Corpus loading and the training/validation samples, shared by the trainer and the evaluator.

The label words and prompts come from :mod:`subcontract_assist.core.clauses.labels`, so training and
review cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from random import Random

from subcontract_assist.core.clauses.labels import CATEGORY_WORDS
from subcontract_assist.core.findings import Category

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training" / "data" / "corpus.jsonl"
ADAPTER_DIR = ROOT / "models" / "adapters"
ADAPTER_NAME = "gemma3-270m-subcontract"


@dataclass(frozen=True)
class Example:
    """One labelled clause."""

    text: str
    unfair: bool
    category: str
    template: str = ""


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sources_sha256(paths: list[str]) -> str:
    """One sha256 over the training sources (repository-relative paths, each name and content)."""
    digest = hashlib.sha256()
    for name in paths:
        digest.update(name.encode() + b"\0" + sha256_file(ROOT / name).encode() + b"\n")
    return digest.hexdigest()


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    """Read the JSON-lines corpus."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def to_example(record: dict[str, object]) -> Example:
    """Turn a corpus or eval record into an Example."""
    return Example(
        text=str(record["text"]),
        unfair=bool(record["unfair"]),
        category=str(record.get("category") or "none"),
        template=str(record.get("template", "")),
    )


def balanced_sample(records: list[dict[str, object]], size: int, seed: int) -> list[Example]:
    """Draw ``size`` examples, half fair and half unfair, spread evenly over templates.

    Round-robin over templates (shuffled) keeps rare rule types in a small sample instead of
    letting the templates with the most realisations dominate.
    """
    rng = Random(seed)
    by_label: dict[bool, dict[str, list[dict[str, object]]]] = {
        True: defaultdict(list),
        False: defaultdict(list),
    }
    for record in records:
        by_label[bool(record["unfair"])][str(record["template"])].append(record)
    chosen: list[Example] = []
    for label, groups in by_label.items():
        want = size // 2 if label else size - size // 2
        pools = [rng.sample(v, len(v)) for _, v in sorted(groups.items())]
        rng.shuffle(pools)
        picked: list[dict[str, object]] = []
        while len(picked) < want and any(pools):
            for pool in pools:
                if pool and len(picked) < want:
                    picked.append(pool.pop())
        chosen.extend(to_example(r) for r in picked)
    rng.shuffle(chosen)
    return chosen


def category_of(word_category: str) -> Category | None:
    """Return the taxonomy Category for an id, or None for ``none``."""
    try:
        return Category(word_category)
    except ValueError:
        return None


CATEGORY_LIST: list[Category] = list(CATEGORY_WORDS)
