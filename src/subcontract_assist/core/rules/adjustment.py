"""대금 조정 (제16조 설계변경 등, 제16조의2 공급원가 변동): deadlines and the adjustment clause."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import CheckFn, Rule, blank
from subcontract_assist.core.text import Text


def _deadline_check(field: str, key: str, what_ko: str, what_en: str, wording: str) -> CheckFn:
    """Return a check that flags ``field`` (days) beyond the legal number ``key``."""

    def check(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
        days = getattr(draft.adjustment.design_change, field.rsplit(".", 1)[1])
        limit = legal[key]
        if days is not None and days > limit.value:
            yield rule.finding(
                Text(
                    f"{what_ko} 기한이 {days}일로, 법정 기한 {josa(str(limit), '을')} 넘습니다.",
                    f"{what_en} within {days} days, beyond the statutory {limit.value} days.",
                ),
                field=field,
                suggestion=wording.format(days=limit.value),
                fix={field: limit.value},
            )

    return check


# 제16조 ②: 발주자에게 조정받은 날부터 15일 이내에 사유와 내용 통지
_notice_15d = _deadline_check(
    "adjustment.design_change.notice_days",
    "design_change_notice_days",
    "설계변경 등에 따른 계약금액 조정 내용의 통지",
    "Notice of the owner's price change",
    "원사업자는 발주자로부터 계약금액을 조정받은 날부터 {days}일 이내에 그 사유와 내용을 "
    "수급사업자에게 서면으로 통지한다.",
)
# 제16조 ③: 조정받은 날부터 30일 이내에 하도급대금 조정
_adjust_30d = _deadline_check(
    "adjustment.design_change.adjust_days",
    "design_change_adjust_days",
    "하도급대금 조정",
    "Adjustment of the subcontract price",
    "하도급대금의 증감은 원사업자가 발주자로부터 조정받은 날부터 {days}일 이내에 한다.",
)
# 제16조 ④: 추가금액을 받은 날부터 15일 이내 지급
_pay_15d = _deadline_check(
    "adjustment.design_change.pay_days",
    "design_change_pay_days",
    "증액분 지급",
    "Payment of the increase",
    "증액된 하도급대금은 원사업자가 발주자로부터 추가금액을 받은 날부터 {days}일 이내에 지급한다.",
)

_SUPPLY_COST_PARTS = {
    "requirement": ("조정 요건", "the requirement"),
    "method": ("조정 방법", "the method"),
    "procedure": ("조정 절차", "the procedure"),
}


def _supply_cost_clause(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ②2: 제16조의2① 조정의 요건·방법·절차를 모두 적는다 (셋 다 없으면 M6로 보고)
    clause = draft.adjustment.supply_cost
    missing = [key for key in _SUPPLY_COST_PARTS if blank(getattr(clause, key))]
    if not missing or len(missing) == len(_SUPPLY_COST_PARTS):
        return
    for key in missing:
        ko, en = _SUPPLY_COST_PARTS[key]
        yield rule.finding(
            Text(
                f"공급원가 변동에 따른 대금 조정 조항에 {josa(ko, '이')} 없습니다.",
                f"The supply-cost adjustment clause lacks {en}.",
            ),
            field=f"adjustment.supply_cost.{key}",
        )


def _negotiate_10d(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제16조의2 ⑩: 조정 신청을 받은 날부터 10일 안에 협의 개시
    limit = legal["supply_cost_negotiate_days"]
    days = draft.adjustment.supply_cost.negotiate_within_days
    if days is not None and days > limit.value:
        yield rule.finding(
            Text(
                f"조정 신청 후 협의 개시 기한이 {days}일로, 법정 기한 "
                f"{josa(str(limit), '을')} 넘습니다.",
                f"Negotiation starts {days} days after a request, beyond the statutory "
                f"{limit.value} days.",
            ),
            suggestion=f"원사업자는 조정 신청을 받은 날부터 {limit.value}일 이내에 협의를 "
            "시작하며, 정당한 사유 없이 협의를 거부하거나 게을리하지 않는다.",
            fix={"adjustment.supply_cost.negotiate_within_days": limit.value},
        )


def _adjustment_right_waiver(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 영 제6조의4 4호: 계약기간 중 제16조의2 조정 신청권을 제한하는 약정은 부당특약
    if draft.adjustment.supply_cost.request_right_waived:
        yield rule.finding(
            Text(
                "계약기간 중 수급사업자가 대금 조정을 신청하지 못하게 하는 약정은 부당특약입니다.",
                "A term barring the subcontractor from requesting price adjustment during the "
                "contract is an unfair special term.",
            ),
            suggestion="수급사업자는 공급원가 변동 등으로 하도급대금 조정이 불가피한 경우 "
            "조정을 신청할 수 있다.",
            fix={"adjustment.supply_cost.request_right_waived": False},
        )


def _rule(rule_id: str, article: str, title: Text, check: CheckFn, field: str) -> Rule:
    category = rule_id.split(".", 1)[0]
    return Rule(rule_id, Category(category), article, Severity.VIOLATION, title, check, (field,))


RULES: tuple[Rule, ...] = (
    _rule(
        "price_adjustment.design_change_notice_15d",
        "제16조 제2항",
        Text("설계변경 조정 15일 내 통지", "Notify price changes within 15 days"),
        _notice_15d,
        "adjustment.design_change.notice_days",
    ),
    _rule(
        "price_adjustment.design_change_adjust_30d",
        "제16조 제3항",
        Text("설계변경 30일 내 조정", "Adjust within 30 days"),
        _adjust_30d,
        "adjustment.design_change.adjust_days",
    ),
    _rule(
        "price_adjustment.design_change_pay_15d",
        "제16조 제4항",
        Text("증액분 15일 내 지급", "Pay the increase within 15 days"),
        _pay_15d,
        "adjustment.design_change.pay_days",
    ),
    _rule(
        "price_adjustment.supply_cost_clause",
        "제3조 제2항 제2호",
        Text("공급원가 조정 요건·방법·절차", "Supply-cost adjustment clause"),
        _supply_cost_clause,
        "adjustment.supply_cost.requirement",
    ),
    _rule(
        "price_adjustment.supply_cost_negotiate_10d",
        "제16조의2 제10항",
        Text("조정 신청 10일 내 협의 개시", "Negotiate within 10 days of a request"),
        _negotiate_10d,
        "adjustment.supply_cost.negotiate_within_days",
    ),
    _rule(
        "unfair_special_terms.adjustment_right_waiver",
        "영 제6조의4 제4호",
        Text("대금조정 신청권 제한", "Waiver of the right to request adjustment"),
        _adjustment_right_waiver,
        "adjustment.supply_cost.request_right_waived",
    ),
)
