"""``subcontract-assist --self-test`` in the development install: every step, for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from subcontract_assist import selftest
from subcontract_assist.cli import main as cli_main


@pytest.mark.llm
@pytest.mark.slow
def test_self_test_loads_the_model_reviews_renders_and_opens_the_window(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    run = subprocess.run(
        [sys.executable, "-m", "subcontract_assist", "--self-test", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUBCONTRACT_ASSIST_LANG": "en"},
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "[1/4] environment" in out
    assert "gemma-3-270m-q4_k_m.gguf" in out
    assert "rule 제13조" in out  # the 90-day clause, found by the clause patterns
    assert "self-test.docx" in out
    assert "Korean families" in out
    assert "self-test passed" in out
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_failing_step_stops_the_self_test_with_exit_1_and_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_model(lang: str) -> str:
        raise selftest.SelfTestError("model file unreadable")

    monkeypatch.setattr(selftest, "step_model_and_review", broken_model)
    monkeypatch.setattr(selftest, "step_environment", lambda lang: "environment ok")

    assert selftest.run("en", screenshot=None, with_window=False) == selftest.EXIT_FAILED

    captured = capsys.readouterr()
    assert "[2/3] model + clause review: FAILED — model file unreadable" in captured.out
    assert "self-test FAILED" in captured.err
    assert "contract .docx" not in captured.out  # nothing runs after the failure


def test_the_command_line_hands_self_test_options_to_the_self_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    received: list[list[str]] = []
    monkeypatch.setattr(selftest, "main", lambda argv: received.append(list(argv)) or 0)

    assert cli_main(["--self-test", "--no-window"]) == 0
    assert cli_main(["--lang", "en", "--self-test"]) == 0
    assert received == [["--no-window"], ["--lang", "en"]]
