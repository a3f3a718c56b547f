"""Who must do what: actor, modality, cost-bearer and negated act of a clause sentence."""

from __future__ import annotations

import pytest

from subcontract_assist.core.clauses.patterns import normalized
from subcontract_assist.core.clauses.reading import Modality, read_sentence
from subcontract_assist.core.clauses.screen import protects_its_items, quotes_the_law, read_clause

P, S = "원사업자", "수급사업자"


def first(text: str):  # type: ignore[no-untyped-def]
    return read_sentence(normalized(text))[0]


@pytest.mark.parametrize(
    ("text", "actor", "modality"),
    [
        (
            "갑은 다음 각 호의 어느 하나에 해당하는 행위를 하여서는 아니 된다.",
            P,
            Modality.PROHIBITION,
        ),
        ("갑은 정당한 사유 없이 목적물을 반품하지 아니한다.", P, Modality.NEGATION),
        ("을은 물가변동을 이유로 계약금액의 조정을 요구할 수 없다.", S, Modality.BARRED),
        ("을은 계약금액의 조정을 신청할 수 있다.", S, Modality.PERMISSION),
        ("갑은 수령일부터 60일 이내에 하도급대금을 지급하여야 한다.", P, Modality.OBLIGATION),
        ("이 계약에 위반한 약정은 무효로 한다.", "", Modality.NULLITY),
        ("'기술자료'란 제조 방법에 관한 정보를 말한다.", "", Modality.DEFINITION),
        ('"하도급대금"이라 함은 목적물의 대가를 말한다.', "", Modality.DEFINITION),
        ("갑과 을은 신의에 따라 성실히 이행한다.", "both", Modality.STATEMENT),
        ("양 당사자는 협의하여 단가를 정한다.", "both", Modality.STATEMENT),
        ("※ 설계변경에 따른 추가 비용 청구 불가", "", Modality.BARRED),
        ("공기 만회를 위한 돌관작업 시 추가 비용 없음", "", Modality.BARRED),
        ("천재지변으로 생긴 손상은 을 책임이 아닙니다.", "", Modality.NEGATION),
        ("갑이 물량을 줄이거나 거래를 끊는 일은 없습니다.", P, Modality.NEGATION),
        ("발주를 취소하는 경우 투입된 비용을 을에게 지급한다.", P, Modality.STATEMENT),
        ("지체상금은 갑에게 지급한다.", S, Modality.STATEMENT),
        ("갑은 지급보증서를 교부한 바 없다.", P, Modality.NEGATION),  # has not done it
        ("갑과의 거래 내역을 제출한 을은 감점된다.", S, Modality.STATEMENT),  # 와의: not joined
        ("갑과 조합은 이에 관여하지 아니한다.", P, Modality.NEGATION),  # a body joined to 갑
        ("위험한 경우 을의 작업자는 작업을 중지한다.", S, Modality.STATEMENT),  # its staff
        ("병은 갑에게 기성금을 지급하고 갑은 을에게 지급한다.", "발주자", Modality.STATEMENT),
    ],
)
def test_actor_and_modality_come_from_the_main_predicate(
    text: str, actor: str, modality: Modality
) -> None:
    reading = first(text)
    assert (reading.actor, reading.modality) == (actor, modality)


def test_without_a_full_stop_the_ending_still_decides() -> None:
    assert first("갑은 다음 각 호의 행위를 하여서는 아니 된다").modality is Modality.PROHIBITION


def test_a_condition_does_not_make_its_subject_the_actor() -> None:
    reading = first("을이 하도급법 위반 사실을 신고하는 경우 갑은 거래를 중단할 수 있다.")
    assert (reading.actor, reading.modality) == (P, Modality.PERMISSION)


def test_the_subject_of_a_modifier_is_not_the_actor() -> None:
    reading = first("갑이 발주자에게 예치하여야 하는 하자보수보증금은 을이 그 전액을 부담한다.")
    assert reading.actor == S
    assert reading.bearer == S


def test_coordinated_clauses_are_read_one_by_one() -> None:
    permission, bar = read_sentence(
        normalized("갑은 발주를 취소할 수 있으며, 을은 이에 대하여 손해배상을 청구할 수 없다.")
    )
    assert (permission.actor, permission.modality) == (P, Modality.PERMISSION)
    assert (bar.actor, bar.modality, bar.negated) == (S, Modality.BARRED, "청구")


def test_a_chained_clause_carries_its_qualifier_to_the_next() -> None:
    _, repair = read_sentence(normalized("모든 하자는 원인을 불문하고 을이 보수한다."))
    assert "불문" in repair.scope
    assert repair.actor == S


@pytest.mark.parametrize(
    ("text", "bearer"),
    [
        ("돌관공사 비용은 을 부담으로 한다.", S),
        ("추가공사 비용은 을의 부담으로 한다.", S),
        ("현장 민원 처리는 을 책임", S),
        ("을의 책임 있는 사유로 납기가 늦어진 경우 갑은 지체상금을 청구할 수 있다.", ""),
        ("추가·변경으로 을의 비용이 늘어나는 경우 갑은 이를 대금에 반영한다.", ""),
        ("을은 지체상금을 부담하지 아니한다.", ""),
    ],
)
def test_who_bears_the_cost(text: str, bearer: str) -> None:
    assert first(text).bearer == bearer


@pytest.mark.parametrize(
    ("text", "restrains"),
    [
        ("갑은 정당한 사유 없이 반품하지 아니한다.", True),  # a promise not to harm
        ("갑은 을에게 산업재해 비용을 부담시키지 아니한다.", True),
        ("갑은 어떠한 경우에도 추가 비용을 부담하지 아니한다.", False),  # refusing to pay
        ("갑은 책임을 지지 아니한다.", False),
        ("판매 부진은 반품 사유가 되지 아니한다.", True),
    ],
)
def test_a_promise_not_to_harm_is_told_apart_from_a_refusal_to_pay(
    text: str, restrains: bool
) -> None:
    assert first(text).restrains_principal is restrains


def test_items_inherit_a_prohibition_lead_in() -> None:
    readings, protected = read_clause(
        "원사업자는 다음 각 호의 어느 하나에 해당하는 행위를 하여서는 아니 된다. "
        "1. 발주자의 발주취소를 이유로 반품하는 행위"
    )
    assert len(readings) == 2
    assert all(protected)


@pytest.mark.parametrize(
    "lead_in",
    [
        "원사업자는 다음 각 호의 어느 하나에 해당하는 행위를 하여서는 아니 된다.",
        "원사업자는 정당한 사유 없이 다음 각 호의 행위를 하지 아니한다.",
        "다음 각 호의 어느 하나에 해당하는 원사업자의 행위는 부당반품으로 본다.",
        "다음 각 호의 어느 하나에 해당하는 약정은 부당한 특약으로 보며 효력이 없다.",
    ],
)
def test_lead_ins_that_protect_their_items(lead_in: str) -> None:
    assert protects_its_items(lead_in)


@pytest.mark.parametrize(
    "lead_in",
    [
        "을은 다음 각 호의 비용을 부담한다.",
        "갑은 다음 각 호의 경우 계약을 해지할 수 있다.",
    ],
)
def test_lead_ins_that_impose_their_items(lead_in: str) -> None:
    assert not protects_its_items(lead_in)


def test_a_note_that_quotes_the_law_is_not_a_term() -> None:
    assert quotes_the_law("※ 적용대상 : 하도급법 제2조에 따른 제조위탁")
    assert not quotes_the_law("※ 설계변경에 따른 추가 비용 청구 불가")


def test_citations_name_the_act_or_its_decree() -> None:
    from subcontract_assist.core.findings import cited

    assert cited("제13조 제1항") == "하도급법 제13조 제1항"
    assert cited("영 제3조 제1항 제1호") == "하도급법 시행령 제3조 제1항 제1호"
    assert cited("영 제3조", "en") == "Enforcement Decree 제3조"
    assert cited("부당특약 고시") == "부당특약 고시"


def test_the_actor_of_a_reason_and_of_a_demand() -> None:
    """The subject of '…하였다는 이유로' is not the actor, and the party a demand is made of is
    not the one demanding: the principal's promises in one long sentence stay the principal's."""
    readings, protected = read_clause(
        "위탁기업은 수지 등급을 지정할 수 있으나 그 구매처는 수탁기업이 정하며, 수탁기업에 "
        "경영정보를 요구하지 아니하고, 수탁기업이 신고를 하였다는 이유로 불이익을 주지 아니한다."
    )
    assert [r.actor for r in readings][-2:] == [P, P]
    assert protected[-2:] == (True, True)


@pytest.mark.parametrize(
    ("text", "actor", "negated"),
    [
        ("갑은 납기가 늦어진 경우에도 을에게 지체 책임을 묻지 아니한다.", P, "묻"),
        ("두 회사가 협의하여 정한다.", "both", ""),
    ],
)
def test_irregular_verbs_and_both_firms(text: str, actor: str, negated: str) -> None:
    """묻지 (an irregular verb, tagged VV-I) is the act denied, not 책임; "두 회사" is both."""
    reading = first(text)
    assert (reading.actor, reading.negated) == (actor, negated)
