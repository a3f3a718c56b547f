"""The training corpus: reproducible, well labelled, covering every category, disjoint from eval.

Near-duplicates are defined on whitespace-free text: a corpus clause is too close to an eval
line when their character 3-gram Jaccard similarity reaches 0.5, or when difflib's ratio reaches
0.8 (checked on each eval line's 20 most Jaccard-similar corpus clauses, which keeps it fast).
"""

from __future__ import annotations

import difflib
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from training.corpus.generate import DEFAULT_OUT, generate, write
from training.data import load_corpus, sha256_file

from subcontract_assist.core.findings import Category
from tests.conftest import SHARED

JACCARD_LIMIT = 0.5
DIFFLIB_LIMIT = 0.8
EVAL_DIR = SHARED / "eval"


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return load_corpus(DEFAULT_OUT)


def _strings(node: Any) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def eval_lines() -> list[str]:
    """Clause texts of the dev set and every sentence-like string of the sample contracts."""
    lines = [
        json.loads(row)["text"]
        for row in (EVAL_DIR / "clauses-dev.jsonl").read_text(encoding="utf-8").splitlines()
        if row.strip()
    ]
    for path in sorted((EVAL_DIR / "contracts").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lines += [s for s in _strings(data) if len("".join(s.split())) >= 15]
    return lines


def _squash(text: str) -> str:
    return "".join(text.split())


def _grams(text: str) -> set[str]:
    flat = _squash(text)
    return {flat[i : i + 3] for i in range(len(flat) - 2)}


def test_the_committed_corpus_is_what_the_generator_makes(tmp_path: Path) -> None:
    digest = write(generate(), tmp_path / "corpus.jsonl")
    assert digest == sha256_file(DEFAULT_OUT)


def test_the_corpus_has_thousands_of_clauses_in_both_labels(corpus: list[dict[str, Any]]) -> None:
    labels = Counter(bool(r["unfair"]) for r in corpus)
    assert 3000 <= len(corpus) <= 6500
    assert min(labels.values()) >= 0.4 * len(corpus)
    assert len({_squash(r["text"]) for r in corpus}) == len(corpus)


def test_every_record_carries_a_valid_label_category_article_and_template(
    corpus: list[dict[str, Any]],
) -> None:
    categories = {c.value for c in Category}
    for r in corpus:
        assert isinstance(r["unfair"], bool)
        assert r["category"] in categories or (r["category"] == "none" and not r["unfair"])
        assert r["article"]
        assert r["template"].split(".")[0] in {r["category"], "neutral"}
        assert r["split"] in {"train", "val"}
        assert r["kind"] in {"plain", "hard_negative", "soft_positive", "neutral"}


def test_every_category_is_taught_with_unfair_and_fair_clauses(
    corpus: list[dict[str, Any]],
) -> None:
    unfair_train = Counter(r["category"] for r in corpus if r["unfair"] and r["split"] == "train")
    fair = Counter(r["category"] for r in corpus if not r["unfair"])
    for category in Category:
        assert unfair_train[category.value] >= 50, category
        assert fair[category.value] >= 20, category
    assert fair["none"] >= 200
    kinds = Counter(r["kind"] for r in corpus)
    assert kinds["hard_negative"] >= 500
    assert kinds["soft_positive"] >= 200


@pytest.mark.skipif(not EVAL_DIR.exists(), reason="the shared eval set is not checked out")
def test_no_corpus_clause_copies_or_paraphrases_an_eval_line(
    corpus: list[dict[str, Any]],
) -> None:
    texts = [r["text"] for r in corpus]
    grams = [_grams(t) for t in texts]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        for gram in g:
            postings[gram].append(i)
    squashed = {_squash(t) for t in texts}
    for line in eval_lines():
        assert _squash(line) not in squashed
        target = _grams(line)
        shared = Counter(i for gram in target for i in postings.get(gram, ()))
        sims = sorted((n / (len(target) + len(grams[i]) - n), i) for i, n in shared.items())[-20:]
        assert not sims or sims[-1][0] < JACCARD_LIMIT, (line, texts[sims[-1][1]])
        for _, i in sims:
            ratio = difflib.SequenceMatcher(None, _squash(line), _squash(texts[i])).ratio()
            assert ratio < DIFFLIB_LIMIT, (line, texts[i])
