"""The parties' own names, from the preamble, read as 원사업자 / 수급사업자."""

from __future__ import annotations

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.negotiation.facts import contract_facts
from subcontract_assist.core.received.parties import aliases_from, with_roles
from subcontract_assist.core.received.review import (
    ContractReviewer,
    detect_transaction_type,
    language_notes,
)
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
        ('(株)가나(以下 "甲"이라 한다)와 (株)다라(以下 "乙"이라 한다)는', {}),
        (  # the owner named in the preamble is the owner, not the principal
            '(주)가나(이하 "원사업자")와 (주)다라(이하 "수급사업자")는 원사업자가 국립박물관(이하 '
            '"발주처"라 한다)으로부터 수주한 공사를 위탁한다',
            {},
        ),
        (
            '委託企業 (株)한빛(以下 "發注社"라 한다)과 (株)새솔(以下 "供給社"라 한다)은',
            {"발주사": P, "공급사": S},
        ),
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


def test_an_older_contract_in_hanja_is_read_as_who_must_do_what() -> None:
    lines = [
        "部品 製造委託 契約書",
        '(株)가나(以下 "甲"이라 한다)와 (株)다라(以下 "乙"이라 한다)는 다음과 같이 契約한다.',
        "第1條(目的) 이 契約은 甲이 乙에게 委託하는 部品 製造에 關한 事項을 定한다.",
        "第2條(費用)",
        "設計變更에 따른 追加 費用은 乙이 負擔한다.",
        "第3條(代金)",
        "甲은 乙에게 下都給代金을 目的物 受領日부터 60日 以內에 現金으로 支給한다.",
        "第4條(禁止行爲) 甲은 다음 各 號의 行爲를 하여서는 아니 된다.",
        "1. 正當한 事由 없이 下都給代金을 減額하는 行爲",
        "2. 乙의 責任 없는 事由로 目的物을 返品하는 行爲",
        "2027年 1月 1日",
        "甲 : (株)가나 代表理事 (印)",
    ]
    contract = parse_contract(source_from_lines("c", lines))
    articles = [p.article for p in contract.paragraphs if p.article]
    assert {"제1조(目的)", "제2조(費用)", "제3조(代金)", "제4조(禁止行爲)"} <= set(articles)
    assert detect_transaction_type(contract).type is TransactionType.MANUFACTURING  # 製造委託
    assert language_notes(contract) == ()
    facts = contract_facts(contract)
    assert (facts.principal_term, facts.sub_term) == ("갑", "을")
    assert (facts.principal, facts.subcontractor) == ("(주)가나", "(주)다라")  # (株) read
    assert str(facts.signed) == "2027-01-01"
    review = ContractReviewer(None).review(contract, CancelToken())
    flagged = {f.paragraph.index for f in review.findings if f.finding.severity.value != "info"}
    # the added cost of a design change put on 乙 (제3조의4); not 60日, nor the prohibited acts
    assert flagged == {4}


def test_the_letter_names_the_firms_of_a_numbered_preamble() -> None:
    lines = [
        "외벽 공사 하도급 계약서",
        "전문",
        '① 대진건설(주)(이하 "갑"이라 한다)와 석림석재(이하 "을"이라 한다)는 계약한다.',
        "② 공사명: 외벽 석공사",
        "제1조(목적) 이 계약은 갑이 을에게 위탁하는 공사에 관한 사항을 정한다.",
    ]
    facts = contract_facts(parse_contract(source_from_lines("c", lines)))
    assert (facts.principal, facts.subcontractor) == ("대진건설(주)", "석림석재")
