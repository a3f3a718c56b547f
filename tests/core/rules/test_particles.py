"""Particles after a value follow how the value is read (audit K1–K5), through one helper.

Every message that quotes a value the user typed (a change order, an undetermined item, an
indexation row, a guarantee instrument, a supplied material) is produced here with values ending
in a vowel, a consonant, ㄹ, a digit and %, and each particle after the quoted value is checked
against ``koreanformat.josa``.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from subcontract_assist.core.draft.schema import (
    ChangeOrder,
    Draft,
    IndexationExemption,
    IndexationItem,
    PaymentBondExemption,
    SmeStatus,
    SuppliedMaterial,
    UndeterminedItem,
)
from subcontract_assist.core.koreanformat import josa, quoted
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.rules.engine import check
from tests.core.rules.support import example, hits

VALUES = {
    "vowel": "도료",
    "consonant": "철근",
    "rieul": "케이블",
    "digit": "2분기 단가 3",
    "percent": "원가의 10%",
}
_PARTICLE = re.compile(r"(으로|을|를|이|가|은|는|과|와|로)(?![가-힣])")
_BOTH_FORMS = re.compile(r"[을이은과]\((?:를|가|는|와)\)|으\(로\)")


def _manufacturing_with(value: str) -> Draft:
    draft = example("manufacturing")
    start = draft.contract.signed_date or dt.date(2026, 12, 1)
    draft.contract.change_orders = [
        ChangeOrder(description=value, issue_date=start, start_date=start),  # same day: risk
        ChangeOrder(description=value, start_date=start),  # not issued: violation
    ]
    draft.contract.undetermined_items = [
        UndeterminedItem(item=value),  # no reason, no date
        UndeterminedItem(item=value, reason="설계 미확정", expected_date=start),
    ]
    draft.contract.period_end = (draft.contract.period_start or start) + dt.timedelta(days=200)
    draft.indexation.exemption = None
    draft.indexation.has_main_material = True
    draft.indexation.items = [
        IndexationItem(
            material=value, threshold_pct=15, decrease_only=True, reflection_ratio_pct=30
        )
    ]
    draft.materials_supplied = [
        SuppliedMaterial(name=value, price=2_000, principal_cost=1_000, charge_before_payment=True)
    ]
    return draft


def _construction_with(value: str) -> Draft:
    draft = example("construction")
    bond = draft.guarantees.payment_bond
    bond.instrument = value  # not a statutory guarantor: risk
    bond.issued, bond.issue_date = None, None  # the change order below ends the exemption
    draft.price.supply_amount = 8_000_000
    draft.contract.lowest_bid_amount = None
    signed = draft.contract.signed_date or dt.date(2026, 12, 1)
    draft.contract.change_orders = [
        ChangeOrder(description=value, issue_date=signed, start_date=signed, amount_delta=5_000_000)
    ]
    return draft


def _messages(draft: Draft) -> str:
    return "\n".join(f.message.ko for f in check(draft))


@pytest.mark.parametrize("ending", sorted(VALUES))
def test_particles_after_a_quoted_value_follow_its_reading(ending: str) -> None:
    value = VALUES[ending]
    text = _messages(_manufacturing_with(value)) + "\n" + _messages(_construction_with(value))
    label = quoted(value)
    after = [m.group(1) for m in re.finditer(re.escape(label) + _PARTICLE.pattern, text)]
    assert len(after) >= 4, text  # the messages were produced, not skipped
    for particle in after:
        assert josa(label, particle) == f"{label}{particle}", (ending, particle)
    assert not _BOTH_FORMS.search(text)


@pytest.mark.parametrize(
    ("word", "particle", "expected"),
    [
        ("사유", "이", "사유가"),  # vowel
        ("철근", "을", "철근을"),  # consonant
        ("케이블", "으로", "케이블로"),  # ㄹ takes 로
        ("7", "으로", "7로"),  # 칠: ㄹ
        ("3", "이", "3이"),  # 삼
        ("10", "을", "10을"),  # 십
        ("15.5", "이", "15.5가"),  # …오
        ("1,000", "은", "1,000은"),  # 천
        ("10%", "을", "10%를"),  # 퍼센트
        ("'하도급대금지급관리시스템'", "는", "'하도급대금지급관리시스템'은"),
        ("'원사업자가 소기업'", "가", "'원사업자가 소기업'이"),
        ("ABC(주)", "와", "ABC(주)와"),
        ("漢", "을", "漢을(를)"),  # reading unknown: both forms, as forms do
    ],
)
def test_josa_reads_the_last_syllable_digit_or_sign(
    word: str, particle: str, expected: str
) -> None:
    assert josa(word, particle) == expected


def test_k1_joined_missing_items_take_the_particle_of_the_last_one() -> None:
    draft = example("manufacturing")
    draft.contract.undetermined_items = [UndeterminedItem(item="2분기 단가")]
    [finding] = hits(draft, "written_contract.undetermined_items")
    assert "정하지 못한 사유·확정 예정기일이 없습니다" in finding.message.ko
    draft.contract.undetermined_items = [
        UndeterminedItem(item="2분기 단가", expected_date=dt.date(2027, 3, 1))
    ]
    [finding] = hits(draft, "written_contract.undetermined_items")
    assert "미확정 사항 '2분기 단가'에 정하지 못한 사유가 없습니다" in finding.message.ko


def test_k2_a_claimed_exemption_ending_in_a_consonant_takes_eun() -> None:
    draft = example("construction")
    draft.guarantees.payment_bond.exemption = PaymentBondExemption.PAYMENT_SYSTEM
    [finding] = hits(draft, "payment_guarantee.exemption_small")
    assert "'하도급대금지급관리시스템'은 이 계약에" in finding.message.ko


def test_k3_an_indexation_exemption_label_ending_in_a_consonant_takes_i() -> None:
    draft = example("manufacturing")
    draft.indexation.exemption = IndexationExemption.SMALL_PRINCIPAL
    draft.parties.principal.sme_status = SmeStatus.LARGE  # the claimed exemption does not hold
    draft.price.supply_amount = 300_000_000
    start = draft.contract.period_start or dt.date(2026, 12, 1)
    draft.contract.period_end = start + dt.timedelta(days=200)
    found = hits(draft, "price_adjustment.indexation_required")
    assert any("'원사업자가 소기업'이 입력된" in f.message.ko for f in found)


def test_k4_a_percentage_limit_takes_reul() -> None:
    draft = _manufacturing_with("철근")
    [finding] = hits(draft, "price_adjustment.indexation_threshold_max_10pct")
    assert f"{legal_numbers()['indexation_threshold_max_pct']}를 넘습니다" in finding.message.ko
    assert "%을" not in finding.message.ko


def test_k5_midsize_protection_is_for_sales_below_the_decree_amount() -> None:
    draft = example("manufacturing")
    draft.parties.subcontractor.sme_status = SmeStatus.MIDSIZE
    [finding] = hits(draft, "payment_terms.midsize_coverage")
    assert "대통령령으로 정하는 금액 미만인 중견기업" in finding.message.ko
    assert "이하 중견기업" not in finding.message.ko
