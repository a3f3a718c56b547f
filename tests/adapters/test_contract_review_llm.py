"""The measured review: the sample contract, rendered to .docx, reviewed with the default model.

Reads ``../shared/eval/contracts/dev-manufacturing.json`` only to measure (the planted paragraphs
are the answer key). Prints recall and false alarms; ``bench/bench_contract_review.py`` prints
the same with timings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from subcontract_assist.adapters.docx_annotator import Annotation, annotate_docx
from subcontract_assist.adapters.docx_reader import read_docx
from subcontract_assist.adapters.llama_backend import ensure_default_model
from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.findings import Severity, Source
from subcontract_assist.core.received.review import ContractReview, ContractReviewer, comment_text
from subcontract_assist.core.received.structure import parse_contract
from tests.conftest import SHARED
from tests.helpers.contract_json_to_docx import RenderedContract, render_contract_json

pytestmark = pytest.mark.llm

SAMPLE = SHARED / "eval" / "contracts" / "dev-manufacturing.json"


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    if not SAMPLE.is_file():
        pytest.skip("the shared evaluation contract is not next to this checkout")
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaReviewer]:
    cache = Path(os.environ.get("SUBCONTRACT_ASSIST_TEST_CACHE") or tmp_path_factory.mktemp("c"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(cache))
        loaded = LlamaReviewer(ReviewerSettings(model_path=ensure_default_model()))
        loaded.load()
    with loaded:
        yield loaded


@pytest.fixture(scope="module")
def reviewed(
    sample: dict[str, Any], reviewer: LlamaReviewer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[RenderedContract, ContractReview]:
    rendered = render_contract_json(
        sample, tmp_path_factory.mktemp("s") / "sample.docx", numbering="word"
    )
    contract = parse_contract(read_docx(rendered.path))
    return rendered, ContractReviewer(reviewer).review(contract, CancelToken())


def test_every_finding_quotes_the_body_paragraph_it_points_at(
    reviewed: tuple[RenderedContract, ContractReview],
) -> None:
    rendered, review = reviewed
    paragraphs = Document(str(rendered.path)).paragraphs
    for item in review.to_json()["findings"]:
        assert item["text"] == paragraphs[item["paragraph_index"]].text


def test_the_model_adds_to_the_rules_and_never_removes_their_findings(
    reviewed: tuple[RenderedContract, ContractReview],
) -> None:
    rendered, review = reviewed
    rules_only = ContractReviewer(None).review(
        parse_contract(read_docx(rendered.path)), CancelToken()
    )
    with_model = {(f.paragraph.index, f.finding.rule) for f in review.findings}
    assert {(f.paragraph.index, f.finding.rule) for f in rules_only.findings} <= with_model
    model = [f.finding for f in review.findings if f.finding.source is Source.MODEL]
    # A model never states a violation on its face: RISK when calibrated, INFO hints otherwise.
    assert all(f.severity in (Severity.RISK, Severity.INFO) for f in model)


def test_recall_and_false_alarms_on_the_sample_are_reported(
    sample: dict[str, Any],
    reviewed: tuple[RenderedContract, ContractReview],
    capsys: pytest.CaptureFixture[str],
) -> None:
    rendered, review = reviewed
    planted = rendered.planted_indices(sample)
    flagged = {
        f.paragraph.index for f in review.findings if f.finding.severity is not Severity.INFO
    }
    with capsys.disabled():
        print(
            f"\nsample: recall {len(flagged & planted)}/{len(planted)}, "
            f"false alarms {len(flagged - planted)} {sorted(i for i in flagged - planted if i)}"
        )
    assert flagged & planted, "the review found none of the planted paragraphs"


def test_the_commented_copy_of_the_sample_has_one_comment_per_flagged_paragraph(
    reviewed: tuple[RenderedContract, ContractReview], tmp_path: Path
) -> None:
    rendered, review = reviewed
    grouped = review.by_paragraph()
    notes = [Annotation(pos, comment_text(items)) for pos, items in grouped.items()]
    out = tmp_path / "commented.docx"
    assert annotate_docx(rendered.path, out, notes) == len(grouped)
    assert len(list(Document(str(out)).comments)) == len(grouped)
