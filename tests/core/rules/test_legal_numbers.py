"""The legal numbers: one data file with source and date, and findings quote what is in force."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

import pytest

from subcontract_assist.core.clauses import patterns
from subcontract_assist.core.clauses.patterns import screen_clause
from subcontract_assist.core.draft.schema import SpecialTerm
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
    draft.special_terms = [
        SpecialTerm(text="하도급대금은 목적물 수령일부터 50일 이내에 현금으로 지급한다."),
        SpecialTerm(text="지연이자는 연 13%로 한다."),
    ]
    findings = check(draft, changed)
    text = " ".join(f"{f.message.ko} {f.suggestion}" for f in findings)
    clause_rules = {f.rule for f in findings if f.field.startswith("special_terms[")}
    # the clause rules test the draft's figures against the changed numbers: 50 > 45 days,
    # 13% is no longer below the notified rate
    assert "payment_terms.deadline_60d" in clause_rules
    assert "payment_terms.late_interest" not in clause_rules
    assert "12.5%" in text
    assert "45일" in text
    assert "6.5%" in text
    assert "15.5" not in text
    assert "60일" not in text
    assert "7.5%" not in text


def test_clause_rule_texts_quote_the_numbers_file() -> None:
    entries = _entries()
    entries["payment_deadline_days"]["value"] = 45
    entries["late_interest_rate_pct"]["value"] = 12.5
    changed = LegalNumbers(entries)
    [finding] = screen_clause("대금은 납품일로부터 75일 이내에 지급한다.", legal=changed)
    assert "45일" in finding.message.ko
    assert "45 days" in finding.message.en
    assert "60" not in f"{finding.message.ko} {finding.message.en} {finding.suggestion}"
    [interest] = screen_clause("지연이자는 연 10%로 한다.", legal=changed)
    assert "12.5%" in interest.message.ko
    assert "15.5" not in f"{interest.message.ko} {interest.suggestion}"
    # the shipped numbers are untouched by the changed copy
    assert "60일" in screen_clause("대금은 납품일로부터 75일 이내에 지급한다.")[0].message.ko


def _spec(**num: object) -> dict[str, object]:
    return {
        "id": "payment_terms.deadline_60d",
        "article": "제13조 제1항",
        "severity": "violation",
        "title": ["{law.payment_deadline_days}", "{law.payment_deadline_days}"],
        "why": ["x", "x"],
        "fix": "x",
        "when": [{"all": ["지급"], "num": {"re": r"(?P<n>\d+)일", **num}}],
    }


def test_a_clause_rule_naming_a_missing_number_fails_when_the_patterns_load() -> None:
    legal = legal_numbers()
    rule = patterns._rule(_spec(gt="payment_deadline_days"), {}, legal)
    assert rule.title.ko == "60일"
    with pytest.raises(ValueError, match="payment_days_typo"):
        patterns._rule(_spec(gt="payment_days_typo"), {}, legal)
    with pytest.raises(ValueError, match="basis"):
        patterns._rule(_spec(gt=60), {}, legal)  # a typed statutory figure is refused
    bad_text = {**_spec(gt="payment_deadline_days"), "why": ["{law.no_such_key}", "x"]}
    with pytest.raises(ValueError, match="no_such_key"):
        patterns._rule(bad_text, {}, legal)


def test_every_clause_number_test_reads_a_legal_number_or_states_its_basis() -> None:
    import tomllib as toml
    from importlib import resources as res

    folder = res.files("subcontract_assist.core.data").joinpath("clause_patterns")
    keys = {number.key for number in legal_numbers().all()}
    for entry in folder.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        for rule in toml.loads(entry.read_text(encoding="utf-8")).get("rule", []):
            for when in rule["when"]:
                num = when.get("num")
                if num is None:
                    continue
                limit = next(num[d] for d in ("gt", "ge", "lt", "le") if d in num)
                assert (limit in keys) if isinstance(limit, str) else bool(num.get("basis")), rule[
                    "id"
                ]


@pytest.mark.parametrize(
    ("key", "cites", "not_cites"),
    [
        ("direct_payment_agreement_days", "영 제8조①3", "영 제8조①2 ("),  # N1
        ("midsize_protection_sales", "영 제7조의6", "영 제7조의5"),  # N2
        ("indexation_start_date", "법률 제19562호", "제19555호"),  # N3
    ],
)
def test_sources_cite_the_decree_and_law_numbers_in_force(
    key: str, cites: str, not_cites: str
) -> None:
    source = legal_numbers()[key].source
    assert cites in source
    assert not_cites not in source


@pytest.mark.parametrize(
    ("key", "effective"),
    [
        ("design_change_notice_days", "2010-07-26"),  # N4: 법률 제9971호, 공포 + 6개월
        ("design_change_adjust_days", "2010-07-26"),
        ("design_change_pay_days", "2010-07-26"),
        ("payment_bond_small_amount", "2013-11-29"),  # N5: 대통령령 제24883호
        ("indexation_main_share_pct", "2023-07-18"),  # N7: definitions on 공포
        ("indexation_threshold_max_pct", "2023-07-18"),
        ("midsize_protection_sales", "2016-01-25"),  # N8: 법률 제13451호, 공포 + 6개월
        ("local_lc_days", "2018-05-01"),  # N6: <개정 2017.10.31>, 공포 + 6개월
    ],
)
def test_effective_dates_are_the_enforcement_dates_of_the_amendments(
    key: str, effective: str
) -> None:
    assert legal_numbers()[key].effective == effective


def test_unverifiable_first_dates_say_so() -> None:
    # N6: the 부칙 show when these articles were last amended, not when each figure began
    for key in ("advance_passthrough_days", "customs_refund_days", "payment_deadline_days"):
        assert "최초 시행일 미확인" in legal_numbers()[key].source, key
