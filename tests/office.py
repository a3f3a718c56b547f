"""LibreOffice and poppler helpers for tests that look at the rendered pages."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def require_tool(name: str) -> str:
    """Return the path of ``name``: skip locally, fail where SUBCONTRACT_ASSIST_REQUIRE_TOOLS=1."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("SUBCONTRACT_ASSIST_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{name} is required here (install the Debian packages of .ci/run)")
    pytest.skip(f"{name} is not installed")


def convert(document: Path, out_dir: Path, target: str = "pdf") -> Path:
    """Convert with LibreOffice in its own profile (concurrent runs on one profile fail)."""
    soffice = require_tool("soffice")
    profile = out_dir / ".lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = out_dir / (document.stem + "." + target.split(":")[0])
    assert result.exists(), f"LibreOffice did not write {result.name}"
    return result


def pdf_text(pdf: Path) -> str:
    """Return the text of a PDF with pdftotext."""
    tool = require_tool("pdftotext")
    return subprocess.run(
        [tool, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
