"""The line markup of the letter templates (``templates/letters/*.j2``), read into blocks.

One block a line, its kind given by a leading tag; a line without a tag is a paragraph::

    #title 하도급계약서 조항 수정 요청      the document's title, centred
    #right 2026년 12월 5일                right-aligned line (date, document number)
    #field 수신 | (주)가나 귀중            a label and its value (a two-column table row)
    #h (1) 제6조(검사) ②                  a bold heading
    #row 요청 문구 | 갑은 …                a table row; consecutive #row/#head lines form a table
    #head 자재 | 기준 가격 | 현재 가격     a shaded header row
    #sign (주)다라산업                     right-aligned signature line
    #gap                                  an empty line
    텍스트                                 a paragraph

Cells are separated by ``|`` (an empty cell is ``| |``); a literal ``|`` inside a cell is
written ``\\|``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("title", "right", "field", "h", "row", "head", "sign", "gap", "p")
_TAG = re.compile(r"^#([a-z]+)(?:\s+(.*))?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True, slots=True)
class Block:
    """One line of a letter: its kind and its cells (one cell for a paragraph)."""

    kind: str
    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.cells)


def _cells(text: str) -> tuple[str, ...]:
    return tuple(cell.replace("\\|", "|").strip() for cell in _CELL_SPLIT.split(text))


def parse_markup(markup: str) -> list[Block]:
    """Return the blocks of ``markup``; blank lines are dropped, unknown tags are paragraphs."""
    blocks = []
    for raw in markup.splitlines():
        line = raw.strip()
        if not line:
            continue
        tag = _TAG.match(line)
        if tag is None or tag.group(1) not in KINDS:
            blocks.append(Block("p", (line,)))
            continue
        kind, rest = tag.group(1), (tag.group(2) or "").strip()
        if kind in ("row", "head", "field"):
            blocks.append(Block(kind, _cells(rest)))
        else:
            blocks.append(Block(kind, (rest,)))
    return blocks
