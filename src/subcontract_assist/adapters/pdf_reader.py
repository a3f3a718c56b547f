"""Read a received contract from a PDF's text layer into core's SourceDocument.

PDFium (pypdfium2) gives each glyph with its box and each path of the page; pdfplumber's
table finder turns the ruling lines into cells on the pages that have any. (pdfplumber's own
glyph reading, through pdfminer.six, took 0.061 s a page; this reading takes 0.011.)
A PDF has no paragraphs, only positioned glyphs, so they are rebuilt here:

* words → lines (same baseline) → paragraphs: a paragraph ends at a short line (it stops well
  before the column's right edge), at a wider vertical gap, and before a line that opens a
  structure (``제N조``, ``①``, ``1.``, ``가.``, ``[별지``, ``※``, a date line). Wrapped lines are
  joined with a space (Korean wraps at spaces), never with a hyphen.
* Running headers and footers are dropped: a line in the top or bottom band of the page whose
  text (digits ignored) recurs on at least half the pages, and page numbers (``- 3 -``, ``3/12``).
* Two-column pages are read column by column: a vertical gutter near the middle that no word
  crosses splits the page; a line that crosses it (a title over both columns) is read where it
  stands and starts a new band.
* Ruled tables (pdfplumber's table finder over the page's straight path pieces) are read row
  by row like a .docx table (``table=(n, row)``, no ``index``).
* ``paragraph_index`` numbers the recovered body paragraphs in reading order (table cells have
  none), as for .docx; an empty paragraph of the original has no trace in a PDF, so after one the
  numbers can differ from the .docx the PDF was made from — compare findings by their text.

Refused with a Korean message (exit 2): a password-protected PDF, a broken file, and a scanned
PDF with no text layer — no OCR engine is bundled, so the user is told to ask for the original or
run OCR first.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.container import file_error, read_bytes
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import (
    ARTICLE_RE,
    CHAPTER_RE,
    CLAUSE_RE,
    CLOSING_RE,
    ITEM_RE,
    SourceDocument,
    SourceParagraph,
)

MAX_PAGES = 2000
_BAND = 0.08  # top/bottom share of the page where running headers and footers live
_PAGE_NUMBER = re.compile(
    r"^[-–—\s(\[]*\d{1,4}(\s*/\s*\d{1,4})?[-–—\s)\]]*$|^\d+\s*쪽$|^page\s*\d+", re.I
)
_SPACE_GAP = 0.27  # a gap this wide (of the font size) is a space on a page with space glyphs
_HEADING = re.compile(r"\s*제\s*\d{1,3}\s*조(\s*의\s*\d{1,2})?\s*[(（][^)）]{0,40}[)）]\s*")
# A wrapped line that starts with a reference (제16조의2 및 …, 제6조에 따른 …, 별지, 설계도서 …,
# 별지 제2호에 따라 …) opens nothing.
_REFERENCE = re.compile(
    r"\s*(제\s*\d{1,3}\s*조(\s*의\s*\d{1,2})?|별\s*[지첨표](\s*제?\s*\d{1,2}\s*호?)?)\s*"
    r"(제\s*\d|및|와|과|에|의|부터|까지|또는|내지|를|을|은|는|이|가|로|으로|,|·|ㆍ)"
)
_OPENS = re.compile(r"^\s*(\[별|【|※|부\s*칙)")


@dataclass(slots=True)
class _Line:
    """One line of text on a page (or a table standing in the flow)."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float
    table: list[list[str]] | None = None
    lead: float = 0.0  # the width of the line's first word


@dataclass(slots=True)
class _Page:
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)


def _open_error(path: Path, exc: Exception) -> DocumentError:
    names = f"{type(exc).__name__} {exc!r} {exc.__cause__!r} {exc.__context__!r}"
    if "password" in names.lower() or "encrypt" in names.lower():
        return file_error(
            path,
            "암호가 걸린 PDF입니다. 암호를 해제한 PDF나 원본(.docx/.hwp) 파일을 사용해 주세요.",
            "the PDF is password-protected. Use an unprotected PDF or the original "
            "(.docx/.hwp) file.",
        )
    return file_error(
        path,
        "손상되었거나 올바르지 않은 PDF 파일입니다. 원본(.docx/.hwp) 파일을 요청해 주세요.",
        "the PDF file is damaged or invalid. Ask for the original (.docx/.hwp) file.",
    )


def _scanned(path: Path) -> DocumentError:
    return file_error(
        path,
        "글자 층이 없는 PDF(스캔한 이미지)라 읽을 수 없습니다. 이 프로그램에는 OCR(문자 인식)이 "
        "들어 있지 않습니다. 보낸 쪽에 원본(.docx/.hwp/.hwpx)을 요청하거나, OCR 프로그램으로 "
        "글자를 인식한 PDF를 만들어 다시 열어 주세요.",
        "the PDF has no text layer (a scanned image), so it cannot be read. No OCR engine is "
        "included: ask for the original (.docx/.hwp/.hwpx), or make a searchable PDF with an "
        "OCR program and open that.",
    )


def _chars_to_lines(chars: list[dict[str, Any]], width: float) -> tuple[list[_Line], float | None]:
    """Group glyphs into lines by baseline, each column apart; return them and the gutter.

    A space is a space glyph, where the page has them (LibreOffice, Word and 한글 write them),
    or a gap of 0.27 of a character (nine tenths of a space glyph: PDFium drops a space glyph
    that touches the glyph before it, leaving its room; a tab is wider). The room (0.19–0.25
    on LibreOffice's pages) left between Hangul and digits is not a space (a fixed-gap reader
    writes ``제 1 조``). On a page without space glyphs a gap of a fifth of a character is a
    space.
    """
    spaced = _spaced(chars)
    rows = _rows(chars)
    glyphs = [c for c in chars if not c["text"].isspace()]
    gutter = _gutter(len(rows), glyphs, width)
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        crossing = gutter is not None and any(c["x0"] < gutter < c["x1"] for c in row)
        if gutter is None or crossing:  # one column, or a title over both columns
            parts = [row]
        else:
            parts = [[c for c in row if c["x1"] <= gutter], [c for c in row if c["x0"] >= gutter]]
        for part in parts:
            line = _line_of(part, _SPACE_GAP if spaced else 0.2) if part else None
            if line is not None and line.text:
                lines.append(line)
    return lines, gutter


def _spaced(chars: list[dict[str, Any]]) -> bool:
    return sum(1 for c in chars if c["text"] == " ") * 40 >= len(chars)


def _rows(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group glyphs that stand on one baseline (within a quarter of a glyph's height: glyphs of
    one line share it exactly, the next line of the other column may stand a few points off)."""
    rows: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(c["bottom"]), c["x0"])):
        if rows:
            last = rows[-1]
            height = max(1.0, last[0]["bottom"] - last[0]["top"])
            if abs(char["bottom"] - last[0]["bottom"]) <= height * 0.25:
                last.append(char)
                continue
        rows.append([char])
    return rows


def _lines_of(chars: list[dict[str, Any]], spaced: bool) -> list[_Line]:
    """Return the lines of glyphs in one box (a table cell), top to bottom, no columns;
    ``spaced``: the page writes space glyphs (see :func:`_chars_to_lines`)."""
    gap = _SPACE_GAP if spaced else 0.2
    lines = []
    for row in _rows(chars):
        row.sort(key=lambda c: c["x0"])
        line = _line_of(row, gap)
        if line.text:
            lines.append(line)
    return lines


def _line_of(row: list[dict[str, Any]], gap: float) -> _Line:
    size = statistics.median(c["bottom"] - c["top"] for c in row)
    threshold = size * gap
    words: list[list[dict[str, Any]]] = [[]]
    for n, char in enumerate(row):
        if char["text"].isspace():
            words.append([])
            continue
        if n and words[-1] and char["x0"] - row[n - 1]["x1"] > threshold:
            words.append([])
        words[-1].append(char)
    spans = [
        {
            "x0": w[0]["x0"],
            "x1": w[-1]["x1"],
            "top": min(c["top"] for c in w),
            "bottom": max(c["bottom"] for c in w),
            "text": "".join(c["text"] for c in w),
        }
        for w in words
        if w
    ]
    return _Line(
        top=min(c["top"] for c in row),
        bottom=max(c["bottom"] for c in row),
        x0=row[0]["x0"],
        x1=max(c["x1"] for c in row),
        text=" ".join(span["text"] for span in spans),
        size=size,
        lead=spans[0]["x1"] - spans[0]["x0"] if spans else 0.0,
    )


def _gutter(rows: int, words: list[dict[str, Any]], width: float) -> float | None:
    """Return the x of a column gutter near the middle of the page, or None (one column).

    ``words`` are glyphs (or words); a few full-width lines (``rows`` // 15) may cross it."""
    if len(words) < 40:
        return None
    size = int(width) + 2
    steps = [0] * (size + 1)  # +1 where a glyph starts, -1 after it ends: one pass, not one per x
    for w in words:
        first, past = max(0, int(w["x0"])), min(size, int(w["x1"]) + 1)
        if first < past:
            steps[first] += 1
            steps[past] -= 1
    bins = list(itertools.accumulate(steps[:size]))
    lo, hi = int(width * 0.3), int(width * 0.7)
    best: tuple[int, int] | None = None
    start = None
    limit = max(2, rows // 15)
    for x in range(lo, hi + 1):
        if bins[x] <= limit:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None or best[1] - best[0] < 6:
        return None
    middle = (best[0] + best[1]) / 2
    left = sum(1 for w in words if w["x1"] <= middle)
    right = sum(1 for w in words if w["x0"] >= middle)
    return middle if left >= 15 and right >= 15 else None


def _page_lines(
    chars: list[dict[str, Any]], edges: list[dict[str, Any]], width: float, height: float
) -> _Page:
    """Return the page's lines in reading order, ruled tables standing in the flow."""
    tables = _tables(edges) if edges else []
    boxes = [bbox for bbox, _rows in tables]

    def inside(c: dict[str, Any]) -> bool:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    lines, gutter = _chars_to_lines([c for c in chars if not inside(c)] if boxes else chars, width)
    table_lines = [
        _Line(bbox[1], bbox[3], bbox[0], bbox[2], "", 0.0, _table_rows(rows, chars))
        for bbox, rows in tables
    ]
    return _Page(width, height, _reading_order(lines + table_lines, gutter))


def _tables(edges: list[dict[str, Any]]) -> list[tuple[Any, list[list[Any]]]]:
    """Return each ruled table's box and its rows of cell boxes (``None`` under a merged cell).

    The ruling lines come from the page's paths; pdfplumber's table finder (its default
    "lines" settings: snap and join within 3 pt, edges of at least 3 pt) turns them into cells.
    """
    from pdfplumber.table import (
        Table,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )
    from pdfplumber.utils.geometry import filter_edges

    merged = merge_edges(
        filter_edges(edges, min_length=1),
        snap_x_tolerance=3,
        snap_y_tolerance=3,
        join_x_tolerance=3,
        join_y_tolerance=3,
    )
    intersections = edges_to_intersections(filter_edges(merged, min_length=3), 3, 3)
    out = []
    for cells in cells_to_tables(intersections_to_cells(intersections)):
        table = Table(None, cells)  # type: ignore[arg-type]  # the page is only used to extract
        out.append((table.bbox, [row.cells for row in table.rows]))
    return out


def _table_rows(rows: list[list[Any]], chars: list[dict[str, Any]]) -> list[list[str]]:
    """Return the text of each cell, row by row (lines of a cell joined with a space)."""
    spaced = _spaced(chars)
    out = []
    for row in rows:
        texts = []
        for cell in row:
            if cell is None:
                continue
            x0, top, x1, bottom = cell
            inside = [
                c
                for c in chars
                if x0 <= (c["x0"] + c["x1"]) / 2 < x1
                and top <= (c["top"] + c["bottom"]) / 2 < bottom
            ]
            texts.append(" ".join(line.text for line in _lines_of(inside, spaced)).strip())
        out.append(texts)
    return out


def _reading_order(lines: list[_Line], gutter: float | None) -> list[_Line]:
    lines = sorted(lines, key=lambda line: line.top)
    if gutter is None:
        return lines
    out: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for line in lines:
        if line.x1 <= gutter:
            left.append(line)
        elif line.x0 >= gutter:
            right.append(line)
        else:  # crosses the gutter: a title over both columns ends the band above it
            out += left + right + [line]
            left, right = [], []
    return out + left + right


def _key(line: _Line) -> tuple[str, int]:
    """Return what a running header/footer keeps from page to page: its text, digits aside,
    and its height on the page."""
    return re.sub(r"\d+", "#", line.text).strip(), round(line.top / 6)


def _drop_running(pages: list[_Page]) -> None:
    """Remove running headers/footers and page numbers from the pages' top and bottom bands."""

    def banded(page: _Page, line: _Line) -> bool:
        return line.table is None and (
            line.bottom <= page.height * _BAND or line.top >= page.height * (1 - _BAND)
        )

    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        counts.update({_key(line) for line in page.lines if banded(page, line)})
    needed = max(2, (len(pages) + 1) // 2)
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (
                banded(page, line)
                and (
                    _PAGE_NUMBER.match(line.text)
                    or (len(pages) > 1 and counts[_key(line)] >= needed)
                )
            )
        ]


def _opens_paragraph(text: str) -> bool:
    return bool(
        (ARTICLE_RE.match(text) and not _REFERENCE.match(text))
        or CLAUSE_RE.match(text)
        or ITEM_RE.match(text)
        or (CHAPTER_RE.match(text) and not _REFERENCE.match(text))
        or _OPENS.match(text)
        or CLOSING_RE.search(text)
    )


def _join(lines: list[str]) -> str:
    """Join wrapped lines: with a space (Korean wraps at spaces), but not inside a number
    (``제2`` + ``7조``) or before closing punctuation; never with a hyphen."""
    out = ""
    for line in lines:
        glue = (
            not out
            or out.endswith(("(", "「", "“", "‘", "·", "/"))
            or line.startswith((")", "」", "”", "’", ",", ".", "·", "/"))
            or (out[-1].isdigit() and line[:1].isdigit())
        )
        out += line if glue else " " + line
    return out


def _column_edge(lines: list[_Line], line: _Line) -> float:
    """Return the right edge of the column ``line`` stands in (the widest line over it)."""
    return max((o.x1 for o in lines if o.x0 < line.x1 and o.x1 > line.x0), default=line.x1)


def _paragraphs(pages: list[_Page]) -> list[tuple[str, list[list[str]] | None]]:
    """Return the text of each recovered paragraph, or a table's rows, in reading order.

    A line ends its paragraph when it stops short: more room is left before its column's
    right edge than two and a half characters *and* than the next line's first word needs
    (a narrow column wraps a long word early), and after a heading line (``제3조(목적)``).
    A paragraph runs on to the next column or page unless the line before the break stopped
    short or the next line opens a structure."""
    out: list[tuple[str, list[list[str]] | None]] = []
    current: list[str] = []
    previous: _Line | None = None
    room = 0.0  # left after ``previous`` before its column's right edge
    for page in pages:
        text_lines = [line for line in page.lines if line.table is None]
        gaps = [b.top - a.bottom for a, b in itertools.pairwise(text_lines) if b.top > a.bottom]
        usual_gap = statistics.median(gaps) if gaps else 4.0
        for line in page.lines:
            if line.table is not None:
                if current:
                    out.append((_join(current), None))
                    current, previous = [], None
                out.append(("", line.table))
                continue
            starts = (
                previous is None
                or _opens_paragraph(line.text)
                or (len(current) == 1 and _HEADING.fullmatch(current[0]) is not None)
                or (
                    room > max(previous.size, 6) * 2.5
                    and room > line.lead + max(previous.size, 6) * 0.5
                )
                or (
                    line.top >= previous.top  # the same column: a wider gap
                    and line.top - previous.bottom > max(usual_gap * 1.8, previous.size * 0.8)
                )
            )
            if starts and current:
                out.append((_join(current), None))
                current = []
            current.append(line.text)
            previous = line
            room = _column_edge(text_lines, line) - line.x1
        if not current:
            previous = None
    if current:
        out.append((_join(current), None))
    return out


_PDFIUM = threading.Lock()  # PDFium is not thread-safe, even across documents


def _glyphs(textpage: Any, height: float) -> list[dict[str, Any]]:
    """Return the glyphs PDFium read on a page, measured from the page's top as pdfplumber
    measures them: ``bottom`` is the baseline (the glyph's origin), ``top`` one font size (the
    size set, times the text's scale) above it, ``x0``/``x1`` the loose box's sides (the
    advance width). PDFium's loose box is not used for the height: its top and bottom vary
    from glyph to glyph.

    Spaces PDFium invents between words (``IsGenerated``) are skipped: spacing is decided
    from the glyphs' positions here, because PDFium's own spacing puts a space between Hangul
    and digits (``제 1 조``). A line-end hyphen PDFium marks as soft (code 2) is a ``-``."""
    import ctypes

    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    handle = textpage.raw
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    unicode_of, box_of = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox
    generated, origin_of = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetCharOrigin
    size_of, matrix_of = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetMatrix
    glyphs: list[dict[str, Any]] = []
    for n in range(pdfium_c.FPDFText_CountChars(handle)):
        code = unicode_of(handle, n)
        if code == 0 or (code <= 32 and generated(handle, n) == 1):
            continue
        if not box_of(handle, n, box) or not origin_of(handle, n, x, y):
            continue
        size = size_of(handle, n)
        if matrix_of(handle, n, matrix):
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        if size <= 0:
            size = box.top - box.bottom
        if code == 2:
            code = 0x2D
        if 0xDC00 <= code <= 0xDFFF and glyphs and len(glyphs[-1]["text"]) == 1:
            high = ord(glyphs[-1]["text"])
            if 0xD800 <= high <= 0xDBFF:  # the second half of a character beyond the BMP
                glyphs[-1]["text"] = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                glyphs[-1]["x1"] = max(glyphs[-1]["x1"], box.right)
                continue
        glyphs.append(
            {
                "x0": box.left,
                "x1": max(box.right, box.left),
                "top": height - y.value - size,
                "bottom": height - y.value,
                "text": chr(code) if code <= 0x10FFFF else "\ufffd",
            }
        )
    for glyph in glyphs:
        if 0xD800 <= ord(glyph["text"][0]) <= 0xDFFF:  # half a pair left alone
            glyph["text"] = "\ufffd"
    return glyphs


def _edges(page: Any, height: float) -> list[dict[str, Any]]:
    """Return the horizontal and vertical straight pieces of the page's paths (ruling lines,
    cell borders, rectangles), in pdfplumber's edge form, forms (XObjects) included."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    edges: list[dict[str, Any]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()

    def add(p0: tuple[float, float], p1: tuple[float, float]) -> None:
        (ax, ay), (bx, by) = p0, p1
        if abs(ax - bx) < 0.01:
            orientation = "v"
        elif abs(ay - by) < 0.01:
            orientation = "h"
        else:
            return
        top, bottom = height - max(ay, by), height - min(ay, by)
        edges.append(
            {
                "object_type": "curve_edge",
                "orientation": orientation,
                "x0": min(ax, bx),
                "x1": max(ax, bx),
                "top": top,
                "bottom": bottom,
                "doctop": top,
                "width": abs(ax - bx),
                "height": bottom - top,
            }
        )

    def walk(objects: list[Any], outer: tuple[float, ...], depth: int) -> None:
        for obj in objects:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
                continue
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            a, b, c, d, e, f = outer
            m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            own = (  # the object's matrix, then the forms' around it
                m[0] * a + m[1] * c,
                m[0] * b + m[1] * d,
                m[2] * a + m[3] * c,
                m[2] * b + m[3] * d,
                m[4] * a + m[5] * c + e,
                m[4] * b + m[5] * d + f,
            )
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                if depth < 8:
                    count = pdfium_c.FPDFFormObj_CountObjects(obj)
                    walk(
                        [pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)],
                        own,
                        depth + 1,
                    )
                continue
            start: tuple[float, float] | None = None
            last: tuple[float, float] | None = None
            for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
                segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
                pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
                point = (
                    own[0] * x.value + own[2] * y.value + own[4],
                    own[1] * x.value + own[3] * y.value + own[5],
                )
                kind_of = pdfium_c.FPDFPathSegment_GetType(segment)
                if kind_of == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
                    add(last, point)
                if kind_of == pdfium_c.FPDF_SEGMENT_MOVETO:
                    start = point
                last = point
                if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                    add(point, start)
                    last = start

    page_handle = page.raw
    count = pdfium_c.FPDFPage_CountObjects(page_handle)
    walk([pdfium_c.FPDFPage_GetObject(page_handle, i) for i in range(count)], (1, 0, 0, 1, 0, 0), 0)
    return edges


def read_pdf(path: Path) -> SourceDocument:
    """Return the paragraphs of a PDF's text layer in reading order."""
    data = read_bytes(path)
    if not data.startswith(b"%PDF"):
        raise file_error(path, "PDF 파일이 아닙니다.", "this is not a PDF file.")
    import pypdfium2 as pdfium

    pages: list[_Page] = []
    chars = 0
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except Exception as exc:  # PdfiumError: password, broken file
            raise _open_error(path, exc) from exc
        try:
            if len(pdf) == 0:
                raise _open_error(path, ValueError("no pages"))
            if len(pdf) > MAX_PAGES:
                raise file_error(
                    path,
                    f"쪽수가 너무 많습니다 (최대 {MAX_PAGES}쪽).",
                    f"the PDF has too many pages (at most {MAX_PAGES}).",
                )
            for number in range(len(pdf)):
                page = pdf[number]
                textpage = page.get_textpage()
                try:
                    width, height = page.get_size()
                    glyphs = _glyphs(textpage, height)
                    edges = _edges(page, height)
                finally:
                    textpage.close()
                    page.close()
                pages.append(_page_lines(glyphs, edges, width, height))
                chars += len(glyphs)
        except DocumentError:
            raise
        except Exception as exc:  # a page PDFium cannot parse
            raise _open_error(path, exc) from exc
        finally:
            pdf.close()
    if chars < 20 * max(1, len(pages)) // 10 or not any(p.lines for p in pages):
        raise _scanned(path)
    _drop_running(pages)
    paragraphs: list[SourceParagraph] = []
    index = tables = 0
    for text, rows in _paragraphs(pages):
        if rows is None:
            paragraphs.append(SourceParagraph(len(paragraphs), index, text))
            index += 1
            continue
        for row_no, row in enumerate(rows):
            for cell in row:
                paragraphs.append(
                    SourceParagraph(len(paragraphs), None, cell, table=(tables, row_no))
                )
        tables += 1
    return SourceDocument(path.name, "pdf", tuple(paragraphs))
