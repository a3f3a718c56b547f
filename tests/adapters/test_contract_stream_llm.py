"""A received contract streams on the real model: every rule finding first, then the model's;
a cancel keeps every finding decided before it."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from subcontract_assist.adapters.llama_backend import ensure_default_model
from subcontract_assist.adapters.llama_reviewer import LlamaReviewer, ReviewerSettings
from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.errors import Cancelled
from subcontract_assist.core.findings import Source
from subcontract_assist.core.received.review import ContractReviewer, ParagraphFinding
from subcontract_assist.core.received.structure import Contract, parse_contract, source_from_lines

pytestmark = pytest.mark.llm

# Written for this test: two clauses the patterns catch (a 90-day payment term, complaint costs
# on the subcontractor) and enough ordinary clauses that the model needs several packed calls.
LINES = [
    "부품 제조위탁 하도급계약서",
    "제1조(대금의 지급) 갑은 목적물을 받은 날부터 90일이 지난 후 대금을 지급한다.",
    "제2조(민원) 민원 처리에 드는 모든 비용은 을이 부담한다.",
    "제3조(납품) 을은 개별 발주서에서 정한 날까지 목적물을 갑의 공장에 납품한다.",
    "제4조(검사) 갑은 목적물을 받은 날부터 10일 이내에 검사 결과를 을에게 서면으로 알린다.",
    "제5조(발주 취소) 갑은 사정에 따라 언제든지 발주를 취소할 수 있다.",
    "제6조(설계 변경) 갑은 필요하면 설계를 변경할 수 있고, 을은 그 비용을 청구하지 못한다.",
    "제7조(하자담보) 을은 검사에 합격한 날부터 1년 동안 목적물의 하자를 보수한다.",
    "제8조(지체상금) 을이 납기를 지키지 못하면 지체 1일마다 계약금액의 1천분의 1을 갑에게 낸다.",
    "제9조(원자재) 갑이 공급한 원자재의 대금은 목적물 대금을 지급할 때 공제한다.",
    "제10조(기술자료) 갑은 을의 기술자료를 요구할 때 목적과 비밀유지 방법을 서면으로 알린다.",
    "제11조(대금 조정) 을은 원재료 가격이 오르면 갑에게 대금 조정을 신청할 수 있다.",
    "제12조(반품) 갑은 을의 책임 있는 사유가 없더라도 재고가 쌓이면 목적물을 반품할 수 있다.",
    "제13조(손해배상) 을은 갑이 입은 모든 손해를 배상하며, 갑의 책임은 묻지 아니한다.",
    "제14조(보험) 을은 자기 비용으로 생산물배상책임보험에 가입한다.",
    "제15조(재하도급) 을은 갑의 서면 동의 없이 목적물의 제조를 제3자에게 맡기지 아니한다.",
    "제16조(단가 인하) 갑은 매년 초 을과 협의 없이 단가를 3% 인하할 수 있다.",
    "제17조(해지) 갑은 을이 계약을 위반하면 14일 이상 정하여 최고한 뒤 계약을 해지할 수 있다.",
    "제18조(포장) 을은 갑이 정한 규격의 포장재를 사용하여 목적물을 포장한다.",
    "제19조(운송) 목적물의 운송 비용과 운송 중 생긴 손해는 을이 부담한다.",
    "제20조(검수 지연) 갑이 검사를 늦추더라도 을은 이의를 제기하지 아니한다.",
    "제21조(지식재산) 을이 개발한 금형과 도면의 소유권은 대가 없이 갑에게 귀속된다.",
]


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaReviewer]:
    cache = Path(os.environ.get("SUBCONTRACT_ASSIST_TEST_CACHE") or tmp_path_factory.mktemp("c"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(cache))
        loaded = LlamaReviewer(ReviewerSettings(model_path=ensure_default_model()))
        loaded.load()
    with loaded:
        yield loaded


def contract() -> Contract:
    return parse_contract(source_from_lines("받은계약서.txt", LINES))


def test_every_rule_finding_comes_before_the_first_model_call(reviewer: LlamaReviewer) -> None:
    run = ContractReviewer(reviewer).start(contract())
    before = reviewer.tokens_evaluated
    stages = []
    for result in run.results(CancelToken()):
        if result.stage == "rules":
            assert reviewer.tokens_evaluated == before, "the model ran before the rules were done"
        stages.append(result)
    first_model = next(i for i, r in enumerate(stages) if r.stage == "model")
    assert all(r.stage == "rules" for r in stages[:first_model])
    assert all(r.stage == "model" for r in stages[first_model:])
    rules, model = stages[:first_model], stages[first_model:]
    assert [r.unit for r in rules] == run.units
    assert [r.unit for r in model] == [r.unit for r in rules if not r.final]
    assert len(model) > reviewer.settings.parallel  # several packed calls
    # a figure (90 days) is decided in the rules pass; a finding on wording alone (complaint
    # costs) waits for the model, which may doubt it, and comes once, in the model pass
    flagged_by_rules = {f.paragraph.index for r in rules for f in r.findings}
    assert 1 in flagged_by_rules
    held = [r for r in rules if r.unit.anchor.index == 2]
    assert [(r.findings, r.final) for r in held] == [((), False)]
    (decided,) = [r for r in model if r.unit.anchor.index == 2]
    assert {f.finding.rule for f in decided.findings} >= {
        "unfair_special_terms.complaint_accident_costs"
    }
    assert all(f.finding.source is Source.RULE for f in decided.findings)
    review = run.review()
    assert review.complete
    whole = ContractReviewer(reviewer).review(contract(), CancelToken())
    assert _ids(review.findings) == _ids(whole.findings)  # the stream is the whole review


def test_a_cancel_keeps_every_finding_decided_before_it(reviewer: LlamaReviewer) -> None:
    full = ContractReviewer(reviewer).start(contract())
    complete = list(full.results(CancelToken()))
    cancel = CancelToken()
    run = ContractReviewer(reviewer).start(contract())
    streamed: list[ParagraphFinding] = []
    model_results = 0

    def review_until_the_model_answers() -> None:
        nonlocal model_results
        for result in run.results(cancel):
            streamed.extend(result.findings)
            if result.stage == "model":
                model_results += 1
                cancel.cancel()

    with pytest.raises(Cancelled):
        review_until_the_model_answers()
    partial = run.review()
    assert not partial.complete
    assert 0 < model_results < sum(r.stage == "model" for r in complete)
    assert _ids(partial.findings) == _ids(streamed)  # nothing decided is lost
    decided_before = [r for r in complete if r.stage == "rules"]
    decided_before += [r for r in complete if r.stage == "model"][:model_results]
    assert _ids(partial.findings) == _ids(f for r in decided_before for f in r.findings)
    assert partial.decided == sum(r.final for r in decided_before)


def _ids(findings: Iterable[ParagraphFinding]) -> list[tuple[int, str, str]]:
    return sorted(
        (f.paragraph.source.position, f.finding.rule, f.finding.source.value) for f in findings
    )
