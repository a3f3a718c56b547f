"""The last step before export: what is still open in the draft and what the contract will say.

The checklist names the sections nobody has looked at (their preset answers unconfirmed) or
with questions unanswered, the 위반 and 위험 left, the values written instead of the answers
and the ``○`` blanks the printed contract will carry, each with where it is.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.document.substitutions import Found, blanks_in, substitutions_in
from subcontract_assist.core.draft.interview.flow import (
    applicable,
    is_answered,
    only_presets,
    visible_sections,
)
from subcontract_assist.core.draft.interview.questions import Question, Section
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding, Severity


@dataclass(frozen=True, slots=True)
class SectionGap:
    """A section to go back to: questions unanswered, or a section nobody has looked at that
    holds nothing or only preset answers."""

    section: Section
    unanswered: tuple[Question, ...]
    unconfirmed: bool


@dataclass(frozen=True, slots=True)
class Checklist:
    """Everything the export step tells the user before the contract is written."""

    gaps: list[SectionGap] = field(default_factory=list)
    violations: list[Finding] = field(default_factory=list)
    risks: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)  # 참고 not yet acknowledged
    pending: list[Finding] = field(default_factory=list)  # findings on unanswered items
    substitutions: list[Found] = field(default_factory=list)
    blanks: list[Found] = field(default_factory=list)

    @property
    def clear(self) -> bool:
        """True when nothing is left that the user should decide before sending."""
        return not (
            self.gaps
            or self.violations
            or self.risks
            or self.pending
            or self.substitutions
            or self.blanks
        )

    def counts(self) -> dict[str, int]:
        return {
            "gaps": len(self.gaps),
            "violations": len(self.violations),
            "risks": len(self.risks),
            "notes": len(self.notes),
            "pending": len(self.pending),
            "substitutions": len(self.substitutions),
            "blanks": len(self.blanks),
        }


def section_gaps(
    sections: Sequence[Section], draft: Draft, seen: Collection[str]
) -> list[SectionGap]:
    """Return the sections with required questions unanswered or presets unconfirmed."""
    gaps = []
    for section in visible_sections(sections, draft):
        questions = applicable(section, draft)
        unanswered = tuple(q for q in questions if not q.optional and not is_answered(draft, q))
        untouched = not any(is_answered(draft, q) for q in questions)
        unconfirmed = section.id not in seen and (untouched or only_presets(section, draft))
        if unanswered or unconfirmed:
            gaps.append(SectionGap(section, unanswered, unconfirmed))
    return gaps


def build_checklist(
    sections: Sequence[Section],
    draft: Draft,
    open_findings: Sequence[Finding],
    pending: Sequence[Finding] = (),
    seen: Collection[str] = (),
) -> Checklist:
    """Return the checklist for ``draft``.

    ``open_findings`` are the findings still to deal with (acknowledged 참고 left out),
    ``pending`` those about unanswered items, ``seen`` the sections the user has looked at.

    Raises:
        TemplateError: the contract template is broken (the export would fail the same way).
    """
    doc = render_document(draft, marks=True)
    by = {s: [f for f in open_findings if f.severity is s] for s in Severity}
    return Checklist(
        gaps=section_gaps(sections, draft, seen),
        violations=by[Severity.VIOLATION],
        risks=by[Severity.RISK],
        notes=by[Severity.INFO],
        pending=list(pending),
        substitutions=substitutions_in(doc),
        blanks=blanks_in(doc),
    )
