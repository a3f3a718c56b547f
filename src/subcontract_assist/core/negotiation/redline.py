"""The redline plan: which paragraph of a received contract changes to what, and why.

For each paragraph with a finding above INFO, the plan says what text to keep (the article
heading and the ``②``/``1.`` typed before the clause), what to delete (the rest), what fair
wording to insert, and the comment to anchor on the insertion. A paragraph without ready fair
wording (a model-only finding, a table cell, a paragraph in a header or with tracked changes
of its own) gets the comment alone. The adapter turns the plan into Word tracked changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from subcontract_assist.core.findings import Severity
from subcontract_assist.core.negotiation.facts import ContractFacts, contract_facts
from subcontract_assist.core.negotiation.wording import FairWording, fair_wording
from subcontract_assist.core.received.review import ContractReview, ParagraphFinding
from subcontract_assist.core.received.structure import (
    ARTICLE_RE,
    CLAUSE_RE,
    ITEM_RE,
    ContractParagraph,
)
from subcontract_assist.core.text import Lang, Text

AUTHOR = "Subcontract Assist"


@dataclass(frozen=True, slots=True)
class Revision:
    """One paragraph's change.

    Attributes:
        position: the paragraph's reading-order position (``SourceParagraph.position``).
        location: where it is for a reader (``제6조(검사) ②``).
        original: the paragraph's whole text as the file holds it.
        keep: the leading part of ``original`` that stays (heading, ``②``).
        new: the fair wording to insert after ``keep`` in place of the rest; None: comment only.
        comment: the finding(s) and what to fill in, anchored on the insertion.
        findings: the findings the change answers.
        wording: the chosen fair wording with the values it took from the contract.
    """

    position: int
    location: str
    original: str
    keep: str
    new: str | None
    comment: str
    findings: tuple[ParagraphFinding, ...]
    wording: FairWording | None = None

    @property
    def old(self) -> str:
        """The text the change deletes."""
        return self.original[len(self.keep) :]

    @property
    def articles(self) -> tuple[str, ...]:
        """The statute's articles the findings cite, most serious first, without repeats."""
        ordered = sorted(self.findings, key=lambda f: f.finding.severity.rank)
        return tuple(dict.fromkeys(f.finding.article for f in ordered))


def kept_prefix(text: str) -> str:
    """Return the leading heading and number a replacement keeps: ``제6조(검사) ② ``."""
    end = 0
    heading = ARTICLE_RE.match(text)
    if heading and heading.group(3) is not None:
        end = heading.end()
    for marker in (CLAUSE_RE, ITEM_RE):
        match = marker.match(text, end)
        if match:
            end = match.end()
            break
    return text[:end]


def _bigrams(text: str) -> set[str]:
    squeezed = re.sub(r"\s+", "", text)
    return {squeezed[i : i + 2] for i in range(len(squeezed) - 1)}


def closeness(clause: str, wording: str) -> float:
    """How much of the fair wording's vocabulary the clause shares (0..1): picks the fitting fix."""
    a, b = _bigrams(clause), _bigrams(wording)
    return len(a & b) / len(b) if b else 0.0


def _choose(
    items: Sequence[ParagraphFinding], contract_text: str, facts: ContractFacts
) -> FairWording | None:
    """Return the fair wording that fits the clause best among its findings' wordings."""
    best: tuple[float, int, int] | None = None
    chosen: FairWording | None = None
    for order, item in enumerate(items):
        wording = fair_wording(item.finding, contract_text, facts)
        if wording is None:
            continue
        score = (closeness(item.text, wording.text), -item.finding.severity.rank, -order)
        if best is None or score > best:
            best, chosen = score, wording
    return chosen


def _editable(paragraph: ContractParagraph) -> bool:
    source = paragraph.source
    in_body = getattr(source, "origin", "body") == "body"
    return in_body and source.table is None and not getattr(source, "tracked", False)


def _comment(
    items: Sequence[ParagraphFinding], wording: FairWording | None, changed: bool, lang: Lang
) -> str:
    blocks = []
    for item in sorted(items, key=lambda f: f.finding.severity.rank):
        f = item.finding
        lines = [f"[{f.severity.label.get(lang)}] 하도급법 {f.article}", f.message.get(lang)]
        if not changed and f.suggestion:
            fair = "권고 문구" if lang == "ko" else "Fair wording"
            lines.append(f"{fair}: {f.suggestion}")
        blocks.append("\n".join(lines))
    if wording is not None and changed:
        for value in wording.values:
            if value.value is None:
                blocks.append(f"○○ — {value.slot.label.get(lang)}: {value.slot.hint.get(lang)}")
            else:
                note = Text(
                    f"{value.slot.label.ko} {value.value}: 계약서에 적힌 값입니다.",
                    f"{value.slot.label.en} {value.value}: the figure the contract states.",
                )
                blocks.append(note.get(lang))
    if not changed:
        blocks.append(
            Text(
                "이 조항은 자동으로 바꿀 문구가 없어 의견만 답니다.",
                "No ready fair wording for this clause: comment only.",
            ).get(lang)
        )
    return "\n\n".join(blocks)


def plan_redline(
    review: ContractReview, lang: Lang = "ko", facts: ContractFacts | None = None
) -> list[Revision]:
    """Return one revision per paragraph with a finding above INFO, in document order."""
    facts = facts or contract_facts(review.contract)
    text = review.contract.full_text
    revisions = []
    for position, items in review.by_paragraph().items():
        serious = [f for f in items if f.finding.severity is not Severity.INFO]
        if not serious:
            continue
        paragraph = serious[0].paragraph
        original = paragraph.source.text
        keep = kept_prefix(original)
        wording = _choose(serious, text, facts) if _editable(paragraph) else None
        changed = wording is not None and bool(original[len(keep) :].strip())
        revisions.append(
            Revision(
                position=position,
                location=paragraph.location or str(position + 1),
                original=original,
                keep=keep,
                new=wording.text if changed and wording is not None else None,
                comment=_comment(serious, wording, changed, lang),
                findings=tuple(serious),
                wording=wording if changed else None,
            )
        )
    return revisions
