"""The draft contract: every answer the interview collects, validated on load.

Glossary (Korean term → identifier):
    원사업자 principal · 수급사업자 subcontractor · 하도급대금 subcontract price (``price``) ·
    목적물 deliverable · 위탁일 order date · 수령일 receipt date · 검사 inspection ·
    선급금 advance payment · 기성금 progress payment · 연동 indexation · 지급보증 payment bond ·
    기술자료 technical data · 특약 special terms · 하자담보 warranty.

All money is in KRW integers, all dates ISO ``YYYY-MM-DD``. ``None`` means "not answered yet"; the
rules treat an unanswered item differently from an answer that breaks the law.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from subcontract_assist.core.draft.brn import normalize_brn

DRAFT_FORMAT = "subcontract-assist/draft"
DRAFT_VERSION = 1

Money = Annotated[int, Field(ge=0, le=10**15)]
Percent = Annotated[float, Field(ge=0, le=100)]
Days = Annotated[int, Field(ge=0, le=3650)]
ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=20_000)]


class _Section(BaseModel):
    """Base of every draft section: unknown keys are errors, values are re-validated on change."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


class TransactionType(StrEnum):
    """제조·수리·건설·용역 위탁 (하도급법 제2조)."""

    MANUFACTURING = "manufacturing"
    REPAIR = "repair"
    CONSTRUCTION = "construction"
    SERVICE_INFO = "service_info"  # 용역 — 지식·정보성과물 (software, design …)
    SERVICE_LABOR = "service_labor"  # 용역 — 역무 (제8조①2·②, 제9조②, 제10조 미적용)


class Side(StrEnum):
    """Which party the app's user is."""

    PRINCIPAL = "principal"
    SUBCONTRACTOR = "subcontractor"


class SmeStatus(StrEnum):
    SMALL = "small"  # 소기업
    SME = "sme"  # 중소기업
    MIDSIZE = "midsize"  # 중견기업
    LARGE = "large"


class Transaction(_Section):
    type: TransactionType = TransactionType.MANUFACTURING
    user_side: Side = Side.PRINCIPAL
    is_export: bool = False  # 수출할 물품 (제7조, 제15조)


class Party(_Section):
    name: ShortText = ""
    representative: ShortText = ""
    address: ShortText = ""
    phone: ShortText = ""
    biz_reg_no: ShortText = ""  # 사업자등록번호 NNN-NN-NNNNN, checksum validated
    corp_reg_no: ShortText = ""  # 법인등록번호 (format only)
    sme_status: SmeStatus | None = None
    annual_sales: Money | None = None  # 직전 사업연도 매출액 (건설: 시공능력평가액)
    in_cross_holding_group: bool = False  # 상호출자제한기업집단

    @field_validator("biz_reg_no")
    @classmethod
    def _check_brn(cls, value: str) -> str:
        return normalize_brn(value) if value else value


class Parties(_Section):
    principal: Party = Field(default_factory=Party)
    subcontractor: Party = Field(default_factory=Party)


class UndeterminedItem(_Section):
    """제3조⑥: an item that cannot be fixed at order time, with why and when it will be."""

    item: ShortText
    reason: ShortText = ""
    expected_date: dt.date | None = None


class ChangeOrder(_Section):
    """추가·변경위탁 (제3조①): the changed document must be issued before the changed work."""

    description: ShortText = ""
    issue_date: dt.date | None = None
    start_date: dt.date | None = None
    amount_delta: int | None = None


class BidType(StrEnum):
    NEGOTIATED = "negotiated"  # 수의계약
    COMPETITIVE = "competitive"  # 경쟁입찰


class ContractInfo(_Section):
    title: ShortText = ""
    order_date: dt.date | None = None  # 위탁일
    signed_date: dt.date | None = None  # 계약 체결일
    issue_date: dt.date | None = None  # 서면 발급일
    work_start_date: dt.date | None = None  # 착수·착공일
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    is_renewal: bool = False
    bid_type: BidType | None = None
    project_name: ShortText = ""  # 건설: 원도급공사명 / 발주자
    owner_name: ShortText = ""  # 건설: 발주자
    site: ShortText = ""  # 공사장소 / 용역 수행장소
    lowest_bid_amount: Money | None = None  # (ask) 경쟁입찰 최저 입찰금액 (제4조②7)
    direct_cost_sum: Money | None = None  # (ask) 원도급 내역상 직접공사비 합계 (제4조②6)
    change_orders: list[ChangeOrder] = Field(default_factory=list, max_length=200)
    undetermined_items: list[UndeterminedItem] = Field(default_factory=list, max_length=200)

    @property
    def duration_days(self) -> int | None:
        """Return the contract period in days (both ends counted), or None when unknown."""
        if self.period_start and self.period_end:
            return (self.period_end - self.period_start).days + 1
        return None


class LineItem(_Section):
    """One row of the schedule of items (품명·규격·수량·단가·금액)."""

    name: ShortText
    spec: ShortText = ""
    quantity: Annotated[float, Field(ge=0, le=10**9)] = 1
    unit: ShortText = "개"
    unit_price: Money = 0

    @property
    def amount(self) -> int:
        return round(self.quantity * self.unit_price)


class Deliverable(_Section):
    name: ShortText = ""  # 품명·공사명·과업명
    description: LongText = ""
    spec: ShortText = ""
    quantity: ShortText = ""
    items: list[LineItem] = Field(default_factory=list, max_length=1000)


class ReceiptCertificate(StrEnum):
    IMMEDIATE = "immediate"
    AFTER_INSPECTION = "after_inspection"
    NONE = "none"


class Delivery(_Section):
    date: dt.date | None = None
    place: ShortText = ""
    receipt_certificate: ReceiptCertificate | None = None


class NoticeForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    NONE = "none"


class Inspection(_Section):
    method: ShortText = ""
    criteria: ShortText = ""
    result_notice_days: Days | None = None
    notice_form: NoticeForm | None = None
    deemed_pass_if_silent: bool | None = None  # 제9조②: 미통지 시 합격 간주
    cost_borne_by: Side | None = None


class Price(_Section):
    supply_amount: Money | None = None  # 공급가액
    vat_amount: Money | None = None  # None → 10% of supply computed
    vat_exempt: bool = False

    @property
    def vat(self) -> int:
        if self.vat_exempt:
            return 0
        if self.vat_amount is not None:
            return self.vat_amount
        return (self.supply_amount or 0) // 10

    @property
    def total_amount(self) -> int:
        return (self.supply_amount or 0) + self.vat


class PaymentMethod(StrEnum):
    CASH = "cash"
    BILL = "bill"  # 어음
    ALT_MEANS = "alt_means"  # 어음대체결제수단
    IN_KIND = "in_kind"  # 대물변제


class DueDateBasis(StrEnum):
    RECEIPT = "receipt"  # 목적물 수령일
    ACCEPTANCE = "acceptance"  # 건설: 인수일
    SERVICE_COMPLETION = "service_completion"  # 용역 수행 완료일
    MONTHLY_INVOICE = "monthly_invoice"  # 월 1회 이상 세금계산서 발행일
    PRINCIPAL_PAID = "principal_paid"  # 발주자에게 받은 날 (pay-when-paid, 위법)
    OTHER = "other"


class Milestone(_Section):
    """One installment: 선급금·기성금·잔금."""

    kind: Annotated[str, Field(pattern="^(advance|progress|final)$")] = "progress"
    label: ShortText = ""
    ratio_pct: Percent | None = None
    amount: Money | None = None
    due_rule: ShortText = ""


class Payment(_Section):
    basis: DueDateBasis = DueDateBasis.RECEIPT
    due_days_after_receipt: Days | None = None
    methods: list[PaymentMethod] = Field(default_factory=lambda: [PaymentMethod.CASH])
    cash_ratio_pct: Percent | None = None
    bill_tenor_days: Days | None = None
    bill_discount_rate_pct: Percent | None = None
    alt_means_fee_borne_by: Side | None = None
    late_interest_rate_pct: Percent | None = None
    late_interest_waived: bool = False
    passthrough_days: Days | None = None  # 발주자 준공금·기성금 수령 후
    retention_pct: Percent | None = None  # 유보금
    retention_release: ShortText = ""
    progress_cycle_months: Annotated[int, Field(ge=0, le=120)] | None = None
    milestones: list[Milestone] = Field(default_factory=list, max_length=100)
    principal_receipt_cash_ratio_pct: Percent | None = None  # (ask) 발주자에게 받은 현금비율
    principal_receipt_bill_tenor_days: Days | None = None  # (ask) 발주자에게 받은 어음 기간
    local_lc_days: Days | None = None  # 수출: 위탁일부터 내국신용장 개설 기한 (제7조)
    customs_refund_days: Days | None = None  # 수출: 관세 환급일부터 지급 기한 (제15조)


class AdvancePayment(_Section):
    """선급금 (제6조): pass on the owner's advance within 15 days."""

    principal_received: bool = False
    amount: Money | None = None
    ratio_pct: Percent | None = None
    passthrough_days: Days | None = None
    method: PaymentMethod | None = None
    owner_ratio_pct: Percent | None = None  # (ask) 발주자에게 받은 선급금 비율


class SuppliedMaterial(_Section):
    """원사업자가 제공하는 원재료 (영 제3조①5)."""

    name: ShortText
    quantity: ShortText = ""
    supply_date: dt.date | None = None
    price: Money | None = None
    pay_method: ShortText = ""
    pay_due: ShortText = ""
    charge_before_payment: bool = False  # 제12조: 대금 지급 전 청구
    principal_cost: Money | None = None  # 원사업자의 구매가격(적정 대가), 제11조②5


class DesignChange(_Section):
    """제16조: 발주자로부터 증액받은 경우의 조정."""

    notice_days: Days | None = 15
    adjust_days: Days | None = 30
    pay_days: Days | None = 15


class SupplyCostAdjustment(_Section):
    """제16조의2: 공급원가 변동에 따른 조정 요건·방법·절차 (제3조②2)."""

    requirement: ShortText = ""
    method: ShortText = ""
    procedure: ShortText = ""
    negotiate_within_days: Days | None = 10
    request_right_waived: bool = False


class Adjustment(_Section):
    design_change: DesignChange = Field(default_factory=DesignChange)
    supply_cost: SupplyCostAdjustment = Field(default_factory=SupplyCostAdjustment)


class MaterialKind(StrEnum):
    MATERIAL = "material"
    ENERGY = "energy"


class IndexationItem(_Section):
    """One row of the 연동표 (영 제3조②)."""

    object_name: ShortText = ""
    material: ShortText = ""
    kind: MaterialKind = MaterialKind.MATERIAL
    cost_share_pct: Percent | None = None
    index_source: ShortText = ""
    base_point: ShortText = ""
    compare_point: ShortText = ""
    threshold_pct: Percent | None = None
    formula: ShortText = ""
    reflection_ratio_pct: Percent | None = None
    cycle: ShortText = ""
    adjust_date: ShortText = ""
    reflect_date: ShortText = ""
    decrease_only: bool = False


class IndexationExemption(StrEnum):
    SMALL_PRINCIPAL = "small_principal"  # 원사업자가 소기업
    SHORT_TERM = "short_term"  # 90일 이내
    SMALL_AMOUNT = "small_amount"  # 1억원 이하
    AGREED_NON_INDEXATION = "agreed_non_indexation"  # 미연동 합의 (사유 서면)
    NO_MAIN_MATERIAL = "no_main_material"


class NonIndexation(_Section):
    reason_principal: ShortText = ""
    reason_subcontractor: ShortText = ""
    negotiation_log: ShortText = ""  # 협의 일시·방법·책임자


class Indexation(_Section):
    """하도급대금 연동 (제3조②3·③~⑤, 제2조⑯~⑱)."""

    has_main_material: bool | None = None  # 비중 10% 이상 원재료가 있는가
    has_main_energy: bool | None = None  # 비중 10% 이상 에너지가 있는가 (2026-08-11~)
    exemption: IndexationExemption | None = None
    items: list[IndexationItem] = Field(default_factory=list, max_length=50)
    non_indexation: NonIndexation = Field(default_factory=NonIndexation)


class Warranty(_Section):
    period_months: Annotated[int, Field(ge=0, le=240)] | None = None
    bond_pct: Percent | None = None  # 하자보수보증금율
    scope: ShortText = ""


class PaymentBondExemption(StrEnum):
    """지급보증 면제 사유 (제13조의2① 단서, 영 제8조①)."""

    SMALL_AMOUNT = "small_amount"  # 1건 공사금액 1천만원 이하
    DIRECT_PAYMENT_AGREEMENT = "direct_payment_agreement"  # 3자 직불 합의 (2026-08-11 전 계약)
    PAYMENT_SYSTEM = "payment_system"  # 하도급대금지급관리시스템 (2026-08-11 전 계약)


class PaymentBond(_Section):
    """건설 하도급대금 지급보증 (제13조의2)."""

    issued: bool | None = None
    issue_date: dt.date | None = None
    amount: Money | None = None
    instrument: ShortText = ""
    exempt_reason: ShortText = ""
    exemption: PaymentBondExemption | None = None


class Guarantees(_Section):
    performance_bond_pct: Percent | None = None  # 계약이행보증 (통상 10%)
    payment_bond: PaymentBond = Field(default_factory=PaymentBond)
    delay_penalty_per_mille: Annotated[float, Field(ge=0, le=1000)] | None = None  # 지체상금률 ‰/일
    construction_months: Annotated[int, Field(ge=0, le=600)] | None = (
        None  # 보증금액 산식의 공사기간
    )


class DirectPayment(_Section):
    """발주자의 하도급대금 직접 지급 (제14조) — 지급보증 면제 판단에도 쓰인다."""

    tripartite_agreement: bool = False  # 발주자·원사업자·수급사업자 직불 합의
    agreement_date: dt.date | None = None
    payment_system: bool = False  # 하도급대금지급관리시스템으로 발주자가 직접 지급


class TechDataRequest(_Section):
    """기술자료 요구서 (영 제7조의3)."""

    purpose: ShortText = ""
    items: ShortText = ""  # 요구 대상 기술자료
    rights_holder: ShortText = ""  # 권리 귀속 관계
    price: ShortText = ""  # 대가
    delivery_date_method: ShortText = ""
    other: ShortText = ""


class Nda(_Section):
    """비밀유지계약 (영 제7조의4)."""

    signed: bool | None = None
    managers: ShortText = ""
    period: ShortText = ""
    return_method: ShortText = ""
    name_scope: ShortText = ""  # 기술자료의 명칭·범위
    confidentiality: ShortText = ""  # 비밀유지의무
    purpose_limit: ShortText = ""  # 목적 외 사용금지
    damages: ShortText = ""  # 위반 시 배상
    return_date: dt.date | None = None  # 반환·폐기 일자
    signed_date: dt.date | None = None


class TechData(_Section):
    requested: bool = False
    justification: ShortText = ""  # 정당한 사유
    request_doc: TechDataRequest = Field(default_factory=TechDataRequest)
    nda: Nda = Field(default_factory=Nda)
    ip_owner: Side | None = None  # 성과물 권리 귀속
    provided_date: dt.date | None = None  # 기술자료를 제공받는 날 (비밀유지계약 기한)


class Termination(_Section):
    cure_days: Days | None = 14  # 최고 기간
    mutual: bool = True  # 해제·해지 사유가 쌍방 대칭인가
    extra_grounds: ShortText = ""


class DisputeResolution(_Section):
    mediation: bool = True  # 하도급분쟁조정협의회
    court: ShortText = ""  # 관할 법원


class SignatureMethod(StrEnum):
    SEAL = "seal"
    SIGN = "sign"
    E_SIGN = "e_sign"
    NONE = "none"


class Signature(_Section):
    method: SignatureMethod = SignatureMethod.SEAL
    both_parties: bool = True


class SpecialTerm(_Section):
    """A free-text clause (특약 or 기타 조건), screened by patterns and the model."""

    title: ShortText = ""
    text: LongText = ""


class Draft(_Section):
    """A whole draft subcontract, as saved in a ``.scdraft.json`` file."""

    format: Annotated[str, Field(pattern=f"^{DRAFT_FORMAT}$")] = DRAFT_FORMAT
    version: int = DRAFT_VERSION
    transaction: Transaction = Field(default_factory=Transaction)
    parties: Parties = Field(default_factory=Parties)
    contract: ContractInfo = Field(default_factory=ContractInfo)
    deliverable: Deliverable = Field(default_factory=Deliverable)
    delivery: Delivery = Field(default_factory=Delivery)
    inspection: Inspection = Field(default_factory=Inspection)
    price: Price = Field(default_factory=Price)
    payment: Payment = Field(default_factory=Payment)
    advance_payment: AdvancePayment = Field(default_factory=AdvancePayment)
    materials_supplied: list[SuppliedMaterial] = Field(default_factory=list, max_length=200)
    adjustment: Adjustment = Field(default_factory=Adjustment)
    indexation: Indexation = Field(default_factory=Indexation)
    warranty: Warranty = Field(default_factory=Warranty)
    guarantees: Guarantees = Field(default_factory=Guarantees)
    direct_payment: DirectPayment = Field(default_factory=DirectPayment)
    tech_data: TechData = Field(default_factory=TechData)
    termination: Termination = Field(default_factory=Termination)
    dispute: DisputeResolution = Field(default_factory=DisputeResolution)
    signature: Signature = Field(default_factory=Signature)
    special_terms: list[SpecialTerm] = Field(default_factory=list, max_length=500)
