"""The last step, 검토 및 내보내기: what is left to decide, then the buttons that write the files.

``checklist_html`` is shared with the export summary dialog, so Ctrl+E from anywhere says the same
as this page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.document.checklist import Checklist
from subcontract_assist.core.findings import Finding, cited
from subcontract_assist.core.text import Lang

_MAX_LISTED = 12  # per group; the rest is counted


def _link(href: str, text: str) -> str:
    return f' <a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _finding_line(finding: Finding, lang: Lang, label: str = "") -> str:
    shown = label or finding.severity.label.get(lang)
    where = escape(cited(finding.article, lang))
    line = f"[{escape(shown)}] {where} — {escape(finding.message.get(lang))}"
    return line + (
        _link(f"field:{finding.field}", QCoreApplication.translate("Checklist", "이동"))
        if finding.field
        else ""
    )


def _group(title: str, lines: list[str], colour: str) -> str:
    if not lines:
        return ""
    shown = lines[:_MAX_LISTED]
    more = len(lines) - len(shown)
    items = "".join(f"<li>{line}</li>" for line in shown)
    if more > 0:
        rest = QCoreApplication.translate("Checklist", "그 밖에 %n건")
        items += f"<li>{escape(rest.replace('%n', str(more)))}</li>"
    return f'<h4 style="color:{colour}; margin-bottom:2px">{escape(title)}</h4><ul>{items}</ul>'


def checklist_summary(checklist: Checklist) -> str:
    """Return one line saying whether the contract is ready, and what is left if not."""
    if checklist.clear:
        return QCoreApplication.translate(
            "Checklist", "내보낼 준비가 되었습니다. 남은 위반·위험, 빈칸, 바꿔 쓴 값이 없습니다."
        )
    counts = checklist.counts()
    parts = []
    names = {
        "gaps": QCoreApplication.translate("Checklist", "확인할 단계 %n개"),
        "violations": QCoreApplication.translate("Checklist", "위반 %n건"),
        "risks": QCoreApplication.translate("Checklist", "위험 %n건"),
        "pending": QCoreApplication.translate("Checklist", "입력하지 않은 필수 사항 %n건"),
        "substitutions": QCoreApplication.translate("Checklist", "법정 기준으로 바꿔 쓴 값 %n곳"),
        "blanks": QCoreApplication.translate("Checklist", "빈칸(○) %n곳"),
    }
    for key, text in names.items():
        if counts[key]:
            parts.append(text.replace("%n", str(counts[key])))
    return QCoreApplication.translate("Checklist", "내보내기 전에 확인하세요: ") + ", ".join(parts)


def checklist_html(checklist: Checklist, lang: Lang) -> str:
    """Return the checklist as HTML with ``section:``/``field:`` links to go and fix things."""
    gaps = []
    for gap in checklist.gaps:
        title = escape(gap.section.title.get(lang))
        if gap.unanswered:
            names = ", ".join(escape(q.label.get(lang)) for q in gap.unanswered[:3])
            extra = len(gap.unanswered) - 3
            more = (
                escape(
                    QCoreApplication.translate("Checklist", " 외 %n개").replace("%n", str(extra))
                )
                if extra > 0
                else ""
            )
            what = QCoreApplication.translate("Checklist", "답하지 않은 질문")
            text = f"<b>{title}</b> — {escape(what)}: {names}{more}"
        else:
            what = QCoreApplication.translate(
                "Checklist", "아직 보지 않았습니다 (기본값·빈칸 그대로)"
            )
            text = f"<b>{title}</b> — {escape(what)}"
        gaps.append(
            text
            + _link(f"section:{gap.section.id}", QCoreApplication.translate("Checklist", "이동"))
        )
    substituted: dict[str, list[str]] = {}
    fields: dict[str, str] = {}
    for found in checklist.substitutions:
        if found.substitution is not None:
            substituted.setdefault(found.substitution.describe(lang), []).append(found.where)
            fields[found.substitution.describe(lang)] = found.substitution.field
    subs = [
        f"{escape(text)} <span style='color:#6b7280'>({escape(', '.join(places))})</span>"
        + _link(f"field:{fields[text]}", QCoreApplication.translate("Checklist", "이동"))
        for text, places in substituted.items()
    ]
    blanks = [
        f"{escape(found.where)}: <span style='color:#6b7280'>{escape(found.text[:60])}</span>"
        for found in checklist.blanks
    ]
    pending_label = QCoreApplication.translate("Checklist", "미입력")
    parts = [
        _group(QCoreApplication.translate("Checklist", "확인하지 않은 단계"), gaps, "#1d4ed8"),
        _group(
            QCoreApplication.translate("Checklist", "남은 위반"),
            [_finding_line(f, lang) for f in checklist.violations],
            "#b3261e",
        ),
        _group(
            QCoreApplication.translate("Checklist", "남은 위험"),
            [_finding_line(f, lang) for f in checklist.risks],
            "#b45309",
        ),
        _group(
            QCoreApplication.translate("Checklist", "입력하지 않은 필수 기재사항"),
            [_finding_line(f, lang, pending_label) for f in checklist.pending],
            "#b45309",
        ),
        _group(
            QCoreApplication.translate("Checklist", "답 대신 법정 기준으로 작성되는 값"),
            subs,
            "#8a5a00",
        ),
        _group(
            QCoreApplication.translate(
                "Checklist", "빈칸(○)으로 인쇄되는 곳 — 손으로 채우거나 답을 입력하세요"
            ),
            blanks,
            "#b3261e",
        ),
    ]
    if checklist.notes:
        parts.append(
            "<p style='color:#4b5563'>"
            + escape(
                QCoreApplication.translate(
                    "Checklist", "확인하지 않은 참고 사항 %n건 (검토 의견 목록에서 확인함으로 표시)"
                )
            ).replace("%n", str(len(checklist.notes)))
            + "</p>"
        )
    nothing = QCoreApplication.translate("Checklist", "남은 일이 없습니다.")
    body = "".join(parts) or f"<p>{escape(nothing)}</p>"
    return f"<html><body>{body}</body></html>"


class FinishPage(QWidget):
    """The checklist and the export buttons.

    Signals:
        link_activated(str): ``section:<id>`` or ``field:<path>`` — go and fix it.
        export_requested(str): the file type to write (``docx``, ``hwpx``, ``pdf``).
        save_requested(): save the draft.
    """

    link_activated = Signal(str)
    export_requested = Signal(str)
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTextBrowser(self)
        self.list.setOpenLinks(False)
        self.list.anchorClicked.connect(self._on_anchor_clicked)
        self.docx_button = QPushButton(self)
        self.hwpx_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.pdf_note = QLabel(self)
        self.pdf_note.setWordWrap(True)
        self.pdf_note.setStyleSheet("color: #4b5563;")
        buttons = QHBoxLayout()
        for button in (self.docx_button, self.hwpx_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.pdf_note)
        self.docx_button.clicked.connect(lambda: self.export_requested.emit("docx"))
        self.hwpx_button.clicked.connect(lambda: self.export_requested.emit("hwpx"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.save_button.clicked.connect(self.save_requested)
        self.formats: dict[str, bool] = {"docx": True, "hwpx": False, "pdf": False}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("검토 및 내보내기"))
        self.docx_button.setText(self.tr("Word 문서(.docx)로 내보내기"))
        self.hwpx_button.setText(self.tr("한글 문서(.hwpx)로 내보내기"))
        self.pdf_button.setText(self.tr("PDF로 내보내기"))
        self.save_button.setText(self.tr("초안 저장"))
        self.set_formats(self.formats)

    def set_formats(self, formats: dict[str, bool]) -> None:
        """Show the buttons of the file types this installation can write."""
        self.formats = dict(formats)
        self.docx_button.setEnabled(formats.get("docx", False))
        self.hwpx_button.setVisible(formats.get("hwpx", False))
        pdf = formats.get("pdf", False)
        self.pdf_button.setEnabled(pdf)
        self.pdf_note.setText(
            ""
            if pdf
            else self.tr(
                "PDF: LibreOffice가 설치되어 있지 않아 바로 만들 수 없습니다. LibreOffice를 "
                "설치하거나, 내보낸 .docx 파일을 Word나 한글에서 열어 'PDF로 저장'을 고르세요."
            )
        )
        self.pdf_note.setVisible(not pdf)

    def show_checklist(self, checklist: Checklist, lang: Lang) -> None:
        """Show what is left before export."""
        self.checklist = checklist
        self.summary.setText(checklist_summary(checklist))
        colour = "#15803d" if checklist.clear else "#8a5a00"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.list.setHtml(checklist_html(checklist, lang))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())
