"""Property tests: any input to the draft loader gives a Draft or a DraftError, nothing else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subcontract_assist.core.draft.files import dump_draft, parse_draft
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import DraftError

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)

SECTIONS = ["transaction", "parties", "contract", "payment", "inspection", "price", "special_terms"]


def _load(raw: bytes | str) -> Draft | None:
    try:
        draft = parse_draft(raw, "prop.json")
    except DraftError as exc:
        messages = (exc.message("ko"), exc.message("en"))
    else:
        return draft
    assert all(messages), "every DraftError carries a Korean and an English message"
    return None


@given(st.binary(max_size=2000))
def test_any_bytes_load_or_fail_cleanly(raw: bytes) -> None:
    _load(raw)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(SECTIONS), JSON_VALUES, max_size=5))
def test_any_json_sections_load_or_fail_cleanly(sections: dict[str, Any]) -> None:
    data = {"format": "subcontract-assist/draft", "version": 1, **sections}
    draft = _load(json.dumps(data))
    if draft is not None:  # what loads also saves and reloads to the same draft
        assert parse_draft(dump_draft(draft)) == draft


@given(st.text(max_size=3000))
def test_any_special_term_text_round_trips(text: str) -> None:
    data = {"format": "subcontract-assist/draft", "version": 1, "special_terms": [{"text": text}]}
    draft = _load(json.dumps(data))
    if draft is not None:
        assert parse_draft(dump_draft(draft)) == draft


def test_deeply_nested_json_fails_cleanly() -> None:
    assert _load("[" * 100_000 + "]" * 100_000) is None
