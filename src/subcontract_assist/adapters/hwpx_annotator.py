"""A commented copy of a received 한글 contract: a 한글 메모 on each flagged paragraph.

The paragraphs are found exactly as the reader (:mod:`hwpx_reader`) numbered them, so a finding's
reading-order position names the same paragraph here. Each memo is anchored to its paragraph
through python-hwpx (a MEMO field, author "Subcontract Assist"); nothing else in the document is
touched. An .hwp original is read through the library's converter and the copy is written as
.hwpx (HWP 5.0 is not written back). The copy is written to a temporary file and moved into
place, so a failure never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.docx_annotator import Annotation
from subcontract_assist.adapters.hwpx_reader import (
    _Numbering,
    _Walker,
    open_hwp_document,
    walk_document,
)
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.text import Text

AUTHOR = "Subcontract Assist"


class _Locating(_Walker):
    """The reader's walk, keeping the ``<hp:p>`` element and section of every paragraph."""

    def __init__(self, numbering: _Numbering) -> None:
        super().__init__(numbering)
        self.found: list[tuple[Any, Any]] = []
        self.element: Any = None

    def paragraph(self, p: Any, **kwargs: Any) -> None:
        outer = self.element
        self.element = p
        super().paragraph(p, **kwargs)
        self.element = outer

    def add(self, **kwargs: Any) -> None:
        super().add(**kwargs)
        self.found.append((self.section, self.element))


def annotate_hwp(source: Path, target: Path, notes: Sequence[Annotation]) -> int:
    """Write ``target`` (.hwpx): ``source`` with a memo per note; return how many were added.

    Raises:
        DocumentError: the original cannot be read, or the copy cannot be written.
    """
    from hwpx.oxml.paragraph import HwpxOxmlParagraph

    if target.suffix.lower() != ".hwpx":
        raise DocumentError(
            Text(
                f"{target.name}: 한글 문서의 검토 사본은 .hwpx로만 저장할 수 있습니다.",
                f"{target.name}: the commented copy of a Hancom document is written as .hwpx.",
            )
        )
    if target.resolve() == source.resolve():
        raise DocumentError(
            Text(
                f"{target.name}: 받은 계약서 원본에 덮어쓸 수 없습니다. 다른 이름을 고르세요.",
                f"{target.name}: the received original cannot be overwritten; choose another name.",
            )
        )
    document, _kind = open_hwp_document(source)
    places = walk_document(document, _Locating).found
    added = 0
    for note in notes:
        if not 0 <= note.position < len(places):
            continue
        section, element = places[note.position]
        anchor = HwpxOxmlParagraph(element=element, section=section)
        document.notes.add_memo(note.text, anchor=anchor, author=AUTHOR)
        added += 1
    handle, temporary = tempfile.mkstemp(suffix=".hwpx", dir=target.parent)
    os.close(handle)
    try:
        document.save_to_path(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise DocumentError(
            Text(
                f"{target.name}: 사본을 저장하지 못했습니다 ({exc.strerror or exc}).",
                f"{target.name}: the copy could not be written ({exc.strerror or exc}).",
            )
        ) from exc
    return added
