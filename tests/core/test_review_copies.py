"""What a copy sent back carries: rule findings and model flags, not the model's private hints."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from subcontract_assist.adapters.docx_annotator import annotate_docx
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.errors import RenderError
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.received.review import (
    NOT_KOREAN,
    ContractReview,
    ContractReviewer,
    ParagraphFinding,
    TypeGuess,
)
from subcontract_assist.core.received.structure import parse_contract, source_from_lines
from subcontract_assist.core.text import Text


def _finding(source: Source, severity: Severity) -> Finding:
    return Finding(
        rule="x",
        category=Category.PAYMENT_TERMS,
        article="제13조",
        severity=severity,
        message=Text("설명", "why"),
        source=source,
    )


def test_model_hints_stay_out_of_the_copy_sent_back() -> None:
    contract = parse_contract(source_from_lines("c", ["제1조(대금) 대금은 90일 후 지급한다."]))
    paragraph = contract.paragraphs[0]
    review = ContractReview(
        contract,
        TypeGuess(None, 0.0),
        (
            ParagraphFinding(paragraph, "t", _finding(Source.MODEL, Severity.INFO)),
            ParagraphFinding(paragraph, "t", _finding(Source.RULE, Severity.VIOLATION)),
        ),
        (),
        1,
    )
    kept = review.to_comment()
    assert [f.finding.source for f in kept[paragraph.source.position]] == [Source.RULE]
    only_hint = ContractReview(contract, TypeGuess(None, 0.0), review.findings[:1], (), 1)
    assert only_hint.to_comment() == {}


def test_a_document_that_is_not_korean_is_said_to_be_so() -> None:
    english = ["This manual explains how to install the pump and keep it running safely."] * 8
    review = ContractReviewer(None).review(
        parse_contract(source_from_lines("manual", english)), CancelToken()
    )
    assert NOT_KOREAN in review.notes
    korean = ["제1조(목적) 이 계약은 갑이 을에게 위탁하는 물품의 제조에 관한 사항을 정한다."] * 8
    review = ContractReviewer(None).review(
        parse_contract(source_from_lines("contract", korean)), CancelToken()
    )
    assert NOT_KOREAN not in review.notes


def test_a_macro_enabled_original_keeps_its_kind(tmp_path: Path) -> None:
    source = tmp_path / "받은계약서.docm"
    docx.Document().save(str(source))
    with pytest.raises(RenderError, match="docm"):
        annotate_docx(source, tmp_path / "copy.docx", [])
