"""An exported contract carries its own properties, not the reference file's (audit D17)."""

from __future__ import annotations

import datetime as dt
import stat
import zipfile
from pathlib import Path

import docx

from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "manufacturing.scdraft.json"


def test_the_docx_properties_name_the_contract_its_parties_and_today(tmp_path: Path) -> None:
    target = tmp_path / "계약서.docx"
    DocxRenderer().write(render_document(load_draft(EXAMPLE)), target)
    props = docx.Document(str(target)).core_properties
    assert props.title == "브래킷 제조위탁 하도급계약서"
    assert "주식회사 한빛정밀" in props.keywords
    assert "주식회사 새솔금속" in props.keywords
    assert "python-docx" not in props.comments
    assert props.created is not None
    assert props.created.date() >= dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    assert not any("thumbnail" in name for name in zipfile.ZipFile(target).namelist())
    assert stat.S_IMODE(target.stat().st_mode) & stat.S_IRGRP  # not a private 0600 file
