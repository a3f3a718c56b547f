"""The legal numbers: one data file with source and date, and findings quote what is in force."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

import pytest

from subcontract_assist.core.legal import LegalNumbers, format_won, legal_numbers
from subcontract_assist.core.rules.engine import check
from tests.core.rules.support import example


def _entries() -> dict[str, dict[str, Any]]:
    data = resources.files("subcontract_assist.core.data").joinpath("legal_numbers.toml")
    return tomllib.loads(data.read_text(encoding="utf-8"))


def test_every_number_names_its_article_source_and_effective_date() -> None:
    for number in legal_numbers().all():
        assert number.article, number.key
        assert number.source, number.key
        dt.date.fromisoformat(number.effective)


def test_the_notified_rates_and_statutory_periods_are_in_the_file() -> None:
    legal = legal_numbers()
    assert legal.number("late_interest_rate_pct") == 15.5
    assert legal.number("bill_discount_rate_pct") == 7.5
    assert legal.integer("payment_deadline_days") == 60
    assert legal.integer("indexation_small_amount") == 100_000_000
    assert legal.date("energy_indexation_start_date") == dt.date(2026, 8, 11)


def test_accessors_refuse_the_wrong_kind() -> None:
    with pytest.raises(TypeError):
        legal_numbers().date("payment_deadline_days")
    with pytest.raises(TypeError):
        legal_numbers().integer("late_interest_rate_pct")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (100_000_000, "1억원"),
        (10_000_000, "1천만원"),
        (74_800_000, "7,480만원"),
        (2 * 10**12, "2조원"),
    ],
)
def test_won_amounts_read_as_contracts_write_them(amount: int, words: str) -> None:
    assert format_won(amount) == words


def test_a_new_notice_is_a_data_edit_that_every_finding_quotes() -> None:
    entries = _entries()
    entries["late_interest_rate_pct"]["value"] = 12.5
    entries["payment_deadline_days"]["value"] = 45
    entries["bill_discount_rate_pct"]["value"] = 6.5
    changed = LegalNumbers(entries)
    draft = example("bad-manufacturing")
    draft.adjustment.design_change.adjust_days = 50  # the draft's own figures, not the law's
    draft.payment.principal_receipt_bill_tenor_days = 50
    text = " ".join(
        f"{f.message.ko} {f.suggestion}"
        for f in check(draft, changed)
        if not f.field.startswith("special_terms[")  # clause patterns carry their own wording
    )
    assert "12.5%" in text
    assert "45일" in text
    assert "6.5%" in text
    assert "15.5" not in text
    assert "60일" not in text
    assert "7.5%" not in text
