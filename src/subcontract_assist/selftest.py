"""``subcontract-assist --self-test``: check that this installation works, end to end, offline.

Every packaging check runs it inside the bundle. It goes through the app's real code: the
default model is found and loaded the way the app loads it, one clause is reviewed by patterns
and model together, an example contract is rendered to a temporary .docx, and the main window
is built as the app builds it, shown, grabbed and closed (its Korean font checked). It prints
each step and exits 0, or prints what failed and exits 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from subcontract_assist import __version__
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.text import Lang, Text, current_language

EXIT_OK, EXIT_FAILED = 0, 1
#: A clause the self-test writes itself: 90 days breaks the 60-day payment deadline (제13조 ①).
CLAUSE = "원사업자는 목적물 수령일부터 90일 이내에 하도급대금을 지급한다."
#: The same in an older contract's 漢字: read only when the 漢字 → Hangul table was packaged.
CLAUSE_HANJA = "甲은 目的物 受領日부터 90日 以內에 乙에게 下都給代金을 支給한다."
EXAMPLE_DRAFT = "manufacturing.scdraft.json"


class SelfTestError(Exception):
    """A step found something wrong; the message says what."""


def step_environment(lang: Lang) -> str:
    """Say what runs: version, packaged or not, platform, llama.cpp's CPU features."""
    from subcontract_assist.adapters.llama_backend import backend_report
    from subcontract_assist.core.bundle import bundle_root

    report = backend_report()
    frozen = Text("패키지", "packaged") if bundle_root() else Text("소스 설치", "source install")
    return (
        f"Subcontract Assist {__version__} · {frozen.get(lang)} · {platform.system()} "
        f"{platform.machine()} · Python {platform.python_version()}\n"
        f"      llama.cpp: {report.summary()}\n      {report.system_info}"
    )


def step_model_and_review(lang: Lang) -> str:
    """Load the default model as the app does and review one clause with patterns + model."""
    from subcontract_assist.adapters.llama_reviewer import LlamaReviewer
    from subcontract_assist.core.cancel import CancelToken
    from subcontract_assist.core.clauses.analyzer import ClauseAnalyzer
    from subcontract_assist.core.clauses.reviewer import Clause
    from subcontract_assist.core.findings import Source

    with LlamaReviewer() as reviewer:
        started = time.perf_counter()
        status = reviewer.load()
        loaded = time.perf_counter() - started
        result = ClauseAnalyzer(reviewer, model_on_rule_hits=True).analyze_one(
            Clause(CLAUSE, "special_terms[0].text"), CancelToken()
        )
    if result.verdict is None:
        notes = " ".join(n.get(lang) for n in result.notes)
        raise SelfTestError(f"model did not review the clause: {notes}")
    if not any(f.source is Source.RULE for f in result.findings):
        raise SelfTestError("the clause patterns missed a 90-day payment term (rule data missing?)")
    from subcontract_assist.core.clauses.patterns import screen_clause

    if not screen_clause(CLAUSE_HANJA):
        raise SelfTestError("a clause in 漢字 was not read (the hanja table missing?)")
    found = "; ".join(f"{f.source.value} {f.article}" for f in result.findings)
    return (
        f"{status.path} ({status.path.stat().st_size / 1e6:.0f} MB) — {status.describe()}"
        f" — {loaded:.1f} s\n      «{CLAUSE}» → score {result.verdict.score:+.2f}, {found}"
    )


def step_render(lang: Lang, folder: Path) -> str:
    """Render a shipped example contract to a .docx in ``folder`` and check it opens."""
    from docx import Document

    from subcontract_assist.adapters.docx_renderer import DocxRenderer
    from subcontract_assist.core.document.rendering import render_document
    from subcontract_assist.core.draft.files import load_draft
    from subcontract_assist.core.resources import shipped_dir

    draft = shipped_dir("examples") / EXAMPLE_DRAFT
    out = folder / "self-test.docx"
    DocxRenderer().write(render_document(load_draft(draft)), out)
    paragraphs = [p.text for p in Document(str(out)).paragraphs if p.text.strip()]
    if not paragraphs:
        raise SelfTestError(f"{out} has no text")
    return f"{draft.name} → {out} ({out.stat().st_size // 1024} KB, {len(paragraphs)} paragraphs)"


def step_window(lang: Lang, screenshot: Path | None) -> str:
    """Start the desktop app, grab its main window, close it; check a Korean font exists."""
    from subcontract_assist.app import open_and_grab  # Qt stays in the composition root

    grab = open_and_grab(screenshot)
    if not grab.visible:
        raise SelfTestError("the main window did not appear")
    if screenshot is not None and not grab.saved:
        raise SelfTestError(f"cannot save the screenshot to {screenshot}")
    if not grab.korean_families:
        raise SelfTestError(
            "no Korean font found: Korean text would show as boxes "
            "(Linux: install fonts-nanum or fonts-noto-cjk)"
        )
    saved = f", saved {screenshot}" if screenshot else ""
    return (
        f"{grab.title!r} {grab.width}×{grab.height} on {grab.platform}; font {grab.font!r}, "
        f"{len(grab.korean_families)} Korean families (e.g. {grab.korean_families[0]}){saved}"
    )


def run(lang: Lang, screenshot: Path | None, with_window: bool) -> int:
    """Run every step, printing each; return the exit code."""
    with tempfile.TemporaryDirectory(prefix="subcontract-assist-selftest-") as tmp:
        steps: list[tuple[Text, Callable[[], str]]] = [
            (Text("환경", "environment"), lambda: step_environment(lang)),
            (Text("모델·조항 검토", "model + clause review"), lambda: step_model_and_review(lang)),
            (Text("계약서 생성", "contract .docx"), lambda: step_render(lang, Path(tmp))),
        ]
        if with_window:
            steps.append((Text("프로그램 창", "window"), lambda: step_window(lang, screenshot)))
        for number, (name, action) in enumerate(steps, start=1):
            started = time.perf_counter()
            try:
                detail = action()
            except Exception as exc:  # any failure is the answer: report it, exit non-zero
                message = exc.message(lang) if isinstance(exc, AppError) else str(exc)
                print(f"[{number}/{len(steps)}] {name.get(lang)}: FAILED — {message}", flush=True)
                print(_FAILED.get(lang), file=sys.stderr)
                return EXIT_FAILED
            took = time.perf_counter() - started
            print(f"[{number}/{len(steps)}] {name.get(lang)} ({took:.1f} s): {detail}", flush=True)
    print(_PASSED.get(lang), flush=True)
    return EXIT_OK


_PASSED = Text(
    "자가 점검 통과: 이 설치는 정상입니다.", "self-test passed: this installation works."
)
_FAILED = Text(
    "자가 점검 실패: 위의 메시지를 확인하십시오.", "self-test FAILED: see the message above."
)


def main(argv: Sequence[str] = ()) -> int:
    """Parse the self-test's options and run it."""
    parser = argparse.ArgumentParser(prog="subcontract-assist --self-test")
    parser.add_argument("--screenshot", type=Path, help="save the main window as PNG")
    parser.add_argument("--no-window", action="store_true", help="skip the window step")
    parser.add_argument("--lang", choices=("ko", "en"))
    args = parser.parse_args(list(argv))
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display: Qt would abort
    lang: Lang = args.lang or current_language()
    return run(lang, args.screenshot, not args.no_window)
