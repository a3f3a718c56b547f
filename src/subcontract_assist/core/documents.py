"""The contract as a structure: template markup → numbered articles, resolved references.

Templates (``templates/*.j2``) emit a small line-based markup; the renderer, not the template,
numbers 제N조 and ①②③ and resolves ``⟦ref:key⟧`` cross-references, so an article left out never
leaves a gap or a dangling reference.

Markup (one directive per line, other lines are text):
    ``#title 제목`` · ``#preamble`` · ``#article key 제목`` · ``#annex key 제목`` ·
    ``#table`` followed by ``| a | b |`` rows (first row = header) · ``#signature`` ·
    ``#date`` followed by the date line · ``- item`` (호, numbered 1. 2. …) · a blank line ends a
    paragraph; any other line is a paragraph (항).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.koreanformat import circled
from subcontract_assist.core.text import Text

REF_PATTERN = re.compile(r"⟦ref:([a-z0-9_]+)⟧")


@dataclass(slots=True)
class Paragraph:
    """A 항 with its 호 items."""

    text: str
    items: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    rows: list[list[str]]


@dataclass(slots=True)
class Article:
    """A 제N조(제목); ``number`` is set by :func:`number_articles`."""

    key: str
    title: str
    blocks: list[Paragraph | Table] = field(default_factory=list)
    number: int = 0

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def heading(self) -> str:
        return f"제{self.number}조({self.title})"


@dataclass(slots=True)
class Party:
    role: str  # 원사업자 / 수급사업자
    name: str
    representative: str
    address: str
    biz_reg_no: str
    phone: str = ""


@dataclass(slots=True)
class Section:
    """The main body or an annex (별지): title, leading blocks, articles."""

    key: str
    title: str
    intro: list[Paragraph | Table] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    signature: bool = False
    date_line: str = ""


@dataclass(slots=True)
class ContractDocument:
    """The whole rendered contract: body, annexes and the parties for the signature blocks."""

    title: str
    sections: list[Section]
    parties: list[Party] = field(default_factory=list)

    @property
    def body(self) -> Section:
        return self.sections[0]

    def all_articles(self) -> list[Article]:
        return [a for s in self.sections for a in s.articles]


def _markup_error(source: str, line_no: int, message: str) -> TemplateError:
    return TemplateError(
        Text(
            f"계약서 템플릿 {source} {line_no}행의 구조가 잘못되었습니다: {message}",
            f"Contract template {source}, line {line_no}, is malformed: {message}",
        )
    )


def parse_markup(text: str, source: str = "template") -> ContractDocument:
    """Return the document structure of rendered template markup (numbers not yet set)."""
    title = ""
    sections: list[Section] = []
    current: Section | None = None
    article: Article | None = None
    para: Paragraph | None = None
    table: Table | None = None
    date_pending = False

    def blocks() -> list[Paragraph | Table]:
        if article is not None:
            return article.blocks
        if current is None:
            raise _markup_error(source, line_no, "본문 시작(#preamble) 전에 문단이 있습니다")
        return current.intro

    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            para, table = None, None
            continue
        if line.startswith("#"):
            word, _, rest = line[1:].partition(" ")
            para, table = None, None
            if word == "title":
                title = rest.strip()
            elif word == "preamble":
                current = Section("body", title)
                sections.append(current)
                article = None
            elif word in ("article", "annex"):
                key, _, name = rest.strip().partition(" ")
                if not key or not name:
                    raise _markup_error(source, line_no, f"#{word} 다음에 키와 제목이 필요합니다")
                if word == "annex":
                    current = Section(key, name.strip())
                    sections.append(current)
                    article = None
                elif current is None:
                    raise _markup_error(source, line_no, "#preamble 전에 조항이 있습니다")
                else:
                    article = Article(key, name.strip())
                    current.articles.append(article)
            elif word == "table":
                table = Table([])
                blocks().append(table)
            elif word == "signature":
                if current is None:
                    raise _markup_error(source, line_no, "#preamble 전에 서명란이 있습니다")
                current.signature = True
            elif word == "date":
                date_pending = True
            elif word == "endarticle":
                article = None
            else:
                raise _markup_error(source, line_no, f"알 수 없는 지시어 #{word}")
            continue
        if date_pending and current is not None:
            current.date_line, date_pending = line, False
        elif table is not None and line.startswith("|"):
            table.rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif line.startswith("- "):
            if para is None:
                para = Paragraph("")
                blocks().append(para)
            para.items.append(line[2:].strip())
        else:
            para = Paragraph(line)
            blocks().append(para)
    if not sections:
        raise _markup_error(source, 1, "#preamble이 없습니다")
    return ContractDocument(title=title, sections=sections)


def number_articles(doc: ContractDocument) -> None:
    """Number the articles of each section from 1 and resolve ``⟦ref:key⟧`` references.

    Raises:
        TemplateError: a reference names an article that is not in the document.
    """
    numbers: dict[str, int] = {}
    for section in doc.sections:
        for n, article in enumerate(section.articles, start=1):
            article.number = n
            if section.key == "body":
                numbers[article.key] = n
            numbers.setdefault(f"{section.key}.{article.key}", n)

    def resolve(text: str) -> str:
        def sub(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in numbers:
                raise TemplateError(
                    Text(
                        f"계약서가 없는 조항을 가리킵니다: ⟦ref:{key}⟧",
                        f"The contract refers to a missing article: ⟦ref:{key}⟧",
                    )
                )
            return f"제{numbers[key]}조"

        return REF_PATTERN.sub(sub, text)

    for section in doc.sections:
        for block in [*section.intro, *(b for a in section.articles for b in a.blocks)]:
            if isinstance(block, Paragraph):
                block.text = resolve(block.text)
                block.items = [resolve(i) for i in block.items]
            else:
                block.rows = [[resolve(c) for c in row] for row in block.rows]


def paragraph_label(article: Article, index: int) -> str:
    """Return ``①`` for the index-th paragraph, or ``""`` in a one-paragraph article."""
    return circled(index + 1) if len(article.paragraphs) > 1 else ""


def to_plain_text(doc: ContractDocument) -> str:
    """Return the contract as plain text, as the live preview and tests read it."""
    out: list[str] = []
    for section in doc.sections:
        out.append(section.title)
        out.append("")
        out.extend(_blocks_text(section.intro, None))
        for article in section.articles:
            out.append(article.heading)
            out.extend(_blocks_text(article.blocks, article))
            out.append("")
        if section.date_line:
            out.append(section.date_line)
        if section.signature:
            for party in doc.parties:
                out.append(
                    f"[{party.role}] 상호: {party.name}  대표자: {party.representative} (인)"
                )
                out.append(f"  주소: {party.address}  사업자등록번호: {party.biz_reg_no}")
        out.append("")
    return "\n".join(out)


def _blocks_text(blocks: list[Paragraph | Table], article: Article | None) -> list[str]:
    out: list[str] = []
    index = 0
    for block in blocks:
        if isinstance(block, Table):
            out.extend(" | ".join(row) for row in block.rows)
            continue
        label = paragraph_label(article, index) if article else ""
        index += 1
        if block.text:
            out.append(f"{label} {block.text}".strip())
        out.extend(f"  {n}. {item}" for n, item in enumerate(block.items, start=1))
    return out
