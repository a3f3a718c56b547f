"""``review``: read a received contract, report unfair and missing terms, write a commented copy."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from subcontract_assist.core.text import Lang, Text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from subcontract_assist.core.clauses.reviewer import ClauseReviewer
    from subcontract_assist.core.received.review import ContractReview, ReviewRun, UnitResult

_TYPES = ("manufacturing", "repair", "construction", "service_info", "service_labor")


class _StatusLine:
    """One line on stderr, redrawn as the review goes: units decided, the model's share, ETA.

    The rules read the whole contract in a moment; the time left is the model's, estimated from
    the paragraphs it has read so far.
    """

    def __init__(self, lang: Lang, enabled: bool) -> None:
        self.lang, self.enabled = lang, enabled
        self.done = self.total = self.model_done = self.model_total = 0
        self._model_start = 0.0
        self._drawn = 0.0

    def update(self, result: UnitResult, total: int) -> None:
        import time

        self.total = total
        if result.stage == "rules" and not result.final:
            self.model_total += 1
        if result.stage == "model":
            if not self._model_start:
                self._model_start = time.perf_counter()
            self.model_done += 1
        self.done += result.final
        now = time.perf_counter()
        if self.enabled and (now - self._drawn > 0.2 or self.done == total):
            self._drawn = now
            print(f"\r{self.text(now)}\033[K", end="", file=sys.stderr, flush=True)

    def text(self, now: float) -> str:
        ko = self.lang == "ko"
        line = f"{'검토 중' if ko else 'Reviewing'} {self.done}/{self.total}"
        if self.model_total:
            line += f" · {'모델' if ko else 'model'} {self.model_done}/{self.model_total}"
        left = self.model_total - self.model_done
        if self.model_done and left:
            per = (now - self._model_start) / self.model_done
            line += f" · {'남은 시간 약' if ko else 'about'} {_duration(per * left, ko)}"
            line += "" if ko else " left"
        return line

    def end(self) -> None:
        if self.enabled and self.total:
            print(file=sys.stderr, flush=True)


def _duration(seconds: float, ko: bool) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    if ko:
        return f"{minutes}분 {secs}초" if minutes else f"{secs}초"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def _build_reviewer(lang: Lang) -> ClauseReviewer | None:
    """Return the default model reviewer, or None (with a note) when the model cannot load."""
    from subcontract_assist.adapters.llama_reviewer import LlamaReviewer
    from subcontract_assist.core.errors import AppError

    reviewer = LlamaReviewer()
    try:
        reviewer.load()
    except AppError as exc:
        note = Text("언어 모델 없이 규칙만으로 검토합니다", "Reviewing with the rules only")
        print(f"{note.get(lang)}: {exc.message(lang)}", file=sys.stderr)
        return None
    return reviewer


def format_review_text(review: ContractReview, lang: Lang) -> str:
    """Return the review as readable text: findings by paragraph, then missing items."""
    from subcontract_assist.core.received.review import comment_text

    ko = lang == "ko"
    lines = []
    guess = review.transaction
    kind = guess.type.value if guess.type else ("알 수 없음" if ko else "unknown")
    lines.append(f"{'거래 유형' if ko else 'Transaction type'}: {kind} ({guess.confidence:.0%})")
    if guess.needs_user:
        lines.append(guess.question.get(lang))
    for note in review.notes:
        lines.append(note.get(lang))
    grouped = review.by_paragraph()
    if not grouped:
        lines.append("문제 문구를 찾지 못했습니다." if ko else "No problem wording was found.")
    for items in grouped.values():
        para = items[0].paragraph
        index = para.index if para.index is not None else "-"
        where = para.location or ("머리말" if ko else "preamble")
        lines.append(f"\n#{index} {where}: {items[0].text[:80]}")
        lines.append("  " + comment_text(items, lang).replace("\n", "\n  "))
    if review.missing:
        lines.append("\n" + ("빠진 사항" if ko else "Missing items") + ":")
        for item in review.missing:
            lines.append(
                f"- [{item.severity.label.get(lang)}] {item.article} {item.message.get(lang)}"
            )
    return "\n".join(lines)


def _refuse_overwriting_the_original(source: Path, *outputs: str | None) -> None:
    """Refuse an output path that is the received contract itself: the original stays as sent."""
    from subcontract_assist.core.errors import DocumentError

    for output in outputs:
        if output and Path(output).resolve() == source.resolve():
            raise DocumentError(
                Text(
                    f"검토 결과를 원본 계약서({source.name})에 덮어쓸 수 없습니다. "
                    "다른 파일 이름을 지정하세요.",
                    f"The review output would overwrite the original ({source.name}); "
                    "choose another file name.",
                )
            )


def cmd_review(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.adapters.readers import read_contract
    from subcontract_assist.core.draft.schema import TransactionType
    from subcontract_assist.core.errors import DocumentError
    from subcontract_assist.core.received.review import ContractReviewer
    from subcontract_assist.core.received.structure import parse_contract

    source_path = Path(args.contract)
    _refuse_overwriting_the_original(
        source_path, args.annotate, args.report, args.redline, args.letter
    )
    source = read_contract(source_path)
    if args.redline and source.kind != "docx":
        raise DocumentError(
            Text(
                "변경 추적으로 수정 제안을 표시한 사본(--redline)은 "
                ".docx 원본에만 만들 수 있습니다.",
                "--redline needs a .docx original.",
            )
        )
    if args.annotate and source.kind not in ("docx", "hwpx", "hwp", "pdf"):
        raise DocumentError(
            Text(
                "검토 의견을 다는 사본(--annotate)은 .docx/.hwpx/.hwp/.pdf 원본에만 "
                "만들 수 있습니다. "
                "텍스트 파일은 검토 보고서(--report OUT.docx)를 쓰세요.",
                "--annotate needs a .docx/.hwpx/.hwp/.pdf original; for a text file use --report.",
            )
        )
    hancom_copy = args.annotate and source.kind in ("hwpx", "hwp")
    if hancom_copy and not str(args.annotate).lower().endswith(".hwpx"):
        raise DocumentError(  # said before the review, not after it
            Text(
                f"{Path(args.annotate).name}: 한글 문서의 검토 사본은 .hwpx로 저장합니다.",
                f"{Path(args.annotate).name}: the commented copy of a Hancom document is .hwpx.",
            )
        )
    contract = parse_contract(source)
    reviewer = None if args.no_model else _build_reviewer(lang)
    kind = TransactionType(args.type) if args.type else None
    run = ContractReviewer(reviewer).start(contract, kind)
    interrupted = False
    try:
        _stream(run, args.format, lang, sys.stderr.isatty() or args.progress)
    except KeyboardInterrupt:  # Ctrl-C: report what was decided before it
        interrupted = True
    finally:
        close = getattr(reviewer, "close", None)
        if close is not None:
            close()
    review = run.review()
    if interrupted:
        stopped = Text(
            f"검토를 중단했습니다. 문단 {review.reviewed}개 중 {review.decided}개까지의 결과이며 "
            "파일은 쓰지 않았습니다.",
            f"Review interrupted: results for {review.decided} of {review.reviewed} paragraphs; "
            "no files were written.",
        )
        print(stopped.get(lang), file=sys.stderr)
    if args.format == "json":
        print(json.dumps(review.to_json(lang), ensure_ascii=False, indent=2))
        if review.transaction.needs_user:  # stdout stays exactly the documented JSON
            print(review.transaction.question.get(lang) + " (--type)", file=sys.stderr)
    elif args.format == "text":  # jsonl was written as the findings were decided
        print(format_review_text(review, lang))
    if interrupted:
        return 130
    _write_outputs(args, review, source_path, lang)
    return 0


def _stream(run: ReviewRun, fmt: str, lang: Lang, show_status: bool) -> None:
    """Review, redrawing the status line; ``jsonl`` writes each finding as it is decided.

    A ``jsonl`` line is ``{"type": "missing" | "finding", …}`` with the keys of the ``json``
    format's items (missing items first: they are read from the whole text at once), and last
    ``{"type": "end", "reviewed", "decided", "complete"}``.
    """
    from subcontract_assist.core.cancel import CancelToken

    def line(kind: str, item: Mapping[str, object]) -> None:
        print(json.dumps({"type": kind, **item}, ensure_ascii=False), flush=True)

    if fmt == "jsonl":
        for missing in run.missing:
            line("missing", missing.to_json(lang))
    status = _StatusLine(lang, show_status)
    try:
        for result in run.results(CancelToken()):
            status.update(result, len(run.units))
            if fmt == "jsonl":
                for found in result.findings:
                    line("finding", found.to_json(lang))
    finally:
        status.end()
        if fmt == "jsonl":
            review = run.review()
            end = {"reviewed": review.reviewed, "decided": review.decided}
            line("end", {**end, "complete": review.complete})


def _write_outputs(
    args: argparse.Namespace, review: ContractReview, source: Path, lang: Lang
) -> None:
    if args.annotate:
        from subcontract_assist.adapters.review_copies import write_commented_copy

        added = write_commented_copy(source, Path(args.annotate), review, lang)
        print(
            f"검토 의견 {added}개를 단 사본을 저장했습니다: {args.annotate}"
            if lang == "ko"
            else f"Commented copy with {added} comments written: {args.annotate}",
            file=sys.stderr,
        )
    if args.redline or args.letter:
        from subcontract_assist.commands.negotiation_outputs import write_negotiation_outputs

        write_negotiation_outputs(review, source, args.redline, args.letter, lang)
    if args.report:
        from subcontract_assist.adapters.review_report import write_report

        write_report(review, source.name, Path(args.report), lang)
        print(
            f"검토 보고서를 저장했습니다: {args.report}"
            if lang == "ko"
            else f"Review report written: {args.report}",
            file=sys.stderr,
        )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "review",
        help="받은 계약서 검토 (.docx/.hwpx/.hwp/.pdf/텍스트) / review a received contract",
    )
    p.add_argument("contract", help="계약서 파일 (.docx .hwpx .hwp .pdf .txt) / contract file")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="jsonl: 결정되는 대로 한 줄에 하나씩 / one finding per line as decided",
    )
    p.add_argument(
        "--annotate",
        metavar="OUT.docx|OUT.hwpx",
        help="검토 의견을 단 사본(.docx: 메모, .hwpx/.hwp: 한글 메모) / commented copy",
    )
    p.add_argument("--report", metavar="OUT.docx", help="검토 보고서 / review report")
    p.add_argument(
        "--redline", metavar="OUT.docx", help="수정 제안 변경 추적 사본 / tracked-change redline"
    )
    p.add_argument("--letter", metavar="OUT.docx", help="수정 요청서 / change-request letter")
    p.add_argument("--no-model", action="store_true", help="규칙만 사용 / rules only")
    p.add_argument("--type", choices=_TYPES, help="거래 유형 지정 / transaction type")
    p.add_argument("--progress", action="store_true", help="진행 상황 표시 / show progress")
    p.set_defaults(func=cmd_review)
