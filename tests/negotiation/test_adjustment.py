"""The 조정 신청서's arithmetic on hand-worked cases, its letter, and the ``adjust`` command."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from subcontract_assist.cli import main
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import MaterialKind
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.negotiation.adjustment import (
    CostItem,
    CostReport,
    compute_adjustment,
    parse_costs,
)
from subcontract_assist.core.negotiation.application import adjustment_application
from subcontract_assist.core.negotiation.facts import ContractFacts

D = Decimal
MATERIAL, ENERGY = MaterialKind.MATERIAL, MaterialKind.ENERGY


def copper(current: str, threshold: str | None = "5", share: str | None = "40") -> CostItem:
    return CostItem(
        "동관",
        MATERIAL,
        D("10000"),
        D(current),
        share_pct=None if share is None else D(share),
        threshold_pct=None if threshold is None else D(threshold),
    )


POWER = CostItem("전력", ENERGY, D("120"), D("138"), D("12"), D("80"), D("5"))  # +15 %, 반영 80 %


def report(
    *items: CostItem, unit_price: int | None = 35_000, quantity: str | None = None
) -> CostReport:
    return CostReport(
        tuple(items), unit_price=unit_price, quantity=None if quantity is None else D(quantity)
    )


def test_under_the_threshold_nothing_applies() -> None:
    """+4 % against a 5 % 조정요건: not met, the price stays."""
    result = compute_adjustment(report(copper("10400")))
    (item,) = result.items
    assert item.change_pct == D(4)
    assert not item.met
    assert item.from_contract
    assert result.total_pct == 0
    assert not result.applies
    assert result.new_unit_price == 35_000


def test_at_the_threshold_it_applies() -> None:
    """+5 % exactly meets 5 % (이상): 40 % × 5 % × 100 % = 2 %; 35,000 → 35,700; × 1,000 개."""
    result = compute_adjustment(report(copper("10500"), quantity="1000"))
    assert result.items[0].met
    assert result.total_pct == D(2)
    assert result.new_unit_price == 35_700
    assert result.per_unit == 700
    assert result.amount == 700_000
    assert result.applies


def test_energy_over_the_threshold_with_a_reflection_ratio_below_100() -> None:
    """전력 +15 %, 비중 12 %, 반영비율 80 %: 1.44 %; 35,000 → 35,504; × 2,500 = 1,260,000."""
    result = compute_adjustment(report(POWER, quantity="2500"))
    assert result.items[0].change_pct == D(15)
    assert result.total_pct == D("1.44")
    assert result.new_unit_price == 35_504
    assert result.amount == 1_260_000


def test_material_and_energy_add_up() -> None:
    """2 % (동관) + 1.44 % (전력) = 3.44 %: 35,000 × 1.0344 = 36,204."""
    result = compute_adjustment(report(copper("10500"), POWER))
    assert result.total_pct == D("3.44")
    assert result.new_unit_price == 36_204


def test_without_a_contract_threshold_the_statutory_ceiling_applies() -> None:
    """No 연동표: 10 % (제2조⑱) — 9.99 % is under it, 10 % meets it."""
    under = compute_adjustment(report(copper("10999", threshold=None)))
    at = compute_adjustment(report(copper("11000", threshold=None)))
    assert under.items[0].threshold_pct == D(10)
    assert not under.items[0].from_contract
    assert not under.applies
    assert at.applies
    assert at.total_pct == D(4)  # 40 % × 10 % × 100 %


def test_a_fall_past_the_threshold_lowers_the_price_and_is_not_an_application() -> None:
    result = compute_adjustment(report(copper("9000")))
    assert result.items[0].met
    assert result.total_pct == D(-4)
    assert result.new_unit_price == 33_600
    assert not result.applies


def test_money_is_rounded_half_up_once() -> None:
    """33,333 × 1.015 = 33,832.995 → 33,833."""
    item = CostItem("동관", MATERIAL, D(100), D(110), D("15"), threshold_pct=D(5))
    assert compute_adjustment(report(item, unit_price=33_333)).new_unit_price == 33_833


def test_without_a_unit_price_the_contract_amount_is_adjusted() -> None:
    costs = CostReport((copper("10500"),), contract_amount=100_000_000)
    assert compute_adjustment(costs).amount == 2_000_000


def test_a_met_item_needs_its_share() -> None:
    with pytest.raises(DraftError, match="share_pct"):
        compute_adjustment(report(copper("12000", share=None)))


COSTS = """
object = "열교환기 부품"
unit_price = 35000
quantity = 2500
[[item]]
name = "전력"
kind = "energy"
base_price = 120
current_price = 138
share_pct = 12
reflection_pct = 80
threshold_pct = 5
"""


def test_cost_file_is_read_and_checked() -> None:
    costs = parse_costs(COSTS)
    assert costs.items[0].kind is ENERGY
    assert compute_adjustment(costs).amount == 1_260_000
    for bad, word in (
        ("not = [toml", "TOML"),
        ("unit_price = 1", "[[item]]"),
        ('[[item]]\nname = "동관"\nbase_price = 0\ncurrent_price = 1', "base_price"),
        (
            '[[item]]\nname = "동관"\nbase_price = 1\ncurrent_price = 1\nshare_pct = 120',
            "share_pct",
        ),
        ('[[item]]\nname = "동관"\nkind = "gas"\nbase_price = 1\ncurrent_price = 1', "kind"),
    ):
        with pytest.raises(DraftError) as caught:
            parse_costs(bad)
        assert word in caught.value.message("ko")


def test_the_drafts_indexation_table_gives_share_threshold_and_reflection(
    example_path: Path,
) -> None:
    """construction.scdraft.json: 철근, 비중 18 %, 조정요건 3 %, 반영비율 100 %, 대금 5억원."""
    draft = load_draft(example_path.parent / "construction.scdraft.json")
    costs = parse_costs(
        '[[item]]\nname = "철근"\nbase_price = 900000\ncurrent_price = 954000\n', draft=draft
    )
    result = compute_adjustment(costs)
    (item,) = result.items
    assert (item.item.share_pct, item.threshold_pct, item.from_contract) == (D(18), D(3), True)
    assert result.total_pct == D("1.08")  # 18 % × 6 % × 100 %
    assert result.amount == 5_400_000  # 500,000,000 × 1.08 %
    assert result.has_indexation


def test_the_application_states_the_working_and_the_statutory_timeline() -> None:
    result = compute_adjustment(report(POWER, quantity="2500"))
    facts = ContractFacts("부품 제조위탁 계약서", "(주)가나", "다라산업", dt.date(2026, 3, 2))
    text = "\n".join(b.text for b in adjustment_application(result, facts, dt.date(2026, 12, 5)))
    for expected in (
        "하도급대금 조정 신청서",
        "(주)가나 대표이사 귀하",
        "다라산업",
        "2026년 3월 2일",
        "+15%",
        "35,000원 × (1 + 1.44%) = 35,504원",
        "일금 일백이십육만원정 (₩1,260,000)",
        "10일 이내에 협의를 시작",
        "30일 안에 합의",
        "20일 이내",
        "하도급분쟁조정협의회",
        "포기하거나 제한하는 것이 아닙니다",
    ):
        assert expected in text, expected


def test_adjust_command_writes_only_past_the_threshold(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = example_path.parent / "construction.scdraft.json"
    costs, out = tmp_path / "costs.toml", tmp_path / "신청서.docx"
    costs.write_text('[[item]]\nname = "철근"\nbase_price = 900000\ncurrent_price = 920000\n')
    assert main(["--lang", "ko", "adjust", str(draft), "--costs", str(costs), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "미달" in captured.out
    assert "쓰지 않았습니다" in captured.err
    assert not out.exists()

    costs.write_text('[[item]]\nname = "철근"\nbase_price = 900000\ncurrent_price = 954000\n')
    args = ["adjust", str(draft), "--costs", str(costs), "-o", str(out), "--date", "2026-12-05"]
    assert main(["--lang", "ko", *args]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "하도급대금 조정 신청서" in text
    assert "일금 오백사십만원정" in text

    costs.write_text("[[item]]\nname = 1")
    assert main(["--lang", "en", *args]) == 2
    assert "[[item]] 1" in capsys.readouterr().err
    assert main(["adjust", str(draft), "--costs", str(costs), "-o", str(draft)]) == 2
