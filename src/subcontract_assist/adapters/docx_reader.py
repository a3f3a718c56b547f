"""Read a received contract (.docx or plain text) safely into core's SourceDocument.

Paragraph numbering (the ``paragraph_index`` of the review JSON): body paragraphs are numbered
exactly as python-docx's ``document.paragraphs`` (direct ``w:p`` children of ``w:body``), from 0.
Paragraphs inside tables, block content controls (``w:sdt``), ``w:customXml`` blocks, a
body-level ``mc:AlternateContent`` and text boxes are read too, in reading order, and reviewed,
but they have no body index (``index=None``): they are not in ``document.paragraphs``. A table of
one cell that holds the articles (a common Korean layout) is read as the body it is. Headers,
footers, footnotes and endnotes come after the main text, with their ``origin``.

A paragraph's text is every run the reader of the document sees: runs inside tracked
insertions (``w:ins``, ``w:moveTo``), inline content controls, smart tags, simple and complex
fields (the result, not the code), ``w:customXml``, ``w:dir``/``w:bdo`` and hyperlinks; never
tracked deletions (``w:del``, ``w:moveFrom``), hidden text (``w:vanish``) or the VML copy of a
drawing (``mc:Fallback``). python-docx's ``Paragraph.text`` joins direct runs only.

Untrusted files: a .docx is a zip of XML parts, so before python-docx opens it we check the
container (signature, zip directory, declared uncompressed sizes against zip bombs, no DTD or
entity declarations in any XML part). python-docx's own parser already sets
``resolve_entities=False``; refusing ``<!DOCTYPE`` outright also stops entity expansion tricks.
Password-protected Word files are OLE compound files (``D0CF11E0``), not zips. Valid packages
python-docx cannot open as they are are repaired in memory (never on disk): Strict Open XML
namespaces are mapped to the transitional ones, a main part named other than
``word/document.xml`` is found through the package relationships, and relationships to parts the
zip lacks (a missing thumbnail or image) are dropped.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from subcontract_assist.adapters.container import (
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_UNCOMPRESSED_BYTES,
    check_no_dtd,
    check_zip_sizes,
    file_error,
    read_bytes,
)
from subcontract_assist.adapters.docx_numbering import NumberingLabeler
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import (
    ARTICLE_RE,
    SourceDocument,
    SourceParagraph,
    source_from_lines,
)

__all__ = ["MAX_ENTRIES", "MAX_FILE_BYTES", "MAX_RATIO", "MAX_UNCOMPRESSED_BYTES"]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_TEXT_SUFFIXES = (".txt", ".text")
_error = file_error
_read_bytes = read_bytes


def _refuse_non_zip(path: Path, data: bytes) -> None:
    """Raise a clear error for the formats people send instead of .docx."""
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _error(
                path,
                "암호로 보호된 문서입니다. Word에서 암호를 해제하고 .docx로 다시 저장해 주세요.",
                "the document is password-protected. Remove the password in Word and save "
                "it again as .docx.",
            )
        if b"HWP Document File" in data[:4096] or "FileHeader".encode("utf-16-le") in data:
            raise _error(
                path,
                "한글(HWP) 문서는 읽을 수 없습니다. 한글에서 .docx로 저장해 주세요.",
                "HWP documents cannot be read. Save it as .docx in Hancom Office.",
            )
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data[:8192]:
            raise _error(
                path,
                "Excel(.xls) 파일입니다. 계약서는 .docx, .hwpx, .hwp, .pdf로 열어 주세요.",
                "this is an Excel (.xls) file. Open the contract as .docx, .hwpx, .hwp or .pdf.",
            )
        raise _error(
            path,
            "예전 Word(.doc) 형식입니다. Word에서 .docx로 저장해 주세요.",
            "this is an old Word (.doc) file. Save it as .docx in Word.",
        )
    if data.startswith(b"%PDF"):
        raise _error(
            path,
            "PDF 문서는 읽을 수 없습니다. 원본 .docx 파일이나 텍스트를 사용해 주세요.",
            "PDF files cannot be read. Use the original .docx or plain text.",
        )
    raise _error(
        path,
        "Word(.docx) 문서가 아닙니다.",
        "this is not a Word (.docx) document.",
    )


_OFFICE_DOCUMENT = re.compile(
    rb'Type="http://(?:schemas\.openxmlformats\.org/officeDocument/2006|purl\.oclc\.org/ooxml/'
    rb'officeDocument)/relationships/officeDocument"'
)


def _check_entries(path: Path, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    check_zip_sizes(path, archive)
    if "mimetype" in names:
        raise _error(
            path,
            "Word(.docx) 문서가 아닙니다 (ODT/HWPX 등은 .docx로 저장해 주세요).",
            "this is not a Word (.docx) document (save ODT/HWPX files as .docx).",
        )
    rels = archive.read("_rels/.rels") if "_rels/.rels" in names else b""
    main = "word/document.xml" in names or bool(_OFFICE_DOCUMENT.search(rels))
    if "[Content_Types].xml" not in names or not main:
        raise _error(path, "Word(.docx) 문서가 아닙니다.", "this is not a Word (.docx) document.")


def _check_xml_parts(path: Path, archive: zipfile.ZipFile) -> None:
    check_no_dtd(path, archive, (".xml", ".rels"))


#: Strict Open XML (ISO 29500 strict) namespaces → the transitional ones python-docx reads.
_STRICT = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": (
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/main": (
        b"http://schemas.openxmlformats.org/drawingml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": (
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/picture": (
        b"http://schemas.openxmlformats.org/drawingml/2006/picture"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/math": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/math"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/customXml": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/customXml"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    ),
}
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>|<Relationship\b.*?</Relationship>", re.S)
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def _without_dangling(name: str, rels: bytes, names: set[str]) -> bytes:
    """Return a .rels part without internal relationships to parts the zip lacks."""
    folder = posixpath.dirname(posixpath.dirname(name))  # word/_rels/x.rels → word

    def keep(match: re.Match[bytes]) -> bytes:
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(match[0])}
        if attrs.get("TargetMode") == "External" or "Target" not in attrs:
            return match[0]
        target = unquote(attrs["Target"])
        part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        return match[0] if posixpath.normpath(part) in names else b""

    return _RELATIONSHIP.sub(keep, rels)


def _repaired(data: bytes, archive: zipfile.ZipFile) -> bytes:
    """Return the package with Strict namespaces mapped and dangling relationships dropped."""
    names = set(archive.namelist())
    strict = any(b"purl.oclc.org/ooxml" in archive.read(n) for n in names if n.endswith(".rels"))
    changed: dict[str, bytes] = {}
    for name in names:
        if not name.endswith((".xml", ".rels")):
            continue
        content = original = archive.read(name)
        if strict:
            for strict_ns, transitional in _STRICT.items():
                content = content.replace(strict_ns, transitional)
        if name.endswith(".rels"):
            content = _without_dangling(name, content, names)
        if content != original:
            changed[name] = content
    if not changed:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            copy.writestr(info.filename, changed.get(info.filename) or archive.read(info))
    return out.getvalue()


_MAIN_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_VARIANTS = (  # .docm, .dotx, .dotm: the same WordprocessingML, another main content type
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _as_plain_docx(data: bytes, archive: zipfile.ZipFile) -> bytes:
    """Return the package with a .docm/.dotx main content type read as .docx (macros never run).

    python-docx refuses those content types although the document XML is the same; only the
    in-memory copy is changed, never the user's file.
    """
    types = archive.read("[Content_Types].xml")
    variant = next((v for v in _MAIN_VARIANTS if v in types), None)
    if variant is None:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            content = archive.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(variant, _MAIN_DOCX)
            copy.writestr(info.filename, content)
    return out.getvalue()


def open_docx(path: Path) -> DocxDocument:
    """Return the python-docx document at ``path`` after the safety checks.

    Raises:
        DocumentError: not a .docx, broken, encrypted, too large or unsafe.
    """
    data = _read_bytes(path)
    if not data.startswith(b"PK"):
        _refuse_non_zip(path, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_entries(path, archive)
            _check_xml_parts(path, archive)
            data = _as_plain_docx(data, archive)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = _repaired(data, archive)
        return Document(io.BytesIO(data))
    except DocumentError:
        raise
    except Exception as exc:  # zipfile, lxml and python-docx raise many types on broken input
        raise _error(
            path,
            "손상되었거나 올바르지 않은 Word(.docx) 파일입니다.",
            "the Word (.docx) file is damaged or invalid.",
        ) from exc


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Block wrappers whose content is read as if it stood in their place.
_WRAPPERS = {f"{_W}sdt", f"{_W}customXml", f"{_MC}AlternateContent"}
#: Subtrees whose text the reader does not see (deleted, hidden copies, nested stories).
_UNSEEN = {
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_MC}Fallback",
    f"{_W}txbxContent",
    f"{_W}instrText",
    f"{_W}delText",
    f"{_W}rPr",
    f"{_W}pPr",
    f"{_W}sdtPr",
    f"{_W}sdtEndPr",
    f"{_W}fldData",
}
_TRACKED = (f"{_W}ins", f"{_W}del", f"{_W}moveTo", f"{_W}moveFrom")


def _unwrap(element: Any) -> Iterator[Any]:
    """Yield the block children of ``element``, looking through content controls,
    ``w:customXml`` and ``mc:AlternateContent`` (its first ``mc:Choice``)."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _unwrap(content)
        elif tag == f"{_W}customXml":
            yield from _unwrap(child)
        elif tag == f"{_MC}AlternateContent":
            choice = child.find(f"{_MC}Choice")
            if choice is not None:
                yield from _unwrap(choice)
        else:
            yield child


def _row_cells(tr: Any) -> Iterator[Any]:
    """Yield the ``w:tc`` of a row, including cells wrapped in a content control."""
    for child in _unwrap(tr):
        if child.tag == qn("w:tc"):
            yield child


def _rows(tbl: Any) -> Iterator[Any]:
    for child in _unwrap(tbl):
        if child.tag == qn("w:tr"):
            yield child


def _hidden(run: Any) -> bool:
    rpr = run.find(f"{_W}rPr")
    if rpr is None:
        return False
    vanish = rpr.find(f"{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def paragraph_text(p: Any) -> tuple[str, bool]:
    """Return the text a reader sees in the ``w:p`` and whether it carries tracked changes."""
    parts: list[str] = []
    tracked = False

    def walk(element: Any) -> None:
        nonlocal tracked
        for child in element.iterchildren():
            tag = child.tag
            if tag in _TRACKED:
                tracked = True
            if not isinstance(tag, str) or tag in _UNSEEN:
                continue
            if tag == f"{_W}r" and _hidden(child):
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag == f"{_W}br":
                if child.get(f"{_W}type") in (None, "textWrapping"):
                    parts.append("\n")
            elif tag == f"{_W}cr":
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(p)
    return "".join(parts), tracked


def _text_boxes(p: Any) -> Iterator[Any]:
    """Yield the ``w:p`` of the text boxes anchored in ``p`` (not their VML copies)."""
    for box in p.iter(f"{_W}txbxContent"):
        if any(a.tag in (f"{_MC}Fallback", f"{_W}txbxContent") for a in box.iterancestors()):
            continue
        for child in _unwrap(box):
            if child.tag == f"{_W}p":
                yield child


def _holds_articles(tc: Any) -> bool:
    """A cell that holds two or more 제N조 headings is a page laid out as a table."""
    count = 0
    for p in tc.iter(f"{_W}p"):
        if ARTICLE_RE.match(paragraph_text(p)[0]):
            count += 1
            if count >= 2:
                return True
    return False


def iter_blocks(document: DocxDocument) -> Iterator[tuple[Paragraph, int | None, Any, str]]:
    """Yield ``(paragraph, body index or None, (table, row) or None, origin)`` of the main text
    in reading order; ``origin`` is ``body`` or ``textbox``."""
    body = document.element.body
    parent = document._body  # gives each Paragraph its part (for comments)
    index = 0
    tables = [0]

    def paragraph(
        p: Any, number: int | None, table: Any, origin: str
    ) -> Iterator[tuple[Paragraph, int | None, Any, str]]:
        yield Paragraph(p, parent), number, table, origin
        for inner in _text_boxes(p):
            yield Paragraph(inner, parent), None, None, "textbox"

    def walk(element: Any, in_body: bool) -> Iterator[tuple[Paragraph, int | None, Any, str]]:
        nonlocal index
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                if in_body:
                    number, index = index, index + 1
                    yield from paragraph(child, number, None, "body")
                else:
                    yield from paragraph(child, None, None, "body")
            elif child.tag == qn("w:tbl"):
                yield from walk_table(child)
            elif child.tag in _WRAPPERS:
                yield from walk(_Children(list(_unwrap(_Wrap(child)))), in_body=False)

    def walk_table(tbl: Any) -> Iterator[tuple[Paragraph, int | None, Any, str]]:
        rows = list(_rows(tbl))
        cells = [tc for tr in rows for tc in _row_cells(tr)]
        if len(cells) == 1 and _holds_articles(cells[0]):  # the contract laid out in one cell
            yield from walk(_Children(list(_unwrap(cells[0]))), in_body=False)
            return
        number = tables[0]
        tables[0] += 1
        for row_no, tr in enumerate(rows):
            for tc in _row_cells(tr):
                for child in _unwrap(tc):
                    if child.tag == qn("w:p"):
                        yield from paragraph(child, None, (number, row_no), "body")
                    elif child.tag == qn("w:tbl"):
                        yield from walk_table(child)

    yield from walk(body, in_body=True)


class _Children:
    """A list of elements that walks like an element (``iterchildren``)."""

    def __init__(self, children: list[Any]) -> None:
        self._children = children

    def iterchildren(self) -> Iterator[Any]:
        return iter(self._children)


class _Wrap:
    """One wrapper element seen as the only child of a container, for :func:`_unwrap`."""

    def __init__(self, element: Any) -> None:
        self._element = element

    def iterchildren(self) -> Iterator[Any]:
        return iter([self._element])


def iter_paragraphs(document: DocxDocument) -> Iterator[tuple[Paragraph, int | None, Any]]:
    """Yield ``(paragraph, body index or None, (table, row) or None)`` in reading order."""
    for para, index, table, _origin in iter_blocks(document):
        yield para, index, table


_NOTE_PARTS = (
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "footnote"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes", "endnote"),
)


def _side_stories(document: DocxDocument) -> Iterator[tuple[Any, str]]:
    """Yield ``(w:p, origin)`` of the headers, footers, footnotes and endnotes, once each."""
    from docx.oxml.parser import parse_xml

    seen: set[str] = set()
    for reltype, origin in _NOTE_PARTS:
        for rel in document.part.rels.values():
            if rel.reltype != reltype or rel.is_external:
                continue
            part = rel.target_part
            if str(part.partname) in seen:
                continue
            seen.add(str(part.partname))
            element = getattr(part, "element", None)
            root = element if element is not None else parse_xml(part.blob)
            for child in root.iterchildren():
                if origin in ("footnote", "endnote"):
                    if child.get(f"{_W}type") in ("separator", "continuationSeparator"):
                        continue
                    for p in child.iter(f"{_W}p"):
                        yield p, origin
                elif child.tag == f"{_W}p" or child.tag in _WRAPPERS or child.tag == f"{_W}tbl":
                    for p in [child] if child.tag == f"{_W}p" else child.iter(f"{_W}p"):
                        yield p, origin


def read_docx(path: Path) -> SourceDocument:
    """Return the paragraphs of a .docx in reading order, with Word's list numbers."""
    document = open_docx(path)
    labeler = NumberingLabeler(document)
    styles = {
        s.get(f"{_W}styleId"): (
            s.find(f"{_W}name").get(f"{_W}val") if s.find(f"{_W}name") is not None else ""
        )
        for s in document.styles.element.iterchildren(f"{_W}style")
    }  # one lookup per style, not one scan of the styles part per paragraph

    def style_of(p: Any) -> str:
        ppr = p.find(f"{_W}pPr")
        pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = pstyle.get(f"{_W}val") if pstyle is not None else None
        if style_id is None:
            return "Normal"
        return str(styles.get(style_id) or "")

    paragraphs = []
    for position, (para, index, table, origin) in enumerate(iter_blocks(document)):
        text, tracked = paragraph_text(para._p)
        paragraphs.append(
            SourceParagraph(
                position=position,
                index=index,
                text=text,
                label=labeler.label(para._p) if origin == "body" else "",
                style=style_of(para._p),
                table=table,
                origin=origin,
                tracked=tracked,
            )
        )
    for p, origin in _side_stories(document):
        text, tracked = paragraph_text(p)
        paragraphs.append(
            SourceParagraph(
                position=len(paragraphs),
                index=None,
                text=text,
                style=style_of(p),
                origin=origin,
                tracked=tracked,
            )
        )
    return SourceDocument(path.name, "docx", tuple(paragraphs))


def _decode_text(path: Path, data: bytes) -> str:
    """Return the text of a plain-text file in UTF-8, UTF-16 (with BOM or not) or CP949."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="strict")
    if b"\x00" in data:  # UTF-16 without a BOM: every other byte of Hangul/ASCII text is NUL-free
        even, odd = data[0::2].count(0), data[1::2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        return data.decode(encoding, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp949")


def read_text(path: Path) -> SourceDocument:
    """Return a plain-text contract: one paragraph per line (index = line number from 0)."""
    data = _read_bytes(path)
    try:
        text = _decode_text(path, data)
    except UnicodeDecodeError as exc:
        raise _error(
            path,
            "텍스트 인코딩을 알 수 없습니다. UTF-8이나 CP949(EUC-KR)로 저장해 주세요.",
            "unknown text encoding. Save the file as UTF-8 or CP949 (EUC-KR).",
        ) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise _error(path, "텍스트 파일이 아닙니다.", "this is not a text file.")
    return source_from_lines(path.name, text.splitlines(), kind="text")


def read_contract(path: Path) -> SourceDocument:
    """Return a received contract in any format we read (see :mod:`readers`)."""
    from subcontract_assist.adapters.readers import read_contract as read_any

    return read_any(path)
