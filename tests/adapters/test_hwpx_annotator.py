"""A commented copy of a received .hwpx/.hwp: one 한글 메모 per flagged paragraph, nothing else."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hwpx import HwpxDocument
from hwpx.tools.package_validator import validate_package

from subcontract_assist.adapters.docx_annotator import Annotation
from subcontract_assist.adapters.hwpx_annotator import AUTHOR, annotate_hwp
from subcontract_assist.adapters.hwpx_reader import read_hwp
from subcontract_assist.core.errors import DocumentError
from tests.helpers.korean_formats import render_all


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_memos_land_on_the_paragraphs_the_reader_numbered(tmp_path: Path) -> None:
    source = render_all("construction", tmp_path)["hwpx"]
    paragraphs = read_hwp(source).paragraphs
    picked = [p for p in paragraphs if "지급" in p.text][:3]
    assert len(picked) == 3
    notes = [Annotation(p.position, f"[위반] 검토 의견 {k}") for k, p in enumerate(picked)]
    target = tmp_path / "검토사본.hwpx"
    assert annotate_hwp(source, target, notes) == 3
    assert validate_package(target).ok
    reopened = HwpxDocument.open(target)
    memos = reopened.notes.memos
    assert len(memos) == 3
    texts = {m.text for m in memos}
    assert texts == {n.text for n in notes}
    for memo, paragraph in zip(
        sorted(memos, key=lambda m: m.text), picked, strict=True
    ):  # each memo is anchored in the paragraph it comments on
        assert paragraph.text[:10] in (memo.paragraph.text or "")
    reopened.close()
    assert [p.text for p in read_hwp(target).paragraphs] == [p.text for p in paragraphs]
    before, after = _parts(source), _parts(target)
    unchanged = {n for n in before if n in after and before[n] == after[n]}
    changed = set(before) - unchanged
    assert changed <= {"Contents/section0.xml", "Contents/header.xml", "Contents/content.hpf"}
    assert AUTHOR.encode() in after["Contents/section0.xml"]


def test_a_hancom_copy_must_be_hwpx_and_never_the_original(tmp_path: Path) -> None:
    source = render_all("construction", tmp_path)["hwpx"]
    with pytest.raises(DocumentError, match=r"\.hwpx"):
        annotate_hwp(source, tmp_path / "copy.docx", [])
    with pytest.raises(DocumentError, match="덮어쓸 수 없습니다"):
        annotate_hwp(source, source, [])


def test_an_hwp_original_gets_an_hwpx_copy_with_its_memos(tmp_path: Path) -> None:
    files = render_all("construction", tmp_path)
    paragraphs = read_hwp(files["hwp"]).paragraphs
    first = next(p for p in paragraphs if "지급" in p.text)
    target = tmp_path / "검토사본.hwpx"
    assert annotate_hwp(files["hwp"], target, [Annotation(first.position, "검토 의견")]) == 1
    reopened = HwpxDocument.open(target)
    assert [m.text for m in reopened.notes.memos] == ["검토 의견"]
    reopened.close()


def test_review_annotate_writes_the_hancom_copy(tmp_path: Path) -> None:
    from subcontract_assist.cli import main

    source = render_all("bad-manufacturing", tmp_path)["hwpx"]
    target = tmp_path / "검토사본.hwpx"
    assert main(["review", str(source), "--no-model", "--annotate", str(target)]) == 0
    reopened = HwpxDocument.open(target)
    assert reopened.notes.memos  # the bad example has flagged paragraphs
    assert all("하도급법" in m.text for m in reopened.notes.memos)
    reopened.close()
    assert main(["review", str(source), "--no-model", "--annotate", str(tmp_path / "x.docx")]) == 2
