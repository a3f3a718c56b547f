"""Time a full statutory check of each example draft (it runs on every keystroke in the app).

Prints, per example, the median and 95th percentile of ``engine.check(draft)`` over many runs:
*cold* screens every special term again each run (a term was just edited or the draft opened),
*warm* reuses the screened terms (a keystroke in any other field). Target: well under 5 ms.
The p95 column is sensitive to other load on the machine; the median is the figure to compare.

    .venv/bin/python bench/bench_rules.py [--runs 500]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.rules import special_terms
from subcontract_assist.core.rules.engine import RULES, check, listed_rules

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def time_check(draft: Draft, runs: int, cold: bool) -> tuple[float, float, int]:
    """Return (median ms, p95 ms, number of findings) of ``check(draft)`` over ``runs`` runs."""
    findings = check(draft)  # load the legal numbers and clause patterns, as the app does at start
    samples = []
    for _ in range(runs):
        if cold:
            special_terms.clear_screen_cache()
        start = time.perf_counter()
        findings = check(draft)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1], len(findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    print(f"rules: {len(RULES)} form rules, {len(listed_rules())} listed incl. clause patterns")
    print(f"{'draft':32} {'cold median':>11} {'cold p95':>9} {'warm median':>11} {'findings':>9}")
    drafts = [("(empty draft)", Draft())] + [
        (path.name, load_draft(path)) for path in sorted(EXAMPLES.glob("*.scdraft.json"))
    ]
    for name, draft in drafts:
        median, p95, count = time_check(draft, args.runs, cold=True)
        warm, _, _ = time_check(draft, args.runs, cold=False)
        print(f"{name:32} {median:11.3f} {p95:9.3f} {warm:11.3f} {count:9d}")


if __name__ == "__main__":
    main()
