"""The commented copy of a received PDF: a .docx transcript of its paragraphs with comments."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from subcontract_assist.adapters.docx_annotator import Annotation
from subcontract_assist.adapters.docx_reader import read_docx
from subcontract_assist.adapters.pdf_transcript import write_pdf_transcript
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.received.structure import source_from_lines

LINES = [
    "물품 제조 하도급계약서",
    "제1조(대금) 갑은 목적물을 받은 날부터 90일이 지난 후 대금을 지급한다.",
    "",
    "제2조(비용) 민원 처리에 드는 모든 비용은 을이 부담한다.",
]


def test_each_recovered_paragraph_is_a_word_paragraph_and_flagged_ones_are_commented(
    tmp_path: Path,
) -> None:
    source = source_from_lines("받은계약서.pdf", LINES, kind="pdf")
    target = tmp_path / "검토사본.docx"
    notes = [Annotation(1, "[위반] 하도급법 제13조 제1항"), Annotation(3, "[위반] 제3조의4")]
    assert write_pdf_transcript(source, target, notes) == 2
    assert [p.text for p in read_docx(target).paragraphs] == LINES  # positions line up
    document = docx.Document(str(target))
    assert {c.text for c in document.comments} == {n.text for n in notes}
    assert "받은계약서.pdf" in document.core_properties.title


def test_the_transcript_is_a_docx(tmp_path: Path) -> None:
    source = source_from_lines("a.pdf", LINES, kind="pdf")
    with pytest.raises(RenderError, match="docx"):
        write_pdf_transcript(source, tmp_path / "a.hwpx", [])
