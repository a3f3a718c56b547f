"""``review``: read a received contract, report unfair and missing terms, write a commented copy."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from subcontract_assist.core.text import Lang, Text

if TYPE_CHECKING:
    from subcontract_assist.core.cancel import Progress
    from subcontract_assist.core.clauses.reviewer import ClauseReviewer
    from subcontract_assist.core.received.review import ContractReview

_TYPES = ("manufacturing", "repair", "construction", "service_info", "service_labor")


def _progress_printer(lang: Lang, enabled: bool) -> Progress:
    """Return ``progress(done, total)`` that redraws one status line on stderr."""

    def progress(done: int, total: int) -> None:
        if enabled and total:
            word = "검토 중" if lang == "ko" else "Reviewing"
            end = "\n" if done == total else ""
            print(f"\r{word} {done}/{total}", end=end, file=sys.stderr, flush=True)

    return progress


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
    from subcontract_assist.core.cancel import CancelToken
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
    if args.annotate and source.kind != "docx":
        raise DocumentError(
            Text(
                "검토 의견을 다는 사본(--annotate)은 .docx 원본에만 만들 수 있습니다. "
                ".hwp/.hwpx/.pdf는 검토 보고서(--report OUT.docx)를 쓰세요.",
                "--annotate needs a .docx original; for .hwp/.hwpx/.pdf use --report OUT.docx.",
            )
        )
    contract = parse_contract(source)
    reviewer = None if args.no_model else _build_reviewer(lang)
    kind = TransactionType(args.type) if args.type else None
    progress = _progress_printer(lang, sys.stderr.isatty() or args.progress)
    try:
        review = ContractReviewer(reviewer).review(contract, CancelToken(), progress, kind)
    finally:
        close = getattr(reviewer, "close", None)
        if close is not None:
            close()
    if args.format == "json":
        print(json.dumps(review.to_json(lang), ensure_ascii=False, indent=2))
        if review.transaction.needs_user:  # stdout stays exactly the documented JSON
            print(review.transaction.question.get(lang) + " (--type)", file=sys.stderr)
    else:
        print(format_review_text(review, lang))
    _write_outputs(args, review, source_path, lang)
    return 0


def _write_outputs(
    args: argparse.Namespace, review: ContractReview, source: Path, lang: Lang
) -> None:
    from subcontract_assist.core.received.review import comment_text

    if args.annotate:
        from subcontract_assist.adapters.docx_annotator import Annotation, annotate_docx

        notes = [
            Annotation(pos, comment_text(items, lang))
            for pos, items in review.by_paragraph().items()
        ]
        added = annotate_docx(source, Path(args.annotate), notes)
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
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--annotate", metavar="OUT.docx", help="검토 의견을 단 사본 / commented copy")
    p.add_argument("--report", metavar="OUT.docx", help="검토 보고서 / review report")
    p.add_argument(
        "--redline", metavar="OUT.docx", help="수정 제안 변경 추적 사본 / tracked-change redline"
    )
    p.add_argument("--letter", metavar="OUT.docx", help="수정 요청서 / change-request letter")
    p.add_argument("--no-model", action="store_true", help="규칙만 사용 / rules only")
    p.add_argument("--type", choices=_TYPES, help="거래 유형 지정 / transaction type")
    p.add_argument("--progress", action="store_true", help="진행 상황 표시 / show progress")
    p.set_defaults(func=cmd_review)
