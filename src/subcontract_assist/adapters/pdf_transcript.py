"""A commented .docx transcript of a received PDF: the contract's paragraphs, with Word comments.

A PDF cannot carry review comments the way a .docx or .hwpx can, so the commented copy of a PDF
is a transcript: one Word paragraph per paragraph the PDF reader recovered, in reading order (table
rows as their cells' paragraphs), and a comment on each flagged one — the same comments a .docx
original would get. The transcript's document properties say what it is and where it came from.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document

from subcontract_assist.adapters.docx_annotator import Annotation, add_comments, write_copy
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.received.structure import SourceDocument
from subcontract_assist.core.text import Text


def write_pdf_transcript(
    source: SourceDocument, target: Path, annotations: Sequence[Annotation]
) -> int:
    """Write ``target`` (.docx): the PDF's paragraphs with the comments; return how many.

    Raises:
        RenderError: ``target`` is not a .docx name or cannot be written.
    """
    if target.suffix.lower() != ".docx":
        raise RenderError(
            Text(
                f"{target.name}: PDF의 검토 사본은 .docx 문서로 저장합니다.",
                f"{target.name}: the commented transcript of a PDF is written as .docx.",
            )
        )
    document = Document()
    for paragraph in source.paragraphs:  # one Word paragraph per recovered paragraph
        label = paragraph.label.strip()
        text = paragraph.text
        document.add_paragraph(f"{label} {text}" if label and not text.startswith(label) else text)
    properties = document.core_properties
    properties.title = f"검토 사본(PDF에서 옮김): {source.name}"
    properties.author = "Subcontract Assist"
    properties.comments = "받은 PDF 계약서의 문단을 옮겨 적고 검토 의견을 메모로 달았습니다."
    properties.created = properties.modified = dt.datetime.now().replace(microsecond=0)
    added = add_comments(document, annotations)
    buffer = io.BytesIO()
    document.save(buffer)
    write_copy(target, buffer.getvalue())
    return added
