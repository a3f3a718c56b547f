"""A received contract as a structure: 제N조(제목) articles, ①② paragraphs (항) and items (호).

The reader adapters (.docx, plain text) hand over :class:`SourceParagraph` objects in reading
order; this module decides what each one is, which article it belongs to, and which paragraphs
are worth reviewing at all (a title, a heading, a definition or a signature line cannot be unfair).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from subcontract_assist.core.koreanformat import hangul_reading


@dataclass(frozen=True, slots=True)
class SourceParagraph:
    """One paragraph as the reader found it, before any interpretation.

    Attributes:
        position: reading-order number over body paragraphs *and* table-cell paragraphs.
        index: the body paragraph index (python-docx ``document.paragraphs``; the line number
            from 0 for plain text), or ``None`` for a paragraph inside a table cell.
        text: the paragraph's own text, exactly as the document holds it.
        label: the number Word draws for automatic numbering (``①``, ``1.``), ``""`` if none.
        style: the paragraph style name (``Heading 1``, ``Title``, ``Normal`` …).
        table: ``(table, row)`` numbers for a table-cell paragraph, else ``None``.
        origin: where the paragraph lives: ``body`` (the main text, tables included),
            ``header``, ``footer``, ``footnote``, ``endnote`` or ``textbox``. Only body
            paragraphs can carry an ``index``; the others never move the article/항 count.
        tracked: the paragraph carries tracked changes (insertions are in ``text``, deletions
            are not).
    """

    position: int
    index: int | None
    text: str
    label: str = ""
    style: str = ""
    table: tuple[int, int] | None = None
    origin: str = "body"
    tracked: bool = False


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What a reader returns: the file name, its kind and the paragraphs in reading order."""

    name: str
    kind: str  # "docx", "hwpx", "hwp", "pdf" or "text"
    paragraphs: tuple[SourceParagraph, ...]


class Role(StrEnum):
    """What a paragraph is in the contract's structure."""

    BLANK = "blank"
    TITLE = "title"
    HEADING = "heading"  # 제N장, a styled heading, an annex title
    ARTICLE = "article"  # 제N조(제목), possibly followed by its first sentence
    CLAUSE = "clause"  # 항: ①, or the unnumbered body of an article
    ITEM = "item"  # 호/목: 1. 가. 1)
    TEXT = "text"  # before the first article: preamble, cover terms
    SIGNATURE = "signature"  # the date line, the signature block and what follows them
    CELL = "cell"  # a paragraph inside a table
    MARGIN = "margin"  # a running header or footer: page furniture, not reviewed


@dataclass(frozen=True, slots=True)
class ContractParagraph:
    """A source paragraph with its place in the contract.

    Attributes:
        source: what the reader found.
        role: what the paragraph is.
        article: the article it belongs to (``제6조(검사)``), ``""`` before the first article.
        body: the text to review: the label Word draws plus the text, minus an article heading.
        clause_no: the 항 number within its article (``2`` for ②), 0 when none.
    """

    source: SourceParagraph
    role: Role
    article: str = ""
    body: str = ""
    clause_no: int = 0

    @property
    def index(self) -> int | None:
        return self.source.index

    @property
    def location(self) -> str:
        """Return where it is for a reader: ``제6조(검사) ②``, ``표 1``, ``각주``."""
        tracked = " (변경 추적 중)" if self.source.tracked else ""
        if self.source.origin != "body":
            place = _ORIGIN_NAMES.get(self.source.origin, self.source.origin)
            return f"{self.article} {place}".strip() + tracked
        if self.source.table is not None:
            return f"표 {self.source.table[0] + 1}{tracked}"
        mark = _circled(self.clause_no) if self.clause_no else ""
        return f"{self.article} {mark}".strip() + tracked


@dataclass(frozen=True, slots=True)
class Contract:
    """The whole received contract."""

    name: str
    title: str
    paragraphs: tuple[ContractParagraph, ...]
    articles: tuple[str, ...] = field(default=())

    @property
    def full_text(self) -> str:
        """Return every paragraph's text (labels included), one per line."""
        return "\n".join(p.body or p.source.text for p in self.paragraphs if p.role != Role.BLANK)

    @property
    def read_text(self) -> str:
        """Return :attr:`full_text` with its 漢字 read in Hangul (甲 → 갑, 代金 → 대금), for the
        whole-contract checks that look for words; the same length, line for line."""
        return hangul_reading(self.full_text)


_ORIGIN_NAMES = {
    "header": "머리말",
    "footer": "꼬리말",
    "footnote": "각주",
    "endnote": "미주",
    "textbox": "글상자",
}

_CIRCLED_DIGITS = (
    [chr(c) for c in range(0x2460, 0x2474)]
    + [chr(c) for c in range(0x3251, 0x3260)]
    + [chr(c) for c in range(0x32B1, 0x32C0)]
)
_CIRCLED_NUMBER = {ch: n for n, ch in enumerate(_CIRCLED_DIGITS, start=1)}

#: 제N조(제목), also as older contracts write it in 漢字: 第N條(目的)
ARTICLE_RE = re.compile(
    r"^\s*[제第]\s*(\d{1,3})\s*[조條](?:\s*[의之]\s*(\d{1,2}))?\s*"
    r"(?:[(（\[]\s*([^)）\]]{0,40})[)）\]])?\s*"
)
CHAPTER_RE = re.compile(
    r"^\s*([제第]\s*\d{1,2}\s*[장절편관章節編款]|부\s*칙|附\s*則|별\s*[지첨표]|別\s*[紙添表]|【|\[별)"
)
CLAUSE_RE = re.compile(r"^\s*([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*")
CLOSING_RE = re.compile(
    r"^\s*(\d{4}\s*[년.年]\s*\d{1,2}\s*[월.月]\s*\d{1,2}\s*[일日]?\.?|년\s+월\s+일)\s*$"
    r"|\((?:인|印)\)|^\s*(상\s*호|주\s*소|대\s*표\s*자|사업자\s*등록\s*번호|[\"“]?(갑|을|甲|乙)[\"”]?\s*:)"
)
ITEM_RE = re.compile(r"^\s*(\d{1,2}[.)]|[가-힣][.)]|\(\d{1,2}\)|\([가-힣]\))\s*")


def _circled(n: int) -> str:
    return _CIRCLED_DIGITS[n - 1] if 1 <= n <= len(_CIRCLED_DIGITS) else f"({n})"


def _with_label(source: SourceParagraph) -> str:
    """Return the text as a reader sees it: Word's automatic number first."""
    text = source.text.strip()
    label = source.label.strip()
    if label and not text.startswith(label):
        return f"{label} {text}"
    return text


def _is_heading_style(style: str) -> bool:
    lowered = style.lower()
    return lowered.startswith(("heading", "제목")) or lowered == "title"


@dataclass(slots=True)
class _State:
    """Where the parser is: current article and 항 number."""

    article: str = ""
    clause_no: int = 0
    title: str = ""
    seen_text: bool = False
    closed: bool = False  # after the date line / signature block, until the next article
    articles: list[str] = field(default_factory=list)


def _classify(source: SourceParagraph, state: _State) -> ContractParagraph:
    text = _with_label(source)
    if not text:
        return ContractParagraph(source, Role.BLANK, state.article)
    if source.origin in ("header", "footer"):
        return ContractParagraph(source, Role.MARGIN, state.article, text)
    if source.origin != "body":  # a footnote or text box: read where it is, counts nothing
        return ContractParagraph(source, Role.TEXT, state.article, text)
    if source.table is not None:
        return ContractParagraph(source, Role.CELL, state.article, text)
    article = ARTICLE_RE.match(text)
    if article and (article.group(3) is not None or len(text) < 40):
        return _start_article(source, state, article, text)
    first = not state.seen_text
    state.seen_text = True
    title_like = len(text) <= 60 and not text.endswith(("다.", "다"))
    placed = first or source.style.lower() == "title"
    if not state.title and not state.articles and title_like and placed:
        state.title = text
        return ContractParagraph(source, Role.TITLE, "", text)
    if CHAPTER_RE.match(text) or (_is_heading_style(source.style) and len(text) <= 60):
        return ContractParagraph(source, Role.HEADING, state.article, text)
    if CLOSING_RE.search(text):  # date line and signature block: nothing to review
        state.closed = True
        return ContractParagraph(source, Role.SIGNATURE, state.article, text)
    if state.closed:
        return ContractParagraph(source, Role.SIGNATURE, state.article, text)
    if not state.article:
        return ContractParagraph(source, Role.TEXT, "", text)
    return _in_article(source, state, text)


def _start_article(
    source: SourceParagraph, state: _State, match: re.Match[str], text: str
) -> ContractParagraph:
    number = f"제{match.group(1)}조" + (f"의{match.group(2)}" if match.group(2) else "")
    title = (match.group(3) or "").strip()
    state.article = f"{number}({title})" if title else number
    state.articles.append(state.article)
    state.clause_no = 0
    state.closed = False
    rest = text[match.end() :].strip()
    clause = CLAUSE_RE.match(rest)
    if clause:  # 제6조(검사) ① … on one line
        state.clause_no = _CIRCLED_NUMBER[clause.group(1)]
    elif rest:
        state.clause_no = 1
    return ContractParagraph(source, Role.ARTICLE, state.article, rest, state.clause_no)


def _in_article(source: SourceParagraph, state: _State, text: str) -> ContractParagraph:
    clause = CLAUSE_RE.match(text)
    if clause:
        state.clause_no = _CIRCLED_NUMBER[clause.group(1)]
        return ContractParagraph(source, Role.CLAUSE, state.article, text, state.clause_no)
    if ITEM_RE.match(text):
        return ContractParagraph(source, Role.ITEM, state.article, text, state.clause_no)
    if _is_heading_style(source.style) and len(text) <= 60:
        return ContractParagraph(source, Role.HEADING, state.article, text)
    # An unnumbered paragraph of an article is its next 항 (a one-paragraph article has no ①).
    state.clause_no += 1
    return ContractParagraph(source, Role.CLAUSE, state.article, text, state.clause_no)


def parse_contract(document: SourceDocument) -> Contract:
    """Return the structure of a received contract."""
    state = _State()
    paragraphs = tuple(_classify(p, state) for p in document.paragraphs)
    return Contract(document.name, state.title, paragraphs, tuple(state.articles))


def source_from_lines(name: str, lines: Sequence[str], kind: str = "text") -> SourceDocument:
    """Return a source document whose paragraphs are ``lines`` (index = line number from 0)."""
    return SourceDocument(
        name,
        kind,
        tuple(SourceParagraph(position=i, index=i, text=line) for i, line in enumerate(lines)),
    )
