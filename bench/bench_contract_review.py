"""A whole received contract: where the time goes, and the model's share against raw llama.cpp.

Usage::

    .venv/bin/python bench/bench_contract_review.py [CONTRACT ...] [--rounds 3]
        [--large-rounds 1] [--pages 100] [--no-large] [--sweep 64,128,256,512]
        [--recall ../shared/eval/contracts/dev-manufacturing.json]

Without a contract it builds two from the project's own example drafts (``examples/``), rendered
by the app's .docx renderer: a ~600-paragraph contract in the style of a standard form (cover
table, 일반조건 with 항 and 호, definitions, notes quoting the law, signature blocks; the
construction example followed by the conditions of the others as 특수조건) and a ~100-page one
(the conditions repeated, articles renumbered). Any .docx/.hwpx/.hwp/.pdf/.txt contract can be
given instead.

Each round reviews every contract as the app does (``ContractReviewer`` over ``LlamaReviewer``,
default settings) and then runs raw llama.cpp on exactly the token sequences the app decoded,
grouped into the same batches, through the C API (``llama_batch_init`` / ``llama_decode`` /
``llama_get_logits_ith``) on the same context (threads, batch size, adapter): nothing else.
Rounds are interleaved (app, raw, app, raw …) so that load from other processes hits both sides
alike. Printed per contract (medians): read + structure time, rules time, time to the first
finding and to the first model finding (from the end of reading), the model time (the end of the
rules pass to the last model result), units sent to the model and skipped (by reason), prompt
tokens, raw llama.cpp time for the same tokens, the ratio app / raw, and the peak resident
memory of the process. ``--sweep`` also times raw llama.cpp on the same clauses packed into
batches of other sizes (how the default ``n_batch`` was chosen). ``--recall`` prints the recall
and false alarms on a contract with planted paragraphs (the answer key of ``../shared/eval``).
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import json
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests.helpers renderer (--recall)

import subcontract_assist.adapters.llama_reviewer as llama_reviewer  # noqa: E402
from subcontract_assist.adapters.llama_decode import Plan, pack  # noqa: E402
from subcontract_assist.adapters.llama_reviewer import (  # noqa: E402
    LlamaReviewer,
    ReviewerSettings,
)
from subcontract_assist.adapters.readers import read_contract  # noqa: E402
from subcontract_assist.core.cancel import CancelToken  # noqa: E402
from subcontract_assist.core.errors import Cancelled  # noqa: E402
from subcontract_assist.core.findings import Finding, Severity, Source  # noqa: E402
from subcontract_assist.core.received.review import (  # noqa: E402
    CONTRACT_MARGIN,
    ContractReview,
    ContractReviewer,
)
from subcontract_assist.core.received.structure import (  # noqa: E402
    parse_contract,
    source_from_lines,
)

EXAMPLES = ROOT / "examples"
MAIN_EXAMPLE = "construction"
OTHER_EXAMPLES = ("manufacturing", "service_info", "service_labor", "repair")
_ARTICLE = re.compile(r"^제\s*(\d+)\s*조")


# ---------------------------------------------------------------- building the contracts


def _render(example: str, out: Path) -> Path:
    from subcontract_assist.adapters.docx_renderer import DocxRenderer
    from subcontract_assist.core.document.rendering import render_document
    from subcontract_assist.core.draft.files import load_draft

    DocxRenderer().write(render_document(load_draft(EXAMPLES / f"{example}.scdraft.json")), out)
    return out


def _conditions(docx: Path) -> list[str]:
    """Return the visible text of the 계약 조건 (the articles) of a rendered contract."""
    source = read_contract(docx)
    body = [p for p in source.paragraphs if p.table is None and p.origin == "body"]
    lines = [f"{p.label} {p.text}".strip() for p in body]
    first = next((i for i, line in enumerate(lines) if _ARTICLE.match(line)), len(lines))
    return [line for line in lines[first:] if line]


def _renumbered(lines: Iterable[str], offset: int) -> Iterator[str]:
    for line in lines:
        match = _ARTICLE.match(line)
        if match:
            line = f"제{int(match.group(1)) + offset}조{line[match.end() :]}"
        yield line


def build_contract(folder: Path, name: str, *, paragraphs: int = 0, chars: int = 0) -> Path:
    """Render the main example and append the other examples' conditions as 특수조건.

    Appending stops once the contract has ``paragraphs`` paragraphs (cells included) or
    ``chars`` characters; the other examples are cycled through as often as needed.
    """
    import docx

    base = _render(MAIN_EXAMPLE, folder / f"{MAIN_EXAMPLE}.docx")
    extra = [_conditions(_render(e, folder / f"{e}.docx")) for e in OTHER_EXAMPLES]
    document = docx.Document(str(base))
    source = read_contract(base)
    count = len(parse_contract(source).paragraphs)
    size = sum(len(p.text) for p in source.paragraphs)
    last = _last_article(_conditions(base))
    document.add_paragraph("특수조건", style="Heading 1")
    count += 1
    round_ = 0
    while (paragraphs and count < paragraphs) or (chars and size < chars):
        lines = extra[round_ % len(extra)]
        round_ += 1
        for line in _renumbered(lines, last):
            if (paragraphs and count >= paragraphs) or (chars and size >= chars and not paragraphs):
                break
            document.add_paragraph(line)
            count, size = count + 1, size + len(line)
        last = _last_article(_renumbered(lines, last)) or last
    path = folder / name
    document.save(str(path))
    return path


def _last_article(lines: Iterable[str]) -> int:
    numbers = [int(m.group(1)) for line in lines if (m := _ARTICLE.match(line))]
    return max(numbers, default=0)


# ---------------------------------------------------------------- the app beside raw llama.cpp


@dataclass
class AppPass:
    read: float = 0.0  # read + structure
    rules: float = 0.0  # the rules pass over the whole contract
    first: float | None = None  # first finding, from the end of reading
    first_model: float | None = None  # first model finding, from the end of reading
    model: float = 0.0  # the end of the rules pass to the last model result
    total: float = 0.0
    model_cpu: float = 0.0  # process CPU time of the model pass
    raw: float = 0.0  # raw llama.cpp on the same batches, decode by decode
    raw_cpu: float = 0.0
    tokens: int = 0
    findings: int = 0
    units: int = 0
    sent: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    groups: list[list[Plan]] = field(default_factory=list)


class RawLlama:
    """Raw llama.cpp through its C API on the app's context: a batch, decode, the output rows."""

    def __init__(self, llm: Any, n_tokens: int, n_seq: int) -> None:
        import llama_cpp

        self.llm, self.lib = llm, llama_cpp
        self.ctx = llm._ctx.ctx
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.batch = llama_cpp.llama_batch_init(n_tokens, 0, n_seq)

    def close(self) -> None:
        self.lib.llama_batch_free(self.batch)

    def decode(self, group: list[Plan]) -> None:
        """Decode one group as sequences 0…n-1 of one batch and read each output row."""
        lib, batch = self.lib, self.batch
        lib.llama_memory_seq_rm(self.memory, -1, 0, -1)
        n, rows = 0, []
        for seq, plan in enumerate(group):
            for pos, token in enumerate(plan.tokens):
                batch.token[n], batch.pos[n], batch.n_seq_id[n] = token, pos, 1
                batch.seq_id[n][0] = seq
                batch.logits[n] = pos in plan.wanted
                if pos in plan.wanted:
                    rows.append(n)
                n += 1
        batch.n_tokens = n
        if lib.llama_decode(self.ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")
        for i in rows:  # read one logit per output row, as any consumer must
            ctypes.cast(lib.llama_get_logits_ith(self.ctx, i), ctypes.POINTER(ctypes.c_float))[0]
        self.llm.n_tokens = 0  # the cache no longer holds the app's last prefix


class _Lockstep:
    """Stands in for ``pack`` in the reviewer's module: the app's batches, each replayed raw.

    When the app asks for its next batch (it has decoded the last one and handed on every
    verdict), raw llama.cpp decodes that same batch; the replay's time is kept apart, so the
    app and raw llama.cpp meet the same machine load, decode by decode.
    """

    def __init__(self, raw: RawLlama) -> None:
        self.raw = raw
        self.groups: list[list[Plan]] = []
        self.raw_seconds = 0.0  # wall time of the replays
        self.raw_cpu = 0.0  # process CPU time of the replays

    def __call__(self, plans: Iterable[Plan], n_batch: int, parallel: int) -> Iterator[list[Plan]]:
        for group in pack(plans, n_batch, parallel):
            self.groups.append(group)
            yield group
            cpu, wall = time.process_time(), time.perf_counter()
            self.raw.decode(group)
            self.raw_cpu += time.process_time() - cpu
            self.raw_seconds += time.perf_counter() - wall


def app_pass(path: Path, reviewer: LlamaReviewer, raw: RawLlama) -> AppPass:
    """Review ``path`` as the app does (read, structure, rules, model) and time each part.

    Every time is the app's own: the raw replays between its batches are subtracted.
    """
    lockstep = _Lockstep(raw)
    llama_reviewer.pack = lockstep
    out = AppPass()
    before = reviewer.tokens_evaluated
    start = time.perf_counter()
    contract = parse_contract(read_contract(path))
    read_end = time.perf_counter()
    run = ContractReviewer(reviewer).start(contract)
    rules_end, cpu_start = read_end, time.process_time()
    try:
        for result in run.results(CancelToken()):
            now = time.perf_counter() - lockstep.raw_seconds
            if result.stage == "rules":
                rules_end, cpu_start = now, time.process_time()
            if result.findings and out.first is None:
                out.first = now - read_end
            if result.stage == "model" and result.findings and out.first_model is None:
                out.first_model = now - read_end
            out.findings += len(result.findings)
    finally:
        llama_reviewer.pack = pack
    end = time.perf_counter() - lockstep.raw_seconds
    out.model_cpu = time.process_time() - cpu_start - lockstep.raw_cpu
    counts = run.counts()
    out.read, out.rules = read_end - start, rules_end - read_end
    out.model, out.total = end - rules_end, end - start
    out.raw, out.raw_cpu = lockstep.raw_seconds, lockstep.raw_cpu
    out.tokens = reviewer.tokens_evaluated - before
    out.units, out.sent, out.skipped = counts.units, counts.model, counts.skipped
    out.groups = lockstep.groups
    return out


def warm_up(path: Path, reviewer: LlamaReviewer, paragraphs: int = 60) -> None:
    """Review the first paragraphs once: loads kiwipiepy, the screen's data, the model's pages."""
    lines = [f"{p.label} {p.text}".strip() for p in read_contract(path).paragraphs[:paragraphs]]
    contract = parse_contract(source_from_lines("warm-up.txt", lines))
    ContractReviewer(reviewer).review(contract, CancelToken())


def cancel_latency(path: Path, reviewer: LlamaReviewer) -> float:
    """Return the seconds from a cancel (at the first model result) to the review stopping."""
    cancel = CancelToken()
    run = ContractReviewer(reviewer).start(parse_contract(read_contract(path)))
    asked = 0.0
    try:
        for result in run.results(cancel):
            if result.stage == "model" and not asked:
                asked = time.perf_counter()
                cancel.cancel()
    except Cancelled:
        pass
    return time.perf_counter() - asked if asked else 0.0


# ---------------------------------------------------------------- batch size


def model_plans(path: Path, reviewer: LlamaReviewer) -> list[Plan]:
    """Return the token plans of the paragraphs the model reads in ``path``, as the app has them.

    Only the rules pass runs: it ends before the model's first call.
    """
    app = ContractReviewer(reviewer)
    run = app.start(parse_contract(read_contract(path)))
    results = run.results(CancelToken())
    rules = [next(results) for _ in run.units]
    results.close()
    return [reviewer._plan(app.clause_of(r.unit).text) for r in rules if not r.final]


def sweep(plans: list[Plan], sizes: list[int], parallel: int, passes: int) -> None:
    """Print raw llama.cpp's speed on the same clauses packed into batches of other sizes.

    The clauses are taken a chunk of about ``max(sizes)`` tokens at a time, and each chunk is
    decoded once per size, the sizes taking turns, so every size meets the same machine load.
    The context is opened with the largest size as ``n_batch``/``n_ubatch``; llama.cpp builds
    each graph for the tokens actually in the batch.
    """
    big = max(sizes)
    settings = ReviewerSettings(n_batch=big, n_ctx=max(2048, big), parallel=parallel)
    plans = [plan for plan in plans if len(plan.tokens) <= big]
    chunks = list(pack(plans, big, 256))
    tokens = sum(len(p.tokens) for p in plans)
    times, cpu = dict.fromkeys(sizes, 0.0), dict.fromkeys(sizes, 0.0)
    with LlamaReviewer(settings) as reviewer:
        reviewer.load()
        raw = RawLlama(reviewer._llm, big, min(big, 256))
        for turn, chunk in enumerate(chunks * passes):
            for size in sizes[turn % len(sizes) :] + sizes[: turn % len(sizes)]:
                start, start_cpu = time.perf_counter(), time.process_time()
                for group in pack(chunk, size, parallel):
                    raw.decode(group)
                times[size] += time.perf_counter() - start
                cpu[size] += time.process_time() - start_cpu
        raw.close()
    tokens *= passes
    print(f"\n== batch sweep: raw llama.cpp on {len(plans)} clauses × {passes}, {tokens} tokens, "
          f"at most {parallel} clauses per decode, sizes taking turns chunk by chunk")  # fmt: skip
    for size in sizes:
        print(
            f"n_batch {size:5}: {tokens / times[size]:7.0f} tok/s  {times[size]:6.1f} s wall, "
            f"{cpu[size]:6.1f} s CPU ({tokens / cpu[size]:5.0f} tok per CPU second)"
        )


# ---------------------------------------------------------------- printing


def _median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def page_count(path: Path, folder: Path) -> str:
    """Return the A4 pages LibreOffice lays the contract out on ("?" without it)."""
    import shutil
    import subprocess

    soffice, pdfinfo = shutil.which("soffice"), shutil.which("pdfinfo")
    if path.suffix.lower() != ".docx" or not soffice or not pdfinfo:
        return "?"
    profile = (folder / "lo").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    info = subprocess.run(
        [pdfinfo, str(folder / (path.stem + ".pdf"))], check=True, capture_output=True, text=True
    ).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages")), "?")


def report(name: str, paragraphs: int, pages: str, apps: list[AppPass]) -> None:
    first = apps[0]
    model, raw = _median(a.model for a in apps), _median(a.raw for a in apps)
    tokens = first.tokens
    print(f"\n== {name}: {paragraphs} paragraphs, {pages} pages, {first.units} review units "
          f"(median of {len(apps)} rounds)")  # fmt: skip
    print(f"read + structure      {_s(_median(a.read for a in apps))}")
    print(f"rules (whole)         {_s(_median(a.rules for a in apps))}")
    print(f"first finding         {_s(_median(a.first for a in apps))} after reading")
    print(f"first model finding   {_s(_median(a.first_model for a in apps))} after reading")
    print(f"model (app)           {_s(model)}  "
          f"({tokens / model if model else 0:.0f} prompt tok/s)")  # fmt: skip
    print(f"total                 {_s(_median(a.total for a in apps))}")
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(first.skipped.items(), key=lambda kv: -kv[1]))
    print(f"sent to the model     {first.sent} units; not sent {sum(first.skipped.values())}: "
          f"{skipped or '-'}")  # fmt: skip
    decodes = len(first.groups)
    print(f"prompt tokens         {tokens} ({tokens / max(first.sent, 1):.1f} per unit, "
          f"{decodes} decodes, {tokens / max(decodes, 1):.0f} tokens per decode)")  # fmt: skip
    print(f"raw llama.cpp         {_s(raw)}  ({tokens / raw if raw else 0:.0f} tok/s; "
          "the same batches, replayed decode by decode)")  # fmt: skip
    if model and raw:
        rounds = ", ".join(f"{a.model / a.raw:.3f}" for a in apps if a.raw)
        cpu = _median(a.model_cpu / a.raw_cpu for a in apps if a.raw_cpu)
        print(f"app / raw             {model / raw:.3f} wall (rounds: {rounds}); "
              f"{cpu or 0:.3f} CPU time")  # fmt: skip
    print(f"findings              {first.findings}")


# ---------------------------------------------------------------- recall on planted paragraphs


def measure_recall(data: dict[str, Any], folder: Path, reviewer: Any) -> None:
    from tests.helpers.contract_json_to_docx import render_contract_json

    rendered = render_contract_json(data, folder / "sample.docx", numbering="word")
    planted = rendered.planted_indices(data)
    contract = parse_contract(read_contract(rendered.path))
    review = ContractReviewer(reviewer, model_margin=-100.0).review(contract, CancelToken())
    threshold = reviewer.status.threshold
    print_margin_sweep(review, planted, threshold)
    kept = [f for f in review.findings if _kept(f.finding, CONTRACT_MARGIN, threshold)]
    review = dataclasses.replace(review, findings=tuple(kept))
    flagged = {
        f.paragraph.index for f in review.findings if f.finding.severity is not Severity.INFO
    }
    hits, false = flagged & planted, flagged - planted
    print(f"recall: {len(hits)}/{len(planted)} = {len(hits) / max(len(planted), 1):.2f}")
    print(f"false alarms: {len(false)} (paragraphs {sorted(i for i in false if i is not None)})")
    for index in sorted(planted - flagged):
        print(f"  MISSED  #{index}")


def _kept(finding: Finding, margin: float, threshold: float) -> bool:
    """Return whether the finding stands when model-only findings need ``margin`` more."""
    if finding.source is not Source.MODEL or finding.score is None:
        return True
    return finding.score >= threshold + margin


def print_margin_sweep(review: ContractReview, planted: set[int], threshold: float) -> None:
    """Print recall and false alarms if model-only findings needed ``margin`` more score."""
    print(f"model threshold {threshold:+.2f}; default contract margin {CONTRACT_MARGIN:+.1f}")
    for margin in (0.0, 2.0, 4.0, 5.0, 6.0, 7.0, 7.5, 8.0):
        flagged = {
            f.paragraph.index
            for f in review.findings
            if f.finding.severity is not Severity.INFO and _kept(f.finding, margin, threshold)
        }
        print(
            f"  margin {margin:+.1f}: recall {len(flagged & planted)}/{len(planted)}, "
            f"false alarms {len(flagged - planted)}"
        )


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("contracts", nargs="*", type=Path, help=".docx/.hwpx/.hwp/.pdf/.txt")
    parser.add_argument("--rounds", type=int, default=3, help="rounds for each contract")
    parser.add_argument("--large-rounds", type=int, default=1, help="rounds for 100 pages")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--no-large", action="store_true", help="skip the 100-page contract")
    parser.add_argument(
        "--sweep", default="", help="batch sizes to time raw, e.g. 128,256,512 (--rounds passes)"
    )
    parser.add_argument("--recall", type=Path, help="a ../shared/eval contract (.json)")
    args = parser.parse_args()
    reviewer = LlamaReviewer()
    status = reviewer.load()
    settings = reviewer.settings
    print(f"model: {status.describe()}")
    print(f"n_batch {settings.n_batch}, at most {settings.parallel} clauses per decode, "
          f"n_ctx {settings.n_ctx}")  # fmt: skip
    raw = RawLlama(reviewer._llm, settings.n_ctx, min(settings.n_batch, 256))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs: list[tuple[str, Path, int]] = [(p.name, p, args.rounds) for p in args.contracts]
        if not jobs:
            form = build_contract(folder, "standard-form.docx", paragraphs=600)
            jobs.append(("standard form (built)", form, args.rounds))
            if not args.no_large:
                large = build_contract(folder, "large.docx", chars=args.pages * 1400)
                jobs.append((f"~{args.pages} pages (built)", large, args.large_rounds))
        warm_up(jobs[0][1], reviewer)
        apps: dict[str, list[AppPass]] = {name: [] for name, _, _ in jobs}
        for round_ in range(max(n for _, _, n in jobs)):
            for name, path, rounds in jobs:
                if round_ < rounds:
                    apps[name].append(app_pass(path, reviewer, raw))
        for name, path, _ in jobs:
            if apps[name]:
                paragraphs = len(parse_contract(read_contract(path)).paragraphs)
                report(name, paragraphs, page_count(path, folder), apps[name])
        print(f"\ncancel → stopped      {1000 * cancel_latency(jobs[-1][1], reviewer):.0f} ms "
              f"({jobs[-1][0]}, cancelled at the first model result)")  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(f"peak resident memory  {peak:.0f} MB (the bench process: reviews and raw passes)")
        if args.recall:
            measure_recall(json.loads(args.recall.read_text(encoding="utf-8")), folder, reviewer)
        raw.close()
        if args.sweep:
            plans = model_plans(jobs[0][1], reviewer)
            reviewer.close()
            sweep(plans, [int(s) for s in args.sweep.split(",")], 64, args.rounds or 2)
        reviewer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
