"""Measure the received-contract review on whole contracts with planted unfair paragraphs.

    python bench/eval_contracts.py CONTRACT.json [...] [--model] [--json] [--show]

A contract file is ``{"title", "industry", "articles": [{"heading", "paragraphs": [...]}],
"planted": [{"article", "paragraph_index", "category", ...}]}``; a fair contract has
``"planted": []``. Each contract is written as plain text the way a received contract reads (the
heading line, then its paragraphs; a 항 gets ①② when the article has several, an item keeps its
own label ``1.`` / ``가.`` / ``※``), parsed with the app's reader and reviewed with the app's
``ContractReviewer`` — patterns only, or with the bundled model and adapter (``--model``).

Prints per contract: planted paragraphs found, false alarms (flagged paragraphs that were not
planted), and the number of findings of severity violation and risk on unplanted paragraphs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests.helpers renderer
from tests.helpers.contract_json_to_docx import contract_text_lines, planted_paragraphs


def evaluate(path: Path, reviewer: ContractReviewer, show: bool) -> dict[str, Any]:
    """Review one contract file and return its figures."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lines, where = contract_text_lines(data)
    planted = {where[key]: p for key, p in planted_paragraphs(data).items()}
    contract = parse_contract(source_from_lines(path.name, lines))
    start = time.perf_counter()
    review = reviewer.review(contract, CancelToken())
    seconds = time.perf_counter() - start
    flagged: dict[int, list[Any]] = {}
    for f in review.findings:
        if f.finding.severity is not Severity.INFO and f.paragraph.index is not None:
            flagged.setdefault(f.paragraph.index, []).append(f.finding)
    found = sorted(set(flagged) & set(planted))
    false_alarms = sorted(set(flagged) - set(planted))
    unplanted = [f for i in false_alarms for f in flagged[i]]
    out = {
        "file": path.name,
        "paragraphs": len(lines),
        "planted": len(planted),
        "found": len(found),
        "false_alarm_paragraphs": len(false_alarms),
        "violations_unplanted": sum(f.severity is Severity.VIOLATION for f in unplanted),
        "risks_unplanted": sum(f.severity is Severity.RISK for f in unplanted),
        "seconds": round(seconds, 2),
    }
    if show:
        for i in sorted(set(planted) - set(flagged)):
            print(f"  MISS  [{planted[i]['category']}] {lines[i][:110]}")
        for i in false_alarms:
            rules = ",".join(f"{f.rule}:{f.severity.value}" for f in flagged[i])
            print(f"  FALSE {rules}  {lines[i][:110]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contracts", nargs="+", type=Path)
    parser.add_argument("--model", action="store_true", help="bundled model + adapter too")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    model = None
    if args.model:
        from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings

        model = LlamaReviewer(ReviewerSettings())
        model.load()
    reviewer = ContractReviewer(model)
    results = []
    for path in args.contracts:
        if args.show:
            print(path.name)
        results.append(evaluate(path, reviewer, args.show))
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    print(f"{'contract':34}{'found':>9}{'false':>7}{'viol.':>7}{'risk':>6}{'s':>7}")
    for r in results:
        found = f"{r['found']}/{r['planted']}"
        print(
            f"{r['file'][:33]:34}{found:>9}{r['false_alarm_paragraphs']:>7}"
            f"{r['violations_unplanted']:>7}{r['risks_unplanted']:>6}{r['seconds']:>7}"
        )


if __name__ == "__main__":
    main()
