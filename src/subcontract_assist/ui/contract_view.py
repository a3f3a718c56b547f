"""The received contract shown as text, flagged paragraphs marked, scrollable to any paragraph."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from subcontract_assist.core.findings import Severity
from subcontract_assist.core.received.structure import SourceDocument

_MARK = {
    Severity.VIOLATION: "#f8d7da",
    Severity.RISK: "#fff3cd",
    Severity.INFO: "#e7f1ff",
}


def anchor(position: int) -> str:
    """Return the anchor name of the paragraph at reading-order ``position``."""
    return f"p-{position}"


class ContractView(QTextBrowser):
    """Read-only view of a received contract; paragraphs with findings are shaded by severity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.last_anchor = ""
        self._blocks: dict[int, int] = {}  # paragraph position → text block number

    def show_contract(self, source: SourceDocument, marks: Mapping[int, Severity]) -> None:
        """Show every paragraph of ``source``; ``marks`` maps positions to their worst severity."""
        parts = ["<html><body style='font-size:10.5pt'>"]
        for paragraph in source.paragraphs:
            text = escape(f"{paragraph.label} {paragraph.text}".strip()) or "&nbsp;"
            severity = marks.get(paragraph.position)
            style = f" style='background-color:{_MARK[severity]}'" if severity else ""
            name = anchor(paragraph.position)
            parts.append(f"<p id='{name}'{style}><a name='{name}'></a>{text}</p>")
        parts.append("</body></html>")
        self.setHtml("".join(parts))
        self._blocks = {p.position: n for n, p in enumerate(source.paragraphs)}

    def mark(self, position: int, severity: Severity) -> None:
        """Shade one paragraph as its finding arrives, keeping where the reader is."""
        number = self._blocks.get(position)
        block = self.document().findBlockByNumber(number) if number is not None else None
        if block is None or not block.isValid():
            return
        style = block.blockFormat()
        style.setBackground(QColor(_MARK[severity]))
        QTextCursor(block).setBlockFormat(style)

    def jump_to(self, position: int) -> None:
        """Scroll the paragraph at ``position`` into view."""
        self.last_anchor = anchor(position)
        self.scrollToAnchor(self.last_anchor)
