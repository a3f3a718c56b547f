"""The fair wording a redline inserts for a finding, with the contract's own values and words.

A clause rule carries fair replacement wording (``Finding.suggestion``). Some of it needs a value
the statute does not fix (a due date within 60 days, a threshold within 10 %): ``fair_wording.toml``
writes those as ``{slot}``; the value comes from the contract where it states one within the
legal limit, else the wording keeps a visible ``○○`` and the comment says what to fill in. The
parties are renamed to the contract's own words (갑/을) with the particles that follow them.
Model findings carry only their category's generic wording: they get a comment, not a change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from subcontract_assist.core.findings import Finding, Source
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.negotiation.facts import ContractFacts
from subcontract_assist.core.text import Text

BLANK = "○○"
_SLOT = re.compile(r"\{([a-z_]+)\}")
_LAW = re.compile(r"\{law\.([a-z0-9_]+)\}")
_PARTY = re.compile(r"(원사업자|수급사업자)(으로|로|은|는|이|가|을|를|과|와)?")


def fill_law(text: str) -> str:
    """Replace each ``{law.key}`` by the number in force as the statute states it (``60일``)."""
    numbers = legal_numbers()
    return _LAW.sub(lambda m: str(numbers[m.group(1)]), text)


@dataclass(frozen=True, slots=True)
class Slot:
    """A value fair wording needs: where to find it in a contract, and what to ask otherwise."""

    name: str
    label: Text
    hint: Text
    find: tuple[re.Pattern[str], ...] = ()
    max_law: str = ""

    def value_in(self, text: str) -> str | None:
        """Return the first figure the contract states within the legal limit, else None."""
        limit = legal_numbers().number(self.max_law) if self.max_law else None
        for regex in self.find:
            for match in regex.finditer(text):
                figure = match.group(1)
                if limit is None or float(figure) <= limit:
                    return figure
        return None


@dataclass(frozen=True, slots=True)
class SlotValue:
    """A slot as filled for one contract: the value read from it, or None (left ``○○``)."""

    slot: Slot
    value: str | None


@dataclass(frozen=True, slots=True)
class FairWording:
    """The wording to insert for one finding, with the values it took from the contract."""

    rule: str
    text: str
    values: tuple[SlotValue, ...] = ()

    @property
    def blanks(self) -> tuple[Slot, ...]:
        return tuple(v.slot for v in self.values if v.value is None)


@dataclass(frozen=True, slots=True)
class _Override:
    text: str = ""
    comment_only: bool = False


@cache
def _data() -> tuple[dict[str, Slot], dict[str, _Override]]:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("subcontract_assist.core.data")
        .joinpath("fair_wording.toml")
        .read_text(encoding="utf-8")
    )
    slots = {
        name: Slot(
            name=name,
            label=Text(spec["label_ko"], spec["label_en"]),
            hint=Text(fill_law(spec["hint_ko"]), fill_law(spec["hint_en"])),
            find=tuple(re.compile(r) for r in spec.get("find", ())),
            max_law=spec.get("max_law", ""),
        )
        for name, spec in raw.get("slots", {}).items()
    }
    rules = {
        rule: _Override(fill_law(spec.get("text", "")), bool(spec.get("comment_only", False)))
        for rule, spec in raw.get("rules", {}).items()
    }
    for rule in rules.values():
        unknown = set(_SLOT.findall(rule.text)) - set(slots)
        if unknown:
            raise KeyError(f"fair_wording.toml: unknown slot(s) {sorted(unknown)}")
    return slots, rules


def in_party_words(text: str, facts: ContractFacts) -> str:
    """Return ``text`` with 원사업자/수급사업자 in the contract's words and matching particles."""
    if facts.principal_term == "원사업자" and facts.sub_term == "수급사업자":
        return text

    def rename(match: re.Match[str]) -> str:
        word = facts.principal_term if match.group(1) == "원사업자" else facts.sub_term
        particle = match.group(2)
        return josa(word, particle) if particle else word

    return _PARTY.sub(rename, text)


def fair_wording(finding: Finding, contract_text: str, facts: ContractFacts) -> FairWording | None:
    """Return the wording that replaces the flagged clause, or None when none is ready.

    None for a model finding (its wording is its category's, not this clause's), for a finding
    without fair wording, and for a rule marked ``comment_only``.
    """
    if finding.source is not Source.RULE or not finding.suggestion.strip():
        return None
    slots, rules = _data()
    override = rules.get(finding.rule)
    if override is not None and override.comment_only:
        return None
    text = override.text if override is not None and override.text else finding.suggestion
    values = tuple(
        SlotValue(slots[name], slots[name].value_in(contract_text))
        for name in dict.fromkeys(_SLOT.findall(text))
    )
    for filled in values:
        text = text.replace("{" + filled.slot.name + "}", filled.value or BLANK)
    return FairWording(finding.rule, in_party_words(text, facts), values)
