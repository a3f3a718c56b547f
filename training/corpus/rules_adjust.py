"""Templates for 대금 조정·연동 (제16조, 제16조의2, 제3조②3·③~⑤), 경영간섭 (제18조), 보복조치 (제19조)."""

from __future__ import annotations

from training.corpus.common import OVER_10, OVER_15, OVER_30, WITHIN_10, WITHIN_15, WITHIN_30, F, U
from training.corpus.fill import Template, num, pick

MATERIAL = pick(
    "냉연강판",
    "알루미늄",
    "구리",
    "레진",
    "합성수지",
    "철근",
    "시멘트",
    "니켈",
    "고무",
    "원면",
    "펄프",
    "전기동",
)

ADJUST: list[Template] = [
    U(
        "price_adjustment.design_change_pass_through.none",
        "제16조①",
        [
            "{O}와의 계약금액 변경은 본 하도급계약에 영향을 미치지 않는다.",
            "{A:이} {O:으로부터} 설계변경으로 계약금액을 증액받더라도 {price:은} 변경하지 않는다.",
            "물가 변동으로 {O:이} 계약금액을 올려 주더라도 {B:은} 증액을 요구할 수 없다.",
        ],
    ),
    U(
        "price_adjustment.design_change_notice_15d.late",
        "제16조②",
        [
            "조정 내용은 준공 정산 시 일괄 통보한다.",
            "{A:은} {O:으로부터} 계약금액을 조정받은 날부터 {D}일 이내에 그 내용을 {B:에게} 통지한다.",
        ],
        D=num(OVER_15),
    ),
    U(
        "price_adjustment.design_change_adjust_30d.late",
        "제16조③",
        [
            "{price} 조정은 {work} 완료 후 협의한다.",
            "{price}의 증감은 {A:이} 조정받은 날부터 {D}일 이내에 한다.",
        ],
        D=num(OVER_30),
    ),
    U(
        "price_adjustment.design_change_pay_15d.late",
        "제16조④",
        [
            "증액분은 다음 기성 지급일에 합산하여 지급한다.",
            "증액된 {price:은} {A:이} 추가금액을 받은 날부터 {D}일 이내에 지급한다.",
        ],
        D=num(OVER_15),
    ),
    U(
        "price_adjustment.supply_cost_negotiate_10d.refuse",
        "제16조의2⑩",
        [
            "조정 신청에 대한 협의 여부는 {A:이} 결정한다.",
            "{A:은} 조정 신청을 받은 날부터 {D}일 이내에 협의 개시 여부를 회신한다.",
            "{B}의 대금 조정 신청은 연 1회로 제한하며 {A:은} 협의에 응하지 않을 수 있다.",
        ],
        D=num(OVER_10),
    ),
    U(
        "price_adjustment.supply_cost_request_right.stepdown",
        "제16조의2①",
        [
            "단계적 단가 인하는 물량 변동과 무관하게 계획대로 적용한다.",
            "최저임금이나 공공요금이 오르더라도 {B:은} 대금 조정을 신청할 수 없다.",
        ],
    ),
    U(
        "price_adjustment.indexation_required.none",
        "제3조②3",
        [
            "원자재 가격 변동은 대금에 반영하지 않는다.",
            "주요 원재료인 {MAT}의 가격이 변동하더라도 단가는 계약기간 동안 고정한다.",
        ],
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
    ),
    U(
        "price_adjustment.indexation_threshold_max_10pct.high",
        "제2조⑱",
        [
            "원재료 가격이 {P}% 이상 변동한 경우에만 연동한다.",
            "{MAT} 가격의 변동률이 기준시점 대비 {P}% 이상인 경우 하도급대금을 연동한다.",
        ],
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
        P=num((11, 12, 15, 20, 25, 30)),
    ),
    U(
        "price_adjustment.indexation_items.vague",
        "영 제3조②",
        [
            "원자재 가격 급등 시 양 당사자가 협의하여 단가를 조정할 수 있다.",
        ],
        industries=("manufacturing", "construction"),
    ),
    U(
        "price_adjustment.indexation_exemptions.wrong",
        "제3조④",
        [
            "면제: 연동 대상 아님",
            "이 계약(계약기간 {N}년, {price} {M})은 연동 대상에서 제외한다.",
        ],
        industries=("manufacturing", "construction"),
        N=num((1, 2, 3)),
        M=pick("5억원", "3억원", "12억원"),
    ),
    U(
        "price_adjustment.non_indexation_written_reason.none",
        "제3조④",
        [
            "양 당사자는 연동하지 않기로 한다.",
            "{B:은} 하도급대금 연동을 요구하지 않기로 하며 그 사유는 기재하지 않는다.",
        ],
        industries=("manufacturing", "construction"),
    ),
    U(
        "price_adjustment.indexation_good_faith.low_ratio",
        "제3조③",
        [
            "반영비율은 {P}%로 하며 기준지표는 {A:이} 지정한다.",
        ],
        industries=("manufacturing", "construction"),
        P=num((5, 10, 15)),
    ),
    U(
        "price_adjustment.indexation_evasion.penalize",
        "제3조⑤",
        [
            "연동계약을 원하는 협력사는 차기 입찰 평가에서 감점한다.",
            "{B:이} 미연동 합의에 동의하지 않으면 {A:은} 발주 물량을 줄일 수 있다.",
            "하도급대금이 1억원을 넘지 않도록 발주를 여러 건으로 나누어 연동 의무를 피한다.",
        ],
        industries=("manufacturing", "construction"),
    ),
    U(
        "price_adjustment.indexation_decrease_only.down",
        "운영지침",
        [
            "원재료 가격이 하락한 경우 하락분을 단가에서 차감한다.",
            "{MAT} 가격이 내려가면 단가를 연동하여 인하하고, 오르는 경우에는 단가를 유지한다.",
        ],
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
    ),
    U(
        "price_adjustment.energy_indexation.shift",
        "제2조⑰",
        [
            "전기요금 인상분은 {B:이} 부담한다.",
        ],
        industries=("manufacturing",),
    ),
    U(
        "price_adjustment.indexation_not_exclusive.exclusive",
        "운영지침",
        [
            "연동계약을 체결한 경우 {B:은} 그 밖의 대금 조정을 신청할 수 없다.",
        ],
        industries=("manufacturing", "construction"),
    ),
    F(
        "price_adjustment.design_change_pass_through.pass",
        "제16조①",
        [
            "{O:으로부터} 설계변경 등으로 계약금액을 증액받은 경우 {A:은} 그 내용과 비율에 따라 {price:을} 증액한다.",
        ],
    ),
    F(
        "price_adjustment.design_change_notice_15d.within",
        "제16조②",
        [
            "{A:은} {O:으로부터} 계약금액을 조정받은 날부터 {D}일 이내에 그 사유와 내용을 {B:에게} 서면 통지한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_15),
    ),
    F(
        "price_adjustment.design_change_adjust_30d.within",
        "제16조③",
        [
            "{price}의 증감은 {A:이} 조정받은 날부터 {D}일 이내에 한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_30),
    ),
    F(
        "price_adjustment.design_change_pay_15d.within",
        "제16조④",
        [
            "증액된 {price:은} {A:이} {O:으로부터} 추가금액을 받은 날부터 {D}일 이내에 지급한다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_15),
    ),
    F(
        "price_adjustment.supply_cost_negotiate_10d.within",
        "제16조의2",
        [
            "{B:은} 공급원가(재료비·노무비·경비) 변동으로 대금 조정이 불가피한 경우 서면으로 조정을 신청할 수 있고, {A:은} 신청일부터 {D}일 이내에 협의를 시작한다.",
            "{A:은} 조정 신청을 받은 날부터 {D}일 이내에 협의를 시작한다.",
            "원자재 가격, 최저임금, 공공요금 등 공급원가가 변동하면 {B:은} 조정을 신청할 수 있다.",
        ],
        kind="hard_negative",
        D=num(WITHIN_10),
    ),
    F(
        "price_adjustment.indexation_required.indexed",
        "제3조②3",
        [
            "주요 원재료({MAT}, 하도급대금의 {S}%)에 대하여 별첨 하도급대금 연동계약서에 따라 대금을 연동한다.",
            "주요 에너지(전력, 하도급대금의 {S}%)는 산업용 전기요금을 기준지표로 하여 연동한다.",
        ],
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
        S=num((12, 20, 25, 35, 40)),
    ),
    F(
        "price_adjustment.indexation_threshold_max_10pct.within",
        "제2조⑱",
        [
            "기준시점 대비 비교시점의 가격 변동률이 ±{P}% 이상인 경우 연동한다.",
            "{MAT} 가격이 {P}% 이상 오르거나 내린 경우 연동 산식에 따라 단가를 조정한다.",
        ],
        kind="hard_negative",
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
        P=num((1, 2, 3, 5, 7, 10)),
    ),
    F(
        "price_adjustment.indexation_exemptions.valid",
        "제3조④",
        [
            "계약기간 {N}일, 하도급대금 {M}으로 연동 기재 의무 면제",
        ],
        industries=("manufacturing", "construction"),
        N=num((30, 45, 60, 90)),
        M=pick("8천만원", "5천만원", "9천만원", "3천만원"),
    ),
    F(
        "price_adjustment.non_indexation_written_reason.reasons",
        "제3조④",
        [
            "양 당사자는 {MAT}에 대하여 연동하지 않기로 합의하며, {A}의 사유(단납기 스팟 물량)와 {B}의 사유(자체 헤지 운용)를 미연동계약서에 적는다.",
            "미연동 합의는 {B}의 자유로운 의사에 따른 경우에만 하며 그 취지와 사유를 서면에 적는다.",
        ],
        industries=("manufacturing", "construction"),
        MAT=MATERIAL,
    ),
    F(
        "price_adjustment.indexation_good_faith.actual",
        "제3조③",
        [
            "기준지표와 반영비율은 {B}의 실제 원재료 구매 자료를 토대로 협의하여 정한다.",
            "원재료 가격이 조정요건 이상 상승 또는 하락한 경우 모두 연동한다.",
            "이 연동계약은 법 제16조 및 제16조의2에 따른 대금 조정을 배제하지 않는다.",
        ],
        industries=("manufacturing", "construction"),
    ),
]

MANAGEMENT: list[Template] = [
    U(
        "management_interference.general.hiring",
        "제18조①",
        [
            "{B:은} 현장소장 및 주요 인력 채용 시 {A}의 승인을 받아야 한다.",
            "{B}의 임원 선임과 조직 변경은 {A}와 사전 협의하여 {A}의 동의를 얻는다.",
            "{B:은} {A:이} 지정하는 설비에 투자하여야 하며 투자 규모는 {A:이} 정한다.",
            "{B:이} 다른 회사에 납품하는 가격은 {A}의 승인을 받아 정한다.",
        ],
    ),
    U(
        "management_interference.tech_export_restriction.ban",
        "제18조②1",
        [
            "{B:은} 자신의 기술을 해외 기업에 이전하거나 수출할 수 없으며, 위반 시 거래를 중단한다.",
        ],
    ),
    U(
        "management_interference.exclusive_dealing.rival",
        "제18조②2",
        [
            "{B:은} {A}의 경쟁사와 거래하여서는 아니 된다.",
            "{B:은} 계약기간 중 {A}의 승인 없이 다른 업체의 주문을 받을 수 없다.",
        ],
    ),
    U(
        "management_interference.mgmt_info_request.cost",
        "제18조②3",
        [
            "{B:은} 단가 협상을 위해 품목별 원가계산서와 타사 납품 단가를 제출한다.",
            "{B:은} 매 분기 재무제표와 {INFO:을} {A:에게} 제출한다.",
            "{B:은} 다른 거래처 시스템의 접속 정보를 {A:에게} 공유한다.",
        ],
        INFO=pick("원가 명세", "다른 거래처 매출 내역", "노무비 세부 내역", "향후 사업 계획"),
    ),
    F(
        "management_interference.general.autonomy",
        "제18조",
        [
            "{B}의 인사·조직·거래처 선정은 {B:이} 자율적으로 결정한다.",
            "{B:은} {A}의 영업비밀을 침해하지 않는 범위에서 다른 사업자와 자유롭게 거래할 수 있다.",
            "{A:은} 관계 법령상 필요한 경우 외에는 {B}의 원가 자료를 요구하지 않는다.",
        ],
        kind="hard_negative",
    ),
    F(
        "management_interference.mgmt_info_request.lawful",
        "제18조②3",
        [
            "{B:은} 관계 법령에 따라 {A:이} 확인하여야 하는 안전·보건 관련 서류를 제출한다.",
            "{B:은} {work}에 투입되는 인력의 자격증 사본을 {A:에게} 제출한다.",
        ],
        kind="hard_negative",
    ),
]

RETALIATION: list[Template] = [
    U(
        "retaliation.protected_acts.terminate",
        "제19조",
        [
            "{B:이} {A:을} 관계기관에 신고한 경우 {A:은} 즉시 계약을 해지할 수 있다.",
            "{B:이} 분쟁조정을 신청하면 {A:은} 발주 물량을 줄이거나 거래를 정지할 수 있다.",
            "공정거래위원회 조사에 협조한 협력사는 다음 연도 협력업체 등록에서 제외한다.",
            "{B:이} 대금 조정을 신청한 경우 {A:은} 입찰 참가 자격을 제한할 수 있다.",
        ],
    ),
    F(
        "retaliation.protected_acts.no_disadvantage",
        "제19조",
        [
            "{A:은} {B:이} 관계기관에 신고하거나 분쟁조정을 신청한 것을 이유로 불이익을 주지 않는다.",
            "{A:은} {B:이} 서면실태조사에 자료를 제출한 것을 이유로 거래를 제한하지 않는다.",
        ],
    ),
]
