"""Property tests: the .docx importer and the renderer work or fail with the app's own error.

Importer: paragraphs written by python-docx come back as the same texts; damaged or random
bytes give a DocumentError. Renderer: any field values give a .docx python-docx reopens, or an
AppError with the file already at the target left as it was, never a partial file.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from subcontract_assist.adapters.docx_reader import read_contract, read_docx
from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import parse_draft
from subcontract_assist.core.errors import AppError, DocumentError, DraftError
from tests.reliability.hostile import example, plain_docx

# Characters XML 1.0 can carry (python-docx refuses the others when writing); \r is written by
# python-docx as a line break and read back as \n, so it is left out of the round trip.
_XML_BAD = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")
XML_TEXT = st.text(
    # surrogates (Cs) cannot be written to any UTF-8 file
    st.characters(exclude_categories=("Cs",)).filter(lambda c: not _XML_BAD.match(c)),
    max_size=200,
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PREVIOUS = b"the user's earlier contract\n"


def _docx_of(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _read(data: bytes, name: str = "in.docx") -> list[str] | None:
    """Return the paragraph texts read from ``data``, or None after a DocumentError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            source = read_contract(path) if not name.endswith(".docx") else read_docx(path)
        except DocumentError as exc:
            message = exc.message("ko")
        else:
            return [p.text for p in source.paragraphs]
    assert name in message  # the message names the file
    return None


@SETTINGS
@given(st.lists(XML_TEXT, max_size=12))
def test_paragraphs_written_by_word_software_come_back_as_written(paragraphs: list[str]) -> None:
    assert _read(_docx_of(paragraphs)) == paragraphs


@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_named_docx_give_a_document_error(data: bytes) -> None:
    assert _read(data) is None


@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_named_txt_are_read_or_refused_cleanly(data: bytes) -> None:
    _read(data, "in.txt")


@SETTINGS
@given(st.data())
def test_a_damaged_docx_is_read_or_refused_cleanly(data: st.DataObject) -> None:
    original = bytearray(plain_docx())
    for _ in range(data.draw(st.integers(1, 20), label="damaged bytes")):
        at = data.draw(st.integers(0, len(original) - 1))
        original[at] = data.draw(st.integers(0, 255))
    _read(bytes(original))


@SETTINGS
@given(st.binary(max_size=3000) | XML_TEXT.map(str.encode))
def test_any_main_document_part_is_read_or_refused_cleanly(part: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(plain_docx())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = part
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    _read(buffer.getvalue())


# ----------------------------------------------------------------------------- renderer

ANY_TEXT = st.text(max_size=300)  # controls and odd Unicode included; never surrogates
LONG_TEXT = st.builds(
    lambda s, n: (s * n)[:20_000], st.text(min_size=1, max_size=30), st.integers(1, 2000)
)
FIELDS = {
    ("contract", "title"): ANY_TEXT,
    ("parties", "principal", "name"): ANY_TEXT,
    ("parties", "subcontractor", "address"): ANY_TEXT,
    ("deliverable", "name"): ANY_TEXT,
    ("deliverable", "description"): LONG_TEXT | ANY_TEXT,
}


def _draft_with(values: dict[tuple[str, ...], str], terms: list[str]) -> dict[str, Any]:
    data = example()
    for path, value in values.items():
        section = data
        for key in path[:-1]:
            section = section.setdefault(key, {})
        section[path[-1]] = value
    data["special_terms"] = [{"text": t} for t in terms]
    return data


@SETTINGS
@given(st.fixed_dictionaries(FIELDS), st.lists(ANY_TEXT | LONG_TEXT, max_size=3))
def test_any_field_values_render_a_docx_that_opens_or_fail_cleanly(
    tmp_path: Path, values: dict[tuple[str, ...], str], terms: list[str]
) -> None:
    try:
        draft = parse_draft(json.dumps(_draft_with(values, terms)), "prop.scdraft.json")
    except DraftError:
        assume(False)
    target = tmp_path / "contract.docx"
    target.write_bytes(PREVIOUS)
    try:
        DocxRenderer().write(render_document(draft), target)
    except AppError as exc:
        failure = exc.message("ko")
    else:
        failure = ""
        reopened = docx.Document(str(target))
        assert any(p.text for p in reopened.paragraphs)
        assert all(s.header.paragraphs is not None for s in reopened.sections)
    event("refused with a message" if failure else "rendered")
    if failure:
        assert target.read_bytes() == PREVIOUS  # the earlier file is kept
    assert [p.name for p in tmp_path.iterdir()] == ["contract.docx"]
