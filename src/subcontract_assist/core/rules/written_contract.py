"""서면 발급 (제3조): issue before work, change orders, signatures, undetermined items, records."""

from __future__ import annotations

from collections.abc import Iterator

from subcontract_assist.core.draft.schema import Draft, SignatureMethod, TransactionType
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import josa, quoted
from subcontract_assist.core.legal import LegalNumbers
from subcontract_assist.core.rules.base import Rule, blank
from subcontract_assist.core.text import Text

#: 제3조①1~4: what the subcontractor must not start before the document is issued.
_START_WORDS: dict[TransactionType, str] = {
    TransactionType.MANUFACTURING: "납품을 위한 작업",
    TransactionType.REPAIR: "수리행위",
    TransactionType.CONSTRUCTION: "착공",
    TransactionType.SERVICE_INFO: "용역수행",
    TransactionType.SERVICE_LABOR: "용역수행",
}


def _issue_before_work(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ①: 서면은 수급사업자가 작업을 시작하기 전에 발급한다 (같은 날이면 선후 확인 필요)
    issued, start = draft.contract.issue_date, draft.contract.work_start_date
    if issued is None or start is None or issued < start:
        return
    work = _START_WORDS[draft.transaction.type]
    same_day = issued == start
    yield rule.finding(
        Text(
            f"계약서 발급일({issued})이 {work} 시작일({start})"
            + (
                "과 같습니다. 작업 시작 전에 교부되었는지 확인하세요."
                if same_day
                else "보다 늦습니다."
            ),
            f"The contract is issued on {issued}, "
            + (
                "the same day work starts; make sure it is handed over first."
                if same_day
                else f"after work starts on {start}."
            ),
        ),
        field="contract.issue_date",
        severity=Severity.RISK if same_day else Severity.VIOLATION,
        suggestion=f"이 계약서는 {work} 시작 전에 양 당사자가 서명하여 교부하며, "
        "수급사업자는 교부받은 후에 작업을 시작한다.",
        fix={} if same_day else {"contract.issue_date": start.isoformat()},
    )


def _change_order_written(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ①: 추가·변경위탁도 변경 작업 시작 전에 서면 발급 (같은 날이면 선후 확인 필요:
    # 본 계약서의 issue_before_work와 같은 기준)
    for i, order in enumerate(draft.contract.change_orders):
        if order.start_date is None:
            continue
        label = quoted(order.description or i + 1)
        same_day = order.issue_date == order.start_date
        if same_day:
            yield rule.finding(
                Text(
                    f"추가·변경위탁 {label}의 서면 발급일이 변경 작업 시작일({order.start_date})"
                    "과 같습니다. 작업 시작 전에 교부되었는지 확인하세요.",
                    f"The written change order {label} is issued on {order.start_date}, the day "
                    "the changed work starts; make sure it is handed over first.",
                ),
                field=f"contract.change_orders[{i}].issue_date",
                severity=Severity.RISK,
                suggestion="추가·변경 작업은 변경 내용과 금액을 적은 변경계약서를 교부한 뒤 "
                "착수한다.",
            )
        elif order.issue_date is None or order.issue_date > order.start_date:
            when = (
                "발급되지 않았습니다"
                if order.issue_date is None
                else f"{order.issue_date}에 발급됩니다"
            )
            yield rule.finding(
                Text(
                    f"추가·변경위탁 {label}의 서면이 변경 작업 시작일"
                    f"({order.start_date}) 전에 {when}.",
                    f"The written change order {label} is not issued "
                    f"before the changed work starts on {order.start_date}.",
                ),
                field=f"contract.change_orders[{i}].issue_date",
                suggestion="추가·변경 작업은 변경 내용과 금액을 적은 변경계약서를 교부한 뒤 "
                "착수한다.",
                fix={f"contract.change_orders[{i}].issue_date": order.start_date.isoformat()},
            )


def _signature(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ②: 원사업자와 수급사업자 "모두" 서명 또는 기명날인 (서명 방식 누락은 M8로 보고)
    if draft.signature.method is not SignatureMethod.NONE and not draft.signature.both_parties:
        yield rule.finding(
            Text(
                "한쪽 당사자만 서명(기명날인)하는 서면은 제3조의 서면이 아닙니다. "
                "원사업자와 수급사업자가 모두 서명 또는 기명날인해야 합니다.",
                "A document signed by one party only does not satisfy Article 3: both the "
                "principal and the subcontractor must sign or seal it.",
            ),
            suggestion="원사업자와 수급사업자는 이 계약서 2부를 작성하여 각각 서명 또는 "
            "기명날인한 후 1부씩 보관한다.",
            fix={"signature.both_parties": True},
        )


def _undetermined_items(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ⑥⑦: 미확정 사항은 그 사유와 확정 예정기일을 적어야 하고, 확정되면 새 서면 발급
    for i, item in enumerate(draft.contract.undetermined_items):
        path = f"contract.undetermined_items[{i}]"
        missing: list[tuple[str, str, str]] = []
        if blank(item.reason):
            missing.append((f"{path}.reason", "정하지 못한 사유", "the reason"))
        if item.expected_date is None:
            missing.append((f"{path}.expected_date", "확정 예정기일", "the expected date"))
        if missing:
            yield rule.finding(
                Text(
                    f"미확정 사항 {quoted(item.item)}에 "
                    + josa("·".join(m[1] for m in missing), "이")
                    + " 없습니다. 둘 다 서면에 적어야 합니다.",
                    f"Undetermined item '{item.item}' lacks "
                    + " and ".join(m[2] for m in missing)
                    + "; both must be written down.",
                ),
                field=missing[0][0],
                suggestion=f"{item.item}: 미정(사유: ○○, 확정 예정일 ○○○○년 ○월 ○일)",
            )
        else:
            yield rule.finding(
                Text(
                    f"{quoted(item.item, '이')} 확정되면({item.expected_date}) 지체 없이 그 사항을 "
                    "적은 새 서면을 발급해야 합니다.",
                    f"Once '{item.item}' is fixed ({item.expected_date}), issue a new document "
                    "stating it without delay.",
                ),
                field=f"contract.undetermined_items[{i}].expected_date",
                severity=Severity.INFO,
                article="제3조 제7항",
            )


def _record_retention(rule: Rule, draft: Draft, legal: LegalNumbers) -> Iterator[Finding]:
    # 제3조 ⑫, 영 제6조: 거래 종료 후 3년 (기술자료 요구서·비밀유지계약은 7년) 보존
    if draft.contract.signed_date is None:
        return
    years, tech_years = legal["record_retention_years"], legal["tech_data_retention_years"]
    tech = draft.tech_data.requested
    yield rule.finding(
        Text(
            "계약서와 관련 서류(수령증명서, 검사결과, 지급 내역 등)는 거래가 끝난 날부터 "
            f"{years}간 보존해야 합니다."
            + (f" 기술자료 요구서와 비밀유지계약서는 {tech_years}간 보존합니다." if tech else ""),
            f"Keep the contract and related records for {years.value} years after the deal "
            "ends."
            + (
                f" Keep the technical-data request and NDA for {tech_years.value} years."
                if tech
                else ""
            ),
        ),
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="written_contract.issue_before_work",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제1항",
        severity=Severity.VIOLATION,
        title=Text("착수 전 서면 발급", "Issue the contract before work starts"),
        check=_issue_before_work,
        fields=("contract.issue_date", "contract.work_start_date"),
    ),
    Rule(
        id="written_contract.change_order_written",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제1항",
        severity=Severity.VIOLATION,
        title=Text("추가·변경위탁도 착수 전 서면", "Written change orders before changed work"),
        check=_change_order_written,
        fields=("contract.change_orders",),
    ),
    Rule(
        id="written_contract.signature",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제2항",
        severity=Severity.VIOLATION,
        title=Text("양 당사자 서명 또는 기명날인", "Both parties sign or seal"),
        check=_signature,
        fields=("signature.both_parties",),
    ),
    Rule(
        id="written_contract.undetermined_items",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제6항",
        severity=Severity.VIOLATION,
        title=Text("미확정 사항의 사유·예정기일", "Reason and date for undetermined items"),
        check=_undetermined_items,
        fields=("contract.undetermined_items",),
    ),
    Rule(
        id="written_contract.record_retention",
        category=Category.WRITTEN_CONTRACT,
        article="제3조 제12항",
        severity=Severity.INFO,
        title=Text("서류 보존 (3년·7년)", "Keep records (3 and 7 years)"),
        check=_record_retention,
        fields=("contract.signed_date",),
    ),
)
