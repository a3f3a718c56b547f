"""Convert a written .docx to PDF with LibreOffice (``soffice --headless``), when it is installed.

Each conversion gets its own LibreOffice profile folder: two runs sharing one fail silently
(tooling notes #14). Nothing is downloaded; without LibreOffice the app says how to make a PDF
from the .docx in Word or 한글 instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.text import Text

TIMEOUT_S = 180

_CANDIDATES = {
    "win32": [
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
        / "LibreOffice/program/soffice.exe",
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        / "LibreOffice/program/soffice.exe",
    ],
    "darwin": [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")],
}


def find_soffice() -> str | None:
    """Return the LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((str(p) for p in _CANDIDATES.get(sys.platform, []) if p.is_file()), None)


def _failed(path: Path, why: str) -> RenderError:
    return RenderError(
        Text(
            f"PDF를 만들지 못했습니다: {path.name} ({why}). Word 문서로 내보낸 뒤 Word나 한글에서 "
            "'PDF로 저장'을 고르세요.",
            f"Could not make the PDF {path.name} ({why}). Export a Word document and save it "
            "as PDF from Word or Hancom.",
        )
    )


class PdfConverter:
    """``converter(docx, pdf)``: write ``pdf`` from ``docx`` (raises RenderError)."""

    def __init__(self, soffice: str) -> None:
        self.soffice = soffice

    def __call__(self, docx: Path, pdf: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="sa-soffice-") as folder:
            work = Path(folder)
            command = [
                self.soffice,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "out"),
                str(docx),
            ]
            try:
                subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
            except subprocess.TimeoutExpired as exc:
                raise _failed(pdf, f"LibreOffice가 {TIMEOUT_S}초 안에 끝나지 않음") from exc
            except OSError as exc:
                raise _failed(pdf, exc.strerror or str(exc)) from exc
            made = work / "out" / f"{docx.stem}.pdf"
            if not made.is_file():
                raise _failed(pdf, "LibreOffice가 파일을 만들지 않음")
            try:
                shutil.move(str(made), pdf)
            except OSError as exc:
                raise _failed(pdf, exc.strerror or str(exc)) from exc


def pdf_converter() -> PdfConverter | None:
    """Return the converter when LibreOffice is installed, else None."""
    soffice = find_soffice()
    return PdfConverter(soffice) if soffice else None
