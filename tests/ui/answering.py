"""Answer interview questions through the editor widgets, as a user would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from subcontract_assist.ui.editor_base import Editor
from subcontract_assist.ui.editors import (
    BoolEditor,
    ChoiceEditor,
    LineEditor,
    MultiChoiceEditor,
    TextBlockEditor,
)
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.rows_editor import RowsEditor

#: A complete 제조 contract, typed the way a user would type it.
MANUFACTURING_ANSWERS: dict[str, Any] = {
    "transaction.type": "manufacturing",
    "transaction.user_side": "principal",
    "transaction.is_export": False,
    "parties.principal.name": "주식회사 한빛정밀",
    "parties.principal.representative": "김도윤",
    "parties.principal.biz_reg_no": "1248100998",
    "parties.principal.address": "경기도 안산시 단원구 산단로 123",
    "parties.principal.sme_status": "midsize",
    "parties.principal.annual_sales": "850억",
    "parties.principal.in_cross_holding_group": False,
    "parties.subcontractor.name": "주식회사 새솔금속",
    "parties.subcontractor.representative": "이서연",
    "parties.subcontractor.biz_reg_no": "220-81-62517",
    "parties.subcontractor.address": "경기도 시흥시 공단1대로 45",
    "parties.subcontractor.sme_status": "small",
    "parties.subcontractor.annual_sales": "120억",
    "parties.subcontractor.in_cross_holding_group": False,
    "contract.title": "브래킷 제조위탁 하도급계약서",
    "contract.order_date": "2026-12-01",
    "contract.signed_date": "2026.12.1",
    "contract.issue_date": "2026-12-01",
    "contract.work_start_date": "2026년 12월 3일",
    "contract.period_start": "2026-12-01",
    "contract.period_end": "2026-12-31",
    "contract.bid_type": "negotiated",
    "contract.direct_cost_sum": "6,000만원",
    "contract.undetermined_items": [],
    "contract.change_orders": [],
    "deliverable.name": "자동차 시트 브래킷 A형",
    "deliverable.description": "냉연강판 프레스 가공품",
    "deliverable.spec": "SPCC 2.0t",
    "deliverable.quantity": "20,000개",
    "deliverable.items": [
        {
            "name": "시트 브래킷 A형",
            "spec": "SPCC 2.0t",
            "quantity": "20,000",
            "unit_price": "3,400",
        }
    ],
    "delivery.date": "2026-12-24",
    "delivery.place": "원사업자 안산공장 자재창고",
    "delivery.receipt_certificate": "immediate",
    "inspection.method": "검사기준서에 따른 샘플링 검사",
    "inspection.result_notice_days": "7",
    "inspection.notice_form": "written",
    "inspection.deemed_pass_if_silent": True,
    "inspection.cost_borne_by": "principal",
    "price.supply_amount": "6,800만원",
    "price.vat_exempt": False,
    "materials_supplied": [],
    "payment.due_days_after_receipt": "30",
    "payment.basis": "receipt",
    "payment.methods": ["cash"],
    "payment.cash_ratio_pct": "100",
    "payment.principal_receipt_cash_ratio_pct": "100",
    "payment.late_interest_rate_pct": "15.5",
    "payment.late_interest_waived": False,
    "payment.retention_pct": "0",
    "payment.retention_release": "",
    "payment.passthrough_days": "15",
    "payment.progress_cycle_months": "1",
    "payment.milestones": [
        {"kind": "잔금", "label": "납품 대금", "ratio_pct": "100", "due_rule": "수령일부터 30일"}
    ],
    "advance_payment.principal_received": False,
    "indexation.has_main_material": False,
    "indexation.has_main_energy": False,
    "adjustment.supply_cost.requirement": "원재료 가격이 3% 이상 변동한 경우",
    "adjustment.supply_cost.method": "변동분을 단가에 반영",
    "adjustment.supply_cost.procedure": "서면 신청 후 10일 이내 협의",
    "adjustment.supply_cost.negotiate_within_days": "10",
    "adjustment.supply_cost.request_right_waived": False,
    "adjustment.design_change.notice_days": "15",
    "adjustment.design_change.adjust_days": "30",
    "adjustment.design_change.pay_days": "15",
    "guarantees.performance_bond_pct": "10",
    "warranty.period_months": "12",
    "guarantees.delay_penalty_per_mille": "1",
    "tech_data.requested": False,
    "tech_data.ip_owner": "subcontractor",
    "special_terms": "",
    "dispute.mediation": True,
    "dispute.court": "수원지방법원",
    "termination.mutual": True,
    "termination.cure_days": "14",
    "signature.method": "seal",
    "signature.both_parties": True,
}


def answer(editor: Editor, value: Any) -> None:
    """Give ``value`` to ``editor`` through its widgets (typed text, clicks, selections)."""
    if isinstance(editor, LineEditor):
        editor.line.setText(str(value))
    elif isinstance(editor, TextBlockEditor):
        editor.text.setPlainText(str(value))
    elif isinstance(editor, ChoiceEditor):
        editor.combo.setCurrentIndex(editor.combo.findData(value))
    elif isinstance(editor, MultiChoiceEditor):
        for key, box in editor.boxes.items():
            box.setChecked(key in value)
    elif isinstance(editor, BoolEditor):
        (editor.yes if value else editor.no).click()
    elif isinstance(editor, RowsEditor):
        fill_rows(editor, value)
    else:
        raise TypeError(type(editor))


def set_cell(editor: RowsEditor, row: int, key: str, value: Any) -> None:
    """Type ``value`` into a cell (a choice by its label) or tick a check-box cell."""
    column = next(i for i, c in enumerate(editor.columns) if c.field == key)
    item = editor.table.item(row, column)
    assert item is not None, (row, key)
    if isinstance(value, bool):
        item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
    else:
        item.setText(str(value))


def fill_rows(editor: RowsEditor, rows: list[dict[str, Any]]) -> None:
    """Replace the table's rows: remove them all, then add each row and type its cells."""
    if editor.table.rowCount():
        editor.table.selectAll()
        editor.remove_button.click()
    for values in rows:
        editor.add_button.click()
        for key, value in values.items():
            set_cell(editor, editor.table.rowCount() - 1, key, value)


def answer_section(window: MainWindow, answers: dict[str, Any]) -> list[str]:
    """Answer every question on the section shown; return the fields answered."""
    page = window.workspace.page
    fields = list(page.rows)
    for field in fields:
        answer(page.editor(field), answers[field])
    return fields
