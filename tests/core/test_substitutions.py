"""No silent substitution: what the contract says instead of an answer is marked and listed."""

from __future__ import annotations

import datetime as dt

from subcontract_assist.core.document.preview import to_html, to_plain_text
from subcontract_assist.core.document.rendering import indexation_status, render_document
from subcontract_assist.core.document.substitutions import MARK, blanks_in, substitutions_in
from subcontract_assist.core.draft.schema import Draft, Side, Transaction, TransactionType


def manufacturing() -> Draft:
    return Draft(
        transaction=Transaction(type=TransactionType.MANUFACTURING, user_side=Side.PRINCIPAL)
    )


def test_a_due_date_past_60_days_is_written_as_60_and_the_preview_says_why() -> None:
    draft = manufacturing()
    draft.payment.due_days_after_receipt = 90
    marked = render_document(draft, marks=True)
    found = [
        f for f in substitutions_in(marked) if f.substitution and f.substitution.key == "due_days"
    ]
    assert found
    assert found[0].substitution is not None
    assert found[0].substitution.entered == 90
    assert found[0].substitution.written == 60
    assert "입력값 90일은 법정 기준에 어긋나 60일로 작성" in found[0].text
    page = to_html(marked)
    assert '<span class="sub">60</span>' in page
    assert "입력값 90일" in page
    exported = to_plain_text(render_document(draft))
    assert "목적물 수령일부터 60일 이내" in exported
    assert not MARK.search(exported)
    assert "⟦" not in exported


def test_an_answer_within_the_limit_is_not_a_substitution() -> None:
    draft = manufacturing()
    draft.payment.due_days_after_receipt = 30
    keys = {
        f.substitution.key
        for f in substitutions_in(render_document(draft, marks=True))
        if f.substitution
    }
    assert "due_days" not in keys


def test_unanswered_items_are_listed_as_defaults_and_blanks() -> None:
    doc = render_document(manufacturing(), marks=True)
    defaults = {f.substitution.key: f.substitution for f in substitutions_in(doc) if f.substitution}
    assert defaults["due_days"].entered is None
    assert "답하지 않아 법정 기준 60일로 작성" in defaults["due_days"].note()
    places = [f.where for f in blanks_in(doc)]
    assert "표지 – 하자담보" in places
    assert "표지 – 지체상금률" in places
    assert '<span class="blank">○개월</span>' in to_html(doc)


def test_no_price_is_a_blank_never_zero_won() -> None:
    text = to_plain_text(render_document(manufacturing()))
    assert "영원정" not in text
    assert "일금 ○○○원정" in text


def test_indexation_follows_the_answers_and_the_exemptions() -> None:
    draft = manufacturing()
    draft.price.supply_amount = 500_000_000
    assert indexation_status(draft) == "undecided"
    cover = to_plain_text(render_document(draft))
    assert "■ 적용함" not in cover
    assert "하도급대금 연동 여부: ○○○" in cover
    draft.indexation.has_main_material = True
    assert indexation_status(draft) == "applies"
    draft.price.supply_amount = 68_000_000  # ≤ 1억원 with VAT: 제3조④3
    assert indexation_status(draft) == "exempt"
    text = to_plain_text(render_document(draft))
    assert "■ 적용대상 없음" in text
    assert "100,000,000원 이하여서" in text
    draft.price.supply_amount = 500_000_000
    draft.contract.period_start = dt.date(2026, 12, 1)
    draft.contract.period_end = dt.date(2026, 12, 31)  # 31 days ≤ 90: 제3조④2
    assert indexation_status(draft) == "exempt"
