"""The .docx reader reads every run a reader sees (defects 1–5 of the 2026-12 corpus run)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]

from subcontract_assist.adapters.docx_annotator import Annotation, annotate_docx
from subcontract_assist.adapters.docx_reader import read_docx
from subcontract_assist.core.received.structure import parse_contract
from tests.helpers.korean_formats import (
    MC_NS,
    W_NS,
    WRAPPED_PARAGRAPHS,
    docx_with_body,
    text_box,
    write_zip,
)

W = f"{{{W_NS}}}"
_UNSEEN = {f"{W}del", f"{W}moveFrom", f"{{{MC_NS}}}Fallback"}


def visible_w_t(p: etree._Element) -> str:
    """All ``w:t`` of the paragraph itself that a reader sees, found independently of the reader:
    not under a deletion, a VML fallback, a nested text box or a hidden run."""
    out = []
    for t in p.iter(f"{W}t"):
        ancestors = list(t.iterancestors())
        own = ancestors[: ancestors.index(p)]
        if any(a.tag in _UNSEEN or a.tag == f"{W}txbxContent" for a in own):
            continue
        run = t.getparent()
        if run is not None and run.find(f"{W}rPr/{W}vanish") is not None:
            continue
        out.append(t.text or "")
    return "".join(out)


@pytest.mark.parametrize("wrapper", sorted(WRAPPED_PARAGRAPHS))
def test_each_wrapper_gives_all_visible_text(tmp_path: Path, wrapper: str) -> None:
    xml, expected = WRAPPED_PARAGRAPHS[wrapper]
    path = docx_with_body(tmp_path / f"{wrapper}.docx", f"<w:p>{xml}</w:p>")
    source = read_docx(path)
    assert source.paragraphs[0].text == expected
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    assert source.paragraphs[0].text == visible_w_t(root.find(f".//{W}p"))
    tracked = wrapper in ("ins", "del", "moveTo")
    assert source.paragraphs[0].tracked is tracked


def test_content_controls_around_blocks_rows_and_cells_are_read(tmp_path: Path) -> None:
    cell = (
        "<w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>셀 안 통제</w:t></w:r></w:p></w:sdtContent>"
        "</w:sdt></w:tc>"
    )
    row = (
        f"<w:sdt><w:sdtContent><w:tr>{cell}<w:tc><w:p><w:r><w:t>둘째</w:t></w:r></w:p></w:tc>"
        "</w:tr></w:sdtContent></w:sdt>"
    )
    body = (
        "<w:p><w:r><w:t>본문</w:t></w:r></w:p>"
        f"<w:tbl>{row}</w:tbl>"
        '<mc:AlternateContent><mc:Choice Requires="w14"><w:p><w:r><w:t>선택</w:t></w:r></w:p>'
        "</mc:Choice><mc:Fallback><w:p><w:r><w:t>대체</w:t></w:r></w:p></mc:Fallback>"
        "</mc:AlternateContent>"
        '<w:customXml w:element="x"><w:p><w:r><w:t>사용자 XML</w:t></w:r></w:p></w:customXml>'
        f"<w:p><w:r><w:t>글상자 앞</w:t></w:r>{text_box('글상자 안')}</w:p>"
    )
    source = read_docx(docx_with_body(tmp_path / "wrapped.docx", body))
    seen = [(p.text, p.index, p.table, p.origin) for p in source.paragraphs]
    assert seen == [
        ("본문", 0, None, "body"),
        ("셀 안 통제", None, (0, 0), "body"),
        ("둘째", None, (0, 0), "body"),
        ("선택", None, None, "body"),
        ("사용자 XML", None, None, "body"),
        ("글상자 앞", 1, None, "body"),
        ("글상자 안", None, None, "textbox"),
    ]


def test_a_contract_in_one_table_cell_is_read_as_articles(tmp_path: Path) -> None:
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
        for t in (
            "제1조(목적) 이 계약은 목적을 정한다.",
            "제2조(대금) 원사업자는 대금을 어음으로 지급할 수 있다.",
            "② 지급기일은 수령일부터 90일로 한다.",
        )
    )
    body = (
        "<w:p><w:r><w:t>계약서</w:t></w:r></w:p>"
        f"<w:tbl><w:tr><w:tc>{paragraphs}</w:tc></w:tr></w:tbl>"
    )
    contract = parse_contract(read_docx(docx_with_body(tmp_path / "cell.docx", body)))
    assert contract.articles == ("제1조(목적)", "제2조(대금)")
    clause = next(p for p in contract.paragraphs if p.source.text.startswith("②"))
    assert (clause.article, clause.clause_no, clause.source.table) == ("제2조(대금)", 2, None)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def test_headers_footers_and_footnotes_come_after_the_main_text(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("제1조(목적) 본문")
    document.sections[0].header.paragraphs[0].text = "머리말: 하도급계약서"
    document.sections[0].footer.paragraphs[0].text = "꼬리말"
    path = tmp_path / "hf.docx"
    document.save(str(path))
    parts = _parts(path)
    parts["word/footnotes.xml"] = (
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>각주 본문'
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    write_zip(path, parts)
    source = read_docx(path)
    assert [(p.text, p.origin) for p in source.paragraphs if p.text] == [
        ("제1조(목적) 본문", "body"),
        ("머리말: 하도급계약서", "header"),
        ("꼬리말", "footer"),
        ("각주 본문", "footnote"),
    ]
    annotated = tmp_path / "annotated.docx"  # the annotator never anchors past the main text
    added = annotate_docx(path, annotated, [Annotation(p.position, "x") for p in source.paragraphs])
    assert added == 1


def test_valid_packages_python_docx_cannot_open_as_they_are(tmp_path: Path) -> None:
    plain = docx_with_body(tmp_path / "plain.docx", "<w:p><w:r><w:t>계약 본문</w:t></w:r></w:p>")
    parts = _parts(plain)
    # a relationship to a thumbnail that is not in the zip
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/package/2006/'
        b'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
    )
    thumbless = tmp_path / "thumbless.docx"
    write_zip(thumbless, parts)
    assert read_docx(thumbless).paragraphs[0].text == "계약 본문"
    # the main part under another name, as Word Online writes it
    moved = dict(_parts(plain))
    moved["word/document2.xml"] = moved.pop("word/document.xml")
    moved["_rels/.rels"] = moved["_rels/.rels"].replace(b"word/document.xml", b"word/document2.xml")
    moved["[Content_Types].xml"] = moved["[Content_Types].xml"].replace(
        b"/word/document.xml", b"/word/document2.xml"
    )
    document2 = tmp_path / "document2.docx"
    write_zip(document2, moved)
    assert read_docx(document2).paragraphs[0].text == "계약 본문"
    # Strict Open XML namespaces
    strict = {
        name: content.replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        ).replace(
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        )
        for name, content in _parts(plain).items()
    }
    strict_path = tmp_path / "strict.docx"
    write_zip(strict_path, strict)
    assert read_docx(strict_path).paragraphs[0].text == "계약 본문"


def test_an_excel_file_is_not_called_an_old_word_file(tmp_path: Path) -> None:
    from subcontract_assist.core.errors import DocumentError

    path = tmp_path / "단가표.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le")
    )
    with pytest.raises(DocumentError) as caught:
        read_docx(path)
    assert "Excel" in caught.value.message("ko")
