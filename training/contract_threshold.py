"""Calibrate the adapter's flag point for whole contracts (``training.contract_threshold``).

A clause set is about half unfair; a received contract is mostly fair, so each paragraph the
model reads is one more chance of a false alarm. This renders the project's own fair example
drafts (``examples/*.scdraft.json`` except ``bad-*``) with the app's renderer, reads them back
with the app's reader, reviews them with the app's ``ContractReviewer`` and the bundled model +
adapter exactly as the app does (rules first; the model reads only what the rules and the
reading leave open), and sets ``contract_threshold`` in the manifest: the lowest score, not
below the manifest's ``flag_threshold``, at which the model's own findings on these fair
contracts number at most one per ``--per`` paragraphs it read. Runs in the app's environment.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.docx_reader import read_contract
from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.findings import Source
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import (
    Contract,
    parse_contract,
    source_from_lines,
)
from training.data import ADAPTER_DIR, ADAPTER_NAME, ROOT

EXAMPLES = ROOT / "examples"


def fair_examples() -> list[Path]:
    """The fair example drafts."""
    return [p for p in sorted(EXAMPLES.glob("*.scdraft.json")) if not p.name.startswith("bad-")]


def scores_on(
    drafts: list[Path], reviewer: LlamaReviewer, folder: Path
) -> tuple[list[float], int, int]:
    """Model-only finding scores, paragraphs the model read, and contracts reviewed."""
    scores: list[float] = []
    read = 0
    for draft in drafts:
        out = folder / f"{draft.name.split('.')[0]}.docx"
        DocxRenderer().write(render_document(load_draft(draft)), out)
        found, n = _model_scores(parse_contract(read_contract(out)), reviewer)
        scores += found
        read += n
    return scores, read, len(drafts)


def _model_scores(contract: Contract, reviewer: LlamaReviewer) -> tuple[list[float], int]:
    """Review one contract as the app does; the model-only finding scores and paragraphs read."""
    run = ContractReviewer(reviewer, model_margin=-1000.0).start(contract)
    for _ in run.results(CancelToken()):
        pass
    scores = [
        float(f.finding.score)
        for f in run.review().findings
        if f.finding.source is Source.MODEL and f.finding.score is not None
    ]
    return scores, run.counts().model


def scores_on_json(paths: list[Path], reviewer: LlamaReviewer) -> tuple[list[float], int, int]:
    """The same on hand-written fair contracts in the tuning JSON shape (``planted: []``)."""
    from tests.helpers.contract_json_to_docx import contract_text_lines  # the tuning JSON shape

    scores: list[float] = []
    read = 0
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        contract = parse_contract(source_from_lines(path.name, contract_text_lines(data)[0]))
        found, n = _model_scores(contract, reviewer)
        scores += found
        read += n
    return scores, read, len(paths)


def choose(scores: list[float], read: int, per: int, floor: float) -> float:
    """The lowest point ≥ ``floor`` leaving at most ``read / per`` scores above it."""
    allowed = math.floor(read / per)
    ranked = sorted(scores, reverse=True)
    if len(ranked) <= allowed:
        return floor
    return max(floor, round(ranked[allowed] + 0.01, 3))


def main() -> None:
    """Measure and write the manifest."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--model", type=Path, required=True, help="the Q4_K_M base GGUF")
    p.add_argument("--per", type=int, default=50, help="one alarm per this many paragraphs")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument(
        "--contracts",
        type=Path,
        nargs="*",
        default=[],
        help="hand-written fair contracts (tuning JSON, planted: []) not in the adapter's corpus",
    )
    args = p.parse_args()
    path = ADAPTER_DIR / f"{ADAPTER_NAME}.json"
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    drafts = fair_examples()
    with (
        LlamaReviewer(ReviewerSettings(model_path=args.model, n_threads=args.threads)) as reviewer,
        tempfile.TemporaryDirectory() as tmp,
    ):
        status = reviewer.load()
        if status.adapter is None:
            raise SystemExit("the adapter does not apply to this model")
        scores, read, n = scores_on(drafts, reviewer, Path(tmp))
        trained_on = set(manifest.get("corpus_files", []))
        fair = [c for c in args.contracts if c.as_posix() not in trained_on]
        more, more_read, more_n = scores_on_json(fair, reviewer)
        scores, read, n = scores + more, read + more_read, n + more_n
    floor = float(manifest.get("flag_threshold", manifest["threshold"]))
    point = choose(scores, read, args.per, floor)
    above = sum(s >= point for s in scores)
    manifest["contract_threshold"] = point
    manifest["contract_threshold_source"] = (
        f"lowest score ≥ flag_threshold leaving ≤ 1 model finding per {args.per} paragraphs the "
        f"model reads on {n} fair contracts the adapter was not trained on: the project's "
        f"example drafts and hand-written standard-form-style tuning contracts (llama.cpp, "
        f"adapter on Q4_K_M)"
    )
    manifest.setdefault("metrics", {})["fair_contracts"] = {
        "contracts": n,
        "paragraphs_read_by_model": read,
        "model_scores_above_threshold": len(scores),
        "contract_threshold": point,
        "model_findings_at_contract_threshold": above,
    }
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest["metrics"]["fair_contracts"]))


if __name__ == "__main__":
    main()
