"""Word list numbers rebuilt as LibreOffice draws them: lists redefined per ``w:num``
(``w:lvlOverride`` with its own ``w:lvl``), ``w:startOverride`` restarts, two lists on one
abstract list, and abstract lists that only point at a numbering style.

Each fixture is built here with python-docx and raw numbering XML. The expected labels were
derived by hand from the counting rules in ``docx_numbering.NumberingLabeler`` and checked
against LibreOffice 7.4's text export; the last test repeats that check wherever soffice is
installed.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from subcontract_assist.adapters.docx_reader import read_docx
from tests.office import require_tool

W = nsdecls("w")


def lvl(ilvl: int, fmt: str, text: str, start: int | None = 1) -> str:
    start_xml = "" if start is None else f'<w:start w:val="{start}"/>'
    return (
        f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def restart(ilvl: int, value: int, redefined: str = "") -> str:
    return (
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/>'
        f"{redefined}</w:lvlOverride>"
    )


def redefine(ilvl: int, level: str) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}">{level}</w:lvlOverride>'


# A three-level list as Korean contracts number them: 1. / 가) / ①.
ARTICLES = [
    lvl(0, "decimal", "%1."),
    lvl(1, "ganada", "%2)"),
    lvl(2, "decimalEnclosedCircle", "%3"),
]


@dataclass(frozen=True)
class Case:
    abstracts: dict[str, list[str]]  # abstractNumId → children (w:lvl, w:styleLink …)
    nums: dict[str, tuple[str, str]]  # numId → (abstractNumId, w:lvlOverride XML)
    paragraphs: list[tuple[str | None, int, str, str]]  # (numId, ilvl, text, expected label)
    numbering_style: str | None = None  # a w:style of type numbering pointing at numId 1


CASES = {
    "two lists on one abstract list continue one count": Case(
        {"1": ARTICLES},
        {"1": ("1", ""), "2": ("1", "")},
        [
            ("1", 0, "목적", "1."),
            ("1", 0, "정의", "2."),
            ("2", 0, "납품", "3."),
            ("2", 1, "납기", "가)"),
            ("1", 0, "검사", "4."),
            ("1", 1, "기한", "가)"),
        ],
    ),
    "startOverride restarts once, at the list's first paragraph on that level": Case(
        {"1": ARTICLES},
        {
            "1": ("1", ""),
            "2": ("1", restart(0, 1)),
            "3": ("1", restart(0, 5)),
            "4": ("1", restart(1, 4)),
        },
        [
            ("1", 0, "가", "1."),
            ("1", 0, "나", "2."),
            ("2", 0, "다", "1."),
            ("2", 0, "라", "2."),
            ("1", 0, "마", "3."),
            ("3", 0, "바", "5."),
            ("3", 1, "사", "가)"),
            ("1", 0, "아", "6."),
            ("2", 0, "자", "7."),  # list 2 already restarted: it counts on
            ("4", 0, "차", "8."),  # level 0 of list 4 is not overridden
            ("4", 1, "카", "라)"),  # its level 1 starts at 4 the first time …
            ("4", 0, "타", "9."),
            ("4", 1, "파", "가)"),  # … and at its own start after a higher level
        ],
    ),
    "startOverride wins over the abstract list's start values": Case(
        {"1": [lvl(0, "decimal", "%1.", 5), lvl(1, "decimal", "%1.%2.", 3)]},
        {"1": ("1", ""), "2": ("1", restart(0, 1))},
        [
            ("1", 0, "a", "5."),
            ("1", 1, "a1", "5.3."),
            ("1", 1, "a2", "5.4."),
            ("1", 0, "b", "6."),
            ("1", 1, "b1", "6.3."),
            ("2", 0, "c", "1."),
            ("2", 1, "c1", "1.3."),
        ],
    ),
    "a w:lvl inside w:lvlOverride redefines the level for that list only": Case(
        {"1": ARTICLES},
        {
            "1": ("1", ""),
            "2": ("1", redefine(0, lvl(0, "upperRoman", "제%1조", 7))),
            "3": ("1", restart(1, 4, lvl(1, "lowerLetter", "(%2)"))),
        },
        [
            ("1", 0, "a", "1."),
            ("1", 0, "b", "2."),
            ("2", 0, "c", "제III조"),  # the count goes on: the redefined start 7 is not used
            ("2", 1, "c1", "가)"),  # level 1 is not redefined in list 2
            ("2", 0, "c2", "제IV조"),
            ("1", 0, "d", "5."),  # list 1 keeps its own format on the shared count
            ("3", 0, "e", "6."),
            ("3", 1, "e1", "(d)"),
            ("3", 1, "e2", "(e)"),
            ("3", 0, "f", "7."),
            ("3", 1, "f1", "(a)"),  # restarted once; then the redefined level's own start
            ("1", 1, "g", "나)"),
        ],
    ),
    "a redefined level's start is used when the level is fresh": Case(
        {"1": ARTICLES},
        {"1": ("1", ""), "2": ("1", redefine(0, lvl(0, "upperRoman", "제%1조", 7)))},
        [
            ("2", 0, "c", "제VII조"),
            ("2", 0, "c2", "제VIII조"),
            ("1", 0, "a", "9."),
            ("2", 0, "c3", "제X조"),
        ],
    ),
    "startOverride beside a redefined level, next to an unrelated list": Case(
        {"1": [lvl(0, "decimal", "%1.")], "2": [lvl(0, "ganada", "%1.")]},
        {
            "1": ("1", ""),
            "2": ("2", ""),
            "3": ("1", restart(0, 2, lvl(0, "decimalEnclosedCircle", "%1", 9))),
        },
        [
            ("1", 0, "a", "1."),
            ("2", 0, "b", "가."),
            ("1", 0, "c", "2."),
            ("2", 0, "d", "나."),
            ("3", 0, "e", "②"),
            ("3", 0, "e2", "③"),
            ("1", 0, "f", "4."),
        ],
    ),
    "an abstract list pointing at a numbering style counts with the style's list": Case(
        {
            "1": [
                '<w:styleLink w:val="ContractList"/>',
                lvl(0, "decimalEnclosedCircle", "%1"),
                lvl(1, "ganada", "%2."),
            ],
            "2": ['<w:numStyleLink w:val="ContractList"/>'],
        },
        {"1": ("1", ""), "2": ("2", ""), "3": ("2", restart(0, 1))},
        [
            (None, 0, "제1조(목적)", ""),
            ("2", 0, "a", "①"),
            ("2", 1, "a1", "가."),
            ("1", 0, "b", "②"),
            ("3", 0, "c", "①"),
            ("2", 0, "d", "②"),
        ],
        numbering_style="ContractList",
    ),
    "a level without w:start counts from zero; a bullet level has no label": Case(
        {"1": [lvl(0, "decimal", "%1.", None), lvl(1, "bullet", "•")]},  # the bullet starts at 1
        {"1": ("1", ""), "2": ("1", redefine(1, lvl(1, "decimal", "%1-%2", None)))},
        [("1", 0, "a", "0."), ("1", 1, "a1", ""), ("2", 1, "a2", "0-2"), ("1", 0, "b", "1.")],
    ),
}


def build(case: Case, path: Path) -> Path:
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for abstract_id, children in case.abstracts.items():
        numbering.append(
            parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="multilevel"/>{"".join(children)}</w:abstractNum>'
            )
        )
    for num_id, (abstract_id, overrides) in case.nums.items():
        numbering.append(
            parse_xml(
                f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f"{overrides}</w:num>"
            )
        )
    if case.numbering_style:
        doc.styles.element.append(
            parse_xml(
                f'<w:style {W} w:type="numbering" w:styleId="{case.numbering_style}">'
                f'<w:name w:val="{case.numbering_style}"/>'
                '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
            )
        )
    for list_id, ilvl, text, _ in case.paragraphs:
        paragraph = doc.add_paragraph(text)
        if list_id is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{list_id}"/></w:numPr>'
                )
            )
    doc.save(str(path))
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_rebuilt_labels_follow_the_counting_rules(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    source = read_docx(build(case, tmp_path / "numbered.docx"))
    assert [(p.text, p.label) for p in source.paragraphs] == [
        (text, label) for _, _, text, label in case.paragraphs
    ]


BULLETS = {"•", "◦", "▪", "●", "○", "■", "-", "–"}


@pytest.mark.slow
def test_labels_equal_what_libreoffice_draws(tmp_path: Path) -> None:
    soffice = require_tool("soffice")
    files = [build(case, tmp_path / f"case{n}.docx") for n, case in enumerate(CASES.values())]
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / '.lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(tmp_path / "txt"),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for path in files:
        drawn = (tmp_path / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8-sig")
        expected = [
            words[1:] if words[0] in BULLETS else words  # bullets are not labels
            for words in (line.split() for line in drawn.splitlines() if line.strip())
        ]
        ours = [f"{p.label} {p.text}".split() for p in read_docx(path).paragraphs]
        assert ours == expected, path.name
