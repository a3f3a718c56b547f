"""Fixtures in every format a Korean firm sends: .hwpx and .hwp written with python-hwpx, PDFs
made by LibreOffice from our own rendered contracts (one of them two-column), an image-only PDF,
and .docx files with each wrapper Word puts around text (tracked changes, content controls…)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.adapters.hwpx_renderer import HwpxRenderer
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def soffice() -> str | None:
    """Return the LibreOffice executable, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_all(example: str, folder: Path) -> dict[str, Path]:
    """Render ``examples/<example>.scdraft.json`` as .docx, .hwpx and .hwp into ``folder``."""
    doc = render_document(load_draft(EXAMPLES / f"{example}.scdraft.json"))
    out = {"docx": folder / f"{example}.docx", "hwpx": folder / f"{example}.hwpx"}
    DocxRenderer().write(doc, out["docx"])
    HwpxRenderer().write(doc, out["hwpx"])
    out["hwp"] = folder / f"{example}.hwp"
    out["hwp"].write_bytes(hwp_bytes(out["hwpx"]))
    return out


def hwp_bytes(hwpx: Path) -> bytes:
    """Return the .hwpx at ``hwpx`` saved as HWP 5.0 by python-hwpx's own writer."""
    from hwpx import HwpxDocument

    document = HwpxDocument.open(hwpx)
    try:
        return bytes(document.to_bytes(format="hwp"))
    finally:
        document.close()


def to_pdf(docx: Path, folder: Path, options: str = "") -> Path:
    """Convert ``docx`` to PDF with LibreOffice (its own profile, so runs never collide)."""
    exe = soffice()
    assert exe is not None
    profile = folder / ".lo-profile"
    target = "pdf" + (f":writer_pdf_Export:{options}" if options else "")
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(folder)},
    )
    return folder / (docx.stem + ".pdf")


def two_column(docx: Path, target: Path) -> Path:
    """Write a copy of ``docx`` whose pages are set in two columns."""
    document = Document(str(docx))
    for section in document.sections:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "425")
    document.save(str(target))
    return target


def image_only_pdf(target: Path) -> Path:
    """Write a one-page PDF that holds only an image (a scan without a text layer)."""
    pixels = bytes(range(256)) * 64  # a 128 x 128 grey image
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length "
        + str(len(pixels)).encode()
        + b" >>\nstream\n"
        + pixels
        + b"\nendstream",
    ]
    content = b"q 500 0 0 700 47 71 cm /Im0 Do Q"
    objects.append(
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    target.write_bytes(out.getvalue())
    return target


# --- .docx with each wrapper -------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


#: Paragraph bodies, one per wrapper, each with the text a reader sees.
WRAPPED_PARAGRAPHS: dict[str, tuple[str, str]] = {
    "ins": (
        _r("원사업자는 ")
        + '<w:ins w:id="1" w:author="법무팀" w:date="2026-12-01T00:00:00Z">'
        + _r("검사 후 ")
        + "</w:ins>"
        + _r("대금을 지급한다."),
        "원사업자는 검사 후 대금을 지급한다.",
    ),
    "del": (
        _r("원사업자는 ")
        + '<w:del w:id="2" w:author="법무팀" w:date="2026-12-01T00:00:00Z">'
        + '<w:r><w:delText xml:space="preserve">즉시 </w:delText></w:r></w:del>'
        + _r("지급한다."),
        "원사업자는 지급한다.",
    ),
    "sdt": (
        _r("대금은 ")
        + '<w:sdt><w:sdtPr><w:alias w:val="금액"/></w:sdtPr><w:sdtContent>'
        + _r("1,000만 원")
        + "</w:sdtContent></w:sdt>"
        + _r("으로 한다."),
        "대금은 1,000만 원으로 한다.",
    ),
    "smartTag": (
        '<w:smartTag w:uri="urn:x" w:element="date">'
        + _r("2026년 12월 1일")
        + "</w:smartTag>"
        + _r("까지 납품한다."),
        "2026년 12월 1일까지 납품한다.",
    ),
    "fldSimple": (
        _r("계약번호 ")
        + '<w:fldSimple w:instr=" DOCPROPERTY no ">'
        + _r("A-17")
        + "</w:fldSimple>",
        "계약번호 A-17",
    ),
    "complexField": (
        _r("쪽 ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        "쪽 3",
    ),
    "customXml": (
        '<w:customXml w:element="party">' + _r("수급사업자") + "</w:customXml>" + _r("는 따른다."),
        "수급사업자는 따른다.",
    ),
    "moveTo": (
        '<w:moveFrom w:id="3" w:author="a" w:date="2026-12-01T00:00:00Z">'
        + _r("옮기기 전 ")
        + "</w:moveFrom>"
        + _r("본문 ")
        + '<w:moveTo w:id="4" w:author="a" w:date="2026-12-01T00:00:00Z">'
        + _r("옮긴 문구")
        + "</w:moveTo>",
        "본문 옮긴 문구",
    ),
    "dir": (
        '<w:dir w:val="rtl">'
        + _r("방향 ")
        + "</w:dir>"
        + '<w:bdo w:val="ltr">'
        + _r("문구")
        + "</w:bdo>",
        "방향 문구",
    ),
    "hidden": (
        _r("보이는 ") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>숨은 </w:t></w:r>" + _r("글"),
        "보이는 글",
    ),
}


def _document_xml(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:wps="{WPS_NS}" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'mc:Ignorable="wps"><w:body>{body}<w:sectPr/></w:body></w:document>'
    ).encode()


def docx_with_body(target: Path, body: str, extra: dict[str, bytes] | None = None) -> Path:
    """Write a .docx (python-docx's default package) whose body XML is ``body``."""
    base = io.BytesIO()
    Document().save(base)
    entries: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as archive:
        for name in archive.namelist():
            entries[name] = archive.read(name)
    entries["word/document.xml"] = _document_xml(body)
    entries.update(extra or {})
    write_zip(target, entries)
    return target


def write_zip(target: Path, entries: dict[str, bytes]) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)


def text_box(text: str) -> str:
    """Return a run holding a DrawingML text box with ``text`` (and its VML fallback copy)."""
    inner = f"<w:txbxContent><w:p>{_r(text)}</w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
        f"<wps:txbx>{inner}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{inner}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
