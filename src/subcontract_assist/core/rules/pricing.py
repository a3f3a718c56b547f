"""대금 결정과 자재 대가 (제4조②6·7, 제11조②5, 제12조1) from the figures the form holds."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import BidType, Draft
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule
from subcontract_assist.core.text import Text


def _below_direct_cost(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제4조 ②6, 영 제7조: 수의계약에서 직접공사비(재료비+직접노무비+경비) 합계 미만 결정
    price, floor = draft.price.supply_amount, draft.contract.direct_cost_sum
    if draft.contract.bid_type is not BidType.NEGOTIATED or price is None or floor is None:
        return
    if price < floor:
        yield rule.finding(
            Text(
                f"수의계약 하도급대금 {price:,}원이 원도급 내역상 직접공사비 합계 {floor:,}원보다 "
                "낮습니다. 정당한 사유가 없으면 부당한 대금 결정으로 봅니다(수급사업자가 "
                "특허공법 등으로 기술력이 우수하거나 발주자가 하도급계약의 적정성을 심사해 인정한 "
                "경우에는 정당한 사유가 있는 것으로 추정: 영 제7조②).",
                f"The negotiated price of KRW {price:,} is below the direct-cost sum of KRW "
                f"{floor:,} in the principal's own contract: unfair absent a justification (one "
                "is presumed for a patented method or an owner-approved subcontract, decree art. "
                "7(2)).",
            ),
            field="price.supply_amount",
            suggestion="하도급대금은 원도급 내역상 해당 공종의 재료비·직접노무비·경비 합계 "
            "이상으로 정한다.",
            fix={"price.supply_amount": floor},
        )


def _below_lowest_bid(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제4조 ②7: 경쟁입찰에서 최저 입찰금액보다 낮게 결정
    price, lowest = draft.price.supply_amount, draft.contract.lowest_bid_amount
    if draft.contract.bid_type is not BidType.COMPETITIVE or price is None or lowest is None:
        return
    if price < lowest:
        yield rule.finding(
            Text(
                f"경쟁입찰 하도급대금 {price:,}원이 최저 입찰금액 {lowest:,}원보다 낮습니다.",
                f"The price of KRW {price:,} is below the lowest bid of KRW {lowest:,}.",
            ),
            field="price.supply_amount",
            suggestion="계약금액은 낙찰자의 입찰금액으로 한다.",
            fix={"price.supply_amount": lowest},
        )


def _excess_material_charge(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제11조 ②5: 적정한 구매대금·사용대가 이상을 하도급대금에서 공제
    for i, m in enumerate(draft.materials_supplied):
        if m.price is not None and m.principal_cost is not None and m.price > m.principal_cost:
            yield rule.finding(
                Text(
                    f"지급자재 '{m.name}'의 대가 {m.price:,}원이 원사업자의 구매가격 "
                    f"{m.principal_cost:,}원보다 높습니다. 적정 대가를 넘는 공제는 부당감액입니다.",
                    f"Supplied material '{m.name}' is charged KRW {m.price:,}, above the "
                    f"principal's cost of KRW {m.principal_cost:,}.",
                ),
                field=f"materials_supplied[{i}].price",
                suggestion="원사업자가 공급한 자재 대금은 원사업자의 구매가격으로 공제한다.",
                fix={f"materials_supplied[{i}].price": m.principal_cost},
            )


def _early_charge(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제12조 1호: 해당 목적물 하도급대금 지급기일 전에 자재·장비 대가를 지급하게 함
    for i, m in enumerate(draft.materials_supplied):
        if m.charge_before_payment:
            yield rule.finding(
                Text(
                    f"지급자재 '{m.name}'의 대가를 하도급대금 지급기일 전에 받도록 되어 있습니다.",
                    f"Supplied material '{m.name}' must be paid for before the subcontract "
                    "price is due.",
                ),
                field=f"materials_supplied[{i}].charge_before_payment",
                suggestion="원사업자로부터 구매한 원자재 대금은 해당 목적물의 하도급대금 "
                "지급일에 공제하여 정산한다.",
                fix={f"materials_supplied[{i}].charge_before_payment": False},
            )


RULES: tuple[Rule, ...] = (
    Rule(
        id="price_determination.below_direct_cost_negotiated",
        category=Category.PRICE_DETERMINATION,
        article="제4조 제2항 제6호",
        severity=Severity.VIOLATION,
        title=Text("수의계약 직접공사비 미만", "Below direct cost (negotiated)"),
        check=_below_direct_cost,
        fields=("price.supply_amount", "contract.direct_cost_sum"),
    ),
    Rule(
        id="price_determination.below_lowest_bid",
        category=Category.PRICE_DETERMINATION,
        article="제4조 제2항 제7호",
        severity=Severity.VIOLATION,
        title=Text("경쟁입찰 최저가 미만", "Below the lowest bid"),
        check=_below_lowest_bid,
        fields=("price.supply_amount", "contract.lowest_bid_amount"),
    ),
    Rule(
        id="price_reduction.excess_material_charge",
        category=Category.PRICE_REDUCTION,
        article="제11조 제2항 제5호",
        severity=Severity.VIOLATION,
        title=Text("자재 대가 과다 공제", "Overcharged supplied materials"),
        check=_excess_material_charge,
        fields=("materials_supplied",),
    ),
    Rule(
        id="offset_payment.early_charge",
        category=Category.OFFSET_PAYMENT,
        article="제12조 제1호",
        severity=Severity.VIOLATION,
        title=Text("지급기일 전 자재 대가 청구", "Charging materials before payment"),
        check=_early_charge,
        fields=("materials_supplied",),
    ),
)
