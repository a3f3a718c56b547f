"""Templates for 감액 (제11조), 부당결제 청구 (제12조) and 경제적 이익 요구 (제12조의2)."""

from __future__ import annotations

from training.corpus.common import PCT_SMALL, F, U
from training.corpus.fill import Template, num, pick

BENEFIT = pick(
    "협찬금",
    "기부금",
    "발전기금",
    "판촉비",
    "광고비",
    "행사 후원금",
    "체육대회 지원금",
    "협력 기금",
    "상생 기금",
    "연말 행사비",
    "리베이트",
    "기념품 구입비",
)

REDUCTION: list[Template] = [
    U(
        "price_reduction.general_ban.business",
        "제11조①",
        [
            "{A:은} 경영 사정에 따라 {price:을} 조정(감액)할 수 있다.",
            "{A:은} 필요하다고 판단하는 경우 이미 정한 {price:을} 감액할 수 있다.",
            "{A:은} 원가 절감을 위하여 지급 시점에 {price}의 {P}%를 차감할 수 있다.",
        ],
        P=num(PCT_SMALL),
    ),
    U(
        "price_reduction.post_hoc_reduction.budget",
        "제11조②1",
        [
            "{O}의 예산 삭감 시 {price}도 그 비율만큼 감액한다.",
            "{O:이} {A}의 계약금액을 줄이는 경우 {A:은} 같은 비율로 {price:을} 줄인다.",
        ],
    ),
    U(
        "price_reduction.retroactive_unit_price.back",
        "제11조②2",
        [
            "인하된 단가는 올해 1월 1일 납품분부터 소급하여 적용한다.",
            "새로 합의한 단가는 합의일 이전 {N}개월간 납품분에도 적용하여 차액을 다음 대금에서 공제한다.",
            "단가 인하 합의가 늦어진 경우 인하 단가는 협의 개시일 이후 납품분부터 소급 적용한다.",
        ],
        N=num((1, 2, 3, 6)),
    ),
    U(
        "price_reduction.early_payment_discount.cash",
        "제11조②3",
        [
            "현금 결제 시 {price}의 {P}%를 할인한다.",
            "{A:이} 대금을 조기에 지급하는 경우 {B:은} {P}%의 조기지급 할인을 적용한다.",
        ],
        kind="soft_positive",
        P=num((1, 2, 3, 5)),
    ),
    U(
        "price_reduction.minor_error_deduction.late_docs",
        "제11조②4",
        [
            "서류 제출이 하루라도 늦으면 대금의 {P}%를 차감한다.",
            "세금계산서 기재 오류가 있는 경우 {A:은} 건당 {N}만원을 {price}에서 공제한다.",
            "납품 서류의 경미한 누락에도 해당 월 대금의 {P}%를 감액한다.",
        ],
        kind="soft_positive",
        P=num((0.5, 1, 2, 3)),
        N=num((10, 30, 50, 100)),
    ),
    U(
        "price_reduction.excess_material_charge.markup",
        "제11조②5",
        [
            "지급자재 대금은 {A:이} 정한 단가(구매가 대비 {P}% 가산)로 공제한다.",
            "{A:이} 공급한 자재의 대가는 {A}의 구매가격에 관리비 {P}%를 더하여 {price}에서 공제한다.",
        ],
        P=num((5, 10, 15, 20, 30)),
    ),
    U(
        "price_reduction.price_drop_reduction.market",
        "제11조②6",
        [
            "대금 지급일의 원자재 시세가 납품일보다 낮으면 그 차액만큼 감액한다.",
            "지급 시점에 시장 가격이 하락한 경우 {A:은} 하락분을 반영하여 {price:을} 줄여 지급한다.",
        ],
    ),
    U(
        "price_reduction.loss_based_reduction.deficit",
        "제11조②7",
        [
            "{A}의 분기 실적이 적자인 경우 해당 분기 대금의 {P}%를 감액한다.",
            "{A}의 판매가격이 내려가면 이미 납품된 물량의 대금도 같은 비율로 감액한다.",
        ],
        P=num((1, 2, 3, 5)),
    ),
    U(
        "price_reduction.statutory_costs_shift.deduct",
        "제11조②8",
        [
            "산업안전보건관리비 상당액을 {price}에서 공제한다.",
            "{A:이} 부담하는 고용보험료와 산재보험료는 {price}에서 차감하여 지급한다.",
        ],
    ),
    U(
        "price_reduction.written_notice_before.oral",
        "제11조③",
        [
            "감액은 {A:이} 구두로 통보한다.",
            "감액 사유가 생기면 {A:은} 별도 서면 없이 다음 지급분에서 공제한다.",
        ],
    ),
    F(
        "price_reduction.general_ban.none",
        "제11조",
        [
            "{price:은} 계약서에 정한 사유 외에는 감액하지 않는다.",
            "{A:은} 정당한 사유 없이 정해진 {price:을} 줄여 지급하지 않는다.",
        ],
    ),
    F(
        "price_reduction.post_hoc_reduction.listed",
        "제11조",
        [
            "감액 사유와 기준은 계약 체결 시 별표에 명시된 것에 한한다.",
            "감액이 필요한 경우 {A:은} 사유와 기준, 대상 물량, 금액, 공제 방법을 적은 서면을 미리 {B:에게} 교부한다.",
        ],
        kind="hard_negative",
    ),
    F(
        "price_reduction.retroactive_unit_price.forward",
        "제11조②2",
        [
            "합의된 신규 단가는 합의일 이후 발주분부터 적용한다.",
            "단가를 인하하기로 합의한 경우 그 단가는 합의 후 새로 발주하는 물량에만 적용한다.",
        ],
    ),
    F(
        "price_reduction.early_payment_discount.none",
        "제11조②3",
        [
            "대금은 현금으로 지급하며 이를 이유로 감액하지 않는다.",
        ],
    ),
    F(
        "price_reduction.minor_error_deduction.actual_damage",
        "제11조②4",
        [
            "{A:에게} 실제 손해가 발생한 경우에 한하여 그 범위에서 배상을 청구한다.",
            "{B}의 귀책사유로 납품이 지체된 경우 {A:은} 계약에서 정한 지체상금을 청구할 수 있다.",
        ],
        kind="hard_negative",
    ),
    F(
        "price_reduction.excess_material_charge.cost",
        "제11조②5",
        [
            "{A:이} 공급한 자재 대금은 {A}의 구매가격으로 공제한다.",
            "지급자재의 대가는 실제 구매 단가로 산정하여 해당 {price} 지급일에 공제한다.",
        ],
    ),
    F(
        "price_reduction.price_drop_reduction.fixed",
        "제11조②6",
        [
            "{price:은} {deliver} 시점의 계약 단가로 확정한다.",
        ],
    ),
    F(
        "price_reduction.statutory_costs_shift.principal",
        "제11조②8",
        [
            "{A:이} 법령상 부담하는 보험료와 산업안전보건관리비는 {A:이} 부담한다.",
        ],
    ),
]

OFFSET: list[Template] = [
    U(
        "offset_payment.early_charge.before_due",
        "제12조1",
        [
            "{A:이} 공급한 원자재 대금은 공급일로부터 {D}일 이내에 현금으로 지급한다.",
            "{B:은} {A:으로부터} 구매한 자재 대금을 해당 {obj}의 {price}를 받기 전에 먼저 결제한다.",
            "{A}의 장비 사용료는 매주 선납하여야 한다.",
        ],
        D=num((3, 5, 7, 10)),
    ),
    U(
        "offset_payment.unfavorable_terms.double",
        "제12조2",
        [
            "장비 사용료는 시중 임대료의 {X}배로 한다.",
            "{A:이} 공급하는 자재는 {A}의 다른 거래처보다 높은 가격으로 {B:에게} 판매한다.",
        ],
        X=pick("2", "1.5", "3"),
    ),
    F(
        "offset_payment.early_charge.at_payment",
        "제12조",
        [
            "{A:으로부터} 구매한 원자재 대금은 해당 {obj}의 {price} 지급일에 공제하여 정산한다.",
            "지급자재 대금은 그 자재로 만든 목적물의 대금을 지급하는 날 이후에 정산한다.",
        ],
    ),
    F(
        "offset_payment.unfavorable_terms.actual_cost",
        "제12조",
        [
            "장비 사용료는 {A}의 실제 임차료를 기준으로 산정한다.",
        ],
    ),
]

BENEFITS: list[Template] = [
    U(
        "economic_benefit.demand.money",
        "제12조의2",
        [
            "{B:은} 매년 {A}의 {EVENT} {BEN:으로} 계약금액의 {P}%를 납부한다.",
            "{B:은} {A:이} 요청하는 경우 {BEN:을} 제공한다.",
            "{B:은} {A}의 {EVENT}에 {N}만원의 {BEN:을} 부담한다.",
            "{B:은} 계약 유지 조건으로 {A}의 지정 단체에 {BEN:을} 낸다.",
        ],
        kind="soft_positive",
        BEN=BENEFIT,
        P=num(PCT_SMALL),
        N=num((100, 200, 500, 1000)),
        EVENT=pick(
            "창립기념 행사", "체육대회", "송년회", "판촉 행사", "사회공헌 사업", "신제품 발표회"
        ),
    ),
    U(
        "economic_benefit.demand.labor",
        "제12조의2",
        [
            "{B:은} {A}의 요청이 있으면 {A} 사업장에 인력을 무상으로 파견한다.",
            "{B:은} {A}의 재고 조사와 행사 준비에 직원을 대가 없이 지원한다.",
            "{B:은} {A} 임직원의 출장 경비와 접대비를 부담한다.",
        ],
    ),
    F(
        "economic_benefit.demand.none",
        "제12조의2",
        [
            "{A:은} 계약에 정한 대가 외의 금품을 요구하지 않는다.",
            "{A:은} 정당한 사유 없이 {B:에게} 금전, 물품, 용역 등 경제적 이익을 요구하지 않는다.",
            "{A}의 행사에 {B:이} 참여하는 경우 그 비용은 {A:이} 부담한다.",
        ],
        kind="hard_negative",
    ),
]
