"""적용범위 (제2조②~⑤, 제13조⑪): a hint whether the Act applies — never a conclusion (§1.3).

SME status, last year's sales and group membership come from outside the contract, so the app
only says *likely*, *unlikely* or *unknown*, with the reason, and runs every check regardless.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from subcontract_assist.core.draft.schema import Draft, SmeStatus, TransactionType
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text

_FLOOR_KEYS: dict[TransactionType, tuple[str, str]] = {
    TransactionType.MANUFACTURING: ("sme_principal_floor_manufacturing", "제조위탁"),
    TransactionType.REPAIR: ("sme_principal_floor_manufacturing", "수리위탁"),
    TransactionType.CONSTRUCTION: ("sme_principal_floor_construction", "건설위탁"),
    TransactionType.SERVICE_INFO: ("sme_principal_floor_service", "용역위탁"),
    TransactionType.SERVICE_LABOR: ("sme_principal_floor_service", "용역위탁"),
}
_SMES = {SmeStatus.SMALL, SmeStatus.SME}


class Hint(StrEnum):
    LIKELY = "likely"
    UNLIKELY = "unlikely"
    UNKNOWN = "unknown"


_HINT_WORDS = {
    Hint.LIKELY: Text("적용 가능성 높음", "likely applies"),
    Hint.UNLIKELY: Text("적용되지 않을 수 있음", "may not apply"),
    Hint.UNKNOWN: Text("판단할 정보 부족", "not enough information"),
}


def _sme_principal(draft: Draft, legal: LegalNumbers) -> tuple[Hint, Text]:
    # 제2조 ②2, 영 제2조④: 중소기업 원사업자는 매출이 수급사업자보다 많고 업종별 하한 이상일 때만
    key, kind = _FLOOR_KEYS[draft.transaction.type]
    floor = legal[key]
    ours, theirs = draft.parties.principal.annual_sales, draft.parties.subcontractor.annual_sales
    if ours is None or theirs is None:
        return Hint.UNKNOWN, Text(
            "원사업자가 중소기업이면 양쪽의 직전 연도 매출액(건설: 시공능력평가액)이 필요합니다",
            "an SME principal needs both parties' last-year sales",
        )
    if ours < floor.value:
        return Hint.UNLIKELY, Text(
            f"원사업자 매출 {ours:,}원 — {kind} {floor} 미만 중소기업 원사업자는 제외됨",
            f"the SME principal's sales of KRW {ours:,} are below KRW {floor.value:,}",
        )
    if ours <= theirs:
        return Hint.UNLIKELY, Text(
            "중소기업 원사업자의 매출이 수급사업자보다 많지 않음",
            "the SME principal's sales do not exceed the subcontractor's",
        )
    return Hint.LIKELY, Text(
        "중소기업 원사업자의 매출이 수급사업자보다 많음", "the SME principal out-sells the sub"
    )


def scope_hint(draft: Draft, legal: LegalNumbers) -> tuple[Hint, Text]:
    """Return the applicability hint of §1.2 and its reason."""
    principal, sub = draft.parties.principal, draft.parties.subcontractor
    if sub.in_cross_holding_group:
        return Hint.UNLIKELY, Text(
            "수급사업자가 상호출자제한기업집단 소속 (제2조⑤2)", "the sub is in a large group"
        )
    if sub.sme_status is None:
        return Hint.UNKNOWN, Text("수급사업자의 기업 규모가 입력되지 않음", "sub size unknown")
    if sub.sme_status not in _SMES:
        return Hint.UNLIKELY, Text(
            "수급사업자가 중소기업이 아님 (중견기업은 제13조 지급 규정만 보호될 수 있음)",
            "the sub is not an SME (a mid-size sub may still be protected by Article 13)",
        )
    if principal.in_cross_holding_group:
        return Hint.LIKELY, Text(
            "원사업자가 상호출자제한기업집단 소속 (제2조⑤1)", "the principal is in a large group"
        )
    if principal.sme_status is None:
        return Hint.UNKNOWN, Text("원사업자의 기업 규모가 입력되지 않음", "principal size unknown")
    if principal.sme_status not in _SMES:
        return Hint.LIKELY, Text(
            "중소기업이 아닌 원사업자가 중소기업에 위탁", "a non-SME entrusts work to an SME"
        )
    return _sme_principal(draft, legal)


def _applicability_hint(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제2조 ②③, 영 제2조④: 적용 여부는 힌트로만 — 모든 점검은 "하도급법 적용 시"를 전제로 한다
    hint, reason = scope_hint(draft, legal)
    words = _HINT_WORDS[hint]
    extra_ko = (
        " 하도급법이 적용되지 않더라도 상생협력법(납품대금 연동제), 건설산업기본법, 민법이 "
        "적용될 수 있습니다."
        if hint is Hint.UNLIKELY
        else ""
    )
    yield rule.finding(
        Text(
            f"하도급법 {words.ko}: {reason.ko}. 이 판단은 참고용이며, 아래 점검은 하도급법이 "
            f"적용되는 경우를 전제로 합니다.{extra_ko}",
            f"Subcontract Act {words.en}: {reason.en}. This is a hint only; every check below "
            "assumes the Act applies.",
        ),
    )


def _midsize_coverage(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제13조 ⑪: 중견기업 수급사업자도 지급 규정(제13조①~⑩)의 보호를 받을 수 있다
    if draft.parties.subcontractor.sme_status is not SmeStatus.MIDSIZE:
        return
    sales, days = legal["midsize_protection_sales"], legal["payment_deadline_days"]
    yield rule.finding(
        Text(
            "수급사업자가 중견기업입니다. 위탁한 쪽이 상호출자제한기업집단 소속이거나 연간매출액이 "
            f"{josa(str(sales), '을')} 넘는 사업자이면, 연간매출액이 대통령령으로 정하는 금액 "
            f"미만인 중견기업도 제13조 대금 지급 규정({days}, 지연이자 등)의 보호를 받습니다.",
            "The subcontractor is mid-sized: when the principal is in a large business group or "
            f"sells more than KRW {sales.value:,}, Article 13 payment rules protect a mid-size "
            "firm whose sales are below the decree's amount.",
        ),
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="written_contract.applicability_hint",
        category=Category.WRITTEN_CONTRACT,
        article="제2조 제2항·제3항",
        severity=Severity.INFO,
        title=Text("하도급법 적용 가능성 (참고)", "Does the Act apply? (hint)"),
        check=_applicability_hint,
        fields=("parties.principal.sme_status", "parties.subcontractor.sme_status"),
    ),
    Rule(
        id="payment_terms.midsize_coverage",
        category=Category.PAYMENT_TERMS,
        article="제13조 제11항",
        severity=Severity.INFO,
        title=Text("중견기업 수급사업자 지급 보호", "Mid-size subcontractors and Article 13"),
        check=_midsize_coverage,
        fields=("parties.subcontractor.sme_status",),
    ),
)
