"""``adjust``: the 하도급대금 조정 신청서 (제16조의2) from a contract and the prices of its
main materials and energy."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from subcontract_assist.core.text import Lang, Text

if TYPE_CHECKING:
    from subcontract_assist.core.draft.schema import Draft
    from subcontract_assist.core.negotiation.adjustment import AdjustmentResult
    from subcontract_assist.core.negotiation.facts import ContractFacts

_DRAFT_SUFFIXES = (".json",)


def load_contract(path: Path) -> tuple[Draft | None, ContractFacts]:
    """Return (the draft, its facts) for our own draft, or (None, facts) for a received contract."""
    from subcontract_assist.core.negotiation.application import facts_of_draft

    if path.name.lower().endswith(_DRAFT_SUFFIXES):
        from subcontract_assist.core.draft.files import load_draft

        draft = load_draft(path)
        return draft, facts_of_draft(draft)
    from subcontract_assist.adapters.readers import read_contract
    from subcontract_assist.core.negotiation.facts import contract_facts
    from subcontract_assist.core.received.structure import parse_contract

    return None, contract_facts(parse_contract(read_contract(path)))


def read_costs(path: Path, draft: Draft | None) -> AdjustmentResult:
    """Return the computation for the cost file at ``path`` (a DraftError on bad input)."""
    from subcontract_assist.core.errors import DraftError
    from subcontract_assist.core.negotiation.adjustment import compute_adjustment, parse_costs

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DraftError(
            Text(
                f"가격 자료 파일을 읽을 수 없습니다: {path} ({exc})",
                f"Cannot read the cost file: {path} ({exc})",
            )
        ) from exc
    return compute_adjustment(parse_costs(text, path.name, draft))


def cmd_adjust(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.core.errors import DocumentError

    contract_path, target = Path(args.contract), Path(args.output)
    if target.resolve() in (contract_path.resolve(), Path(args.costs).resolve()):
        raise DocumentError(
            Text(
                f"신청서를 입력 파일({target.name})에 덮어쓸 수 없습니다. 다른 이름을 지정하세요.",
                f"The application would overwrite an input ({target.name}); choose another name.",
            )
        )
    draft, facts = load_contract(contract_path)
    result = read_costs(Path(args.costs), draft)
    from subcontract_assist.core.negotiation.application import working_text

    print(working_text(result, lang))
    if not result.applies:
        print(
            "주요 원재료·에너지 가격이 조정요건 이상 오르지 않아 신청서를 쓰지 않았습니다. "
            "하도급법 제16조의2 제1항의 조정 신청 자체에는 정해진 변동률이 없으니, "
            "다른 공급원가 변동이 있으면 그 자료로 협의를 요청할 수 있습니다."
            if lang == "ko"
            else "The main material and energy prices did not rise past the threshold, so no "
            "application was written. A request under Art. 16-2(1) itself needs no set rate; "
            "other cost changes may still support one.",
            file=sys.stderr,
        )
        return 0
    from subcontract_assist.adapters.docx_letter import write_letter
    from subcontract_assist.core.negotiation.application import adjustment_application

    today = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    write_letter(adjustment_application(result, facts, today), target)
    print(
        f"하도급대금 조정 신청서를 저장했습니다: {target}"
        if lang == "ko"
        else f"Price adjustment application written: {target}",
        file=sys.stderr,
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "adjust",
        help="하도급대금 조정 신청서 (제16조의2) / price adjustment application",
    )
    p.add_argument(
        "contract", help="초안(.scdraft.json) 또는 받은 계약서 / draft or received contract"
    )
    p.add_argument(
        "--costs", required=True, metavar="COSTS.toml", help="가격 자료 / material prices"
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx", help="신청서 / output")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="신청일 (기본: 오늘) / date of the letter")
    p.set_defaults(func=cmd_adjust)
