"""The 한글 reader (.hwpx, and .hwp through python-hwpx) and the .hwpx writer."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hwpx import HwpxDocument
from hwpx.errors import Hwp5Error
from hwpx.tools.package_validator import validate_package

from subcontract_assist.adapters.docx_reader import read_docx
from subcontract_assist.adapters.hwpx_reader import read_hwp
from subcontract_assist.adapters.readers import read_contract
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import Role, parse_contract
from tests.helpers.korean_formats import hwp_bytes, render_all


def _rich_hwpx(path: Path) -> Path:
    """A contract with a header, page numbers, a footnote, tracked changes, a memo, a text box,
    a table and a one-cell layout table, written with python-hwpx."""
    doc = HwpxDocument.new()
    doc.paragraphs[0].text = "물품 제조 하도급계약서"
    first = doc.add_paragraph("제1조(목적) 이 계약은 제조 위탁에 관한 사항을 정한다.")
    doc.page.set_header(text="머리말 문구")
    doc.page.set_page_number()
    doc.notes.add_footnote("각주: 하도급법을 말한다.", first)
    doc.add_paragraph("제2조(대금)")
    changed = doc.add_paragraph("① 원사업자는 대금을 지급한다.")
    doc.tracking.insert(changed, " 검사 후 30일 안에", author="법무팀")
    doc.tracking.delete(changed, match="대금을", author="법무팀")
    doc.notes.add_memo("메모는 계약 문구가 아니다", anchor=changed, author="검토자")
    shape = doc.shapes.add_rectangle(paragraph=changed)
    shape.set_draw_text("글상자: 지체상금은 없다.")
    table = doc.add_table(2, 2)
    table.cell(0, 0).text = "지급기일"
    table.cell(0, 1).text = "수령일부터 60일"
    table.cell(1, 0).text = "지급방법"
    table.cell(1, 1).text = "현금"
    layout = doc.add_table(1, 1)
    cell = layout.cell(0, 0)
    cell.text = "제3조(검사) 검사는 10일 안에 한다."
    cell.add_paragraph("제4조(반품) 반품은 서면으로 한다.")
    doc.add_paragraph("끝")
    doc.save_to_path(path)
    return path


def test_hwpx_paragraphs_tables_notes_and_tracked_changes(tmp_path: Path) -> None:
    source = read_hwp(_rich_hwpx(tmp_path / "rich.hwpx"))
    assert source.kind == "hwpx"
    body = [(p.index, p.text) for p in source.paragraphs if p.index is not None]
    assert body == [
        (0, "물품 제조 하도급계약서"),
        (1, "제1조(목적) 이 계약은 제조 위탁에 관한 사항을 정한다."),
        (2, "제2조(대금)"),
        (3, "① 원사업자는  지급한다. 검사 후 30일 안에"),
        (4, "끝"),
    ]  # the anchors of the two tables have no number, as tables in .docx
    by_origin = {p.origin: p.text for p in source.paragraphs if p.text}
    assert by_origin["header"] == "머리말 문구"
    assert by_origin["footnote"] == "각주: 하도급법을 말한다."
    assert by_origin["textbox"] == "글상자: 지체상금은 없다."
    assert not any("메모" in p.text for p in source.paragraphs)
    assert [p.tracked for p in source.paragraphs if p.index == 3] == [True]
    cells = [(p.table, p.text) for p in source.paragraphs if p.table is not None]
    assert cells == [
        ((0, 0), "지급기일"),
        ((0, 0), "수령일부터 60일"),
        ((0, 1), "지급방법"),
        ((0, 1), "현금"),
    ]
    contract = parse_contract(source)
    articles = {p.source.text: p.article for p in contract.paragraphs}
    assert articles["제4조(반품) 반품은 서면으로 한다."] == "제4조(반품)"  # the one-cell layout
    roles = {p.source.origin: p.role for p in contract.paragraphs if p.source.text}
    assert roles["header"] is Role.MARGIN
    assert roles["footnote"] is Role.TEXT


def test_hwp_written_by_the_library_reads_as_the_hwpx(tmp_path: Path) -> None:
    hwpx = _rich_hwpx(tmp_path / "rich.hwpx")
    hwp = tmp_path / "rich.hwp"
    hwp.write_bytes(hwp_bytes(hwpx))
    a, b = read_hwp(hwpx), read_contract(hwp)
    assert b.kind == "hwp"
    strip = [(p.index, p.text, p.table, p.origin) for p in a.paragraphs]
    assert strip == [(p.index, p.text, p.table, p.origin) for p in b.paragraphs]


def test_automatic_article_numbers_are_rebuilt(tmp_path: Path) -> None:
    doc = HwpxDocument.new()
    doc.paragraphs[0].text = "계약서"
    for title in ("(목적) 이 계약의 목적", "(대금) 대금은 월말에 지급한다"):
        doc.add_paragraph(title)
    indexes = [i for i, p in enumerate(doc.paragraphs) if p.text.startswith("(")]
    doc.styles.apply_list_format(
        paragraph_indexes=indexes, kind="number", level=1, number_format="DIGIT"
    )
    hh = "{http://www.hancom.co.kr/hwpml/2011/head}"
    header = doc.oxml.headers[0].element
    para_pr = header.find(f".//{hh}paraPr[@id='{doc.paragraphs[indexes[0]].para_pr_id_ref}']")
    heading = para_pr.find(f".//{hh}heading")
    numbering = header.find(f".//{hh}numbering[@id='{heading.get('idRef')}']")
    for para_head in numbering.iter(f"{hh}paraHead"):
        if para_head.get("level") == "1":
            para_head.text = "제^1조"  # 한글's own article numbering: 제1조, 제2조 …
    doc.oxml.headers[0].mark_dirty()
    path = tmp_path / "numbered.hwpx"
    doc.save_to_path(path)
    labels = [p.label for p in read_hwp(path).paragraphs if p.text.startswith("(")]
    assert labels == ["제1조", "제2조"]
    contract = parse_contract(read_hwp(path))
    assert contract.articles == ("제1조(목적)", "제2조(대금)")


def _message(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_contract(path)
    text = caught.value.message("ko")
    assert path.name in text
    return text


def test_old_broken_and_foreign_hangul_files_get_a_korean_message(tmp_path: Path) -> None:
    old = tmp_path / "예전.hwp"
    old.write_bytes(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + b"\0" * 200)
    assert "HWP 3.0" in _message(old)
    assert "HWPX" in _message(old)
    good = _rich_hwpx(tmp_path / "rich.hwpx")
    cut = tmp_path / "잘림.hwpx"
    cut.write_bytes(good.read_bytes()[:3000])
    assert "손상" in _message(cut)
    cut_hwp = tmp_path / "잘림.hwp"
    cut_hwp.write_bytes(hwp_bytes(good)[:2048])
    assert "손상" in _message(cut_hwp)
    foreign = tmp_path / "문서.hwp"
    foreign.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    assert "문서" in _message(foreign)


def test_an_encrypted_hwpx_is_refused(tmp_path: Path) -> None:
    good = _rich_hwpx(tmp_path / "rich.hwpx")
    entries = {}
    with zipfile.ZipFile(good) as archive:
        for name in archive.namelist():
            entries[name] = archive.read(name)
    entries["META-INF/manifest.xml"] = (
        b'<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:'
        b'manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml">'
        b"<odf:encryption-data/></odf:file-entry></odf:manifest>"
    )
    locked = tmp_path / "암호.hwpx"
    with zipfile.ZipFile(locked, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    assert "암호" in _message(locked)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("hwp5-password", "암호"),
        ("hwp5-distribution", "배포용"),
        ("hwp5-drm", "DRM"),
        ("hwp5-version-unsupported", "HWP 3.0"),
        ("hwp5-damaged", "손상"),
    ],
)
def test_what_the_library_refuses_is_said_in_korean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, words: str
) -> None:
    """python-hwpx reports protected and damaged .hwp files by code; each gets its sentence."""
    path = tmp_path / "받은계약.hwp"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)

    def refuse(_source: object) -> None:
        raise Hwp5Error("refused", code=code)

    monkeypatch.setattr(HwpxDocument, "open", staticmethod(refuse))
    assert words in _message(path)


def test_rendered_hwpx_validates_and_reads_back_as_the_docx(tmp_path: Path) -> None:
    files = render_all("construction", tmp_path)
    report = validate_package(files["hwpx"])
    assert report.ok, report
    reopened = HwpxDocument.open(files["hwpx"])
    assert reopened.validate().ok
    reopened.close()
    docx, hwpx = read_docx(files["docx"]), read_hwp(files["hwpx"])
    body = [(p.index, p.text) for p in docx.paragraphs if p.index is not None]
    assert body
    assert body == [(p.index, p.text) for p in hwpx.paragraphs if p.index is not None]
    cells = [(p.table, p.text) for p in docx.paragraphs if p.table is not None]
    assert cells == [(p.table, p.text) for p in hwpx.paragraphs if p.table is not None]
    with zipfile.ZipFile(io.BytesIO(files["hwpx"].read_bytes())) as archive:
        section = archive.read("Contents/section0.xml").decode()
        header = archive.read("Contents/header.xml").decode()
    assert 'width="59528" height="84186"' in section  # A4
    assert "pageNum" in section
    assert "함초롬바탕" in header
