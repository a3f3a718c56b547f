"""The commented copy of a received contract, in the form its format allows.

One place decides, for the CLI (``review --annotate``) and the app alike: Word comments on a copy
of a .docx, 한글 메모 on an .hwpx copy of a .hwpx/.hwp, and a commented .docx transcript of a PDF.
Only the findings worth sending back become notes (``ContractReview.to_comment``).
"""

from __future__ import annotations

from pathlib import Path

from subcontract_assist.adapters.docx_annotator import Annotation, annotate_docx
from subcontract_assist.adapters.hwpx_annotator import annotate_hwp
from subcontract_assist.adapters.pdf_transcript import write_pdf_transcript
from subcontract_assist.core.received.review import ContractReview, comment_text
from subcontract_assist.core.received.structure import SourceDocument
from subcontract_assist.core.text import Lang


def write_commented_copy(source: Path, target: Path, review: ContractReview, lang: Lang) -> int:
    """Write ``target``: ``source`` with one note per flagged paragraph; return how many."""
    notes = [
        Annotation(position, comment_text(items, lang))
        for position, items in review.to_comment().items()
    ]
    suffix = source.suffix.lower()
    if suffix in (".hwpx", ".hwp"):
        return annotate_hwp(source, target, notes)
    if suffix == ".pdf":  # a transcript of the paragraphs the PDF reader recovered
        read = tuple(p.source for p in review.contract.paragraphs)
        return write_pdf_transcript(
            SourceDocument(review.contract.name, "pdf", read), target, notes
        )
    return annotate_docx(source, target, notes)
