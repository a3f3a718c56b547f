"""Read time per page of one contract in every format: .docx, .hwpx, .hwp, .pdf (and two-column).

    python bench/bench_formats.py [EXAMPLE] [--repeat N]

Renders ``examples/EXAMPLE.scdraft.json`` (default: construction) as .docx and .hwpx, the .hwpx
as .hwp (python-hwpx's writer), the .docx as PDF (LibreOffice, if installed; pages counted from
it), ``--repeat`` times over (a long contract: the body repeated), then prints per format the
read time, the time per page and the body paragraphs recovered against the .docx.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.korean_formats import hwp_bytes, soffice, to_pdf, two_column  # noqa: E402

from subcontract_assist.adapters.docx_renderer import DocxRenderer  # noqa: E402
from subcontract_assist.adapters.hwpx_renderer import HwpxRenderer  # noqa: E402
from subcontract_assist.adapters.readers import read_contract  # noqa: E402
from subcontract_assist.core.document.rendering import render_document  # noqa: E402
from subcontract_assist.core.draft.files import load_draft  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("example", nargs="?", default="construction")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the body N times")
    args = parser.parse_args()
    doc = render_document(load_draft(ROOT / "examples" / f"{args.example}.scdraft.json"))
    body = doc.body
    body.articles = body.articles * args.repeat
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {"docx": folder / "c.docx", "hwpx": folder / "c.hwpx", "hwp": folder / "c.hwp"}
        DocxRenderer().write(doc, files["docx"])
        HwpxRenderer().write(doc, files["hwpx"])
        files["hwp"].write_bytes(hwp_bytes(files["hwpx"]))
        pages = 0
        if soffice():
            import pdfplumber

            files["pdf"] = to_pdf(files["docx"], folder)
            (folder / "cols").mkdir()
            files["pdf 2-col"] = to_pdf(
                two_column(files["docx"], folder / "cols" / "c2.docx"), folder / "cols"
            )
            with pdfplumber.open(files["pdf"]) as pdf:
                pages = len(pdf.pages)
        reference: Counter[str] = Counter()
        print(f"{args.example} x{args.repeat}: {pages or '?'} pages (A4, LibreOffice's layout)")
        print(f"{'format':10} {'read s':>8} {'s/page':>8} {'paragraphs':>11} {'same text':>10}")
        for kind, path in files.items():
            start = time.perf_counter()
            source = read_contract(path)
            seconds = time.perf_counter() - start
            texts = Counter(
                "".join(p.text.split())
                for p in source.paragraphs
                if p.index is not None and p.text.strip()
            )
            reference = reference or texts  # the .docx comes first
            same = (texts & reference).total()
            per_page = f"{seconds / pages:.3f}" if pages else "-"
            print(
                f"{kind:10} {seconds:8.2f} {per_page:>8} {texts.total():11d} "
                f"{same:6d}/{reference.total()}"
            )


if __name__ == "__main__":
    main()
