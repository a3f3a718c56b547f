"""Read a received 한글 contract (.hwpx, and .hwp 5.0 through python-hwpx) into SourceDocument.

python-hwpx opens both formats into the same OWPML model (an .hwp file is converted in memory;
the user's file is never written). The section XML is then walked here, in reading order:

* ``paragraph_index`` means what it means for .docx: the number of a paragraph of the main
  text, from 0, over all sections. A paragraph that only anchors a table (한글 keeps a table
  inside a paragraph; Word puts it between paragraphs) gets no number, so the same contract
  written as .docx and as .hwpx gives the same numbers.
* Table cells are read row by row (``table=(n, row)``, no index), nested tables too. A table of
  one cell holding the articles (a common Korean layout) is read as the body it is.
* Headers and footers, footnotes and endnotes and text boxes are read with their ``origin``;
  memos (한글 메모) are the reader's own notes and are not read.
* Tracked changes: inserted text is read, deleted text (``deleteBegin``…``deleteEnd``) is not,
  and the paragraph is marked ``tracked``.
* Automatic numbering (개요/문단 번호, e.g. ``제^1조``) is rebuilt into ``label``.

Refused with a Korean message naming the file and what to do (exit 2 in the CLI): HWP 3.x and
older, password-protected and distribution (배포용) documents, DRM, broken files.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from subcontract_assist.adapters.container import (
    OLE_MAGIC,
    check_no_dtd,
    check_zip_sizes,
    file_error,
    read_bytes,
)
from subcontract_assist.core.errors import DocumentError
from subcontract_assist.core.received.structure import ARTICLE_RE, SourceDocument, SourceParagraph

_HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
_HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
_HWP3_MAGIC = b"HWP Document File V"  # HWP 1.x–3.x: a plain binary, not a compound file
_SAVE_AS = "한글에서 [다른 이름으로 저장] → 'HWPX 문서(*.hwpx)'로 저장한 뒤 다시 열어 주세요."
_SAVE_AS_EN = "In Hancom Office, use Save As → HWPX document (*.hwpx) and open that file."

#: Controls whose sub-lists are text a reader sees, and the origin they get.
_NOTE_ORIGINS = {
    f"{_HP}header": "header",
    f"{_HP}footer": "footer",
    f"{_HP}footNote": "footnote",
    f"{_HP}endNote": "endnote",
}
_SKIPPED = {f"{_HP}fieldBegin", f"{_HP}memogroup", f"{_HP}secPr", f"{_HP}linesegarray"}


def _refuse(path: Path, code: str) -> DocumentError:
    """Return the error for a .hwp the library refused (``Hwp5Error.code``)."""
    if code == "hwp5-password":
        return file_error(
            path,
            "암호가 걸린 한글 문서입니다. 암호를 해제한 뒤 " + _SAVE_AS,
            "the HWP document is password-protected. Remove the password, then: " + _SAVE_AS_EN,
        )
    if code == "hwp5-distribution":
        return file_error(
            path,
            "배포용(읽기 전용) 한글 문서라 본문이 암호화되어 있습니다. 보낸 쪽에 배포용이 아닌 "
            ".hwp/.hwpx 원본이나 PDF를 요청해 주세요.",
            "this is a distribution (read-only) HWP document; its body is encrypted. Ask the "
            "sender for the editable .hwp/.hwpx or a PDF.",
        )
    if code == "hwp5-drm":
        return file_error(
            path,
            "DRM(문서 보안)이 걸린 한글 문서입니다. 보안을 해제한 원본이나 PDF를 요청해 주세요.",
            "the HWP document is DRM-protected. Ask for an unprotected copy or a PDF.",
        )
    if code == "hwp5-version-unsupported":
        return _old_hwp(path)
    return _damaged(path)


def _old_hwp(path: Path) -> DocumentError:
    return file_error(
        path,
        "예전 한글(HWP 3.0 이하) 형식이라 읽을 수 없습니다. " + _SAVE_AS,
        "this is an old HWP 3.x (or older) document, which cannot be read. " + _SAVE_AS_EN,
    )


def _damaged(path: Path) -> DocumentError:
    return file_error(
        path,
        "손상되었거나 올바르지 않은 한글 문서입니다. 한글에서 열어 " + _SAVE_AS,
        "the HWP/HWPX document is damaged or invalid. Open it in Hancom Office; " + _SAVE_AS_EN,
    )


def _check_hwpx_package(path: Path, data: bytes) -> None:
    """Refuse a zip that is not an HWPX package, is encrypted, or is unsafe to parse."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_sizes(path, archive)
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
            if mimetype != b"application/hwp+zip":
                raise file_error(
                    path,
                    "한글(.hwpx) 문서가 아닙니다.",
                    "this is not a Hancom (.hwpx) document.",
                )
            manifest = (
                archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            )
            if b"encryption-data" in manifest:
                raise file_error(
                    path,
                    "암호가 걸렸거나 배포용으로 저장된 한글 문서입니다. 암호를 해제한 뒤 "
                    + _SAVE_AS,
                    "the HWPX document is encrypted (password or distribution). Remove the "
                    "protection, then: " + _SAVE_AS_EN,
                )
            check_no_dtd(path, archive, (".xml", ".hpf", ".rdf"))
    except DocumentError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _damaged(path) from exc


def open_hwp_document(path: Path) -> tuple[Any, str]:
    """Return the python-hwpx document for ``path`` and its kind (``hwpx`` or ``hwp``).

    Raises:
        DocumentError: not a 한글 document, protected, too old, broken, too large or unsafe.
    """
    data = read_bytes(path)
    if data.startswith(_HWP3_MAGIC):
        raise _old_hwp(path)
    if data.startswith(OLE_MAGIC):
        kind = "hwp"
    elif data.startswith(b"PK"):
        kind = "hwpx"
        _check_hwpx_package(path, data)
    else:
        raise file_error(
            path,
            "한글(.hwp/.hwpx) 문서가 아닙니다.",
            "this is not a Hancom (.hwp/.hwpx) document.",
        )
    from hwpx import HwpxDocument
    from hwpx.errors import HwpxError

    try:
        with warnings.catch_warnings():  # content the model cannot carry is counted, not read
            warnings.simplefilter("ignore")
            return HwpxDocument.open(data), kind
    except HwpxError as exc:
        code = str(getattr(exc, "code", ""))
        if kind == "hwp" and code == "hwp5-not-hwp5":
            raise file_error(
                path,
                "한글 문서가 아닙니다 (예전 Word .doc 등). 원본 프로그램에서 .docx나 .hwpx로 "
                "저장해 주세요.",
                "this is not an HWP document (perhaps an old Word .doc). Save it as .docx or "
                ".hwpx.",
            ) from exc
        raise _refuse(path, code) from exc
    except Exception as exc:  # zipfile, lxml and the converter raise many types on broken input
        raise _damaged(path) from exc


# --- automatic numbering -------------------------------------------------------------------

_CIRCLED = [chr(c) for c in range(0x2460, 0x2474)]
_HANGUL_SYLLABLES = "가나다라마바사아자차카타파하"
_HANGUL_JAMO = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format_number(n: int, fmt: str) -> str:
    """Return ``n`` drawn in an OWPML ``numFormat``."""
    if fmt == "CIRCLED_DIGIT" and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("HANGUL_SYLLABLE", "CIRCLED_HANGUL_SYLLABLE") and 1 <= n <= 14:
        return _HANGUL_SYLLABLES[n - 1]
    if fmt in ("HANGUL_JAMO", "CIRCLED_HANGUL_JAMO") and 1 <= n <= 14:
        return _HANGUL_JAMO[n - 1]
    if fmt in ("LATIN_SMALL", "CIRCLED_LATIN_SMALL") and 1 <= n <= 26:
        return chr(ord("a") + n - 1)
    if fmt in ("LATIN_CAPITAL", "CIRCLED_LATIN_CAPITAL") and 1 <= n <= 26:
        return chr(ord("A") + n - 1)
    if fmt == "ROMAN_SMALL":
        return _roman(n)
    if fmt == "ROMAN_CAPITAL":
        return _roman(n).upper()
    return str(n)


@dataclass(slots=True)
class _Numbering:
    """The automatic numbers of a document: formats from header.xml, counters while reading."""

    heads: dict[tuple[str, int], tuple[str, str, int]] = field(default_factory=dict)
    para_shapes: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    styles: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)
    outline_id: str = "1"

    @classmethod
    def from_header(cls, header: Any) -> _Numbering:
        numbering = cls()
        for num in header.iter(f"{_HH}numbering"):
            for head in num.iter(f"{_HH}paraHead"):
                level = int(head.get("level", "1"))
                numbering.heads[(num.get("id", ""), level)] = (
                    head.text or "",
                    head.get("numFormat", "DIGIT"),
                    int(head.get("start", "1") or 1),
                )
        for pr in header.iter(f"{_HH}paraPr"):
            heading = pr.find(f".//{_HH}heading")
            if heading is not None and heading.get("type") in ("NUMBER", "OUTLINE"):
                numbering.para_shapes[pr.get("id", "")] = (
                    heading.get("type", ""),
                    heading.get("idRef", "0"),
                    int(heading.get("level", "0") or 0),
                )
        for style in header.iter(f"{_HH}style"):
            numbering.styles[style.get("id", "")] = style.get("name", "")
        return numbering

    def label(self, paragraph: Any) -> str:
        """Return the number 한글 draws before ``paragraph`` (``""`` if none) and count it."""
        shape = self.para_shapes.get(paragraph.get("paraPrIDRef", ""))
        if shape is None:
            return ""
        kind, id_ref, level = shape
        list_id = self.outline_id if kind == "OUTLINE" else id_ref
        depth = level + 1  # OWPML levels count from 0, paraHead levels from 1
        if (list_id, depth) not in self.heads:
            return ""
        counts = self.counters.setdefault(list_id, [0] * 11)
        template, _fmt, start = self.heads[(list_id, depth)]
        counts[depth] = counts[depth] + 1 if counts[depth] else start
        for deeper in range(depth + 1, len(counts)):
            counts[deeper] = 0
        out = template
        for lvl in range(depth, 0, -1):
            head = self.heads.get((list_id, lvl))
            value = counts[lvl] or (head[2] if head else 1)
            out = out.replace(f"^{lvl}", _format_number(value, head[1] if head else "DIGIT"))
        return out.strip()


# --- the walk ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Walker:
    """Turns section XML into SourceParagraphs, in reading order."""

    numbering: _Numbering
    out: list[SourceParagraph] = field(default_factory=list)
    index: int = 0
    tables: int = 0
    deleted: bool = False  # inside deleteBegin … deleteEnd (can span runs and paragraphs)
    section: Any = None  # the python-hwpx section being walked

    def add(self, **kwargs: Any) -> None:
        self.out.append(SourceParagraph(position=len(self.out), **kwargs))

    def text_of(self, p: Any) -> tuple[str, bool, list[tuple[Any, str]]]:
        """Return the paragraph's own text, whether it has tracked changes, and its controls."""
        parts: list[str] = []
        tracked = False
        controls: list[tuple[Any, str]] = []
        for run in p.iterchildren(f"{_HP}run"):
            for child in run.iterchildren():
                tag = child.tag
                if tag == f"{_HP}t":
                    tracked |= self._t_text(child, parts)
                elif tag == f"{_HP}tbl":
                    controls.append((child, "table"))
                elif tag == f"{_HP}ctrl":
                    for ctrl in child.iterchildren():
                        origin = _NOTE_ORIGINS.get(ctrl.tag)
                        if origin:
                            controls.append((ctrl, origin))
                elif tag not in _SKIPPED:  # shapes: a rect, ellipse … with a text box
                    for draw_text in child.iter(f"{_HP}drawText"):
                        controls.append((draw_text, "textbox"))
        return "".join(parts), tracked, controls

    def _t_text(self, t: Any, parts: list[str]) -> bool:
        tracked = False
        if t.text and not self.deleted:
            parts.append(t.text)
        for child in t.iterchildren():
            name = str(child.tag).rpartition("}")[2]
            if name == "deleteBegin":
                self.deleted, tracked = True, True
            elif name == "deleteEnd":
                self.deleted = False
            elif name in ("insertBegin", "insertEnd"):
                tracked = True
            elif not self.deleted:
                if name == "tab":
                    parts.append("\t")
                elif name == "lineBreak":
                    parts.append("\n")
                elif name in ("nbSpace", "fwSpace"):
                    parts.append(" ")
                elif name == "hyphen":
                    parts.append("-")
            if child.tail and not self.deleted:
                parts.append(child.tail)
        return tracked

    def style(self, p: Any) -> str:
        return self.numbering.styles.get(p.get("styleIDRef", ""), "")

    def paragraphs(
        self, container: Any, *, body: bool, origin: str, table: tuple[int, int] | None
    ) -> None:
        for p in container.iterchildren(f"{_HP}p"):
            self.paragraph(p, body=body, origin=origin, table=table)

    def paragraph(self, p: Any, *, body: bool, origin: str, table: tuple[int, int] | None) -> None:
        label = self.numbering.label(p) if origin == "body" else ""
        text, tracked, controls = self.text_of(p)
        anchor_only = not text.strip() and not label and any(k == "table" for _, k in controls)
        if not anchor_only:
            index = None
            if body:
                index, self.index = self.index, self.index + 1
            self.add(
                index=index,
                text=text,
                label=label,
                style=self.style(p),
                table=table,
                origin=origin,
                tracked=tracked,
            )
        for control, kind in controls:
            if kind == "table":
                self.table(control, origin)
            else:
                for sub in control.iter(f"{_HP}subList"):
                    self.paragraphs(
                        sub, body=False, origin=origin if origin != "body" else kind, table=None
                    )
                    break

    def table(self, tbl: Any, origin: str) -> None:
        cells = list(tbl.iter(f"{_HP}tc"))
        if len(cells) == 1 and origin == "body" and _holds_articles(cells[0]):
            for sub in cells[0].iterchildren(f"{_HP}subList"):  # a layout table: the body
                self.paragraphs(sub, body=False, origin=origin, table=None)
            return
        number = self.tables
        self.tables += 1
        for row_no, tr in enumerate(tbl.iterchildren(f"{_HP}tr")):
            for tc in tr.iterchildren(f"{_HP}tc"):
                for sub in tc.iterchildren(f"{_HP}subList"):
                    self.paragraphs(sub, body=False, origin=origin, table=(number, row_no))


def _holds_articles(cell: Any) -> bool:
    """A cell that holds two or more 제N조 headings is a page laid out as a table."""
    count = 0
    for t in cell.iter(f"{_HP}t"):
        if t.text and ARTICLE_RE.match(t.text):
            count += 1
            if count >= 2:
                return True
    return False


def iter_section_roots(document: Any) -> Iterator[Any]:
    """Yield the ``hs:sec`` root element of each section, in order."""
    for section in document.sections:
        yield section.element


_W = TypeVar("_W", bound=_Walker)


def walk_document(document: Any, make: Callable[[_Numbering], _W]) -> _W:
    """Walk every section's body in reading order with a walker ``make`` builds; return it.

    The reader and the memo writer (:mod:`hwpx_annotator`) walk the same way, so a reading-order
    position names the same paragraph in both.
    """
    header = document.oxml.headers[0].element if document.oxml.headers else None
    numbering = _Numbering.from_header(header) if header is not None else _Numbering()
    walker = make(numbering)
    for section, root in zip(document.oxml.sections, iter_section_roots(document), strict=True):
        sec_pr = root.find(f".//{_HP}secPr")
        if sec_pr is not None:
            numbering.outline_id = sec_pr.get("outlineShapeIDRef", "1") or "1"
        walker.section = section
        walker.paragraphs(root, body=True, origin="body", table=None)
    return walker


def read_hwp(path: Path) -> SourceDocument:
    """Return the paragraphs of a .hwpx or .hwp contract in reading order."""
    document, kind = open_hwp_document(path)
    try:
        walker = walk_document(document, _Walker)
    except DocumentError:
        raise
    except Exception as exc:  # a converted .hwp can hold structures the walk cannot follow
        raise _damaged(path) from exc
    finally:
        document.close()
    return SourceDocument(path.name, kind, tuple(walker.out))
