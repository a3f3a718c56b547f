"""Clause rules that test meaning: who bears what, who may claim what, on what condition.

The wording patterns (:mod:`patterns`) recognise how a particular unfair term is usually
written. The rules here recognise what a sentence *does*, from its reading (:mod:`reading`):

- **cost_shift** — the subcontractor bears a cost or liability of a kind the principal owes
  (additional, changed or accelerated work, tests, waste, complaints, safety, accidents, defects
  whatever their cause …), with no limit to its own fault and no compensation;
- **claim_waiver** / **adjustment_waiver** — the subcontractor may not claim, settle or raise
  the price, whatever the cause (or whatever happens to material prices);
- **minor_change_absorbed** — "minor" changes, or changes under a share of the price, are done
  within the contract price;
- **owner_payment_condition** — the subcontractor is paid only after or as far as the owner pays;
- **owner_acts_passed_on** — the owner's penalties, reductions or termination are passed on;
- **principal_disclaims** — the principal never bears, pays or settles anything (a risk).

However a sentence is worded, the same reading gives the same verdict, and a sentence whose
reading restrains the principal ("원사업자는 … 부담시켜서는 아니 된다") never fires. The texts
a user reads (title, why, fair wording, citation) are data: ``data/clause_meaning.toml``.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from subcontract_assist.core.clauses.patterns import lexicon_pattern
from subcontract_assist.core.clauses.reading import (
    OWNER,
    PRINCIPAL,
    SUBCONTRACTOR,
    Modality,
    Reading,
)
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.text import Text

# ---------------------------------------------------------------- what a sentence is about

#: Costs and liabilities the principal owes unless the subcontractor caused them.
_COST_TOPIC = re.compile(
    r"(?:추가|변경|돌관|긴급|야간|휴일|재)\s*(?:공사|작업|시공|물량|업무|인력|투입|생산|제작|촬영|편집|개발"
    r"|디자인|설계|수정|검사|시험|납품)|(?:추가|변경|돌관|재)[가-힣\s·]{0,12}(?:비용|대금|공사비|작업비)"
    r"|설계\s*변경|돌관|공기\s*단축|(?:시험|검사|검수|품질|측정|분석|인증)\s*(?:비|비용|수수료|료)"
    r"|시험\s*(?:성적|분석)|폐기물|잔재|민원|소음|분진|안전\s*(?:시설|장비|관리|용품|교육)|안전관리비"
    r"|산업\s*재해|산재|사고|재해|하자|손해|손실|보험료|과태료|벌금|가설|측량|인허가|운반|양중"
    r"|장비\s*(?:사용료|임차|대여)|자재\s*(?:손실|파손|분실|가격)|물가|환율|원자재|인건비|노무비"
    r"|지체상금|배상|보수|재작업|반품|회수|폐기|교통\s*통제|경비|일체의?\s*비용|모든\s*비용|제반\s*비용"
    r"|고사|재식재|재시공|교체|복구|리콜|분쟁|해킹|데이터\s*복구|내역\s*외|도면\s*미표기|계약서에\s*(?:없는|기재되지)"
    r"|기재\s*여부와\s*관계|원사업자.{0,12}(?:지시|요청)(?:로|에\s*따라|에\s*의한|한)"
    r"|추가(?:되는|된|하는)\s*[가-힣]{0,6}(?:작업|도면|보고서|업무|물량|촬영|개발)"
    r"|추가\s*(?:[가-힣A-Za-z]{1,8}\s*){0,2}(?:구현|작업|제작|업무|수정|번역|편집|촬영|인쇄|감리|검토|시공|공사)"
    r"|재(?:도장|인쇄|제작|수리|설치|촬영|편집|검사|납품)|폐(?:연마재|도료|유|자재|기물)|슬러지|잔재물"
    r"|추가(?:되는|된|분)|분실|파손|도난|훼손|멸실|오염|운송비|물류비|샘플|시제품|시작품|시사출|견본"
    r"|(?:지연|지체)[가-힣\s]{0,10}(?:비용|손해|손실|차액)"
    r"|(?:발주자|원사업자)의?\s*(?:요청|지시|요구)(?:로|으로|에\s*따라|에\s*의해|에\s*의한)"
)
#: The cost is the subcontractor's only where it caused it (the lexicon's OWNFAULT, the one
#: own-fault list the clause patterns block on too), or the principal pays or settles it.
_PAID_OR_SETTLED = (
    r"(?:별도|추가)로\s*(?:정산|지급|보상)|별도\s*(?:정산|지급|보상)(?:하|한다|하여|함)"
    r"|정산(?:하여|한다|하고)|실비|대가를\s*지급"
    r"|별도\s*(?:정산|지급|보상|견적)(?!\s*(?:없|불가|안|하지|을\s*하지|은\s*(?:없|하지)|대상\s*아))"
    r"|합의한\s*(?:후|뒤|다음)|Change\s*Order로|변경\s*계약(?:서로|으로|을\s*(?:체결|맺))"
    r"|내역서의?\s*[가-힣\s]{0,12}비로"
    r"|원사업자(?:가|의)\s*(?:부담|비용|책임)|원사업자(?:가|는)\s*(?:이를\s*)?(?:지급|보상|정산|부담)(?!한\s|하는\s)"
    r"|상호\s*협의|협의하여\s*(?:정|결정|조정)|합의하여\s*(?:정|결정)|요청(?:으로|에\s*의한|한)\s*"
    r"|산출\s*내역|내역서의?\s*[가-힣\s]{0,12}항목|단가\s*표에\s*(?:정한|따라)|단가\s*포함|별표\s*\d*.{0,12}(?:적힌|정한)"
    r"|원사업자(?:가|는)\s.{0,120}(?:보상|배상|지급|정산|부담)한다"
)
_LIMITED = re.compile(f"{lexicon_pattern('OWNFAULT').pattern}|{_PAID_OR_SETTLED}")
#: Whatever the cause: makes a burden or a bar absolute.
_ABSOLUTE = re.compile(
    r"모든|일체|전부|전적으로|일절|제반|어떠한|어떤\s*(?:경우|사유)|여하|불문|관계\s*없이|상관\s*없이"
    r"|무관하게|막론|묻지\s*(?:않|아니)|가리지\s*(?:않|아니)|따지지\s*(?:않|아니)|무조건|전액|여부와\s*관계"
)
_CLAIM_TOPIC = re.compile(
    r"(?:추가|별도)\s*(?:대금|비용|금액|공사비|정산|청구|요구)|증액|(?:추가|별도|사후)\s*정산|정산\s*(?:청구|요구|신청)"
    r"|대금\s*(?:조정|변경)|(?:계약|하도급)\s*금액(?:의)?\s*(?:조정|변경|증액)|클레임|이의|추가\s*청구|손실\s*보전"
    r"|보상\s*요구|손해\s*배상|손실\s*보상|(?:비용|대금)(?:을|의)?\s*(?:청구|요구|보전)|조정(?:금|액)"
    r"|(?:추가|별도)\s*[가-힣·]{0,8}(?:비|비용|대금|금액)|단가\s*(?:조정|인상|변경)|(?:단가|대금|계약\s*금액)(?:은|는|을|를)\s[^.]{0,40}?(?:인상|증액)|조정\s*(?:요청|신청|요구)|Fee\s*조정"
    r"|[가-힣]{1,4}비(?:와\s*[가-힣]{1,4}비)?(?:를|을)\s*(?:청구|요구)"
    r"|간접비|현장\s*관리비|철거비|손료|대기비"
)
_CLAIM_VERB = re.compile(r"청구|요구|요청|주장|이의|정산|증액|인상|조정|신청|제기|보전|인정|반영")
_PRICE_CHANGE = re.compile(
    r"물가|원자재|원재료|자재\s*(?:가격|값|단가)|환율|유가|노무비|인건비|임금|공급\s*원가|시세|에너지|전기\s*요금"
    r"|[가-힣]{1,4}\s*가격이\s*.{0,15}(?:하락|상승|인하|인상|오르|떨어)"
)
_MINOR_CHANGE = re.compile(
    r"(?:경미한|사소한|소규모|소폭의?|단순|일부|\d+(?:\.\d+)?\s*%\s*(?:이내|미만|이하|범위|까지)|범위\s*(?:내|안)의?)"
    r"\s*(?:의\s*)?(?:[가-힣]{0,6}\s*)?(?:설계\s*)?(?:변경|추가|수정|증가|증감|보완)"
)
#: a share of the price or of the quantity, or no limit at all, inside which changes go unpaid
_SHARE_OR_UNLIMITED = re.compile(
    r"\d+(?:\.\d+)?\s*%\s*(?:이내|미만|이하|범위|까지)|(?:횟수|범위|회수).{0,12}?(?:제한\s*없이|관계\s*없이"
    r"|상관\s*없이|무제한|불문)|무제한"
)
_CHANGE_WORDS = re.compile(
    r"변경|추가|수정|증가|증감|보완|늘어|증가분|재작업|시안|Revision|revision|리비전"
)
_ABSORBED = re.compile(
    r"계약\s*금액(?:에|\s*내|\s*범위)|(?:추가|별도)\s*(?:대금|비용|금액|정산|청구)?\s*없이|증액\s*없이"
    r"|무상|정산(?:하지|을\s*하지|은\s*하지)|청구할\s*수\s*없|반영하지|포함(?:된|한|하여|한다|된다|으로)"
    r"|불가(?!피|능)|인정하지|요구할\s*수\s*없|증액하지|조정하지|증액(?:은|이)?\s*없|계약\s*금액\s*(?:내|범위|안)에서"
)
_THIRD_PARTY_PAYS = re.compile(
    r"(?:로부터|에게서)\s*.{0,15}?(?:지급\s*받|지급받|수령|입금|회수|받은).{0,12}?(?:후|이후|뒤|즉시|범위|비율)"
)
#: "…받은 날부터 N일": lawful up to the 제13조③ pass-through period, unlawful beyond it
_DAYS_FROM_OWNER_PAYMENT = re.compile(
    rf"(?:로부터|에게서|{OWNER}\s*[가-힣]{{0,4}}(?:을|를))\s*.{{0,15}}?(?:지급\s*받|지급받|수령|받)"
    r".{0,12}?날부터\s*(\d+)\s*일"
)
_OWNER_PAYS = re.compile(
    rf"{OWNER}(?:로부터|에게서|가|의|측)?\s*.{{0,25}}?(?:지급\s*받|지급받|수령|받은|받는|입금|회수|결제|기성)"
    r".{0,25}?(?:후|이후|뒤|즉시|때|범위|비율|만큼|한하여|경우에\s*한|다음|까지|되면|되는\s*대로|들어오)"
)
_PAYMENT = re.compile(r"지급|결제|지불|송금|정산")
_OWNER_MEASURE = re.compile(
    rf"{OWNER}(?:가|이|로부터|의|에게서)?\s*.{{0,30}}?(?:부과|청구|공제|감액|삭감|해지|해제|취소|중단"
    r"|벌점|지체상금|손해배상|페널티|패널티|클레임|불합격|반려)"
)
_PASSED_ON = re.compile(
    r"수급사업자(?:에게|가|의)?\s*.{0,30}?(?:부담|전가|공제|청구|변상|배상|책임|그대로|동일하게|준용)"
    r"|동일(?:한|하게)\s*(?:비율|금액|조건)|그대로\s*(?:적용|부담|공제|전가)|(?:해지|해제|종료)(?:된|한)다"
    r"|(?:해지|해제|종료|취소)(?:되며|되고|되는|된\s*것으로)|자동\s*(?:해지|종료|해제|소멸|취소)|(?:이|본)\s*계약도"
    r"|(?:의뢰|발주|주문|계약)도\s*(?:취소|해지|해제|종료)"
    r"|(?:해지|해제|종료)할\s*수\s*있"
)
_RESTRAINT_OF_PRINCIPAL = re.compile(r"부담(?:시키|하게\s*하)|전가|요구하(?:여서는|지)|강요|떠넘기")
_HELPFUL_NEGATED = frozenset(
    ["부담", "지급", "보상", "배상", "정산", "인정", "반영", "조정", "증액", "책임", "보전", "지불"]
)


def _may_impose(r: Reading, *also_not: Modality) -> bool:
    """True when the clause can set a term at all: no restraint of the principal, no definition.

    ``also_not`` names further modalities that cannot carry the rule's act (a prohibition cannot
    impose it; the subcontractor's permission is its own right).
    """
    if r.restrains_principal or r.modality is Modality.DEFINITION:
        return False
    return r.modality not in also_not


# ---------------------------------------------------------------- the rules


@dataclass(frozen=True, slots=True)
class MeaningRule:
    """One rule: its user-facing texts (from the data file) and the test on a reading."""

    id: str
    category: Category
    article: str
    severity: Severity
    title: Text
    message: Text
    suggestion: str

    def finding(self, field: str) -> Finding:
        return Finding(
            rule=self.id,
            category=self.category,
            article=self.article,
            severity=self.severity,
            message=self.message,
            field=field,
            suggestion=self.suggestion,
            source=Source.RULE,
        )

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "category": self.category.value,
            "article": self.article,
            "severity": self.severity.value,
            "title": self.title.ko,
        }


#: In a note, a cost "included" in the price, or "no additional cost", is the subcontractor's.
_INCLUDED = re.compile(
    r"(?:금액|대금|대가|단가|공사비|제작비|용역비|견적|계약\s*금액|Scope|범위|[가-힣]{1,4}비)(?:에|에\s*이미)?\s*포함"
    r"|일체\s*포함|포함(?:함|됨|한다)?\s*[)\]]?\s*$|[가-힣A-Za-z]+에\s*포함(?:된|되는)\s*것으로\s*(?:간주|본다|한다)"
    r"|(?:기존|계약)\s*[가-힣]{0,4}비?\s*(?:안|내|범위\s*안)에서"
    r"|계약\s*금액\s*(?:내|안|범위\s*내)\s*(?:처리|수행|진행|시행|소화|반영)|무상\s*(?:시공|제작|작업|수리|보수|교체|설치|제공|처리|조치|보완)"
    r"|수급사업자(?:에게|에)\s*(?:전액\s*)?구상"
    r"|(?:추가|별도)\s*(?:비용|대금|금액|정산|공사비)\s*(?:없음|없이|불가|미지급|인정\s*안)"
    r"|자체\s*(?:처리|해결|부담|비용)|책임\s*(?:하에|하)\s*(?:처리|해결|시행)"
)


#: a note that ends by naming the subcontractor's burden
_NOTE_BURDEN = re.compile(
    r"수급사업자\s*(?:의\s*)?(?:부담|책임|비용)(?:으로|임|이다)?\s*(?:\(.*\))?\s*$"
)


def _subcontractor_bears(r: Reading) -> bool:
    if r.bearer == SUBCONTRACTOR:
        return True
    note_like = r.note or r.actor in ("", SUBCONTRACTOR)
    if note_like and r.bearer != PRINCIPAL and _NOTE_BURDEN.search(r.scope):
        return True  # "… 관계없이 공급사 책임", "… 임차료 금형업체 부담 (도면 변경 시 포함)"
    if note_like and r.bearer != PRINCIPAL and _INCLUDED.search(r.scope):
        return True
    if note_like and r.bearer != PRINCIPAL and _REMEDY_OF_SUBCONTRACTOR.search(r.scope):
        return True  # "… 원인과 관계없이 수급사업자의 하자보수 범위로 본다"
    if r.actor == SUBCONTRACTOR and r.modality in (
        Modality.STATEMENT,
        Modality.OBLIGATION,
        Modality.NOTE,
    ):
        # "원사업자는 법령상 부담하는 안전조치를 이행하고, 수급사업자는 …": the burden words of
        # a chained clause of the other party are not the subcontractor's
        scope = r.scope
        subjects = list(re.finditer(r"수급사업자(?:는|가|은|이)\s", scope))
        if subjects:
            scope = scope[subjects[-1].start() :]
        return bool(
            re.search(
                r"부담|책임(?:을\s*)?(?:진다|지며|지고|져야|으로)|변상|처리(?:한다|하여야)|자비"
                r"|배상(?:한다|하며|하고|하여야|해야)"
                r"|(?:자기|자신의|자체)\s*비용(?:으로)?"
                r"|보수(?:한다|하여야|해야|하고|하며)|재시공|복구|원상\s*회복|교체(?:한다|하여야)|분담"
                r"|무상(?:으로)?\s*(?:재[가-힣]{1,3}\s*)?(?:조치|처리|수리|재수리|보수|교체|재작업|재시공|재식재|수행|대응)"
                r"|재(?:수리|식재|작업|제작|납품|설치)\s*(?:한다|하여야|해야|함|\.|$)",
                scope,
            )
        )
    return False


#: "… 수급사업자의 하자보수 범위로 본다 / 책임으로 한다": the remedy is laid on the subcontractor
_REMEDY_OF_SUBCONTRACTOR = re.compile(
    r"수급사업자(?:의|가)?\s*(?:하자\s*보수|책임|부담|보증)\s*(?:범위|대상|사항)(?:으로|에)\s*(?:본다|한다|포함)"
)
#: What a subcontractor is made to fix or make good: a defect, a fault, a failure, a loss
_REMEDY_TOPIC = re.compile(
    r"장애|고장|결함|오류|불량|누수|파손|훼손|고사|하자|손상|분실|차이|클레임|불만|보완|지적\s*사항"
)


#: the words that set a question aside: 불문, 관계없이, 묻지 (아니하고) …
_WHATEVER = r"(?:불문|관계\s*없이|상관\s*없이|무관하게|묻지|가리지|따지지)"
#: "사유가 수급사업자에게 있는지 여부를 묻지 아니하고": the cause set aside several words on
_CAUSE_ASIDE = rf"(?:있는지|여부|(?:분석|조사)\s*결과)(?:를|와|과|에)?\s*{_WHATEVER}"

#: "whatever the cause": overrides any limit the clause seems to set
_REGARDLESS = re.compile(
    rf"(?:원인|사유|귀책|과실|책임).{{0,6}}{_WHATEVER}"
    rf"|(?:원인|사유|귀책|과실|책임)[^.]{{0,30}}?{_CAUSE_ASIDE}"
    r"|(?:귀책|과실|책임)(?:\s*사유)?(?:이|가)?\s*없는\s*경우(?:에도|라도)|여하를\s*막론|이유\s*여하"
)

#: a cause-blind burden: "원인 불문", "원인과 관계없이", "원인 규명 전이라도"
_REGARDLESS_OF_CAUSE = re.compile(
    rf"(?:원인|사유|귀책|과실)(?:\s*\([^)]{{0,40}}\))?[^.]{{0,6}}{_WHATEVER}"
    r"|(?:충족|적합|합격|준수|충족\s*여부)\s*여부(?:와|에)?\s*(?:관계\s*없이|상관\s*없이|무관하게|불문)"
    rf"|(?:원인|사유|귀책|과실)[^.]{{0,30}}?{_CAUSE_ASIDE}"
    r"|원인\s*(?:규명|확인|분석)\s*(?:전|前)(?:이라도|에도|에)"
)


def _cost_shift(r: Reading) -> bool:
    if r.actor == "both" or r.act in ("협의", "합의", "정하"):
        return False  # 양 당사자는 … 분담을 협의한다: nothing is imposed yet
    whole = r.sentence or r.scope  # a limit or a payment anywhere in the sentence counts
    if not _subcontractor_bears(r):
        return False
    if not _COST_TOPIC.search(r.scope) and not (
        _REGARDLESS_OF_CAUSE.search(whole)
        and (_REMEDY_TOPIC.search(whole) or _COST_TOPIC.search(whole))
    ):
        return False  # (모든 장애는 원인을 불문하고 무상으로 조치: a remedy whatever the cause)
    if _LIMITED.search(whole) and not _REGARDLESS.search(whole):
        return False
    # a plain cost of doing the work ("수급사업자는 자기 인력의 인건비를 부담한다") is fair; a
    # cost that is the principal's by nature (추가·변경·돌관, 시험, 민원 …) or an absolute burden
    # (모든 하자·사고 … 원인과 관계없이) is not.
    principal_kind = re.search(
        r"추가|변경|돌관|긴급|설계|(?:시험|검사|검수)\s*(?:비|비용|수수료|료|성적)|폐기물|민원|안전"
        r"|산재|산업\s*재해|발주자|원사업자의?\s*(?:요청|지시)"
        r"|원사업자의\s*[가-힣]{0,6}(?:검사|시험|검수|행사|편의|사정|관리)|타\s*공종|현장\s*전체"
        r"|물가|환율|원자재|지체상금|재작업|교통|추가(?:되는|된)"
        r"|내역\s*(?:외|미포함|에\s*없는)|타\s*협력|원사업자\s*및\s*타"
        r"|원사업자(?:가|의)\s*(?:공급|지급|제공|지정)[가-힣\s]{0,30}(?:불량|하자|결함|오류|지연)",
        r.scope,
    )
    return bool(principal_kind or _ABSOLUTE.search(r.scope) or _REGARDLESS_OF_CAUSE.search(whole))


_NONE_DEEMED = re.compile(
    r"(?:조정|증액|정산|청구|인상|변경)(?:은|는|이|가)?\s*(?:없는|하지\s*않는|하지\s*아니하는|불가한)\s*것으로"
)


_CLAIM_HISTORY = re.compile(r"(?:신청|신고|제기|청구|요청)\s*(?:이력|사실|실적|여부)")


def _claim_barred(r: Reading) -> bool:
    """The subcontractor (or, in a note, anybody) may not claim, settle or raise the price."""
    if _CLAIM_HISTORY.search(r.scope):
        return False  # 조정 신청·신고 이력은 배차에 반영하지 않음: the record of a claim, unused
    if r.modality is Modality.STATEMENT and _NONE_DEEMED.search(r.scope):
        return bool(_CLAIM_TOPIC.search(r.scope) or _PRICE_CHANGE.search(r.scope))
    if r.modality not in (Modality.BARRED, Modality.NEGATION, Modality.NOTE):
        return False
    if r.actor not in (SUBCONTRACTOR, "") and not (
        r.actor == PRINCIPAL and r.negated in _HELPFUL_NEGATED
    ):
        return False
    if r.modality is Modality.NOTE and not re.search(
        r"없음|불가(?!피|능)|불인정|불허|제외", r.scope
    ):
        return False
    if not _CLAIM_TOPIC.search(r.scope) or _LIMITED.search(r.scope):
        return False
    verb = r.negated or r.scope
    return bool(
        _CLAIM_VERB.search(verb)
        or re.search(r"불가(?!피|능)|없음|불인정|하지\s*(?:않|아니)", r.scope)
    )


def _adjustment_waiver(r: Reading) -> bool:
    if r.modality is Modality.STATEMENT and _NONE_DEEMED.search(r.scope):
        return bool(_PRICE_CHANGE.search(r.scope))
    return _claim_barred(r) and bool(_PRICE_CHANGE.search(r.scope))


def _claim_waiver(r: Reading) -> bool:
    if not _claim_barred(r) or _PRICE_CHANGE.search(r.scope):
        return False
    return bool(
        _ABSOLUTE.search(r.scope)
        or r.note
        or re.search(
            r"설계\s*변경|추가\s*공사|돌관|민원|이미\s*(?:투입|지출|수행|제작|생산)한", r.scope
        )
    )


def _minor_change(r: Reading) -> bool:
    if not _may_impose(r):
        return False
    match = _MINOR_CHANGE.search(r.scope)
    absorbed = match is not None and _ABSORBED.search(r.scope[match.start() :])
    if not absorbed:
        share = _SHARE_OR_UNLIMITED.search(r.scope)
        if share is None or not _CHANGE_WORDS.search(r.scope) or not _ABSORBED.search(r.scope):
            return False
    return not re.search(
        r"(?:별도|추가)(?:로)?\s*(?:정산|지급)|정산하여\s*지급|대금에\s*반영한다", r.scope
    )


def _owner_payment(r: Reading) -> bool:
    if not _may_impose(r, Modality.PERMISSION):
        return False
    if re.search(r"증액|감액|조정", r.scope) and not re.search(r"기성|준공", r.scope):
        return False  # 설계변경 증액분을 발주자에게서 받은 날부터 30일 이내: 제16조 itself
    days = _DAYS_FROM_OWNER_PAYMENT.search(r.scope)
    if days is not None:  # 기성금을 받은 날부터 15일 이내 is 제13조③ itself
        pass_through = float(legal_numbers().value("payment_passthrough_days"))
        return float(days.group(1)) > pass_through and "선급금" not in r.scope
    if re.search(r"(?:직접\s*지급|직불)(?:한다|하며|하는\s*데|하기로)", r.sentence or r.scope):
        return False  # the owner paying the subcontractor directly (제14조) is the law itself
    paid_first = _OWNER_PAYS.search(r.scope) or _THIRD_PARTY_PAYS.search(r.scope)
    if not paid_first or not _PAYMENT.search(r.scope) or "선급금" in r.scope:
        return False  # 선급금 passed on in proportion to the owner's (제6조) is the law itself
    if r.modality in (Modality.NEGATION, Modality.BARRED) and not re.search(
        r"받지\s*못|지급받지|미지급|미수|회수하지\s*못", r.scope
    ):
        return False  # 발주자에게서 받은 현금비율보다 낮은 비율로 지급하지 아니한다: 제13조④
    if re.search(r"현금\s*(?:으로\s*)?(?:받은\s*)?비율|비율\s*이상|비율보다\s*낮", r.scope):
        return False  # 발주자에게서 현금으로 받은 비율 이상을 현금으로: 제13조④ itself
    lawful = (
        r"관계\s*없이|여부와\s*(?:관계|무관)|상관\s*없이|무관하게|여부에도\s*불구하고"
        r"|받지\s*못하였더라도"
    )
    return not re.search(lawful, r.scope)


def _owner_measures(r: Reading) -> bool:
    if r.restrains_principal or r.modality in (Modality.DEFINITION,):
        return False
    if not _OWNER_MEASURE.search(r.scope) or not _PASSED_ON.search(r.scope):
        return False
    if r.actor == SUBCONTRACTOR and r.modality is Modality.PERMISSION:
        return False
    return not _LIMITED.search(r.scope)


_OWNER_INSPECTS = re.compile(
    rf"{OWNER}(?:의|가|이|측)?\s*.{{0,20}}?(?:검사|검수|승인|준공|인수|확인|합격)"
)
_ACCEPTANCE_WAITS = re.compile(
    r"(?:검사|검수|인수|합격).{0,15}?(?:완료|합격|끝난|종료|확정|간주|본다|인정)"
    r"|(?:후|이후|뒤|때|시).{0,15}?(?:검사|검수|인수)|(?:까지|전까지).{0,20}(?:검사|검수|인수|보류)"
)


def _owner_inspection(r: Reading) -> bool:
    if not _may_impose(r, Modality.PERMISSION):
        return False
    if not _OWNER_INSPECTS.search(r.scope) or not _ACCEPTANCE_WAITS.search(r.scope):
        return False
    if re.search(r"(?:비용|수수료)[^.]{0,10}원사업자\s*부담|원사업자\s*부담", r.scope):
        return False  # who pays for the owner's inspection, not when acceptance happens
    if lexicon_pattern("NOEFFECT").search(r.scope):
        return False  # "… 검수 기간 및 합격 여부에 영향을 미치지 아니한다"
    # "발주자 검수와 관계없이 10일 이내에 통지": the owner set aside; not "원사업자의 검사 결과와
    # 관계없이 불합격한 것으로 본다", where the owner's verdict overrides the principal's
    overridden = re.search(
        r"(?:원사업자|수급사업자)의\s*검사\s*결과(?:와|에)\s*관계\s*없이", r.scope
    )
    return bool(overridden) or not re.search(
        r"관계\s*없이|여부와\s*(?:관계|무관)|10일\s*이내|불구하고", r.scope
    )


_BUY_FROM = re.compile(
    r"(?:계열|관계사|자회사|지정(?:한|하는|된)?(?!\s*(?:장소|위치|구역|동선|통로|시간|일시|일자|보관|야적))"
    r"|원사업자(?:가|의)?\s*(?:지정|운영|추천|소개)(?!\s*(?:장소|위치|구역|동선|통로|시간))|본사|복지몰|협력\s*업체\s*몰)"
    r".{0,30}?(?:로부터|에서|을\s*통하여|를\s*통하여|통해)?.{0,20}?(?:구매|구입|임차|리스|렌탈|대여|사용|이용|가입|매입"
    r"|쓰셔야|써야|쓰도록|만\s*쓰)"
    r"|(?:분양|구좌|회원권|상품권|자사\s*제품).{0,20}(?:참여|구매|구입|가입|매입)\s*(?:바랍니다|하여야|해야|할\s*것|요청)"
)
_JUSTIFIED = re.compile(
    r"품질\s*(?:유지|확보).{0,20}(?:불가피|필요한\s*경우)|정당한\s*사유|동의한\s*경우|선택할\s*수"
    r"|자유롭게\s*(?:정|선택)|선택\s*사항|인증\s*기준|규격을\s*충족"
)


def _forced_purchase(r: Reading) -> bool:
    if not _may_impose(r, Modality.PERMISSION):
        return False
    if r.actor not in (SUBCONTRACTOR, "") or not _BUY_FROM.search(r.scope):
        return False
    return not _JUSTIFIED.search(r.scope)


_RETURN = re.compile(r"반품|반송|회송|되돌려\s*보내|돌려\s*보내|인수를?\s*거부")
_SUB_FAULT = re.compile(
    r"수급사업자(?:의|에게)?\s*(?:귀책|책임|과실|잘못)|불량|하자|불합격|부적합|규격\s*미달|품질\s*기준에\s*미달|오품|파손"
    r"|기준(?:서)?(?:\([^)]{0,40}\))?에\s*(?:맞지\s*(?:아니|않)|미달|어긋)"
    r"|초과(?:하여)?\s*납품|초과분|발주\s*수량을?\s*(?:넘|초과)|오납|납기를\s*(?:넘긴|지난).{0,10}수급사업자의\s*귀책"
)


_FAULT_SET_ASIDE = re.compile(
    r"(?:하자|불량|귀책\s*사유|과실)\s*(?:의\s*)?(?:유무|여부|있고\s*없음)(?:를|와|에)?\s*"
    r"(?:묻지\s*(?:않|아니)\w*|불문\w*|관계\s*없이|상관\s*없이|무관하게)"
)
_TELLING = frozenset(["알리", "통지", "교부", "설명", "명시", "기재", "적", "밝히", "통보"])


def _unjust_return(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    taken_back = r.actor == SUBCONTRACTOR and r.act in ("인수", "회수", "수거", "수령")
    if (r.actor not in (PRINCIPAL, "") and not taken_back) or not _RETURN.search(r.text):
        return False  # (반품된 제품은 … 수급사업자가 인수하며: a return, said from the other side)
    if r.modality not in (Modality.PERMISSION, Modality.STATEMENT, Modality.NOTE):
        return False
    if re.search(r"반품\s*없이|반품하지\s*(?:않|아니)|반품(?:을|은)?\s*(?:철회|취소)", r.scope):
        return False  # 반품 없이 예정대로 대금을 지급합니다; … 반품을 철회하고 비용은 갑이 부담
    if r.act in _TELLING and re.search(r"반품\s*(?:통보|통지|안내|사유)", r.scope):
        return False  # 제목: Lot 반품 통보 (the notice of a return; its grounds follow)
    if r.act in _TELLING and not _RETURN.search(r.scope.split("반품 시")[-1]):
        return False  # 반품 시 사유를 서면으로 알린다: how a return is made, not a return
    scope = _FAULT_SET_ASIDE.sub(" ", r.scope)  # 하자 유무를 묻지 아니하고: no fault needed
    return not _SUB_FAULT.search(scope) or bool(
        re.search(
            r"(?:원사업자|발주자).{0,10}(?:사정|취소|변경|지연|늦어)|판매\s*부진|재고", r.scope
        )
    )


_BENEFIT = re.compile(
    r"판촉|행사\s*(?:비용|경비|인력)|기념\s*행사|전시회|부스\s*(?:설치|운영)|접대|협찬(?!\s*(?:사|상표|상품|브랜드|광고주))|기부|후원|찬조|명절|선물|회식|판매\s*장려|광고비|발전\s*기금"
    r"|인력(?:을)?\s*(?:무상|무료)?\s*(?:파견|지원)|팝업|운영\s*인력|(?:무상|무료)\s*(?:제작|지원|제공)|서비스로"
    r"|비용은\s*(?:따로|별도로)?\s*(?:못|안)\s*드리|협력\s*차원"
    r"|(?:티켓|입장권|초대권|상품권|회원권|테이블)[^.]{0,30}(?:구매|구입|사\s*주|매입)"
    r"|기념\s*사업|기금(?:을|에)?\s*(?:조성|출연|모금|적립)"
)


def _economic_benefit(r: Reading) -> bool:
    if not _may_impose(r, Modality.PERMISSION):
        return False
    if r.actor not in (SUBCONTRACTOR, "") or not _BENEFIT.search(r.scope):
        return False
    if re.search(
        r"원사업자\s*(?:가\s*)?부담|(?:요청|요구)(?:은|이|도)?\s*없|요구하지|요청하지|할인\s*없|자유롭게|자율적으로|여는\s*쪽이\s*부담"
        r"|자율(?:적인?)?\s*(?:판단|선택|의사)|자율에\s*맡|선택\s*사항"
        r"|안\s*받|받지\s*(?:않|아니)|항목이\s*아니"
        r"|(?:참가비|협찬금?|후원금|분담금|찬조금)(?:이나|나|은|는|도|과|와)?[^.]{0,15}없(?:음|다|습니다|으며)",
        r.scope,
    ):
        return False  # ※ 판촉 행사 비용은 위탁사 부담, 제조사 분담 요청 없음
    giver = r.actor == SUBCONTRACTOR or re.search(
        r"수급사업자|업체당|부탁|주세요|해\s*주|바랍니다|요청|협력\s*차원|(?<!원사업자\s)(?<!원사업자가\s)무상\s*(?:제작|제공|지원)",
        r.scope,
    )
    if not giver:
        return False
    return bool(
        re.search(
            r"분담|부담|제공|파견|지원|납부|기부|협찬|지급|무상|부탁|주세요|해\s*주|낸다|내야",
            r.scope,
        )
    )


_IP = re.compile(
    r"(?:지식\s*재산|특허|실용신안|디자인권|저작권|노하우|기술|권리|소유권|성과물).{0,30}?(?:귀속|양도|이전)"
    r"|(?:IP|[Ii]ntellectual\s+[Pp]roperty)\s*[Rr]ights?.{0,80}?(?:assigned|transferred|vest)"
)
_NO_PAY = re.compile(
    r"(?:별도(?:의)?|추가)\s*(?:대가|보상|대금)\s*없이|무상(?:으로)?|대가를\s*지급하지|free\s+of\s+charge"
    r"|(?:별도(?:의)?|추가)\s*(?:대가|보상|대금)(?:를|을)?\s*(?:청구하지|요구하지|받지)"
    r"|without\s+(?:additional\s+)?(?:compensation|consideration|charge)"
)


#: work of its own in the sentence ("수급사업자가 만든 CG 에셋", "보유하던 모듈")
_MADE_BY_IT = re.compile(r"보유하던|자체\s*개발|(?:수급사업자|자신|자기)가\s*만든")


def _ip_without_pay(r: Reading) -> bool:
    if not _may_impose(r):
        return False
    if not _IP.search(r.scope) and not re.search(
        r"자체\s*개발한.{0,30}(?:제출|귀속|양도)", r.scope
    ):
        return False
    if not re.search(PRINCIPAL + r"|갑", r.scope):
        return False
    own = re.search(
        r"기존에?\s*보유|보유하던|자체\s*개발한|고유의?\s*(?:기술|노하우)|취득하거나\s*작성한|pre-existing"
        r"|Background\s+IP",
        r.scope,
    )
    whole = f"{r.sentence} {r.scope}"  # "…양도하며 별도의 대가를 청구하지 아니한다"
    if re.search(
        r"(?:자체\s*개발|보유하던|고유)[^.]{0,40}수급사업자에게\s*(?:각각\s*)?(?:귀속|남)", whole
    ):
        return False  # its own know-how stays with the subcontractor
    if not own and not _NO_PAY.search(whole) and not _MADE_BY_IT.search(whole):
        return False
    return not re.search(r"협의하여\s*정한\s*대가|정당한\s*대가를\s*지급|공동\s*소유", r.scope)


_TECH = re.compile(
    r"도면|설계도|공정\s*조건|공정\s*조건표|레시피|소스\s*코드|배합비|제조\s*방법|제조\s*공정|노하우|원가\s*계산서"
    r"|기술\s*자료|회로도|펌웨어|원본\s*파일|source\s*code|Source\s*Code|소스|설계\s*문서|캐드|CAD|BIM"
)
_HAND_OVER = re.compile(r"제출|제공|회신|송부|공유|공개|열람|전달|넘겨|보내")
_PROCEDURE = re.compile(
    r"서면|요구서|요구\s*목적|비밀\s*유지|반환|대가|정당한\s*사유|합의한|협의하여|기술자료\s*요구"
    r"|목적과\s*범위|미리\s*(?:알리|통지)|필요한\s*최소"
)


def _tech_data_request(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if r.actor not in (SUBCONTRACTOR, "") or not _TECH.search(r.scope):
        return False
    handed = re.search(
        r"(?:" + _TECH.pattern + r").{0,40}?(?:" + _HAND_OVER.pattern + r")", r.scope
    )
    if not handed or _PROCEDURE.search(r.scope) or re.search(r"요구가\s*정당|사항$", r.scope):
        return False
    if re.search(r"원사업자(?:가|이|는)\s*.{0,10}(?:제공|지급|대여|교부)", r.scope):
        return False  # the principal hands its own drawings over
    if re.search(r"(?:산출물|납품물|결과물|Deliverable|성과물)\s*(?:\(|\s|을|를)", r.scope):
        return False  # 마일스톤별 산출물(소스코드, 설계서)을 제출한다: the work ordered, delivered
    asked = re.search(
        r"요청|요구|부탁|바랍니다|하여야|해야|할\s*것|즉시|수시로|언제든지|주세요|주십시오|주시기|해\s*주",
        r.scope,
    )
    return bool(asked) and r.modality in (Modality.OBLIGATION, Modality.STATEMENT, Modality.NOTE)


_SUPPLIED = re.compile(
    r"자재|원자재|원재료|장비|금형|물품|사급|지급자재|부품|넘겨준|공급한|대여한|판매한|제공한|구매한|사출기|할부금"
)
_CHARGED_EARLY = re.compile(
    r"(?:대금|사용료|대가|임대료|구매\s*대금).{0,40}?(?:공제|상계|차감|선납|미리\s*(?:지급|납부)|먼저\s*(?:지급|납부)"
    r"|사전\s*(?:지급|납부)|매월\s*초|먼저\s*입금|선납)"
    r"|(?:출고일|공급일|인도일|구매일)(?:로)?부터\s*.{0,10}(?:안에|이내에).{0,20}(?:입금|납부|지급)"
)
_SAME_DAY = re.compile(
    r"(?:해당|그)\s*목적물.{0,30}지급\s*기일|같은\s*날|동시에|지급일에\s*(?:공제|상계)|지급\s*기일\s*이후"
)


def _early_deduction(r: Reading) -> bool:
    """Supplied goods charged before the payment for what was made with them (제12조)."""
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if not _SUPPLIED.search(r.scope) or not _CHARGED_EARLY.search(r.scope):
        return False
    early = re.search(
        r"관계\s*없이|사용\s*여부|선납|미리|먼저|사전|매월\s*초|다음\s*달|(?:출고일|공급일|인도일)(?:로)?부터",
        r.scope,
    )
    if re.search(r"먼저\s*(?:지급|납부|결제)하게\s*하지\s*(?:아니|않)|지급\s*시\s*공제", r.scope):
        return False  # 지급기일보다 먼저 지급하게 하지 아니하고 … 지급 시 공제: 제12조 itself
    return bool(early) and not _SAME_DAY.search(r.scope)


_INSPECTION_AT_WILL = re.compile(
    r"(?:검사|검수).{0,25}?(?:원사업자의\s*(?:생산\s*)?(?:일정|사정|필요|편의|계획)|원사업자가\s*정하는\s*(?:때|시기|일정)"
    r"|수시로|추후\s*(?:실시|통보)|별도\s*통보)"
    r"|(?:검사|검수)\s*(?:완료\s*)?전까지.{0,15}(?:대금\s*)?(?:청구|지급).{0,10}(?:없|불가|않|아니)"
    r"|(?:검사|검수).{0,25}?(?:다음\s*달|익월|한\s*달|중순|말경|나중에|바빠)"
    r"|(?:일정상|사정상|바빠)[^.]{0,20}(?:다음\s*달|익월|중순|말경)[^.]{0,10}(?:검사|검수)"
    r"|(?:자체|내부|원사업자의?)\s*[가-힣]{0,8}\s*일정에\s*(?:맞추어|맞춰|따라)[^.]{0,15}(?:검사|검수)"
    r"|(?:그때|검수\s*끝날\s*때|합격\s*처리될\s*때)까지.{0,10}(?:대금\s*)?(?:청구|지급).{0,6}(?:보류|미루)"
    r"|(?:합격|불합격|검사|검수).{0,30}원사업자.{0,15}(?:판단|판정|결정|재량|임의|일방)|외관을\s*보고\s*판단"
    r"|통지\s*기한(?:은|을)?\s*(?:따로\s*)?정하지|합격\s*통지를?\s*하기\s*전까지는?\s*불합격"
    r"|(?:검사|합격).{0,30}(?:미통보|통보하지\s*(?:않|아니)|서면은?\s*(?:교부|발급)하지|구두로\s*(?:알려|통보))"
    r"|(?:통보|통지)하지\s*(?:못한|않은|아니한)\s*경우.{0,20}불합격"
    r"|(?:무불량|라인\s*투입).{0,20}(?:확인|후).{0,10}(?:합격|검수)"
)


def _inspection_at_will(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if not _INSPECTION_AT_WILL.search(r.scope):
        return False
    return not re.search(r"10일\s*이내|(?:받은|수령한|인수한)\s*날(?:로)?부터", r.scope)


#: (공제 is not 공제조합, the construction guarantee association)
_CUT = re.compile(
    r"(?:단가|대금|하도급\s*대금|금액|납품가).{0,30}?(?:일괄|일률|일방적|목표율|절감\s*목표|원가\s*절감|매년|매\s*분기|정기적)"
    r".{0,20}?(?:인하|차감|삭감|감액|할인|깎)"
    r"|(?:일괄|일률(?:적)?으로|일방적으로)\s*.{0,10}(?:인하|차감|삭감|감액)"
    r"|(?:적자|물동량\s*감소|경영\s*(?:악화|사정)|매출\s*감소|판매\s*부진|원가\s*절감|협력금|기금|장려금|발전기금"
    r"|품질\s*향상).{0,40}?(?:공제(?!\s*조합)|차감|감액|인하|빼|떼)"
    r"|(?:차감|공제(?!\s*조합)|감액|삭감).{0,30}?(?:무관|관계\s*없이|불문|여부와\s*관계)"
    r"|(?:무관|관계\s*없이|불문).{0,30}?(?:차감|공제(?!\s*조합)|감액|삭감)"
    r"|(?:예산|판매\s*가격|판매가|가격).{0,20}(?:줄이|줄어|줄면|인하|낮아|내리).{0,40}(?:그만큼|같은\s*비율|동일한?\s*비율|비례)"
    r".{0,20}(?:줄|인하|감액|차감|낮|내리)"
    r"|(?:전체|일괄|일률|모든)\s*[가-힣]{0,4}\s*단가를?\s*\d+(?:\.\d+)?\s*%\s*(?:내리|인하|낮추|깎)"
    r"|(?:확정된|이미\s*(?:정한|확정된|계약된|납품한|납품하신)|기\s*(?:체결|확정|계약)된)"
    r".{0,30}?(?:차감|감액|삭감|공제(?!\s*조합)|낮추|낮춰|깎|조정해\s*지급|조정하여\s*지급)"
    r"|발주자[^.]{0,40}(?:깎|삭감|줄이|줄여|인하|감액)(?:아서|해서|하여|되어|돼)[^.]{0,80}?"
    r"(?:빼고|빼서|깎아|차감하|공제(?!\s*조합)하|감액하)(?!지)"
    r"|(?:매출|판매|시청률|성과|KPI|흥행|조회수|실적|목표치?)[^.]{0,30}(?:미달|미만|부진|저조)"
    r"[^.]{0,40}(?:차감|감액|삭감|공제(?!\s*조합)|지급하지|낮추|낮춰)"
)


def _unilateral_cut(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if r.actor not in (PRINCIPAL, "") or not _CUT.search(r.scope):
        return False
    if re.search(
        r"(?:차감|공제|감액|인하)\s*(?:은|는)?\s*(?:없음|없다|하지\s*(?:않|아니)|금지)", r.scope
    ):
        return False  # (운임 일괄 차감 없음)
    return not re.search(r"협의하여|합의하여|합의한|정당한\s*사유|수급사업자의\s*동의", r.scope)


_PROTECTED_ACT = re.compile(
    r"신고|공정(?:거래)?위(?:원회)?|조사에|분쟁\s*조정|조정(?:을)?\s*신청|자료(?:를)?\s*제출|제보|진정|협조|조정원"
)
_PENALTY = re.compile(
    r"제한|정지|중단|불이익|배제|축소|감축|줄이|줄여|줄일|탈락|해지|해제|거절|감점|중지|넘기|빼|다른\s*업체|후순위"
    r"|배정\s*(?:어렵|하지|안)|물량\s*(?:축소|감소|중단)|(?:입찰|선정|평가|등록|참여|대상)[가-힣\s]{0,8}제외"
    r"|(?:명단|목록|리스트|[Pp]ool|풀|업체\s*군|협력사\s*군)\s*(?:에서|에서도)\s*(?:제외|삭제|탈락)"
    r"|[-−]\s*\d+\s*점|점수\s*(?:차감|삭감)"
    r"|(?:발주|주문|PO)(?:도|를|는)?\s*취소"
)


_ACTED = re.compile(
    r"(?:" + _PROTECTED_ACT.pattern + r").{0,12}?"
    r"(?:한|하는|하였|했|하자|하면|넣으|을\s*이유로|를\s*이유로|취하|\s*진행\s*중)"
)
#: a score sheet: "분쟁조정 신청 또는 민원 제기: -10점"
_SCORED = re.compile(r"(?:" + _PROTECTED_ACT.pattern + r")\s*(?:신청|제기|제출)?\s*(?::|또는|건수)")
_PENALIZED = re.compile(r"(?<!지급)(?:" + _PENALTY.pattern + r")")


def _retaliation(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if r.modality is Modality.NEGATION:
        return False
    acted = _ACTED.search(r.scope) or _SCORED.search(r.scope)
    penalty = _PENALIZED.search(r.scope)
    shielded = re.search(
        r"제한받지|제한하지|배제하지|방해하지|불이익을\s*주지|보장|하여서는\s*아니|(?:하지|되지)\s*(?:아니|않)한다"
        r"|(?:불이익|차별)(?:을|를)?\s*주는\s*일(?:은|이)?\s*없|고시한|고시하는|정하여\s*고시"
        r"|(?:불이익|차별)(?:도|은|이)?\s*없|(?:불이익|차별)(?:을|도)?\s*받지\s*(?:않|아니)",
        r.scope,
    )
    return bool(acted and penalty) and not shielded


def _advance_withheld(r: Reading) -> bool:
    if "선급금" not in r.scope or r.restrains_principal:
        return False
    if re.search(
        r"어음.{0,40}할인.{0,20}(?:비용|료).{0,20}수급사업자.{0,6}(?:부담|진다|지며|책임)",
        r.sentence or r.scope,
    ):
        return True  # 선급금을 어음으로 주고 할인 비용은 수급사업자 부담
    if re.search(r"선급금.{0,30}(?:지급\s*여부|별도\s*결정|재량|자금\s*(?:사정|운용))", r.scope):
        return True  # ※ 선급금: 원도급사 자금 운용 계획에 따라 지급 여부·시기 별도 결정
    refused = r.modality in (Modality.NEGATION, Modality.BARRED) and r.negated in ("지급", "지불")
    return refused or bool(re.search(r"선급금.{0,20}(?:미지급|지급\s*(?:않|불가|없))", r.scope))


_STATUTORY_RIGHT = re.compile(
    r"공정(?:거래)?위(?:원회)?|분쟁\s*조정|조정원|조정(?:을)?\s*신청|신고|이의|직접\s*지급|지급\s*보증|소송|소를\s*제기"
)


def _rights_waiver(r: Reading) -> bool:
    """The subcontractor gives up its statutory remedies (신고, 조정 신청, 이의 …)."""
    if r.actor not in (SUBCONTRACTOR, "") or r.modality not in (
        Modality.NEGATION,
        Modality.BARRED,
        Modality.NOTE,
    ):
        return False
    if not _STATUTORY_RIGHT.search(r.scope) or _LIMITED.search(r.scope):
        return False
    if r.modality is Modality.NOTE and not re.search(
        r"불가|없음|않음|아니함|포기|금지|제한|불인정|불허|감점|불이익|제외|배제|중단", r.scope
    ):
        return False  # "Re: 단가 조정 신청의 건": a heading names the right, it bars nothing
    verb = re.search(r"신고|신청|제기|청구|요청|요구|주장", r.negated or r.scope)
    return bool(verb) and not re.search(
        r"보장|제한하지|방해하지|(?:신청|신고|청구|요청|제기)\s*(?:가능|할\s*수\s*있)|접수|협의\s*(?:개시|일정)",
        r.scope,
    )


_UNILATERAL = re.compile(r"일방적으로|임의로|단독으로|언제든지|자의로|수시로")
_TERMS = re.compile(r"계약|대금|단가|금액|Fee|요율|운임|범위|Scope|SLA|조건|물량|사양|납기")


def _unilateral_change(r: Reading) -> bool:
    silent = re.search(r"(?:별도\s*)?동의\s*(?:절차\s*)?없이.{0,30}(?:적용|변경|시행)", r.scope)
    if silent and r.actor in (PRINCIPAL, ""):
        return True  # 개정 조건은 별도 동의 절차 없이 진행 중인 계약에도 적용된다
    if r.actor != PRINCIPAL or r.modality not in (Modality.PERMISSION, Modality.STATEMENT):
        return False
    if not _UNILATERAL.search(r.scope) or not re.search(r"변경|조정|해지|취소|중단", r.scope):
        return False
    if not _TERMS.search(r.scope):
        return False
    return not re.search(
        r"협의하여|합의하여|동의를\s*얻어|서면\s*합의|정당한\s*사유|귀책", r.sentence or r.scope
    )


_WRITTEN_AFTER = re.compile(
    r"(?:변경\s*계약서|계약서|서면|발주서|SOW|Amendment|변경\s*계약).{0,40}?(?:준공|완료|분기\s*말|월말|나중|추후|사후"
    r"|일괄|한꺼번에|끝난\s*(?:뒤|후)|마친\s*(?:뒤|후)|확정된\s*(?:뒤|후)).{0,20}?(?:작성|쓰|발급|교부|체결|정리)"
    r"|구두\s*(?:지시|요청|발주).{0,20}(?:먼저|우선)\s*(?:시공|작업|착수|생산|제작|투입)"
    r"|(?:먼저|우선)\s*(?:시공|작업|착수|촬영|생산|제작)[^.]{0,40}(?:계약서|서면|정산).{0,30}(?:후|뒤|때|이후)"
    r"|(?:SOW|contract|agreement).{0,40}(?:finali[sz]ed|signed|executed).{0,30}after"
)


def _written_after(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if not _WRITTEN_AFTER.search(r.scope):
        return False
    sentence = r.sentence or r.scope
    if re.search(r"정당한\s*사유", sentence) and re.search(
        r"확정\s*(?:예정일|예정\s*기일|기일|방법)", sentence
    ):
        return False  # 제3조②: items that cannot be fixed yet, with the reason and the date written
    return not re.search(r"착수\s*전|착공\s*전|교부한\s*(?:뒤|후)", r.scope)


def _direct_payment_blocked(r: Reading) -> bool:
    if re.search(r"직접.{0,10}(?:달라고|지급을?)\s*(?:요구|요청|청구)하지\s*않", r.scope):
        return True  # 을은 … 발주처에 대금을 직접 달라고 요구하지 않기로 한다
    if not re.search(r"직접\s*지급|직불|직접\s*(?:달라|받으|청구)", r.scope) or re.search(
        r"지급\s*정지|파산|부도|체불|입증", r.scope
    ):
        return False  # the statutory grounds of direct payment, not a refusal
    if re.search(r"직접\s*지급.{0,20}(?:요청|청구|요구).{0,30}(?:동의|승인)를?\s*받아야", r.scope):
        return True
    blocked = re.search(
        r"(?:확인서|서류|협조|동의|제출|발급|청구|요청|직불|직접\s*지급).{0,20}"
        r"(?:못\s*드(?:리|립|려)|거부|하지\s*(?:않|아니)|응하지|안\s*됩|불가|할\s*수\s*없"
        r"|안\s*(?:내\s*)?드(?:리|립|려))",
        r.scope,
    )
    if not blocked or re.search(r"보장|방해하여서는|거부하여서는|방해하지", r.scope):
        return False
    return r.modality is not Modality.PROHIBITION


def _adjustment_refused(r: Reading) -> bool:
    if not re.search(r"조정\s*(?:신청|요청|협의)|단가\s*조정|대금\s*조정", r.scope):
        return False
    refused = re.search(
        r"검토가\s*어렵|검토하지|응하지|협의하지|거부|보류|다시\s*보내|받지\s*않|반려|이후에\s*(?:다시|검토)",
        r.scope,
    )
    return bool(refused) and not r.restrains_principal and r.modality is not Modality.PROHIBITION


def _one_way_indexation(r: Reading) -> bool:
    if not _PRICE_CHANGE.search(r.scope) or r.restrains_principal:
        return False
    down = re.search(r"(?:하락|인하|떨어|내려).{0,40}(?:차감|인하|감액|반영|낮춘|조정)", r.scope)
    up = re.search(r"상승|인상|오르|올라|증액|양방향|상호", r.scope)
    return bool(down) and not up


def _index_evasion(r: Reading) -> bool:
    return bool(
        re.search(r"연동\s*(?:대상이?\s*되지\s*않도록|을?\s*피하|회피|적용을\s*피)", r.scope)
        or re.search(r"연동.{0,30}(?:후순위|불이익|도장\s*찍|미연동\s*합의서에)", r.scope)
    )


_MGMT_INFO = re.compile(
    r"원가\s*(?:계산서|자료|명세|내역)|손익\s*계산서|재무\s*제표|타\s*(?:고객사|거래처|업체).{0,10}(?:단가|매출|거래)"
    r"|납품\s*단가표|매출\s*(?:자료|현황)|경영\s*(?:정보|자료|현황)|(?:접속\s*)?계정과?\s*비밀번호"
)


def _management_info(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if r.actor not in (SUBCONTRACTOR, "", PRINCIPAL) or not _MGMT_INFO.search(r.scope):
        return False
    if not re.search(r"제출|제공|보내|회신|공개|열람|받는다|제출받|올려|올리|업로드|등록", r.scope):
        return False
    return not re.search(
        r"정당한\s*사유|동의한|자발적|원하는\s*경우|비밀\s*유지|정산\s*목적"
        r"|(?:요구|요청)하지\s*(?:않|아니)|(?:보내|제출하)지\s*않(?:으셔도|아도)|받지\s*(?:않|아니)",
        r.scope,
    )


def _exclusive_dealing(r: Reading) -> bool:
    if r.restrains_principal or (r.modality is Modality.PERMISSION and r.actor == SUBCONTRACTOR):
        return False
    other = re.search(
        r"(?:다른|타|경쟁)\s*[가-힣]{0,4}(?:업체|거래처|플랫폼|고객사|회사|사|발주자|브랜드|화주)"
        r".{0,40}?(?:거래|납품|수주|외주|작업|공급|생산|운송|겸업)"
        r".{0,50}?(?:정리|중단|금지|제한|하지\s*(?:말|않|아니)|안\s*됩|불가|하여서는|할\s*수\s*없)",
        r.scope,
    )
    # 수급사업자는 다음 각 호의 행위를 하여서는 아니 된다. 2. 경쟁 가전업체로부터 … 수주하는 행위
    listed = (
        r.actor == SUBCONTRACTOR
        and r.modality in (Modality.PROHIBITION, Modality.BARRED, Modality.NEGATION)
        and _ITEMS_FOLLOW.search(r.text)
        and re.search(
            r"(?:다른|타|경쟁)\s*[가-힣]{0,4}(?:업체|거래처|플랫폼|고객사|회사|사|발주자|브랜드)"
            r"[^.]{0,40}?(?:거래|납품|수주|외주|공급|생산)",
            r.scope,
        )
    )
    return bool(other or listed) and not re.search(
        r"기술\s*자료\s*(?:유출|보호)|비밀|영업\s*비밀", r.scope
    )


def _guarantee_on_request(r: Reading) -> bool:
    if not re.search(r"지급\s*보증", r.scope):
        return False
    only = re.search(
        r"요청\s*(?:시|하는\s*경우)(?:에)?(?:만|에\s*한하여)|원하는\s*경우(?:에)?만|요구할\s*때만|별도\s*요청\s*시",
        r.scope,
    )
    exempt = re.search(r"1천만\s*원\s*이하|면제|지급보증이\s*필요하지\s*않", r.scope)
    return bool(only) and not exempt


def _usage_overcharge(r: Reading) -> bool:
    if not re.search(r"사용료|임대료|임차료|사용\s*대가|구매\s*대금|자재\s*대금", r.scope):
        return False
    return bool(
        re.search(
            r"(?:\d+(?:\.\d+)?|두|세)\s*배|시중\s*(?:가격|임대료|요율)보다\s*높|원가에\s*\d+\s*%\s*를?\s*더한",
            r.scope,
        )
        or re.search(r"매월\s*초에?\s*선납|미리\s*납부", r.scope)
    )


def _excessive_penalty(r: Reading) -> bool:
    match = re.search(r"위약(?:벌|금).{0,40}?(\d+(?:\.\d+)?)\s*(배|%)", r.scope)
    if match is None:
        match = re.search(r"(\d+(?:\.\d+)?)\s*(배|%).{0,20}위약(?:벌|금)", r.scope)
    if match is None:
        return False
    value, unit = float(match.group(1)), match.group(2)
    return value >= 2 if unit == "배" else value > 30


_IN_KIND = re.compile(
    r"(?:아파트|상가|오피스텔|분양권|부동산|주식|회원권|상품권|자사\s*제품|제품\s*재고|재고품?)"
    r"(?:\s*(?:또는|이나|나)\s*[가-힣]{1,4})?(?:으로|로)\s*(?:대신\s*)?(?:지급|정산|변제|갈음|결제)"
)


def _in_kind(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    return bool(_IN_KIND.search(r.scope)) and not re.search(
        r"수급사업자의\s*(?:요청|동의)", r.scope
    )


_CANCEL_AT_WILL = re.compile(
    r"(?:발주|주문|위탁|계약|오더).{0,30}(?:취소|해지|변경)(?:될|할)\s*수\s*있"
    r"|취소로\s*처리|(?:수령|인수)이?\s*곤란.{0,40}(?:보류|연기|미루)|납품을?\s*보류"
)


def _cancel_at_will(r: Reading) -> bool:
    if not _may_impose(r, Modality.PROHIBITION):
        return False
    if r.actor == SUBCONTRACTOR or not _CANCEL_AT_WILL.search(r.scope):
        return False
    whim = re.search(
        r"일정|사정|필요|통보\s*없이|언제든지|임의|오더가?\s*빠|창고|생산\s*계획|고객사|발주자",
        r.scope,
    )
    fair = re.search(
        r"귀책|합의|동의를?\s*받|보상한다|정산하여\s*지급|손해를\s*배상", r.sentence or r.scope
    )
    return bool(whim) and not fair


_EXTERNAL_EVENT = re.compile(
    r"(?:광고\s*판매|판매|매출|수금|정산|방송|준공\s*검사)\s*(?:이|가)?\s*(?:완료|확정|끝난)(?:된|한)?\s*(?:날|후|뒤)"
    r".{0,20}(?:지급|정산)"
)


def _external_event_payment(r: Reading) -> bool:
    if not _may_impose(r):
        return False
    return bool(_EXTERNAL_EVENT.search(r.scope)) and not re.search(r"수령일부터\s*60일", r.scope)


def _principal_disclaims(r: Reading) -> bool:
    if r.actor != PRINCIPAL or r.modality not in (Modality.NEGATION, Modality.BARRED):
        return False
    if r.negated not in _HELPFUL_NEGATED or _LIMITED.search(r.scope):
        return False
    return bool(_ABSOLUTE.search(r.scope))


_TESTS: dict[str, Callable[[Reading], bool]] = {
    "price_adjustment.adjustment_waiver": _adjustment_waiver,
    "unfair_special_terms.minor_change_absorbed": _minor_change,
    "payment_terms.owner_payment_condition": _owner_payment,
    "payment_terms.external_event": _external_event_payment,
    "payment_terms.in_kind": _in_kind,
    "order_cancellation.at_will": _cancel_at_will,
    "inspection.owner_inspection_condition": _owner_inspection,
    "forced_purchase.designated_supplier": _forced_purchase,
    "return_goods.without_fault": _unjust_return,
    "economic_benefit.contributions": _economic_benefit,
    "unfair_special_terms.ip_without_pay": _ip_without_pay,
    "tech_data.request_without_procedure": _tech_data_request,
    "offset_payment.early_deduction": _early_deduction,
    "inspection.at_will": _inspection_at_will,
    "price_reduction.unilateral_cut": _unilateral_cut,
    "retaliation.after_protected_act": _retaliation,
    "advance_payment.withheld": _advance_withheld,
    "unfair_special_terms.rights_waiver": _rights_waiver,
    "unfair_special_terms.unilateral_change": _unilateral_change,
    "written_contract.issued_afterwards": _written_after,
    "direct_payment.obstructed": _direct_payment_blocked,
    "price_adjustment.negotiation_refused": _adjustment_refused,
    "price_adjustment.decrease_only": _one_way_indexation,
    "price_adjustment.evasion": _index_evasion,
    "management_interference.cost_data": _management_info,
    "management_interference.exclusive_dealing": _exclusive_dealing,
    "payment_guarantee.only_on_request": _guarantee_on_request,
    "offset_payment.usage_overcharge": _usage_overcharge,
    "unfair_special_terms.excessive_penalty": _excessive_penalty,
    "unfair_special_terms.owner_acts_passed_on": _owner_measures,
    "unfair_special_terms.claim_waiver": _claim_waiver,
    "unfair_special_terms.cost_shift": _cost_shift,
    "unfair_special_terms.principal_disclaims": _principal_disclaims,
}


@cache
def meaning_rules() -> tuple[MeaningRule, ...]:
    """Return the rules in the order they are tried (most specific first)."""
    data = resources.files("subcontract_assist.core.data").joinpath("clause_meaning.toml")
    specs = {s["id"]: s for s in tomllib.loads(data.read_text(encoding="utf-8"))["rule"]}
    missing = set(_TESTS) ^ set(specs)
    if missing:
        raise ValueError(f"clause_meaning.toml and meaning.py disagree on {sorted(missing)}")
    return tuple(
        MeaningRule(
            id=rule_id,
            category=Category(specs[rule_id]["category"]),
            article=specs[rule_id]["article"],
            severity=Severity(specs[rule_id]["severity"]),
            title=Text(*specs[rule_id]["title"]),
            message=Text(*specs[rule_id]["why"]),
            suggestion=specs[rule_id]["fix"],
        )
        for rule_id in _TESTS
    )


_ITEMS_FOLLOW = re.compile(r"다음\s*각\s*호")


def judge(readings: Sequence[Reading], protected: Sequence[bool], field: str) -> list[Finding]:
    """Return at most one meaning finding per sentence, most specific rule first.

    Args:
        readings: the readings of the clause's sentences, in order.
        protected: per sentence, True where the structure already says it restrains the
            principal (an item under a prohibition lead-in, a note quoting the statute).
        field: where the findings point.
    """
    found: dict[str, Finding] = {}
    live = [r for r, shielded in zip(readings, protected, strict=True) if not shielded]
    for k, (reading, shielded) in enumerate(zip(readings, protected, strict=True)):
        if shielded or reading.restrains_principal or reading.modality is Modality.DEFINITION:
            continue
        if _ITEMS_FOLLOW.search(reading.text) and k + 1 < len(readings):
            # "다음 각 호의 경우 추가 대금 없이 수정한다. 1. … 결함 2. … 버그": the items say when
            items = " ".join(r.text for r in readings[k + 1 :])
            reading = dataclasses.replace(
                reading,
                context=f"{reading.scope} {items}",
                sentence=f"{reading.sentence or reading.text} {items}",
            )
        if _RESTRAINT_OF_PRINCIPAL.search(reading.text) and reading.modality in (
            Modality.PROHIBITION,
            Modality.NEGATION,
        ):
            continue
        for rule in meaning_rules():
            if rule.id not in found and _TESTS[rule.id](reading):
                found[rule.id] = rule.finding(field)
                break
    if not found and len(live) > 1:
        # a message or a notice says the act in one sentence and its reason in another
        # ("… 조정 신청 넣으셨다고 들었습니다. 다음 달부터 … 다른 업체로 넘기겠습니다.")
        whole = Reading(" ".join(r.text for r in live), "", Modality.STATEMENT)
        for rule in meaning_rules():
            if rule.id in _ACROSS_SENTENCES and _TESTS[rule.id](whole):
                found[rule.id] = rule.finding(field)
                break
    return list(found.values())


#: rules whose act and condition are often said in two sentences of one clause
_ACROSS_SENTENCES = frozenset(
    {
        "retaliation.after_protected_act",
        "management_interference.exclusive_dealing",
        "management_interference.cost_data",
        "direct_payment.obstructed",
        "economic_benefit.contributions",
        "tech_data.request_without_procedure",
        "price_adjustment.negotiation_refused",
        "price_adjustment.evasion",
    }
)
