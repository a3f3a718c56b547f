"""The manufacturing example renders to a .docx that python-docx and LibreOffice both read."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.core.drafts import load_draft
from subcontract_assist.core.preview import to_plain_text
from subcontract_assist.core.rendering import render_document
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
