"""Read a received contract from a PDF's text layer (pdfplumber) into core's SourceDocument.

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
* Ruled tables (pdfplumber's table finder) are read row by row like a .docx table
  (``table=(n, row)``, no ``index``).
* ``paragraph_index`` numbers the recovered body paragraphs in reading order (table cells have
  none), as for .docx; an empty paragraph of the original has no trace in a PDF, so after one the
  numbers can differ from the .docx the PDF was made from — compare findings by their text.

Refused with a Korean message (exit 2): a password-protected PDF, a broken file, and a scanned
PDF with no text layer — no OCR engine is bundled, so the user is told to ask for the original or
run OCR first.
"""

from __future__ import annotations

import itertools
import re
import statistics
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


@dataclass(slots=True)
class _Page:
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)


def _open_error(path: Path, exc: Exception) -> DocumentError:
    names = f"{type(exc).__name__} {exc!r} {exc.__cause__!r} {exc.__context__!r}"
    if "Password" in names or "Encrypt" in names:
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
    or a gap wider than 0.3 of a character (a tab). The room (about 0.2) LibreOffice and Word
    leave between Hangul and digits is not a space (a fixed-gap reader writes ``제 1 조``). On a
    page without space glyphs a gap of a fifth of a character is a space.
    """
    spaced = sum(1 for c in chars if c["text"] == " ") * 40 >= len(chars)
    rows: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows:
            last = rows[-1]
            height = max(1.0, last[0]["bottom"] - last[0]["top"])
            if abs(char["top"] - last[0]["top"]) <= height * 0.5:
                last.append(char)
                continue
        rows.append([char])
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
            line = _line_of(part, 0.3 if spaced else 0.2) if part else None
            if line is not None and line.text:
                lines.append(line)
    return lines, gutter


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
    )


def _gutter(rows: int, words: list[dict[str, Any]], width: float) -> float | None:
    """Return the x of a column gutter near the middle of the page, or None (one column).

    ``words`` are glyphs (or words); a few full-width lines (``rows`` // 15) may cross it."""
    if len(words) < 40:
        return None
    bins = [0] * (int(width) + 2)
    for w in words:
        for x in range(max(0, int(w["x0"])), min(len(bins), int(w["x1"]) + 1)):
            bins[x] += 1
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


def _page_lines(page: Any) -> tuple[_Page, int]:
    """Return the page's lines in reading order (tables in the flow) and its character count."""
    width, height = float(page.width), float(page.height)
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def inside(w: dict[str, Any]) -> bool:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    lines, gutter = _chars_to_lines([c for c in page.chars if not inside(c)], width)
    table_lines = [
        _Line(t.bbox[1], t.bbox[3], t.bbox[0], t.bbox[2], "", 0.0, _table_rows(t)) for t in tables
    ]
    ordered = _reading_order(lines + table_lines, gutter)
    return _Page(width, height, ordered), len(page.chars)


def _table_rows(table: Any) -> list[list[str]]:
    rows = []
    for row in table.extract(x_tolerance=3, y_tolerance=3):
        rows.append(
            [re.sub(r"\s*\n\s*", " ", cell or "").strip() for cell in row if cell is not None]
        )
    return rows


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
        ARTICLE_RE.match(text)
        or CLAUSE_RE.match(text)
        or ITEM_RE.match(text)
        or CHAPTER_RE.match(text)
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
    """Return the text of each recovered paragraph, or a table's rows, in reading order."""
    out: list[tuple[str, list[list[str]] | None]] = []
    current: list[str] = []
    previous: _Line | None = None
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
                or previous.x1 < _column_edge(text_lines, previous) - max(previous.size, 6) * 2.5
                or line.top - previous.bottom > max(usual_gap * 1.8, previous.size * 0.8)
                or line.top < previous.top  # a new column or page
            )
            if starts and current:
                out.append((_join(current), None))
                current = []
            current.append(line.text)
            previous = line
        previous = None if current else previous
        if current:  # a paragraph may run on to the next page; keep it open
            previous = page.lines[-1] if page.lines and page.lines[-1].table is None else None
    if current:
        out.append((_join(current), None))
    return out


def read_pdf(path: Path) -> SourceDocument:
    """Return the paragraphs of a PDF's text layer in reading order."""
    data = read_bytes(path)
    if not data.startswith(b"%PDF"):
        raise file_error(path, "PDF 파일이 아닙니다.", "this is not a PDF file.")
    import io

    import pdfplumber

    pages: list[_Page] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise file_error(
                    path,
                    f"쪽수가 너무 많습니다 (최대 {MAX_PAGES}쪽).",
                    f"the PDF has too many pages (at most {MAX_PAGES}).",
                )
            for page in pdf.pages:
                lines, count = _page_lines(page)
                pages.append(lines)
                chars += count
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many types on broken or encrypted input
        raise _open_error(path, exc) from exc
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
