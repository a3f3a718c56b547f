"""Take screenshots of each main screen of the running app (offscreen, Korean) for the README.

Usage: ``python tools/screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).

The app is built exactly as ``subcontract-assist`` builds it (fonts, translators, adapters,
model), with settings, autosave and recent files in a temporary folder so the user's own are
never touched. Look at every PNG after running it: Korean must render, nothing cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="sa-shots-"))
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")  # autosave and models of this run only
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ["HOME"] = str(_TMP)  # the recent-drafts list shows folders relative to home

from PySide6.QtCore import Qt  # noqa: E402, TID251 — a Qt tool script
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402, TID251

from subcontract_assist.app import build_window, create_app  # noqa: E402
from subcontract_assist.core.settings import AppSettings  # noqa: E402
from subcontract_assist.ui.dialogs import ExportSummaryDialog  # noqa: E402
from subcontract_assist.ui.editors import LineEditor, TextBlockEditor  # noqa: E402
from subcontract_assist.ui.main_window import MainWindow  # noqa: E402
from subcontract_assist.ui.settings_dialog import SettingsDialog  # noqa: E402
from subcontract_assist.ui.settings_store import SettingsStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "manufacturing.scdraft.json"
EXAMPLE = _TMP / "문서" / "브래킷 제조위탁.scdraft.json"
BAD = ROOT / "examples" / "bad-manufacturing.scdraft.json"
THRESHOLD_RULE = "price_adjustment.indexation_threshold_max_10pct"
# Written for the screenshot: a one-sided cost clause the rules and the model should flag.
SPECIAL_TERM = "현장 민원 처리에 드는 모든 비용은 수급사업자가 부담한다."


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let timers (preview debounce) and queued signals run."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path)


def shoot_workspace(app: QApplication, window: MainWindow, out: Path) -> None:
    ws = window.workspace
    window.files.open_path(EXAMPLE)
    ws.show_section("payment")
    editor = ws.page.editor("payment.due_days_after_receipt")
    assert isinstance(editor, LineEditor)
    editor.line.setText("90")
    model = ws.findings_model
    row = next(i for i, f in enumerate(model.findings) if f.article.startswith("제13조"))
    ws.findings.select_row(row)
    ws.preview.render_now()
    settle(app)
    save(window, out, "02-interview-findings.png")
    ws.findings.apply_button.click()  # the fix shows in the field, highlighted, with 되돌리기
    ws.preview.render_now()
    settle(app, 0.2)
    save(window, out, "10-fix-applied.png")
    window.session.undo()

    ws.show_section("special_terms")
    clause = ws.page.editor("special_terms")
    assert isinstance(clause, TextBlockEditor)
    clause.text.setPlainText(SPECIAL_TERM)
    deadline = time.monotonic() + 90  # the model loads on the review thread the first time
    while (window.review.timer.isActive() or window.review.running) and time.monotonic() < deadline:
        settle(app, 0.2)
    ws.splitter.setSizes([170, 500, 696])
    ws.show_section("inspection")
    ws.preview.render_now()
    settle(app)
    save(window, out, "03-preview.png")
    ws.splitter.setSizes([190, 620, 556])

    dialog = ExportSummaryDialog(window.export_checklist(), window.lang, window)
    dialog.show()
    settle(app)
    save(dialog, out, "05-export-summary.png")
    dialog.close()

    ws.show_finish()
    ws.preview.render_now()
    settle(app)
    save(window, out, "09-finish.png")
    ws.show_section("payment")


def shoot_rows(app: QApplication, window: MainWindow, out: Path) -> None:
    """The row tables: the schedule of items, then a 연동표 row the rules flag."""
    ws = window.workspace
    window.files.open_path(EXAMPLE, confirmed=True)
    ws.jump_to("deliverable.items")
    ws.preview.render_now()
    settle(app)
    save(window, out, "06-schedule-of-items.png")

    bad = EXAMPLE.with_name("전원부 하우징 (검토 예시).scdraft.json")
    bad.write_bytes(BAD.read_bytes())
    window.files.open_path(bad, confirmed=True)
    model = ws.findings_model
    row = next(i for i, f in enumerate(model.findings) if f.rule == THRESHOLD_RULE)
    ws.findings.select_row(row)
    ws.jump_to(model.findings[row].field)
    ws.preview.render_now()
    settle(app)
    save(window, out, "07-indexation-table.png")


def shoot_received(app: QApplication, window: MainWindow, out: Path) -> None:
    """Review a received contract (the bad example rendered to .docx) and show a finding."""
    from subcontract_assist.adapters.docx_renderer import DocxRenderer
    from subcontract_assist.core.document.rendering import render_document
    from subcontract_assist.core.draft.files import load_draft

    received = _TMP / "받은 계약서.docx"
    DocxRenderer().write(render_document(load_draft(BAD)), received)
    page = window.received
    if page is None:
        return
    window.stack.setCurrentWidget(page)
    page.start(received)
    deadline = time.monotonic() + 300
    while page.result is None and time.monotonic() < deadline:
        settle(app, 0.5)
    if page.result is None or not page.result.findings:
        return
    first = next(
        (i for i, f in enumerate(page.result.findings) if f.finding.article.startswith("제13조")),
        0,
    )
    page.tree.setCurrentItem(page.tree.topLevelItem(first))
    settle(app)
    save(window, out, "08-received-review.png")
    page.back_button.click()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    EXAMPLE.parent.mkdir()
    EXAMPLE.write_bytes(SOURCE.read_bytes())
    app = create_app([])
    store = SettingsStore.at(_TMP / "settings.ini")
    store.save(AppSettings(language="ko"))
    store.add_recent_file(EXAMPLE)
    window = build_window(app, store)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)  # the most common office-laptop screen in Korea
    window.show()
    settle(app)
    save(window, out, "01-start.png")
    shoot_workspace(app, window, out)
    shoot_rows(app, window, out)
    shoot_received(app, window, out)

    dialog = SettingsDialog(window.settings, window.catalog, window)
    dialog.show()
    settle(app)
    save(dialog, out, "04-settings.png")
    dialog.close()

    window.session.forget_changes()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
