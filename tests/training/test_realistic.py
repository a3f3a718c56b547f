"""The hand-written training clauses: well formed, every category taught, and never a copy or a
near paraphrase of an evaluation line (the frozen blind sets in ``eval/`` and the shared dev set).

Near-duplicates as in ``test_corpus``: character-3-gram Jaccard ≥ 0.5 or difflib ratio ≥ 0.8 on
whitespace-free text, checked against each eval line's 20 most Jaccard-similar training clauses.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from training.data import ROOT
from training.devicepack import LATER_SETS, REALISTIC, TUNING, near_eval_ids, source_files

from subcontract_assist.core.findings import Category
from tests.training.test_corpus import (
    DIFFLIB_LIMIT,
    EVAL_DIR,
    JACCARD_LIMIT,
    _grams,
    _squash,
    _strings,
    eval_lines,
)

BLIND = sorted((ROOT / "eval").glob("blind-*"))


@pytest.fixture(scope="module")
def clauses() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(REALISTIC.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows


@pytest.fixture(scope="module")
def later_clauses() -> list[dict[str, Any]]:
    """The hand-written tuning clauses the pack reads besides the realistic corpus."""
    rows = []
    for folder in LATER_SETS:
        text = (TUNING / folder / "clauses.jsonl").read_text(encoding="utf-8")
        rows += [json.loads(line) for line in text.splitlines() if line.strip()]
    return rows


def blind_lines() -> list[str]:
    lines: list[str] = []
    for folder in BLIND:
        for row in (folder / "clauses.jsonl").read_text(encoding="utf-8").splitlines():
            if row.strip():
                lines.append(json.loads(row)["text"])
        for path in sorted((folder / "contracts").glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            lines += [s for s in _strings(data) if len("".join(s.split())) >= 15]
    return lines


def test_each_clause_is_well_formed(clauses: list[dict[str, Any]]) -> None:
    assert len(clauses) >= 800
    ids = [c["id"] for c in clauses]
    assert len(set(ids)) == len(ids)
    for c in clauses:
        assert c["text"].strip()
        if c["unfair"]:
            assert Category(c["category"])
            assert str(c["article"]).startswith("제")
        else:
            assert c["category"] is None
            assert c["article"] is None


def test_every_category_is_taught_and_about_half_is_fair(clauses: list[dict[str, Any]]) -> None:
    taught = Counter(c["category"] for c in clauses if c["unfair"])
    assert set(taught) == {c.value for c in Category}
    fair = sum(not c["unfair"] for c in clauses) / len(clauses)
    assert 0.4 <= fair <= 0.6


def test_the_pack_reads_no_blind_set() -> None:
    assert not [f for f in source_files() if "eval" in f.relative_to(ROOT).parts]


def _near_copies(texts: list[str], lines: list[str]) -> list[tuple[str, str]]:
    grams = [_grams(t) for t in texts]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        for gram in g:
            postings[gram].append(i)
    squashed = {_squash(t) for t in texts}
    found = []
    for line in lines:
        if _squash(line) in squashed:
            found.append((line, line))
            continue
        target = _grams(line)
        shared = Counter(i for gram in target for i in postings.get(gram, ()))
        sims = sorted((n / (len(target) + len(grams[i]) - n), i) for i, n in shared.items())[-20:]
        for sim, i in sims:
            ratio = difflib.SequenceMatcher(None, _squash(line), _squash(texts[i])).ratio()
            if sim >= JACCARD_LIMIT or ratio >= DIFFLIB_LIMIT:
                found.append((line, texts[i]))
    return found


def test_no_training_clause_copies_a_blind_line(
    clauses: list[dict[str, Any]], later_clauses: list[dict[str, Any]]
) -> None:
    """Clauses found near a line of a blind set are listed in near-eval.txt (and left out of
    later packs); no other hand-written clause the pack reads may come near any blind line."""
    assert BLIND, "the frozen blind sets live in eval/"
    listed = near_eval_ids()
    every = clauses + later_clauses
    texts = [c["text"] for c in every if c["id"] not in listed]
    assert not _near_copies(texts, blind_lines())
    assert listed <= {c["id"] for c in every}


@pytest.mark.skipif(not EVAL_DIR.exists(), reason="the shared eval set is not checked out")
def test_no_training_clause_copies_a_dev_line(clauses: list[dict[str, Any]]) -> None:
    assert not _near_copies([c["text"] for c in clauses], eval_lines())


def test_the_sources_exist() -> None:
    assert all(Path(f).exists() for f in source_files())
