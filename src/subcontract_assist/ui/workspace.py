"""The editing workspace: sections, the current form, findings and the live preview together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from subcontract_assist.core.clauses.reviewer import Clause
from subcontract_assist.core.draft.interview.flow import (
    next_question,
    question_for_field,
    visible_sections,
)
from subcontract_assist.core.draft.interview.questions import Question, Section, load_sections
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.findings import Finding
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.controllers import ReviewController
from subcontract_assist.ui.findings_model import FindingsModel
from subcontract_assist.ui.findings_view import FindingsPanel
from subcontract_assist.ui.interview_page import SectionPage
from subcontract_assist.ui.preview import PreviewPane
from subcontract_assist.ui.section_list import SectionList
from subcontract_assist.ui.session import DraftSession


def clauses_of(session: DraftSession) -> list[Clause]:
    """Return the draft's free-text clauses (특약) for the model to review."""
    return [
        Clause(text=term.text, field=f"special_terms[{i}].text", index=i)
        for i, term in enumerate(session.draft.special_terms)
        if term.text.strip()
    ]


class Workspace(QWidget):
    """Keeps the views in step with the session: rules on every change, model in the background.

    Signals:
        section_shown(str): the id of the section now on screen.
    """

    section_shown = Signal(str)

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
        self.section_list = SectionList(self)
        self.page = SectionPage(self)
        self.findings_model = FindingsModel(self)
        self.findings = FindingsPanel(self.findings_model, self)
        self.preview = PreviewPane(self)
        self._build_layout()
        session.changed.connect(self._on_session_changed)
        session.replaced.connect(self._on_session_replaced)
        self.section_list.section_selected.connect(self.show_section)
        self.page.answered.connect(self._on_page_answered)
        self.page.next_requested.connect(self._on_page_next_requested)
        self.findings.apply_requested.connect(self._on_findings_apply_requested)
        self.findings.jump_requested.connect(self._on_findings_jump_requested)
        review.finished.connect(self._on_review_finished)

    def _build_layout(self) -> None:
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.page)
        middle.addWidget(self.findings)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.section_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 560, 440])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- following the session -------------------------------------------------------------

    def recheck(self) -> list[Finding]:
        """Run the rules over the draft and update the findings and section states."""
        # Imported here: the rules compile their clause patterns on import (~0.4 s), which
        # should not delay the start screen; app.main warms the import up in the background.
        from subcontract_assist.core.rules.engine import check

        findings = check(self.session.draft)
        self.findings_model.set_rule_findings(findings)
        self._refresh_states()
        return findings

    def _refresh_states(self) -> None:
        self.section_list.refresh(
            self.sections, self.session.draft, self.findings_model.findings, self.lang
        )

    def _on_session_replaced(self) -> None:
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

    def _on_session_changed(self, paths: list[str]) -> None:
        self.recheck()
        self.page.refresh(self.session.draft, paths)
        current = self.current_section()
        self.preview.schedule(self.session.draft, current.article if current else "")
        if any(path.startswith("special_terms") for path in paths):
            self.findings_model.set_model_findings([])  # they describe the old text
            self.review.schedule(clauses_of(self.session))

    # -- navigation ------------------------------------------------------------------------

    def current_section(self) -> Section | None:
        return self.page.section

    def show_section(self, section_id: str) -> None:
        """Show the form of ``section_id`` and bring its article into the preview."""
        section = next((s for s in self.sections if s.id == section_id), None)
        if section is None:
            return
        self.section_list.select(section_id)
        self.page.show_section(section, self.session.draft, self.lang)
        self.preview.show_article(section.article)
        self.section_shown.emit(section_id)

    def step_section(self, step: int) -> None:
        """Show the next (+1) or previous (-1) applicable section."""
        shown = [s.id for s in visible_sections(self.sections, self.session.draft)]
        current = self.page.section.id if self.page.section else ""
        index = shown.index(current) + step if current in shown else 0
        if 0 <= index < len(shown):
            self.show_section(shown[index])

    def jump_to(self, path: str) -> bool:
        """Show the section that owns ``path`` and focus its question."""
        found = question_for_field(self.sections, path)
        if found is None:
            return False
        section, question = found
        if self.page.section is None or self.page.section.id != section.id:
            self.show_section(section.id)
        return self.page.focus_question(question.field, path)

    def set_language(self, lang: Lang) -> None:
        """Show questions, findings and states in ``lang``."""
        self.lang = lang
        self.preview.lang = lang
        self.findings_model.set_language(lang)
        self.findings.retranslate()
        self.recheck()
        if self.page.section is not None:
            self.page.show_section(self.page.section, self.session.draft, lang)

    # -- user actions ----------------------------------------------------------------------

    def _on_page_answered(self, question: Question, value: Any) -> None:
        try:
            self.session.answer(question, value)
        except DraftError as exc:
            self.page.show_error(question.field, exc.text)

    def _on_page_next_requested(self) -> None:
        self.step_section(+1)

    def _on_findings_apply_requested(self, finding: Finding) -> None:
        self.session.apply(finding)

    def _on_findings_jump_requested(self, finding: Finding) -> None:
        self.jump_to(finding.field)

    def _on_review_finished(self, findings: list[Finding]) -> None:
        self.findings_model.set_model_findings(findings)
        self._refresh_states()
