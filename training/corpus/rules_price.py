"""Templates for 대금 결정·구매강제·선급금·위탁취소·검사·반품·감액·부당결제·경제적 이익 (제4조~제12조의2)."""

from __future__ import annotations

from training.corpus.common import GOODS, OVER_10, OVER_15, PCT_SMALL, WITHIN_10, WITHIN_15, F, U
from training.corpus.fill import Template, num, pick

FUND = pick(
    "상생협력기금",
    "협력 기금",
    "동반성장 기금",
    "품질 개선 분담금",
    "물류 지원금",
    "판촉 지원금",
    "발전기금",
    "안전 협력비",
    "시스템 사용료",
    "행사 분담금",
)

PRICE: list[Template] = [
    U(
        "price_determination.below_market.budget",
        "제4조①",
        [
            "{price:은} {A} 예산 범위 내에서 {A:이} 정한 금액으로 한다.",
            "단가는 {A}의 내부 목표 원가에 맞추어 {A:이} 결정한다.",
        ],
    ),
    U(
        "price_determination.uniform_rate_cut.yearly",
        "제4조②1",
        [
            "매년 1월 1일 전 품목 단가를 전년 대비 {P}% 일괄 인하한다.",
            "{A:은} 원가 절감 목표에 따라 모든 협력사의 단가를 매 분기 {P}%씩 일률적으로 인하한다.",
            "계약 갱신 시 단가는 품목과 관계없이 직전 단가의 {Q}%로 한다.",
        ],
        P=num((1, 2, 3, 5, 7, 10)),
        Q=num((90, 93, 95, 97, 98)),
    ),
    U(
        "price_determination.allocated_deduction.fund",
        "제4조②2",
        [
            "{FUND} 명목으로 계약금액의 {P}%를 공제한 금액을 {price:으로} 한다.",
            "{B:은} {A}의 {FUND:으로} 매 {price}의 {P}%를 부담하며 이는 지급 시 차감한다.",
            "{price:은} {FUND} {P}%를 뺀 금액으로 정산한다.",
        ],
        kind="soft_positive",
        FUND=FUND,
        P=num(PCT_SMALL),
    ),
    U(
        "price_determination.discriminatory.report",
        "제4조②3",
        [
            "신고 이력이 있는 협력사에는 별도 할인율을 적용한다.",
            "{A}의 정책에 협조하지 않은 협력사의 단가는 다른 협력사보다 {P}% 낮게 정한다.",
        ],
        P=num((3, 5, 10)),
    ),
    U(
        "price_determination.unilateral_low_price.notify",
        "제4조②5",
        [
            "단가는 {A:이} 정하여 통보하며 {B:은} 이의를 제기하지 않는다.",
            "{A:이} 통보한 단가가 {B}의 견적보다 낮더라도 {B:은} 이를 수락한 것으로 본다.",
            "단가 협의가 이루어지지 않으면 {A:이} 제시한 금액으로 확정한다.",
        ],
    ),
    U(
        "price_determination.below_lowest_bid.nego",
        "제4조②7",
        [
            "최저가 입찰 후 추가 가격 협상으로 입찰금액의 {P}%를 감액하여 계약한다.",
            "낙찰자와는 입찰금액에서 {P}%를 추가로 할인한 금액으로 계약을 체결한다.",
        ],
        P=num((2, 3, 5, 8, 10)),
    ),
    U(
        "price_determination.unfavorable_continuing.sale_price",
        "제4조②8",
        [
            "{A}의 제품 판매가격이 인하되는 경우 부품 단가도 같은 비율로 인하한다.",
            "{A:이} 적자를 기록한 연도에는 다음 연도 단가를 {P}% 낮추어 정한다.",
        ],
        P=num((3, 5, 10)),
    ),
    F(
        "price_determination.below_market.negotiated",
        "제4조",
        [
            "{price:은} {B}의 견적과 시장 단가를 기초로 양 당사자가 협의하여 정한다.",
            "단가는 {B:이} 제출한 원가 산출 내역을 바탕으로 양 당사자가 서면으로 합의하여 정한다.",
            "단가는 양 당사자가 서면으로 합의한 단가합의서에 따른다.",
        ],
    ),
    F(
        "price_determination.uniform_rate_cut.itemwise",
        "제4조",
        [
            "단가 조정은 품목별 원가 변동 자료를 근거로 개별 협의한다.",
            "단가 인하가 필요한 경우 {A:은} 품목별 근거 자료를 제시하고 {B}와 개별적으로 협의한다.",
        ],
        kind="hard_negative",
    ),
    F(
        "price_determination.allocated_deduction.none",
        "제4조",
        [
            "{price}에서 계약서에 정하지 않은 어떠한 금액도 공제하지 않는다.",
            "{A:은} 협력 명목의 분담금을 {price}에서 차감하지 않는다.",
        ],
    ),
    F(
        "price_determination.below_lowest_bid.bid_price",
        "제4조②7",
        [
            "계약금액은 낙찰자의 입찰금액으로 한다.",
            "경쟁입찰의 경우 최저가로 입찰한 금액 이상으로 {price:을} 정한다.",
        ],
    ),
    F(
        "price_determination.unfavorable_continuing.cost_based",
        "제4조",
        [
            "단가는 원재료·노무비 등 공급원가 변동에 따라 조정한다.",
            "발주 예정 물량은 확정 물량과 구분하여 기재한다.",
            "동일 품목에는 동일한 단가 산정 기준을 적용한다.",
        ],
    ),
]

PURCHASE: list[Template] = [
    U(
        "forced_purchase.designated_goods.vendor",
        "제5조",
        [
            "{B:은} 모든 부자재와 소모품을 {A:이} 지정한 업체로부터 구매하여야 한다.",
            "{B:은} {A}의 계열회사가 판매하는 {ITEM:을} 사용하여야 하며 다른 제품을 사용할 수 없다.",
            "{work}에 필요한 {ITEM:은} {A:이} 지정한 판매처에서 {A:이} 정한 가격으로 구입한다.",
            "{B:은} {A}의 요청에 따라 {A}의 {GOODS:을} 매 분기 {N}만원 이상 구매한다.",
        ],
        ITEM=pick(
            "장비",
            "공구",
            "포장재",
            "안전용품",
            "차량",
            "소프트웨어 라이선스",
            "보험 상품",
            "작업복",
        ),
        GOODS=pick("자사 제품", "상품권", "계열사 제품", "홍보 물품"),
        N=num((50, 100, 300, 500)),
    ),
    F(
        "forced_purchase.designated_goods.spec_only",
        "제5조",
        [
            "품질 확보에 필요한 경우 {A:은} 규격을 제시할 수 있으며, 그 규격을 충족하는 구매처는 {B:이} 정한다.",
            "{B:은} 도면에 정한 규격(KS 인증 등)을 충족하는 자재를 사용하며 구매처는 자유롭게 선택한다.",
            "목적물의 품질 유지를 위하여 특정 재질이 필요한 경우 {A:은} 그 사유를 서면으로 밝히고 {B}와 협의하여 정한다.",
        ],
        kind="hard_negative",
    ),
]

ADVANCE: list[Template] = [
    U(
        "advance_payment.pass_through_15d.late",
        "제6조①",
        [
            "{A:이} {O:으로부터} 선급금을 받은 경우 받은 날부터 {D}일 이내에 {B:에게} 선급금을 지급한다.",
            "선급금은 {O:으로부터} 수령한 후 {D}일 이내에 같은 비율로 지급한다.",
        ],
        D=num(OVER_15),
    ),
    U(
        "advance_payment.pass_through_15d.discretion",
        "제6조①",
        [
            "선급금 지급 여부와 시기는 {A}의 자금 사정에 따라 정한다.",
            "{O:으로부터} 받은 선급금은 {A:이} 필요하다고 인정하는 경우에만 {B:에게} 지급한다.",
            "{A:은} {O}에게서 선급금을 받더라도 {B:에게} 선급금을 지급할 의무를 지지 않는다.",
        ],
    ),
    U(
        "advance_payment.late_interest.waive",
        "제6조②",
        [
            "선급금 지연에 따른 이자는 청구하지 않는다.",
            "선급금 지급이 늦어지더라도 {B:은} 지연이자를 요구하지 않기로 한다.",
            "선급금 지연이자는 연 {R}%로 한다.",
        ],
        kind="soft_positive",
        R=pick("3", "5", "6", "10", "12"),
    ),
    U(
        "advance_payment.bill_fee.sub_pays",
        "제6조③",
        [
            "선급금은 만기 {D}일 어음으로 지급하며 할인료는 {B:이} 부담한다.",
            "선급금을 어음으로 받는 경우 할인에 드는 비용은 {B}의 부담으로 한다.",
        ],
        D=num((90, 120, 150)),
    ),
    F(
        "advance_payment.pass_through_15d.within",
        "제6조①",
        [
            "{A:이} {O:으로부터} 선급금을 받은 경우 받은 날(위탁 전에 받은 경우 위탁일)부터 {D}일 이내에 같은 비율로 {B:에게} 지급한다.",
            "선급금은 {O:으로부터} 받은 내용과 비율에 따라 받은 날부터 {D}일 이내에 지급한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_15),
    ),
    F(
        "advance_payment.late_interest.statutory",
        "제6조②",
        [
            "선급금을 기한 후에 지급하는 경우 초과기간에 대하여 공정거래위원회가 고시한 지연이율(현재 연 15.5%)의 이자를 지급한다.",
            "선급금 지급이 늦어지면 {A:은} 초과 일수에 대하여 연 {R}%의 지연이자를 함께 지급한다.",
        ],
        R=pick("15.5", "15.5", "18", "20"),
    ),
    F(
        "advance_payment.bill_fee.principal_pays",
        "제6조③",
        [
            "선급금을 어음으로 지급하는 경우 선급금 수령일부터 15일이 지난 날 이후 만기일까지의 할인료를 함께 지급한다.",
        ],
    ),
]

CANCEL: list[Template] = [
    U(
        "order_cancellation.arbitrary_cancel_change.any_time",
        "제8조①1",
        [
            "{A:은} 사정에 따라 언제든지 발주를 취소하거나 수량을 줄일 수 있으며 {B:은} 손해배상을 청구할 수 없다.",
            "{A}의 생산 계획이 변경되면 {A:은} 발주를 취소할 수 있고, 이 경우 {B:이} 이미 투입한 비용은 보상하지 않는다.",
            "발주 수량은 {A}의 판매 상황에 따라 납기 전까지 일방적으로 변경될 수 있다.",
            "{O:이} {A}와의 계약을 해지하면 이 하도급계약도 별도 정산 없이 자동으로 해지된다.",
        ],
    ),
    U(
        "order_cancellation.refuse_delay_receipt.hold",
        "제8조①2",
        [
            "{A}의 창고 사정으로 수령이 어려운 경우 납품을 무기한 보류할 수 있다.",
            "{A:은} 재고가 많은 경우 납기에 도착한 {obj}의 수령을 거부할 수 있다.",
            "{A}의 사정으로 입고가 지연되는 동안의 보관 비용과 위험은 {B:이} 부담한다.",
        ],
        industries=GOODS,
    ),
    U(
        "order_cancellation.receipt_certificate.after_inspection",
        "제8조②",
        [
            "수령증명서는 검사 합격 후에 발급한다.",
            "{A:은} 검수가 끝난 후에 수령증명서를 발급하며, 그 전에는 수령하지 않은 것으로 본다.",
        ],
        industries=("manufacturing", "repair", "service_info"),
    ),
    F(
        "order_cancellation.arbitrary_cancel_change.fault_only",
        "제8조①1",
        [
            "{A:은} {B}의 귀책사유가 있는 경우에 한하여 서면 최고 후 위탁을 취소할 수 있다.",
            "{B:이} 정당한 이유 없이 납기를 {N}일 이상 지체하고 서면 최고에도 이행하지 않으면 {A:은} 위탁을 취소할 수 있다.",
            "{A}의 사정으로 발주를 취소하거나 변경하는 경우 {A:은} {B:이} 이미 투입한 비용과 손해를 보상한다.",
        ],
        kind="hard_negative",
        N=num((10, 14, 30)),
    ),
    F(
        "order_cancellation.refuse_delay_receipt.receive",
        "제8조①2",
        [
            "{A:은} 납기에 납품된 {obj:을} 지체 없이 수령한다.",
            "{A}의 사정으로 수령이 늦어지는 경우 그 기간의 보관 비용은 {A:이} 부담한다.",
        ],
        industries=GOODS,
    ),
    F(
        "order_cancellation.receipt_certificate.immediate",
        "제8조②",
        [
            "{A:은} {obj:을} 납품받는 즉시 검사 전이라도 수령증명서를 발급한다.",
            "수령증명서는 {deliver} 당일에 발급하며 검사 결과와 관계없이 수령일을 적는다.",
        ],
        industries=("manufacturing", "repair", "service_info"),
    ),
]

INSPECT: list[Template] = [
    U(
        "inspection.notice_10d.late",
        "제9조②",
        [
            "검사는 {deliver} 후 {D}일 이내에 실시한다.",
            "{A:은} {recv}부터 {D}일 이내에 검사 결과를 {B:에게} 통지한다.",
            "검사 결과는 {deliver}일부터 {D}일 이내에 서면으로 알린다.",
        ],
        industries=GOODS,
        D=num(OVER_10),
    ),
    U(
        "inspection.notice_10d.oral_open",
        "제9조②",
        [
            "검사 결과는 {A:이} 적당하다고 인정하는 시기에 구두로 통보한다.",
            "검사 일정은 {A}의 생산 일정에 따라 정하며 통지 기한은 따로 두지 않는다.",
        ],
        industries=GOODS,
    ),
    U(
        "inspection.no_reverse_deeming.fail",
        "제9조②",
        [
            "기한 내 검사 결과 통지가 없는 경우 불합격으로 본다.",
            "{A:이} {D}일 이내에 합격 통지를 하지 않으면 해당 {obj:은} 불합격한 것으로 본다.",
        ],
        industries=GOODS,
        D=num(WITHIN_10),
    ),
    U(
        "inspection.criteria_objective.subjective",
        "제9조①",
        [
            "합격 여부는 {A} 담당자의 판단에 따른다.",
            "검사 기준은 {A:이} 필요에 따라 수시로 정하며 {B:은} 이에 이의를 제기할 수 없다.",
            "품질 적합 여부는 {A}의 재량으로 판정한다.",
        ],
    ),
    F(
        "inspection.notice_10d.within",
        "제9조②",
        [
            "{A:은} {recv}부터 {D}일 이내에 검사 결과를 서면으로 통지하며, 통지가 없으면 합격한 것으로 본다.",
            "검사 결과는 {deliver}일부터 {D}일 이내에 서면으로 알리고, 그 기간에 통지하지 않으면 검사에 합격한 것으로 본다.",
        ],
        kind="hard_negative",
        industries=GOODS,
        D=num(WITHIN_10),
    ),
    F(
        "inspection.criteria_objective.objective",
        "제9조①",
        [
            "검사는 별첨 검사기준서(치수 공차 ±{T}mm, 외관 기준)에 따라 실시한다.",
            "검사 기준과 방법은 양 당사자가 협의하여 정한 검사기준서에 따르며, 불합격 시 그 사유를 서면으로 밝힌다.",
        ],
        T=pick("0.05", "0.1", "0.2", "0.5"),
    ),
]

RETURN: list[Template] = [
    U(
        "return_goods.no_fault_return.stock",
        "제10조①",
        [
            "{A:은} 재고 사정에 따라 납품된 {obj:을} 반품할 수 있다.",
            "판매 부진으로 남은 {obj:은} {A:이} {B:에게} 반품하고 대금에서 공제한다.",
        ],
        industries=("manufacturing", "repair"),
    ),
    U(
        "return_goods.deemed_types.customer_cancel",
        "제10조②",
        [
            "{A}의 거래처가 주문을 취소한 경우 {A:은} 납품된 {obj:을} 반품할 수 있다.",
            "경기 악화로 수요가 줄어든 경우 {A:은} 이미 납품받은 물량을 반품할 수 있다.",
            "{A:이} 공급한 원재료의 결함으로 불량이 생긴 경우에도 {A:은} 해당 {obj:을} 반품한다.",
            "{A}의 자재 공급이 늦어져 납기를 넘긴 {obj:은} 반품 대상으로 한다.",
        ],
        industries=("manufacturing", "repair"),
    ),
    F(
        "return_goods.no_fault_return.failed_only",
        "제10조",
        [
            "{A:은} 검사 기준에 불합격한 {obj}에 한하여 사유를 서면으로 밝혀 반품할 수 있다.",
            "{B}의 귀책사유로 규격에 맞지 않는 {obj:은} 반품할 수 있으며, 이 경우 {A:은} 불합격 사유를 서면으로 알린다.",
        ],
        kind="hard_negative",
        industries=("manufacturing", "repair"),
    ),
    F(
        "return_goods.deemed_types.material_defect",
        "제10조②",
        [
            "{A:이} 공급한 원재료의 결함으로 불합격된 경우 반품하지 않고 {A:이} 비용을 부담한다.",
        ],
        industries=("manufacturing", "repair"),
    ),
]
