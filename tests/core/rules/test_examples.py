"""The example drafts: every complete example passes, the bad one trips many rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from subcontract_assist.cli import main
from subcontract_assist.core.clauses.patterns import CLAUSE_RULES
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.rules.engine import RULES, check, listed_rules
from tests.conftest import SHARED
from tests.core.rules.support import EXAMPLES, PASSING, example, problems


@pytest.mark.parametrize("name", PASSING)
def test_every_complete_example_has_no_violation_or_risk(name: str) -> None:
    assert [(f.rule, f.field, f.message.en) for f in problems(example(name))] == []


def test_the_examples_cover_every_transaction_type() -> None:
    types = {example(name).transaction.type.value for name in PASSING}
    assert types == {"manufacturing", "repair", "construction", "service_info", "service_labor"}


def test_the_bad_draft_trips_many_distinct_rules() -> None:
    found = problems(example("bad-manufacturing"))
    assert sum(f.severity is Severity.VIOLATION for f in found) >= 40
    assert len({f.rule for f in found}) >= 35


def test_an_empty_draft_lists_each_missing_item_once_not_hundreds() -> None:
    findings = check(Draft())
    mandatory = [f for f in findings if f.rule == "written_contract.mandatory_items"]
    items = [f.article for f in mandatory]
    assert len(items) == len(set(items))
    assert {f.field for f in mandatory} >= {
        "contract.order_date",
        "delivery.date",
        "inspection.method",
        "price.supply_amount",
        "adjustment.supply_cost.requirement",
    }
    assert len(findings) < 15


def test_rule_ids_are_unique_and_follow_the_taxonomy() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.id.split(".", 1)[0] == rule.category.value
        assert rule.article.startswith(("제", "영 ", "법률"))
        assert rule.title.ko
        assert rule.title.en


def test_check_json_carries_the_documented_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["check", str(EXAMPLES / "bad-manufacturing.scdraft.json"), "--format", "json"]) == 0
    )
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings
    for f in findings:
        assert {"rule", "category", "article", "severity", "message", "field", "suggestion"} <= set(
            f
        )


def test_rules_json_lists_form_rules_and_clause_patterns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    ids = {r["id"] for r in listed}
    assert {rule.id for rule in RULES} <= ids
    assert {rule.id for rule in CLAUSE_RULES} <= ids
    assert len(listed) == len(listed_rules()) == len(ids)
    assert all(set(r) >= {"id", "category", "article", "severity"} for r in listed)


def test_docs_list_every_rule_of_the_engine() -> None:
    docs = (EXAMPLES.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"`{rule.id}`" not in docs] == []


def test_docs_cover_every_rule_id_of_the_domain_reference() -> None:
    reference = SHARED / "domain" / "subcontract-law.md"
    if not reference.exists():
        pytest.skip("the domain reference is not beside this checkout")
    ids = re.findall(r"^#### `([a-z_]+\.[a-z0-9_]+)`", reference.read_text("utf-8"), re.MULTILINE)
    docs = (EXAMPLES.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert len(ids) > 100
    assert [i for i in ids if f"| `{i}` |" not in docs] == []
