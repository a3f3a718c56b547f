"""From the received-contract page: the redline, the 수정 요청서 and the 조정 신청서 dialog."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.adapters.docx_reader import read_contract
from subcontract_assist.app import annotate_review, redline_review, write_letter_docx
from subcontract_assist.core.draft.schema import MaterialKind
from subcontract_assist.ui.adjustment_dialog import AdjustmentDialog
from subcontract_assist.ui.dialogs import FileDialogs
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.received_review import ReceivedReviewPage, ReceivedReviewPorts
from tests.helpers.contract_json_to_docx import render_contract_json
from tests.negotiation.conftest import CONTRACT
from tests.ui.conftest import WindowFactory


def reviewed_page(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, opened: list[Path]
) -> tuple[MainWindow, ReceivedReviewPage, Path]:
    original = tmp_path / "받은계약서.docx"
    render_contract_json(CONTRACT, original)
    ports = ReceivedReviewPorts(
        read=read_contract,
        annotate=annotate_review,
        redline=redline_review,
        write_letter=write_letter_docx,
    )
    window = make_window(received=ports, open_file=opened.append)
    page = window.received
    assert page is not None
    page.start(original)
    qtbot.waitUntil(lambda: page.redline_button.isEnabled(), timeout=10_000)
    return window, page, original


def test_redline_and_letter_are_saved_and_opened(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    _window, page, _original = reviewed_page(make_window, qtbot, tmp_path, opened)
    assert page.letter_button.isEnabled()
    assert page.adjust_button.isEnabled()

    redline = tmp_path / "수정제안.docx"
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: redline))
    assert page.save_redline() == redline
    assert "w:ins " in docx.Document(str(redline)).element.xml

    letter = tmp_path / "수정요청서.docx"
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: letter))
    assert page.save_letter() == letter
    assert opened == [redline, letter]
    text = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
    assert "하도급계약 조항 수정 요청서" in text


def test_adjustment_dialog_writes_only_past_the_threshold(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from subcontract_assist.core.negotiation.facts import ContractFacts

    written: list[Path] = []

    def write(blocks: object, path: Path) -> None:
        write_letter_docx(blocks, path)  # type: ignore[arg-type]
        written.append(path)

    target = tmp_path / "조정신청서.docx"
    dialog = AdjustmentDialog(ContractFacts("부품 계약서", "(주)가나", "다라산업"), write, target)
    qtbot.addWidget(dialog)
    dialog.unit_price.setText("35,000")
    dialog.quantity.setText("2500")
    dialog.set_row(0, "전력", MaterialKind.ENERGY, "120", "126", "12", "80", "5")  # +5 %: at it
    result = dialog.compute()
    assert result is not None
    assert result.new_unit_price == 35_168  # 12 % × 5 % × 80 % = 0.48 %
    assert dialog.save_button.isEnabled()
    monkeypatch.setattr(FileDialogs, "ask_export_path", classmethod(lambda *_a: target))
    assert dialog.save() == target
    assert written == [target]

    dialog.set_row(0, "전력", MaterialKind.ENERGY, "120", "123", "12", "80", "5")  # +2.5 %
    assert dialog.compute() is not None
    assert not dialog.save_button.isEnabled()
    assert "만들지 않습니다" in dialog.verdict.text()

    dialog.set_row(0, "전력", MaterialKind.ENERGY, "120", "abc", "12", "80", "5")
    assert dialog.compute() is None
    assert "숫자를 확인" in dialog.verdict.text()
