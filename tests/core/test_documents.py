"""The markup becomes a numbered contract: 장·조·항·호·목, annex numbers, references, escaping."""

from __future__ import annotations

import pytest

from subcontract_assist.core.document.preview import to_plain_text
from subcontract_assist.core.document.structure import (
    escape_value,
    labelled_blocks,
    number_document,
    parse_markup,
    subitem_label,
)
from subcontract_assist.core.errors import TemplateError

MARKUP = """\
#title 시험 계약서
#cover
표지 문장
#body 계약 조건
#chapter 총칙
#article purpose 목적
이 계약의 목적을 정한다.
#chapter 비어 있는 장
#chapter 대금
#article payment 지급
⟦para:due⟧60일 이내에 지급한다.
⟦para:late⟧⟦ref:payment#due~에⟧ 따른 기한이 지나면 지연이자를 지급한다.
- 첫째 호
-- 가목
-- 나목
- 둘째 호
#article refs 참조
⟦ref:payment#late~을⟧ 준용하고 ⟦ref:purpose~을⟧ 본다. ⟦annex:nda⟧ 참조.
#annex nda 비밀유지계약서
#article purpose 목적
본계약 ⟦ref:body.payment~을⟧ 따르고 ⟦ref:scope~을⟧ 본다. ⟦ref:purpose⟧는 이 조이다.
#article scope 범위
범위를 정한다.
#date
2026년 1월 1일
#signature principal subcontractor
"""


def _doc(markup: str = MARKUP):
    doc = parse_markup(markup, "test.j2")
    number_document(doc)
    return doc


def test_articles_are_numbered_per_section_and_empty_chapters_vanish() -> None:
    doc = _doc()
    assert [a.heading for a in doc.body.articles] == ["제1조(목적)", "제2조(지급)", "제3조(참조)"]
    chapters = [a.chapter_heading for a in doc.body.articles if a.chapter]
    assert chapters == ["제1장 총칙", "제2장 대금"]
    nda = doc.section("nda")
    assert nda is not None
    assert nda.heading == "[별지 제1호] 비밀유지계약서"
    assert nda.articles[0].heading == "제1조(목적)"


def test_references_resolve_with_the_right_particle() -> None:
    text = to_plain_text(_doc())
    assert "② 제1항에 따른 기한이 지나면" in text  # inside its own article: 제1항
    assert "제2조제2항을 준용하고 제1조를 본다. 별지 제1호 참조." in text
    assert "본계약 제2조를 따르고 제2조를 본다. 이 조는 이 조이다." in text  # annex scope first


def test_paragraphs_items_and_subitems_are_labelled() -> None:
    payment = _doc().body.articles[1]
    labels = [label for label, _ in labelled_blocks(payment.blocks, payment)]
    assert labels == ["①", "②"]
    text = to_plain_text(_doc())
    assert "  1. 첫째 호\n    가. 가목\n    나. 나목\n  2. 둘째 호" in text
    assert subitem_label(15) == "거."


def test_one_paragraph_article_has_no_circled_number() -> None:
    text = to_plain_text(_doc())
    assert "제1조(목적)\n이 계약의 목적을 정한다." in text


@pytest.mark.parametrize(
    "ref", ["⟦ref:missing⟧", "⟦ref:payment#nope⟧", "⟦annex:absent⟧", "⟦ref:nda.nothing⟧"]
)
def test_a_dangling_reference_is_an_error_not_a_gap(ref: str) -> None:
    with pytest.raises(TemplateError, match="없는 조항"):
        _doc(MARKUP.replace("⟦annex:nda⟧", ref))


def test_malformed_markup_names_the_template_and_line() -> None:
    with pytest.raises(TemplateError) as info:
        parse_markup("#title x\n#body 본문\n#article 제목만\n", "mine.j2")
    assert "mine.j2" in info.value.text.ko
    assert "3행" in info.value.text.ko


@pytest.mark.parametrize(
    "value",
    [
        "#article evil 악성 조항",
        "| 셀 | 나누기 |",
        "- 가짜 호",
        "⟦ref:missing⟧",
        "줄\n#annex x 별지",
        "※ 가짜 주석",
        "제어\x00문자\x1b와 <&> 그리고 🙂 \u202e역방향\u202c",
    ],
)
def test_draft_values_cannot_form_markup(value: str) -> None:
    safe = escape_value(value)
    markup = f"#title t\n#body 본문\n#article a 제목\n{safe}\n#table\n| {safe} |\n"
    doc = _doc(markup)
    article = doc.body.articles[0]
    assert len(doc.sections) == 1
    assert len(doc.body.articles) == 1
    paragraph = article.paragraphs[0]
    expected = value.replace("\n", " ").replace("\x00", "").replace("\x1b", "")
    assert paragraph.text == expected
    assert not paragraph.items
    assert article.blocks[1].rows == [[expected]]  # type: ignore[union-attr]
