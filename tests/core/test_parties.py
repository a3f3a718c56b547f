"""The parties' own names, from the preamble, read as 원사업자 / 수급사업자."""

from __future__ import annotations

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.received.parties import aliases_from, with_roles
from subcontract_assist.core.received.review import ContractReviewer
from subcontract_assist.core.received.structure import parse_contract, source_from_lines

P, S = "원사업자", "수급사업자"


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            '주식회사 가나(이하 "발주사"라 한다)와 다라산업(이하 "공급사"라 한다)은',
            {"발주사": P, "공급사": S},
        ),
        (
            "위탁기업 (주)한빛(이하 '한빛'이라 한다)과 수탁기업 (주)새솔(이하 '새솔'이라 한다)은",
            {"한빛": P, "새솔": S},
        ),
        ('(주)가나(이하 "A사"라 한다)와 (주)다라(이하 "B사"라 한다)는', {"A사": P, "B사": S}),
        (
            '수급사업자 (주)다라(이하 "다라"라 한다)와 원사업자 (주)가나(이하 "가나"라 한다)는',
            {"다라": S, "가나": P},
        ),
        ('(주)가나(이하 "갑"이라 한다)와 (주)다라(이하 "을"이라 한다)는', {}),
    ],
)
def test_the_preamble_names_the_parties(preamble: str, expected: dict[str, str]) -> None:
    assert aliases_from([preamble]) == expected


def test_names_become_roles_only_as_whole_words() -> None:
    roles = {"공급사": S, "발주사": P}
    assert (
        with_roles("공급사는 발주사의 요청에 따른다.", roles)
        == "수급사업자는 원사업자의 요청에 따른다."
    )
    assert with_roles("재공급사업은 별도로 한다.", roles) == "재공급사업은 별도로 한다."


def test_a_contract_in_its_own_names_is_read_as_who_must_do_what() -> None:
    lines = [
        "부품 공급 계약서",
        '주식회사 가나(이하 "발주사"라 한다)와 다라산업(이하 "공급사"라 한다)은 계약한다.',
        "제1조(비용)",
        "설계 변경에 따른 추가 비용은 공급사가 부담한다.",
        "제2조(검사)",
        "발주사는 납품받은 날부터 10일 이내에 검사 결과를 공급사에 서면으로 통지한다.",
    ]
    review = ContractReviewer(None).review(
        parse_contract(source_from_lines("c", lines)), CancelToken()
    )
    flagged = {f.paragraph.index for f in review.findings if f.finding.severity.value != "info"}
    assert flagged == {3}
