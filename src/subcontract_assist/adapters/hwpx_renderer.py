"""Write a ContractDocument as a 한글 .hwpx with python-hwpx (the same model the .docx writer uses).

The paragraphs come in the order, and with the text, that :class:`DocxRenderer` writes: the
section titles, 제N장/제N조 headings, ``①\\t…`` 항, ``1.\\t…`` 호, ``가.\\t…`` 목, a table for
the cover, each grid and the signatures, the empty paragraph after a table, the date line. So the
same contract read back from .docx and .hwpx has the same ``paragraph_index`` for each paragraph.
A4 (the skeleton's page), 함초롬바탕 (the font every 한글 installation has), the title in the
running header and ``- N -`` page numbers in the footer. The written package is checked with
python-hwpx's own validator before it replaces anything.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.docx_renderer import clean, signature_lines
from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.document.structure import (
    Article,
    Block,
    ContractDocument,
    Paragraph,
    Section,
    Table,
    item_label,
    labelled_blocks,
    subitem_label,
)
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.text import Text

KOREAN_FONT = "함초롬바탕"
SHADE = "#F2F2F2"  # label cells of the cover table and table headers
NO_BORDERS = "1"  # the skeleton's border fill without lines (plain tables, signatures)


class HwpxRenderer:
    """Renders contracts to .hwpx files (the DocumentRenderer port, as DocxRenderer)."""

    def build(self, doc: ContractDocument) -> Any:
        """Return the python-hwpx document for ``doc``."""
        from hwpx import HwpxDocument

        out = HwpxDocument.new()
        self._out = out
        self._first = True  # the skeleton's first paragraph holds the page settings: reuse it
        self._chars = {
            "text": out.oxml.ensure_run_style(font=KOREAN_FONT, size=10),
            "bold": out.oxml.ensure_run_style(font=KOREAN_FONT, size=10, bold=True),
            "heading": out.oxml.ensure_run_style(font=KOREAN_FONT, size=11, bold=True),
            "title": out.oxml.ensure_run_style(font=KOREAN_FONT, size=16, bold=True),
        }
        header = out.oxml.headers[0]
        self._center = header.ensure_paragraph_alignment("CENTER")
        self._right = header.ensure_paragraph_alignment("RIGHT")
        self._left = header.ensure_paragraph_alignment("LEFT")
        for index, section in enumerate(doc.sections):
            self._write_section(doc, section, page_break=index > 0)
        out.page.set_header(text=clean(doc.title))
        out.page.set_page_number(prefix="- ", suffix=" -")
        return out

    def to_bytes(self, doc: ContractDocument) -> bytes:
        """Return the .hwpx package for ``doc`` after python-hwpx's validator passed it."""
        from hwpx.errors import HwpxError

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                document = self.build(doc)
                report = document.validate()
                if not report.ok:
                    raise RenderError(
                        Text(
                            f"한글(.hwpx) 문서 검증에 실패했습니다: {report.issues[:3]}",
                            f"The .hwpx package failed validation: {report.issues[:3]}",
                        )
                    )
                return bytes(document.to_bytes())
        except (HwpxError, ValueError) as exc:
            raise RenderError(
                Text(
                    f"계약서를 한글(.hwpx) 문서로 만들 수 없습니다: {exc}",
                    f"The contract cannot be written as .hwpx: {exc}",
                )
            ) from exc

    def write(self, doc: ContractDocument, path: Path) -> None:
        """Write ``doc`` to ``path`` atomically (never a half-written file)."""
        data = self.to_bytes(doc)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise RenderError(
                Text(
                    f"계약서 파일을 쓸 수 없습니다: {path} ({exc.strerror})",
                    f"Cannot write the contract file: {path} ({exc.strerror})",
                )
            ) from exc

    # -- paragraphs ------------------------------------------------------------------------

    def _para(
        self, text: str, char: str = "text", align: str | None = None, page_break: bool = False
    ) -> Any:
        """Add a paragraph; ``\\n`` in ``text`` becomes a line break inside it."""
        para_pr = {"center": self._center, "right": self._right}.get(align or "", self._left)
        if self._first:
            para = self._out.paragraphs[0]
            para.text = ""
            self._first = False
            para.element.set("paraPrIDRef", str(para_pr))
        else:
            para = self._out.add_paragraph(
                "",
                para_pr_id_ref=para_pr,
                char_pr_id_ref=self._chars[char],
                include_run=False,
                inherit_style=False,
            )
        if page_break:
            para.element.set("pageBreak", "1")
        self._set_text(para, text, char)
        return para

    def _set_text(self, para: Any, text: str, char: str) -> None:
        """Add ``text`` as one run (a tab becomes ``hp:tab``, a newline ``hp:lineBreak``)."""
        para.add_run(clean(text), char_pr_id_ref=self._chars[char])

    def _write_section(self, doc: ContractDocument, section: Section, page_break: bool) -> None:
        self._para(section.heading, "title", "center", page_break=page_break)
        self._write_blocks(section.blocks, None)
        for article in section.articles:
            if article.chapter:
                self._para(article.chapter_heading, "heading", "center")
            self._para(article.heading, "heading")
            self._write_blocks(article.blocks, article)
        self._write_blocks(section.closing, None)
        if section.date_line:
            self._para(section.date_line, "text", "center")
        if section.signers:
            self._write_signatures(doc, section)

    def _write_blocks(self, blocks: list[Block], article: Article | None) -> None:
        for label, block in labelled_blocks(blocks, article):
            if isinstance(block, Table):
                self._write_table(block)
            else:
                self._write_paragraph(label, block)

    def _write_paragraph(self, label: str, block: Paragraph) -> None:
        if block.text:
            self._para(f"{label}\t{block.text}" if label else block.text)
        for n, item in enumerate(block.items, start=1):
            self._para(f"{item_label(n)}\t{item.text}")
            for m, sub in enumerate(item.subitems, start=1):
                self._para(f"{subitem_label(m)}\t{sub}")

    # -- tables ----------------------------------------------------------------------------

    def _anchor_ready(self) -> None:
        """A table cannot sit in the skeleton's page-settings paragraph: give it one first."""
        if self._first:
            self._para("")

    def _write_table(self, table: Table) -> None:
        if not table.rows:
            return
        self._anchor_ready()
        width = max(len(r) for r in table.rows)
        borders = NO_BORDERS if table.kind == "plain" else None
        grid = self._out.add_table(len(table.rows), width, border_fill_id_ref=borders)
        if len(table.widths) == width:
            grid.set_column_widths(table.widths)
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                header = (table.kind == "grid" and r == 0) or (table.kind == "form" and c == 0)
                self._cell_text(grid.cell(r, c), text, "bold" if header else "text")
                if header:
                    grid.set_cell_shading(r, c, SHADE)
        for r, row in enumerate(table.rows):
            if len(row) < width:  # a short row spans to the right edge
                grid.merge_cells(r, len(row) - 1, r, width - 1)
        self._para("")

    def _cell_text(self, cell: Any, text: str, char: str) -> None:
        para = cell.paragraphs[0]
        for run in list(para.runs):
            run.remove()
        self._set_text(para, text, char)

    def _write_signatures(self, doc: ContractDocument, section: Section) -> None:
        parties = doc.signers(section)
        self._anchor_ready()
        grid = self._out.add_table(1, max(1, len(parties)), border_fill_id_ref=NO_BORDERS)
        for c, party in enumerate(parties):
            cell = grid.cell(0, c)
            lines = [line for line in signature_lines(party) if line]
            self._cell_text(cell, lines[0], "bold")
            for line in lines[1:]:
                para = cell.add_paragraph("", char_pr_id_ref=self._chars["text"])
                for run in list(para.runs):
                    run.remove()
                self._set_text(para, line, "text")
