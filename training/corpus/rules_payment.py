"""Templates for 기술자료 (제12조의3), 대금 지급 (제13조·제7조·제15조·제17조), 지급보증 (제13조의2)
and 직접 지급 (제14조)."""

from __future__ import annotations

from training.corpus.common import (
    CONSTRUCTION,
    OVER_15,
    OVER_30,
    OVER_60,
    WITHIN_15,
    WITHIN_30,
    WITHIN_60,
    F,
    U,
)
from training.corpus.fill import Template, num, pick

DATA = pick(
    "도면",
    "공정조건",
    "소스코드",
    "금형도면",
    "열처리 조건표",
    "배합비",
    "설계 파일",
    "검사성적서",
    "제조 공정표",
    "회로도",
)
LOW_RATE = pick("3", "5", "6", "8", "10", "12", "15")
LATE_MONTH = pick("익익월 말일", "익익월 10일", "익익익월 말일", "다음 분기 말일", "3개월 후 말일")

TECH: list[Template] = [
    U(
        "tech_data.request_ban.blanket",
        "제12조의3①",
        [
            "{B:은} {A:이} 요청하는 경우 {D1}, {D2} 등 일체의 기술자료를 즉시 제공한다.",
            "{B:은} 품질 관리를 위하여 {A:이} 요구하는 모든 {D1:을} 제출하여야 한다.",
            "{B:은} 거래 개시 조건으로 {D1}와 {D2:을} {A:에게} 제출한다.",
        ],
        D1=DATA,
        D2=DATA,
    ),
    U(
        "tech_data.request_document.email",
        "제12조의3②",
        [
            "{A:은} 품질관리를 위해 필요한 자료를 이메일로 요청할 수 있다.",
            "기술자료는 {A} 담당자가 구두로 요청하면 {B:이} 지체 없이 보낸다.",
        ],
    ),
    U(
        "tech_data.nda_by_delivery.after",
        "제12조의3③",
        [
            "자료 제공 후 필요 시 비밀유지각서를 받는다.",
            "{A:은} {B:으로부터} {D1:을} 받은 후 필요하다고 인정하는 경우에 비밀유지계약을 체결한다.",
        ],
        D1=DATA,
    ),
    U(
        "tech_data.misuse_ban.other_suppliers",
        "제12조의3④",
        [
            "{A:은} 제공받은 {D1:을} 다른 협력사의 견적 및 생산에 활용할 수 있다.",
            "{A:은} {B:으로부터} 받은 {D1:을} 계열회사에 제공하여 내재화에 사용할 수 있다.",
            "{B:이} 제출한 {D1:은} {A:이} 제3자에게 자유롭게 공개할 수 있다.",
        ],
        D1=DATA,
    ),
    U(
        "tech_data.ip_assignment.free",
        "제12조의3",
        [
            "{B:이} 보유한 기존 기술을 포함하여 본 계약과 관련된 모든 지식재산권은 {A:에게} 무상 양도된다.",
            "{work} 결과 발생한 특허를 받을 권리는 대가 없이 {A:에게} 귀속한다.",
        ],
    ),
    F(
        "tech_data.request_ban.justified",
        "제12조의3①",
        [
            "{A:은} 하자 원인 규명 등 정당한 사유가 있는 경우에 한하여 서면으로 기술자료를 요구한다.",
            "{A:은} 공동 특허 출원에 필요한 범위에서 요구목적, 권리귀속, 대가, 제공일을 적은 요구서를 미리 교부하고 {D1:을} 요청한다.",
        ],
        kind="hard_negative",
        D1=DATA,
    ),
    F(
        "tech_data.request_document.written",
        "제12조의3②",
        [
            "기술자료를 요구하는 경우 {A:은} {B}와 미리 협의하고 요구목적, 권리귀속 관계, 대가 및 지급방법, 자료의 명칭과 범위, 제공일과 제공방법을 적은 서면을 교부한다.",
        ],
    ),
    F(
        "tech_data.nda_by_delivery.before",
        "제12조의3③",
        [
            "{A:은} 기술자료를 제공받는 날까지 사용기간, 보유 임직원, 반환·폐기 방법을 정한 비밀유지계약을 체결한다.",
        ],
    ),
    F(
        "tech_data.misuse_ban.none",
        "제12조의3④",
        [
            "{A:은} 제공받은 기술자료를 요구목적 외로 사용하거나 제3자(계열회사 포함)에게 제공하지 않는다.",
            "{A:은} 받은 {D1:을} 목적 달성 후 {N}일 이내에 반환하거나 폐기한다.",
        ],
        D1=DATA,
        N=num((10, 14, 30)),
    ),
    F(
        "tech_data.ip_assignment.separate",
        "제12조의3",
        [
            "계약 목적물에 대한 권리 귀속 범위와 대가는 별도 서면으로 정한다.",
            "{B:이} 자체 개발한 공정 노하우와 자료의 권리는 {B:에게} 귀속한다.",
        ],
    ),
]

PAYMENT: list[Template] = [
    U(
        "payment_terms.deadline_60d.over",
        "제13조①",
        [
            "{A:은} {recv}부터 {D}일 이내에 {price:을} 지급한다.",
            "{price:은} {recv}로부터 {D}일이 되는 날에 현금으로 지급한다.",
            "지급기일: {recv}부터 {D}일",
            "{A:은} 매월 말일 마감한 {price:을} 마감일부터 {D}일 후에 지급한다.",
        ],
        D=num(OVER_60),
    ),
    U(
        "payment_terms.deadline_60d.late_month",
        "제13조①",
        [
            "{price:은} 세금계산서 발행 월의 {LM}에 지급한다.",
            "{A:은} 매월 말 마감 후 {LM}에 {price:을} 현금으로 지급한다.",
            "{deliver} 완료분의 대금은 {LM} 일괄 지급한다.",
        ],
        kind="soft_positive",
        LM=LATE_MONTH,
    ),
    U(
        "payment_terms.due_date_specified.internal",
        "제13조②",
        [
            "지급기일: {A} 내부 결재 완료 후",
            "{price:은} {A}의 자금 집행 일정에 따라 지급한다.",
            "대금 지급일은 {A:이} 별도로 정하여 통지한다.",
        ],
    ),
    U(
        "payment_terms.pass_through_15d.late",
        "제13조③",
        [
            "{O:으로부터} 기성금을 받은 후 {D}일 이내에 지급한다.",
            "{A:은} {O:으로부터} 준공금을 받은 날부터 {D}일 이내에 {B:에게} 해당 {price:을} 지급한다.",
        ],
        D=num(OVER_15),
    ),
    U(
        "payment_terms.no_pay_when_paid.condition",
        "제13조①③",
        [
            "{A:은} {O:으로부터} 대금을 수령한 후에 {price:을} 지급한다.",
            "{O}의 지급이 지연되는 경우 {A}의 {price} 지급도 그만큼 늦어질 수 있다.",
            "{A:은} {recv}부터 {D}일 이내에 지급한다. 다만, {O:으로부터} 대금을 받지 못한 경우에는 받은 후에 지급한다.",
            "{price:은} {O}의 기성 지급이 이루어진 범위에서만 지급한다.",
        ],
        kind="soft_positive",
        D=num((30, 45, 60)),
    ),
    U(
        "payment_terms.cash_ratio.bill_part",
        "제13조④",
        [
            "{O} 지급 방식과 무관하게 대금의 {P}%는 어음으로 지급한다.",
            "{O:으로부터} 현금을 받더라도 {A:은} {price}의 {P}%를 어음으로 지급할 수 있다.",
        ],
        P=num((30, 40, 50, 70)),
    ),
    U(
        "payment_terms.bill_tenor.long",
        "제13조⑤",
        [
            "{price:은} 일률적으로 만기 {D}일 어음으로 지급한다.",
            "대금은 {O:으로부터} 받은 어음보다 만기가 긴 {D}일 어음으로 지급할 수 있다.",
        ],
        D=num((90, 120, 150, 180)),
    ),
    U(
        "payment_terms.bill_discountable.affiliate",
        "제13조⑥",
        [
            "어음은 {A} 계열 대부업체에서만 할인할 수 있다.",
            "{A:이} 발행한 어음은 금융기관에서 할인할 수 없는 사내 어음으로 한다.",
        ],
    ),
    U(
        "payment_terms.bill_discount_fee.sub_pays",
        "제13조⑥",
        [
            "어음 할인에 따른 비용은 {B:이} 부담한다.",
            "어음 만기가 60일을 넘더라도 할인료는 지급하지 않는다.",
            "어음으로 지급하는 경우 할인료는 연 {R}%로 계산하여 지급한다.",
        ],
        kind="soft_positive",
        R=pick("3", "4", "5", "6"),
    ),
    U(
        "payment_terms.alt_means_fee.sub_pays",
        "제13조⑦",
        [
            "구매카드 결제에 따른 수수료와 이자는 {B:이} 부담한다.",
            "외상매출채권 담보대출로 지급하는 경우 대출 이자는 {B}의 부담으로 한다.",
        ],
    ),
    U(
        "payment_terms.late_interest.waive",
        "제13조⑧",
        [
            "대금 지급이 지연되더라도 {B:은} 지연이자를 청구하지 않는다.",
            "지연이자율은 연 {R}%로 한다.",
            "{A}의 대금 지급이 늦어진 경우 {B:은} 지연이자 청구권을 포기한 것으로 본다.",
            "{price:은} {recv}부터 {D}일 이내에 지급하며, 지급이 늦어지더라도 이자는 붙이지 않는다.",
        ],
        kind="soft_positive",
        R=LOW_RATE,
        D=num((30, 45, 60)),
    ),
    U(
        "payment_terms.no_payment_in_kind.goods",
        "제17조",
        [
            "{A:은} {price}의 일부를 {KIND:으로} 지급할 수 있다.",
            "{B:은} {A:이} 제시하는 경우 {price} 대신 {KIND:을} 받기로 한다.",
        ],
        KIND=pick("분양 아파트", "자사 제품", "상품권", "재고 자재", "미분양 상가", "자사 주식"),
    ),
    U(
        "payment_terms.local_lc_15d.discretion",
        "제7조",
        [
            "내국신용장은 {A}의 판단에 따라 개설 여부를 정한다.",
            "{A:은} 위탁일부터 {D}일 이내에 내국신용장을 개설한다.",
        ],
        industries=("manufacturing", "service_info"),
        D=num((30, 45, 60)),
    ),
    U(
        "payment_terms.customs_refund.keep",
        "제15조",
        [
            "관세 환급금은 {A:에게} 귀속한다.",
            "{A:은} 관세 등을 환급받더라도 {B:에게} 지급하지 않는다.",
        ],
        industries=("manufacturing",),
    ),
    F(
        "payment_terms.deadline_60d.within",
        "제13조①",
        [
            "{A:은} {recv}부터 {D}일 이내에 {price:을} 현금으로 지급한다.",
            "지급기일: {recv}부터 {D}일",
            "{price:은} {recv}로부터 {D}일 이내에 {B}가 지정한 계좌로 지급한다.",
            "{A:은} 매월 말일 마감한 {price:을} 다음 달 {M}일까지 지급한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_60),
        M=num((5, 10, 15, 20, 25)),
    ),
    F(
        "payment_terms.pass_through_15d.within",
        "제13조③",
        [
            "{A:이} {O:으로부터} 기성금을 받은 경우 받은 날부터 {D}일 이내에 {B} 시공분을 지급한다.",
            "{A:은} {O}의 대금 지급 여부와 관계없이 {recv}부터 {D2}일 이내에 지급한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_15),
        D2=num((30, 45, 60)),
    ),
    F(
        "payment_terms.cash_ratio.match",
        "제13조④",
        [
            "{A:은} {O:으로부터} 받은 현금 비율 이상으로 현금 지급한다.",
            "대금은 전액 현금으로 지급한다.",
        ],
    ),
    F(
        "payment_terms.bill_tenor.within",
        "제13조⑤",
        [
            "어음으로 지급하는 경우 그 만기는 {A:이} {O:으로부터} 받은 어음의 지급기간을 넘지 않는다.",
            "어음은 은행에서 할인 가능한 전자어음으로 교부한다.",
        ],
    ),
    F(
        "payment_terms.bill_discount_fee.principal",
        "제13조⑥",
        [
            "어음 만기가 {recv}부터 60일을 초과하는 경우 그 초과기간에 대하여 연 7.5%의 할인료를 현금으로 함께 지급한다.",
            "외상매출채권 담보대출로 지급하는 경우 {recv}부터 60일 후부터 상환기일까지의 수수료는 {A:이} 부담한다.",
        ],
    ),
    F(
        "payment_terms.late_interest.statutory",
        "제13조⑧",
        [
            "지급기일이 지난 경우 초과기간에 대하여 공정거래위원회 고시 지연이율(현재 연 15.5%)의 이자를 지급한다.",
            "{A:이} {recv}부터 60일이 지나 {price:을} 지급하는 경우 초과 기간에 대하여 연 {R}%의 지연이자를 지급한다.",
        ],
        R=pick("15.5", "15.5", "18", "20"),
    ),
    F(
        "payment_terms.no_payment_in_kind.exception",
        "제17조",
        [
            "{price:은} 현금 또는 법이 허용하는 결제수단으로만 지급한다.",
            "{A}의 어음이 부도 처리되거나 회생절차 개시를 신청한 경우에 한하여 {B}의 요청이 있으면 대물로 변제할 수 있다.",
        ],
        kind="hard_negative",
    ),
    F(
        "payment_terms.local_lc_15d.within",
        "제7조",
        [
            "{A:은} 위탁일부터 {D}일 이내에 내국신용장을 개설한다.",
        ],
        industries=("manufacturing", "service_info"),
        D=num(WITHIN_15),
    ),
    F(
        "payment_terms.customs_refund.pass",
        "제15조",
        [
            "{A:은} 관세 등을 환급받은 날부터 {D}일 이내에 그 내용에 따라 {B:에게} 지급한다.",
        ],
        industries=("manufacturing",),
        D=num(WITHIN_15),
    ),
]

GUARANTEE: list[Template] = [
    U(
        "payment_guarantee.bond_within_30d.late",
        "제13조의2①",
        [
            "{A:은} 계약체결일부터 {D}일 이내에 {price} 지급보증서를 교부한다.",
            "대금지급보증은 {B:이} 요청하는 경우에 한하여 한다.",
            "{A:은} 공사 진행 상황을 보아 필요한 경우 지급보증을 한다.",
        ],
        industries=CONSTRUCTION,
        D=num(OVER_30),
    ),
    U(
        "payment_guarantee.exemption_small.wrong",
        "제13조의2①",
        [
            "{O} 직불 합의가 있으므로 지급보증을 생략한다.",
            "{A}의 신용등급이 우수하므로 {price} 지급보증은 하지 않는다.",
            "공사금액이 {M}이지만 지급보증을 면제한다.",
        ],
        industries=CONSTRUCTION,
        M=pick("5천만원", "2억원", "8억원", "3천만원"),
    ),
    U(
        "payment_guarantee.bond_instrument.pledge",
        "제13조의2⑤",
        [
            "지급보증은 {A} 대표이사의 연대보증각서로 갈음한다.",
            "{A:은} 자사 명의의 지급확약서로 지급보증을 대신한다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "payment_guarantee.performance_bond_10pct.excess",
        "제13조의2①",
        [
            "{B:은} 계약금액의 {P}%를 계약이행보증금으로 현금 예치한다.",
            "계약이행보증금은 계약금액의 {P}%로 한다.",
        ],
        industries=CONSTRUCTION,
        P=num((15, 20, 25, 30, 50)),
    ),
    U(
        "payment_guarantee.mutuality.unrelated",
        "제13조의2⑨⑩",
        [
            "{B}의 이행보증 의무는 {A}의 지급보증 여부와 무관하다.",
            "{A:은} 지급보증을 하지 않은 경우에도 {B}의 계약이행보증금을 청구할 수 있다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "payment_guarantee.long_term_contract.late_return",
        "제13조의2③④",
        [
            "연차별 계약이 완료되어도 이행보증금은 전체 공사 준공 후에 반환한다.",
        ],
        industries=CONSTRUCTION,
    ),
    F(
        "payment_guarantee.bond_within_30d.within",
        "제13조의2①",
        [
            "{A:은} 계약체결일부터 {D}일 이내에 {price} 지급보증서를 교부한다.",
            "지급보증은 {INST} 보증서로 하며, 계약체결일부터 {D}일 이내에 교부한다.",
        ],
        kind="hard_negative",
        industries=CONSTRUCTION,
        D=num(WITHIN_30),
        INST=pick("전문건설공제조합", "건설공제조합", "보험회사", "은행", "신용보증기금"),
    ),
    F(
        "payment_guarantee.exemption_small.small",
        "제13조의2①",
        [
            "공사금액 {M}(1건)으로 지급보증 의무 면제",
            "1건 공사금액이 1천만원 이하이므로 지급보증을 하지 않는다.",
        ],
        kind="hard_negative",
        industries=CONSTRUCTION,
        M=pick("800만원", "500만원", "950만원", "1천만원"),
    ),
    F(
        "payment_guarantee.performance_bond_10pct.ten",
        "제13조의2①",
        [
            "{B:은} 계약금액의 {P}%에 해당하는 계약이행보증서를 제출한다.",
        ],
        industries=CONSTRUCTION,
        P=num((5, 10)),
    ),
    F(
        "payment_guarantee.mutuality.order",
        "제13조의2⑨⑩",
        [
            "{A:은} 대금지급보증을 한 후에만 계약이행보증금을 청구할 수 있다.",
            "{A:이} 지급보증을 하지 않는 경우 {B:은} 계약이행보증을 하지 않을 수 있다.",
        ],
        industries=CONSTRUCTION,
    ),
]

DIRECT: list[Template] = [
    U(
        "direct_payment.no_waiver.waive",
        "제14조①",
        [
            "{B:은} 어떠한 경우에도 {O:에게} 대금의 직접 지급을 청구하지 않는다.",
            "{B:은} {A:이} 부도가 나더라도 {O:에게} 직접 지급을 요청할 수 없다.",
            "직접지급 청구권은 {B:이} 미리 포기한 것으로 한다.",
        ],
    ),
    U(
        "direct_payment.cooperation.refuse",
        "제14조⑤",
        [
            "{A:은} 직접지급을 위한 기성 확인 요청에 응할 의무가 없다.",
            "{B:이} 직접지급을 요청하더라도 {A:은} {O}에 대한 기성 확인을 거부할 수 있다.",
        ],
    ),
    F(
        "direct_payment.no_waiver.right",
        "제14조①",
        [
            "{B:은} 법 제14조의 사유가 있는 경우 {O:에게} 직접 지급을 요청할 수 있다.",
            "{A:이} 지급정지나 파산으로 대금을 지급할 수 없는 경우 {B:은} {O:에게} 시공분 대금의 직접 지급을 요청할 수 있다.",
        ],
    ),
    F(
        "direct_payment.cooperation.prompt",
        "제14조⑤",
        [
            "직접지급 사유가 발생하면 {A:은} 기성 확인 등 필요한 조치를 지체 없이 한다.",
        ],
    ),
]
