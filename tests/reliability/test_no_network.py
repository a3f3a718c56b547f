"""Privacy: every entry point works with all sockets blocked, loopback included.

``tests.netguard`` records each connection or name lookup; a run must record none. Only
``models download`` may go online (the user asked for it), and only ``core/models/downloads.py`` may
import a network library: checked statically below.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.cli import main
from tests.conftest import EXAMPLES, ROOT
from tests.netguard import NetworkAttemptError, blocked_network

SRC = ROOT / "src" / "subcontract_assist"
#: Written for this test (not from the evaluation set): (text, unfair, category).
CLAUSES = [
    ("원사업자는 목적물 수령일부터 90일 이내에 하도급대금을 지급한다.", True, "payment_terms"),
    (
        "수급사업자는 원사업자가 지정한 업체에서만 원자재를 구매하여야 한다.",
        True,
        "forced_purchase",
    ),
    ("원사업자는 검사 결과를 목적물 수령일부터 10일 이내에 서면으로 통지한다.", False, None),
    ("본 계약의 해석에 이견이 있으면 양 당사자가 성실히 협의한다.", False, None),
    ("수급사업자는 납품 일정을 원사업자와 협의하여 정한다.", False, None),
]
RECEIVED = [
    "부품 제조 하도급계약서",
    "제1조(목적) 이 계약은 원사업자가 수급사업자에게 위탁하는 부품 제조에 관한 사항을 정한다.",
    "제2조(대금) 원사업자는 목적물 수령일부터 90일 이내에 하도급대금을 지급한다.",
    "제3조(납품) 수급사업자는 정해진 날까지 목적물을 납품한다.",
]


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, default_model: Path) -> Iterator[list[str]]:
    """Block every socket, loopback included; yield the recorded attempts."""
    with blocked_network(monkeypatch, allow_loopback=False) as attempts:
        yield attempts


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, str]:
    """The files the commands read: a draft, a received .docx, a 5-clause evaluation set."""
    contract = docx.Document()
    for line in RECEIVED:
        contract.add_paragraph(line)
    contract.save(str(tmp_path / "received.docx"))
    rows = [
        {"id": f"n{n}", "text": text, "unfair": unfair, "category": category}
        for n, (text, unfair, category) in enumerate(CLAUSES)
    ]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    (tmp_path / "clauses.jsonl").write_text(lines + "\n", "utf-8")
    return {
        "draft": str(EXAMPLES / "manufacturing.scdraft.json"),
        "docx": str(tmp_path / "received.docx"),
        "jsonl": str(tmp_path / "clauses.jsonl"),
        "out": str(tmp_path / "out.docx"),
        "annotated": str(tmp_path / "annotated.docx"),
        "report": str(tmp_path / "report.docx"),
    }


COMMANDS = {
    "check": ["check", "{draft}"],
    "check-json": ["check", "{draft}", "--format", "json"],
    "rules": ["rules"],
    "render": ["render", "{draft}", "-o", "{out}"],
    "review-model": ["review", "{docx}", "--annotate", "{annotated}", "--report", "{report}"],
    "review-json": [
        "review",
        "{docx}",
        "--format",
        "json",
        "--no-model",
        "--type",
        "manufacturing",
    ],
    "eval-model": ["eval", "{jsonl}", "--format", "json"],
    "models-list": ["models", "list"],
    "models-info": ["models", "info"],
    "version": ["--version"],
}


@pytest.mark.llm
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_runs_with_every_socket_blocked(
    name: str,
    inputs: dict[str, str],
    offline: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main([arg.format(**inputs) for arg in COMMANDS[name]])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert offline == []
    if name == "review-model":
        assert "제13조" in printed.out  # the 90-day term, found with the model loaded
        assert docx.Document(inputs["annotated"]).comments
        assert Path(inputs["report"]).stat().st_size > 0
    if name == "eval-model":
        assert json.loads(printed.out)["n"] == len(CLAUSES)


@pytest.mark.llm
@pytest.mark.slow
# In-process the QApplication already exists, so Qt notes the DPI policy comes too late.
@pytest.mark.qt_log_ignore("setHighDpiScaleFactorRoundingPolicy must be called before")
def test_the_self_test_runs_in_process_with_every_socket_blocked(
    qapp: object, offline: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--self-test"])
    printed = capsys.readouterr()
    assert code == 0, printed.out + printed.err
    assert "[4/4]" in printed.out  # the window step ran too
    assert offline == []


def test_the_guard_sees_a_download_the_user_asked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The one command allowed online is caught by the same guard: the guard works."""
    from subcontract_assist.core.cancel import CancelToken
    from subcontract_assist.core.models.downloads import download

    url, sha256 = "https://example.org/model.gguf", "0" * 64
    with (
        blocked_network(monkeypatch, allow_loopback=False) as attempts,
        pytest.raises(NetworkAttemptError),
    ):
        download(url, tmp_path / "m.gguf", sha256, CancelToken())
    assert attempts == ["getaddrinfo('example.org')"]


NETWORK_MODULES = frozenset(
    {"socket", "ssl", "urllib", "http", "requests", "httpx", "urllib3", "aiohttp", "ftplib"}
    | {"smtplib", "imaplib", "poplib", "xmlrpc", "websocket", "websockets", "asyncio"}
    | {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"}
)
#: The only module that may reach the network: downloads the user asks for.
ALLOWED = {"core/models/downloads.py"}


def _imported(tree: ast.AST) -> Iterator[str]:
    """Yield every module name imported anywhere in ``tree`` (functions included)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module":
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield arg.value


#: Modules under a network package that only handle strings (percent-decoding a part name).
NOT_NETWORK = frozenset({"urllib.parse"})


def _is_network(name: str) -> bool:
    if any(name == m or name.startswith(m + ".") for m in NOT_NETWORK):
        return False
    return any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES)


def test_only_the_download_module_imports_a_network_library() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        names = [n for n in _imported(ast.parse(path.read_text("utf-8"))) if _is_network(n)]
        if names:
            found[path.relative_to(SRC).as_posix()] = sorted(set(names))
    assert set(found) == ALLOWED, found
    assert found["core/models/downloads.py"] == ["urllib.error", "urllib.request"]


def test_only_the_download_command_starts_a_download() -> None:
    callers = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "download":
                callers.append(path.relative_to(SRC).as_posix())
    assert callers == ["commands/models.py"]


@pytest.mark.llm
def test_the_window_flow_runs_with_every_socket_blocked(
    qapp: object,
    qtbot: QtBot,
    tmp_path: Path,
    offline: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.reliability.offline_window import run_window_flow

    opened = run_window_flow(qapp, qtbot, tmp_path, monkeypatch, RECEIVED)
    assert offline == []
    assert opened == [str(tmp_path / "contract.docx")] * 2  # the export, the commented copy
