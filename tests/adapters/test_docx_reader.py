"""Reading received contracts: .docx paragraphs, Word numbering, tables, and hostile files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from subcontract_assist.adapters.docx_reader import read_contract, read_docx, read_text
from subcontract_assist.cli import main
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import Role, parse_contract
from tests.helpers.contract_json_to_docx import render_contract_json

# A contract in the evaluation-set format, written for these tests.
CONTRACT = {
    "title": "포장재 제조위탁 계약서",
    "articles": [
        {"heading": "제1조(목적)", "paragraphs": ["이 계약은 포장재 제조에 관한 사항을 정한다."]},
        {
            "heading": "제2조(납품)",
            "paragraphs": [
                "을은 개별계약에서 정한 날에 갑의 물류센터로 납품한다.",
                "갑은 수령한 날부터 7일 이내에 검사 결과를 서면으로 알린다.",
                "을은 현장 민원 처리 비용을 모두 부담한다.",
            ],
        },
    ],
    "planted": [{"article": "제2조", "paragraph_index": 2}],
}


@pytest.fixture(params=["text", "word"])
def rendered(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return render_contract_json(CONTRACT, tmp_path / "c.docx", numbering=request.param).path


def test_body_paragraphs_keep_python_docx_indices_and_text(rendered: Path) -> None:
    source = read_docx(rendered)
    body = [p for p in source.paragraphs if p.index is not None]
    expected = [p.text for p in Document(str(rendered)).paragraphs]
    assert [p.text for p in body] == expected
    assert [p.index for p in body] == list(range(len(expected)))


def test_circled_numbers_are_read_whether_typed_or_drawn_by_word(rendered: Path) -> None:
    contract = parse_contract(read_docx(rendered))
    clauses = [p for p in contract.paragraphs if p.article == "제2조(납품)" and p.clause_no]
    assert [p.location for p in clauses] == ["제2조(납품) ①", "제2조(납품) ②", "제2조(납품) ③"]
    assert all(p.body.startswith(("①", "②", "③")) for p in clauses)


def test_the_helper_maps_planted_paragraphs_to_body_indices(tmp_path: Path) -> None:
    rendered = render_contract_json(CONTRACT, tmp_path / "c.docx")
    (index,) = rendered.planted_indices(CONTRACT)
    assert Document(str(rendered.path)).paragraphs[index].text.endswith("모두 부담한다.")


def test_table_paragraphs_follow_reading_order_without_a_body_index(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("계약 조건")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "지급기일"
    table.cell(0, 1).text = "수령일부터 30일"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "합쳐진 칸"
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "안쪽 표"
    doc.add_paragraph("제1조(목적) 끝.")
    path = tmp_path / "t.docx"
    doc.save(str(path))
    source = read_docx(path)
    texts = [(p.index, p.text, p.table) for p in source.paragraphs if p.text]
    assert texts == [
        (0, "계약 조건", None),
        (None, "지급기일", (0, 0)),
        (None, "수령일부터 30일", (0, 0)),
        (None, "안쪽 표", (1, 0)),
        (None, "합쳐진 칸", (0, 1)),
        (1, "제1조(목적) 끝.", None),
    ]


def test_list_style_numbering_restarts_and_nests(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("제1조(지급)")
    for text in ("첫째", "둘째"):
        doc.add_paragraph(text, style="List Number")
    path = tmp_path / "n.docx"
    doc.save(str(path))
    labels = [p.label for p in read_docx(path).paragraphs]
    assert labels == ["", "1.", "2."]


# ---------------------------------------------------------------- hostile and wrong files


def _zip(entries: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_bytes(tmp_path: Path) -> bytes:
    return render_contract_json(CONTRACT, tmp_path / "ok.docx").path.read_bytes()


def _with_document_xml(original: bytes, document_xml: bytes) -> bytes:
    entries = {}
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        for name in archive.namelist():
            entries[name] = archive.read(name)
    entries["word/document.xml"] = document_xml
    return _zip(entries)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("random.docx", bytes(range(256)) * 40, "Word(.docx) 문서가 아닙니다"),
        ("scan.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("locked.docx", OLE + "EncryptedPackage".encode("utf-16-le"), "암호로 보호된"),
        ("old.doc", OLE + "WordDocument".encode("utf-16-le"), "예전 Word(.doc)"),
        ("doc.hwp", OLE + "FileHeader".encode("utf-16-le"), "한글(HWP)"),
        ("empty.docx", b"", "Word(.docx) 문서가 아닙니다"),
        ("odt.docx", _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "ODT"),
        ("nodoc.docx", _zip({"[Content_Types].xml": b"<Types/>"}), "Word(.docx) 문서가 아닙니다"),
    ],
)
def test_files_that_are_not_docx_get_a_clear_message(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_docx(path)
    assert words in caught.value.message("ko")
    assert name in caught.value.message("en")


def test_a_macro_enabled_document_is_read_as_plain_text_without_running_anything(
    tmp_path: Path,
) -> None:
    entries = {}
    with zipfile.ZipFile(io.BytesIO(_docx_bytes(tmp_path))) as archive:
        for name in archive.namelist():
            entries[name] = archive.read(name)
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    path = tmp_path / "macro.docm"
    path.write_bytes(_zip(entries))
    assert read_docx(path).paragraphs[0].text == "포장재 제조위탁 계약서"


def test_a_truncated_docx_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(_docx_bytes(tmp_path)[:3000])
    with pytest.raises(DocumentError, match="손상"):
        read_docx(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    bomb = _with_document_xml(_docx_bytes(tmp_path), b"<w:document>" + b" " * 50_000_000)
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(DocumentError, match="압축 폭탄"):
        read_docx(path)


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    path.write_bytes(_with_document_xml(_docx_bytes(tmp_path), xxe))
    with pytest.raises(DocumentError, match="DTD"):
        read_docx(path)


# ---------------------------------------------------------------- plain text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp949"])
def test_plain_text_is_read_in_korean_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "c.txt"
    path.write_bytes("계약서\n제1조(목적) 갑과 을은 성실히 이행한다.\n".encode(encoding))
    source = read_text(path)
    assert [p.text for p in source.paragraphs] == [
        "계약서",
        "제1조(목적) 갑과 을은 성실히 이행한다.",
    ]
    assert source.kind == "text"


def test_binary_data_named_txt_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(1, 32)) * 50)
    with pytest.raises(DocumentError):
        read_text(path)


def test_a_file_without_a_known_suffix_is_recognised_by_content(tmp_path: Path) -> None:
    path = tmp_path / "contract"
    path.write_bytes(_docx_bytes(tmp_path))
    assert read_contract(path).kind == "docx"


# ---------------------------------------------------------------- the command line


@pytest.mark.parametrize(
    "content", [b"not a zip at all", OLE + "EncryptedPackage".encode("utf-16-le"), b"PK\x03\x04xx"]
)
def test_the_review_command_exits_2_with_a_message_on_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "in.docx"
    path.write_bytes(content)
    assert main(["review", str(path), "--no-model"]) == 2
    assert "in.docx" in capsys.readouterr().err


def test_the_review_command_prints_findings_with_body_indices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendered = render_contract_json(CONTRACT, tmp_path / "c.docx", numbering="word")
    assert main(["review", str(rendered.path), "--no-model", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    paragraphs = Document(str(rendered.path)).paragraphs
    for finding in data["findings"]:
        if finding["paragraph_index"] is not None:
            assert finding["text"] == paragraphs[finding["paragraph_index"]].text
    assert isinstance(data["missing"], list)
    assert data["missing"]


def test_the_whole_structure_of_a_rendered_contract_is_recovered(tmp_path: Path) -> None:
    rendered = render_contract_json(CONTRACT, tmp_path / "c.docx", signature=True)
    contract = parse_contract(read_docx(rendered.path))
    assert contract.title == "포장재 제조위탁 계약서"
    assert contract.articles == ("제1조(목적)", "제2조(납품)")
    assert {p.role for p in contract.paragraphs if p.source.table is not None} == {Role.CELL}


def test_the_review_command_never_writes_over_the_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendered = render_contract_json(CONTRACT, tmp_path / "c.docx", numbering="word")
    before = rendered.path.read_bytes()
    args = ["review", str(rendered.path), "--no-model", "--annotate", str(rendered.path)]
    assert main(args) == 2
    assert "덮어쓸 수 없습니다" in capsys.readouterr().err
    assert rendered.path.read_bytes() == before
