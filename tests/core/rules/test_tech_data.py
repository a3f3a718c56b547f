"""제12조의3: a justified request, the request document and the NDA by the day of delivery."""

from __future__ import annotations

import datetime as dt

from subcontract_assist.core.draft.schema import Draft, Side
from subcontract_assist.core.findings import Severity
from subcontract_assist.core.rules.tech_data import NDA_ITEMS, REQUEST_ITEMS
from tests.core.rules.support import example, hits, severities


def _complete_request() -> Draft:
    draft = example("manufacturing")
    td = draft.tech_data
    td.requested = True
    td.justification = "양산품 균열 원인 분석"
    td.provided_date = dt.date(2027, 1, 10)
    for key in REQUEST_ITEMS:
        setattr(td.request_doc, key, "기재함")
    td.nda.signed = True
    td.nda.signed_date = dt.date(2027, 1, 10)
    td.nda.return_date = dt.date(2027, 6, 30)
    for key in NDA_ITEMS:
        if key != "return_date":
            setattr(td.nda, key, "기재함")
    return draft


def test_a_complete_request_with_nda_passes() -> None:
    draft = _complete_request()
    for rule in (
        "tech_data.request_ban",
        "tech_data.request_document",
        "tech_data.nda_by_delivery",
    ):
        assert not hits(draft, rule)


def test_request_without_justification_is_a_risk() -> None:
    draft = _complete_request()
    draft.tech_data.justification = ""
    assert severities(draft, "tech_data.request_ban") == {Severity.RISK}


def test_each_missing_request_item_is_reported() -> None:
    draft = _complete_request()
    draft.tech_data.request_doc.rights_holder = ""
    draft.tech_data.request_doc.price = ""
    fields = [f.field for f in hits(draft, "tech_data.request_document")]
    assert fields == ["tech_data.request_doc.price", "tech_data.request_doc.rights_holder"]


def test_nda_signed_after_the_data_arrives_is_a_violation() -> None:
    draft = _complete_request()
    draft.tech_data.nda.signed_date = dt.date(2027, 1, 11)
    (finding,) = hits(draft, "tech_data.nda_by_delivery")
    assert finding.field == "tech_data.nda.signed_date"


def test_unsigned_nda_and_missing_items() -> None:
    draft = _complete_request()
    draft.tech_data.nda.signed = False
    draft.tech_data.nda.damages = ""
    fields = {f.field for f in hits(draft, "tech_data.nda_by_delivery")}
    assert fields == {"tech_data.nda.signed", "tech_data.nda.damages"}


def test_no_request_means_no_document_duty() -> None:
    draft = example("manufacturing")
    assert not hits(draft, "tech_data.request_document")
    assert not hits(draft, "tech_data.nda_by_delivery")


def test_ip_vesting_in_the_principal_gets_advice() -> None:
    draft = example("manufacturing")
    draft.tech_data.ip_owner = Side.PRINCIPAL
    assert severities(draft, "tech_data.ip_assignment") == {Severity.INFO}
