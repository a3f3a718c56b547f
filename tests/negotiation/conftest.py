"""A small received contract with unfair clauses, as .docx, for the negotiation documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from subcontract_assist.adapters.docx_reader import read_contract
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.received.review import ContractReview, ContractReviewer
from subcontract_assist.core.received.structure import parse_contract
from tests.helpers.contract_json_to_docx import render_contract_json

#: Unfair clauses the clause patterns know (검사 15일, 익익월 지급, 조정 신청 배제, 경영상 해지)
#: among fair ones; 갑/을 as most received contracts write it.
CONTRACT: dict[str, Any] = {
    "title": "정밀 부품 제조위탁 기본계약서",
    "articles": [
        {
            "heading": "제1조(목적)",
            "paragraphs": ["이 계약은 갑이 을에게 위탁하는 부품의 제조에 관하여 정한다."],
        },
        {
            "heading": "제2조(검사)",
            "paragraphs": [
                "검사의 기준과 방법은 갑과 을이 협의하여 정한 검사기준서에 따른다.",
                "갑은 목적물을 수령한 날부터 15일 이내에 검사 결과를 을에게 알린다.",
            ],
        },
        {
            "heading": "제3조(대금의 지급)",
            "paragraphs": [
                "갑은 세금계산서 발행일이 속한 달의 다음다음 달 20일에 대금을 현금으로 지급한다.",
                "대금은 어음으로 지급하지 아니한다.",
            ],
        },
        {
            "heading": "제4조(단가의 조정)",
            "paragraphs": [
                "단가는 을의 견적을 기초로 양 당사자가 협의하여 정한다.",
                "계약기간 중 원자재 가격이나 노무비가 변동하더라도 을은 단가 조정을 신청할 수 "
                "없으며, 그 변동분은 다음 연도 단가 협의에 반영한다.",
            ],
        },
        {
            "heading": "제5조(계약의 해지)",
            "paragraphs": [
                "갑은 경영상 필요가 있는 경우 30일 전에 을에게 통지하여 이 계약과 이행 중인 "
                "개별계약을 해지할 수 있으며, 이 경우 을은 해지로 인한 손실의 보상을 청구하지 "
                "아니한다.",
            ],
        },
    ],
}


def review_of(path: Path) -> ContractReview:
    """Return the rules-only review of the contract at ``path``."""
    contract = parse_contract(read_contract(path))
    return ContractReviewer(None).review(contract, CancelToken())


@pytest.fixture
def make_contract(tmp_path: Path) -> Callable[..., Path]:
    """Return a function writing CONTRACT (or another dict) as .docx; numbering text or word."""

    def make(data: dict[str, Any] | None = None, numbering: str = "text") -> Path:
        path = tmp_path / f"received-{numbering}.docx"
        render_contract_json(data or CONTRACT, path, numbering=numbering)
        return path

    return make
