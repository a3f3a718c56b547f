"""Calm findings and a clear finish: a new draft is not a wall of red, sections are marked by
their worst finding, 참고 can be acknowledged, and the last step lists what is left (C8, C9, C11,
A3)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.core.findings import Severity
from subcontract_assist.ui.findings_model import FindingsModel
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.section_list import FINISH_ID
from tests.ui.answering import MANUFACTURING_ANSWERS, answer_section
from tests.ui.conftest import WindowFactory


def started(make_window: WindowFactory) -> MainWindow:
    window = make_window()
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    return window


def test_a_new_draft_shows_what_is_not_entered_yet_not_violations(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    model = window.workspace.findings_model
    assert model.pending  # 필수 기재사항 not yet entered …
    assert not [f for f in model.open_findings if f.severity is Severity.VIOLATION]  # … not 위반
    first_pending = model.row_of(model.pending[0])
    assert model.index(first_pending, FindingsModel.SEVERITY).data() == "미입력"
    assert "아직 입력하지 않음" in model.index(first_pending, FindingsModel.MESSAGE).data()
    marks = [window.workspace.section_list.item(i).text() for i in range(5)]
    assert not any(text.startswith("▲") for text in marks)
    assert "아직 입력하지 않은 항목" in window.workspace.findings.title.text()


def test_a_section_is_marked_by_its_worst_finding_and_a_note_can_be_acknowledged(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    ws = window.workspace
    ws.show_section("payment")
    answer_section(window, MANUFACTURING_ANSWERS)
    assert ws.section_list.states["payment"] != "has_findings"
    ws.page.editor("payment.due_days_after_receipt").line.setText("90")  # type: ignore[attr-defined]
    assert ws.section_list.severities["payment"] is Severity.VIOLATION
    ws.show_section("principal")
    answer_section(window, MANUFACTURING_ANSWERS)
    notes = [
        f
        for f in ws.findings_model.open_findings
        if f.severity is Severity.INFO and f.field.startswith("parties.principal")
    ]
    assert notes  # e.g. 하도급법 적용 가능성: a note, nothing to fix
    assert ws.section_list.states["principal"] == "has_findings"
    assert ws.section_list.severities["principal"] is Severity.INFO  # ⓘ, not a red ▲
    assert ws.section_list.item(1).text().startswith("ⓘ")
    for note in notes:
        ws.findings.select(note)
        assert ws.findings.ack_button.isEnabled()
        ws.findings.ack_button.click()
    assert ws.section_list.states["principal"] != "has_findings"
    assert all(n not in ws.findings_model.open_findings for n in notes)


def test_the_last_step_lists_what_is_left_and_next_from_the_last_section_goes_there(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = started(make_window)
    ws = window.workspace
    ws.show_section("closing")
    assert ws.section_list.states.get("closing") != "complete" or "closing" in ws.seen
    ws.page.next_button.click()
    assert ws.forms.currentWidget() is ws.finish
    assert ws.section_list.current_id() == FINISH_ID
    checklist = ws.finish.checklist
    assert not checklist.clear
    gap_ids = [g.section.id for g in checklist.gaps]
    assert "indexation" in gap_ids  # never visited, questions unanswered
    assert "closing" not in [g.section.id for g in checklist.gaps if g.unconfirmed]  # seen now
    assert checklist.blanks  # ○ blanks the printed contract would carry are named
    text = ws.finish.list.toPlainText()
    assert "대금 연동" in text
    assert "빈칸(○)" in text
    ws.finish.link_activated.emit("section:indexation")
    assert ws.forms.currentWidget() is ws.page
    assert ws.page.section is not None
    assert ws.page.section.id == "indexation"


def test_the_toolbar_offers_save_export_and_the_received_review(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    texts = [a.text() for a in window.toolbar.actions()]
    assert any("저장" in t for t in texts)
    assert any("내보내기" in t for t in texts)
    assert any("받은 계약서 검토" in t for t in texts)
    window.toolbar_actions["export"].trigger()
    assert window.workspace.forms.currentWidget() is window.workspace.finish
