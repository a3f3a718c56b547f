"""``check``, ``rules`` and ``render``: work on draft files."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from subcontract_assist.core.findings import Finding
from subcontract_assist.core.text import Lang


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def format_findings_text(findings: Sequence[Finding], lang: Lang) -> str:
    """Return findings as readable text, one block per finding."""
    if not findings:
        return "문제가 발견되지 않았습니다." if lang == "ko" else "No problems found."
    blocks = []
    for f in findings:
        head = f"[{f.severity.label.get(lang)}] {f.article} · {f.rule}"
        where = f"\n  {'항목' if lang == 'ko' else 'field'}: {f.field}" if f.field else ""
        fix = (
            f"\n  {'권고 문구' if lang == 'ko' else 'fair wording'}: {f.suggestion}"
            if (f.suggestion)
            else ""
        )
        blocks.append(f"{head}{where}\n  {f.message.get(lang)}{fix}")
    return "\n\n".join(blocks)


def cmd_check(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.core.draft.files import load_draft
    from subcontract_assist.core.rules.engine import check

    findings = check(load_draft(Path(args.draft)))
    if args.format == "json":
        print_json({"findings": [f.to_json(lang) for f in findings]})
    else:
        print(format_findings_text(findings, lang))
    return 0


def cmd_rules(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.core.rules.engine import listed_rules

    rules = listed_rules()  # form rules and the clause-text patterns

    if args.format == "json":
        print_json([rule.to_json() for rule in rules])
    else:
        for rule in rules:
            print(f"{rule.id:55} {rule.article:14} {rule.severity.value:9} {rule.title.get(lang)}")
    return 0


def cmd_render(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.core.document.rendering import render_document
    from subcontract_assist.core.draft.files import load_draft

    doc = render_document(load_draft(Path(args.draft)))
    out = Path(args.output)
    if out.suffix.lower() == ".hwpx":  # 한글 문서; any other name gets Word's .docx
        from subcontract_assist.adapters.hwpx_renderer import HwpxRenderer

        HwpxRenderer().write(doc, out)
    else:
        from subcontract_assist.adapters.docx_renderer import DocxRenderer

        DocxRenderer().write(doc, out)
    print(f"계약서를 저장했습니다: {out}" if lang == "ko" else f"Contract written: {out}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="초안의 법정 점검 결과 / statutory findings for a draft")
    p.add_argument("draft")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("rules", help="구현된 규칙 목록 / list every implemented rule")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser(
        "render", help="계약서 .docx/.hwpx 생성 / render the contract as .docx or .hwpx"
    )
    p.add_argument("draft")
    p.add_argument("-o", "--output", required=True, help="OUT.docx 또는 OUT.hwpx")
    p.set_defaults(func=cmd_render)
