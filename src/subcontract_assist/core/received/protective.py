"""Protective clauses of the KFTC standard agreement whose absence is worth a note (INFO).

The Act protects the subcontractor even where the contract is silent; writing these down
prevents disputes, so a missing one is a reminder, never a violation.
"""

from __future__ import annotations

from collections.abc import Callable

from subcontract_assist.core.draft.schema import TransactionType
from subcontract_assist.core.findings import Category, Severity
from subcontract_assist.core.received.requirement import Facts, Requirement
from subcontract_assist.core.text import Text

_BILL_USED = r"어음(으로|을|의|에)?.{0,10}(지급|교부|발행|결제|만기)"
_BILL_EXCLUDED = r"어음.{0,12}(지급하지(아니|않)|사용하지|교부하지|금지)"


def _protective(
    id: str,
    category: Category,
    article: str,
    texts: tuple[str, str],
    suggestion: str,
    present: Callable[[Facts], bool],
    applies: Callable[[Facts], bool] = lambda facts: True,
) -> Requirement:
    return Requirement(
        id=id,
        category=category,
        article=article,
        severity=Severity.INFO,
        message=Text(
            f"표준하도급계약서의 보호 조항이 없습니다: {texts[0]}. 계약서에 없어도 법은 "
            "적용되지만, 적어 두면 분쟁을 막을 수 있습니다.",
            f"A protective clause of the standard agreement is missing: {texts[1]}. The Act "
            "applies anyway; writing it down prevents disputes.",
        ),
        suggestion=suggestion,
        present=present,
        applies=applies,
    )


def _not_labour(facts: Facts) -> bool:
    # 제9조②, 제8조② do not apply to 역무 services.
    return facts.transaction is not TransactionType.SERVICE_LABOR


PROTECTIVE: tuple[Requirement, ...] = (
    _protective(
        "inspection.notice_10d",
        Category.INSPECTION,
        "제9조 제2항",
        (
            "수령일부터 10일 이내 검사 결과 서면 통지와, 통지가 없으면 합격으로 본다는 조항",
            "written inspection results within 10 days of receipt, silence counting as a pass",
        ),
        "원사업자는 목적물을 수령한 날부터 10일 이내에 검사 결과를 서면으로 통지하며, 이 기간 내에 "
        "통지하지 아니한 경우에는 검사에 합격한 것으로 본다.",
        lambda f: (
            f.has(r"검사.{0,60}(10|[1-9])일(이내|안에|내에)")
            and f.has(r"합격(한|된)?것으로(본다|간주)|합격으로(본다|간주)")
        ),
        _not_labour,
    ),
    _protective(
        "payment_terms.deadline_60d",
        Category.PAYMENT_TERMS,
        "제13조 제1항",
        ("목적물 수령일부터 60일 이내 지급", "payment within 60 days of receipt"),
        "원사업자는 목적물 수령일부터 60일 이내의 가능한 짧은 기한으로 정한 지급기일까지 "
        "하도급대금을 지급한다.",
        lambda f: f.has(
            r"(수령|인수|납품|준공|완료)일?(부터|로부터).{0,20}([1-5]?\d|60)일(이내|안에|내에)"
        ),
    ),
    _protective(
        "payment_terms.late_interest",
        Category.PAYMENT_TERMS,
        "제13조 제8항",
        ("대금 지급 지연 시 지연이자", "late-payment interest"),
        "원사업자가 지급기일을 넘겨 대금을 지급하는 경우 공정거래위원회가 고시한 이율에 따른 "
        "지연이자를 지급한다.",
        lambda f: f.has(r"지연(이자|이율|배상금|손해금)"),
    ),
    _protective(
        "unfair_special_terms.nullity_effect",
        Category.UNFAIR_SPECIAL_TERMS,
        "제3조의4 제3항",
        ("부당한 특약은 무효라는 조항", "unfair special terms are void"),
        "이 계약 중 하도급법 제3조의4에 따른 부당한 특약에 해당하는 부분은 무효로 한다.",
        lambda f: f.has(
            r"(부당(한)?특약|하도급법|하도급거래공정화|관계법령).{0,60}(무효|효력이없)"
        ),
    ),
    _protective(
        "tech_data.request_document",
        Category.TECH_DATA,
        "제12조의3 제2항",
        (
            "기술자료를 요구할 때 목적·권리귀속·대가 등을 적은 요구서를 미리 주는 절차",
            "a written request stating purpose, ownership and price before technical data is "
            "requested",
        ),
        "원사업자는 정당한 사유로 기술자료를 요구하는 경우 요구 목적, 권리 귀속, 대가, 비밀유지 "
        "방법 등을 수급사업자와 미리 협의하여 정하고 이를 적은 서면(요구서)을 주어야 한다.",
        lambda f: (
            f.has(r"(요구서|요구서면|서면으로요구|서면을(교부|발급|주))")
            and f.has(r"(목적|대가|권리귀속)")
        ),
        lambda f: f.has(r"기술자료|도면|공정조건|설계도|노하우|소스코드"),
    ),
    _protective(
        "tech_data.nda_by_delivery",
        Category.TECH_DATA,
        "제12조의3 제3항",
        (
            "기술자료를 받기 전 비밀유지계약 체결",
            "a confidentiality agreement before receiving data",
        ),
        "원사업자는 기술자료를 제공받는 날까지 수급사업자와 비밀유지계약을 체결한다.",
        lambda f: f.has(r"비밀유지(계약|협약|약정|서약)"),
        lambda f: f.has(r"기술자료"),
    ),
    _protective(
        "written_contract.dispute_mediation",
        Category.WRITTEN_CONTRACT,
        "제24조",
        (
            "하도급분쟁조정협의회 등에 분쟁조정을 신청할 수 있다는 조항",
            "access to dispute mediation",
        ),
        "이 계약에 관한 분쟁은 당사자가 협의하여 해결하며, 각 당사자는 하도급분쟁조정협의회 등에 "
        "조정을 신청할 수 있다.",
        lambda f: f.has(r"분쟁조정|조정협의회|중재|분쟁.{0,40}조정"),
    ),
    _protective(
        "order_cancellation.receipt_certificate",
        Category.ORDER_CANCELLATION,
        "제8조 제2항",
        ("목적물 수령 시 수령증명서 발급", "a receipt certificate on delivery"),
        "원사업자는 목적물을 납품받은 때에 즉시 수령증명서를 수급사업자에게 발급한다.",
        lambda f: f.has(r"수령증|인수증|수령(을)?확인(서|하는서면)"),
        _not_labour,
    ),
    _protective(
        "payment_terms.bill_discount_fee",
        Category.PAYMENT_TERMS,
        "제13조 제6항",
        ("어음 지급 시 할인료 지급", "the discount fee when paying by bill"),
        "원사업자가 목적물 수령일부터 60일이 지난 후 만기일까지의 기간에 대한 어음할인료를 "
        "수급사업자에게 지급한다.",
        lambda f: f.has(r"할인료"),
        lambda f: f.has(_BILL_USED) and not f.has(_BILL_EXCLUDED),
    ),
)
