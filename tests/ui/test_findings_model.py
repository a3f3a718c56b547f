"""FindingsModel is a well-behaved flat Qt model over the findings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.text import Text
from subcontract_assist.ui.findings_model import FindingRole, FindingsModel


def finding(severity: Severity, source: Source = Source.RULE, field: str = "a") -> Finding:
    return Finding(
        "r",
        Category.PAYMENT_TERMS,
        "제13조",
        severity,
        Text("늦은 지급", "Late payment"),
        field,
        source=source,
    )


def test_the_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = FindingsModel()
    model.set_rule_findings([finding(Severity.RISK), finding(Severity.VIOLATION, field="b")])
    model.set_model_findings([finding(Severity.INFO, Source.MODEL)])
    qtmodeltester.check(model)


def test_rule_findings_come_first_most_serious_first() -> None:
    model = FindingsModel()
    model.set_model_findings([finding(Severity.VIOLATION, Source.MODEL, "m")])
    model.set_rule_findings([finding(Severity.INFO), finding(Severity.VIOLATION, field="b")])
    rows = [model.index(r, 0).data(FindingRole) for r in range(model.rowCount())]
    assert [(f.source, f.severity) for f in rows] == [
        (Source.RULE, Severity.VIOLATION),
        (Source.RULE, Severity.INFO),
        (Source.MODEL, Severity.VIOLATION),
    ]


def test_it_is_flat_and_shows_severity_article_and_message() -> None:
    model = FindingsModel()
    model.set_rule_findings([finding(Severity.VIOLATION)])
    assert model.rowCount(model.index(0, 0)) == 0
    row = [model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in range(4)]
    assert row == ["위반", "제13조", "늦은 지급", "규칙"]
    assert model.rowCount(QModelIndex()) == 1


def test_the_message_follows_the_language() -> None:
    model = FindingsModel()
    model.set_rule_findings([finding(Severity.RISK)])
    model.set_language("en")
    assert model.index(0, FindingsModel.MESSAGE).data() == "Late payment"
    assert model.index(0, FindingsModel.SEVERITY).data() == "Risk"
