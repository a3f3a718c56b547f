"""Read a received contract (.docx or plain text) safely into core's SourceDocument.

Paragraph numbering (the ``paragraph_index`` of the review JSON): body paragraphs are numbered
exactly as python-docx's ``document.paragraphs`` (direct ``w:p`` children of ``w:body``), from 0.
Paragraphs inside tables, and inside block content controls (``w:sdt``), are read too, in
reading order, and reviewed, but they have no body index (``index=None``): they are not in
``document.paragraphs``. Headers, footers, footnotes and text boxes are not read.

Untrusted files: a .docx is a zip of XML parts, so before python-docx opens it we check the
container (signature, zip directory, declared uncompressed sizes against zip bombs, no DTD or
entity declarations in any XML part). python-docx's own parser already sets
``resolve_entities=False``; refusing ``<!DOCTYPE`` outright also stops entity expansion tricks.
Password-protected Word files are OLE compound files (``D0CF11E0``), not zips.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from subcontract_assist.adapters.docx_numbering import NumberingLabeler
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import (
    SourceDocument,
    SourceParagraph,
    source_from_lines,
)
from subcontract_assist.core.text import Text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_RATIO = 200  # compressed → uncompressed; real XML compresses 5–20×
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_TEXT_SUFFIXES = (".txt", ".text")


def _error(path: Path, ko: str, en: str) -> DocumentError:
    return DocumentError(Text(f"{path.name}: {ko}", f"{path.name}: {en}"))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            mb, limit = size // 1_048_576, MAX_FILE_BYTES // 1_048_576
            raise _error(
                path,
                f"파일이 너무 큽니다 ({mb} MB, 최대 {limit} MB).",
                f"the file is too large ({mb} MB, at most {limit} MB).",
            )
        return path.read_bytes()
    except OSError as exc:
        raise _error(
            path,
            f"파일을 열 수 없습니다 ({exc.strerror}).",
            f"the file cannot be opened ({exc.strerror}).",
        ) from exc


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


def _check_entries(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if len(infos) > MAX_ENTRIES:
        raise _error(path, "문서 구성 파일이 너무 많습니다.", "the document has too many parts.")
    if "mimetype" in names:
        raise _error(
            path,
            "Word(.docx) 문서가 아닙니다 (ODT/HWPX 등은 .docx로 저장해 주세요).",
            "this is not a Word (.docx) document (save ODT/HWPX files as .docx).",
        )
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _error(path, "Word(.docx) 문서가 아닙니다.", "this is not a Word (.docx) document.")
    total = sum(info.file_size for info in infos)
    bomb = any(
        info.file_size > 1_048_576 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise _error(
            path,
            "압축을 풀면 지나치게 커지는 파일입니다 (압축 폭탄 의심). 열지 않았습니다.",
            "the file expands to an excessive size (suspected zip bomb); it was not opened.",
        )


_DTD_MARKS = tuple(
    mark.encode(enc)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


def _check_xml_parts(path: Path, archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        content = archive.read(info)  # bounded by the declared sizes checked above
        if any(mark in content for mark in _DTD_MARKS):
            raise _error(
                path,
                "문서에 허용되지 않는 XML 선언(DTD/엔터티)이 있어 열지 않았습니다.",
                "the document contains XML declarations (DTD/entities) that are not allowed; "
                "it was not opened.",
            )


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
        return Document(io.BytesIO(data))
    except DocumentError:
        raise
    except Exception as exc:  # zipfile, lxml and python-docx raise many types on broken input
        raise _error(
            path,
            "손상되었거나 올바르지 않은 Word(.docx) 파일입니다.",
            "the Word (.docx) file is damaged or invalid.",
        ) from exc


def _row_cells(tr: Any) -> Iterator[Any]:
    """Yield the ``w:tc`` of a row, including cells wrapped in a content control."""
    for child in tr.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _row_cells(content)


def iter_paragraphs(document: DocxDocument) -> Iterator[tuple[Paragraph, int | None, Any]]:
    """Yield ``(paragraph, body index or None, (table, row) or None)`` in reading order."""
    body = document.element.body
    parent = document._body  # gives each Paragraph its part (for comments)
    index = 0
    tables = [0]

    def walk(element: Any, in_body: bool) -> Iterator[tuple[Paragraph, int | None, Any]]:
        nonlocal index
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                if in_body:
                    yield Paragraph(child, parent), index, None
                    index += 1
                else:
                    yield Paragraph(child, parent), None, None
            elif child.tag == qn("w:tbl"):
                yield from walk_table(child)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content, in_body=False)

    def walk_table(tbl: Any) -> Iterator[tuple[Paragraph, int | None, Any]]:
        number = tables[0]
        tables[0] += 1
        for row_no, tr in enumerate(tbl.findall(qn("w:tr"))):
            for tc in _row_cells(tr):
                for child in tc.iterchildren():
                    if child.tag == qn("w:p"):
                        yield Paragraph(child, parent), None, (number, row_no)
                    elif child.tag == qn("w:tbl"):
                        yield from walk_table(child)

    yield from walk(body, in_body=True)


def read_docx(path: Path) -> SourceDocument:
    """Return the paragraphs of a .docx in reading order, with Word's list numbers."""
    document = open_docx(path)
    labeler = NumberingLabeler(document)
    paragraphs = []
    for position, (para, index, table) in enumerate(iter_paragraphs(document)):
        style = para.style.name if para.style is not None else ""
        paragraphs.append(
            SourceParagraph(
                position=position,
                index=index,
                text=para.text,
                label=labeler.label(para._p),
                style=style or "",
                table=table,
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
    """Return a received contract from .docx or plain text, chosen by content and suffix."""
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return read_text(path)
    if suffix in _DOCX_SUFFIXES:
        return read_docx(path)
    head = _read_bytes(path)[:8]
    if head.startswith((b"PK", _OLE, b"%PDF")):
        return read_docx(path)
    return read_text(path)
