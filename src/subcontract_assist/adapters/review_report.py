"""Write the short review report of a received contract as .docx: findings by severity, gaps.

Same page conventions as the contract renderer (A4, Korean east-asian font, page numbers).
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table

from subcontract_assist.adapters.docx_renderer import KOREAN_FONT, clean
from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.findings import Severity, cited
from subcontract_assist.core.received.review import ContractReview, ParagraphFinding
from subcontract_assist.core.text import Lang, Text

_EXCERPT = 160
_MISSING_WIDTHS = (Mm(16), Mm(30), Mm(72), Mm(48))  # 166 mm: A4 less 22 mm margins
_SUMMARY_WIDTHS = (Mm(45), Mm(121))
_TYPE_NAMES = {
    "manufacturing": Text("제조위탁", "manufacturing"),
    "repair": Text("수리위탁", "repair"),
    "construction": Text("건설위탁", "construction"),
    "service_info": Text("용역위탁(지식·정보성과물)", "information service"),
    "service_labor": Text("용역위탁(역무)", "labour service"),
}
_DISCLAIMER = Text(
    "이 보고서는 계약서 문구를 자동으로 검토한 결과이며 법률 자문이 아닙니다. 중요한 판단은 "
    "전문가와 상의하세요. 하도급법은 계약서에 적혀 있지 않아도 적용됩니다.",
    "This report is an automatic review of the contract wording, not legal advice. Consult a "
    "professional for important decisions. The Act applies even where the contract is silent.",
)


def _t(lang: Lang, ko: str, en: str) -> str:
    return en if lang == "en" else ko


def _new_document() -> DocxDocument:
    doc = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = doc.styles[style_name]
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), KOREAN_FONT)
    doc.styles["Normal"].font.size = Pt(10)
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
    return doc


def _set_widths(table: Table, widths: tuple[Length, ...]) -> None:
    # Word reads the cell widths, LibreOffice the grid: set both.
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _type_line(review: ContractReview, lang: Lang) -> str:
    guess = review.transaction
    if guess.type is None:
        return _t(lang, "알 수 없음 (선택 필요)", "unknown (please choose)")
    name = _TYPE_NAMES[guess.type.value].get(lang)
    if guess.needs_user:
        return _t(lang, f"{name}(추정, 확인 필요)", f"{name} (guess, please confirm)")
    return name


def _summary(doc: DocxDocument, review: ContractReview, name: str, lang: Lang) -> None:
    counts = {s: sum(f.finding.severity is s for f in review.findings) for s in Severity}
    rows = (
        (_t(lang, "검토 대상", "Contract"), name),
        (_t(lang, "거래 유형", "Transaction type"), _type_line(review, lang)),
        (_t(lang, "검토한 문단", "Paragraphs reviewed"), str(review.reviewed)),
        *((s.label.get(lang), str(counts[s])) for s in Severity),
        (_t(lang, "빠진 사항", "Missing items"), str(len(review.missing))),
    )
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (key, value) in enumerate(rows):
        table.cell(r, 0).text = clean(key)
        table.cell(r, 1).text = clean(value)
    _set_widths(table, _SUMMARY_WIDTHS)
    for note in review.notes:
        doc.add_paragraph(clean(note.get(lang)))


def _finding_block(doc: DocxDocument, item: ParagraphFinding, lang: Lang) -> None:
    f = item.finding
    where = item.paragraph.location or _t(lang, "머리말", "preamble")
    source = _t(lang, "규칙", "rule") if f.source.value == "rule" else _t(lang, "모델", "model")
    head = doc.add_paragraph()
    head.paragraph_format.space_before = Pt(8)
    head.add_run(clean(f"{where} · {cited(f.article)}")).bold = True
    head.add_run(clean(f"  ({f.rule}, {source})"))
    excerpt = item.text if len(item.text) <= _EXCERPT else item.text[:_EXCERPT] + "…"
    quote = doc.add_paragraph()
    quote.paragraph_format.left_indent = Mm(6)
    quote.add_run(clean(f"“{excerpt}”")).italic = True
    doc.add_paragraph(clean(f.message.get(lang)))
    if f.suggestion:
        fair = doc.add_paragraph()
        fair.add_run(_t(lang, "권고 문구: ", "Fair wording: ")).bold = True
        fair.add_run(clean(f.suggestion))


def _missing_table(doc: DocxDocument, review: ContractReview, lang: Lang) -> None:
    doc.add_heading(_t(lang, "빠진 사항", "Missing items"), level=1)
    if not review.missing:
        doc.add_paragraph(_t(lang, "빠진 사항이 없습니다.", "Nothing is missing."))
        return
    header = (
        _t(lang, "구분", "Severity"),
        _t(lang, "근거", "Article"),
        _t(lang, "내용", "What"),
        _t(lang, "권고 문구", "Wording to add"),
    )
    table = doc.add_table(rows=1 + len(review.missing), cols=4)
    table.style = "Table Grid"
    for c, text in enumerate(header):
        table.cell(0, c).paragraphs[0].add_run(text).bold = True
    for r, item in enumerate(review.missing, start=1):
        values = (
            item.severity.label.get(lang),
            item.article,
            item.message.get(lang),
            item.suggestion,
        )
        for c, text in enumerate(values):
            table.cell(r, c).text = clean(text)
    _set_widths(table, _MISSING_WIDTHS)


def build_report(review: ContractReview, name: str, lang: Lang = "ko") -> DocxDocument:
    """Return the report document for ``review`` of the contract file ``name``."""
    doc = _new_document()
    title = doc.add_paragraph(_t(lang, "계약서 검토 보고서", "Contract review report"), "Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _summary(doc, review, name, lang)
    for severity in Severity:
        items = [f for f in review.findings if f.finding.severity is severity]
        if not items:
            continue
        doc.add_heading(f"{severity.label.get(lang)} ({len(items)})", level=1)
        for item in sorted(items, key=lambda f: f.paragraph.source.position):
            _finding_block(doc, item, lang)
    if not review.findings:
        doc.add_paragraph(_t(lang, "문제 문구를 찾지 못했습니다.", "No problem wording was found."))
    _missing_table(doc, review, lang)
    doc.add_paragraph().add_run(clean(_DISCLAIMER.get(lang))).italic = True
    return doc


def write_report(review: ContractReview, name: str, path: Path, lang: Lang = "ko") -> None:
    """Write the report to ``path`` atomically.

    Raises:
        RenderError: the file cannot be written.
    """
    buffer = io.BytesIO()
    build_report(review, name, lang).save(buffer)
    try:
        atomic_write_bytes(path, buffer.getvalue(), keep_backup=False)
    except OSError as exc:
        raise RenderError(
            Text(
                f"검토 보고서를 저장할 수 없습니다: {path} ({exc.strerror})",
                f"Cannot write the review report: {path} ({exc.strerror})",
            )
        ) from exc
