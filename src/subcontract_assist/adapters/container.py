"""Checks shared by the readers of untrusted files: size, zip bombs, XML declarations.

A received contract comes from someone else. Before any library parses it, the file is read
whole (bounded by :data:`MAX_FILE_BYTES`), a zip's declared sizes are checked against zip bombs,
and XML parts carrying ``<!DOCTYPE``/``<!ENTITY`` are refused (entity expansion tricks).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.text import Text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_RATIO = 200  # compressed → uncompressed; real XML compresses 5–20×
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_DTD_MARKS = tuple(
    mark.encode(enc)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


def file_error(path: Path, ko: str, en: str) -> DocumentError:
    """Return the error for ``path``: its name first, then what is wrong and what to do."""
    return DocumentError(Text(f"{path.name}: {ko}", f"{path.name}: {en}"))


def read_bytes(path: Path) -> bytes:
    """Return the bytes of ``path``, refusing files over :data:`MAX_FILE_BYTES`."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            mb, limit = size // 1_048_576, MAX_FILE_BYTES // 1_048_576
            raise file_error(
                path,
                f"파일이 너무 큽니다 ({mb} MB, 최대 {limit} MB).",
                f"the file is too large ({mb} MB, at most {limit} MB).",
            )
        return path.read_bytes()
    except OSError as exc:
        raise file_error(
            path,
            f"파일을 열 수 없습니다 ({exc.strerror}).",
            f"the file cannot be opened ({exc.strerror}).",
        ) from exc


def check_zip_sizes(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a zip with too many entries or one that expands excessively (a zip bomb)."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise file_error(
            path, "문서 구성 파일이 너무 많습니다.", "the document has too many parts."
        )
    total = sum(info.file_size for info in infos)
    bomb = any(
        info.file_size > 1_048_576 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise file_error(
            path,
            "압축을 풀면 지나치게 커지는 파일입니다 (압축 폭탄 의심). 열지 않았습니다.",
            "the file expands to an excessive size (suspected zip bomb); it was not opened.",
        )


def check_no_dtd(path: Path, archive: zipfile.ZipFile, suffixes: tuple[str, ...]) -> None:
    """Refuse XML parts (names ending in ``suffixes``) that declare a DTD or entities."""
    for info in archive.infolist():
        if not info.filename.lower().endswith(suffixes):
            continue
        content = archive.read(info)  # bounded by the declared sizes checked before
        if any(mark in content for mark in _DTD_MARKS):
            raise file_error(
                path,
                "문서에 허용되지 않는 XML 선언(DTD/엔터티)이 있어 열지 않았습니다.",
                "the document contains XML declarations (DTD/entities) that are not allowed; "
                "it was not opened.",
            )
