"""Neutral boilerplate (fair, category ``none``), filler sentences and article titles.

Real contracts are mostly neutral clauses; without them the adapter would learn that every
clause about money or deadlines is unlawful. Filler sentences are appended to rule clauses so a
label survives surrounding text, and article headers imitate numbered contracts.
"""

from __future__ import annotations

from training.corpus.common import CONSTRUCTION, F
from training.corpus.fill import Template, num, pick

NEUTRAL: list[Template] = [
    F(
        "neutral.purpose",
        "-",
        [
            "이 계약은 {A:이} {B:에게} 위탁하는 {work}에 관하여 양 당사자의 권리와 의무를 정함을 목적으로 한다.",
            "본 계약은 {obj}의 {deliver}와 관련한 거래 조건을 정하여 공정한 거래 질서를 확립하는 데 목적이 있다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.definitions",
        "-",
        [
            '이 계약에서 "{obj}"란 {A:이} {B:에게} 위탁한 {work}의 결과물을 말한다.',
            '"납품"이란 {B:이} {obj:을} {A}가 지정한 장소에 인도하는 것을 말한다.',
        ],
        kind="neutral",
    ),
    F(
        "neutral.term",
        "-",
        [
            "이 기본계약은 {Y}년 {M}월 1일에 효력이 생기며, 개별 발주는 {Y2}년 {M2}월까지 할 수 있다.",
            "이 계약의 유효기간은 체결일부터 {N}년으로 하고, 만료 {K}개월 전까지 서면 이의가 없으면 같은 조건으로 1년씩 연장한다.",
        ],
        kind="neutral",
        Y=num((2026, 2027)),
        Y2=num((2027, 2028)),
        M=num(range(1, 13)),
        M2=num(range(1, 13)),
        N=num((1, 2, 3)),
        K=num((1, 2, 3)),
    ),
    F(
        "neutral.notices",
        "-",
        [
            "이 계약에 따른 통지는 서면으로 하며, 상대방의 주소 또는 전자우편 주소로 발송한 때에 효력이 생긴다.",
            "당사자는 상호, 주소, 대표자 등이 변경된 경우 지체 없이 상대방에게 서면으로 알린다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.jurisdiction",
        "-",
        [
            "이 계약에 관한 소송은 {COURT:을} 관할법원으로 한다.",
            "이 계약과 관련한 분쟁은 당사자 간 협의로 해결하고, 협의가 되지 않으면 하도급분쟁조정협의회의 조정을 거쳐 민사소송법에 따른 관할법원에서 해결한다.",
        ],
        kind="neutral",
        COURT=pick(
            "피고의 주소지를 관할하는 법원", "민사소송법에 따른 관할법원", "서울중앙지방법원"
        ),
    ),
    F(
        "neutral.assignment",
        "-",
        [
            "당사자는 상대방의 서면 동의 없이 이 계약상의 권리·의무를 제3자에게 양도할 수 없다.",
            "{B:은} {A}의 서면 승낙 없이 {work}의 전부를 제3자에게 재위탁하지 않는다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.force_majeure",
        "-",
        [
            "천재지변, 전쟁 등 당사자가 통제할 수 없는 사유로 의무를 이행하지 못한 경우 그 당사자는 책임을 지지 않는다.",
            "불가항력 사유가 발생하면 그 사실을 안 당사자는 지체 없이 상대방에게 통지하고 양 당사자는 대책을 협의한다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.interpretation",
        "-",
        [
            "이 계약에서 정하지 않은 사항은 하도급거래 공정화에 관한 법률 등 관계 법령과 상관례에 따른다.",
            "계약 문서 사이에 내용이 다른 경우 개별 약정, 이 계약서, 별첨 서류의 순서로 적용한다.",
            "이 계약의 내용이 관계 법령에 어긋나는 경우 그 부분은 관계 법령에 따른다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.delivery",
        "-",
        [
            "{B:은} 발주서에 적힌 납기와 수량에 맞추어 {obj:을} {PLACE}에 {deliver}한다.",
            "{obj}의 포장과 운송은 {B:이} 하며, {deliver} 전까지의 위험은 {B:이} 부담한다.",
            "{B:은} 납기를 지킬 수 없는 사정이 생기면 즉시 {A:에게} 그 사유와 예상 납기를 알린다.",
        ],
        kind="neutral",
        industries=("manufacturing", "repair", "service_info"),
        PLACE=pick("{A}의 공장", "지정 창고", "{A}의 물류센터", "본사 자재 창고"),
    ),
    F(
        "neutral.site",
        "-",
        [
            "{B:은} 공사 착공 전에 현장대리인을 정하여 {A:에게} 서면으로 알린다.",
            "{B:은} 설계도서와 시방서에 따라 시공하며, 공정표를 작성하여 {A}의 확인을 받는다.",
            "{B:은} 관계 법령에 따른 안전·보건 조치를 하고, {A:은} 필요한 안전관리비를 별도로 지급한다.",
        ],
        kind="neutral",
        industries=CONSTRUCTION,
    ),
    F(
        "neutral.service",
        "-",
        [
            "{B:은} 과업지시서에 정한 범위와 일정에 따라 {work:을} 수행하고 매월 진행 상황을 보고한다.",
            "{B:은} {work} 수행 인력의 명단을 {A:에게} 알리고, 인력을 바꾸는 경우 미리 통지한다.",
        ],
        kind="neutral",
        industries=("service_info", "service_labor"),
    ),
    F(
        "neutral.invoice",
        "-",
        [
            "{B:은} {deliver} 후 세금계산서를 발행하고, {A:은} 이를 확인하여 지급 절차를 진행한다.",
            "{price:은} {B:이} 지정한 은행 계좌로 이체하는 방법으로 지급한다.",
            "{price:은} 공급가액 {M}원과 부가가치세 {V}원을 합한 금액으로 한다.",
        ],
        kind="neutral",
        M=pick("10,000,000", "25,000,000", "48,000,000", "120,000,000"),
        V=pick("1,000,000", "2,500,000", "4,800,000", "12,000,000"),
    ),
    F(
        "neutral.warranty",
        "-",
        [
            "하자담보책임기간은 {deliver}일부터 {N}개월로 하며, {B:은} 그 기간 중 자신의 귀책으로 생긴 하자를 보수한다.",
            "{B:은} 하자 통지를 받은 날부터 {D}일 이내에 보수에 착수한다. 다만, 긴급한 경우 양 당사자가 협의하여 기한을 정한다.",
        ],
        kind="neutral",
        N=num((6, 12, 24)),
        D=num((3, 5, 7, 10)),
    ),
    F(
        "neutral.termination",
        "-",
        [
            "당사자 일방이 파산, 회생절차 개시를 신청하거나 어음·수표가 부도 처리된 경우 상대방은 계약을 해지할 수 있다.",
            "계약이 중도에 끝나면 양 당사자는 종료 시점까지 완료된 {work} 분량을 확인하여 그에 상응하는 {price:을} 정산한다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.insurance",
        "-",
        [
            "각 당사자는 자신의 사업장과 인력에 대하여 관계 법령에 따른 보험에 가입한다.",
            "{B:은} {work}에 투입한 근로자에 대하여 근로기준법 등 노동관계 법령을 준수한다.",
        ],
        kind="neutral",
    ),
    F(
        "neutral.privacy",
        "-",
        [
            "당사자는 계약 이행 과정에서 알게 된 개인정보를 개인정보 보호법에 따라 처리한다.",
            "이 계약은 양 당사자가 서명 또는 기명날인한 날부터 효력이 생긴다.",
        ],
        kind="neutral",
    ),
]

FILLERS: tuple[str, ...] = (
    "이 조에서 정하지 않은 사항은 관계 법령에 따른다.",
    "세부 절차는 별첨 운영 기준에 따른다.",
    "구체적인 일정은 개별 발주서에 적는다.",
    "이 조의 통지는 서면 또는 전자문서로 한다.",
    "양 당사자는 이 조항을 성실히 이행한다.",
    "관련 서류는 전자문서로 보관할 수 있다.",
)

TITLES: dict[str, tuple[str, ...]] = {
    "written_contract": ("계약서의 교부", "발주", "계약의 변경", "서류의 보존"),
    "unfair_special_terms": ("비용 부담", "특약사항", "손해배상", "기타 사항", "책임의 범위"),
    "price_determination": ("하도급대금의 결정", "단가", "계약금액"),
    "forced_purchase": ("자재의 구매", "장비의 사용"),
    "advance_payment": ("선급금",),
    "order_cancellation": ("위탁의 취소", "수령", "발주의 변경"),
    "inspection": ("검사", "검사의 방법 및 시기"),
    "return_goods": ("반품", "불합격품의 처리"),
    "price_reduction": ("대금의 감액", "공제"),
    "offset_payment": ("지급자재 대금", "장비 사용료"),
    "economic_benefit": ("협력 사항", "기타 의무"),
    "tech_data": ("기술자료", "지식재산권", "비밀유지"),
    "payment_terms": ("하도급대금의 지급", "대금 지급", "지연이자"),
    "payment_guarantee": ("지급보증", "계약이행보증"),
    "direct_payment": ("직접 지급",),
    "price_adjustment": ("대금의 조정", "하도급대금 연동", "설계변경"),
    "management_interference": ("경영의 독립", "거래 제한", "자료 제출"),
    "retaliation": ("신고 등", "불이익 금지"),
    "none": (
        "목적",
        "정의",
        "계약기간",
        "통지",
        "관할",
        "권리의무의 양도",
        "불가항력",
        "해석",
        "납품",
        "시공",
        "세금계산서",
        "하자담보",
        "해지",
        "보험",
        "효력",
    ),
}
