"""Files: open errors are explained, saves are atomic with a backup, autosave recovers work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import Draft, Side, TransactionType
from subcontract_assist.ui.dialogs import (
    ExportSummaryDialog,
    FileDialogs,
    RecoveryPrompt,
    UnsavedChangesPrompt,
    UnsavedChoice,
)
from subcontract_assist.ui.files import save_draft_file
from tests.ui.answering import answer
from tests.ui.conftest import Exports, WindowFactory


def started(make_window: WindowFactory, **options: object):  # type: ignore[no-untyped-def]
    window = make_window(**options)
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    return window


def test_a_malformed_draft_opens_with_a_clear_message_and_nothing_changes(
    make_window: WindowFactory, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    window = started(make_window)
    before = window.session.draft
    broken = tmp_path / "broken.scdraft.json"
    broken.write_text('{"format": "subcontract-assist/draft", "version": 1, "payment": {', "utf-8")
    assert not window.files.open_path(broken)
    [(title, message)] = errors
    assert title == "초안을 열 수 없습니다"
    assert "broken.scdraft.json" in message
    assert "JSON" in message
    assert window.session.draft is before


def test_a_draft_with_a_wrong_value_names_the_field(
    make_window: WindowFactory, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    window = make_window()
    bad = tmp_path / "bad.scdraft.json"
    data = {
        "format": "subcontract-assist/draft",
        "version": 1,
        "payment": {"due_days_after_receipt": "육십"},
    }
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert not window.files.open_path(bad)
    assert "payment.due_days_after_receipt" in errors[0][1]
    assert window.stack.currentWidget() is window.start


def test_saving_again_keeps_the_previous_version_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.scdraft.json"
    first = Draft()
    first.parties.principal.name = "첫째"
    save_draft_file(first, path)
    second = Draft()
    second.parties.principal.name = "둘째"
    save_draft_file(second, path)
    assert load_draft(path).parties.principal.name == "둘째"
    assert load_draft(path.with_name(path.name + ".bak")).parties.principal.name == "첫째"


def test_a_save_into_a_missing_folder_fails_clearly(
    make_window: WindowFactory,
    tmp_path: Path,
    errors: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = started(make_window)
    target = tmp_path / "없는 폴더" / "a.scdraft.json"
    monkeypatch.setattr(FileDialogs, "ask_save_draft", classmethod(lambda *_a: target))
    assert not window.files.save_as()
    assert "저장할 수 없습니다" in errors[0][1]


def test_autosaved_work_is_offered_back_after_a_crash(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "autosave"
    crashed = started(make_window, autosaver=Autosaver(folder, session="crashed"))
    crashed.workspace.show_section("principal")
    answer(crashed.workspace.page.editor("parties.principal.name"), "주식회사 한빛정밀")
    crashed.files.autosave()
    assert (folder / "crashed.json").is_file()

    offered: list[str] = []
    monkeypatch.setattr(
        RecoveryPrompt,
        "ask",
        classmethod(lambda _c, _p, r: offered.append(r.draft.parties.principal.name) or True),
    )
    restarted = make_window(autosaver=Autosaver(folder, session="next"))
    assert restarted.offer_recovery()
    assert offered == ["주식회사 한빛정밀"]
    assert restarted.session.draft.parties.principal.name == "주식회사 한빛정밀"
    assert restarted.session.dirty
    assert not (folder / "crashed.json").exists()


def test_saving_removes_the_recovery_copy(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Autosaver(tmp_path / "autosave", session="me")
    window = started(make_window, autosaver=saver)
    window.workspace.show_section("principal")
    answer(window.workspace.page.editor("parties.principal.name"), "한빛")
    window.files.autosave()
    assert saver.path.exists()
    monkeypatch.setattr(
        FileDialogs, "ask_save_draft", classmethod(lambda *_a: tmp_path / "a.scdraft.json")
    )
    assert window.files.save()
    assert not saver.path.exists()


@pytest.mark.parametrize(
    ("choice", "closes", "saved"),
    [
        (UnsavedChoice.CANCEL, False, False),
        (UnsavedChoice.DISCARD, True, False),
        (UnsavedChoice.SAVE, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks_first(
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: UnsavedChoice,
    closes: bool,
    saved: bool,
) -> None:
    window = started(make_window)
    window.workspace.show_section("principal")
    answer(window.workspace.page.editor("parties.principal.name"), "한빛")
    monkeypatch.setattr(UnsavedChangesPrompt, "ask", classmethod(lambda _c, _p: choice))
    target = tmp_path / "a.scdraft.json"
    monkeypatch.setattr(FileDialogs, "ask_save_draft", classmethod(lambda *_a: target))
    assert window.close() is closes
    assert target.exists() is saved


def test_export_shows_the_open_findings_first_and_can_be_called_off(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports = Exports()
    window = started(make_window, exporter=exports)
    window.workspace.show_section("payment")
    answer(window.workspace.page.editor("payment.due_days_after_receipt"), "90")
    shown: list[list[str]] = []
    monkeypatch.setattr(
        ExportSummaryDialog,
        "ask",
        classmethod(
            lambda _c, _p, c, _l: shown.append([x.article for x in c.violations]) and False
        ),
    )
    assert window.files.export() is None
    assert "제13조 제1항" in shown[0]
    assert exports.written == []


def test_the_export_summary_lists_what_is_left(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = started(make_window)
    window.workspace.show_section("payment")
    answer(window.workspace.page.editor("payment.due_days_after_receipt"), "90")
    checklist = window.export_checklist()
    dialog = ExportSummaryDialog(checklist, "ko", window)
    qtbot.addWidget(dialog)
    assert "위반 1건" in dialog.summary.text()
    listed = dialog.list.toPlainText()
    assert "제13조 제1항" in listed
    assert "입력값 90일은 법정 기준에 어긋나 60일로 작성" in listed  # the substitution
    assert "빈칸(○)" in listed  # unanswered items print as blanks, and the dialog says so
    assert dialog.export_button.text() == "이대로 내보내기"


def test_recent_drafts_are_listed_on_the_start_screen(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started(make_window)
    path = tmp_path / "최근.scdraft.json"
    monkeypatch.setattr(FileDialogs, "ask_save_draft", classmethod(lambda *_a: path))
    assert window.files.save_as()
    window.files.new()
    assert window.stack.currentWidget() is window.start
    assert window.start.recent.item(0).text().startswith("최근.scdraft.json")
    window.start.recent.itemActivated.emit(window.start.recent.item(0))
    assert window.session.path == path


def test_pdf_goes_through_the_docx_and_the_converter(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converted: list[tuple[str, Path]] = []

    def convert(docx: Path, pdf: Path) -> None:
        converted.append((docx.suffix, pdf))
        pdf.write_bytes(b"%PDF-1.4")

    window = started(make_window, pdf=convert)
    assert window.files.formats() == {"docx": True, "hwpx": False, "pdf": True}
    target = tmp_path / "계약서.pdf"
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: target))
    window.workspace.show_finish()
    window.workspace.finish.pdf_button.click()  # the finish step: no second summary dialog
    assert converted == [(".docx", target)]
    assert target.read_bytes().startswith(b"%PDF")


def test_without_libreoffice_the_finish_step_says_how_to_make_a_pdf(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    window.workspace.show_finish()
    finish = window.workspace.finish
    assert not finish.pdf_button.isEnabled()
    assert "LibreOffice" in finish.pdf_note.text()
    assert "PDF로 저장" in finish.pdf_note.text()


def test_an_empty_recent_list_says_so_and_a_recent_draft_opens_with_a_button(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert "최근에 연 초안이 없습니다" in window.start.recent.item(0).text()
    assert not window.start.open_recent_button.isEnabled()
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    path = tmp_path / "버튼.scdraft.json"
    monkeypatch.setattr(FileDialogs, "ask_save_draft", classmethod(lambda *_a: path))
    assert window.files.save_as()
    window.files.new()
    window.start.recent.setCurrentRow(0)
    window.start.open_recent_button.click()
    assert window.session.path == path
