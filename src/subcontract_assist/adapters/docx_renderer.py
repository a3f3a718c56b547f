"""Write a ContractDocument as a Korean .docx with python-docx, styled by a reference .docx."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from subcontract_assist.core.documents import (
    ContractDocument,
    Paragraph,
    Section,
    Table,
    paragraph_label,
)
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.resources import shipped_dir
from subcontract_assist.core.text import Text

KOREAN_FONT = "NanumMyeongjo"
# XML 1.0 forbids most C0 controls; python-docx would write a file Word cannot open.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Return ``text`` without characters XML cannot carry."""
    return _XML_INVALID.sub("", text)


def reference_docx() -> Path | None:
    """Return the shipped reference .docx whose styles the contract uses, if present."""
    path = shipped_dir("templates") / "reference.docx"
    return path if path.is_file() else None


def _set_east_asian_font(doc: DocxDocument, font: str) -> None:
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            style = doc.styles[style_name]
        except KeyError:
            continue
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        rfonts.set(qn("w:eastAsia"), font)
        if style_name == "Normal":
            style.font.name = font
            style.font.size = Pt(10.5)


def _add_page_number_footer(section: object) -> None:
    footer = section.footer  # type: ignore[attr-defined]
    para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("- ")
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        run = para.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    para.add_run(" -")


class DocxRenderer:
    """Renders contracts to .docx files (the DocumentRenderer port)."""

    def __init__(self, reference: Path | None = None) -> None:
        self._reference = reference if reference is not None else reference_docx()

    def build(self, doc: ContractDocument) -> DocxDocument:
        """Return the python-docx document for ``doc``."""
        out = Document(str(self._reference)) if self._reference else Document()
        if not self._reference:
            _set_east_asian_font(out, KOREAN_FONT)
        for page in out.sections:
            page.page_width, page.page_height = Mm(210), Mm(297)
            page.left_margin = page.right_margin = Mm(25)
            page.top_margin = page.bottom_margin = Mm(20)
            _add_page_number_footer(page)
        for index, section in enumerate(doc.sections):
            if index:
                out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self._write_section(out, doc, section)
        return out

    def write(self, doc: ContractDocument, path: Path) -> None:
        """Write ``doc`` to ``path`` atomically (never a half-written file)."""
        document = self.build(doc)
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            document.save(tmp)
            os.replace(tmp, path)
            tmp = ""
        except OSError as exc:
            raise RenderError(
                Text(
                    f"계약서 파일을 쓸 수 없습니다: {path} ({exc.strerror})",
                    f"Cannot write the contract file: {path} ({exc.strerror})",
                )
            ) from exc
        finally:
            if tmp:
                Path(tmp).unlink(missing_ok=True)

    def _write_section(self, out: DocxDocument, doc: ContractDocument, section: Section) -> None:
        heading = out.add_paragraph(style="Title")
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(clean(section.title))
        self._write_blocks(out, section.intro, None)
        for article in section.articles:
            head = out.add_paragraph()
            head.paragraph_format.space_before = Pt(8)
            head.paragraph_format.keep_with_next = True
            head.add_run(clean(article.heading)).bold = True
            self._write_blocks(out, article.blocks, article)
        if section.date_line:
            date = out.add_paragraph(clean(section.date_line))
            date.alignment = WD_ALIGN_PARAGRAPH.CENTER
            date.paragraph_format.space_before = Pt(18)
        if section.signature:
            self._write_signatures(out, doc)

    def _write_blocks(
        self, out: DocxDocument, blocks: list[Paragraph | Table], article: object
    ) -> None:
        index = 0
        for block in blocks:
            if isinstance(block, Table):
                self._write_table(out, block)
                continue
            label = paragraph_label(article, index) if article is not None else ""  # type: ignore[arg-type]
            index += 1
            if block.text:
                para = out.add_paragraph(clean(f"{label} {block.text}".strip()))
                para.paragraph_format.first_line_indent = Pt(0)
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for n, item in enumerate(block.items, start=1):
                item_para = out.add_paragraph(clean(f"{n}. {item}"))
                item_para.paragraph_format.left_indent = Mm(8)

    def _write_table(self, out: DocxDocument, table: Table) -> None:
        if not table.rows:
            return
        width = max(len(r) for r in table.rows)
        grid = out.add_table(rows=len(table.rows), cols=width)
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = clean(cell)
                if r == 0:
                    for run in grid.cell(r, c).paragraphs[0].runs:
                        run.bold = True
        out.add_paragraph()

    def _write_signatures(self, out: DocxDocument, doc: ContractDocument) -> None:
        grid = out.add_table(rows=5, cols=len(doc.parties))
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, party in enumerate(doc.parties):
            lines = (
                f"[{party.role}]",
                f"상호: {party.name}",
                f"주소: {party.address}",
                f"사업자등록번호: {party.biz_reg_no}",
                f"대표자: {party.representative}          (인)",
            )
            for r, line in enumerate(lines):
                grid.cell(r, c).text = clean(line)
