"""Write a copy of a received .docx with a Word comment on each flagged paragraph.

Nothing else may change: the user sends this copy back in negotiation. python-docx adds the
comments (``w:commentRangeStart``/``End`` + a reference run in the document part, and
``word/comments.xml``); we then rebuild the zip from the *original* entries, byte for byte,
taking from python-docx's output only the main document part and the new comments part, and
adding the one content-type override and relationship the comments part needs to the original
``[Content_Types].xml`` and document relationships.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.run import Run

from subcontract_assist.adapters.docx_reader import iter_paragraphs, open_docx
from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.text import Text

AUTHOR = "Subcontract Assist"
INITIALS = "SA"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True, slots=True)
class Annotation:
    """A comment to add: the paragraph's reading-order position and the comment text."""

    position: int
    text: str


def _anchor_runs(paragraph: Any) -> list[Run]:
    """Return the runs carrying the paragraph's text, hyperlinks and tracked insertions included.

    Runs of text boxes drawn inside the paragraph belong to other paragraphs and are skipped.
    """
    runs = []
    for r in paragraph._p.iter(qn("w:r")):
        if r.find(qn("w:t")) is None:
            continue
        if any(a.tag == qn("w:txbxContent") for a in r.iterancestors()):
            continue
        runs.append(Run(r, paragraph))
    return runs


def add_comments(document: DocxDocument, annotations: Sequence[Annotation]) -> int:
    """Add the comments to ``document`` in memory; return how many were anchored."""
    paragraphs = [para for para, _index, _table in iter_paragraphs(document)]
    added = 0
    for note in annotations:
        if not 0 <= note.position < len(paragraphs):
            continue
        runs = _anchor_runs(paragraphs[note.position])
        if not runs:  # an empty paragraph has nothing to anchor on; adding a run would edit it
            continue
        document.add_comment([runs[0], runs[-1]], text=note.text, author=AUTHOR, initials=INITIALS)
        added += 1
    return added


def _rels_name(partname: str) -> str:
    folder, name = posixpath.split(partname.lstrip("/"))
    return posixpath.join(folder, "_rels", name + ".rels")


def _serialize(root: ET.Element, namespace: str) -> bytes:
    # These two parts use one default namespace only; keep it unprefixed as Word writes it.
    ET.register_namespace("", namespace)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + body).encode()


def _with_override(content_types: bytes, partname: str, content_type: str) -> bytes:
    """Return ``[Content_Types].xml`` with an Override for ``partname`` (parts checked: no DTD)."""
    root = ET.fromstring(content_types)
    if any(o.get("PartName") == partname for o in root.iter(f"{{{_CT_NS}}}Override")):
        return content_types
    ET.SubElement(
        root, f"{{{_CT_NS}}}Override", {"PartName": partname, "ContentType": content_type}
    )
    return _serialize(root, _CT_NS)


def _with_relationship(rels: bytes | None, rel_id: str, target: str) -> bytes:
    """Return the document relationships with one to the comments part."""
    root = ET.fromstring(rels) if rels else ET.Element(f"{{{_REL_NS}}}Relationships")
    if any(r.get("Type") == RT.COMMENTS for r in root.iter(f"{{{_REL_NS}}}Relationship")):
        return rels or b""
    attributes = {"Id": rel_id, "Type": RT.COMMENTS, "Target": target}
    ET.SubElement(root, f"{{{_REL_NS}}}Relationship", attributes)
    return _serialize(root, _REL_NS)


def _copy_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """Return a fresh entry header with the original name, date and compression."""
    copy = zipfile.ZipInfo(info.filename, info.date_time)
    copy.compress_type = info.compress_type
    copy.external_attr = info.external_attr
    return copy


def _comments_rel(document: DocxDocument) -> tuple[str, str, str]:
    """Return (rId, target relative to the document part, comments partname)."""
    for rel_id, rel in document.part.rels.items():
        if rel.reltype == RT.COMMENTS:
            partname = str(rel.target_part.partname)
            doc_dir = posixpath.dirname(str(document.part.partname))
            return rel_id, posixpath.relpath(partname, doc_dir), partname
    raise KeyError("comments part")


def _merge(original: bytes, document: DocxDocument) -> bytes:
    """Return the original package with only the comment-related parts replaced or added."""
    rebuilt = io.BytesIO()
    document.save(rebuilt)
    doc_part = str(document.part.partname).lstrip("/")
    rel_id, target, comments_part = _comments_rel(document)
    rels_part = _rels_name(doc_part)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as old,
        zipfile.ZipFile(rebuilt) as new,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as merged,
    ):
        old_names = set(old.namelist())
        for info in old.infolist():
            data = old.read(info)
            if info.filename in (doc_part, comments_part.lstrip("/")):
                data = new.read(info.filename)
            elif info.filename == "[Content_Types].xml":
                data = _with_override(data, comments_part, CT.WML_COMMENTS)
            elif info.filename == rels_part:
                data = _with_relationship(data, rel_id, target)
            merged.writestr(_copy_info(info), data)
        if comments_part.lstrip("/") not in old_names:
            merged.writestr(comments_part.lstrip("/"), new.read(comments_part.lstrip("/")))
        if rels_part not in old_names:
            merged.writestr(rels_part, _with_relationship(None, rel_id, target))
    return out.getvalue()


def annotate_docx(source: Path, target: Path, annotations: Sequence[Annotation]) -> int:
    """Write ``target``: a copy of ``source`` with the comments added; return how many.

    Raises:
        DocumentError: ``source`` cannot be read (see :func:`open_docx`).
        RenderError: ``target`` cannot be written.
    """
    if source.suffix.lower() == ".docm" and target.suffix.lower() != ".docm":
        raise RenderError(  # a .docx name on macro-enabled content: Word refuses to open it
            Text(
                f"{target.name}: 매크로가 있는 문서(.docm)의 사본은 .docm으로 저장하세요.",
                f"{target.name}: save the copy of a macro-enabled document (.docm) as .docm.",
            )
        )
    document = open_docx(source)
    added = add_comments(document, annotations)
    original = source.read_bytes()
    write_copy(target, _merge(original, document) if added else original)
    return added


def write_copy(target: Path, data: bytes) -> None:
    """Write a commented copy atomically; a failure is a RenderError naming the file."""
    try:
        atomic_write_bytes(target, data, keep_backup=False)
    except OSError as exc:
        raise RenderError(
            Text(
                f"검토 의견을 단 사본을 저장할 수 없습니다: {target} ({exc.strerror})",
                f"Cannot write the commented copy: {target} ({exc.strerror})",
            )
        ) from exc
