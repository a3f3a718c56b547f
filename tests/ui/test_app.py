"""app.py wires the real adapters: .docx export, received-contract ports, the default model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from subcontract_assist.app import build_window, model_path, reviewer_source
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.settings import AppSettings, ModelChoice
from subcontract_assist.ui.i18n import FONTS_DIR, KOREAN_FAMILIES, register_korean_font
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.settings_store import SettingsStore


@pytest.fixture
def app_window(qapp: QApplication, store: SettingsStore) -> Iterator[MainWindow]:
    window = build_window(qapp, store)
    yield window
    window.close()
    window.review.shutdown()
    if window.translators is not None:
        window.translators.install("ko")
    window.deleteLater()


def test_the_app_window_has_an_exporter_a_model_and_the_received_review(
    app_window: MainWindow,
) -> None:
    assert app_window.files.exporter is not None
    assert app_window.received is not None
    assert app_window.review.source is not None
    assert app_window.review.source.name == "Gemma 3 270M"
    assert app_window.actions_by_name["review_received"].isEnabled()


def test_a_model_file_or_catalog_entry_is_picked_from_the_settings(tmp_path: Path) -> None:
    assert model_path(AppSettings()) is None  # the bundled default
    chosen = AppSettings(model=ModelChoice.FILE, model_path=str(tmp_path / "m.gguf"))
    assert model_path(chosen) == tmp_path / "m.gguf"
    unknown = AppSettings(model=ModelChoice.CATALOG, catalog_name="no-such-model")
    assert model_path(unknown) is None


def test_the_bundled_nanum_gothic_is_the_interface_font(qapp: QApplication) -> None:
    bundled = QFontDatabase.addApplicationFont(str(FONTS_DIR / "NanumGothic.ttf"))
    assert QFontDatabase.applicationFontFamilies(bundled) == ["NanumGothic"]
    assert register_korean_font(qapp) == KOREAN_FAMILIES[0] == "NanumGothic"
    assert qapp.font().family() == "NanumGothic"


def test_the_font_ships_with_its_open_font_licence() -> None:
    licence = (FONTS_DIR / "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE" in licence
    assert "NAVER Corporation" in licence


@pytest.mark.llm
def test_the_default_model_loads_on_the_review_thread_and_reviews_a_clause() -> None:
    source = reviewer_source(AppSettings(threads=2))
    reviewer = source.load()
    try:
        findings = reviewer.review(
            Clause("민원 처리 비용은 수급사업자가 모두 부담한다."), CancelToken()
        )
    finally:
        close = getattr(reviewer, "close", None)
        if callable(close):
            close()
    assert isinstance(findings, list)
    assert "CPU" in source.backend()


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_a_file_given_on_the_command_line_is_what_the_window_opens(tmp_path: Path) -> None:
    from subcontract_assist.cli import file_to_open

    draft = EXAMPLES / "manufacturing.scdraft.json"
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("제1조(목적)\n이 계약은 부품 제조 위탁에 관한 것이다.\n", encoding="utf-8")
    assert file_to_open([str(draft)]) == draft
    assert file_to_open([str(contract)]) == contract
    assert file_to_open(["review", str(contract)]) is None  # a subcommand, not a file to open
    assert file_to_open([str(tmp_path / "없는파일.docx")]) is None
    assert file_to_open(["--version"]) is None


def test_the_window_opens_a_draft_or_reviews_a_contract_it_is_given(
    app_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    app_window.open_given(EXAMPLES / "manufacturing.scdraft.json")
    assert app_window.session.path == EXAMPLES / "manufacturing.scdraft.json"
    contract = tmp_path / "받은계약서.txt"
    contract.write_text("제1조(대금)\n대금은 납품일부터 90일 이내에 지급한다.\n", encoding="utf-8")
    app_window.open_given(contract)
    assert app_window.stack.currentWidget() is app_window.received
