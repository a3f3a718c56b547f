"""Review a received contract: time, recall of planted paragraphs and false alarms; 100 pages.

Usage: ``.venv/bin/python bench/bench_contract_review.py [--no-model] [--large-model]``

1. Renders ``../shared/eval/contracts/*.json`` (default: dev-manufacturing) to .docx with the
   test helper, reviews it with the default model (rules + model) and prints the review time,
   the recall of the planted paragraphs and the false alarms (flagged paragraphs not planted).
2. Builds a ~100-page contract by repeating that contract's articles (renumbered), reviews it
   (rules only unless ``--large-model``), prints the time and the page count (LibreOffice, when
   installed), then starts again and cancels at 10 % to print how fast a cancel takes effect.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests.helpers renderer

from tests.helpers.contract_json_to_docx import render_contract_json  # noqa: E402

from subcontract_assist.adapters.docx_reader import read_docx  # noqa: E402
from subcontract_assist.core.cancel import CancelToken  # noqa: E402
from subcontract_assist.core.errors import Cancelled  # noqa: E402
from subcontract_assist.core.findings import Finding, Severity, Source  # noqa: E402
from subcontract_assist.core.received.review import (  # noqa: E402
    CONTRACT_MARGIN,
    ContractReview,
    ContractReviewer,
)
from subcontract_assist.core.received.structure import parse_contract  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "contracts" / "dev-manufacturing.json"


def _reviewer(use_model: bool) -> Any:
    if not use_model:
        return None
    from subcontract_assist.adapters.llama_reviewer import LlamaReviewer

    reviewer = LlamaReviewer()
    print("model:", reviewer.load().describe())
    return reviewer


def measure_sample(data: dict[str, Any], folder: Path, reviewer: Any) -> None:
    rendered = render_contract_json(data, folder / "sample.docx", numbering="word")
    planted = rendered.planted_indices(data)
    contract = parse_contract(read_docx(rendered.path))
    start = time.perf_counter()
    review = ContractReviewer(reviewer, model_margin=-100.0).review(contract, CancelToken())
    seconds = time.perf_counter() - start
    if reviewer is not None:
        threshold = reviewer.status.threshold
        print_margin_sweep(review, planted, threshold)
        kept = [f for f in review.findings if _kept(f.finding, CONTRACT_MARGIN, threshold)]
        review = dataclasses.replace(review, findings=tuple(kept))
    flagged = {
        f.paragraph.index for f in review.findings if f.finding.severity is not Severity.INFO
    }
    hits, false = flagged & planted, flagged - planted
    print(f"sample: {len(contract.paragraphs)} paragraphs, {review.reviewed} reviewed units")
    print(f"sample review time: {seconds:.1f} s ({review.reviewed / seconds:.1f} units/s)")
    print(f"recall: {len(hits)}/{len(planted)} = {len(hits) / max(len(planted), 1):.2f}")
    print(f"false alarms: {len(false)} (paragraphs {sorted(i for i in false if i is not None)})")
    for item in sorted(review.findings, key=lambda f: f.paragraph.source.position):
        f = item.finding
        mark = "PLANTED" if item.paragraph.index in planted else "FALSE  "
        if f.severity is Severity.INFO and mark == "FALSE  ":
            mark = "hint   "  # INFO is shown to the user but is no alarm
        score = f" score {f.score:+.2f}" if f.score is not None else ""
        print(f"  {mark} #{item.paragraph.index} {f.source.value:5} {f.rule}{score}")
    for index in sorted(planted - flagged):
        print(f"  MISSED  #{index}")
    print(f"missing items: {[m.id for m in review.missing]}")


def _kept(finding: Finding, margin: float, threshold: float) -> bool:
    """Return whether the finding stands when model-only findings need ``margin`` more."""
    if finding.source is not Source.MODEL or finding.score is None:
        return True
    return finding.score >= threshold + margin


def print_margin_sweep(review: ContractReview, planted: set[int], threshold: float) -> None:
    """Print recall and false alarms if model-only findings needed ``margin`` more score."""
    print(f"model threshold {threshold:+.2f}; default contract margin {CONTRACT_MARGIN:+.1f}")
    for margin in (0.0, 2.0, 4.0, 5.0, 6.0, 7.0, 7.5, 8.0):
        flagged = {
            f.paragraph.index
            for f in review.findings
            if f.finding.severity is not Severity.INFO and _kept(f.finding, margin, threshold)
        }
        print(
            f"  margin {margin:+.1f}: recall {len(flagged & planted)}/{len(planted)}, "
            f"false alarms {len(flagged - planted)}"
        )


def large_contract(data: dict[str, Any], pages: int) -> dict[str, Any]:
    """Repeat the articles, renumbered, to about ``pages`` A4 pages.

    LibreOffice lays out about 1,000 characters of this contract on a page.
    """
    articles: list[dict[str, Any]] = []
    chars = 0
    while chars < pages * 1000:
        for article in data["articles"]:
            number = len(articles) + 1
            title = article["heading"].split("(", 1)[-1]
            articles.append(
                {"heading": f"제{number}조({title}", "paragraphs": article["paragraphs"]}
            )
            chars += sum(len(p) for p in article["paragraphs"]) + 20
    return {"title": data["title"], "articles": articles}


def page_count(docx: Path, folder: Path) -> str:
    soffice, pdfinfo = shutil.which("soffice"), shutil.which("pdfinfo")
    if not soffice or not pdfinfo:
        return "unknown (LibreOffice/pdfinfo not installed)"
    profile = (folder / "lo").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    info = subprocess.run(
        [pdfinfo, str(folder / (docx.stem + ".pdf"))], check=True, capture_output=True, text=True
    ).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages")), "?")


def measure_large(data: dict[str, Any], folder: Path, reviewer: Any, pages: int) -> None:
    rendered = render_contract_json(large_contract(data, pages), folder / "large.docx")
    start = time.perf_counter()
    contract = parse_contract(read_docx(rendered.path))
    read_seconds = time.perf_counter() - start
    print(
        f"large: {page_count(rendered.path, folder)} pages, {len(contract.paragraphs)} paragraphs"
    )
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 5 or done == total:
            last[0] = time.perf_counter()
            print(f"  progress {done}/{total}", flush=True)

    start = time.perf_counter()
    review = ContractReviewer(reviewer).review(contract, CancelToken(), progress)
    seconds = time.perf_counter() - start
    mode = "rules + model" if reviewer else "rules only"
    print(f"large read time: {read_seconds:.2f} s; review time ({mode}): {seconds:.1f} s")
    print(f"large findings: {len(review.findings)}")
    cancel = CancelToken()
    asked: list[float] = []

    def cancel_at_10pct(done: int, total: int) -> None:
        if not asked and done >= total // 10:
            asked.append(time.perf_counter())
            cancel.cancel()

    try:
        ContractReviewer(reviewer).review(contract, cancel, cancel_at_10pct)
    except Cancelled:
        print(f"cancel took effect after {1000 * (time.perf_counter() - asked[0]):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contract", type=Path, default=DEFAULT)
    parser.add_argument("--no-model", action="store_true", help="rules only for the sample")
    parser.add_argument("--large-model", action="store_true", help="use the model on 100 pages")
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    data = json.loads(args.contract.read_text(encoding="utf-8"))
    reviewer = _reviewer(not args.no_model or args.large_model)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure_sample(data, folder, None if args.no_model else reviewer)
        measure_large(data, folder, reviewer if args.large_model else None, args.pages)
    if reviewer is not None:
        reviewer.close()


if __name__ == "__main__":
    main()
