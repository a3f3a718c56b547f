"""What a received contract leaves out: 제3조 mandatory items, 연동 terms, protective clauses.

Read from the text alone, so the checks are about *presence*: an item counts as written when the
words that state it occur (spacing ignored). A 기본계약 that leaves the order details to each
개별계약/발주서 only gets a reminder (INFO) for those items, since the law is met per order.
Missing protective clauses of the KFTC standard agreement are INFO: the Act protects the
subcontractor even when the contract is silent, but writing them down prevents disputes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.findings import Category, Severity
from subcontract_assist.core.received.protective import PROTECTIVE
from subcontract_assist.core.received.requirement import Facts, MissingItem, Requirement
from subcontract_assist.core.received.structure import Contract
from subcontract_assist.core.text import Text

_DAYS_LIMIT = r"\d+일(이내|안에|내에|까지)"
_WHEN = rf"({_DAYS_LIMIT}|납기|기한|일자|시기|즉시|지체없이)"
_MATERIAL = (
    r"(사급|지급자재|(유|무)상으로?공급"
    r"|((원|부|자)자재|원재료)(를|을)?.{0,8}(공급|제공)(하|한|받|할))"
)


def _m(
    n: int,
    ko: str,
    en: str,
    suggestion: str,
    present: Callable[[Facts], bool],
    applies: Callable[[Facts], bool] = lambda facts: True,
) -> Requirement:
    return Requirement(
        id=f"written_contract.mandatory_items.m{n}",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제2항",
        severity=Severity.VIOLATION,
        message=Text(
            f"필수 기재사항 M{n}이(가) 보이지 않습니다: {ko}. 하도급법 제3조②·시행령 제3조는 "
            "이를 서면에 적도록 합니다.",
            f"Mandatory item M{n} is not stated: {en}. Art. 3(2) and Decree Art. 3 require it "
            "in writing.",
        ),
        suggestion=suggestion,
        present=present,
        applies=applies,
        per_order=n in (1, 2, 3, 4),
    )


MANDATORY: tuple[Requirement, ...] = (
    _m(
        1,
        "위탁일과 목적물의 내용(품명·사양·수량)",
        "the order date and what is entrusted",
        "위탁일: ____년 __월 __일 / 목적물: 품명 ____, 규격 ____, 수량 ____",
        lambda f: (
            f.has(r"목적물|품명|품목|과업|공사명|용역의?내용")
            and f.has(r"위탁일|발주일|계약일|체결일|\d{4}년\d{1,2}월\d{1,2}일")
        ),
    ),
    _m(
        2,
        "납품(인도·제공) 시기와 장소",
        "the time and place of delivery",
        "수급사업자는 목적물을 ____년 __월 __일까지 ____(장소)에 납품한다.",
        lambda f: (
            f.has(
                r"납기|납품(일|기한|시기)|인도(일|시기)|준공(일|예정)|완료일|공사기간|과업기간"
                r"|\d+일까지.{0,30}(납품|인도|제공|완료)"
            )
            and f.has(r"장소|공장|현장|사업장|창고|납품처|인도처|에.{0,10}(납품|인도)")
        ),
    ),
    _m(
        3,
        "검사의 방법과 시기",
        "how and when the deliverable is inspected",
        "원사업자는 검사기준서에 따라 목적물을 검사하고, 수령일부터 10일 이내에 결과를 서면으로 "
        "통지한다.",
        lambda f: (
            f.has(r"검사.{0,30}(방법|기준|절차)|(방법|기준|절차).{0,30}검사")
            and f.has(rf"검사.{{0,60}}{_WHEN}|{_WHEN}.{{0,40}}검사")
        ),
    ),
    _m(
        4,
        "하도급대금과 그 지급 방법·지급기일",
        "the price, how it is paid and when",
        "원사업자는 목적물 수령일부터 __일(60일 이내) 이내에 하도급대금 ____원을 "
        "현금으로 지급한다.",
        lambda f: (
            f.has(r"대금|계약금액|단가|금액")
            and f.has(r"현금|어음|계좌|송금|지급방법|지급수단|전자결제")
            and f.has(r"지급기일|지급일|\d+일(이내|까지|에)|말일")
        ),
    ),
    _m(
        5,
        "원사업자가 공급하는 원재료 등의 품명·수량·공급일·대가와 그 지급 방법·시기",
        "for materials the principal supplies: item, quantity, date, price and how/when paid",
        "원사업자가 공급하는 원재료의 품명·수량·공급일·가격은 별표와 같고, 그 대가는 해당 목적물의 "
        "하도급대금 지급일에 공제하여 정산한다.",
        lambda f: (
            f.has(
                rf"{_MATERIAL}.{{0,120}}(가격|대가|대금|단가)|(가격|대가|대금|단가).{{0,60}}{_MATERIAL}"
            )
            and f.has(r"(자재|원재료|물품|공급받은).{0,40}(대금|대가|가격).{0,60}(지급|정산|공제)")
        ),
        applies=lambda f: f.has(_MATERIAL),
    ),
    _m(
        6,
        "공급원가 변동에 따른 하도급대금 조정의 요건·방법·절차(제16조의2)",
        "how the price is adjusted when supply costs change (Art. 16-2)",
        "수급사업자는 원재료 가격·노무비 등 공급원가가 변동하여 대금 조정이 불가피한 경우 서면으로 "
        "조정을 신청할 수 있고, 원사업자는 신청일부터 10일 이내에 협의를 시작한다.",
        lambda f: f.has(
            r"(대금|단가|금액|가격|원가).{0,40}(?<!분쟁)(조정|증액)(을|의)?(신청|요청|청구)"
            r"(할수있|하면|한경우|하는경우|을받은|일부터)"
        ),
    ),
    _m(
        8,
        "양 당사자의 서명 또는 기명날인",
        "both parties' signatures or name-and-seal",
        "계약서 2부를 작성하여 원사업자와 수급사업자가 각각 서명 또는 기명날인한 후 "
        "1부씩 보관한다.",
        lambda f: f.has(r"서명|기명날인|날인|\(인\)|인감"),
    ),
)

_INDEX_TERMS: tuple[tuple[str, str, str], ...] = (
    ("material", r"주요원재료|원재료|원자재|에너지", "주요 원재료"),
    ("index_source", r"기준지표|지표|시세|고시가격|가격지수", "기준 지표"),
    ("threshold_pct", r"\d+(\.\d+)?%|조정요건", "조정요건(변동률)"),
    ("formula", r"산식|계산식|공식", "연동 산식"),
    ("points", r"기준시점.{0,80}비교시점|비교시점.{0,80}기준시점", "기준시점·비교시점"),
    ("schedule", r"조정주기|조정일|반영일|반영시점", "조정주기·조정일·반영일"),
)


def _indexation(facts: Facts) -> list[MissingItem]:
    """법 제3조②3 + 영 제3조②: 연동 terms, or a stated exemption."""
    if facts.has(r"미연동|연동(대상|적용)?(이|을|은)?(없|제외|하지아니|하지않|면제)"):
        return []
    if not facts.has(r"연동"):
        return [
            MissingItem(
                "price_adjustment.indexation_required",
                Category.PRICE_ADJUSTMENT,
                "제3조 제2항 제3호",
                Severity.RISK,
                Text(
                    "하도급대금 연동에 관한 사항이 없습니다. 주요 원재료(대금의 10% 이상)가 "
                    "있으면 연동 사항을 적어야 합니다. 면제(원사업자가 소기업, 90일 이하, "
                    "1억원 이하, 미연동 합의와 그 사유 기재)에 해당하는지 확인해 주세요.",
                    "No indexation terms. With a main material (≥10% of the price) they are "
                    "required unless exempt (small principal, ≤90 days, ≤KRW 100M, or an agreed "
                    "non-indexation with reasons). Please check which applies.",
                ),
                "주요 원재료 ____(하도급대금의 __%)에 대하여 별첨 하도급대금 연동계약서(연동표)에 "
                "따라 대금을 연동한다.",
            )
        ]
    absent = [label for _key, pattern, label in _INDEX_TERMS if not facts.has(pattern)]
    if not absent:
        return []
    return [
        MissingItem(
            "price_adjustment.indexation_items",
            Category.PRICE_ADJUSTMENT,
            "시행령 제3조 제2항",
            Severity.VIOLATION,
            Text(
                f"연동 약정에 다음 항목이 보이지 않습니다: {', '.join(absent)}.",
                f"The indexation terms lack: {', '.join(absent)} (Decree Art. 3(2)).",
            ),
            "연동표에 연동 대상 목적물, 주요 원재료, 기준지표, 기준시점·비교시점, 조정요건(±__%), "
            "조정주기·조정일·반영일, 연동 산식과 반영비율을 적는다.",
        )
    ]


def _deferred(item: Requirement) -> MissingItem:
    """A mandatory item a 기본계약 may leave to each order: a reminder, not a violation."""
    return MissingItem(
        item.id,
        item.category,
        item.article,
        Severity.INFO,
        Text(
            item.message.ko.split(". ")[0]
            + ". 기본계약이므로 개별계약서(발주서)마다 반드시 적어야 합니다.",
            item.message.en.split(". ")[0]
            + ". As a master agreement, each individual order must state it.",
        ),
        item.suggestion,
    )


def missing_items(contract: Contract, transaction: TransactionType | None) -> list[MissingItem]:
    """Return what the contract leaves out, mandatory items first."""
    facts = Facts(re.sub(r"\s+", "", contract.read_text), transaction)
    found: list[MissingItem] = []
    for item in MANDATORY:
        if item.applies(facts) and not item.present(facts):
            if item.per_order and facts.per_order:
                found.append(_deferred(item))
            else:
                found.append(
                    MissingItem(
                        item.id,
                        item.category,
                        item.article,
                        item.severity,
                        item.message,
                        item.suggestion,
                    )
                )
    found.extend(_indexation(facts))
    for item in PROTECTIVE:
        if item.applies(facts) and not item.present(facts):
            found.append(
                MissingItem(
                    item.id,
                    item.category,
                    item.article,
                    item.severity,
                    item.message,
                    item.suggestion,
                )
            )
    return sorted(found, key=lambda m: m.severity.rank)
