"""Accept or reject every tracked change of a .docx in its XML, as Word's "Accept All" does.

Used to check a redline: accepting all must give the fair contract, rejecting all the original.
Only the main document part changes; the other parts are copied as they are.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCUMENT = "word/document.xml"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    assert parent is not None
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def resolve_document_xml(xml: bytes, accept: bool) -> bytes:
    """Return document.xml with every w:ins/w:del accepted (or rejected)."""
    root = etree.fromstring(xml)
    drop, keep = (_q("del"), _q("ins")) if accept else (_q("ins"), _q("del"))
    for element in list(root.iter(drop)):
        if element.getparent() is not None and element.getparent().tag != _q("rPr"):
            element.getparent().remove(element)
    for element in list(root.iter(keep)):
        if element.getparent() is not None and element.getparent().tag != _q("rPr"):
            _unwrap(element)
    if not accept:
        for deleted in list(root.iter(_q("delText"))):
            deleted.tag = _q("t")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def resolve_docx(source: Path, target: Path, *, accept: bool) -> Path:
    """Write ``target``: ``source`` with all tracked changes accepted (or rejected)."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == _DOCUMENT:
                data = resolve_document_xml(data, accept)
            new.writestr(info, data)
    target.write_bytes(out.getvalue())
    return target
