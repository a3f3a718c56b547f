"""``review --format jsonl`` writes findings as they are decided; ``--progress`` draws one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from subcontract_assist.cli import main

# Written for this test: a payment term beyond 60 days and a one-sided cost clause.
LINES = [
    "물품 제조 하도급계약서",
    "제1조(목적) 이 계약은 갑이 을에게 위탁하는 물품의 제조에 관한 사항을 정한다.",
    "제2조(대금의 지급) 갑은 목적물을 받은 날부터 90일이 지난 후 대금을 지급한다.",
    "제3조(비용) 민원 처리에 드는 모든 비용은 을이 부담한다.",
    "제4조(납품) 을은 정해진 날까지 목적물을 납품한다.",
]


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "받은계약서.txt"
    path.write_text("\n".join(LINES), encoding="utf-8")
    return path


def test_jsonl_has_the_json_items_one_per_line_and_ends_with_a_summary(
    contract: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(contract), "--no-model", "--format", "json"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(["review", str(contract), "--no-model", "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [line.pop("type") for line in lines]
    assert kinds == ["missing"] * len(whole["missing"]) + ["finding"] * len(whole["findings"]) + [
        "end"
    ]
    assert lines[: len(whole["missing"])] == whole["missing"]
    found = lines[len(whole["missing"]) : -1]
    assert sorted(found, key=json.dumps) == sorted(whole["findings"], key=json.dumps)
    assert {f["paragraph_index"] for f in found} == {2, 3}
    assert lines[-1] == {"reviewed": 4, "decided": 4, "complete": True}


def test_the_progress_line_counts_the_paragraphs_on_stderr_only(
    contract: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(contract), "--no-model", "--format", "json", "--progress"]) == 0
    out, err = capsys.readouterr()
    json.loads(out)  # stdout stays exactly the JSON
    assert "검토 중 4/4" in err
