"""The redline: Word tracked changes a subcontractor can accept or reject one by one."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from subcontract_assist.adapters.docx_reader import read_contract
from subcontract_assist.adapters.docx_redline import write_redline
from subcontract_assist.cli import main
from subcontract_assist.core.negotiation.redline import AUTHOR, plan_redline
from tests.helpers.tracked_changes import resolve_docx
from tests.negotiation.conftest import review_of
from tests.office import convert

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
WHEN = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)
CHANGED_PARTS = {
    "word/document.xml",
    "word/comments.xml",
    "[Content_Types].xml",
    "word/_rels/document.xml.rels",
}


def _redline(source: Path, tmp_path: Path) -> tuple[Path, int]:
    review = review_of(source)
    target = tmp_path / "redline.docx"
    result = write_redline(source, target, plan_redline(review), WHEN)
    return target, result.changed


def _document_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


@pytest.mark.parametrize("numbering", ["text", "word"])
def test_accepting_all_changes_leaves_no_finding_on_the_redlined_paragraphs(
    make_contract: Callable[..., Path], tmp_path: Path, numbering: str
) -> None:
    source = make_contract(numbering=numbering)
    before = review_of(source)
    revisions = plan_redline(before)
    redlined = {r.position for r in revisions if r.new is not None}
    assert len(redlined) >= 4  # 검사, 지급, 조정 신청, 해지

    target, changed = _redline(source, tmp_path)
    assert changed == len(redlined)
    accepted = resolve_docx(target, tmp_path / "accepted.docx", accept=True)
    after = review_of(accepted)

    still = {f.paragraph.source.position for f in after.findings} & redlined
    assert still == set(), [f.text for f in after.findings]
    texts = [p.text for p in read_contract(accepted).paragraphs]
    for revision in revisions:
        if revision.new is not None:
            assert texts[revision.position] == revision.keep + revision.new


def test_rejecting_all_changes_gives_back_the_original_text(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_contract()
    target, _ = _redline(source, tmp_path)
    rejected = resolve_docx(target, tmp_path / "rejected.docx", accept=False)
    original = [p.text for p in read_contract(source).paragraphs]
    assert [p.text for p in read_contract(rejected).paragraphs] == original


def test_tracked_changes_are_well_formed_word_revisions(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    target, changed = _redline(make_contract(), tmp_path)
    root = _document_xml(target)
    inserts = root.findall(".//w:ins", NS)
    deletes = root.findall(".//w:del", NS)
    assert len(inserts) == changed
    assert len(deletes) >= changed
    ids = [int(e.get(f"{{{W}}}id")) for e in inserts + deletes]
    assert len(set(ids)) == len(ids)
    for mark in inserts + deletes:
        assert mark.get(f"{{{W}}}author") == AUTHOR
        assert mark.get(f"{{{W}}}date") == "2026-12-05T09:30:00Z"
        assert mark.getparent().tag == f"{{{W}}}p"
        assert [child.tag for child in mark] == [f"{{{W}}}r"] * len(mark)
    for deleted in deletes:
        assert deleted.findall(".//w:t", NS) == []
        assert deleted.findall(".//w:delText", NS)
    for inserted in inserts:
        assert inserted.findall(".//w:delText", NS) == []
        assert "".join(t.text for t in inserted.iter(f"{{{W}}}t"))
    # python-docx (and so Word's schema order) still reads it
    assert Document(str(target)).paragraphs


def test_each_insertion_carries_its_finding_as_a_comment(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    target, _ = _redline(make_contract(), tmp_path)
    root = _document_xml(target)
    comments = {c.comment_id: c for c in Document(str(target)).comments}
    for inserted in root.iter(f"{{{W}}}ins"):
        start, end = inserted.getprevious(), inserted.getnext()
        assert start.tag == f"{{{W}}}commentRangeStart"
        assert end.tag == f"{{{W}}}commentRangeEnd"
        comment = comments[int(start.get(f"{{{W}}}id"))]
        assert comment.author == AUTHOR
        assert "하도급법 제" in comment.text


def test_blank_values_are_visible_and_explained(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    """The contract states no due date within 60 days: the fair wording keeps ○○ and says why."""
    review = review_of(make_contract())
    payment = next(r for r in plan_redline(review) if "제3조" in r.location)
    assert payment.new is not None
    assert "○○일 이내" in payment.new
    assert "지급기일" in payment.comment
    assert "60일" in payment.comment


def test_a_due_date_the_contract_states_fills_the_fair_wording(
    make_contract: Callable[..., Path],
) -> None:
    from tests.negotiation.conftest import CONTRACT

    data = {**CONTRACT, "articles": [*CONTRACT["articles"]]}
    data["articles"].append(
        {
            "heading": "제6조(부품 대금)",
            "paragraphs": ["갑은 부품 대금을 목적물 수령일부터 30일 이내에 대금을 지급한다."],
        }
    )
    review = review_of(make_contract(data))
    payment = next(r for r in plan_redline(review) if "제3조" in r.location)
    assert payment.new is not None
    assert "30일 이내" in payment.new
    assert "○○" not in payment.new
    assert "30: 계약서에 적힌 값" in payment.comment


def test_only_the_document_part_and_comment_parts_change(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_contract(numbering="word")
    target, _ = _redline(source, tmp_path)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target) as new:
        assert [i.filename for i in old.infolist()] == [
            i.filename for i in new.infolist() if i.filename in old.namelist()
        ]
        for name in old.namelist():
            if name not in CHANGED_PARTS:
                assert old.read(name) == new.read(name), name
    before, after = _document_xml(source), _document_xml(target)
    old_props = [etree.tostring(p) for p in before.iter(f"{{{W}}}pPr")]
    new_props = [etree.tostring(p) for p in after.iter(f"{{{W}}}pPr")]
    assert old_props == new_props  # numbering and paragraph marks untouched
    assert len(before.findall(".//w:p", NS)) == len(after.findall(".//w:p", NS))


def test_inserted_text_keeps_the_run_properties_of_the_text_it_replaces(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_contract()
    document = Document(str(source))
    target_text = "갑은 목적물을 수령한 날부터 15일"
    paragraph = next(p for p in document.paragraphs if target_text in p.text)
    for run in paragraph.runs:
        run.font.size = 140000  # 11 pt in EMU
        run.font.color.rgb = None
        run.italic = True
    document.save(str(source))

    redline, _ = _redline(source, tmp_path)
    root = _document_xml(redline)
    inserted = next(i for i in root.iter(f"{{{W}}}ins") if "10일 이내" in "".join(i.itertext()))
    deleted = inserted.getprevious().getprevious()
    assert deleted.tag == f"{{{W}}}del"
    old_rpr = deleted.find("w:r/w:rPr", NS)
    new_rpr = inserted.find("w:r/w:rPr", NS)
    assert old_rpr is not None
    assert etree.tostring(new_rpr) == etree.tostring(old_rpr)
    # the kept "② " is its own run with the same properties
    kept = deleted.getprevious()
    assert kept.tag == f"{{{W}}}r"
    assert kept.find("w:t", NS).text == "② "
    assert etree.tostring(kept.find("w:rPr", NS)) == etree.tostring(old_rpr)


def test_a_paragraph_with_a_hyperlink_gets_the_comment_alone(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_contract()
    with zipfile.ZipFile(source) as package:
        parts = {i.filename: package.read(i) for i in package.infolist()}
    xml = parts["word/document.xml"].decode()
    anchor = "<w:t>② 갑은 목적물을 수령한 날부터"
    head, tail = xml.split(anchor, 1)
    run_start = head.rfind("<w:r>")
    xml = head[:run_start] + '<w:hyperlink w:anchor="x">' + head[run_start:] + anchor
    close = tail.index("</w:r>") + len("</w:r>")
    xml += tail[:close] + "</w:hyperlink>" + tail[close:]
    parts["word/document.xml"] = xml.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    source.write_bytes(buffer.getvalue())

    review = review_of(source)
    target = tmp_path / "redline.docx"
    result = write_redline(source, target, plan_redline(review), WHEN)
    assert result.commented == 1
    root = _document_xml(target)
    assert not any("10일 이내에 검사" in "".join(i.itertext()) for i in root.iter(f"{{{W}}}ins"))


def test_review_redline_command_writes_the_redline(
    make_contract: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_contract()
    target = tmp_path / "수정제안.docx"
    code = main(["--lang", "ko", "review", str(source), "--no-model", "--redline", str(target)])
    assert code == 0
    assert "변경 추적" in capsys.readouterr().err
    assert len(_document_xml(target).findall(".//w:ins", NS)) >= 4
    assert main(["review", str(source), "--no-model", "--redline", str(source)]) == 2


def test_redline_needs_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "계약서.txt"
    text.write_text("제1조(대금) 갑은 목적물 수령일부터 90일 이내에 대금을 지급한다.\n")
    code = main(["--lang", "en", "review", str(text), "--no-model", "--redline", "x.docx"])
    assert code == 2
    assert "--redline needs a .docx" in capsys.readouterr().err


@pytest.mark.slow
def test_libreoffice_reads_the_tracked_changes(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    target, changed = _redline(make_contract(), tmp_path)
    flat = convert(target, tmp_path, "fodt").read_text(encoding="utf-8")
    assert flat.count("<text:changed-region") == 2 * changed  # a deletion and an insertion each
    assert flat.count("<dc:creator>Subcontract Assist</dc:creator>") >= 2 * changed
