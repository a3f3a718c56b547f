"""The whole journey: a new 제조 contract, every section, a 제13조 finding fixed, export, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.core.document.checklist import Checklist
from subcontract_assist.core.draft.interview.flow import read_answer, visible_sections
from subcontract_assist.core.draft.interview.questions import all_questions
from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.core.findings import Finding
from subcontract_assist.ui.dialogs import ExportSummaryDialog, FileDialogs
from subcontract_assist.ui.main_window import MainWindow
from tests.ui.answering import MANUFACTURING_ANSWERS, answer, answer_section
from tests.ui.conftest import WindowFactory


def payment_findings(window: MainWindow) -> list[Finding]:
    return [
        f
        for f in window.workspace.findings_model.findings
        if f.article.startswith("제13조") and f.field == "payment.due_days_after_receipt"
    ]


def fill_every_section(window: MainWindow) -> list[str]:
    answered: list[str] = []
    for section in visible_sections(window.workspace.sections, window.session.draft):
        window.workspace.section_list.select(section.id)
        assert window.workspace.page.section is not None
        assert window.workspace.page.section.id == section.id
        answered += answer_section(window, MANUFACTURING_ANSWERS)
    return answered


def test_a_new_manufacturing_contract_is_drafted_fixed_exported_and_reopened(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    window = make_window(exporter=DocxRenderer().write, open_file=opened.append)
    window.start.choose(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.start.new_button.click()
    assert window.stack.currentWidget() is window.workspace

    answered = fill_every_section(window)
    assert len(answered) >= 45
    assert window.session.draft.parties.principal.biz_reg_no == "124-81-00998"
    assert window.session.draft.price.supply_amount == 68_000_000
    assert payment_findings(window) == []

    window.workspace.show_section("payment")
    answer(window.workspace.page.editor("payment.due_days_after_receipt"), "90")
    [finding] = payment_findings(window)
    assert window.workspace.section_list.states["payment"] == "has_findings"

    row = window.workspace.findings_model.findings.index(finding)
    window.workspace.findings.select_row(row)
    window.workspace.findings.apply_button.click()
    assert window.session.draft.payment.due_days_after_receipt == 60
    assert payment_findings(window) == []
    assert window.workspace.page.editor("payment.due_days_after_receipt").line.text() == "60"

    draft_path = tmp_path / "브래킷.scdraft.json"
    monkeypatch.setattr(FileDialogs, "ask_save_draft", classmethod(lambda *_a: draft_path))
    window.actions_by_name["save"].trigger()
    assert draft_path.is_file()
    assert not window.session.dirty

    summaries: list[Checklist] = []
    docx = tmp_path / "브래킷.docx"
    monkeypatch.setattr(
        ExportSummaryDialog, "ask", classmethod(lambda _c, _p, c, _l: summaries.append(c) or True)
    )
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: docx))
    window.actions_by_name["export"].trigger()
    [checklist] = summaries
    assert checklist.violations == []
    assert checklist.gaps == []  # every section answered and looked at
    assert docx.stat().st_size > 5_000
    assert opened == [docx]

    reopened = make_window()
    assert reopened.files.open_path(draft_path)
    for question in all_questions(window.workspace.sections):
        assert read_answer(reopened.session.draft, question) == read_answer(
            window.session.draft, question
        ), question.field
    reopened.workspace.show_section("payment")
    assert reopened.workspace.page.editor("payment.due_days_after_receipt").line.text() == "60"
