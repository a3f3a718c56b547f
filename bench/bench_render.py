"""Time the live-preview path for each example draft: render, HTML preview, and the .docx.

The app calls ``render_document(draft)`` and ``preview.to_html(doc)`` after each edit (debounced),
so that pair is the figure that matters; ``.docx`` is written only on export. Prints the median
and 95th percentile over many runs, after one warm-up render (compiles the Jinja templates once).

    .venv/bin/python bench/bench_render.py [--runs 50]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from subcontract_assist.adapters.docx_renderer import DocxRenderer
from subcontract_assist.core.document.preview import to_html
from subcontract_assist.core.document.rendering import render_document
from subcontract_assist.core.draft.files import load_draft

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Return (median ms, p95 ms) of ``action`` over ``runs`` runs."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    renderer = DocxRenderer()
    print(f"{'example':34} {'render+html ms (med/p95)':>26} {'.docx ms (med/p95)':>20}")
    for path in sorted(EXAMPLES.glob("*.scdraft.json")):
        draft = load_draft(path)
        doc = render_document(draft)  # warm-up: compile templates, read legal numbers
        preview = timed(lambda d=draft: to_html(render_document(d)), args.runs)
        export = timed(
            lambda doc=doc: renderer.build(doc).save(io.BytesIO()), max(5, args.runs // 5)
        )
        print(
            f"{path.name:34} {preview[0]:12.1f} / {preview[1]:6.1f}   "
            f"{export[0]:10.1f} / {export[1]:6.1f}"
        )


if __name__ == "__main__":
    main()
