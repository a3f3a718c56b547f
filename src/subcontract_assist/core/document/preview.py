"""The live preview: the same numbered contract as the .docx, as HTML or plain text.

The UI calls :func:`to_html` after every edit; articles carry ``id="art-<key>"`` and
``<a name="art-<key>">`` (annex articles ``art-<annex>-<key>``) and sections ``id="sec-<key>"``
so the view can scroll the edited part into sight. Every text is escaped; the page carries
its own small stylesheet.

Nothing is substituted silently: a value the renderer wrote instead of the answer (a document
rendered with ``marks``) is highlighted with its reason, and ``○`` blanks left for unanswered
items are highlighted too.
"""

from __future__ import annotations

import re
from html import escape

from subcontract_assist.core.document.structure import (
    Article,
    Block,
    ContractDocument,
    Paragraph,
    Party,
    Section,
    Table,
    item_label,
    labelled_blocks,
    subitem_label,
)
from subcontract_assist.core.document.substitutions import BLANK, MARK, unmark

CSS = """
body { font-family: 'NanumMyeongjo', 'Batang', serif; font-size: 10.5pt; line-height: 1.55;
       margin: 1.5em 2em; color: #111; }
h1 { font-family: 'NanumGothic', 'Malgun Gothic', sans-serif; text-align: center;
     font-size: 16pt; margin: 1.2em 0 0.8em; }
h2 { font-family: 'NanumGothic', 'Malgun Gothic', sans-serif; text-align: center;
     font-size: 11.5pt; margin: 1.2em 0 0.4em; }
h3 { font-family: 'NanumGothic', 'Malgun Gothic', sans-serif; font-size: 10.5pt;
     margin: 0.9em 0 0.2em; }
section + section { border-top: 1px dashed #999; margin-top: 2em; }
p { margin: 0.15em 0; text-align: justify; }
p.para { margin-left: 1.3em; text-indent: -1.3em; }
p.item { margin-left: 2.9em; text-indent: -1.5em; }
p.subitem { margin-left: 4.2em; text-indent: -1.5em; }
p.note { font-size: 9pt; color: #444; }
p.date { text-align: center; margin: 1.2em 0 0.8em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 9.5pt; }
td, th { border: 1px solid #555; padding: 2px 5px; vertical-align: top; }
th { background: #f2f2f2; font-family: 'NanumGothic', 'Malgun Gothic', sans-serif; }
table.plain td { border: none; }
table.sign td { border: none; width: 50%; }
span.sub { background-color: #fff3b0; font-weight: bold; }
span.subnote { color: #8a5a00; font-family: 'NanumGothic', 'Malgun Gothic', sans-serif;
               font-size: 8.5pt; }
span.blank { background-color: #fde2e1; color: #b3261e; }
"""
_BLANK_HTML = re.compile(BLANK.pattern)


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _table_html(table: Table) -> str:
    rows = []
    width = max((len(r) for r in table.rows), default=0)
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row):
            header = (table.kind == "grid" and r == 0) or (table.kind == "form" and c == 0)
            tag = "th" if header else "td"
            span = f' colspan="{width - c}"' if c == len(row) - 1 and len(row) < width else ""
            cells.append(f"<{tag}{span}>{_text(cell)}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="{table.kind}">{"".join(rows)}</table>'


def _paragraph_html(label: str, block: Paragraph) -> list[str]:
    out = []
    if block.text:
        css = "note" if block.note else "para"
        out.append(
            f'<p class="{css}">{escape(label + " " if label else "")}{_text(block.text)}</p>'
        )
    for n, item in enumerate(block.items, start=1):
        out.append(f'<p class="item">{item_label(n)} {_text(item.text)}</p>')
        out.extend(
            f'<p class="subitem">{subitem_label(m)} {_text(s)}</p>'
            for m, s in enumerate(item.subitems, start=1)
        )
    return out


def _blocks_html(blocks: list[Block], article: Article | None) -> list[str]:
    out: list[str] = []
    for label, block in labelled_blocks(blocks, article):
        if isinstance(block, Table):
            out.append(_table_html(block))
        else:
            out.extend(_paragraph_html(label, block))
    return out


def _signature_html(parties: list[Party]) -> str:
    cells = []
    for p in parties:
        lines = [
            f"<b>[{escape(p.role)}]</b>",
            f"상호: {escape(p.name)}",
            f"주소: {escape(p.address)}",
        ]
        if p.phone:
            lines.append(f"전화번호: {escape(p.phone)}")
        lines.append(f"사업자등록번호: {escape(p.biz_reg_no)}")
        lines.append(f"대표자: {escape(p.representative)} {escape(p.seal)}")
        cells.append(f"<td>{'<br>'.join(lines)}</td>")
    return f'<table class="sign"><tr>{"".join(cells)}</tr></table>'


def article_anchor(section: Section, article: Article) -> str:
    """Return the HTML id of an article: ``art-payment`` or ``art-nda-scope`` in an annex."""
    if section.key in ("cover", "body"):
        return f"art-{article.key}"
    return f"art-{section.key}-{article.key}"


def _section_html(doc: ContractDocument, section: Section) -> list[str]:
    out = [f'<section id="sec-{escape(section.key)}">', f"<h1>{_text(section.heading)}</h1>"]
    out.extend(_blocks_html(section.blocks, None))
    for article in section.articles:
        if article.chapter:
            out.append(f"<h2>{_text(article.chapter_heading)}</h2>")
        anchor = article_anchor(section, article)
        # id for browsers, <a name> for Qt's QTextBrowser.scrollToAnchor
        out.append(f'<div class="article" id="{anchor}"><a name="{anchor}"></a>')
        out.append(f"<h3>{_text(article.heading)}</h3>")
        out.extend(_blocks_html(article.blocks, article))
        out.append("</div>")
    out.extend(_blocks_html(section.closing, None))
    if section.date_line:
        out.append(f'<p class="date">{_text(section.date_line)}</p>')
    if section.signers:
        out.append(_signature_html(doc.signers(section)))
    out.append("</section>")
    return out


def _highlight(page: str, doc: ContractDocument) -> str:
    """Mark substituted values (with the reason after them) and ``○`` blanks in ``page``."""
    notes = {s.key: s.note() for s in doc.substitutions}

    def substituted(match: re.Match[str]) -> str:
        note = notes.get(match.group(1), "")
        shown = f'<span class="sub">{match.group(2)}</span>'
        return shown + (f'<span class="subnote"> [{escape(note)}]</span>' if note else "")

    page = MARK.sub(substituted, page)
    return _BLANK_HTML.sub(lambda m: f'<span class="blank">{m.group(0)}</span>', page)


def to_html(doc: ContractDocument) -> str:
    """Return the contract as one HTML page (escaped, with anchors for every article)."""
    body = [line for section in doc.sections for line in _section_html(doc, section)]
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">'
        f"<title>{escape(unmark(doc.title))}</title><style>{CSS}</style></head><body>"
        + _highlight("\n".join(body), doc)
        + "</body></html>"
    )


def _blocks_text(blocks: list[Block], article: Article | None) -> list[str]:
    out: list[str] = []
    for label, block in labelled_blocks(blocks, article):
        if isinstance(block, Table):
            out.extend(" | ".join(cell.replace("\n", " / ") for cell in row) for row in block.rows)
            continue
        if block.text:
            out.append(f"{label} {block.text}".strip())
        for n, item in enumerate(block.items, start=1):
            out.append(f"  {item_label(n)} {item.text}")
            out.extend(f"    {subitem_label(m)} {s}" for m, s in enumerate(item.subitems, start=1))
    return out


def to_plain_text(doc: ContractDocument) -> str:
    """Return the contract as plain text (the preview's text mode, and what tests read)."""
    out: list[str] = []
    for section in doc.sections:
        out.extend([section.heading, ""])
        out.extend(_blocks_text(section.blocks, None))
        for article in section.articles:
            if article.chapter:
                out.extend(["", article.chapter_heading])
            out.append(article.heading)
            out.extend(_blocks_text(article.blocks, article))
        out.extend(_blocks_text(section.closing, None))
        if section.date_line:
            out.extend(["", section.date_line])
        for party in doc.signers(section):
            out.append(
                f"[{party.role}] 상호: {party.name}  대표자: {party.representative} {party.seal}"
            )
            out.append(f"  주소: {party.address}  사업자등록번호: {party.biz_reg_no}")
        out.append("")
    return unmark("\n".join(out))
