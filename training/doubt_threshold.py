"""Calibrate the adapter's doubt point (``training.doubt_threshold``).

The rules read words. On text they were not written against, most of their false alarms are
sentences the model scores far on the fair side, and few of their true findings are; below the
adapter's ``doubt_threshold`` a rule finding on wording alone becomes a hint
(``core.clauses.reviewer.doubted``). This measures where that point lies, exactly as the app
decides, on labelled material that **neither the rules nor the adapter were tuned on** (a fresh
writer's clause set and contracts, before any rule is changed for them):

- each clause is reviewed with the app's ``ClauseAnalyzer`` (the model reads every clause, so
  its score is known for the rule hits too);
- each contract (tuning JSON shape) is reviewed paragraph by paragraph with the app's
  ``ContractReviewer``, rules only, and the model scores every paragraph a rule finding that it
  may doubt stands on (``may_doubt``: wording alone, not an article of several paragraphs).

For each point of a grid it counts what the app would flag — rule findings not doubted, and the
model's own flags where no rule fired — and keeps the point with the best F1 over clauses and
contract paragraphs together (ties: the lowest, the one that doubts least). Runs in the app's
environment; writes ``doubt_threshold`` and its figures into the manifest.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.analyzer import ClauseAnalyzer, may_doubt
from subcontract_assist.core.clauses.reviewer import Clause, doubtable
from subcontract_assist.core.findings import Finding, Severity, Source
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines
from training.data import ADAPTER_DIR, ADAPTER_NAME

#: the points tried: from far on the fair side up to just under the decision threshold
GRID = [x / 2 for x in range(-28, -1)]


@dataclass(frozen=True)
class Item:
    """One clause or contract paragraph: gold label, what the rules and the model said."""

    unfair: bool
    ruled: bool  # a rule finding (not INFO) stands on it
    doubtable: bool  # every such finding could be doubted (wording alone, one paragraph)
    score: float | None  # the model's score, where it read the text
    model_flag: bool = False  # the model flags it on its own (no rule fired)


def flagged(item: Item, point: float | None) -> bool:
    """What the app flags with doubt point ``point`` (None: no doubt)."""
    if item.ruled:
        doubted = (
            point is not None and item.doubtable and item.score is not None and item.score < point
        )
        return not doubted
    return item.model_flag


def f1(items: list[Item], point: float | None) -> tuple[float, float, float]:
    """Precision, recall and F1 of the app's flags over ``items``."""
    tp = sum(flagged(i, point) and i.unfair for i in items)
    fp = sum(flagged(i, point) and not i.unfair for i in items)
    fn = sum(not flagged(i, point) and i.unfair for i in items)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose(items: list[Item]) -> float:
    """The grid point with the best F1; ties go to the lowest point."""
    return max(GRID, key=lambda t: (round(f1(items, t)[2], 6), -t))


def _rule_hits(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.source is Source.RULE and f.severity is not Severity.INFO]


def _all_doubtable(rules: list[Finding], text: str) -> bool:
    """Every rule finding on ``text`` could be doubted, so the clause could go unflagged."""
    return may_doubt(rules, text) and all(doubtable(f) for f in rules)


def clause_items(paths: list[Path], reviewer: LlamaReviewer) -> list[Item]:
    """Review labelled clauses (JSONL: text, unfair) as ``eval`` does."""
    analyzer = ClauseAnalyzer(reviewer, model_on_rule_hits=True)
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            result = analyzer.analyze_one(Clause(row["text"]), CancelToken())
            # the rule findings before any doubt (a manifest may already carry a doubt point)
            rules = _rule_hits(list(analyzer.screen(row["text"], "")))
            model = [
                f
                for f in result.findings
                if f.source is Source.MODEL and f.severity is not Severity.INFO
            ]
            items.append(
                Item(
                    unfair=bool(row["unfair"]),
                    ruled=bool(rules),
                    doubtable=_all_doubtable(rules, row["text"]),
                    score=result.verdict.score if result.verdict else None,
                    model_flag=bool(model),
                )
            )
    return items


def contract_items(paths: list[Path], reviewer: LlamaReviewer) -> list[Item]:
    """The rule-flagged paragraphs of labelled contracts (tuning JSON), with the model's score."""
    from tests.helpers.contract_json_to_docx import contract_text_lines, planted_paragraphs

    rules_only = ContractReviewer(None)
    items = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        lines, where = contract_text_lines(data)
        planted = {where[key] for key in planted_paragraphs(data)}
        run = rules_only.start(parse_contract(source_from_lines(path.name, lines)))
        for result in run.results(CancelToken()):
            rules = _rule_hits([f.finding for f in result.findings])
            if not rules:
                continue
            clause = rules_only.clause_of(result.unit)
            can = _all_doubtable(rules, clause.text)
            score = reviewer.verdict(clause, CancelToken()).score if can else None
            index = result.unit.anchor.index
            items.append(Item(index in planted, True, can, score))
        # a planted paragraph no rule flagged is a miss whatever the doubt point
        found = {
            f.paragraph.index
            for f in run.review().findings
            if f.finding.severity is not Severity.INFO
        }
        items += [Item(True, False, False, None) for i in planted if i not in found]
    return items


def main() -> None:
    """Measure and write the manifest."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--model", type=Path, required=True, help="the Q4_K_M base GGUF")
    p.add_argument("--clauses", type=Path, nargs="*", default=[], help="labelled clause JSONL")
    p.add_argument("--contracts", type=Path, nargs="*", default=[], help="labelled contracts")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--dry-run", action="store_true", help="print, do not write the manifest")
    args = p.parse_args()
    path = ADAPTER_DIR / f"{ADAPTER_NAME}.json"
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    trained_on = set(manifest.get("corpus_files", []))
    if clash := [f for f in [*args.clauses, *args.contracts] if f.as_posix() in trained_on]:
        raise SystemExit(f"the adapter was trained on {clash}: calibrate on fresh material")
    settings = ReviewerSettings(model_path=args.model, n_threads=args.threads)
    with LlamaReviewer(settings) as reviewer:
        if reviewer.load().adapter is None:
            raise SystemExit("the adapter does not apply to this model")
        clauses = clause_items(args.clauses, reviewer)
        paragraphs = contract_items(args.contracts, reviewer)
    items = clauses + paragraphs
    point = choose(items)
    figures = {
        "clauses": len(clauses),
        "contract_paragraphs_flagged_or_planted": len(paragraphs),
        "doubt_threshold": point,
        "without_doubt": dict(zip(("p", "r", "f1"), map(_r3, f1(items, None)), strict=True)),
        "with_doubt": dict(zip(("p", "r", "f1"), map(_r3, f1(items, point)), strict=True)),
        "rule_findings_doubted": {
            "true": sum(i.unfair and i.ruled and not flagged(i, point) for i in items),
            "false": sum(not i.unfair and i.ruled and not flagged(i, point) for i in items),
        },
        "sources": [f.as_posix() for f in [*args.clauses, *args.contracts]],
    }
    print(json.dumps(figures, ensure_ascii=False))
    if args.dry_run:
        return
    manifest["doubt_threshold"] = point
    manifest["doubt_threshold_source"] = (
        "best F1 of the app's flags (rule findings not doubted + the model's own flags) over a "
        "grid of points, on labelled clauses and contracts that neither the rules nor the "
        "adapter were tuned on (llama.cpp, adapter on Q4_K_M); ties to the lowest point"
    )
    manifest.setdefault("metrics", {})["doubt"] = figures
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _r3(x: float) -> float:
    return round(x, 3)


if __name__ == "__main__":
    main()
