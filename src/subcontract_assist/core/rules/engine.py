"""Run every rule over a draft: ``check(draft)`` → sorted findings.

``RULES`` lists every form rule explicitly, topic by topic (no registry, no import magic). The
clause-text patterns run inside ``unfair_special_terms.clause_patterns`` over each special term;
``listed_rules()`` adds their metadata for ``subcontract-assist rules``.
"""

from __future__ import annotations

from subcontract_assist.core.clauses.meaning import MeaningRule, meaning_rules
from subcontract_assist.core.clauses.patterns import CLAUSE_RULES, ClauseRule
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Finding, sort_findings
from subcontract_assist.core.legal import LegalNumbers, legal_numbers
from subcontract_assist.core.rules import (
    adjustment,
    advance,
    applicability,
    export,
    guarantee,
    indexation,
    indexation_terms,
    inspection,
    mandatory,
    payment,
    payment_fees,
    pricing,
    special_terms,
    tech_data,
    written_contract,
)
from subcontract_assist.core.rules.base import Rule

RULES: tuple[Rule, ...] = (
    *applicability.RULES,  # 제2조 (hint), 제13조⑪
    *written_contract.RULES,  # 제3조①②⑥⑦⑫
    *mandatory.RULES,  # 제3조② M1–M8
    *special_terms.RULES,  # 제3조의4
    *pricing.RULES,  # 제4조②6·7, 제11조②5, 제12조
    *advance.RULES,  # 제6조
    *inspection.RULES,  # 제8조②, 제9조②
    *payment.RULES,  # 제13조①~⑤, 제17조
    *payment_fees.RULES,  # 제13조⑥~⑩
    *export.RULES,  # 제7조, 제15조
    *guarantee.RULES,  # 제13조의2
    *tech_data.RULES,  # 제12조의3
    *adjustment.RULES,  # 제16조, 제16조의2
    *indexation.RULES,  # 연동 의무
    *indexation_terms.RULES,  # 연동 약정
)


def listed_rules() -> list[Rule | ClauseRule | MeaningRule]:
    """Return every implemented rule: form rules, clause patterns, then the meaning rules."""
    seen = {rule.id for rule in RULES}
    patterns = [rule for rule in CLAUSE_RULES if rule.id not in seen]
    seen |= {rule.id for rule in patterns}
    return [*RULES, *patterns, *(rule for rule in meaning_rules() if rule.id not in seen)]


def check(draft: Draft, legal: LegalNumbers | None = None) -> list[Finding]:
    """Return the findings of every rule for ``draft``, most serious first."""
    numbers = legal or legal_numbers()
    return sort_findings([f for rule in RULES for f in rule.run(draft, numbers)])
