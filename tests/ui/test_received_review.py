"""A received contract is reviewed in the background and a commented copy can be saved."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.adapters.docx_reader import read_contract
from subcontract_assist.app import annotate_review
from subcontract_assist.ui.dialogs import FileDialogs
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.received_review import ReceivedReviewPorts
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import BlockingReviewer, GatedReviewer

# Written for this test: a payment term beyond 60 days, a one-sided cost clause (both caught by
# the patterns) and a neutral delivery clause (the patterns pass it on to the model).
LINES = [
    "물품 제조 하도급계약서",
    "제1조(목적) 이 계약은 갑이 을에게 위탁하는 물품의 제조에 관한 사항을 정한다.",
    "제2조(대금의 지급) 갑은 목적물을 받은 날부터 90일이 지난 후 대금을 지급한다.",
    "제3조(비용) 민원 처리에 드는 모든 비용은 을이 부담한다.",
    "제4조(납품) 을은 정해진 날까지 목적물을 납품한다.",
]


def reviewing_window(make_window: WindowFactory, **options: object) -> MainWindow:
    ports = ReceivedReviewPorts(read=read_contract, annotate=annotate_review)
    return make_window(received=ports, **options)


def test_a_received_text_contract_is_reviewed_with_findings_and_gaps(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("\n".join(LINES), "utf-8")
    window = reviewing_window(make_window)
    monkeypatch.setattr(FileDialogs, "ask_open_contract", classmethod(lambda *_a: contract))
    window.start.review_button.click()
    page = window.received
    assert page is not None
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.result is not None
    articles = {f.finding.article for f in page.result.findings}
    assert any(a.startswith("제3조의4") for a in articles)  # the one-sided cost clause
    assert any(m.article.startswith("제9조") for m in page.result.missing)
    assert page.tree.topLevelItemCount() == len(page.result.findings) + len(page.result.missing)
    assert not page.save_button.isEnabled()  # comments need a .docx original
    page.back_button.click()
    assert window.stack.currentWidget() is window.start


def test_a_commented_copy_of_a_received_docx_is_saved_and_opened(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "받은계약서.docx"
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    document.save(str(original))
    opened: list[Path] = []
    window = reviewing_window(make_window, open_file=opened.append)
    page = window.received
    assert page is not None
    page.start(original)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    target = tmp_path / "검토의견.docx"
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: target))
    assert page.save_commented_copy() == target
    assert opened == [target]
    assert docx.Document(str(target)).comments


def test_a_running_received_review_can_be_cancelled(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("\n".join(LINES), "utf-8")
    reviewer = BlockingReviewer()
    window = reviewing_window(make_window, reviewer=reviewer)
    page = window.received
    assert page is not None
    page.start(contract)
    qtbot.waitUntil(reviewer.entered.is_set, timeout=10_000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.cancel_button.isEnabled(), timeout=5_000)
    assert page.result is not None
    assert not page.result.complete  # what was decided before the cancel is kept
    assert page.status.text().startswith("검토를 취소했습니다.")
    kept = {f.paragraph.index for f in page.result.findings}
    assert kept == {2, 3}  # the rules read the whole contract before the model's first call
    assert page.tree.topLevelItemCount() == len(page.result.findings) + len(page.result.missing)


def test_the_page_fills_in_while_the_model_is_still_reading(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("\n".join(LINES), "utf-8")
    reviewer = GatedReviewer()
    window = reviewing_window(make_window, reviewer=reviewer)
    page = window.received
    assert page is not None
    page.start(contract)
    qtbot.waitUntil(reviewer.entered.is_set, timeout=10_000)

    def rows() -> list[str]:
        items = [page.tree.topLevelItem(r) for r in range(page.tree.topLevelItemCount())]
        return [i.text(2) for i in items if i is not None]

    qtbot.waitUntil(lambda: sum(text.startswith("[위반]") for text in rows()) >= 2, timeout=5_000)
    assert page.result is None  # the model is still at its first paragraph
    assert "민원 처리에 드는 모든 비용" in page.document.toPlainText()
    block = page.document.document().findBlockByNumber(3)
    assert block.text().startswith("제3조(비용)")
    assert block.blockFormat().background().color().name() == "#f8d7da"
    reviewer.release.set()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.result is not None
    assert page.result.complete
    assert page.tree.topLevelItemCount() == len(page.result.findings) + len(page.result.missing)


def test_the_contract_sits_beside_findings_that_filter_and_jump(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("\n".join(LINES), "utf-8")
    window = reviewing_window(make_window)
    page = window.received
    assert page is not None
    page.start(contract)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert "민원 처리에 드는 모든 비용" in page.document.toPlainText()
    assert "#f8d7da" in page.document.toHtml()  # the 90-day paragraph shaded as a violation

    def shown() -> list[str]:
        items = [page.tree.topLevelItem(r) for r in range(page.tree.topLevelItemCount())]
        return [i.text(2) for i in items if i is not None and not i.isHidden()]

    everything = shown()
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("violation"))
    violations = shown()
    assert violations
    assert len(violations) < len(everything)
    assert all(text.startswith("[위반]") for text in violations)
    page.severity_filter.setCurrentIndex(0)
    assert shown() == everything

    target = next(f for f in page.result.findings if f.finding.article.startswith("제3조의4"))
    row = page.result.findings.index(target)
    page.tree.setCurrentItem(page.tree.topLevelItem(row))
    assert page.document.last_anchor == f"p-{target.paragraph.source.position}"


def test_a_picked_finding_shows_in_full_with_fair_wording_to_copy(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtGui import QGuiApplication

    contract = tmp_path / "받은계약서.txt"
    contract.write_text("\n".join(LINES), "utf-8")
    window = reviewing_window(make_window)
    page = window.received
    assert page is not None
    page.start(contract)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.result is not None
    assert not page.copy_button.isEnabled()
    target = next(f for f in page.result.findings if f.finding.suggestion)
    page.tree.setCurrentItem(page.tree.topLevelItem(page.result.findings.index(target)))
    shown = page.detail.toPlainText()
    assert target.finding.message.ko in shown  # the whole explanation, not a cut-off line
    assert target.finding.suggestion in shown
    assert "권고 문구" in shown
    assert page.copy_button.isEnabled()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == target.finding.suggestion
    page.start(contract)  # a new review starts with an empty detail pane
    assert page.detail.toPlainText() == ""


def test_a_received_hwpx_gets_a_copy_with_hangul_memos(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hwpx import HwpxDocument

    from subcontract_assist.adapters.readers import read_contract as read_any

    original = tmp_path / "받은계약서.hwpx"
    document = HwpxDocument.new()
    document.paragraphs[0].text = LINES[0]
    for line in LINES[1:]:
        document.add_paragraph(line)
    document.save_to_path(original)
    opened: list[Path] = []
    ports = ReceivedReviewPorts(read=read_any, annotate=annotate_review)
    window = make_window(received=ports, open_file=opened.append)
    page = window.received
    assert page is not None
    page.start(original)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.save_button.isEnabled()
    target = tmp_path / "검토의견.hwpx"
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: target))
    assert page.save_commented_copy() == target
    assert opened == [target]
    reopened = HwpxDocument.open(target)
    assert reopened.notes.memos
    reopened.close()
