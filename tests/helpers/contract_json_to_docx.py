"""Render a contract in the ``shared/eval/contracts/*.json`` format to .docx, for measuring.

The format: ``{"title": str, "articles": [{"heading": "제N조(제목)", "paragraphs": [str]}],
"planted": [{"article": "제N조", "paragraph_index": k, ...}]}``. An article with several
paragraphs gets ①②… either typed into the text (``numbering="text"``) or drawn by Word's
automatic numbering restarted per article (``numbering="word"``), as received contracts do both.

:func:`render_contract_json` returns where each article paragraph landed in the body, so a
measurement can map the planted paragraphs to the review's ``paragraph_index``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # python-docx only where a .docx is written: the training venv reads the
    from docx.document import Document as DocxDocument  # planted paragraphs without it

_CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]
_ABSTRACT_ID = "90"


@dataclass(frozen=True)
class RenderedContract:
    """The written file and ``(article heading, paragraph number) → body paragraph index``."""

    path: Path
    index_of: dict[tuple[str, int], int]

    def planted_indices(self, data: Mapping[str, Any]) -> set[int]:
        """Return the body indices of the planted (unfair) paragraphs of ``data``."""
        by_number = {re.match(r"제\d+조(의\d+)?", head).group(0): head for head, _ in self.index_of}  # type: ignore[union-attr]
        return {
            self.index_of[(by_number[p["article"]], p["paragraph_index"])]
            for p in data.get("planted", [])
        }


def _xml(body: str) -> Any:
    """Parse a WordprocessingML fragment; ``{w}`` stands for the w namespace declaration."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(body.replace("{w}", nsdecls("w")))


def _add_circled_numbering(doc: DocxDocument) -> Any:
    """Add an abstract list drawing ①②… and return the numbering element."""
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        _xml(
            f'<w:abstractNum {{w}} w:abstractNumId="{_ABSTRACT_ID}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>'
            '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        ),
    )
    return numbering


def _restart_list(numbering: Any, num_id: int) -> None:
    numbering.append(
        _xml(
            f'<w:num {{w}} w:numId="{num_id}"><w:abstractNumId w:val="{_ABSTRACT_ID}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )


def _number_paragraph(paragraph: Any, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(_xml(f'<w:numPr {{w}}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _signature_table(doc: DocxDocument) -> None:
    table = doc.add_table(rows=3, cols=2)
    lines = (
        ("원사업자", "수급사업자"),
        ("상호: (주)가나", "상호: 다라산업"),
        ("대표자 (인)", "대표자 (인)"),
    )
    for r, row in enumerate(lines):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def render_contract_json(
    data: Mapping[str, Any],
    path: Path,
    *,
    numbering: str = "text",
    signature: bool = True,
) -> RenderedContract:
    """Write ``data`` as a .docx at ``path`` and return where each paragraph went."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
    rfonts = doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "NanumMyeongjo")
    doc.add_paragraph(data["title"], style="Title")
    list_xml = _add_circled_numbering(doc) if numbering == "word" else None
    index_of: dict[tuple[str, int], int] = {}
    for number, article in enumerate(data["articles"], start=100):
        doc.add_paragraph().add_run(article["heading"]).bold = True
        paragraphs = article["paragraphs"]
        if list_xml is not None and len(paragraphs) > 1:
            _restart_list(list_xml, number)
        for k, text in enumerate(paragraphs):
            index_of[(article["heading"], k)] = len(doc.paragraphs)
            if len(paragraphs) == 1:
                doc.add_paragraph(text)
            elif list_xml is not None:
                _number_paragraph(doc.add_paragraph(text), number)
            else:  # a paragraph that carries its own label (③, 1., ※) keeps it alone
                doc.add_paragraph(text if _OWN_LABEL.match(text) else f"{_CIRCLED[k]} {text}")
    if signature:
        doc.add_paragraph("2026년 3월 2일")
        _signature_table(doc)
    doc.save(str(path))
    return RenderedContract(path, index_of)


_OWN_LABEL = re.compile(r"^\s*(\d{1,2}[.)]|[가-힣][.)]|\(\d{1,2}\)|\([가-힣]\)|※|[\u2460-\u2473])")


def contract_text_lines(data: Mapping[str, Any]) -> tuple[list[str], dict[tuple[str, int], int]]:
    """Return the contract as a received text file reads, and ``(제N조, k) → line``.

    The heading line, then its paragraphs: a 항 gets ①② when the article has several, an item
    keeps its own label (``1.``, ``가.``, ``※``); a date line and the signature block close it.
    ``where`` maps (article index, paragraph index) to the line, as :func:`planted_paragraphs`
    names a planted paragraph.
    """
    lines = [str(data["title"]), ""]
    where: dict[tuple[int, int], int] = {}
    for index, article in enumerate(data["articles"]):
        lines.append(article["heading"])
        paragraphs = article["paragraphs"]
        clause = 0
        for k, text in enumerate(paragraphs):
            where[(index, k)] = len(lines)
            if len(paragraphs) > 1 and not _OWN_LABEL.match(text):
                lines.append(f"{_CIRCLED[clause % len(_CIRCLED)]} {text}")
                clause += 1
            else:
                lines.append(text)
    lines += ["", "2026년 12월 4일", "원사업자 상호: (주)가나 대표자 (인)"]
    lines.append("수급사업자 상호: 다라산업 대표자 (인)")
    return lines, where


def article_key(heading: str) -> str:
    """ "제3조" for "제 3 조(검사)"; a heading without an article number stands for itself."""
    number = re.match(r"제\s*\d+\s*조(의\s*\d+)?", heading)
    return number.group(0).replace(" ", "") if number else heading


def planted_paragraphs(data: Mapping[str, Any]) -> dict[tuple[int, int], Mapping[str, Any]]:
    """(article index, paragraph index) → planted entry; its ``article`` is the heading's 제N조
    or the article's 0-based index (writers use either)."""
    index_of = {article_key(a["heading"]): i for i, a in enumerate(data["articles"])}
    index_of.update({str(i): i for i in range(len(data["articles"]))})
    return {
        (index_of[str(p["article"]).replace(" ", "")], int(p["paragraph_index"])): p
        for p in data.get("planted", [])
    }
