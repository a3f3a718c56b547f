"""Lists of rows (품목·단가표, 연동표 …) are edited in one table that follows the question data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.interview.flow import question_for_field
from subcontract_assist.core.draft.interview.questions import Kind
from subcontract_assist.core.draft.interview.rows import cell_of
from subcontract_assist.core.draft.schema import Side, TransactionType
from subcontract_assist.ui.editors import LineEditor, TextBlockEditor
from subcontract_assist.ui.files import save_draft_file
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.rows_editor import RowsEditor
from tests.ui.answering import answer, fill_rows, set_cell
from tests.ui.conftest import WindowFactory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
THRESHOLD = "price_adjustment.indexation_threshold_max_10pct"


def started(make_window: WindowFactory) -> MainWindow:
    window = make_window()
    window.files.new_draft(TransactionType.MANUFACTURING, Side.PRINCIPAL)
    return window


def rows_editor(window: MainWindow, field: str) -> RowsEditor:
    found = question_for_field(window.workspace.sections, field)
    assert found is not None
    window.workspace.show_section(found[0].id)
    editor = window.workspace.page.editor(field)
    assert isinstance(editor, RowsEditor)
    return editor


def rules_fired(window: MainWindow) -> set[str]:
    return {f.rule for f in window.workspace.findings_model.findings}


def column(editor: RowsEditor, key: str) -> int:
    return next(i for i, c in enumerate(editor.columns) if c.field == key)


def cell_text(editor: RowsEditor, row: int, key: str) -> str:
    item = editor.table.item(row, column(editor, key))
    assert item is not None
    return item.text()


def test_line_items_are_added_typed_and_their_amount_computed(make_window: WindowFactory) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(
        editor, [{"name": "시트 브래킷", "spec": "SPCC", "quantity": "2.5", "unit_price": "1,000"}]
    )
    fill_rows(editor, [*[{"name": "브래킷"}] * 2])
    set_cell(editor, 1, "quantity", "3")
    set_cell(editor, 1, "unit_price", "1만")
    items = window.session.draft.deliverable.items
    assert [(i.name, i.quantity, i.unit_price) for i in items] == [
        ("브래킷", 1, 0),
        ("브래킷", 3, 10_000),
    ]
    assert cell_text(editor, 1, "amount") == "30,000"
    assert "30,000" in editor.total.text()
    assert window.session.dirty


def test_a_computed_amount_cannot_be_typed(make_window: WindowFactory) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(editor, [{"name": "브래킷", "quantity": "2", "unit_price": "500"}])
    item = editor.table.item(0, column(editor, "amount"))
    assert item is not None
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert item.text() == "1,000"


def test_an_invalid_cell_is_explained_and_the_draft_keeps_the_last_valid_rows(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(editor, [{"name": "브래킷", "quantity": "4"}])
    set_cell(editor, 0, "quantity", "많이")
    reason = window.workspace.page.rows["deliverable.items"].reason
    assert reason.isVisible()
    assert "1번째 행 '수량'" in reason.text()
    assert window.session.draft.deliverable.items[0].quantity == 4
    set_cell(editor, 0, "quantity", "5")
    assert not reason.isVisible()
    assert window.session.draft.deliverable.items[0].quantity == 5


def test_selected_rows_are_removed(make_window: WindowFactory) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(editor, [{"name": "가"}, {"name": "나"}, {"name": "다"}])
    editor.table.setCurrentCell(1, 0)
    editor.remove_button.click()
    assert [i.name for i in window.session.draft.deliverable.items] == ["가", "다"]
    assert editor.table.rowCount() == 2


def test_a_choice_cell_is_edited_with_a_combo_box_of_its_labels(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    editor = rows_editor(window, "payment.milestones")
    fill_rows(editor, [{"label": "계약금"}])
    index = editor.table.model().index(0, column(editor, "kind"))
    delegate = editor.table.itemDelegate()
    combo = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["선급금", "기성금", "잔금"]
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "기성금"  # a new milestone is a progress payment
    combo.setCurrentText("선급금")
    delegate.setModelData(combo, editor.table.model(), index)
    assert window.session.draft.payment.milestones[0].kind == "advance"
    combo.deleteLater()


def test_rows_are_added_and_removed_from_the_keyboard(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = started(make_window)
    editor = rows_editor(window, "contract.undetermined_items")
    window.activateWindow()
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert len(window.session.draft.contract.undetermined_items) == 2
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.draft.contract.undetermined_items) == 1


def test_an_indexation_threshold_over_10_percent_is_flagged_until_fixed(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    window.workspace.show_section("indexation")
    answer(window.workspace.page.editor("indexation.has_main_material"), True)
    editor = rows_editor(window, "indexation.items")
    fill_rows(editor, [{"material": "알루미늄", "kind": "에너지", "threshold_pct": "20"}])
    assert THRESHOLD in rules_fired(window)
    assert window.session.draft.indexation.items[0].kind == "energy"
    set_cell(editor, 0, "threshold_pct", "5%")
    assert THRESHOLD not in rules_fired(window)
    assert window.session.draft.indexation.items[0].threshold_pct == 5

    editor.table.setCurrentCell(0, 0)
    editor.remove_button.click()
    fields = {f.field for f in window.workspace.findings_model.findings}
    assert not any(field.startswith("indexation.items[") for field in fields)
    assert "indexation.items" in fields  # a main material is declared: the table is now missing


def test_a_decrease_only_row_is_flagged_and_its_fix_unticks_the_cell(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    window.workspace.show_section("indexation")
    answer(window.workspace.page.editor("indexation.has_main_material"), True)
    editor = rows_editor(window, "indexation.items")
    fill_rows(editor, [{"material": "동", "decrease_only": True}])
    findings = window.workspace.findings_model.findings
    [finding] = [f for f in findings if f.rule == "price_adjustment.indexation_decrease_only"]
    window.workspace.findings.select_row(findings.index(finding))
    window.workspace.findings.apply_button.click()
    assert window.session.draft.indexation.items[0].decrease_only is False
    item = editor.table.item(0, column(editor, "decrease_only"))
    assert item is not None
    assert item.checkState() == Qt.CheckState.Unchecked


def test_the_preview_shows_the_schedule_of_items_and_the_indexation_table(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    fill_rows(rows_editor(window, "deliverable.items"), [{"name": "시트 브래킷 A형"}])
    window.workspace.show_section("indexation")
    answer(window.workspace.page.editor("indexation.has_main_material"), True)
    fill_rows(rows_editor(window, "indexation.items"), [{"material": "냉연강판 SPCC"}])
    window.workspace.preview.render_now()
    shown = window.workspace.preview.toPlainText()
    assert "품목·단가표" in shown
    assert "시트 브래킷 A형" in shown
    assert "연동표" in shown
    assert "냉연강판 SPCC" in shown


def test_rows_are_saved_and_reopened(make_window: WindowFactory, tmp_path: Path) -> None:
    window = started(make_window)
    fill_rows(
        rows_editor(window, "payment.milestones"),
        [{"kind": "선급금", "ratio_pct": "30"}, {"kind": "잔금", "ratio_pct": "70"}],
    )
    fill_rows(rows_editor(window, "materials_supplied"), [{"name": "강판", "price": "1억"}])
    path = tmp_path / "rows.scdraft.json"
    save_draft_file(window.session.draft, path)
    reopened = make_window()
    assert reopened.files.open_path(path)
    editor = rows_editor(reopened, "payment.milestones")
    assert [cell_text(editor, r, "kind") for r in range(2)] == ["선급금", "잔금"]
    assert cell_text(editor, 1, "ratio_pct") == "70"
    assert reopened.session.draft.materials_supplied[0].price == 100_000_000


def test_every_finding_of_the_bad_example_jumps_to_its_widget(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.open_path(EXAMPLES / "bad-manufacturing.scdraft.json")
    findings = window.workspace.findings_model.findings
    assert len(findings) > 50
    for finding in findings:
        assert window.workspace.jump_to(finding.field), finding.field
        found = question_for_field(window.workspace.sections, finding.field)
        assert found is not None
        question = found[1]
        if question.kind is Kind.ROWS and (cell := cell_of(question, finding.field)):
            editor = window.workspace.page.editor(question.field)
            assert isinstance(editor, RowsEditor)
            assert editor.table.currentRow() == cell[0]
            assert editor.columns[editor.table.currentColumn()].field == (cell[1] or "object_name")


def test_jumping_to_a_row_finding_focuses_its_cell(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.open_path(EXAMPLES / "bad-manufacturing.scdraft.json")
    window.activateWindow()
    assert window.workspace.jump_to("indexation.items[0].threshold_pct")
    editor = window.workspace.page.editor("indexation.items")
    assert isinstance(editor, RowsEditor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.table)
    assert editor.columns[editor.table.currentColumn()].field == "threshold_pct"
    assert cell_text(editor, 0, "threshold_pct") == "20"


@pytest.mark.parametrize("removed", [1, 3])
def test_special_terms_are_added_and_removed_as_paragraphs(
    make_window: WindowFactory, removed: int
) -> None:
    window = make_window()
    assert window.files.open_path(EXAMPLES / "bad-manufacturing.scdraft.json")
    window.workspace.show_section("special_terms")
    editor = window.workspace.page.editor("special_terms")
    assert isinstance(editor, TextBlockEditor)
    terms = window.session.draft.special_terms
    kept = [t for i, t in enumerate(terms) if i != removed]
    answer(editor, "\n\n".join([*(t.text for t in kept), "새 특약: 분쟁은 협의로 해결한다."]))
    after = window.session.draft.special_terms
    assert [(t.title, t.text) for t in after[:-1]] == [(t.title, t.text) for t in kept]
    assert after[-1].text == "새 특약: 분쟁은 협의로 해결한다."
    assert len(after) == 5


def test_a_finding_on_one_special_term_puts_the_cursor_on_that_paragraph(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.open_path(EXAMPLES / "bad-manufacturing.scdraft.json")
    assert window.workspace.jump_to("special_terms[3].text")
    editor = window.workspace.page.editor("special_terms")
    assert isinstance(editor, TextBlockEditor)
    cursor = editor.text.textCursor()
    assert cursor.block().text() == window.session.draft.special_terms[3].text
    assert cursor.positionInBlock() == 0


def test_a_refused_cell_never_feeds_an_old_value_into_the_amount_or_the_total(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(editor, [{"name": "브래킷", "quantity": "1", "unit_price": "2500"}])
    assert cell_text(editor, 0, "unit_price") == "2,500"  # shown in its standard form
    set_cell(editor, 0, "quantity", "여러 개")
    assert cell_text(editor, 0, "amount") == "확인 필요"  # not 1 × 2,500 from the old value
    assert "2,500" not in editor.total.text()
    reason = window.workspace.page.rows["deliverable.items"].reason
    assert "수량" in reason.text()
    fill_rows_add = editor.add_button
    fill_rows_add.click()
    set_cell(editor, 1, "name", "너트")  # another valid edit …
    assert reason.isVisibleTo(window)  # … keeps the reason of the refused cell on screen
    assert "수량" in reason.text()
    set_cell(editor, 0, "quantity", "20000")
    assert cell_text(editor, 0, "quantity") == "20,000"
    assert cell_text(editor, 0, "amount") == "50,000,000"
    assert not editor.invalid


def test_the_total_is_taken_as_the_supply_amount_in_one_click(
    make_window: WindowFactory,
) -> None:
    window = started(make_window)
    editor = rows_editor(window, "deliverable.items")
    fill_rows(editor, [{"name": "브래킷", "quantity": "20000", "unit_price": "3400"}])
    assert editor.use_total_button.isVisibleTo(window)
    editor.use_total_button.click()
    assert window.session.draft.price.supply_amount == 68_000_000
    window.workspace.show_section("price")
    price = window.workspace.page.editor("price.supply_amount")
    assert isinstance(price, LineEditor)
    assert price.line.text() == "68,000,000"
