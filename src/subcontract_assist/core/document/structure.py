"""The contract as a structure: template markup → numbered articles, resolved references.

Templates (``templates/*.j2``) emit a small line-based markup; the renderer, not the template,
numbers 제N장, 제N조, ①②③, 호 (1. 2.) and 목 (가. 나.), numbers the annexes (별지 제N호) and
resolves cross-references, so an article left out never leaves a gap or a dangling reference.

Markup (one directive per line; other lines are text):
    ``#title 제목`` document title · ``#cover [제목]`` cover page · ``#body 제목`` the general
    terms · ``#chapter 제목`` 장 heading (dropped when no article follows) ·
    ``#article key 제목`` · ``#closing`` text after the last article · ``#annex key 제목`` ·
    ``#table [grid|form|plain] [widths…]`` then ``| a | b |`` rows · ``#date`` then the date line ·
    ``#signature [principal] [subcontractor]`` · ``- text`` 호 · ``-- text`` 목 ·
    ``※ text`` an unnumbered note · any other line is a 항; a blank line ends a list.

Inline: ``⟦ref:key⟧`` → 제N조 and ``⟦ref:key#para⟧`` → 제N조제M항 (inside that article
itself: 제M항 / 이 조; ``annex.key`` names an annex article; ``~을`` appends the particle in
the form the number takes: 제3조를, 제3조제2항을); ``⟦annex:key⟧`` → 별지 제N호;
``⟦para:key⟧`` at the start of a 항 names it; ``⟦br⟧`` is a line break.
Values from the draft are escaped by :func:`escape_value` so they can never form markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.koreanformat import circled, hangul_item, josa
from subcontract_assist.core.text import Text

if TYPE_CHECKING:
    from subcontract_assist.core.document.substitutions import Substitution

REF_PATTERN = re.compile(
    r"⟦(ref|annex):([a-z0-9_]+(?:\.[a-z0-9_]+)?)(?:#([a-z0-9_]+))?(?:~([가-힣]+))?⟧"
)
_PARA_KEY = re.compile(r"^⟦para:([a-z0-9_]+)⟧\s*")
_KEY = re.compile(r"^[a-z0-9_]+$")
# Markup characters in draft values are swapped for private-use code points while the markup is
# parsed, then swapped back; a newline in a value becomes a space.
_ESCAPES: dict[str, str | int | None] = {"\n": "\ue000", "#": "\ue001", "|": "\ue002"}
_ESCAPES.update({"-": "\ue003", "⟦": "\ue004", "⟧": "\ue005", "※": "\ue006"})
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_UNESCAPE_TABLE = str.maketrans({str(v): (" " if k == "\n" else k) for k, v in _ESCAPES.items()})
# XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/U+FFFF; our private-use
# range would be mistaken for escapes.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ue000-\ue00f\ufffe\uffff]")
NEWLINE = "\ue000"
LINE_BREAK = "⟦br⟧"  # a line break inside a table cell or paragraph, written by templates


def escape_value(value: str) -> str:
    """Return a draft value made safe for the markup: no controls, no markup characters."""
    value = _UNSAFE.sub("", value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return value.translate(_ESCAPE_TABLE)


def unescape(text: str) -> str:
    """Return the text a reader sees for escaped markup text."""
    return text.translate(_UNESCAPE_TABLE)


@dataclass(slots=True)
class Item:
    """A 호 (1. 2. …) with its 목 (가. 나. …)."""

    text: str
    subitems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    """A 항 (``note``: an unnumbered ※ remark) with its 호 items."""

    text: str
    items: list[Item] = field(default_factory=list)
    key: str = ""
    note: bool = False


@dataclass(slots=True)
class Table:
    """A table; ``grid`` has a header row, ``form`` a label column, ``plain`` no borders."""

    rows: list[list[str]]
    kind: str = "grid"
    widths: list[int] = field(default_factory=list)


Block = Paragraph | Table


@dataclass(slots=True)
class Article:
    """A 제N조(제목); ``number`` and ``chapter_number`` are set by :func:`number_document`."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    number: int = 0
    chapter: str = ""
    chapter_number: int = 0

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Return the numbered paragraphs (항), notes excluded."""
        return [b for b in self.blocks if isinstance(b, Paragraph) and not b.note]

    @property
    def heading(self) -> str:
        return f"제{self.number}조({self.title})"

    @property
    def chapter_heading(self) -> str:
        return f"제{self.chapter_number}장 {self.chapter}" if self.chapter else ""


@dataclass(slots=True)
class Party:
    """One signature block."""

    key: str  # principal / subcontractor
    role: str  # 원사업자 / 수급사업자
    name: str
    representative: str
    address: str
    biz_reg_no: str
    phone: str = ""
    seal: str = "(인)"


@dataclass(slots=True)
class Section:
    """The cover, the body or an annex (별지): leading blocks, articles, closing blocks."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)
    date_line: str = ""
    number: int = 0  # 별지 제N호; 0 for the cover and the body

    @property
    def is_annex(self) -> bool:
        return self.number > 0

    @property
    def heading(self) -> str:
        return f"[별지 제{self.number}호] {self.title}" if self.number else self.title


@dataclass(slots=True)
class ContractDocument:
    """The whole rendered contract: cover, body, annexes and the parties who sign."""

    title: str
    sections: list[Section]
    parties: list[Party] = field(default_factory=list)
    #: values written instead of the answers (rendered with marks: the preview, the checklist)
    substitutions: list[Substitution] = field(default_factory=list)

    @property
    def body(self) -> Section:
        return next(s for s in self.sections if s.key == "body")

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def all_articles(self) -> list[Article]:
        return [a for s in self.sections for a in s.articles]

    def signers(self, section: Section) -> list[Party]:
        return [p for p in self.parties if p.key in section.signers]


def markup_error(source: str, line_no: int, message: str) -> TemplateError:
    """Return the error for malformed markup, naming the template and the line."""
    return TemplateError(
        Text(
            f"계약서 템플릿 {source}의 출력 {line_no}행 구조가 잘못되었습니다: {message}",
            f"Contract template {source}, output line {line_no}, is malformed: {message}",
        )
    )


class _Parser:
    """Line-by-line state machine over the markup."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.title = ""
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.article: Article | None = None
        self.in_closing = False
        self.chapter = ""
        self.para: Paragraph | None = None
        self.table: Table | None = None
        self.date_pending = False
        self.line_no = 0

    def fail(self, message: str) -> TemplateError:
        return markup_error(self.source, self.line_no, message)

    def blocks(self) -> list[Block]:
        if self.article is not None:
            return self.article.blocks
        if self.section is None:
            raise self.fail("#cover·#body·#annex 전에 내용이 있습니다")
        return self.section.closing if self.in_closing else self.section.blocks

    def start_section(self, key: str, title: str) -> None:
        if any(s.key == key for s in self.sections):
            raise self.fail(f"같은 키의 부분이 두 번 있습니다: {key}")
        self.section = Section(key, title)
        self.sections.append(self.section)
        self.article, self.in_closing, self.chapter = None, False, ""

    def directive(self, word: str, rest: str) -> None:
        self.para, self.table = None, None
        if word == "title":
            self.title = rest
        elif word == "cover":
            self.start_section("cover", rest or self.title)
        elif word in ("body", "annex"):
            key, _, name = rest.partition(" ") if word == "annex" else ("body", "", rest)
            if not _KEY.match(key) or not name.strip():
                raise self.fail(f"#{word} 다음에 키와 제목이 필요합니다")
            self.start_section(key, name.strip())
        elif word == "chapter":
            self.chapter = rest
        elif word == "article":
            self.start_article(rest)
        elif word in ("closing", "endarticle"):
            self.article, self.in_closing = None, True
        elif word == "table":
            self.start_table(rest.split())
        elif word == "signature":
            if self.section is None:
                raise self.fail("서명란이 부분 밖에 있습니다")
            self.section.signers = rest.split() or ["principal", "subcontractor"]
        elif word == "date":
            self.date_pending = True
        else:
            raise self.fail(f"알 수 없는 지시어 #{word}")

    def start_article(self, rest: str) -> None:
        key, _, name = rest.partition(" ")
        if not _KEY.match(key) or not name.strip():
            raise self.fail("#article 다음에 키와 제목이 필요합니다")
        if self.section is None:
            raise self.fail("조항이 부분 밖에 있습니다")
        if any(a.key == key for a in self.section.articles):
            raise self.fail(f"같은 키의 조항이 두 번 있습니다: {key}")
        self.article = Article(key, name.strip(), chapter=self.chapter)
        self.chapter, self.in_closing = "", False
        self.section.articles.append(self.article)

    def start_table(self, words: list[str]) -> None:
        kind = words[0] if words and not words[0].isdigit() else "grid"
        if kind not in ("grid", "form", "plain"):
            raise self.fail(f"알 수 없는 표 종류 {kind}")
        widths = [int(w) for w in words if w.isdigit()]
        self.table = Table([], kind, widths)
        self.blocks().append(self.table)

    def text_line(self, line: str) -> None:
        if self.date_pending:
            if self.section is None:
                raise self.fail("날짜가 부분 밖에 있습니다")
            self.section.date_line, self.date_pending = line, False
        elif self.table is not None and line.startswith("|"):
            self.table.rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif line.startswith("-- "):
            if self.para is None or not self.para.items:
                raise self.fail("목(-- )은 호(- ) 다음에만 올 수 있습니다")
            self.para.items[-1].subitems.append(line[3:].strip())
        elif line.startswith("- "):
            if self.para is None:
                self.para = Paragraph("")
                self.blocks().append(self.para)
            self.para.items.append(Item(line[2:].strip()))
        else:
            match = _PARA_KEY.match(line)
            key = match.group(1) if match else ""
            text = line[match.end() :] if match else line
            self.para = Paragraph(text, key=key, note=text.startswith("※"))
            self.table = None
            self.blocks().append(self.para)

    def feed(self, text: str) -> ContractDocument:
        for self.line_no, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line:
                self.para, self.table = None, None
            elif line.startswith("#"):
                word, _, rest = line[1:].partition(" ")
                self.directive(word, rest.strip())
            else:
                self.text_line(line)
        if not any(s.key == "body" for s in self.sections):
            raise self.fail("#body가 없습니다")
        return ContractDocument(title=unescape(self.title), sections=self.sections)


def parse_markup(text: str, source: str = "template") -> ContractDocument:
    """Return the document structure of rendered template markup (not yet numbered)."""
    return _Parser(source).feed(text)


class _Resolver:
    """Numbers of articles, paragraphs and annexes, and the text of a reference to them."""

    def __init__(self, doc: ContractDocument) -> None:
        self.annexes: dict[str, int] = {}
        self.articles: dict[str, dict[str, Article]] = {}
        annex_no = chapter_no = 0
        for section in doc.sections:
            if section.key not in ("cover", "body"):
                annex_no += 1
                section.number = annex_no
                self.annexes[section.key] = annex_no
            self.articles[section.key] = {}
            for n, article in enumerate(section.articles, start=1):
                article.number = n
                if article.chapter:
                    chapter_no += 1
                    article.chapter_number = chapter_no
                self.articles[section.key][article.key] = article

    def find(self, scope: str, key: str) -> Article | None:
        section, _, name = key.rpartition(".")
        if section:
            return self.articles.get(section, {}).get(name)
        return self.articles[scope].get(key) or self.articles.get("body", {}).get(key)

    def text(self, scope: str, match: re.Match[str], here: Article | None) -> str:
        """Return the reference text, with its particle (``~을``) in the right form."""
        particle = match.group(4)
        text = self.target(scope, match, here)
        return josa(text, particle) if particle else text

    def target(self, scope: str, match: re.Match[str], here: Article | None) -> str:
        """Return 제N조, 제N조제M항, or 제M항 / 이 조 inside the article itself (법령 style)."""
        kind, key, para, _ = match.groups()
        if kind == "annex":
            if key not in self.annexes:
                raise _dangling(match.group(0))
            return f"별지 제{self.annexes[key]}호"
        article = self.find(scope, key)
        if article is None:
            raise _dangling(match.group(0))
        own = article is here
        if not para:
            return "이 조" if own else f"제{article.number}조"
        numbered = article.paragraphs
        index = next((i for i, p in enumerate(numbered) if p.key == para), None)
        if index is None:
            raise _dangling(match.group(0))
        if len(numbered) < 2:  # a one-paragraph article has no 항 numbers
            return "이 조" if own else f"제{article.number}조"
        return f"제{index + 1}항" if own else f"제{article.number}조제{index + 1}항"


def _dangling(ref: str) -> TemplateError:
    return TemplateError(
        Text(
            f"계약서가 없는 조항·별지를 가리킵니다: {ref}",
            f"The contract refers to a missing article or annex: {ref}",
        )
    )


def number_document(doc: ContractDocument) -> None:
    """Number chapters, articles and annexes, resolve references, unescape draft values.

    Raises:
        TemplateError: a reference names an article, paragraph or annex not in the document.
    """
    resolver = _Resolver(doc)

    for section in doc.sections:
        scope = section.key

        def fix(text: str, here: Article | None = None) -> str:
            text = REF_PATTERN.sub(lambda m: resolver.text(scope, m, here), text)  # noqa: B023
            return unescape(text.replace(LINE_BREAK, "\n"))

        section.title, section.date_line = fix(section.title), fix(section.date_line)
        _fix_blocks([*section.blocks, *section.closing], fix, None)
        for article in section.articles:
            article.title, article.chapter = fix(article.title), fix(article.chapter)
            _fix_blocks(article.blocks, fix, article)


def _fix_blocks(
    blocks: list[Block], fix: Callable[[str, Article | None], str], here: Article | None
) -> None:
    for block in blocks:
        if isinstance(block, Table):
            block.rows = [[fix(c, here) for c in row] for row in block.rows]
            continue
        block.text = fix(block.text, here)
        for item in block.items:
            item.text = fix(item.text, here)
            item.subitems = [fix(s, here) for s in item.subitems]


def iter_blocks(section: Section) -> list[Block]:
    """Return every block of a section in reading order."""
    return [*section.blocks, *(b for a in section.articles for b in a.blocks), *section.closing]


def paragraph_label(article: Article | None, block: Paragraph, index: int) -> str:
    """Return ``①`` for the index-th numbered 항, or ``""`` (one-paragraph article, note)."""
    if article is None or block.note or len(article.paragraphs) < 2:
        return ""
    return circled(index + 1)


def labelled_blocks(blocks: list[Block], article: Article | None) -> list[tuple[str, Block]]:
    """Return each block with its 항 label (① … or ``""``)."""
    out: list[tuple[str, Block]] = []
    index = 0
    for block in blocks:
        if isinstance(block, Paragraph) and not block.note:
            out.append((paragraph_label(article, block, index), block))
            index += 1
        else:
            out.append(("", block))
    return out


def item_label(n: int) -> str:
    """Return the 호 label ``1.``."""
    return f"{n}."


def subitem_label(n: int) -> str:
    """Return the 목 label ``가.``."""
    return f"{hangul_item(n)}."
