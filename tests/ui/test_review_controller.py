"""The model reviews 특약 in the background: cancellable, newest text wins, failures harmless."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.core.findings import Finding
from subcontract_assist.ui.controllers import ReviewController, ReviewerSource
from tests.ui.answering import answer
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FAIR_WORDING, BlockingReviewer, GatedReviewer, failing_load


def test_a_running_review_is_cancelled(qtbot: QtBot, llm_pool: QThreadPool) -> None:
    reviewer = BlockingReviewer()
    controller = ReviewController(ReviewerSource("blocking", lambda: reviewer), llm_pool)
    with qtbot.waitSignal(controller.started):
        controller.review([Clause("특별정산 방식은 원사업자가 따로 정한다.")])
    assert reviewer.entered.wait(5)
    with (
        qtbot.waitSignal(controller.cancelled, timeout=5_000),
        qtbot.assertNotEmitted(controller.finished),
    ):
        controller.cancel()
    assert not controller.running


def test_a_result_for_older_text_is_discarded(qtbot: QtBot, llm_pool: QThreadPool) -> None:
    reviewer = GatedReviewer()
    controller = ReviewController(ReviewerSource("gated", lambda: reviewer), llm_pool)
    results: list[list[Finding]] = []
    controller.finished.connect(results.append)
    controller.review([Clause("특별정산 방식은 옛 문구대로 정한다.", "special_terms[0].text")])
    assert reviewer.entered.wait(5)
    controller.review([Clause("특별정산 방식은 원사업자가 따로 정한다.", "special_terms[1].text")])
    reviewer.release.set()  # the old review finishes now, after a newer request replaced it
    qtbot.waitUntil(lambda: len(results) == 1 and not controller.running, timeout=5_000)
    assert llm_pool.waitForDone(5_000)
    assert [[f.field for f in found] for found in results] == [["special_terms[1].text"]]


def test_a_model_that_fails_to_load_reports_and_leaves_the_rules(
    qtbot: QtBot, llm_pool: QThreadPool
) -> None:
    controller = ReviewController(ReviewerSource("broken", failing_load), llm_pool)
    with qtbot.waitSignal(controller.failed, timeout=5_000) as blocker:
        controller.review([Clause("특별정산 방식은 원사업자가 따로 정한다.")])
    assert "손상" in blocker.args[0]


def test_typing_a_clause_reviews_it_after_a_pause_and_the_fair_wording_applies(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.workspace.show_section("special_terms")
    with qtbot.waitSignal(window.review.finished, timeout=5_000) as blocker:
        answer(
            window.workspace.page.editor("special_terms"), "특별정산 방식은 원사업자가 따로 정한다."
        )
    [finding] = blocker.args[0]
    model = window.workspace.findings_model
    qtbot.waitUntil(lambda: finding in model.findings)
    window.workspace.findings.select_row(model.findings.index(finding))
    with qtbot.waitSignal(window.review.finished, timeout=5_000):
        window.workspace.findings.apply_button.click()
    assert window.session.draft.special_terms[0].text == FAIR_WORDING
    assert [f for f in model.findings if f.field.startswith("special_terms")] == []
    assert window.model_label.text().endswith("fake-model")


def test_changing_the_text_cancels_the_review_of_the_old_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    reviewer = BlockingReviewer()
    window = make_window(reviewer=reviewer)
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.workspace.show_section("special_terms")
    editor = window.workspace.page.editor("special_terms")
    with qtbot.waitSignal(window.review.started, timeout=5_000):
        answer(editor, "첫 문구")
    assert reviewer.entered.wait(5)
    with qtbot.waitSignal(window.review.cancelled, timeout=5_000):
        answer(editor, "첫 문구를 고친 문구")
    assert window.review.timer.isActive()  # the new text is reviewed after the pause
    window.review.timer.stop()
