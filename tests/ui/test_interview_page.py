"""The form checks answers as they are typed and shows why next to the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.interview.questions import load_sections
from subcontract_assist.core.draft.schema import Draft, TransactionType
from subcontract_assist.ui.editors import LineEditor
from subcontract_assist.ui.interview_page import SectionPage
from tests.ui.answering import answer
from tests.ui.conftest import WindowFactory


def section(section_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in load_sections() if s.id == section_id)


def page_for(qtbot: QtBot, section_id: str, draft: Draft | None = None) -> SectionPage:
    page = SectionPage()
    qtbot.addWidget(page)
    page.show_section(section(section_id), draft or Draft(), "ko")
    page.show()
    return page


def type_text(widget: object, text: str) -> None:
    """Type Korean the way an input method delivers it (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_a_wrong_check_digit_is_explained_next_to_the_field(qtbot: QtBot) -> None:
    page = page_for(qtbot, "principal")
    editor = page.editor("parties.principal.biz_reg_no")
    assert isinstance(editor, LineEditor)
    with qtbot.assertNotEmitted(page.answered):
        editor.line.setText("220-81-62518")
    row = page.rows["parties.principal.biz_reg_no"]
    assert row.reason.isVisible()
    assert "검증번호" in row.reason.text()
    with qtbot.waitSignal(page.answered) as blocker:
        editor.line.setText("220-81-62517")
    assert blocker.args[1] == "220-81-62517"
    assert not row.reason.isVisible()


def test_korean_typed_through_key_events_becomes_the_answer(qtbot: QtBot) -> None:
    page = page_for(qtbot, "principal")
    editor = page.editor("parties.principal.name")
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    typed: list[object] = []
    page.answered.connect(lambda _question, value: typed.append(value))
    type_text(editor.line, "한빛")
    assert typed == ["한", "한빛"]


def test_money_typed_in_korean_units_is_accepted(qtbot: QtBot) -> None:
    page = page_for(qtbot, "price")
    with qtbot.waitSignal(page.answered) as blocker:
        answer(page.editor("price.supply_amount"), "1억 2천만원")
    assert blocker.args[1] == 120_000_000


def test_help_text_cites_the_article(qtbot: QtBot) -> None:
    page = page_for(qtbot, "payment")
    assert "제13조" in page.rows["payment.due_days_after_receipt"].help.text()


def test_a_bill_tenor_question_appears_when_bills_are_chosen(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    window.workspace.show_section("payment")
    page = window.workspace.page
    assert "payment.bill_tenor_days" not in page.rows
    answer(page.editor("payment.methods"), ["cash", "bill"])
    assert "payment.bill_tenor_days" in page.rows


def test_construction_has_a_payment_bond_section(make_window: WindowFactory) -> None:
    window = make_window()
    window.files.new_draft(TransactionType.CONSTRUCTION, window.session.draft.transaction.user_side)
    window.workspace.show_section("payment_bond")
    assert "guarantees.payment_bond.issued" in window.workspace.page.rows
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    assert "payment_bond" not in window.workspace.section_list.states


def test_labour_services_are_not_asked_the_article_9_notice_questions(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.SERVICE_LABOR, window.session.draft.transaction.user_side
    )
    window.workspace.show_section("inspection")  # 검사의 방법·시기 are mandatory for every type
    rows = window.workspace.page.rows
    assert "inspection.method" in rows
    assert "inspection.notice_form" not in rows
    assert "inspection.deemed_pass_if_silent" not in rows


def test_sections_show_their_state(make_window: WindowFactory) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    states = window.workspace.section_list.states
    assert states["principal"] == "not_started"
    window.workspace.show_section("principal")
    answer(window.workspace.page.editor("parties.principal.name"), "한빛")
    assert window.workspace.section_list.states["principal"] in ("in_progress", "has_findings")


def test_jumping_to_a_finding_focuses_its_question(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    window.activateWindow()
    assert window.workspace.jump_to("payment.due_days_after_receipt")
    page = window.workspace.page
    assert page.section is not None
    assert page.section.id == "payment"
    editor = page.editor("payment.due_days_after_receipt")
    assert isinstance(editor, LineEditor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.line)


def test_the_form_has_a_full_tab_order(make_window: WindowFactory) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    window.workspace.show_section("principal")
    page = window.workspace.page
    first = page.editor("parties.principal.name")
    assert isinstance(first, LineEditor)
    seen = []
    widget = first.line
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        seen.append(widget)
    order = [page.editor(f).focus_target() for f in list(page.rows)[1:4]]
    assert seen[:3] == order


def test_a_new_draft_opens_at_the_first_question_that_needs_an_answer(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    window.files.new_draft(
        TransactionType.MANUFACTURING, window.session.draft.transaction.user_side
    )
    page = window.workspace.page
    assert page.section is not None
    assert page.section.id == "principal"
    assert window.workspace.section_list.current_id() == "principal"
