"""Write a received .docx back with the fair wording as Word tracked changes (a redline).

For each planned revision (``core.negotiation.redline``) the paragraph keeps its heading and
number, the rest of its runs move into ``w:del`` (``w:t`` → ``w:delText``), and one ``w:ins`` run
with the first deleted run's properties carries the fair wording; a comment with the finding is
anchored on the insertion. Author "Subcontract Assist", one date for the whole redline. The
paragraph properties and mark (numbering, style) are not touched, so accepting every change in
Word or LibreOffice gives the fair clause in the original formatting, and rejecting every change
gives the original text back.

Only plain paragraphs are rewritten: runs of text, tabs and line breaks, with bookmarks or
proofing marks between them. A paragraph with a hyperlink, a field, a content control, an image
or tracked changes of its own gets the comment alone. As with the commented copy, the package is
rebuilt from the original's entries byte for byte; only the main document part and the comments
part (with its content-type override and relationship, if new) differ.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from subcontract_assist.adapters.docx_annotator import INITIALS, _merge
from subcontract_assist.adapters.docx_reader import iter_paragraphs, open_docx
from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.negotiation.redline import AUTHOR, Revision
from subcontract_assist.core.text import Text

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PARAGRAPH_CHILDREN = {
    qn(t)
    for t in (
        "w:pPr",
        "w:r",
        "w:bookmarkStart",
        "w:bookmarkEnd",
        "w:proofErr",
        "w:permStart",
        "w:permEnd",
        "w:commentRangeStart",
        "w:commentRangeEnd",
    )
}
_RUN_CHILDREN = {
    qn(t) for t in ("w:rPr", "w:t", "w:tab", "w:br", "w:cr", "w:lastRenderedPageBreak")
}


@dataclass(frozen=True, slots=True)
class RedlineResult:
    """What the redline did: tracked changes made, comments alone, revisions not placed."""

    changed: int
    commented: int
    skipped: int


def _child_text(child: Any) -> str:
    if child.tag == qn("w:t"):
        return str(child.text or "")
    if child.tag == qn("w:tab"):
        return "\t"
    if child.tag in (qn("w:br"), qn("w:cr")):
        return "\n"
    return ""


def _plain_runs(p: Any) -> list[Any] | None:
    """Return the paragraph's runs when it is plain enough to rewrite, else None."""
    if any(child.tag not in _PARAGRAPH_CHILDREN for child in p):
        return None
    runs = [child for child in p if child.tag == qn("w:r")]
    for r in runs:
        for child in r:
            if child.tag not in _RUN_CHILDREN:
                return None
            if child.tag == qn("w:br") and child.get(qn("w:type")) not in (None, "textWrapping"):
                return None
    return runs


def _run_text(r: Any) -> str:
    return "".join(_child_text(child) for child in r)


def _text_element(tag: str, text: str) -> Any:
    element = OxmlElement(tag)
    element.text = text
    element.set(_XML_SPACE, "preserve")
    return element


def _split_run(r: Any, at: int) -> Any:
    """Split run ``r`` at character ``at``; ``r`` keeps the head, the returned new run the tail."""
    tail = OxmlElement("w:r")
    rpr = r.find(qn("w:rPr"))
    if rpr is not None:
        tail.append(copy.deepcopy(rpr))
    seen = 0
    for child in list(r):
        if child.tag == qn("w:rPr"):
            continue
        text = _child_text(child)
        if seen >= at:
            tail.append(child)  # moves it out of r
        elif child.tag == qn("w:t") and seen + len(text) > at:
            cut = at - seen
            child.text = text[:cut]
            child.set(_XML_SPACE, "preserve")
            tail.append(_text_element("w:t", text[cut:]))
        seen += len(text)
    r.addnext(tail)
    return tail


def _mark(tag: str, rev_id: int, when: str) -> Any:
    element = OxmlElement(tag)
    element.set(qn("w:id"), str(rev_id))
    element.set(qn("w:author"), AUTHOR)
    element.set(qn("w:date"), when)
    return element


def _as_deleted(r: Any) -> None:
    for t in r.findall(qn("w:t")):
        t.tag = qn("w:delText")
        t.set(_XML_SPACE, "preserve")


class _Redliner:
    def __init__(self, document: DocxDocument, when: dt.datetime) -> None:
        self.document = document
        self.when = when.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
        self.stamp = self.when.isoformat() + "Z"
        ids = [
            int(value)
            for element in document.element.body.iter()
            if (value := element.get(qn("w:id"))) is not None and value.lstrip("-").isdigit()
        ]
        self.next_id = max(ids, default=0) + 1

    def _rev_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def _new_comment(self, text: str) -> int:
        comment = self.document.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
        comment._comment_elm.date = self.when.replace(tzinfo=dt.UTC)
        return int(comment.comment_id)

    def track(self, p: Any, revision: Revision) -> bool:
        """Replace the paragraph's text after ``keep`` as a tracked change; False if it cannot."""
        runs = _plain_runs(p)
        if not runs or revision.new is None or "".join(map(_run_text, runs)) != revision.original:
            return False
        keep = len(revision.keep)
        seen, deleted = 0, []
        for r in runs:
            length = len(_run_text(r))
            if seen < keep < seen + length:
                deleted.append(_split_run(r, keep - seen))
            elif seen >= keep and length:
                deleted.append(r)
            seen += length
        if not deleted:
            return False
        rpr = deleted[0].find(qn("w:rPr"))
        last: Any = None
        for r in deleted:  # consecutive runs share one w:del; a bookmark between starts another
            previous = r.getprevious()
            if last is None or previous is not last:
                last = _mark("w:del", self._rev_id(), self.stamp)
                r.addprevious(last)
            last.append(r)
            _as_deleted(r)
        comment_id = self._new_comment(revision.comment)
        start = OxmlElement("w:commentRangeStart")
        start.set(qn("w:id"), str(comment_id))
        inserted = _mark("w:ins", self._rev_id(), self.stamp)
        run = OxmlElement("w:r")
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        run.append(_text_element("w:t", revision.new))
        inserted.append(run)
        end = OxmlElement("w:commentRangeEnd")
        end.set(qn("w:id"), str(comment_id))
        reference = OxmlElement("w:r")
        mark = OxmlElement("w:commentReference")
        mark.set(qn("w:id"), str(comment_id))
        reference.append(mark)
        last.addnext(start)
        start.addnext(inserted)
        inserted.addnext(end)
        end.addnext(reference)
        return True

    def comment(self, paragraph: Any, text: str) -> bool:
        """Anchor a comment on the paragraph's text runs (first to last); False if it has none."""
        runs = [
            Run(r, paragraph)
            for r in paragraph._p.iter(qn("w:r"))
            if r.find(qn("w:t")) is not None
            and not any(a.tag == qn("w:txbxContent") for a in r.iterancestors())
        ]
        if not runs:
            return False
        added = self.document.add_comment(
            [runs[0], runs[-1]], text=text, author=AUTHOR, initials=INITIALS
        )
        added._comment_elm.date = self.when.replace(tzinfo=dt.UTC)
        return True


def _locate(paragraphs: Sequence[Any], revision: Revision) -> Any | None:
    """Return the paragraph of ``revision``: at its position, or the one with its exact text."""
    if 0 <= revision.position < len(paragraphs):
        candidate = paragraphs[revision.position]
        if candidate.text == revision.original:
            return candidate
    same = [p for p in paragraphs if p.text == revision.original]
    return same[0] if len(same) == 1 else None


def redline_document(
    document: DocxDocument, revisions: Sequence[Revision], when: dt.datetime
) -> RedlineResult:
    """Apply ``revisions`` to ``document`` in memory."""
    paragraphs = [para for para, _index, _table in iter_paragraphs(document)]
    redliner = _Redliner(document, when)
    changed = commented = skipped = 0
    for revision in revisions:
        paragraph = _locate(paragraphs, revision)
        if paragraph is None:
            skipped += 1
        elif revision.new is not None and redliner.track(paragraph._p, revision):
            changed += 1
        elif redliner.comment(paragraph, revision.comment):
            commented += 1
        else:
            skipped += 1
    return RedlineResult(changed, commented, skipped)


def write_redline(
    source: Path,
    target: Path,
    revisions: Sequence[Revision],
    when: dt.datetime | None = None,
) -> RedlineResult:
    """Write ``target``: ``source`` with ``revisions`` as tracked changes and comments.

    Raises:
        DocumentError: ``source`` cannot be read (see :func:`open_docx`).
        RenderError: ``target`` cannot be written.
    """
    document = open_docx(source)
    result = redline_document(document, revisions, when or dt.datetime.now(dt.UTC))
    original = source.read_bytes()
    data = _merge(original, document) if result.changed or result.commented else original
    try:
        atomic_write_bytes(target, data, keep_backup=False)
    except OSError as exc:
        raise RenderError(
            Text(
                f"수정 제안(변경 추적) 사본을 저장할 수 없습니다: {target} ({exc.strerror})",
                f"Cannot write the redline: {target} ({exc.strerror})",
            )
        ) from exc
    return result
