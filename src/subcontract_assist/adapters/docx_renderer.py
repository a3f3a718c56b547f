"""Write a ContractDocument as a Korean .docx with python-docx, styled by a reference .docx.

Styles come by name from ``templates/reference.docx`` (see ``tools/make_reference_docx.py``), so
a firm restyles the contract in Word: Title (cover and annex titles), Heading 1 (제N장),
Heading 2 (제N조), Contract Paragraph (① 항), Contract Text (unnumbered), Contract Item (호),
Contract Subitem (목), Contract Note, Table Text, Table Header, Date Line, Signature, and the
Table Grid table style.
A style missing from a firm's file falls back to Normal; the output is always A4.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from subcontract_assist.core.document.structure import (
    Article,
    Block,
    ContractDocument,
    Paragraph,
    Party,
    Section,
    Table,
    item_label,
    labelled_blocks,
    subitem_label,
)
from subcontract_assist.core.errors import RenderError, TemplateError
from subcontract_assist.core.resources import shipped_dir, user_templates_dir
from subcontract_assist.core.text import Text

KOREAN_FONT = "NanumMyeongjo"
SHADE = "F2F2F2"  # label cells of the cover table and table headers
A4 = (Mm(210), Mm(297))
# XML 1.0 forbids most C0 controls; python-docx would write a file Word cannot open.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Return ``text`` without characters XML cannot carry."""
    return _XML_INVALID.sub("", text)


def reference_docx() -> Path | None:
    """Return the reference .docx: the firm's own (user templates folder), else ours."""
    for folder in (user_templates_dir(), shipped_dir("templates")):
        path = folder / "reference.docx"
        if path.is_file():
            return path
    return None


def _fallback_fonts(doc: DocxDocument) -> None:
    """Without a reference file, at least set Korean fonts for East Asian text."""
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        rfonts = doc.styles[name].element.get_or_add_rPr().get_or_add_rFonts()
        for attr in list(rfonts.attrib):
            if attr.endswith("Theme"):
                del rfonts.attrib[attr]
        rfonts.set(qn("w:eastAsia"), KOREAN_FONT)
        rfonts.set(qn("w:ascii"), KOREAN_FONT)
        rfonts.set(qn("w:hAnsi"), KOREAN_FONT)


def signature_lines(party: Party) -> tuple[str, ...]:
    """Return a party's signature block: ``[role]`` first, an empty string for no phone.

    The .hwpx writer uses it too, so both files say the same.
    """
    return (
        f"[{party.role}]",
        f"상호: {party.name}",
        f"주소: {party.address}",
        f"전화번호: {party.phone}" if party.phone else "",
        f"사업자등록번호: {party.biz_reg_no}",
        f"대표자: {party.representative}   {party.seal}",
    )


def _add_field(paragraph: Any, code: str) -> None:
    for kind, text in (("begin", ""), ("instr", code), ("separate", ""), ("", "1"), ("end", "")):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        elif kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            run.text = text


def _ensure_header_footer(section: Any, title: str) -> None:
    """Add ``- PAGE / NUMPAGES -`` and the title unless the reference file has its own."""
    footer = section.footer
    if "fldChar" not in footer._element.xml and not any(p.text for p in footer.paragraphs):
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run("- ")
        _add_field(para, "PAGE")
        para.add_run(" / ")
        _add_field(para, "NUMPAGES")
        para.add_run(" -")
    header = section.header
    if not any(p.text for p in header.paragraphs):
        para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        para.text = clean(title)
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _add_lines(paragraph: Any, text: str) -> None:
    """Add ``text`` to ``paragraph``, a line break for each ``\n``."""
    lines = clean(text).split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def _shade(cell: Any, fill: str = SHADE) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _keep_row_together(row: Any) -> None:
    """Keep a table row on one page: a signature block is never split."""
    cant_split = OxmlElement("w:cantSplit")
    row._tr.get_or_add_trPr().append(cant_split)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


_umask = os.umask(0o022)
os.umask(_umask)
_FILE_MODE = 0o666 & ~_umask  # what a plain open() would give the user's new files
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def set_properties(out: DocxDocument, doc: ContractDocument) -> None:
    """Give the file the contract's own properties (never the reference file's): its title,
    the parties, today's date; drop the reference file's thumbnail (a blank page)."""
    props = out.core_properties
    parties = " · ".join(f"{p.role} {p.name}" for p in doc.parties)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = clean(doc.title)
    props.subject = "하도급계약서"
    props.category = "하도급계약서"
    props.keywords = clean(parties)
    props.comments = clean(parties)
    principal = next((p.name for p in doc.parties if p.key == "principal"), "")
    props.author = clean(principal if principal and principal != "○○○" else "")
    props.last_modified_by = props.author
    props.created = props.modified = now
    props.revision = 1
    props.language = "ko-KR"
    package = out.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            del package.rels[rel_id]


def _open_reference(path: Path | None) -> DocxDocument:
    """Return a new document on the reference styles (python-docx's default without one)."""
    if path is None:
        return Document()
    try:
        return Document(str(path))
    except Exception as exc:  # zipfile, lxml and python-docx raise many types on a broken file
        raise TemplateError(
            Text(
                f"서식 파일 {path}을(를) 열 수 없습니다: 손상되었거나 Word(.docx) 문서가 아닙니다.",
                f"Cannot open the style file {path}: it is damaged or not a Word (.docx) file.",
            )
        ) from exc


class DocxRenderer:
    """Renders contracts to .docx files (the DocumentRenderer port)."""

    def __init__(self, reference: Path | None = None) -> None:
        self._reference = reference if reference is not None else reference_docx()

    def build(self, doc: ContractDocument) -> DocxDocument:
        """Return the python-docx document for ``doc``."""
        out = _open_reference(self._reference)
        if not self._reference:
            _fallback_fonts(out)
        body = out.element.body
        for child in list(body):  # a firm's reference file may hold sample text
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        for page in out.sections:
            page.page_width, page.page_height = A4
            _ensure_header_footer(page, doc.title)
        # style ids by name, looked up once: python-docx's own lookup scans all styles per call
        self._style_ids = {s.name: s.style_id for s in out.styles}
        for index, section in enumerate(doc.sections):
            self._write_section(out, doc, section, page_break=index > 0)
        set_properties(out, doc)
        return out

    def write(self, doc: ContractDocument, path: Path) -> None:
        """Write ``doc`` to ``path`` atomically (never a half-written file)."""
        try:
            document = self.build(doc)
        except ValueError as exc:  # lxml refuses text XML cannot carry
            raise RenderError(
                Text(
                    f"계약서에 문서에 쓸 수 없는 문자가 있습니다: {exc}",
                    f"The contract contains characters a document cannot hold: {exc}",
                )
            ) from exc
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            document.save(tmp)
            os.chmod(tmp, _FILE_MODE)  # mkstemp makes it private (0600); a contract is shared
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

    def _para(self, out: Any, text: str, style: str) -> Any:
        """Add a paragraph in ``style`` (Normal when the reference lacks it); ``\\n`` breaks."""
        para = out.add_paragraph()
        self._set_style(para, style)
        _add_lines(para, text)
        return para

    def _write_section(
        self, out: DocxDocument, doc: ContractDocument, section: Section, page_break: bool
    ) -> None:
        title = self._para(out, section.heading, "Title")
        title.paragraph_format.page_break_before = page_break
        self._write_blocks(out, section.blocks, None)
        for article in section.articles:
            if article.chapter:
                self._para(out, article.chapter_heading, "Heading 1")
            self._para(out, article.heading, "Heading 2")
            self._write_blocks(out, article.blocks, article)
        self._write_blocks(out, section.closing, None)
        if section.date_line:
            date = self._para(out, section.date_line, "Date Line")
            date.paragraph_format.keep_with_next = True
        if section.signers:
            self._write_signatures(out, doc.signers(section))

    def _write_blocks(self, out: Any, blocks: list[Block], article: Article | None) -> None:
        for label, block in labelled_blocks(blocks, article):
            if isinstance(block, Table):
                self._write_table(out, block)
            else:
                self._write_paragraph(out, label, block)

    def _write_paragraph(self, out: Any, label: str, block: Paragraph) -> None:
        if block.text:
            style = (
                "Contract Note"
                if block.note
                else "Contract Paragraph"
                if label
                else "Contract Text"
            )
            self._para(out, f"{label}\t{block.text}" if label else block.text, style)
        for n, item in enumerate(block.items, start=1):
            self._para(out, f"{item_label(n)}\t{item.text}", "Contract Item")
            for m, sub in enumerate(item.subitems, start=1):
                self._para(out, f"{subitem_label(m)}\t{sub}", "Contract Subitem")

    def _write_table(self, out: Any, table: Table) -> None:
        if not table.rows:
            return
        width = max(len(r) for r in table.rows)
        grid = out.add_table(rows=len(table.rows), cols=width)
        grid.style = "Table Grid" if "Table Grid" in self._style_ids else None
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid.autofit = False
        widths = self._column_widths(out, table, width)
        for column, column_width in zip(grid.columns, widths, strict=True):
            column.width = column_width  # the grid LibreOffice lays out by
        for r, row in enumerate(table.rows):
            cells = grid.rows[r].cells
            if len(row) < width:  # a short row spans to the right edge
                cells[len(row) - 1].merge(cells[width - 1])
            for c, text in enumerate(row):
                header = (table.kind == "grid" and r == 0) or (table.kind == "form" and c == 0)
                cell = grid.cell(r, c)
                cell.width = widths[c]
                self._set_style(cell.paragraphs[0], "Table Header" if header else "Table Text")
                _add_lines(cell.paragraphs[0], text)
                if header:
                    _shade(cell)
        if table.kind == "plain":
            _no_borders(grid)
        self._set_style(out.add_paragraph(), "Table Text")

    def _set_style(self, paragraph: Any, name: str) -> None:
        """Give ``paragraph`` the style ``name``, or leave it Normal when the reference lacks it."""
        style_id = self._style_ids.get(name)
        if style_id and name != "Normal":
            paragraph._p.style = style_id

    def _column_widths(self, out: Any, table: Table, count: int) -> list[Any]:
        page = out.sections[0]
        usable = page.page_width - page.left_margin - page.right_margin
        shares = table.widths if len(table.widths) == count else [1] * count
        total = sum(shares)
        return [int(usable * s / total) for s in shares]

    def _write_signatures(self, out: Any, parties: list[Party]) -> None:
        grid = out.add_table(rows=1, cols=max(1, len(parties)))
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        _no_borders(grid)
        _keep_row_together(grid.rows[0])
        for cell, party in zip(grid.rows[0].cells, parties, strict=False):
            lines = signature_lines(party)
            self._set_style(cell.paragraphs[0], "Signature")
            cell.paragraphs[0].add_run(clean(lines[0])).bold = True
            for line in filter(None, lines[1:]):
                para = cell.add_paragraph()
                self._set_style(para, "Signature")
                para.add_run(clean(line))
            cell.paragraphs[-1].paragraph_format.space_before = Pt(6)
