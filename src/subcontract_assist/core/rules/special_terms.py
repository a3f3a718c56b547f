"""부당특약 (제3조의4): screen every free-text special term, plus unfair terms set in the form.

The clause-text patterns live in ``clauses`` (data in ``data/clause_patterns``); this module runs
them over ``special_terms[i].text`` and explains the civil effect (제3조의4③, from 2025-10-02).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from subcontract_assist.core.clauses.screen import screen
from subcontract_assist.core.draft.schema import Draft, Side
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa, quoted
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, signed_on_or_after
from subcontract_assist.core.text import Text


def _nullity_text(draft: Draft, legal: LegalNumbers) -> Text:
    since = legal["unfair_terms_nullity_date"]
    if signed_on_or_after(draft, legal.date("unfair_terms_nullity_date")):
        return Text(
            f"{since.value} 이후 정한 부당특약은 그 부분이 무효입니다(법 제3조의4②1~3호 유형은 "
            "당연 무효, 시행령·고시 유형은 현저하게 불공정한 경우 무효). 계약의 나머지는 "
            "유효합니다.",
            f"Unfair terms set from {since.value} are void to that extent (statutory types "
            "always, decree and notice types when markedly unfair); the rest stays valid.",
        )
    return Text(
        f"{since.value} 전에 정한 특약에는 무효 규정이 적용되지 않지만 시정명령·과징금 대상입니다.",
        f"Terms set before {since.value} are not void, but remain subject to corrective orders "
        "and fines.",
    )


@lru_cache(maxsize=1024)
def _screen(text: str, field: str, legal: LegalNumbers) -> tuple[Finding, ...]:
    # The check runs on every keystroke while usually one term changes: screen each text once.
    return tuple(screen(text, field=field, legal=legal))


def clear_screen_cache() -> None:
    """Forget screened special terms (for benchmarks and after the patterns change)."""
    _screen.cache_clear()


def _clause_patterns(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조의4 등: 특약 문구마다 유형별 패턴 점검; 부당특약이 있으면 무효 효과를 한 번 안내
    unfair = False
    for i, term in enumerate(draft.special_terms):
        for finding in _screen(term.text, f"special_terms[{i}].text", legal):
            unfair = unfair or finding.category is Category.UNFAIR_SPECIAL_TERMS
            yield finding
    if unfair:
        yield NULLITY_EFFECT.finding(_nullity_text(draft, legal), field="special_terms")


def _no_check(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # the nullity note is emitted by the clause screen, once, when an unfair term was found
    yield from ()


#: A release tied to the end of a warranty period comes a year or more after taking over.
_WARRANTY_END = re.compile(r"하자\s*(?:보수|담보)|보증\s*기간|사후\s*관리|유지\s*보수\s*기간")
_PERIOD = re.compile(r"(\d+(?:\.\d+)?)\s*(년|개월|달|주|일)")
_PERIOD_DAYS = {"년": 365, "개월": 30, "달": 30, "주": 7, "일": 1}


def release_days(release: str) -> int | None:
    """Return how many days after completion a retention's release text defers it, if it says.

    "준공 1년 후" → 365, "하자보수기간 만료 후" → 365 (a warranty runs a year or more), "검사 후
    30일" → 30; None when the text names no period (e.g. "지급기일에").
    """
    periods = [float(n) * _PERIOD_DAYS[unit] for n, unit in _PERIOD.findall(release)]
    if periods:
        return int(max(periods))
    return 365 if _WARRANTY_END.search(release) else None


def _payment_withholding(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 부당특약 고시 (2025 개정): 하자 담보 명목의 대금 유보(지급유예) 약정;
    # 유보분을 수령일부터 60일이 지난 뒤에 주면 그 부분은 제13조① 위반
    pct = draft.payment.retention_pct
    if not pct:
        return
    deadline = legal["payment_deadline_days"]
    release = draft.payment.retention_release.strip()
    later = release_days(release)
    suggestion = "하자담보는 하자보수보증서 제출로 갈음하며 기성금을 유보하지 않는다."
    if later is not None and later > deadline.value:
        yield rule.finding(
            Text(
                f"대금의 {pct:g}%를 유보해 {quoted(release, '에')} 지급하도록 되어 있습니다. "
                f"이 부분은 목적물 수령일부터 {josa(str(deadline), '이')} 지난 뒤에 지급되므로 "
                "제13조 제1항(지급기일) 위반이고, 대금을 받을 권리를 제한하는 부당특약입니다.",
                f"{pct:g}% of the price is retained until {quoted(release)}: that part is paid "
                f"more than {deadline.value} days after receipt, which breaches Article 13(1), "
                "and the retention is an unfair term.",
            ),
            field="payment.retention_release",
            article="제13조 제1항, 제3조의4 제2항 제4호",
            severity=Severity.VIOLATION,
            suggestion=suggestion,
            fix={"payment.retention_pct": 0},
        )
        return
    yield rule.finding(
        Text(
            f"대금의 {pct:g}%를 유보하도록 되어 있습니다. 유보금 약정은 수급사업자가 대금을 받을 "
            f"권리를 제한하는 부당특약이 될 수 있고, 수령일부터 {josa(str(deadline), '을')} 넘겨 "
            "지급하면 제13조 위반입니다.",
            f"{pct:g}% of the price is retained; retention can be an unfair term, and paying it "
            f"later than {deadline.value} days after receipt breaches Article 13.",
        ),
        suggestion=suggestion,
        fix={"payment.retention_pct": 0},
    )


def _inspection_cost_shift(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 부당특약 고시·심사지침: 원사업자의 검사 비용을 수급사업자에게 전가
    if draft.inspection.cost_borne_by is Side.SUBCONTRACTOR:
        yield rule.finding(
            Text(
                "검사 비용을 수급사업자가 부담하도록 되어 있습니다. 원사업자의 검사 비용을 "
                "전가하는 약정은 부당특약이 될 수 있습니다.",
                "Inspection costs are put on the subcontractor; shifting the principal's "
                "inspection costs can be an unfair term.",
            ),
            suggestion="수입검사 비용은 원사업자가 부담하고, 불합격품 재검사 비용만 "
            "수급사업자가 부담한다.",
            fix={"inspection.cost_borne_by": Side.PRINCIPAL.value},
        )


def _general_clause(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조의4 ①: 원사업자만 해제·해지할 수 있는 일방적 해지권
    if not draft.termination.mutual:
        yield rule.finding(
            Text(
                "계약 해제·해지 사유가 양 당사자에게 같게 적용되지 않습니다. 일방적인 해지권은 "
                "수급사업자의 이익을 부당하게 제한하는 특약이 될 수 있습니다.",
                "Termination grounds are not mutual; a one-sided right to terminate can be an "
                "unfair term.",
            ),
            suggestion="계약 해제·해지 사유와 절차는 양 당사자에게 동일하게 적용한다.",
            fix={"termination.mutual": True},
        )


NULLITY_EFFECT = Rule(
    id="unfair_special_terms.nullity_effect",
    category=Category.UNFAIR_SPECIAL_TERMS,
    article="제3조의4 제3항",
    severity=Severity.INFO,
    title=Text("부당특약 무효 효과 안내", "Unfair terms are void"),
    check=_no_check,
    fields=("special_terms",),
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="unfair_special_terms.clause_patterns",
        category=Category.UNFAIR_SPECIAL_TERMS,
        article="제3조의4",
        severity=Severity.VIOLATION,
        title=Text("특약 문구 점검 (유형별 패턴)", "Screen special terms by pattern"),
        check=_clause_patterns,
        fields=("special_terms",),
    ),
    NULLITY_EFFECT,
    Rule(
        id="unfair_special_terms.payment_withholding",
        category=Category.UNFAIR_SPECIAL_TERMS,
        article="제3조의4 제2항 제4호",
        severity=Severity.RISK,
        title=Text("유보금(지급유예) 약정", "Retention of payments"),
        check=_payment_withholding,
        fields=("payment.retention_pct", "payment.retention_release"),
    ),
    Rule(
        id="unfair_special_terms.inspection_cost_shift",
        category=Category.UNFAIR_SPECIAL_TERMS,
        article="제3조의4 제2항 제4호",
        severity=Severity.RISK,
        title=Text("검사비용 전가", "Inspection costs shifted"),
        check=_inspection_cost_shift,
        fields=("inspection.cost_borne_by",),
    ),
    Rule(
        id="unfair_special_terms.general_clause",
        category=Category.UNFAIR_SPECIAL_TERMS,
        article="제3조의4 제1항",
        severity=Severity.RISK,
        title=Text("일방적 해지권 등 일반조항", "One-sided terms (general clause)"),
        check=_general_clause,
        fields=("termination.mutual",),
    ),
)
