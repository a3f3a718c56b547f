"""The headless command line: check, rules, render, --version, and exit code 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from subcontract_assist import __version__
from subcontract_assist.cli import main


def _draft_with(example_path: Path, tmp_path: Path, days: int) -> Path:
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["payment"]["due_days_after_receipt"] = days
    path = tmp_path / f"d{days}.scdraft.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_check_flags_90_days_and_passes_60(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(_draft_with(example_path, tmp_path, 90)), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    hit = [f for f in found if f["rule"] == "payment_terms.deadline_60d"]
    assert hit
    assert hit[0]["article"].startswith("제13조")
    assert set(hit[0]) >= {
        "rule",
        "category",
        "article",
        "severity",
        "message",
        "field",
        "suggestion",
    }
    assert main(["check", str(_draft_with(example_path, tmp_path, 60)), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in found if f["rule"] == "payment_terms.deadline_60d"]


def test_check_text_output_is_korean(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(_draft_with(example_path, tmp_path, 90))])
    out = capsys.readouterr().out
    assert "[위반] 제13조" in out


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "subcontract-assist/draft", "version": 1, "payment": {"cash_ratio_pct": []}}',
        "{not json",
        '["a list"]',
        "",
        '{"format": "subcontract-assist/draft"}',
    ],
)
def test_malformed_draft_exits_2_with_a_message(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.scdraft.json"
    path.write_text(content, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.scdraft.json" in err
    assert "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.docx")]) == 2
    assert "열 수 없습니다" in capsys.readouterr().err


def test_render_writes_docx(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.docx"
    assert main(["render", str(example_path), "-o", str(out)]) == 0
    assert out.stat().st_size > 5000


def test_module_entry_point_prints_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "subcontract_assist", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert __version__ in result.stdout
