"""The editing workspace: sections, the current form, findings and the live preview together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.draft.interview.flow import (
    is_pending,
    next_question,
    question_for_field,
    visible_sections,
)
from subcontract_assist.core.draft.interview.questions import Question, Section, load_sections
from subcontract_assist.core.errors import AppError, DraftError
from subcontract_assist.core.findings import Finding
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.controllers import ReviewController
from subcontract_assist.ui.findings_model import FindingsModel
from subcontract_assist.ui.findings_view import FindingsPanel
from subcontract_assist.ui.finish_page import FinishPage
from subcontract_assist.ui.interview_page import SectionPage
from subcontract_assist.ui.preview import PreviewPane
from subcontract_assist.ui.section_list import FINISH_ID, SectionList
from subcontract_assist.ui.session import DraftSession

if TYPE_CHECKING:  # the checklist module renders, which the start screen defers
    from subcontract_assist.core.document.checklist import Checklist


SUPPLY_AMOUNT = "price.supply_amount"


def clauses_of(session: DraftSession) -> list[Clause]:
    """Return the draft's free-text clauses (특약) for the model to review."""
    return [
        Clause(text=term.text, field=f"special_terms[{i}].text", index=i)
        for i, term in enumerate(session.draft.special_terms)
        if term.text.strip()
    ]


def article_candidates(field: str, section: Section | None) -> list[str]:
    """Return the preview anchors to try for ``field``: the article named like the field
    (``special_terms`` → 특약사항, ``payment.…`` → 하도급대금의 지급), then the section's."""
    parts = [p.split("[")[0] for p in field.split(".")] if field else []
    out: list[str] = []
    for n in range(len(parts), 0, -1):
        for key in ("_".join(parts[:n]), parts[n - 1]):
            if key and key not in out:
                out.append(key)
    if section is not None and section.article and section.article not in out:
        out.append(section.article)
    return out


class Workspace(QWidget):
    """Keeps the views in step with the session: rules on every change, model in the background.

    Signals:
        section_shown(str): the id of the section now on screen (``finish`` for the last step).
        export_requested(str): the finish page asked for a file (``docx``, ``hwpx``, ``pdf``).
        save_requested(): the finish page asked to save the draft.
        message(str): a short status message for the window's status bar.
    """

    section_shown = Signal(str)
    export_requested = Signal(str)
    save_requested = Signal()
    message = Signal(str)

    def __init__(
        self,
        session: DraftSession,
        review: ReviewController,
        sections: Sequence[Section] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.review = session, review
        self.sections = tuple(sections if sections is not None else load_sections())
        self.lang: Lang = "ko"
        self.seen: set[str] = set()  # sections the user has looked at in this session
        self._folded_for_finish = False
        self.section_list = SectionList(self)
        self.progress_label = QLabel(self)
        self.progress_label.setStyleSheet("color: #4b5563; padding: 2px 4px;")
        self.page = SectionPage(self)
        self.finish = FinishPage(self)
        self.forms = QStackedWidget(self)
        self.forms.addWidget(self.page)
        self.forms.addWidget(self.finish)
        self.findings_model = FindingsModel(self)
        self.findings = FindingsPanel(self.findings_model, self)
        self.preview = PreviewPane(self)
        self._build_layout()
        session.changed.connect(self._on_session_changed)
        session.replaced.connect(self._on_session_replaced)
        session.applied.connect(self._on_session_applied)
        session.undone.connect(self._on_session_undone)
        self.section_list.section_selected.connect(self.show_section)
        self.page.answered.connect(self._on_page_answered)
        self.page.next_requested.connect(self._on_page_next_requested)
        self.page.apply_requested.connect(self._on_findings_apply_requested)
        self.page.total_chosen.connect(self._on_page_total_chosen)
        self.findings.apply_requested.connect(self._on_findings_apply_requested)
        self.findings.jump_requested.connect(self._on_findings_jump_requested)
        self.findings.collapsed_changed.connect(self._on_findings_collapsed_changed)
        self.findings.acknowledged.connect(self._on_findings_acknowledged)
        self.finish.link_activated.connect(self._on_finish_link_activated)
        self.finish.export_requested.connect(self.export_requested)
        self.finish.save_requested.connect(self.save_requested)
        review.finished.connect(self._on_review_finished)

    def _build_layout(self) -> None:
        self.middle = QSplitter(Qt.Orientation.Vertical, self)
        self.middle.addWidget(self.forms)
        self.middle.addWidget(self.findings)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 2)
        self.middle.setCollapsible(0, False)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.section_list, 1)
        column.addWidget(self.progress_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- following the session -------------------------------------------------------------

    def recheck(self) -> list[Finding]:
        """Run the rules over the draft and update the findings and section states."""
        # Imported here: the rules compile their clause patterns on import (~0.4 s), which
        # should not delay the start screen; app.main warms the import up in the background.
        from subcontract_assist.core.rules.engine import check

        draft = self.session.draft
        findings = check(draft)
        pending = [f for f in findings if is_pending(self.sections, draft, f)]
        self.findings_model.set_rule_findings(findings, pending)
        self._refresh_states()
        return findings

    def _refresh_states(self) -> None:
        open_findings = self.findings_model.open_findings
        self.section_list.refresh(
            self.sections, self.session.draft, open_findings, self.lang, self.seen
        )
        done, total = self.section_list.progress()
        self.progress_label.setText(
            self.tr("%1단계 중 %2단계 완료").replace("%1", str(total)).replace("%2", str(done))
        )
        self.page.show_findings(open_findings, self.lang)
        if self.forms.currentWidget() is self.finish:
            self.show_checklist()

    def _on_session_replaced(self) -> None:
        self.seen = {"transaction"}  # chosen on the start screen (or when it was first made)
        self.findings_model.acknowledged.clear()
        self.findings_model.set_model_findings([])
        self.recheck()
        # Start where the interview needs an answer next; a complete draft starts at the top.
        pending = next_question(self.sections, self.session.draft)
        shown = visible_sections(self.sections, self.session.draft)
        if pending is not None:
            self.jump_to(pending.field)
        elif shown:
            self.show_section(shown[0].id)
        self.preview.schedule(self.session.draft)
        self.review.schedule(clauses_of(self.session))

    def _on_session_changed(self, paths: list[str], typed: str) -> None:
        before = set(self.findings_model.open_findings)
        self.recheck()
        updated = self.page.refresh(self.session.draft, paths, typed)
        for field in updated:
            row = self.page.row(field)
            if row is not None:
                row.flash()
        fresh = [f for f in self.findings_model.open_findings if f not in before]
        if typed and fresh:
            self.findings.flash(fresh)
        current = self.current_section()
        self.preview.schedule(
            self.session.draft, article_candidates(typed or (paths[0] if paths else ""), current)
        )
        if any(path.startswith("special_terms") for path in paths):
            self.findings_model.set_model_findings([])  # they describe the old text
            self.review.schedule(clauses_of(self.session))

    def _on_session_applied(self, finding: Finding, paths: list[str]) -> None:
        """Show the applied fix where it happened: the field, highlighted, with 되돌리기."""
        target = paths[0] if paths else finding.field
        self.jump_to(target, focus=False)
        note = self.tr("공정 문구를 적용했습니다 — 되돌리기: Ctrl+Z")
        found = question_for_field(self.sections, target)
        if found is not None:
            self.page.show_notice(found[1].field, note)
        self.message.emit(note)

    def _on_session_undone(self, finding: Finding, paths: list[str]) -> None:
        target = paths[0] if paths else finding.field
        self.jump_to(target, focus=False)
        found = question_for_field(self.sections, target)
        if found is not None:
            self.page.show_notice(found[1].field, self.tr("적용을 되돌렸습니다"))
        self.findings.select(finding)
        self.message.emit(self.tr("적용을 되돌렸습니다: ") + finding.article)

    # -- navigation ------------------------------------------------------------------------

    def current_section(self) -> Section | None:
        return self.page.section if self.forms.currentWidget() is self.page else None

    def show_section(self, section_id: str) -> None:
        """Show the form of ``section_id`` (or the finish step) and its article in the preview."""
        if section_id == FINISH_ID:
            self.show_finish()
            return
        section = next((s for s in self.sections if s.id == section_id), None)
        if section is None:
            return
        first_visit = section_id not in self.seen
        self.seen.add(section_id)
        if self._folded_for_finish:
            self._folded_for_finish = False
            self.findings.set_collapsed(False)
        self.forms.setCurrentWidget(self.page)
        self.section_list.select(section_id)
        self.page.show_section(section, self.session.draft, self.lang)
        self.page.show_findings(self.findings_model.open_findings, self.lang)
        self.preview.show_article(section.article)
        if first_visit:
            self._refresh_states()
        self.section_shown.emit(section_id)

    def show_finish(self) -> None:
        """Show the last step: the checklist and the export buttons.

        The checklist repeats the findings, so their panel folds while it shows (and unfolds
        again when the user goes back to a section, unless they folded it themselves).
        """
        if not self.findings.collapsed:
            self._folded_for_finish = True
            self.findings.set_collapsed(True)
        self.forms.setCurrentWidget(self.finish)
        self.section_list.select(FINISH_ID)
        self.show_checklist()
        self.section_shown.emit(FINISH_ID)

    def checklist(self) -> Checklist:
        """Return what is left before export (raises TemplateError for a broken template)."""
        from subcontract_assist.core.document.checklist import build_checklist

        model = self.findings_model
        return build_checklist(
            self.sections, self.session.draft, model.open_findings, model.pending, self.seen
        )

    def show_checklist(self) -> None:
        try:
            self.finish.show_checklist(self.checklist(), self.lang)
        except AppError as exc:
            self.finish.summary.setText(exc.message(self.lang))

    def step_section(self, step: int) -> None:
        """Show the next (+1) or previous (-1) applicable section; past the last, the finish."""
        shown = [s.id for s in visible_sections(self.sections, self.session.draft)] + [FINISH_ID]
        current = FINISH_ID if self.forms.currentWidget() is self.finish else ""
        current = current or (self.page.section.id if self.page.section else "")
        index = shown.index(current) + step if current in shown else 0
        if 0 <= index < len(shown):
            self.show_section(shown[index])

    def jump_to(self, path: str, focus: bool = True) -> bool:
        """Show the section that owns ``path`` and focus (or just reveal) its question."""
        found = question_for_field(self.sections, path)
        if found is None:
            return False
        section, question = found
        if (
            self.forms.currentWidget() is not self.page
            or self.page.section is None
            or self.page.section.id != section.id
        ):
            self.show_section(section.id)
        self.preview.show_article(article_candidates(path, section))
        if not focus:
            self.page.reveal(question.field)
            return question.field in self.page.rows
        return self.page.focus_question(question.field, path)

    def set_language(self, lang: Lang) -> None:
        """Show questions, findings and states in ``lang``."""
        self.lang = lang
        self.preview.lang = lang
        self.findings_model.set_language(lang)
        self.findings.retranslate()
        self.finish.retranslate()
        self.recheck()
        if self.page.section is not None:
            self.page.show_section(self.page.section, self.session.draft, lang)
            self.page.show_findings(self.findings_model.open_findings, lang)

    # -- user actions ----------------------------------------------------------------------

    def _on_page_answered(self, question: Question, value: Any) -> None:
        try:
            self.session.answer(question, value)
        except DraftError as exc:
            self.page.show_error(question.field, exc.text)

    def _on_page_total_chosen(self, total: int) -> None:
        found = question_for_field(self.sections, SUPPLY_AMOUNT)
        if found is None:
            return
        try:
            self.session.answer(found[1], total, typed=False)
        except DraftError as exc:
            self.message.emit(exc.message(self.lang))
            return
        self.message.emit(
            self.tr("품목 합계 %1원을 하도급대금(공급가액)으로 적었습니다").replace(
                "%1", f"{total:,}"
            )
        )

    def _on_page_next_requested(self) -> None:
        self.step_section(+1)

    def _on_findings_apply_requested(self, finding: Finding) -> None:
        try:
            self.session.apply(finding)
        except DraftError as exc:
            self.message.emit(exc.message(self.lang))

    def _on_findings_jump_requested(self, finding: Finding) -> None:
        self.jump_to(finding.field)

    def _on_findings_acknowledged(self, _finding: Finding) -> None:
        self._refresh_states()

    def _on_findings_collapsed_changed(self, collapsed: bool) -> None:
        total = sum(self.middle.sizes())
        title = self.findings.sizeHint().height() if collapsed else max(total * 2 // 5, 160)
        self.middle.setSizes([max(total - title, 0), title])

    def _on_finish_link_activated(self, link: str) -> None:
        kind, _, target = QUrl.fromPercentEncoding(link.encode()).partition(":")
        if kind == "section":
            self.show_section(target)
        elif kind == "field":
            self.jump_to(target)

    def _on_review_finished(self, findings: list[Finding]) -> None:
        before = set(self.findings_model.open_findings)
        self.findings_model.set_model_findings(findings)
        self._refresh_states()
        fresh = [f for f in self.findings_model.open_findings if f not in before]
        self.findings.flash(fresh)
