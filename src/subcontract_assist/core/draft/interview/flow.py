"""The pure interview flow: answers on a Draft by field path, conditions, section states."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from subcontract_assist.core.draft.interview.questions import Kind, Question, Section, When
from subcontract_assist.core.draft.interview.rows import read_rows, validate_rows
from subcontract_assist.core.draft.schema import Draft, SpecialTerm
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.findings import Finding, Severity
from subcontract_assist.core.text import Text

_BLANK = Draft()  # the defaults of a new draft; never modified
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class SectionState(StrEnum):
    """What the section list shows next to a section."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    HAS_FINDINGS = "has_findings"
    UNCONFIRMED = "unconfirmed"  # only preset answers, and the user has not looked yet


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for name, index in _STEP.findall(path):
        steps.append(int(index) if index else name)
    if not steps:
        raise KeyError(path)
    return steps


def get_value(draft: Draft, path: str) -> Any:
    """Return the value at ``path`` (``parties.principal.name``, ``special_terms[0].text``)."""
    node: Any = draft
    for step in _steps(path):
        node = node[step] if isinstance(step, int) else getattr(node, step)
    return node


def set_value(draft: Draft, path: str, value: Any) -> None:
    """Set the value at ``path``; the draft re-validates it (``validate_assignment``).

    Raises:
        DraftError: the value is not valid for that field; nothing changed.
    """
    *head, last = _steps(path)
    node: Any = draft
    for step in head:
        node = node[step] if isinstance(step, int) else getattr(node, step)
    try:
        if isinstance(last, int):
            node[last] = value
        else:
            setattr(node, last, value)
    except ValidationError as exc:
        reason = exc.errors()[0].get("msg", "")
        raise DraftError(
            Text(f"{path}에 넣을 수 없는 값입니다: {reason}", f"Invalid value for {path}: {reason}")
        ) from exc


def read_answer(draft: Draft, question: Question) -> Any:
    """Return the answer ``question`` currently has in ``draft`` (clauses as a list of str)."""
    value = get_value(draft, question.field)
    if question.kind is Kind.LIST:
        return [item.text if isinstance(item, SpecialTerm) else str(item) for item in value]
    if question.kind is Kind.ROWS:
        return read_rows(value)
    if question.kind is Kind.CHOICE and question.multiple:
        return [getattr(v, "value", v) for v in value]
    return getattr(value, "value", value)


def write_answer(draft: Draft, question: Question, value: Any) -> None:
    """Write ``value`` as the answer to ``question``, keeping clause titles where they exist.

    Raises:
        DraftError: the value is not valid (a rows answer raises RowError naming the cell).
    """
    if question.kind is Kind.LIST:
        value = _titled_clauses(get_value(draft, question.field), value)
    elif question.kind is Kind.ROWS:
        value = validate_rows(question, value)
    try:
        set_value(draft, question.field, value)
    except DraftError as exc:  # name the question the user sees, never the field path
        reason = exc.text.ko.partition(": ")[2]
        reason_en = exc.text.en.partition(": ")[2]
        raise DraftError(
            Text(
                f"'{question.label.ko}'에 넣을 수 없는 값입니다: {reason}",
                f"Not a valid answer to '{question.label.en}': {reason_en}",
            )
        ) from exc


def _titled_clauses(old: Sequence[SpecialTerm], texts: Sequence[str]) -> list[SpecialTerm]:
    """Return ``texts`` as clauses, each keeping the title it had.

    An unchanged clause keeps its own title even when clauses before it were added or removed;
    an edited one takes the title at its position unless an unchanged clause took that one.
    """
    unchanged = {term.text: i for i, term in enumerate(old)}
    taken = {unchanged[text] for text in texts if text in unchanged}
    titled: list[SpecialTerm] = []
    for i, text in enumerate(texts):
        source = unchanged.get(text, i if i < len(old) and i not in taken else None)
        titled.append(SpecialTerm(title=old[source].title if source is not None else "", text=text))
    return titled


def _holds(condition: When, draft: Draft) -> bool:
    if condition.any_of:
        return any(_holds(alternative, draft) for alternative in condition.any_of)
    return condition.holds(get_value(draft, condition.field))


def conditions_hold(conditions: Iterable[When], draft: Draft) -> bool:
    """Return True when every condition holds for ``draft``."""
    return all(_holds(w, draft) for w in conditions)


def applicable(section: Section, draft: Draft) -> list[Question]:
    """Return the questions of ``section`` that apply to ``draft``, in order."""
    if not conditions_hold(section.when, draft):
        return []
    return [q for q in section.questions if conditions_hold(q.when, draft)]


def visible_sections(sections: Sequence[Section], draft: Draft) -> list[Section]:
    """Return the sections that apply to ``draft`` (e.g. 지급보증 only for 건설)."""
    return [s for s in sections if conditions_hold(s.when, draft)]


def is_answered(draft: Draft, question: Question) -> bool:
    """Return True when ``question`` has a non-empty answer."""
    value = read_answer(draft, question)
    return value is not None and value != "" and value != []


def next_question(sections: Sequence[Section], draft: Draft) -> Question | None:
    """Return the first applicable required question without an answer, or None when done."""
    return next(
        (
            q
            for s in sections
            for q in applicable(s, draft)
            if not q.optional and not is_answered(draft, q)
        ),
        None,
    )


def question_for_field(sections: Sequence[Section], path: str) -> tuple[Section, Question] | None:
    """Return the section and question that own ``path`` (``special_terms[1].text`` → 특약).

    A path that groups several questions (``tech_data.nda``) is owned by the first of them.
    """
    best: tuple[Section, Question] | None = None
    inside: tuple[Section, Question] | None = None
    for section in sections:
        for question in section.questions:
            if field_owns(question.field, path):
                if best is None or len(question.field) > len(best[1].field):
                    best = (section, question)
            elif inside is None and path and field_owns(path, question.field):
                inside = (section, question)
    return best or inside


def section_state(section: Section, draft: Draft, findings: Sequence[Finding]) -> SectionState:
    """Return the state of ``section``.

    A section nobody has touched is "not started" even when rules already note what it lacks
    (a fresh draft would otherwise be all warnings); once started, findings on its fields win.
    """
    questions = applicable(section, draft)
    required = [q for q in questions if not q.optional] or questions
    answered = sum(is_answered(draft, q) for q in required)
    changed = (q for q in questions if is_answered(draft, q) and not _is_default(draft, q))
    touched = answered or any(changed)
    if not touched:
        return SectionState.NOT_STARTED
    fields = {q.field for q in questions}
    if any(_owner_field(f.field, fields) for f in findings):
        return SectionState.HAS_FINDINGS
    return SectionState.COMPLETE if answered == len(required) else SectionState.IN_PROGRESS


def only_presets(section: Section, draft: Draft) -> bool:
    """Return True when every answer ``section`` has is the one a new draft starts with.

    Such a section looks complete (yes/no questions come preset) though nobody chose anything.
    """
    questions = applicable(section, draft)
    answered = [q for q in questions if is_answered(draft, q)]
    return bool(answered) and all(_is_default(draft, q) for q in answered)


def is_pending(sections: Sequence[Section], draft: Draft, finding: Finding) -> bool:
    """Return True when ``finding`` is about an answer not given yet ("아직 입력하지 않음").

    Such notes (a required item missing, a due date not set) belong to the list of what is
    left to fill in, not beside the user's own answers as a 위반.
    """
    if not finding.field:
        return False
    found = question_for_field(sections, finding.field)
    return found is not None and not is_answered(draft, found[1])


def worst_severity(section: Section, draft: Draft, findings: Sequence[Finding]) -> Severity | None:
    """Return the most serious severity among ``findings`` on the fields of ``section``."""
    fields = {q.field for q in applicable(section, draft)}
    ranks = [f.severity for f in findings if _owner_field(f.field, fields)]
    return min(ranks, key=lambda s: s.rank) if ranks else None


def _is_default(draft: Draft, question: Question) -> bool:
    return bool(read_answer(draft, question) == read_answer(_BLANK, question))


def field_owns(field: str, path: str) -> bool:
    """Return True when ``path`` is ``field`` or lies inside it (``special_terms[0].text``)."""
    return path == field or path.startswith((f"{field}.", f"{field}["))


def _owner_field(path: str, fields: set[str]) -> bool:
    return bool(path) and any(field_owns(f, path) for f in fields)


_CLAUSE_TEXT = re.compile(r"special_terms\[\d+\]\.text")


def can_apply(finding: Finding) -> bool:
    """Return True when ``finding`` carries a fix or fair wording the app can apply in one click."""
    return bool(finding.fix) or bool(finding.suggestion and _CLAUSE_TEXT.fullmatch(finding.field))


def apply_finding(draft: Draft, finding: Finding) -> list[str]:
    """Apply a finding's one-click fix (or its wording to a clause); return the paths changed.

    ``fix`` maps field paths to values; a finding on a free-text clause without ``fix`` replaces
    the clause text with the suggested fair wording.
    """
    if finding.fix:
        for path, value in finding.fix.items():
            set_value(draft, path, value)
        return list(finding.fix)
    if can_apply(finding):
        set_value(draft, finding.field, finding.suggestion)
        return [finding.field]
    return []
