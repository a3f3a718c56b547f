"""Rebuild ``templates/reference.docx``: the styles every rendered contract takes.

A firm can open the file in Word, change the styles (fonts, sizes, spacing, the footer) and save
it; the renderer uses whatever styles it finds by name. This script makes our default one, byte
for byte the same on every run (fixed zip timestamps and document properties).

Run: ``python tools/make_reference_docx.py [OUT]``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SERIF = "NanumMyeongjo"  # body text, as 바탕/명조 in printed Korean contracts
SANS = "NanumGothic"  # headings and tables
# Word on Windows rarely has the Nanum fonts; the font table tells it what to substitute.
FALLBACKS = {SERIF: ("Batang", "roman"), SANS: ("Malgun Gothic", "swiss")}
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

# name: (base, font, size pt, bold, alignment, left indent pt, first-line indent pt,
#        space before pt, space after pt)
PARAGRAPH_STYLES: dict[str, tuple[str, str, float, bool, str, float, float, float, float]] = {
    "Normal": ("", SERIF, 10.5, False, "justify", 0, 0, 0, 3),
    "Title": ("Normal", SANS, 18, True, "center", 0, 0, 0, 14),
    "Heading 1": ("Normal", SANS, 11.5, True, "center", 0, 0, 14, 6),
    "Heading 2": ("Normal", SANS, 10.5, True, "left", 0, 0, 9, 3),
    "Contract Paragraph": ("Normal", SERIF, 10.5, False, "justify", 14, -14, 0, 3),
    "Contract Text": ("Normal", SERIF, 10.5, False, "justify", 0, 0, 0, 3),
    "Contract Item": ("Normal", SERIF, 10.5, False, "justify", 30, -14, 0, 2),
    "Contract Subitem": ("Normal", SERIF, 10.5, False, "justify", 44, -14, 0, 2),
    "Contract Note": ("Normal", SERIF, 9, False, "left", 0, 0, 2, 4),
    "Table Text": ("Normal", SERIF, 9, False, "left", 0, 0, 0, 0),
    "Table Header": ("Normal", SANS, 9, True, "center", 0, 0, 0, 0),
    "Date Line": ("Normal", SERIF, 11, False, "center", 0, 0, 10, 8),
    "Signature": ("Normal", SERIF, 10.5, False, "left", 0, 0, 0, 2),
    "Header": ("Normal", SANS, 8, False, "right", 0, 0, 0, 0),
    "Footer": ("Normal", SANS, 9, False, "center", 0, 0, 0, 0),
}
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def set_fonts(style: BaseStyle, font: str) -> None:
    """Name ``font`` for Latin and East Asian text and drop theme fonts, which would win."""
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)


def define_style(doc: DocxDocument, name: str) -> None:
    """Create or reset one paragraph style from ``PARAGRAPH_STYLES``."""
    base, font, size, bold, align, left, first, before, after = PARAGRAPH_STYLES[name]
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    if base:
        style.base_style = doc.styles[base]
    set_fonts(style, font)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.left_indent, fmt.first_line_indent = Pt(left), Pt(first)
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = 1.3 if name not in ("Table Text", "Table Header") else 1.15
    if name == "Normal":  # LibreOffice reads this from the style, not from docDefaults
        no_auto_space(style.element.get_or_add_pPr())
    if name.startswith("Heading") or name == "Title":
        fmt.keep_with_next = True
        borders = style.element.pPr.find(qn("w:pBdr"))  # Title has a rule under it
        if borders is not None:
            style.element.pPr.remove(borders)


_AFTER_AUTOSPACE = ("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:jc")


def no_auto_space(ppr: Any) -> None:
    """Turn off the automatic gap between Hangul and Latin/digits: 제1조, not 제 1 조."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "0")
        following = [ppr.find(qn(t)) for t in _AFTER_AUTOSPACE]
        anchor = next((f for f in following if f is not None), None)
        if anchor is None:
            ppr.append(element)
        else:
            anchor.addprevious(element)


def set_defaults(doc: DocxDocument) -> None:
    """Document defaults: Korean language for East Asian text, our fonts, no theme fonts."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), SERIF)
    # 제1조, not 제 1 조: no automatic space between Hangul and Latin letters or digits.
    no_auto_space(defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "ko-KR")
    lang.set(qn("w:eastAsia"), "ko-KR")


def add_font_table_fallbacks(doc: DocxDocument) -> None:
    """List the Nanum fonts with a Hangul charset and a Windows alternative name."""
    part = next(p for p in doc.part.package.parts if p.partname.endswith("fontTable.xml"))
    root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
    for name, (alt, family) in FALLBACKS.items():
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        for tag, value in (
            ("w:altName", alt),
            ("w:charset", "81"),  # HANGUL_CHARSET
            ("w:family", family),
            ("w:pitch", "variable"),
        ):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            font.append(child)
        root.append(font)
    if not hasattr(part, "element"):  # a plain Part keeps bytes, not a tree
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_page_footer(doc: DocxDocument) -> None:
    """Footer ``- PAGE / NUMPAGES -`` (fields Word and LibreOffice update on their own)."""
    para = doc.sections[0].footer.paragraphs[0]
    para.style = doc.styles["Footer"]
    para.add_run("- ")
    add_field(para, "PAGE")
    para.add_run(" / ")
    add_field(para, "NUMPAGES")
    para.add_run(" -")


def add_field(para: object, code: str) -> None:
    """Append a complex field (begin, instruction, separate, placeholder, end)."""
    for kind, text in (("begin", ""), ("", f" {code} "), ("separate", ""), ("", "1"), ("end", "")):
        run = para.add_run()  # type: ignore[attr-defined]
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == "1":
            run.text = text
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)


def build() -> DocxDocument:
    """Return the reference document: A4, our styles, footer, no body text."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    set_defaults(doc)
    for name in PARAGRAPH_STYLES:
        define_style(doc, name)
    set_fonts(doc.styles["Table Grid"], SERIF)
    add_font_table_fallbacks(doc)
    add_page_footer(doc)
    props = doc.core_properties
    props.author = props.last_modified_by = "Subcontract Assist"
    props.title = "하도급계약서 스타일 (reference)"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def deterministic_bytes(doc: DocxDocument) -> bytes:
    """Return the .docx bytes with fixed zip timestamps, so rebuilding changes nothing."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "templates" / "reference.docx"
    target.write_bytes(deterministic_bytes(build()))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
