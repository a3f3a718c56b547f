"""Draft files: valid ones load, bad ones fail with a message naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from subcontract_assist.core.draft.files import load_draft, parse_draft, save_draft
from subcontract_assist.core.draft.schema import Draft, TransactionType
from subcontract_assist.core.errors import DraftError


def test_example_draft_loads(example_path: Path) -> None:
    draft = load_draft(example_path)
    assert draft.transaction.type is TransactionType.MANUFACTURING
    assert draft.parties.principal.biz_reg_no == "124-81-00998"
    assert draft.price.total_amount == 74_800_000


def test_save_then_load_gives_the_same_draft(example_path: Path, tmp_path: Path) -> None:
    draft = load_draft(example_path)
    out = tmp_path / "copy.scdraft.json"
    save_draft(draft, out)
    save_draft(draft, out)
    assert load_draft(out) == draft
    assert (tmp_path / "copy.scdraft.json.bak").exists()


def test_bad_json_names_line_and_column() -> None:
    with pytest.raises(DraftError) as info:
        parse_draft('{"format": ', "x.json")
    assert "JSON" in info.value.message("ko")
    assert "1행" in info.value.message("ko")


def test_wrong_type_names_the_field_and_what_was_expected() -> None:
    data = {
        "format": "subcontract-assist/draft",
        "version": 1,
        "payment": {"due_days_after_receipt": "육십"},
    }
    with pytest.raises(DraftError) as info:
        parse_draft(json.dumps(data), "x.json")
    ko = info.value.message("ko")
    assert "payment.due_days_after_receipt" in ko
    assert "정수" in ko
    assert "육십" in ko
    assert "whole number" in info.value.message("en")


def test_missing_format_is_refused() -> None:
    with pytest.raises(DraftError, match="format"):
        parse_draft('{"version": 1}', "x.json")


def test_newer_version_is_refused_clearly() -> None:
    with pytest.raises(DraftError) as info:
        parse_draft('{"format": "subcontract-assist/draft", "version": 99}', "x.json")
    assert "업데이트" in info.value.message("ko")


def test_bad_business_number_checksum_is_explained() -> None:
    data = {
        "format": "subcontract-assist/draft",
        "version": 1,
        "parties": {"principal": {"biz_reg_no": "123-45-67890"}},
    }
    with pytest.raises(DraftError) as info:
        parse_draft(json.dumps(data), "x.json")
    assert "parties.principal.biz_reg_no" in info.value.message("ko")
    assert "검증번호" in info.value.message("ko")


def test_unknown_field_is_reported_as_a_typo() -> None:
    data = {"format": "subcontract-assist/draft", "version": 1, "paymnet": {}}
    with pytest.raises(DraftError, match="paymnet"):
        parse_draft(json.dumps(data), "x.json")


def test_empty_draft_is_valid() -> None:
    assert parse_draft(Draft().model_dump_json(), "new") == Draft()
