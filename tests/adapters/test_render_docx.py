"""Rendered contracts reopen in python-docx and convert with LibreOffice, whatever the values."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import docx
import docx.shared
import pytest
from docx.oxml.ns import qn

from subcontract_assist.adapters.docx_renderer import DocxRenderer, reference_docx
from subcontract_assist.core.document.preview import to_plain_text
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import Draft, SpecialTerm, TransactionType
from subcontract_assist.core.resources import user_templates_dir
from tests.conftest import EXAMPLES, ROOT
from tests.office import convert, pdf_text


def _all_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = (c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_rendered_docx_reopens_with_parties_articles_and_amount(
    example_path: Path, tmp_path: Path
) -> None:
    doc = render_document(load_draft(example_path))
    out = tmp_path / "contract.docx"
    DocxRenderer().write(doc, out)
    text = _all_text(out)
    assert "제1조(목적)" in text
    assert "일금 칠천사백팔십만원정" in text
    assert "주식회사 한빛정밀" in text
    assert "주식회사 새솔금속" in text
    assert "(인)" in text


def test_cross_reference_points_at_the_inspection_article(example_path: Path) -> None:
    doc = render_document(load_draft(example_path))
    inspection = next(a for a in doc.body.articles if a.key == "inspection")
    assert f"제{inspection.number}조" in to_plain_text(doc)


@pytest.mark.slow
def test_libreoffice_converts_the_contract_to_pdf(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "contract.docx"
    DocxRenderer().write(render_document(load_draft(example_path)), out)
    text = "".join(pdf_text(convert(out, tmp_path)).split())  # pdftotext spaces out digits
    assert "제1조(목적)" in text
    assert "주식회사한빛정밀" in text
    assert "일금칠천사백팔십만원정" in text


EXAMPLE_DRAFTS = sorted(EXAMPLES.glob("*.scdraft.json"))
TYPE_EXAMPLES = [EXAMPLES / f"{kind.value}.scdraft.json" for kind in TransactionType]


@pytest.mark.parametrize("path", EXAMPLE_DRAFTS, ids=lambda p: p.name)
def test_every_example_reopens_in_python_docx(path: Path, tmp_path: Path) -> None:
    doc = render_document(load_draft(path))
    out = tmp_path / "contract.docx"
    DocxRenderer().write(doc, out)
    reopened = docx.Document(str(out))
    headings = [p.text for p in reopened.paragraphs if p.style.name == "Heading 2"]
    assert headings == [a.heading for s in doc.sections for a in s.articles]
    section = reopened.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_styles_fonts_and_page_numbers_come_from_the_reference(
    example_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "contract.docx"
    DocxRenderer().write(render_document(load_draft(example_path)), out)
    reopened = docx.Document(str(out))
    normal = reopened.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "NanumMyeongjo"
    footer = reopened.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert "NUMPAGES" in footer
    styles = {p.style.name for p in reopened.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Contract Paragraph", "Contract Item"} <= styles
    assert reopened.tables[0].style.name == "Table Grid"


def test_a_firms_reference_docx_restyles_the_contract(example_path: Path, tmp_path: Path) -> None:
    firm = docx.Document(str(reference_docx()))
    firm.styles["Heading 2"].font.size = docx.shared.Pt(14)
    firm.add_paragraph("견본 문단 SAMPLE-ONLY")
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    firm.save(str(folder / "reference.docx"))
    out = tmp_path / "contract.docx"
    DocxRenderer().write(render_document(load_draft(example_path)), out)
    reopened = docx.Document(str(out))
    assert reopened.styles["Heading 2"].font.size == docx.shared.Pt(14)
    assert all("SAMPLE-ONLY" not in p.text for p in reopened.paragraphs)


def test_reference_docx_rebuilds_byte_for_byte() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_ref", ROOT / "tools" / "make_reference_docx.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.deterministic_bytes(module.build())
    assert built == (ROOT / "templates" / "reference.docx").read_bytes()


HOSTILE = {
    "control": "한빛\x00\x01\x08\x0b\x0c\x1b\x7f정밀",
    "markup": "<w:t>&amp; <&> \"'</w:t> #article x y | - ※ ⟦ref:payment⟧",
    "long": "가" * 5_000,
    "emoji": "부품 🙂👍🏽🇰🇷",
    "rtl": "\u202eتجربة\u202c \u200f테스트\u200e",
}


def hostile_draft(example_path: Path) -> Draft:
    draft = load_draft(example_path)
    draft.parties.principal.name = HOSTILE["control"]
    draft.parties.subcontractor.address = HOSTILE["rtl"]
    draft.deliverable.name = HOSTILE["emoji"]
    draft.deliverable.description = HOSTILE["long"]
    draft.inspection.method = HOSTILE["markup"]
    draft.special_terms = [SpecialTerm(title=HOSTILE["markup"], text=HOSTILE["long"] + "\n둘째 줄")]
    return draft


def test_hostile_values_give_a_valid_document(example_path: Path, tmp_path: Path) -> None:
    doc = render_document(hostile_draft(example_path))
    assert len(doc.body.articles) == len({a.key for a in doc.body.articles})
    out = tmp_path / "hostile.docx"
    DocxRenderer().write(doc, out)
    text = _all_text(out)
    assert "한빛정밀" in text
    assert "<&>" in text
    assert "#article x y | - ※ ⟦ref:payment⟧" in text
    assert HOSTILE["long"] in text
    assert "🙂👍🏽🇰🇷" in text
    assert "\u202eتجربة" in text


@pytest.mark.slow
def test_libreoffice_converts_hostile_values(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.docx"
    DocxRenderer().write(render_document(hostile_draft(example_path)), out)
    text = "".join(pdf_text(convert(out, tmp_path)).split())
    assert "제1조(목적)" in text
    assert "한빛정밀" in text


@pytest.mark.slow
@pytest.mark.parametrize("path", TYPE_EXAMPLES[1:], ids=lambda p: p.stem)
def test_libreoffice_converts_each_transaction_type(path: Path, tmp_path: Path) -> None:
    draft = load_draft(path)
    out = tmp_path / "contract.docx"
    DocxRenderer().write(render_document(draft), out)
    text = "".join(pdf_text(convert(out, tmp_path)).split())
    assert "제1조(목적)" in text
    assert "".join(draft.parties.subcontractor.name.split()) in text
    assert "(인)" in text or "(서명)" in text or "(전자서명)" in text
