"""Hostile and broken input files, each written by a small builder into a test's folder.

Every builder takes the folder and returns the path it wrote. Nothing here is copied from the
evaluation material: the drafts start from the shipped example, the contracts are one line.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document

from tests.conftest import EXAMPLES
from tests.core.test_modelfiles import LLAMA_META, TENSORS, write_gguf

Builder = Callable[[Path], Path]

#: Planted next to the XXE files; its content must never show up in any output.
SECRET_TEXT = "PLANTED-SECRET-7f3a91"
#: Control characters XML 1.0 cannot carry, plus the two non-characters.
XML_INVALID = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\ufffe\uffff"
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONTRACT_LINE = "제1조(목적) 원사업자는 수급사업자에게 부품 제조를 위탁한다."
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def example() -> dict[str, Any]:
    """Return the shipped example draft as a dict (a complete, passing draft)."""
    data: dict[str, Any] = json.loads((EXAMPLES / "manufacturing.scdraft.json").read_text("utf-8"))
    return data


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _draft(name: str, data: dict[str, Any]) -> Builder:
    return lambda folder: _write(folder, name, json.dumps(data, ensure_ascii=False).encode())


# ------------------------------------------------------------------------- draft files


def malformed_json(folder: Path) -> Path:
    text = '{"format": "subcontract-assist/draft", "version": 1, "payment": {"due_days": 60,'
    return _write(folder, "malformed.scdraft.json", text.encode())


def wrong_types() -> Builder:
    data = example()
    data["payment"]["due_days_after_receipt"] = "육십"
    data["price"]["supply_amount"] = [1, 2]
    return _draft("wrong-types.scdraft.json", data)


def missing_format() -> Builder:
    data = example()
    del data["format"]
    return _draft("no-format.scdraft.json", data)


def missing_version() -> Builder:
    data = example()
    del data["version"]
    return _draft("no-version.scdraft.json", data)


def newer_version() -> Builder:
    return _draft("newer.scdraft.json", {**example(), "version": 99})


def huge_draft(folder: Path) -> Path:
    data = example()
    data["special_terms"] = [{"text": "가" * 1000} for _ in range(1900)]  # 5.7 MB of UTF-8
    raw = json.dumps(data, ensure_ascii=False).encode()
    return _write(folder, "huge.scdraft.json", raw + b" " * (6_000_000 - len(raw)))


def cp949_draft(folder: Path) -> Path:
    text = json.dumps(example(), ensure_ascii=False)
    return _write(folder, "cp949.scdraft.json", text.encode("cp949"))


def deeply_nested(folder: Path) -> Path:
    head = '{"format": "subcontract-assist/draft", "version": 1, "x": '
    return _write(
        folder, "nested.scdraft.json", (head + "[" * 200_000 + "]" * 200_000 + "}").encode()
    )


def control_characters() -> Builder:
    data = example()
    data["contract"]["title"] = f"부품{XML_INVALID}계약서"
    data["parties"]["principal"]["name"] = f"주식회사{XML_INVALID[:4]} 한빛"
    data["special_terms"] = [{"text": f"특약{XML_INVALID} 끝"}]
    return _draft("control-chars.scdraft.json", data)


def absent(folder: Path) -> Path:
    return folder / "absent.scdraft.json"


# ------------------------------------------------------------------- received contracts


def plain_docx() -> bytes:
    """Return a small valid .docx holding one contract line."""
    document = Document()
    document.add_paragraph(CONTRACT_LINE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def raw_file(name: str, data: bytes) -> Builder:
    return lambda folder: _write(folder, name, data)


def pdf_renamed(folder: Path) -> Path:
    return _write(folder, "scan.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")


def random_bytes(folder: Path) -> Path:
    return _write(folder, "random.docx", bytes((n * 73 + 41) % 256 for n in range(8192)))


def broken_zip(folder: Path) -> Path:
    data = plain_docx()
    return _write(folder, "broken.docx", data[: len(data) // 2])


def encrypted_docx(folder: Path) -> Path:
    # Word saves a password-protected document as an OLE compound file with this stream name.
    body = OLE_HEADER + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512
    return _write(folder, "locked.docx", body)


def zip_bomb(folder: Path) -> Path:
    parts = _parts(plain_docx())
    xml = parts["word/document.xml"]
    parts["word/document.xml"] = xml[:-30] + b" " * 100_000_000 + xml[-30:]  # ~100 KB zipped
    return _write(folder, "bomb.docx", _zip(parts))


def _entity_document(folder: Path) -> bytes:
    secret = folder / "secret.txt"
    secret.write_text(SECRET_TEXT, "utf-8")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<!DOCTYPE w:document [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>{CONTRACT_LINE} &s;</w:t></w:r>'
        f"</w:p></w:body></w:document>"
    ).encode()


def xxe_docx(folder: Path) -> Path:
    parts = _parts(plain_docx())
    parts["word/document.xml"] = _entity_document(folder)
    return _write(folder, "xxe.docx", _zip(parts))


def xxe_hidden_part(folder: Path) -> Path:
    """The external entity in a main part not named ``.xml`` (past the reader's DTD screen)."""
    parts = _parts(plain_docx())
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.bin")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'PartName="/word/document.xml"', b'PartName="/word/main.bin"'
    )
    parts["word/_rels/main.bin.rels"] = parts.pop("word/_rels/document.xml.rels")
    del parts["word/document.xml"]
    parts["word/main.bin"] = _entity_document(folder)
    parts["word/document.xml"] = plain_docx_part()  # the name the reader's screen looks for
    return _write(folder, "xxe-hidden.docx", _zip(parts))


def plain_docx_part() -> bytes:
    return _parts(plain_docx())["word/document.xml"]


def text_contract(name: str, encoding: str) -> Builder:
    return raw_file(
        name, f"{CONTRACT_LINE}\n제2조(대금) 대금은 60일 이내에 지급한다.\n".encode(encoding)
    )


# ---------------------------------------------------------------------------- models


def gguf(name: str, **options: Any) -> Builder:
    return lambda folder: write_gguf(folder / name, LLAMA_META, TENSORS, **options)


def corrupt_gguf(folder: Path) -> Path:
    path = write_gguf(folder / "corrupt.gguf", LLAMA_META, TENSORS)
    data = bytearray(path.read_bytes())
    data[24:32] = (2**62).to_bytes(8, "little")  # the first key's length: far past the file
    path.write_bytes(bytes(data))
    return path


def header_cut_gguf(folder: Path) -> Path:
    path = write_gguf(folder / "header-cut.gguf", LLAMA_META, TENSORS)
    path.write_bytes(path.read_bytes()[:200])
    return path


# ------------------------------------------------------------------------- templates


def broken_user_template(folder: Path) -> Path:
    """Put a template with a syntax error in the user's template folder (it overrides ours)."""
    from subcontract_assist.core.resources import user_templates_dir

    target = user_templates_dir()
    target.mkdir(parents=True, exist_ok=True)
    (target / "manufacturing.j2").write_text(
        "#title 우리 회사 계약서\n#body 본문\n{% if contract.title %}\n제목\n", "utf-8"
    )
    return _draft("draft.scdraft.json", example())(folder)


def undefined_in_user_template(folder: Path) -> Path:
    """Put a template that uses a value the draft does not have in the user's folder."""
    from subcontract_assist.core.resources import user_templates_dir

    target = user_templates_dir()
    target.mkdir(parents=True, exist_ok=True)
    (target / "manufacturing.j2").write_text(
        "#title 우리 회사 계약서\n#body 본문\n#article a 제목\n{{ contract.no_such_field }}\n",
        "utf-8",
    )
    return _draft("draft.scdraft.json", example())(folder)


def broken_reference_docx(folder: Path) -> Path:
    """Put a damaged ``reference.docx`` (the firm's styles) in the user's template folder."""
    from subcontract_assist.core.resources import user_templates_dir

    target = user_templates_dir()
    target.mkdir(parents=True, exist_ok=True)
    (target / "reference.docx").write_bytes(plain_docx()[:1500])
    return _draft("draft.scdraft.json", example())(folder)


def a_folder(folder: Path) -> Path:
    path = folder / "folder.scdraft.json"
    path.mkdir()
    return path
