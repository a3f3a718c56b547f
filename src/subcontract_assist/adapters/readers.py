"""Which reader opens a received contract: by suffix first, then by the file's first bytes.

=========  ===============================  ======================================
suffix     reader                           kind (``SourceDocument.kind``)
=========  ===============================  ======================================
.docx …    :mod:`docx_reader` (python-docx) ``docx``
.hwpx      :mod:`hwpx_reader` (python-hwpx) ``hwpx``
.hwp       :mod:`hwpx_reader` (python-hwpx) ``hwp``
.pdf       :mod:`pdf_reader` (pdfplumber)   ``pdf``
.txt       :mod:`docx_reader`               ``text``
=========  ===============================  ======================================

A file whose suffix says nothing (or lies) is sniffed: ``%PDF`` → PDF, a zip whose ``mimetype``
is ``application/hwp+zip`` → HWPX, another zip → .docx, an OLE compound file holding an HWP
``FileHeader`` → HWP (else the .docx reader explains the old Word/encrypted file), else text.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from subcontract_assist.adapters.container import OLE_MAGIC, read_bytes
from subcontract_assist.core.received.structure import SourceDocument

#: Every suffix the open dialogs offer.
CONTRACT_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".hwpx", ".hwp", ".pdf", ".txt", ".text")


def _sniff(path: Path) -> str:
    data = read_bytes(path)
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"HWP Document File"):
        return "hwp"
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                if (
                    "mimetype" in names
                    and archive.read("mimetype").strip() == b"application/hwp+zip"
                ):
                    return "hwpx"
        except (zipfile.BadZipFile, OSError, KeyError):
            pass
        return "docx"
    if data.startswith(OLE_MAGIC):
        return "hwp" if "FileHeader".encode("utf-16-le") in data[:65536] else "docx"
    return "text"


def read_contract(path: Path) -> SourceDocument:
    """Return a received contract read by the reader its suffix (or content) calls for.

    Raises:
        DocumentError: the file cannot be read; the message names the file and what to do.
    """
    suffix = path.suffix.lower()
    kind = {
        ".docx": "docx",
        ".docm": "docx",
        ".dotx": "docx",
        ".dotm": "docx",
        ".hwpx": "hwpx",
        ".hwp": "hwp",
        ".pdf": "pdf",
        ".txt": "text",
        ".text": "text",
    }.get(suffix, "")
    if kind != "text":  # a PDF or 한글 file saved under another name is read for what it is
        sniffed = _sniff(path)
        kind = sniffed if (not kind or sniffed in ("pdf", "hwpx", "hwp")) else kind
    if kind in ("hwpx", "hwp"):
        from subcontract_assist.adapters.hwpx_reader import read_hwp

        return read_hwp(path)
    if kind == "pdf":
        from subcontract_assist.adapters.pdf_reader import read_pdf

        return read_pdf(path)
    from subcontract_assist.adapters.docx_reader import read_docx, read_text

    return read_text(path) if kind == "text" else read_docx(path)
