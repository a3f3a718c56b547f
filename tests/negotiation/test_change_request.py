"""The 수정 요청서 on the sample contract: each requested change, the parties, courtesy."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from subcontract_assist.adapters.docx_letter import write_letter
from subcontract_assist.cli import main
from subcontract_assist.core.negotiation.change_request import change_request_letter, gist
from subcontract_assist.core.negotiation.facts import contract_facts
from subcontract_assist.core.negotiation.markup import Block
from subcontract_assist.core.negotiation.redline import plan_redline
from tests.negotiation.conftest import review_of
from tests.office import convert, pdf_text

TODAY = dt.date(2026, 12, 5)
#: Words that accuse; the letter asks, it does not charge anyone with anything.
ACCUSING = ("위반", "위법", "불법", "부당", "갑질", "착취", "강요", "부정", "악용")


def _letter(source: Path) -> tuple[list[Block], list[int]]:
    review = review_of(source)
    revisions = plan_redline(review)
    facts = contract_facts(review.contract)
    return change_request_letter(review, revisions, facts, TODAY), [r.position for r in revisions]


def test_every_redlined_clause_is_requested_with_its_four_parts(
    make_contract: Callable[..., Path],
) -> None:
    source = make_contract()
    review = review_of(source)
    revisions = plan_redline(review)
    blocks = change_request_letter(review, revisions, contract_facts(review.contract), TODAY)
    headings = [b.text for b in blocks if b.kind == "h"]
    rows = [b.cells for b in blocks if b.kind == "row"]
    for revision in revisions:
        assert any(revision.location in h for h in headings), revision.location
    labels = [r[0] for r in rows]
    assert labels.count("현재 문구 요지") == len(headings)
    assert labels.count("요청 문구") == len(headings)
    assert labels.count("근거 조문") == len(headings)
    requests = [r[1] for r in rows if r[0] == "요청 문구"]
    for revision in revisions:
        if revision.new is not None:
            assert revision.new in requests
    assert all(r[1].startswith("하도급법 제") for r in rows if r[0] == "근거 조문")


def test_parties_date_and_reserved_rights(make_contract: Callable[..., Path]) -> None:
    blocks, _ = _letter(make_contract())
    text = "\n".join(b.text for b in blocks)
    assert blocks[0] == Block("right", ("2026년 12월 5일",))
    assert "(주)가나 대표이사 귀하" in text  # from the signature table of the sample
    assert "다라산업" in text
    assert "2026년 3월 2일 자로 작성된" in text  # the contract's date line
    assert "「정밀 부품 제조위탁 기본계약서」를 검토" in text
    assert "2026년 12월 19일까지" in text
    assert (
        "권리(하도급대금 조정 신청, 하도급분쟁조정협의회에 대한 조정 신청 등)를 포기하거나" in text
    )
    assert "○○ 표시 부분은 양사가 협의하여" in text  # the due date left open


def test_no_accusing_word(make_contract: Callable[..., Path]) -> None:
    blocks, _ = _letter(make_contract())
    text = "\n".join(b.text for b in blocks)
    found = [word for word in ACCUSING if word in text]
    assert found == [], found


def test_gist_is_the_first_sentence_cut_at_a_word() -> None:
    assert gist("갑은 대금을 지급한다. 다만, 결산 기간에는 다음 달에 지급한다.") == (
        "갑은 대금을 지급한다."
    )
    long = "갑은 " + "목적물의 품질 확보를 위하여 필요하다고 판단하는 경우 " * 4 + "요구한다."
    cut = gist(long)
    assert len(cut) <= 72
    assert cut.endswith(" …")


def test_review_letter_command_writes_a_docx_letter(
    make_contract: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = make_contract(), tmp_path / "수정요청서.docx"
    assert main(["--lang", "ko", "review", str(source), "--no-model", "--letter", str(target)]) == 0
    assert re.search(r"요청 \d+건", capsys.readouterr().err)
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "하도급계약 조항 수정 요청서" in text
    assert "요청 문구" in cells
    assert any("10일 이내에 검사 결과" in c for c in cells)


@pytest.mark.slow
def test_the_letter_is_one_to_three_pages(
    make_contract: Callable[..., Path], tmp_path: Path
) -> None:
    blocks, _ = _letter(make_contract())
    target = tmp_path / "letter.docx"
    write_letter(blocks, target)
    text = pdf_text(convert(target, tmp_path))
    pages = text.count("\f")
    assert 1 <= pages <= 3
    assert "수정 요청서" in text
