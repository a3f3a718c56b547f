"""기술자료 (제12조의3, 영 제7조의3·제7조의4): justified request, request document, NDA."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, Side
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, blank
from subcontract_assist.core.text import Text

#: 영 제7조의3: the request document (field under tech_data.request_doc → label).
REQUEST_ITEMS: dict[str, tuple[str, str]] = {
    "purpose": ("요구목적", "the purpose"),
    "rights_holder": ("권리귀속 관계", "who owns the rights"),
    "price": ("대가 및 지급방법", "the consideration and how it is paid"),
    "items": ("요구하는 기술자료의 명칭 및 범위", "the name and scope of the data"),
    "delivery_date_method": ("요구일·제공일 및 제공방법", "request date, delivery date and means"),
}

#: 영 제7조의4: the NDA (field under tech_data.nda → label).
NDA_ITEMS: dict[str, tuple[str, str]] = {
    "name_scope": ("기술자료의 명칭 및 범위", "the name and scope of the data"),
    "period": ("사용기간", "the period of use"),
    "managers": ("보유 임직원 명단", "the staff who hold it"),
    "confidentiality": ("비밀유지의무", "the duty of confidentiality"),
    "purpose_limit": ("목적 외 사용금지", "the ban on other uses"),
    "damages": ("위반 시 배상", "damages for breach"),
    "return_method": ("반환·폐기 방법", "how it is returned or destroyed"),
    "return_date": ("반환·폐기 일자", "when it is returned or destroyed"),
}


def _request_ban(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제12조의3 ①: 기술자료 요구는 원칙적으로 금지, 정당한 사유는 원사업자가 입증
    td = draft.tech_data
    if td.requested and blank(td.justification) and blank(td.request_doc.other):
        yield rule.finding(
            Text(
                "기술자료를 요구하면서 정당한 사유(하자 원인 규명, 공동 특허출원 등)를 적지 "
                "않았습니다. 정당한 사유가 없으면 요구 자체가 금지됩니다.",
                "Technical data is requested without a justification (defect analysis, joint "
                "patent filing …); without one the request is forbidden.",
            ),
            field="tech_data.justification",
            suggestion="원사업자는 하자 원인 규명 등 정당한 사유가 있는 경우에 한하여 서면으로 "
            "기술자료를 요구한다.",
        )


def _request_document(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제12조의3 ②, 영 제7조의3: 미리 협의하여 정한 사항을 적은 요구서를 교부
    if not draft.tech_data.requested:
        return
    doc = draft.tech_data.request_doc
    for key, (ko, en) in REQUEST_ITEMS.items():
        if blank(getattr(doc, key)):
            yield rule.finding(
                Text(
                    f"기술자료 요구서에 {josa(ko, '이')} 없습니다.",
                    f"The technical-data request lacks {en}.",
                ),
                field=f"tech_data.request_doc.{key}",
            )


def _nda_by_delivery(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제12조의3 ③, 영 제7조의4: 자료를 제공받는 날까지 법정 사항을 담은 비밀유지계약 체결
    td = draft.tech_data
    if not td.requested:
        return
    nda = td.nda
    if nda.signed is not True:
        yield rule.finding(
            Text(
                "기술자료를 제공받는 날까지 비밀유지계약을 체결해야 합니다. 체결이 확인되지 "
                "않습니다.",
                "An NDA must be signed by the day the data is received; none is recorded.",
            ),
            field="tech_data.nda.signed",
            severity=Severity.VIOLATION if nda.signed is False else Severity.RISK,
        )
    late = nda.signed_date and td.provided_date and nda.signed_date > td.provided_date
    if late:
        yield rule.finding(
            Text(
                f"비밀유지계약 체결일({nda.signed_date})이 자료 제공일({td.provided_date})보다 "
                "늦습니다.",
                f"The NDA ({nda.signed_date}) is signed after the data arrives "
                f"({td.provided_date}).",
            ),
            field="tech_data.nda.signed_date",
        )
    for key, (ko, en) in NDA_ITEMS.items():
        if blank(getattr(nda, key)):
            yield rule.finding(
                Text(f"비밀유지계약에 {josa(ko, '이')} 없습니다.", f"The NDA lacks {en}."),
                field=f"tech_data.nda.{key}",
            )


def _ip_assignment(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 부당특약 고시 group 2: 수급사업자의 기존 기술까지 무상 귀속시키지 않도록 안내
    if draft.tech_data.ip_owner is Side.PRINCIPAL:
        yield rule.finding(
            Text(
                "성과물의 권리를 원사업자에게 귀속시키는 경우, 수급사업자가 이미 보유한 기술은 "
                "제외하고 권리 이전의 범위와 대가를 따로 정하세요.",
                "When results vest in the principal, exclude the subcontractor's existing "
                "technology and state the scope and price of the transfer.",
            ),
            suggestion="계약 목적물에 대한 권리 귀속 범위와 대가는 별도 서면으로 정하며, "
            "수급사업자가 기존에 보유한 기술은 수급사업자에게 귀속한다.",
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="tech_data.request_ban",
        category=Category.TECH_DATA,
        article="제12조의3 제1항",
        severity=Severity.RISK,
        title=Text("기술자료 요구의 정당한 사유", "Justify any technical-data request"),
        check=_request_ban,
        fields=("tech_data.justification",),
    ),
    Rule(
        id="tech_data.request_document",
        category=Category.TECH_DATA,
        article="제12조의3 제2항",
        severity=Severity.VIOLATION,
        title=Text("기술자료 요구서 기재사항", "Items of the technical-data request"),
        check=_request_document,
        fields=("tech_data.request_doc",),
    ),
    Rule(
        id="tech_data.nda_by_delivery",
        category=Category.TECH_DATA,
        article="제12조의3 제3항",
        severity=Severity.VIOLATION,
        title=Text("자료 제공일까지 비밀유지계약", "NDA by the day data is received"),
        check=_nda_by_delivery,
        fields=("tech_data.nda",),
    ),
    Rule(
        id="tech_data.ip_assignment",
        category=Category.TECH_DATA,
        article="제3조의4 제2항 제4호, 부당특약 고시",
        severity=Severity.INFO,
        title=Text("성과물 권리 귀속 범위·대가", "Scope and price of IP vesting"),
        check=_ip_assignment,
        fields=("tech_data.ip_owner",),
    ),
)
