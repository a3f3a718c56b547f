"""The 수정 요청서: a letter to the principal listing each requested change of a contract.

Each item: the clause (조항), the gist of its current wording (현재 문구 요지), the wording asked
for (요청 문구: the redline's fair wording, or what the statute requires where none is ready),
and the provision it rests on (근거 조문). Missing items the statute requires (제3조 필수
기재사항 and the like) are asked for as new clauses. The wording of the letter is the template's
(``letters/change_request.j2``); it never quotes a finding's reasoning, so nothing in it accuses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from subcontract_assist.core.findings import Severity
from subcontract_assist.core.negotiation.facts import BLANK_NAME, ContractFacts
from subcontract_assist.core.negotiation.letters import render_letter
from subcontract_assist.core.negotiation.markup import Block
from subcontract_assist.core.negotiation.redline import Revision, closeness
from subcontract_assist.core.negotiation.wording import BLANK, in_party_words
from subcontract_assist.core.received.review import ContractReview

TEMPLATE = "letters/change_request.j2"
GIST_CHARS = 70
REPLY_DAYS = 14  # the reply date the letter proposes; the user edits it freely
_SENTENCE_END = re.compile(r"(?<=다\.)\s+")
_DUPLICATE = 0.8  # a missing item this close to a requested change is the same request


@dataclass(frozen=True, slots=True)
class RequestItem:
    """One requested change."""

    location: str
    gist: str
    request: str
    basis: str
    new_clause: bool = False


def statute_citation(articles: Sequence[str]) -> str:
    """Return ``하도급법 제9조 제2항``; a decree citation (``영 제7조의3``) reads 같은 법 시행령."""
    parts: list[str] = []
    for article in articles:
        for piece in (p.strip() for p in article.split(",")):
            if not piece:
                continue
            if piece.startswith("영 "):
                parts.append("같은 법 시행령 " + piece[2:])
            elif piece.startswith("제"):
                parts.append(piece if parts else "하도급법 " + piece)
            else:
                parts.append(piece)
    return ", ".join(dict.fromkeys(parts))


def gist(text: str, limit: int = GIST_CHARS) -> str:
    """Return the first sentence of ``text``, cut at a word near ``limit`` characters."""
    first = _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _revision_item(revision: Revision) -> RequestItem:
    if revision.new is not None:
        request = revision.new
    else:
        first = min(revision.findings, key=lambda f: f.finding.severity.rank).finding
        request = f"{statute_citation([first.article])}에 맞도록 수정" + (
            f" (예: {first.suggestion})" if first.suggestion else ""
        )
    return RequestItem(
        location=revision.location,
        gist=gist(revision.old.strip() or revision.original),
        request=request,
        basis=statute_citation(revision.articles),
    )


def request_items(
    review: ContractReview, revisions: Sequence[Revision], facts: ContractFacts
) -> list[RequestItem]:
    """Return the requested changes: each revision, then each missing required clause."""
    items = [_revision_item(r) for r in revisions]
    for missing in review.missing:
        if missing.severity is Severity.INFO or not missing.suggestion:
            continue
        wording = in_party_words(missing.suggestion, facts).replace("____", BLANK)
        wording = re.sub(r"(?<![○_])__(?![_○])", BLANK, wording)
        if any(closeness(item.request, wording) >= _DUPLICATE for item in items):
            continue
        items.append(
            RequestItem(
                location="",
                gist="해당 조항 없음",
                request=wording,
                basis=statute_citation([missing.article]),
                new_clause=True,
            )
        )
    return items


def change_request_letter(
    review: ContractReview,
    revisions: Sequence[Revision],
    facts: ContractFacts,
    today: dt.date,
    dirs: Sequence[Path] = (),
    *,
    attach_redline: bool = True,
) -> list[Block]:
    """Return the blocks of the 수정 요청서 for ``review`` (rendered from the template)."""
    items = request_items(review, revisions, facts)
    context = {
        "today": today,
        "reply_by": today + dt.timedelta(days=REPLY_DAYS),
        "title": facts.title or "하도급계약서",
        "principal": facts.principal,
        "subcontractor": facts.subcontractor,
        "signed": facts.signed,
        "blank_name": BLANK_NAME,
        "items": items,
        "has_blanks": any(BLANK in item.request for item in items),
        "has_redline": attach_redline and any(r.new is not None for r in revisions),
    }
    return render_letter(TEMPLATE, context, dirs)
