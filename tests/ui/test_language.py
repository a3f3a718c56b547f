"""The interface switches between Korean and English through Qt's translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.core.findings import Finding
from subcontract_assist.ui.i18n import TRANSLATIONS_DIR, Translators
from subcontract_assist.ui.rows_editor import RowsEditor
from tests.ui.conftest import WindowFactory


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    yield translators
    translators.install("ko")


def test_the_english_catalogue_is_compiled_and_shipped() -> None:
    assert (TRANSLATIONS_DIR / "subcontract_assist_en.qm").stat().st_size > 1_000


def test_the_system_locale_is_followed_unless_overridden(translators: Translators) -> None:
    assert translators.install("system", "en_US") == "en"
    assert translators.install("system", "ko_KR") == "ko"
    assert translators.install("ko", "en_US") == "ko"


def test_switching_to_english_and_back_retranslates_the_window(
    make_window: WindowFactory, translators: Translators
) -> None:
    window = make_window(translators=translators)
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    window.workspace.show_section("payment")
    assert window.actions_by_name["save"].text() == "저장(&S)"

    window.set_language_choice("en")
    assert window.actions_by_name["save"].text() == "&Save"
    assert window.file_menu.title() == "&File"
    assert window.start.new_button.text() == "&New contract"
    page = window.workspace.page
    assert page.rows["payment.due_days_after_receipt"].label.text().startswith("Within how many")
    assert "Art. 13(1)" in page.rows["payment.due_days_after_receipt"].help.text()
    findings: list[Finding] = window.workspace.findings_model.findings
    assert findings
    shown = window.workspace.findings_model.index(0, 2).data()
    assert shown.endswith(findings[0].message.en)
    if window.workspace.findings_model.is_pending(findings[0]):
        assert shown.startswith("Not entered yet — ")  # the note on an item not entered, in English
    window.workspace.show_section("payment")
    milestones = window.workspace.page.editor("payment.milestones")
    assert isinstance(milestones, RowsEditor)
    assert milestones.add_button.text() == "+ Add row"
    header = milestones.table.horizontalHeaderItem(0)
    assert header is not None
    assert header.text() == "Kind"

    window.set_language_choice("ko")
    assert window.actions_by_name["save"].text() == "저장(&S)"
    assert (
        window.workspace.page.rows["payment.due_days_after_receipt"]
        .label.text()
        .startswith("목적물을")
    )
