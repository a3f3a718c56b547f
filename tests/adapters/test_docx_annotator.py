"""The commented copy of a received contract changes nothing but the comments; the report."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from subcontract_assist.adapters.docx_annotator import AUTHOR, Annotation, annotate_docx
from subcontract_assist.adapters.docx_reader import read_docx
from subcontract_assist.adapters.review_report import write_report
from subcontract_assist.cli import main
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract
from subcontract_assist.core.text import Text
from tests.helpers.contract_json_to_docx import render_contract_json
from tests.office import convert, require_tool

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
COMMENT_PARTS = ("word/document.xml", "word/comments.xml", "[Content_Types].xml")

CONTRACT = {
    "title": "도장 공사 하도급 계약서",
    "articles": [
        {"heading": "제1조(목적)", "paragraphs": ["이 계약은 도장 공사의 시공에 관하여 정한다."]},
        {
            "heading": "제2조(공사비)",
            "paragraphs": [
                "갑은 기성 검사 후 30일 이내에 공사비를 현금으로 지급한다.",
                "을은 공사 현장의 민원 처리 비용을 모두 부담한다.",
            ],
        },
    ],
}


def fake_screen(text: str, field: str = "") -> list[Finding]:
    if "민원" not in text:
        return []
    return [
        Finding(
            "unfair_special_terms.complaint_accident_costs",
            Category.UNFAIR_SPECIAL_TERMS,
            "제3조의4",
            Severity.VIOLATION,
            Text("민원 비용을 수급사업자에게 떠넘깁니다.", "Complaint costs are shifted."),
            field,
            "민원 비용은 원인을 제공한 자가 부담한다.",
        )
    ]


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def without_comment_marks(document_xml: bytes) -> bytes:
    """Return canonical XML of the document part with the comment anchors removed."""
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(document_xml, parser)
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for node in root.iter(f"{{{W}}}{tag}"):
            node.getparent().remove(node)
    for ref in list(root.iter(f"{{{W}}}commentReference")):
        run = ref.getparent()
        run.getparent().remove(run)
    return bytes(etree.tostring(root, method="c14n"))


@pytest.fixture
def original(tmp_path: Path) -> Path:
    return render_contract_json(CONTRACT, tmp_path / "in.docx", numbering="word").path


def annotate(original: Path, out: Path) -> int:
    review = ContractReviewer(None, fake_screen).review(
        parse_contract(read_docx(original)), CancelToken()
    )
    from subcontract_assist.core.received.review import comment_text

    notes = [Annotation(pos, comment_text(items)) for pos, items in review.by_paragraph().items()]
    return annotate_docx(original, out, notes)


def test_each_flagged_paragraph_gets_a_comment_by_subcontract_assist(
    original: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.docx"
    assert annotate(original, out) == 1
    comments = list(Document(str(out)).comments)
    assert [c.author for c in comments] == [AUTHOR]
    assert "하도급법 제3조의4" in comments[0].text
    assert "권고 문구: 민원 비용은 원인을 제공한 자가 부담한다." in comments[0].text
    xml = entries(out)["word/document.xml"].decode()
    anchored = re.search(r"<w:commentRangeStart[^>]*/>.*?<w:commentRangeEnd", xml, re.S)
    assert anchored
    assert "민원 처리 비용" in anchored.group(0)


def test_the_text_and_every_other_part_are_unchanged(original: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    annotate(original, out)
    before, after = entries(original), entries(out)
    assert [p.text for p in Document(str(out)).paragraphs] == [
        p.text for p in Document(str(original)).paragraphs
    ]
    assert set(after) - set(before) == {"word/comments.xml"}
    for name, data in before.items():
        if name not in (*COMMENT_PARTS, "word/_rels/document.xml.rels"):
            assert after[name] == data, name
    assert without_comment_marks(after["word/document.xml"]) == without_comment_marks(
        before["word/document.xml"]
    )


def test_content_types_and_relationships_only_gain_the_comments_part(
    original: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.docx"
    annotate(original, out)
    before, after = entries(original), entries(out)
    for name in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
        old = {etree.tostring(e, method="c14n") for e in etree.fromstring(before[name])}
        new = {etree.tostring(e, method="c14n") for e in etree.fromstring(after[name])}
        assert old < new
        assert len(new - old) == 1
        assert b"comments" in next(iter(new - old))


def test_comments_already_in_the_contract_are_kept(original: Path, tmp_path: Path) -> None:
    doc = Document(str(original))
    doc.add_comment(doc.paragraphs[2].runs, text="상대방 메모", author="갑")
    with_note = tmp_path / "noted.docx"
    doc.save(str(with_note))
    out = tmp_path / "out.docx"
    annotate(with_note, out)
    assert [c.author for c in Document(str(out)).comments] == ["갑", AUTHOR]


def test_a_paragraph_in_a_table_can_be_commented(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("계약 조건")
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "민원 비용은 을이 진다"
    path = tmp_path / "t.docx"
    doc.save(str(path))
    out = tmp_path / "o.docx"
    assert annotate_docx(path, out, [Annotation(1, "표 안의 의견")]) == 1
    assert [c.text for c in Document(str(out)).comments] == ["표 안의 의견"]


def test_empty_paragraphs_and_unknown_positions_are_skipped(original: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.docx"
    assert annotate_docx(original, out, [Annotation(999, "없음")]) == 0
    assert out.read_bytes() == original.read_bytes()


def test_the_cli_writes_the_commented_copy_and_the_report(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    annotated, report = tmp_path / "a.docx", tmp_path / "r.docx"
    args = ["review", str(original), "--no-model", "--annotate", str(annotated)]
    assert main([*args, "--report", str(report)]) == 0
    assert annotated.is_file()
    text = "\n".join(p.text for p in Document(str(report)).paragraphs)
    assert "계약서 검토 보고서" in text
    assert "법률 자문이 아닙니다" in text
    capsys.readouterr()


def test_annotating_a_text_file_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "c.txt"
    source.write_text("계약서\n제1조(목적) 정한다.\n", encoding="utf-8")
    assert main(["review", str(source), "--no-model", "--annotate", str(tmp_path / "o.docx")]) == 2
    assert "--annotate" in capsys.readouterr().err


def _review_and_report(original: Path, report: Path) -> None:
    review = ContractReviewer(None, fake_screen).review(
        parse_contract(read_docx(original)), CancelToken()
    )
    write_report(review, original.name, report)


def test_the_report_lists_findings_by_severity_and_the_missing_items(
    original: Path, tmp_path: Path
) -> None:
    report = tmp_path / "r.docx"
    _review_and_report(original, report)
    doc = Document(str(report))
    headings = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings == ["위반 (1)", "빠진 사항"]
    missing_table = doc.tables[-1]
    assert missing_table.cell(0, 1).text == "근거"
    assert len(missing_table.rows) > 1


@pytest.mark.slow
def test_libreoffice_shows_the_comments_in_the_pdf(original: Path, tmp_path: Path) -> None:
    require_tool("pdftotext")
    out = tmp_path / "commented.docx"
    annotate(original, out)
    pdf = convert(
        out,
        tmp_path,
        'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
    )
    data = pdf.read_bytes()
    assert re.search(rb"/Subtype\s*/Text", data), "no comment annotation in the PDF"


@pytest.mark.slow
def test_libreoffice_opens_the_report(original: Path, tmp_path: Path) -> None:
    from tests.office import pdf_text

    report = tmp_path / "report.docx"
    _review_and_report(original, report)
    text = pdf_text(convert(report, tmp_path))
    assert "계약서 검토 보고서" in text
    assert "빠진 사항" in text


def test_annotated_bytes_are_a_valid_zip(original: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.docx"
    annotate(original, out)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        assert archive.testzip() is None
