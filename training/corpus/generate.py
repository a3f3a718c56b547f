"""Generate the labelled clause corpus deterministically: ``python -m training.corpus.generate``.

Every template is realised with random slot values (parties, industries, numbers), optional
article headers and neutral filler sentences, until it has its share of unique clauses. Labels
come from the template, never from the filled text. Whole templates are held out for the
validation split, so validation measures phrasings the adapter has not seen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path
from random import Random

from training.corpus import (
    rules_adjust,
    rules_contract,
    rules_payment,
    rules_price,
    rules_reduction,
)
from training.corpus.fill import Template, render
from training.corpus.neutral import FILLERS, NEUTRAL, TITLES
from training.corpus.slots import INDUSTRIES, context

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "corpus.jsonl"
VAL_SHARE = 0.15


def all_templates() -> list[Template]:
    """Every template, in a fixed order."""
    return [
        *rules_contract.WRITTEN, *rules_contract.SPECIAL,
        *rules_price.PRICE, *rules_price.PURCHASE, *rules_price.ADVANCE,
        *rules_price.CANCEL, *rules_price.INSPECT, *rules_price.RETURN,
        *rules_reduction.REDUCTION, *rules_reduction.OFFSET, *rules_reduction.BENEFITS,
        *rules_payment.TECH, *rules_payment.PAYMENT, *rules_payment.GUARANTEE,
        *rules_payment.DIRECT,
        *rules_adjust.ADJUST, *rules_adjust.MANAGEMENT, *rules_adjust.RETALIATION,
        *NEUTRAL,
    ]  # fmt: skip


def decorate(rng: Random, text: str, category: str) -> str:
    """Wrap a clause the way contracts print it: header, paragraph mark, filler sentence."""
    roll = rng.random()
    if roll < 0.2:
        text = f"{text} {rng.choice(FILLERS)}"
    elif roll < 0.28:
        text = f"{rng.choice(FILLERS)} {text}"
    roll = rng.random()
    if roll < 0.3:
        text = f"제{rng.randint(2, 40)}조({rng.choice(TITLES[category])}) {text}"
    elif roll < 0.42:
        text = f"{rng.choice('①②③④')} {text}"
    return text


def realise(rng: Random, template: Template) -> tuple[str, str]:
    """Return one filled clause of ``template`` and the industry it was drawn for."""
    industry = rng.choice(template.industries or tuple(INDUSTRIES))
    shape = rng.choice(list(template.shapes))
    values = context(rng, industry, with_client="{O" in shape)
    values.update({name: gen(rng) for name, gen in template.gens.items()})
    return decorate(rng, render(shape, values), template.category), industry


#: Least examples per (category, label), so rare rule types are still taught.
MIN_PER_GROUP = {True: 150, False: 70}


def quota(template: Template, per_label: int, counts: Counter[object]) -> int:
    """Share of the label's examples for one template (hard cases weigh a little more)."""
    weight = {"hard_negative": 1.5, "soft_positive": 1.5}.get(template.kind, 1.0)
    share = per_label * weight / counts[template.unfair]
    floor = MIN_PER_GROUP[template.unfair] / counts[(template.category, template.unfair)]
    return max(4, round(max(share, floor)))


def held_out(templates: list[Template], rng: Random) -> set[str]:
    """Pick about VAL_SHARE of the templates of each label for validation.

    A category keeps at least one training template of each label it has, so every rule type
    is still taught.
    """
    by_group: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for t in templates:
        by_group[(t.category, t.unfair)].append(t.tid)
    val: set[str] = set()
    for tids in by_group.values():
        if len(tids) >= 2:
            n = max(1, round(len(tids) * VAL_SHARE)) if rng.random() < 0.9 else 0
            val.update(rng.sample(tids, min(n, len(tids) - 1)))
    return val


def generate(seed: int = 20261125, per_label: int = 2000) -> list[dict[str, object]]:
    """Build the corpus records (shuffled, unique texts)."""
    rng = Random(seed)
    templates = all_templates()
    weights = Counter[object]()
    for t in templates:
        weights[t.unfair] += 1
        weights[(t.category, t.unfair)] += 1
    val = held_out(templates, rng)
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    for t in templates:
        want, made = quota(t, per_label, weights), 0
        for _ in range(want * 8):
            text, industry = realise(rng, t)
            if text in seen:
                continue
            seen.add(text)
            records.append({
                "text": text, "unfair": t.unfair, "category": t.category,
                "article": t.article, "template": t.tid, "kind": t.kind,
                "industry": industry, "split": "val" if t.tid in val else "train",
            })  # fmt: skip
            made += 1
            if made == want:
                break
    rng.shuffle(records)
    for i, record in enumerate(records):
        record["id"] = f"c{i:05d}"
    return records


def write(records: list[dict[str, object]], out: Path) -> str:
    """Write JSON lines and return the file's sha256."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    data = ("\n".join(lines) + "\n").encode()
    out.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--per-label", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    records = generate(args.seed, args.per_label)
    digest = write(records, args.out)
    labels = Counter(bool(r["unfair"]) for r in records)
    splits = Counter(str(r["split"]) for r in records)
    print(
        f"{len(records)} clauses ({labels[True]} unfair, {labels[False]} fair), "
        f"splits {dict(splits)}, sha256 {digest}"
    )


if __name__ == "__main__":
    main()
