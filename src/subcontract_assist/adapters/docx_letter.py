"""Write a letter (the 수정 요청서, the 조정 신청서) from its markup blocks to a .docx.

The blocks come from ``core.negotiation.markup``: a title, right-aligned lines, label/value
fields, headings, tables (consecutive rows) and paragraphs. A4, the shipped reference file's
styles (Korean fonts), and the user edits the result freely in Word.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from subcontract_assist.adapters.docx_renderer import A4, KOREAN_FONT, SHADE, clean, reference_docx
from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.negotiation.markup import Block
from subcontract_assist.core.text import Text

_TABLE_KINDS = ("row", "head", "field")
_LABEL_WIDTH = Mm(32)
_TEXT_WIDTH = Mm(160)


def _new_document() -> DocxDocument:
    reference = reference_docx()
    document = Document(str(reference)) if reference is not None else Document()
    body = document.element.body
    for child in list(body):  # the reference file may hold sample text
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    if reference is None:
        rfonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
            rfonts.set(qn(attr), KOREAN_FONT)
    for section in document.sections:
        section.page_width, section.page_height = A4
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(22)
    return document


def _shade(cell: Any) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), SHADE)
    cell._tc.get_or_add_tcPr().append(shading)


def _write_table(document: DocxDocument, rows: Sequence[Block]) -> None:
    columns = max(len(block.cells) for block in rows)
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid" if "Table Grid" in [s.name for s in document.styles] else None
    labelled = columns == 2 and all(block.kind != "head" for block in rows)
    for block in rows:
        cells = table.add_row().cells
        for index, text in enumerate(block.cells):
            paragraph = cells[index].paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run = paragraph.add_run(clean(text))
            run.font.size = Pt(10)
            if block.kind == "head" or (labelled and index == 0):
                run.bold = True
                _shade(cells[index])
    table.autofit = False
    widths = (
        [_LABEL_WIDTH, _TEXT_WIDTH - _LABEL_WIDTH]
        if labelled
        else [_TEXT_WIDTH // columns] * columns
    )
    for index, width in enumerate(widths):
        table.columns[index].width = width
        for cell in table.columns[index].cells:
            cell.width = width
    if rows[0].kind == "field":  # the 수신/발신 lines read as a letterhead, without a grid
        table.style = None


def _paragraph(document: DocxDocument, block: Block) -> None:
    text = clean(block.text)
    if block.kind == "title":
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(18)
        paragraph.paragraph_format.space_after = Pt(12)
        return
    paragraph = document.add_paragraph()
    if block.kind == "gap":
        return
    run = paragraph.add_run(text)
    if block.kind in ("right", "sign"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if block.kind == "sign":
        run.font.size = Pt(12)
    if block.kind == "h":
        run.bold = True
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_after = Pt(4)


def build_letter(blocks: Sequence[Block]) -> DocxDocument:
    """Return the python-docx document of ``blocks``."""
    document = _new_document()
    pending: list[Block] = []
    for block in [*blocks, Block("end", ())]:
        if block.kind in _TABLE_KINDS and (not pending or pending[0].kind == "field") == (
            block.kind == "field"
        ):
            pending.append(block)
            continue
        if pending:
            _write_table(document, pending)
            pending = []
        if block.kind in _TABLE_KINDS:
            pending.append(block)
        elif block.kind != "end":
            _paragraph(document, block)
    return document


def write_letter(blocks: Sequence[Block], target: Path) -> None:
    """Write the letter to ``target`` atomically.

    Raises:
        RenderError: ``target`` cannot be written.
    """
    buffer = io.BytesIO()
    build_letter(blocks).save(buffer)
    try:
        atomic_write_bytes(target, buffer.getvalue(), keep_backup=False)
    except OSError as exc:
        raise RenderError(
            Text(
                f"문서를 저장할 수 없습니다: {target} ({exc.strerror})",
                f"Cannot write the document: {target} ({exc.strerror})",
            )
        ) from exc
