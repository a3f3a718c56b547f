"""Every article citation the app can show is in one table of known-good citations.

The table is ``core/data/citations.toml``. The sources read here are the ones a user sees: rule
metadata, the findings' messages (rules/*.py), clause-pattern data, interview help texts, the
legal-numbers file, the review texts, the received-contract notes, category titles and
docs/rules.md. A renumbering of the statute or decree is one edit of the table; this test then
names every place that still cites the old number.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from subcontract_assist.core.clauses.patterns import CLAUSE_RULES
from subcontract_assist.core.rules.engine import RULES, check
from tests.core.rules.support import EXAMPLES, example

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "subcontract_assist"
SOURCES = (
    *sorted((PACKAGE / "core" / "rules").glob("*.py")),
    *sorted((PACKAGE / "core" / "data" / "clause_patterns").glob("*.toml")),
    PACKAGE / "core" / "draft" / "interview" / "questions.toml",
    PACKAGE / "core" / "data" / "legal_numbers.toml",
    PACKAGE / "core" / "data" / "clause_review.toml",
    PACKAGE / "core" / "data" / "clause_meaning.toml",
    PACKAGE / "core" / "received" / "protective.py",
    PACKAGE / "core" / "received" / "completeness.py",
    PACKAGE / "core" / "findings.py",
    ROOT / "docs" / "rules.md",
)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ARTICLE = re.compile(
    r"(?P<pre>(?<![가-힣])(?:하도급법|법|영|시행령)\s*)?제(?P<a>\d+)조(?:의(?P<b>\d+))?"
)
_TAIL = re.compile(
    r"\s*(?:제(?P<p>\d+)항|(?P<c>[①-⑳])|제(?P<i>\d+)호(?:의(?P<i2>\d+))?"
    r"|(?P<d>(?<=[①-⑳])\d+)|(?P<m>[가-하])목|(?P<sep>[·,~]|및|또는|-))"
)
_ACT = re.compile(r"(?:법률|대통령령)\s*제\d+호")
_ENGLISH = re.compile(
    r"(?P<dec>Decree\s+)?\b[Aa]rt(?:icle)?s?\.?\s*(?P<a>\d+)(?:-(?P<b>\d+))?"
    r"(?P<ps>(?:\(\d+\))*)(?P<i>\d+)?"
)
_OTHER_ACT = re.compile(r"(?:민법|상법|」|부칙)\s*$")
_OTHER_ACT_EN = re.compile(r"(?:Civil|Commercial)\s+(?:Act|Code)\s*$")
_CONTINUES = re.compile(r"\s*(?:[·,]|및|또는)\s*")


def _cite(act: str, article: str, part: str = "") -> str:
    return f"{'영 ' if act == 'decree' else ''}{article}{' ' + part if part else ''}"


def _korean(text: str) -> Iterator[str]:
    last_end, last_act = -10, "law"
    for match in _ARTICLE.finditer(text):
        if _OTHER_ACT.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # another statute (민법 제398조) or a 부칙 article
        pre = (match.group("pre") or "").strip()
        if pre:
            act = "decree" if pre in ("영", "시행령") else "law"
        elif _CONTINUES.fullmatch(text[last_end : match.start()]):
            act = last_act  # "영 제7조의3·제7조의4": the list goes on in the same act
        else:
            act = "law"
        article = f"제{match.group('a')}조" + (f"의{match.group('b')}" if match.group("b") else "")
        pos, paragraph, item, found = match.end(), "", "", False
        while tail := _TAIL.match(text, pos):
            if tail.group("sep"):
                following = _TAIL.match(text, tail.end())
                if following is None or following.group("sep"):
                    break
            elif tail.group("p") or tail.group("c"):
                number = int(tail.group("p")) if tail.group("p") else _CIRCLED.index(tail["c"]) + 1
                paragraph, item, found = _CIRCLED[number - 1], "", True
                yield _cite(act, article, paragraph)
            elif tail.group("i") or tail.group("d"):
                item = (tail.group("i") or tail.group("d")) + (
                    f"의{tail.group('i2')}" if tail.group("i2") else ""
                )
                found = True
                yield _cite(act, article, paragraph + item)
            elif tail.group("m"):
                found = True
                yield _cite(act, article, paragraph + item + tail.group("m"))
            pos = tail.end()
        if not found:
            yield _cite(act, article)
        last_end, last_act = pos, act


def _english(text: str) -> Iterator[str]:
    for match in _ENGLISH.finditer(text):
        if _OTHER_ACT_EN.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        act = "decree" if match.group("dec") else "law"
        article = f"제{match.group('a')}조" + (f"의{match.group('b')}" if match.group("b") else "")
        paragraphs = [int(n) for n in re.findall(r"\((\d+)\)", match.group("ps"))]
        if not paragraphs:
            yield _cite(act, article)
        for number in paragraphs:
            yield _cite(act, article, _CIRCLED[number - 1])
        if match.group("i") and paragraphs:
            yield _cite(act, article, _CIRCLED[paragraphs[-1] - 1] + match.group("i"))


def citations(text: str) -> set[str]:
    """Return every citation in ``text`` as ``[영 ]제N조[의M][ ①2가]`` or an act's number."""
    return {*_korean(text), *_english(text), *(" ".join(a.split()) for a in _ACT.findall(text))}


def _known() -> set[str]:
    data = resources.files("subcontract_assist.core.data").joinpath("citations.toml")
    table = tomllib.loads(data.read_text(encoding="utf-8"))
    known = {entry["name"] for entry in table["act"]}
    for act in ("law", "decree"):
        for entry in table[act]:
            known.add(_cite(act, entry["article"]))
            known.update(_cite(act, entry["article"], part) for part in entry["parts"])
    return known


def _shown_texts() -> Iterator[tuple[str, str]]:
    for path in SOURCES:
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
    for rule in (*RULES, *CLAUSE_RULES):
        yield f"rule {rule.id}", f"{rule.article} {rule.title.ko} {rule.title.en}"
    for rule in CLAUSE_RULES:
        yield f"clause rule {rule.id}", f"{rule.message.ko} {rule.message.en} {rule.suggestion}"
    for path in sorted(EXAMPLES.glob("*.scdraft.json")):
        for finding in check(example(path.name.removesuffix(".scdraft.json"))):
            text = f"{finding.article} {finding.message.ko} {finding.message.en}"
            yield f"finding {finding.rule} on {path.name}", f"{text} {finding.suggestion}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("영 제6조의4 제1호 가목", {"영 제6조의4 1", "영 제6조의4 1가"}),
        ("제13조①~⑩", {"제13조 ①", "제13조 ⑩"}),
        ("하도급법 제3조④2, 영 제3조③", {"제3조 ④", "제3조 ④2", "영 제3조 ③"}),
        ("영 제7조의3·제7조의4", {"영 제7조의3", "영 제7조의4"}),
        ("Art. 16-2(10): within 10 days", {"제16조의2 ⑩"}),
        ("Decree art. 8(1)3", {"영 제8조 ①", "영 제8조 ①3"}),
        ("민법 제398조 / Civil Act art. 398", set()),
        ("법률 제19562호 부칙 제2조", {"법률 제19562호"}),
    ],
)
def test_the_reader_finds_citations_as_written(text: str, expected: set[str]) -> None:
    assert citations(text) == expected


def test_every_citation_the_app_shows_is_known_good() -> None:
    known = _known()
    unknown: dict[str, set[str]] = {}
    seen: set[str] = set()
    for where, text in _shown_texts():
        found = citations(text)
        seen |= found
        if found - known:
            unknown.setdefault(where, set()).update(found - known)
    assert unknown == {}
    assert len(seen) > 150  # the sources were read, not skipped


def test_a_wrong_or_renumbered_citation_is_caught() -> None:
    known = _known()
    for stale in ("영 제6조의2 제4호", "법률 제19555호", "영 제7조의5", "영 제8조①2", "제13조⑫"):
        assert citations(stale) - known, stale


@pytest.mark.parametrize(
    "stale",
    [
        "영 제6조의2",  # 부당특약 is 영 제6조의4 since 대통령령 제34491호 (2024-05-07)
        "제19555호",  # the 2023 연동제 amendment is 법률 제19562호
        "영 제7조의5",  # the 2조원 threshold is 영 제7조의6
        "영 제8조①2",  # the 30-day direct-payment agreement is 영 제8조①3 (①2 deleted 2020)
    ],
)
def test_no_source_cites_the_audits_outdated_numbers(stale: str) -> None:
    hits = [where for where, text in _shown_texts() if stale in text]
    assert hits == []
