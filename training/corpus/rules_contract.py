"""Templates for 서면 발급 (제3조) and 부당한 특약 (제3조의4, 영 제6조의2, 부당특약 고시)."""

from __future__ import annotations

from training.corpus.common import CONSTRUCTION, WITHIN_15, F, U
from training.corpus.fill import Template, num, pick

LATER = pick(
    "월말에 일괄", "작업 완료 후", "납품 후", "분기 말에", "정산 시점에", "준공 후", "대금 청구 시"
)
ORAL = pick("구두로", "전화로", "현장에서 구두로", "메신저로", "담당자 지시로")

WRITTEN: list[Template] = [
    U(
        "written_contract.issue_before_work.oral",
        "제3조①",
        [
            "긴급한 물량은 {A:이} {ORAL} 발주하고 계약서는 {LATER} 작성한다.",
            "{A:은} 필요한 경우 {work:을} {ORAL} 먼저 지시하며, 서면 계약은 {LATER} 체결한다.",
            "{B:은} {A}의 {ORAL} 한 요청에 따라 즉시 {work:을} 착수하고, 계약서는 {LATER} 교부받는다.",
            "발주서는 {work} 착수 후 {LATER} 발행하는 것을 원칙으로 한다.",
        ],
        ORAL=ORAL,
        LATER=LATER,
    ),
    U(
        "written_contract.change_order_written.oral",
        "제3조①",
        [
            "추가·변경 {work:은} {A}의 {ORAL} 지시로 우선 수행하고 정산은 {LATER} 협의한다.",
            "설계 변경이나 수량 추가가 있는 경우 {B:은} {ORAL} 지시받은 대로 먼저 이행하며 변경계약서는 {LATER} 작성한다.",
            "현장 여건상 필요한 추가 작업은 {A:이} {ORAL} 지시하면 {B:이} 즉시 시행하고, 금액은 {LATER} 정한다.",
        ],
        ORAL=ORAL,
        LATER=LATER,
    ),
    U(
        "written_contract.mandatory_items.missing",
        "제3조②",
        [
            "{price}의 지급 방법과 지급기일은 별도로 협의하여 정한다.",
            "대금 지급 조건: 추후 협의",
            "단가는 추후 결정하며, 결정 전이라도 {B:은} {work:을} 진행한다.",
            "납품 장소와 시기는 {A:이} 그때그때 통보한다.",
            "{price}{Q} 확정되지 않은 상태에서 {work:을} 먼저 시작하고 금액은 나중에 정한다.",
        ],
        kind="soft_positive",
        Q=pick("는", "가"),
    ),
    U(
        "written_contract.signature.one_sided",
        "제3조②",
        [
            "계약서는 {A}의 직인만 날인하여 전자우편으로 송부하는 것으로 갈음한다.",
            "이 계약은 {A:이} 발주서를 발송한 때에 성립하며 {B}의 서명 또는 날인은 필요하지 않다.",
            "{B}의 서명이 없더라도 {A}의 날인이 있는 발주서를 계약서로 본다.",
        ],
    ),
    U(
        "written_contract.undetermined_items.no_reason",
        "제3조⑥",
        [
            "단가: 추후 결정",
            "{price}: 미정(추후 {A:이} 통보)",
            "계약금액은 {work} 완료 후 {A:이} 정하는 바에 따른다.",
        ],
        kind="soft_positive",
    ),
    U(
        "written_contract.confirmation_request.restricted",
        "제3조⑧",
        [
            "{B:은} 계약서 미교부를 이유로 어떠한 이의나 확인 요청도 하지 않는다.",
            "{B:은} 서면 교부 여부와 관계없이 {A}의 작업 지시에 따르며 위탁 내용의 확인을 요구할 수 없다.",
            "{B:이} 위탁 내용의 확인을 요청하더라도 {A:은} 회신할 의무가 없다.",
        ],
    ),
    U(
        "written_contract.record_retention.destroy",
        "제3조⑫",
        [
            "계약 종료 후 관련 서류는 즉시 폐기한다.",
            "{B:은} 거래가 끝나면 {A:으로부터} 받은 발주서와 계약 관련 서류를 {N}일 이내에 모두 폐기한다.",
        ],
        N=num((7, 10, 14, 30)),
    ),
    F(
        "written_contract.issue_before_work.before",
        "제3조①",
        [
            "이 계약서는 {work} 착수 전에 양 당사자가 서명하여 교부하며, {B:은} 교부받은 후 착수한다.",
            "{A:은} {B:이} {work:을} 시작하기 전에 위탁 내용, {price}, 지급 방법과 기일을 적은 서면을 발급한다.",
            "개별 발주는 품명, 수량, 단가, 납기, 납품 장소를 적은 발주서를 착수 전에 교부하는 방식으로 한다.",
            "{A:은} 긴급한 발주라도 {work} 착수 전에 전자문서로 서면을 발급한다.",
        ],
    ),
    F(
        "written_contract.change_order_written.before",
        "제3조①",
        [
            "추가·변경 {work:은} 변경 내용과 금액을 적은 변경계약서를 교부한 뒤 착수한다.",
            "{A:이} 수량이나 사양을 변경하려는 경우 변경 내용, 대금 증감액, 납기를 적은 서면을 변경 작업 착수 전에 {B:에게} 교부한다.",
            "공기 연장이나 물량 추가는 변경계약서를 먼저 작성하고 그에 따라 시행한다.",
        ],
    ),
    F(
        "written_contract.mandatory_items.filled",
        "제3조②",
        [
            "{price:은} 금 {M}원(부가가치세 별도)으로 하며, {A:은} {recv}부터 {D}일 이내에 현금으로 지급한다.",
            "납품 장소는 {A}의 {PLACE}로 하고, 납기는 발주서에 적힌 날로 한다.",
            "검사는 {recv}부터 10일 이내에 별첨 검사기준서에 따라 실시한다.",
        ],
        M=pick("12,000,000", "35,500,000", "88,000,000", "4,200,000", "150,000,000"),
        D=num((15, 20, 30, 45, 60)),
        PLACE=pick("본사 창고", "제2공장", "공사 현장", "지정 물류센터"),
    ),
    F(
        "written_contract.undetermined_items.reason_date",
        "제3조⑥",
        [
            "단가: {REASON}로 미정(확정 예정일 {DATE}). 확정되면 지체 없이 새로운 서면을 발급한다.",
            "재해 복구 공사의 특성상 금액을 정할 수 없는 부분은 그 사유와 확정 예정일을 적고, 확정 즉시 서면을 다시 발급한다.",
        ],
        kind="hard_negative",
        REASON=pick("발주자 설계변경 진행 중", "긴급 복구 공사", "시험 생산 결과 대기"),
        DATE=pick("2026년 5월 10일", "2027년 1월 15일", "2026년 9월 30일"),
    ),
    F(
        "written_contract.confirmation_request.reply",
        "제3조⑧",
        [
            "서면이 교부되지 않은 경우 {B:은} 위탁 내용의 확인을 서면으로 요청할 수 있고, {A:은} {N}일 이내에 인정 여부를 회신한다.",
            "{A:이} 확인 요청을 받은 날부터 {N}일 이내에 회신하지 않으면 {B:이} 통지한 내용대로 위탁한 것으로 추정한다.",
        ],
        N=num(WITHIN_15),
    ),
    F(
        "written_contract.record_retention.keep",
        "제3조⑫",
        [
            "양 당사자는 계약서와 수령증명서, 대금 지급 자료를 거래가 끝난 날부터 3년간 보존한다.",
            "기술자료 요구서와 비밀유지계약서는 7년간, 그 밖의 거래 서류는 3년간 보관한다.",
        ],
    ),
    F(
        "written_contract.signature.both",
        "제3조②",
        [
            "양 당사자는 이 계약서 2부를 작성하여 각각 서명 또는 기명날인한 후 1부씩 보관한다.",
            "이 계약은 {A}와 {B}가 전자서명으로 서명한 때에 효력이 생긴다.",
        ],
    ),
    F(
        "written_contract.standard_form_use.used",
        "제3조의2",
        [
            "본 계약은 공정거래위원회가 정한 {FORM} 표준하도급계약서를 사용하였다.",
        ],
        FORM=pick("제조업종", "건설업종", "소프트웨어업종", "범용(용역)", "자동차업종"),
    ),
]

SPECIAL: list[Template] = [
    U(
        "unfair_special_terms.unwritten_request_costs.shift",
        "제3조의4②1",
        [
            "계약서에 명시되지 않은 작업도 {A}의 지시가 있으면 {B:은} 추가 대금 없이 수행한다.",
            "{A:이} 요청하는 부대 작업은 계약서 기재 여부와 관계없이 {B}의 비용으로 처리한다.",
            "서면에 없는 추가 요구사항에 드는 비용은 {B:이} 부담하며 별도로 청구하지 않는다.",
        ],
    ),
    U(
        "unfair_special_terms.complaint_accident_costs.shift",
        "제3조의4②2",
        [
            "{work} 중 발생하는 모든 민원과 산업재해의 처리 및 비용은 {B:이} 전적으로 책임진다.",
            "현장 민원은 그 원인을 불문하고 {B:이} 해결하며 소요 비용도 {B:이} 부담한다.",
            "산업재해가 발생한 경우 {A}의 관리 책임 여부와 관계없이 모든 보상 비용은 {B:이} 부담한다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "unfair_special_terms.outside_bid_costs.shift",
        "제3조의4②3",
        [
            "내역서에 누락된 항목이라도 {work} 성격상 필요한 것은 {B:이} 비용을 부담하여 시공한다.",
            "입찰 내역에 없는 항목을 {A:이} 요구하는 경우에도 {B:은} 계약금액 범위에서 이행한다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "unfair_special_terms.statutory_duty_costs.shift",
        "영 제6조의2 1호 가목",
        [
            "건축 인허가에 필요한 제반 비용은 {B:이} 부담한다.",
            "{A:이} 법령상 이행하여야 하는 환경관리 및 품질관리 비용은 {B:이} 부담한다.",
            "인·허가 취득과 관련된 수수료와 용역비는 모두 {B}의 부담으로 한다.",
        ],
    ),
    U(
        "unfair_special_terms.design_change_costs.shift",
        "영 제6조의2 1호 나목",
        [
            "설계변경이 있더라도 계약금액은 조정하지 않는다.",
            "{O} 또는 {A}의 요청으로 작업 내용이 변경되어 비용이 늘어나더라도 {price:은} 변경하지 않는다.",
            "사양 변경에 따른 추가 비용은 {B:이} 부담한다.",
        ],
    ),
    U(
        "unfair_special_terms.rework_costs.shift",
        "영 제6조의2 1호 다목",
        [
            "{A}의 요청에 따른 재작업은 사유를 불문하고 {B} 비용으로 한다.",
            "{A:이} 지시하는 보완·재작업 비용은 {B}의 귀책 여부와 관계없이 {B:이} 부담한다.",
            "검수 담당자의 요청이 있으면 {B:은} 무상으로 수정 작업을 반복하여 수행한다.",
        ],
    ),
    U(
        "unfair_special_terms.warranty_liability_shift.all",
        "영 제6조의2 1호 라목",
        [
            "{A:이} {O:에게} 부담하는 모든 하자보수 및 손해배상 책임은 {B:이} 부담한다.",
            "{O:이} {A:에게} 청구하는 손해는 원인과 관계없이 {B:이} 전액 배상한다.",
        ],
    ),
    U(
        "unfair_special_terms.unforeseeable_risk.shift",
        "영 제6조의2 2호",
        [
            "태풍·폭설 등이 발생하더라도 공사기간 연장은 없으며 추가 비용은 {B:이} 부담한다.",
            "천재지변, 해킹 등 예측할 수 없는 사유로 발생한 손해도 {B:이} 책임진다.",
            "매장유산 발견 등으로 {work:이} 중단되어도 {B:은} 기간 연장이나 비용 보전을 요구할 수 없다.",
        ],
    ),
    U(
        "unfair_special_terms.indirect_cost_cap.none",
        "영 제6조의2 3호",
        [
            "공기 연장에 따른 간접비는 어떠한 경우에도 인정하지 않는다.",
            "간접비는 {work}의 성격과 관계없이 직접비의 {P}%를 넘지 않는 것으로 한다.",
        ],
        P=num((1, 2, 3, 5)),
    ),
    U(
        "unfair_special_terms.adjustment_right_waiver.waive",
        "영 제6조의2 4호",
        [
            "계약기간 중 원자재 가격이 변동하더라도 {B:은} 단가 조정을 요구하지 않는다.",
            "{B:은} 공급원가가 상승하더라도 계약기간 동안 {price}의 조정을 신청하지 않기로 한다.",
            "노무비나 재료비가 인상되어도 {B:은} 대금 증액을 청구할 수 없다.",
        ],
    ),
    U(
        "unfair_special_terms.kftc_notice_types.aggravate",
        "제3조의4①",
        [
            "{B:은} 본 계약과 관련하여 {A:에게} 발생한 모든 손해를 원인과 관계없이 배상한다.",
            "{B:은} 계약 위반 여부와 관계없이 {A:이} 입은 영업 손실 전부를 보상한다.",
        ],
    ),
    U(
        "unfair_special_terms.confirmation_right_restriction.restrict",
        "제3조⑧",
        [
            "{B:은} 서면 교부 여부와 관계없이 {A}의 작업지시에 이의를 제기하지 않는다.",
        ],
    ),
    U(
        "unfair_special_terms.perf_bond_refusal_restriction.restrict",
        "제13조의2⑨",
        [
            "대금지급보증 여부와 관계없이 {B:은} 계약체결 즉시 이행보증서를 제출한다.",
            "{A:이} 지급보증을 하지 않더라도 {B:은} 계약이행보증을 거절할 수 없다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "unfair_special_terms.protected_acts_restriction.restrict",
        "제19조",
        [
            "{B:은} 본 계약과 관련하여 관계기관에 신고하거나 분쟁조정을 신청하지 않는다.",
            "{B:은} 공정거래위원회의 서면실태조사에 {A}의 사전 동의 없이 자료를 제출하지 않는다.",
            "이 계약에 관한 분쟁은 {A}의 결정에 따르며 {B:은} 외부 기관에 조정을 신청할 수 없다.",
        ],
    ),
    U(
        "unfair_special_terms.payment_withholding.retain",
        "제3조의4, 부당특약 고시",
        [
            "매 {PAY}의 {P}%는 하자보증 명목으로 유보하고 {WHEN} 지급한다.",
            "{A:은} 품질 보증을 위하여 {price}의 {P}%를 {WHEN}까지 지급하지 않고 보관한다.",
            "{price} 중 {P}%는 유보금으로 하여 {WHEN} 정산한다.",
        ],
        kind="soft_positive",
        PAY=pick("기성금", "대금", "월 정산금"),
        P=num((5, 10, 15, 20)),
        WHEN=pick(
            "준공 1년 후",
            "하자담보기간 종료 후",
            "계약 종료 후 6개월이 지나",
            "최종 검수 후 1년이 지나",
        ),
    ),
    U(
        "unfair_special_terms.info_ownership_transfer.all",
        "부당특약 고시",
        [
            "{B:이} 본 계약 수행 과정에서 취득·작성한 모든 자료와 기술의 권리는 {A:에게} 귀속된다.",
            "{work} 중 {B:이} 개발한 공정 노하우와 데이터는 별도 대가 없이 {A}의 소유로 한다.",
        ],
    ),
    U(
        "unfair_special_terms.one_sided_confidentiality.one_way",
        "부당특약 고시",
        [
            "{B:은} {A}의 정보를 비밀로 유지하며, 위반 시 {A}의 손해를 배상한다.",
            "비밀유지 의무는 {B:에게만} 적용된다.",
        ],
    ),
    U(
        "unfair_special_terms.inspection_cost_shift.all",
        "부당특약 고시",
        [
            "{A}의 검사에 드는 모든 비용과 검사 중 손상된 제품의 비용은 {B:이} 부담한다.",
            "수입검사 비용은 합격 여부와 관계없이 {B:이} 부담한다.",
        ],
        industries=("manufacturing", "repair"),
    ),
    U(
        "unfair_special_terms.safety_cost_shift.included",
        "부당특약 고시",
        [
            "현장 안전시설 설치 및 안전관리자 인건비는 {price}에 포함된 것으로 본다.",
            "산업재해 예방을 위한 안전조치 비용은 {B:이} 자기 부담으로 한다.",
        ],
        industries=CONSTRUCTION,
    ),
    U(
        "unfair_special_terms.supplied_material_loss.all",
        "부당특약 심사지침",
        [
            "지급자재의 멸실·훼손은 원인을 불문하고 {B:이} 변상한다.",
            "{A:이} 공급한 자재가 분실되거나 파손된 경우 그 사유와 관계없이 {B:이} 시가로 배상한다.",
        ],
    ),
    U(
        "unfair_special_terms.general_clause.unilateral",
        "제3조의4①",
        [
            "{A:은} 필요 시 계약 조건을 일방적으로 변경할 수 있으며 {B:은} 이에 따른다.",
            "{A:은} 언제든지 {N}일 전 통보로 계약을 해지할 수 있으나 {B:은} 계약기간 중 해지할 수 없다.",
            "지체상금은 지체일당 계약금액의 {R}으로 하며 상한은 두지 않는다.",
            "{B:은} 이 계약에 따른 법령상 권리를 행사하지 않기로 한다.",
        ],
        N=num((3, 7, 10)),
        R=pick("5/100", "3/100", "10/100", "2/100"),
    ),
    F(
        "unfair_special_terms.unwritten_request_costs.fair",
        "제3조의4",
        [
            "{A:이} 계약서에 없는 작업을 요구하는 경우 그 비용은 {A:이} 부담하고 변경계약서로 금액을 정한다.",
            "서면에 없는 추가 요청은 {B}의 동의와 변경계약이 있는 경우에만 이행하며 대가를 지급한다.",
        ],
    ),
    F(
        "unfair_special_terms.complaint_accident_costs.fair",
        "제3조의4",
        [
            "공사 관련 민원 중 {A}의 공사계획·관리에 기인한 민원 처리 비용은 {A:이} 부담한다.",
            "{B}의 귀책사유로 발생한 민원은 {B:이} 처리하고, 그 밖의 민원은 {A:이} 처리한다.",
        ],
        kind="hard_negative",
        industries=CONSTRUCTION,
    ),
    F(
        "unfair_special_terms.design_change_costs.fair",
        "영 제6조의2",
        [
            "{A} 또는 {O}의 설계변경으로 증가한 비용은 {price}에 반영한다.",
            "사양 변경으로 비용이 늘어나는 경우 양 당사자는 변경계약서로 대금을 증액한다.",
        ],
    ),
    F(
        "unfair_special_terms.rework_costs.fault_only",
        "영 제6조의2",
        [
            "{B}의 귀책이 없는 재작업 지시에 따른 비용은 {A:이} 부담한다.",
            "{B}의 귀책사유로 인한 재작업 비용은 {B:이} 부담하고, 그 밖의 재작업 비용은 {A:이} 부담한다.",
            "불량의 원인이 {B:에게} 있는 경우에 한하여 {B:은} 자기 비용으로 보수한다.",
        ],
        kind="hard_negative",
    ),
    F(
        "unfair_special_terms.warranty_liability_shift.own_part",
        "영 제6조의2",
        [
            "{B:은} 자신이 시공한 부분의 하자에 대하여만 책임을 진다.",
            "{B:은} 자신의 귀책사유로 발생한 하자에 한하여 하자담보기간 동안 무상으로 보수한다.",
        ],
        kind="hard_negative",
    ),
    F(
        "unfair_special_terms.unforeseeable_risk.fair",
        "영 제6조의2",
        [
            "천재지변 등 불가항력으로 작업이 지연된 기간은 지체일수에 산입하지 않고, 추가 비용은 협의하여 분담한다.",
            "예측할 수 없었던 사유로 {work:이} 중단된 경우 양 당사자는 기간과 대금을 협의하여 조정한다.",
        ],
    ),
    F(
        "unfair_special_terms.adjustment_right_waiver.fair",
        "제16조의2",
        [
            "{B:은} 공급원가 변동 시 {price} 조정을 신청할 수 있다.",
            "원자재 가격이나 노무비가 변동하면 {B:은} 계약기간 중이라도 대금 조정을 신청할 수 있다.",
        ],
    ),
    F(
        "unfair_special_terms.kftc_notice_types.symmetric",
        "제3조의4",
        [
            "계약 해지 사유와 절차는 양 당사자에게 동일하게 적용한다.",
            "각 당사자는 자신의 귀책사유로 상대방에게 손해를 입힌 경우 그 손해를 배상한다.",
            "상대방이 계약을 위반하고 {N}일 이상의 기간을 정한 서면 최고에도 시정하지 않으면 각 당사자는 계약을 해지할 수 있다.",
        ],
        kind="hard_negative",
        N=num((7, 10, 14, 30)),
    ),
    F(
        "unfair_special_terms.one_sided_confidentiality.mutual",
        "부당특약 고시",
        [
            "양 당사자는 상대방으로부터 받은 비밀정보를 목적 외로 사용하거나 누설하지 않는다.",
            "{A}와 {B:은} 계약 기간 및 종료 후 {N}년간 상대방의 영업비밀을 유지할 의무를 진다.",
        ],
        N=num((1, 2, 3, 5)),
    ),
    F(
        "unfair_special_terms.payment_withholding.bond",
        "부당특약 고시",
        [
            "하자담보는 하자보수보증서 제출로 갈음하며 {PAY:을} 유보하지 않는다.",
            "{B:은} 하자보수보증금으로 계약금액의 {P}%에 해당하는 보증서를 제출하고, {A:은} 대금을 유보하지 않는다.",
        ],
        PAY=pick("기성금", "대금"),
        P=num((2, 3, 5)),
    ),
    F(
        "unfair_special_terms.supplied_material_loss.care",
        "부당특약 심사지침",
        [
            "{B:은} 지급자재를 선량한 관리자의 주의로 보관하며, 그 귀책 없는 멸실·훼손은 {A:이} 부담한다.",
            "지급자재가 {B}의 고의 또는 과실로 멸실된 경우에 한하여 {B:이} 변상한다.",
        ],
        kind="hard_negative",
    ),
    F(
        "unfair_special_terms.safety_cost_shift.separate",
        "제11조②8",
        [
            "산업안전보건관리비는 {A:이} 관계 법령에 따라 별도 계상하여 지급한다.",
            "안전시설 설치 비용은 {A:이} 부담하며 {price}에서 공제하지 않는다.",
        ],
        industries=CONSTRUCTION,
    ),
    F(
        "unfair_special_terms.general_clause.agreement",
        "제3조의4",
        [
            "계약의 변경은 양 당사자의 서면 합의로만 한다.",
            "지체상금은 지체일당 계약금액의 {R}으로 하되 계약금액의 {C}%를 한도로 한다. 다만, {B}의 귀책이 없는 지체는 제외한다.",
        ],
        kind="hard_negative",
        R=pick("1/1,000", "0.5/1,000", "1.5/1,000", "2/1,000"),
        C=num((10, 20, 30)),
    ),
    F(
        "unfair_special_terms.protected_acts_restriction.free",
        "제19조",
        [
            "이 계약은 {B:이} 관계기관에 신고하거나 분쟁조정을 신청할 권리를 제한하지 않는다.",
            "분쟁이 생기면 당사자는 하도급분쟁조정협의회에 조정을 신청할 수 있다.",
        ],
    ),
]
