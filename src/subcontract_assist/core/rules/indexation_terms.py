"""하도급대금 연동 — the terms: 연동표 items, threshold, symmetry, non-indexation reasons.

Sources: 제2조⑱ (threshold within 10%; 연동 adjusts "그 변동분에 연동하여", both ways), 영 제3조②
(items of the terms), 제3조④ 단서 (the purpose and reasons of an agreed non-indexation written
down; the negotiation log of the standard 미연동 form is advice, not a statutory element), KFTC
연동제 운영지침 (decrease-only is no indexation), 영 [별표3] (reflection ratio ≥ 50% for the 벌점
credit). Where no exemption holds, terms that are not indexation leave the duty unmet (violation);
under an exemption the indexation is voluntary and a flaw is a risk.
"""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, IndexationExemption, IndexationItem
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa, quoted
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, blank
from subcontract_assist.core.rules.indexation import exemption_in_force, regime_applies
from subcontract_assist.core.text import Text

#: 영 제3조② + the standard 연동표 rows: field → (Korean, English) label.
REQUIRED_KEYS: dict[str, tuple[str, str]] = {
    "object_name": ("연동 대상 목적물등의 명칭", "the deliverable indexed"),
    "material": ("주요 원재료(에너지)", "the main material (energy)"),
    "threshold_pct": ("조정요건(변동률)", "the adjustment threshold"),
    "index_source": ("기준 지표", "the reference index"),
    "formula": ("연동 산식", "the formula"),
    "base_point": ("기준시점", "the base point"),
    "compare_point": ("비교시점", "the comparison point"),
    "cycle": ("조정주기", "the adjustment cycle"),
    "adjust_date": ("조정일", "the adjustment date"),
    "reflect_date": ("조정대금 반영일", "the date adjusted prices apply"),
}

_NON_INDEXATION_REASONS: dict[str, tuple[str, str]] = {
    "reason_principal": ("원사업자의 미연동 사유", "the principal's reason"),
    "reason_subcontractor": ("수급사업자의 미연동 사유", "the subcontractor's reason"),
}


def _indexing_is_required(draft: Draft, legal: LegalNumbers) -> bool:
    return regime_applies(draft, legal) and exemption_in_force(draft, legal) is None


def _missing_keys(item: IndexationItem) -> list[str]:
    return [key for key in REQUIRED_KEYS if blank(getattr(item, key))]


def _indexation_items(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 영 제3조②: 연동 약정에는 명칭·원재료·조정요건·기준지표·산식·기준/비교시점·조정일 등을 적는다
    required = _indexing_is_required(draft, legal)
    for i, item in enumerate(draft.indexation.items):
        name = item.material or f"{i + 1}번째 항목"
        for key in _missing_keys(item):
            ko, en = REQUIRED_KEYS[key]
            yield rule.finding(
                Text(
                    f"연동표 {quoted(name)}에 {josa(ko, '이')} 없습니다.",
                    f"Indexation row '{name}' lacks {en}.",
                ),
                field=f"indexation.items[{i}].{key}",
                # voluntary indexation (an exemption holds): incomplete, but not unlawful
                severity=Severity.VIOLATION if required else Severity.RISK,
            )


def _threshold(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제2조 ⑱: 조정요건은 100분의 10 이내에서 정한 변동률
    limit = legal["indexation_threshold_max_pct"]
    required = _indexing_is_required(draft, legal)
    for i, item in enumerate(draft.indexation.items):
        pct = item.threshold_pct
        if pct is not None and pct > limit.value:
            yield rule.finding(
                Text(
                    f"{quoted(item.material or i + 1)}의 조정요건이 {pct:g}%로, 법정 상한 "
                    f"{josa(str(limit), '을')} 넘습니다. 이런 약정은 하도급대금 연동으로 "
                    "인정되지 않습니다.",
                    f"The threshold for '{item.material or i + 1}' is {pct:g}%, above the "
                    f"statutory {limit.value}%: that is not indexation under the Act.",
                ),
                field=f"indexation.items[{i}].threshold_pct",
                severity=Severity.VIOLATION if required else Severity.RISK,
                suggestion=f"기준시점 대비 비교시점의 가격 변동률이 ±{limit.value}% 이상인 경우 "
                "연동한다.",
                fix={f"indexation.items[{i}].threshold_pct": limit.value},
            )


def _decrease_only(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제2조 ⑱ ("변동분에 연동하여"), KFTC 연동제 운영지침: 하락할 때만 반영하는 약정은 연동이 아니다
    required = _indexing_is_required(draft, legal)
    for i, item in enumerate(draft.indexation.items):
        if item.decrease_only:
            yield rule.finding(
                Text(
                    f"{quoted(item.material or i + 1, '은')} 가격이 내릴 때만 대금에 반영하도록 "
                    "되어 있습니다. 오를 때도 같은 기준으로 반영해야 연동입니다.",
                    f"'{item.material or i + 1}' is adjusted only when prices fall; indexation "
                    "must work both ways.",
                ),
                field=f"indexation.items[{i}].decrease_only",
                severity=Severity.VIOLATION if required else Severity.RISK,
                suggestion="원재료 가격이 조정요건 이상 상승 또는 하락한 경우 모두 연동한다.",
                fix={f"indexation.items[{i}].decrease_only": False},
            )


def _reflection_ratio(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 영 [별표3]: 반영비율 50% 이상 연동계약만 벌점 경감 대상 (법정 최저 비율은 없음)
    credit = legal["indexation_reflection_credit_pct"]
    for i, item in enumerate(draft.indexation.items):
        ratio = item.reflection_ratio_pct
        if ratio is not None and ratio < credit.value:
            yield rule.finding(
                Text(
                    f"{quoted(item.material or i + 1)}의 반영비율이 {ratio:g}%입니다. "
                    f"법정 최저 비율은 없으나 {credit} 이상이어야 원사업자 벌점 경감 대상 "
                    "연동계약으로 인정됩니다.",
                    f"The reflection ratio of '{item.material or i + 1}' is {ratio:g}%; no "
                    f"minimum applies, but the penalty-point credit needs {credit.value}%.",
                ),
                field=f"indexation.items[{i}].reflection_ratio_pct",
            )


def _non_indexation_reason(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ④ 단서: 미연동 합의는 그 취지와 사유를 서면에 분명하게 적어야 한다. 사유가 하나도
    # 없으면 위반, 한쪽 사유만 있으면 표준 미연동계약서 기준 위험, 협의 기록은 권고(정보)
    if draft.indexation.exemption is not IndexationExemption.AGREED_NON_INDEXATION:
        return
    reasons = draft.indexation.non_indexation
    missing = [key for key in _NON_INDEXATION_REASONS if blank(getattr(reasons, key))]
    for key in missing:
        ko, en = _NON_INDEXATION_REASONS[key]
        both = len(missing) == len(_NON_INDEXATION_REASONS)
        yield rule.finding(
            Text(
                f"미연동 합의에 {josa(ko, '이')} 없습니다. "
                + (
                    "합의의 취지와 사유를 서면에 분명하게 적어야 합니다(제3조④ 단서)."
                    if both
                    else "표준 미연동계약서처럼 양 당사자의 사유를 모두 적어 두는 것이 좋습니다."
                ),
                f"The non-indexation agreement lacks {en}; "
                + (
                    "its purpose and reasons must be written down (art. 3(4) proviso)."
                    if both
                    else "the standard form records both parties' reasons."
                ),
            ),
            field=f"indexation.non_indexation.{key}",
            severity=Severity.VIOLATION if both else Severity.RISK,
        )
    if blank(reasons.negotiation_log):
        yield rule.finding(
            Text(
                "미연동 합의의 협의 일시·방법·책임자를 적어 두면 합의가 강요되지 않았다는 "
                "근거가 됩니다(표준 미연동계약서 항목, 법정 기재사항은 아님).",
                "Recording when, how and by whom non-indexation was negotiated shows it was not "
                "forced (an item of the standard form, not a statutory requirement).",
            ),
            field="indexation.non_indexation.negotiation_log",
            severity=Severity.INFO,
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="price_adjustment.indexation_items",
        category=Category.PRICE_ADJUSTMENT,
        article="제3조 제2항 제3호",
        severity=Severity.VIOLATION,
        title=Text("연동표 필수 항목", "Every item of the indexation table"),
        check=_indexation_items,
        fields=("indexation.items",),
    ),
    Rule(
        id="price_adjustment.indexation_threshold_max_10pct",
        category=Category.PRICE_ADJUSTMENT,
        article="제2조 제18항",
        severity=Severity.VIOLATION,
        title=Text("조정요건 10% 이내", "Threshold within 10%"),
        check=_threshold,
        fields=("indexation.items",),
    ),
    Rule(
        id="price_adjustment.indexation_decrease_only",
        category=Category.PRICE_ADJUSTMENT,
        article="제2조 제18항",
        severity=Severity.VIOLATION,
        title=Text("하락 시에만 연동하는 약정", "Decrease-only indexation"),
        check=_decrease_only,
        fields=("indexation.items",),
    ),
    Rule(
        id="price_adjustment.indexation_reflection_ratio",
        category=Category.PRICE_ADJUSTMENT,
        article="영 별표3",
        severity=Severity.INFO,
        title=Text("반영비율 (벌점 경감 50%)", "Reflection ratio (50% for the credit)"),
        check=_reflection_ratio,
        fields=("indexation.items",),
    ),
    Rule(
        id="price_adjustment.non_indexation_written_reason",
        category=Category.PRICE_ADJUSTMENT,
        article="제3조 제4항",
        severity=Severity.VIOLATION,
        title=Text("미연동 합의의 사유 서면 명시", "Written reasons for non-indexation"),
        check=_non_indexation_reason,
        fields=("indexation.non_indexation",),
    ),
)
