"""The clause screen: wording patterns and meaning rules, read through who must do what.

This is the deterministic reader every caller uses (the rule engine on a draft's 특약, the
received-contract review, ``eval``): one clause in, findings out.

1. The clause is normalised and split into sentences, and each sentence is read
   (:func:`reading.read_sentence`: actor, modality, who bears the cost).
2. The structure decides what a sentence *is*: a definition, a note that quotes the statute,
   or an item under a lead-in that forbids the principal something ("원사업자는 다음 각 호의
   행위를 하여서는 아니 된다" + "1. … 반품하는 행위") is protective text, not a term.
3. The wording patterns (:mod:`patterns`) run on the whole clause as before; a finding survives
   only if some sentence that is not protective carries it on its own, or the pattern needs the
   whole clause to match and the clause has a sentence that is not protective.
4. The meaning rules (:mod:`meaning`) add what the wording patterns miss: a cost shifted to the
   subcontractor, a blanket bar on claims, "minor" changes absorbed, payment tied to the owner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from subcontract_assist.core.clauses import meaning
from subcontract_assist.core.clauses.normalize import sentences
from subcontract_assist.core.clauses.patterns import lexicon_pattern, normalized, screen_clause
from subcontract_assist.core.clauses.reading import (
    HELPFUL_ACTS,
    PRINCIPAL,
    SUBCONTRACTOR,
    Modality,
    Reading,
    read_sentence,
)
from subcontract_assist.core.findings import Category, Finding, Severity
from subcontract_assist.core.koreanformat import hangul_reading
from subcontract_assist.core.legal import LegalNumbers, legal_numbers

#: A sentence that introduces a list ("다음 각 호의 …", "아래와 같은 …", ending in a colon).
_LIST_LEAD_IN = re.compile(r"(다음|아래)\s*(각\s*호|의|과\s*같|와\s*같)|각\s*호의|[:：]\s*$")
#: A note that restates the statute or its scope rather than setting a term.
_STATUTE = re.compile(
    r"하도급(?:거래\s*공정화에\s*관한\s*)?법|「|시행령|고시|법\s*제\s*\d+\s*조|제\s*\d+\s*조(?:의\s*\d+)?\s*(?:제\s*\d+\s*항)?(?:에\s*따라|에\s*의하여|에\s*따른)"
    r"|적용\s*대상|참고|예시|해당\s*(?:없는|하지\s*않는)\s*경우|기재례|작성\s*요령|유의\s*사항"
)
#: A lead-in that says what its items (acts, terms) are deemed to be, or forbids them.
_ACTS_DEEMED = re.compile(
    r"(?:행위|약정|특약|계약\s*조건)(?:는|은|를|을|으로|로|이|가)?\s"
    r"[^.]*(?:(?:으로|로)\s*(?:본다|보며|보지\s*(?:아니|않))|아니\s*된다|(?:하지|되지)\s*(?:아니|않)"
    r"|효력이\s*없|무효|금지)"
)
#: "다음 각 호의 어느 하나에 해당하는 반품은 부당반품으로 본다": the items are unlawful acts
_DEEMED_UNLAWFUL = re.compile(
    r"(?:부당|불공정|위법)(?:한|하게)?\s*[가-힣]{0,8}(?:으로|로)\s*(?:본다|보며|간주)"
)
#: the preamble: who the parties are and that they sign ("A(이하 "갑")와 B는 … 다음과 같이
#: 계약을 체결한다", "… 원사업자, B는 수급사업자의 지위를 가지며")
_PREAMBLE = re.compile(
    r"(?:다음과|아래와)\s*같이\s*(?:이\s*)?(?:[가-힣]{0,8}\s*)?계약을?\s*체결"
    r"|상\s*원사업자[^.]{0,30}수급사업자의?\s*지위를\s*(?:가지|갖)"
)
#: "… 약정하더라도 그 약정은 … 지급의무에 영향을 미치지 아니한다", "… 약정을 하더라도 …의 지급
#: 의무는 면제되지 아니한다": a term that voids a waiver
_AGREEMENT_VOID = re.compile(
    r"약정(?:을|이)?\s*(?:하더라도|하여도|하였더라도|한\s*경우에도|있더라도|있어도|있는\s*경우에도)"
    r"[^.]{0,40}(?:영향을\s*(?:미치지|주지)\s*(?:아니|않)|효력이\s*없|무효"
    r"|(?:면제|소멸|감면)(?:되|하)지\s*(?:아니|않)|면(?:하지|할\s*수)\s*(?:못|없))"
)
#: "'풀필먼트 용역'이란 …을 보관하고, …하는 일련의 작업을 말한다": a definition, however many
#: clauses it chains
_DEFINES = re.compile(
    r"^\W*(?:\d+\.|[가-하]\.)?\s*[\"“‘']?[^\"”’'.]{1,40}?[\"”’']?\s*(?:이)?란\s"
    r".*(?:말|뜻|의미)한다\W*$"
)
#: A lead-in that hands the subcontractor a list of rights (its own remedies are fair).
_RIGHTS_LEAD_IN = re.compile(r"(신청|청구|요청|요구|해지|해제)할\s*수\s*있")


def _lead_in_protects(reading: Reading) -> bool:
    """A lead-in whose items are acts the principal must not do, or terms that are void."""
    if not _LIST_LEAD_IN.search(reading.text):
        return False
    if reading.actor == SUBCONTRACTOR:
        # 수급사업자는 다음 각 호의 행위를 하여서는 아니 된다: its own duties, not a protection,
        # unless the list is of its rights (… 요청할 수 있다)
        return reading.modality is Modality.PERMISSION and bool(
            _RIGHTS_LEAD_IN.search(reading.text)
        )
    if _ACTS_DEEMED.search(reading.text):
        return True  # 다음 각 호의 … 원사업자의 행위는 부당반품으로 본다 / 약정은 효력이 없다
    if reading.modality is Modality.NULLITY:
        return True
    if _DEEMED_FOR_SUBCONTRACTOR.search(reading.text) or _DEEMED_UNLAWFUL.search(reading.text):
        return True  # …하자는 을의 책임으로 보지 아니한다 · …반품은 부당반품으로 본다
    if reading.restrains_principal:
        return True
    if reading.actor == SUBCONTRACTOR and reading.modality is Modality.PERMISSION:
        return bool(_RIGHTS_LEAD_IN.search(reading.text))
    return False


def _quotes_the_law(reading: Reading) -> bool:
    if not reading.note or not _STATUTE.search(reading.text):
        return False
    return reading.modality is not Modality.BARRED and reading.bearer != SUBCONTRACTOR


_LAW_AS_SUBJECT = re.compile(
    r"^\W*(?:(?:하도급|하도급거래\s*공정화에\s*관한\s*)?법(?:률)?|같은\s*법|시행령|고시)"
    r"\s*(?:시행령\s*)?제\s*\d+\s*조(?:의\s*\d+)?[^.]{0,40}?(?:는|은)\s"
)


#: A deeming in the subcontractor's favour: acceptance the principal did not refuse in time,
#: or a fault the clause says does not count against it. Not 동의·승인 (deemed consent of the
#: subcontractor is the unfair case) and not a negated acceptance (reverse deeming).
_DEEMED_FOR_SUBCONTRACTOR = re.compile(
    r"(?<!아니)(?<!않)(?<!불)(?:검사에\s*)?(?:합격|수령|인수|검수(?:를)?\s*(?:완료|마친))(?:한|된)\s*것으로\s*(?:본다|보며|간주)"
    r"|(?:미이행|귀책\s*사유|이행\s*지체|납기\s*지연|지체|불합격|채무\s*불이행|책임)(?:으로|로)\s*보지\s*(?:아니|않)"
    r"|수급사업자(?:가|는|은|이)\s*(?:그\s*|이에\s*대한\s*)?(?:책임|비용)을?\s*(?:지지|부담하지)\s*(?:아니|않)"
    r"|지체\s*일수(?:에서|에)\s*(?:제외|산입하지|포함하지|포함시키지|넣지|계산하지|빼)|지체\s*상금\s*(?:부과\s*)?(?:대상)?에서\s*제외"
    r"|(?:통지|통보)[^.]{0,10}(?:없|않)[^.]{0,10}(?<!불)(?<!미)합격\s*(?:처리|으로\s*(?:본다|간주))"
)


def _long_period(text: str) -> bool:
    """A period past the 10-day inspection notice: a deemed acceptance after it still breaches."""
    if re.search(r"\d+\s*(?:개월|주)|한\s*달", text):
        return True
    return any(int(days) > 10 for days in re.findall(r"(\d+)\s*일", text))


def _protective(reading: Reading) -> bool:
    """A sentence that cannot itself be an unfair term, whatever words it contains."""
    if reading.modality is Modality.DEFINITION or _quotes_the_law(reading):
        return True
    if _DEFINES.match(reading.sentence or reading.text) or _DEEMED_UNLAWFUL.search(reading.text):
        return True  # …의 사유로 반품하는 것은 부당한 반품으로 본다: it names the unlawful act
    if _PREAMBLE.search(reading.sentence or reading.text):
        return True
    if _AGREEMENT_VOID.search(reading.text):
        return True  # … 포기하기로 약정하더라도 그 약정은 … 영향을 미치지 아니한다
    if reading.restrains_principal:
        return True
    # "…을 이유로 반품하는 행위": a noun phrase naming an act imposes nothing (an item of a list
    # of prohibited or deemed acts, read without its lead-in)
    if _listed_act(reading):
        return True
    # 검사 결과를 통지하지 아니한 경우 … 검사에 합격한 것으로 본다 (deemed acceptance, 제9조②);
    # … 시간은 수급사업자의 역무 미이행으로 보지 아니하며 (a ground of fault denied)
    if _DEEMED_FOR_SUBCONTRACTOR.search(reading.text) and not _long_period(reading.text):
        return True
    # "법 제19조는 원사업자가 … 하는 것을 금지한다": a sentence whose subject is the statute says
    # what the law provides, not what the parties agreed
    if _LAW_AS_SUBJECT.match(reading.sentence or reading.text):
        return True
    # the subcontractor's own right (수급사업자는 … 청구할 수 있다), unless it is narrowed
    if reading.actor == SUBCONTRACTOR and reading.modality is Modality.PERMISSION:
        if re.search(r"(?:될|되어질|받을)\s*수\s*있", reading.text):
            return False  # 지급 일정은 … 조정될 수 있다: done to it, not its right
        return not re.search(
            r"경우에\s*(?:한하여|만)|에\s*한하여|만\s*(?:청구|요청|신청)|다만", reading.text
        )
    return False


def _listed_act(reading: Reading) -> bool:
    """ "…을 이유로 반품하는 행위": a noun phrase naming an act or a case, an item of a list."""
    return reading.modality is Modality.NOTE and reading.act in (
        "행위",
        "약정",
        "경우",
        "조항",
        "특약",
    )


def _chained_promise(reading: Reading, follows: Reading | None) -> bool:
    """원사업자는 이를 반품하지 아니하고 그 손실을 부담한다: a promise chained to a duty."""
    if not reading.chained or reading.actor != PRINCIPAL or follows is None:
        return False
    if reading.modality is not Modality.NEGATION or reading.negated in HELPFUL_ACTS:
        return False
    if re.search(r"(?:묻|따지|가리)지\s*(?:않|아니)", reading.text):
        return False  # …있는지를 묻지 않고 수급사업자가 부담한다: "regardless", not a promise
    return follows.modality is not Modality.PERMISSION


def protects_its_items(text: str) -> bool:
    """True when ``text`` is a lead-in whose items the principal must not do (or are void)."""
    readings, _ = read_clause(text)
    return any(_lead_in_protects(r) for r in readings)


#: What the principal may promise to do for the subcontractor: pay, bear, return, notify, …
_BENIGN_ACTS = frozenset(
    [
        "지급", "부담", "반환", "체결", "통지", "교부", "발급", "보상", "정산", "협의", "설명",
        "보관", "지원", "배상", "알리", "확인", "제공", "계상", "납부", "가입", "반영", "증액",
        "인정", "승인", "수령", "인수", "검사",
    ]
)  # fmt: skip
#: What turns a promise to pay or bear into a condition, a cap or a delay: a deduction, a limit,
#: a figure (a deadline the rules check), the owner's payment, "only if", "after completion".
_PROMISE_HEDGED = re.compile(
    r"차감|공제|감액|삭감|유보|보류|상계|제외|한도|이내에서|범위\s*(?:내|안)|다만|단[,\s]"
    r"|(?:후|뒤)에?\s*지급|(?:후|뒤)\s[^.]{0,25}지급|이후|입금된|낮추|인하|만료|종료\s*(?:후|시)|완료\s*(?:후|시)|\d+\s*(?:일|개월|%|퍼센트)"
    r"|불문|일체|모든|무상|요구|요청|한하여|에만|경우에만|조건으로|한\s*때에|때에\s*(?:한|만)"
    r"|절반|비율|발주자(?:로부터|가|의)|성공|확정된\s*(?:후|때)|받은\s*(?:후|때|날|경우|범위)"
)


#: "발주자로부터 대금을 받았는지와 관계없이": the owner named only to be set aside
_OWNER_SET_ASIDE = re.compile(
    r"발주자[^,.]{0,40}?(?:여부|는지|았는지|었는지)(?:와|에)?\s*(?:관계없이|무관하게|상관없이)"
)
#: what only the principal pays: "다툼이 없는 부분의 대금은 … 지급한다" has no actor, yet it
#: can only be the principal's promise
_PRINCIPAL_PAYS = re.compile(
    r"(?:하도급\s*)?대금|기성(?:금|대금)|잔금|준공금|선급금|지연\s*이자|(?:어음\s*)?할인료"
)
#: … on the day the contract already fixed ("제12조의 기일에", "약정한 지급기일에")
_AGREED_DAY = re.compile(
    r"(?:제\s*\d+\s*(?:조|항)|정한|약정한|계약서의?)[^,.]{0,12}(?:기일|기한)에"
)


def _principal_promise(reading: Reading) -> bool:
    """원사업자는 보증증권을 반환한다 · 그 비용은 원사업자가 부담한다: a plain promise of the
    principal to do something for the subcontractor, with no condition, cap, figure or delay."""
    if reading.actor == SUBCONTRACTOR or reading.bearer == SUBCONTRACTOR:
        return False
    scope = reading.scope
    if reading.modality is Modality.PERMISSION:
        # 원사업자는 … 기술 지도를 무상으로 제공할 수 있다: what the principal may give
        return (
            reading.actor == PRINCIPAL
            and reading.act in _GIFTS
            and _TO_THE_SUBCONTRACTOR.search(scope) is not None
            and not re.search(r"다른|제3자|타\s*(?:업체|사)", scope)
            and not _PROMISE_HEDGED.search(
                _TO_THE_SUBCONTRACTOR.sub(" ", scope).replace("무상", "")
            )
        )
    if reading.modality not in (Modality.STATEMENT, Modality.OBLIGATION) and not (
        reading.modality is Modality.NOTE
        and reading.actor == PRINCIPAL
        and _PRINCIPAL_TOPIC.match(reading.text)
    ):
        return False  # (a note "갑은 … 지체 없이 이행" is the principal's promise too)
    if _REPORTED_ACT.search(scope):
        return False  # "…을 청구하였음을 통지합니다": what it tells is an act, not a promise
    scope = _AT_ITS_OWN_REQUEST.sub(" ", scope)
    principal_pays = (
        not reading.actor
        and not reading.bearer
        and reading.act == "지급"
        and SUBCONTRACTOR not in scope
        and _PRINCIPAL_PAYS.search(scope) is not None
        and _AGREED_DAY.search(scope) is not None
    )
    # "설계변경으로 공사비가 늘어난 경우 그 비용은 하도급대금에 반영한다": only the principal
    # puts a cost into the subcontract price
    principal_reflects = (
        not reading.actor
        and not reading.bearer
        and reading.act in ("반영", "증액", "가산")
        and _INTO_THE_PRICE.search(scope) is not None
    )
    if principal_reflects:
        scope = _OWNER_CAUSE.sub(" ", scope)
    if (
        not principal_pays
        and not principal_reflects
        and (PRINCIPAL not in (reading.actor, reading.bearer) or reading.act not in _BENIGN_ACTS)
    ):
        return False
    if reading.actor == PRINCIPAL and reading.act in _GIFTS:
        scope = scope.replace("무상", "")  # 원청은 … 업무용 PC를 무상으로 제공합니다
    return not _PROMISE_HEDGED.search(_within_the_law(_OWNER_SET_ASIDE.sub(" ", scope)))


#: a notice of something done: "…을 청구하였음을 통지합니다", "…하였다는 사실을 알립니다"
_REPORTED_ACT = re.compile(
    r"(?:였|었|았|했)(?:음|다는\s*(?:사실|점|것))을\s*(?:통지|통보|알리|알립|알려|안내)"
)
_INTO_THE_PRICE = re.compile(r"(?:하도급\s*대금|계약\s*금액)에\s*(?:반영|가산|포함하여\s*증액)")
#: the owner named as the cause of a cost, not as a condition of paying it
_OWNER_CAUSE = re.compile(
    r"(?:(?:원사업자|발주자)\s*(?:또는|나|이나|및)\s*)?(?:원사업자|발주자)(?:의)?\s*"
    r"(?:요청|지시|요구|설계\s*변경|사정|귀책)(?:으로|에\s*따라|에\s*의한|에\s*따른)"
)
#: a note whose topic is the principal: "갑은 … 지체 없이 이행"
_PRINCIPAL_TOPIC = re.compile(r"\W*원사업자는\s")
#: "원사업자의 요청으로 …": the principal's own request is the cause of what it promises
_AT_ITS_OWN_REQUEST = re.compile(
    r"원사업자의\s*(?:요청|지시|요구)(?:으로|에\s*따라|에\s*의하여|에\s*의한)"
)
#: what the principal may give: "원사업자는 … 제공할 수 있다" lays nothing on anyone else
_GIFTS = frozenset(["제공", "지원", "부담", "증액", "보상", "대여", "교육"])
_TO_THE_SUBCONTRACTOR = re.compile(r"수급사업자(?:에게|가\s*(?:요청|신청|원)하)")
#: a deadline counted from delivery: "수령일부터 60일 이내에 지급한다"
_DEADLINE = re.compile(
    r"(?:수령|납품|인도|인수|납품받은|받은|수령한)\s*(?:일|날)\s*(?:로)?부터\s*(\d+)\s*일\s*이내에"
)


def _within_the_law(scope: str) -> str:
    """Blank a deadline the Act allows (payment 60 days from delivery, an advance 15 days,
    an inspection notice 10 days), so that only a hedge of another kind keeps a promise from
    reading as plain. A later deadline stays, and the rules judge it."""
    limit = 15 if "선급금" in scope else 10 if re.search(r"검사|통지|알리", scope) else 60
    scope = _DEADLINE.sub(lambda m: " " if int(m.group(1)) <= limit else m.group(0), scope)
    # "납품일 7일 전까지 제공한다": the principal's own performance ahead of the work
    return re.sub(r"\d+\s*일\s*전까지", " ", scope)


def imposes_nothing(text: str) -> bool:
    """True when no sentence of ``text`` lays anything on the subcontractor: each restrains the
    principal, states the law, defines, names a listed act, grants the subcontractor a right, or
    is the principal's plain promise to pay, bear, return or notify. The model is not asked
    about such text (it reads words; the reading knows who is bound). The rules still read it:
    a promise to pay can still be late, and their figures decide that."""
    readings, protected = read_clause(quoted_clause(text))
    return bool(readings) and all(
        p
        or _principal_promise(r)
        or _no_effect(r)
        or _no_imposition(r)
        or _debt_discharged(r)
        or (k == 0 and len(readings) > 1 and _title(r))
        for k, (r, p) in enumerate(zip(readings, protected, strict=True))
    )


#: what a letter or a notice calls itself in its title line: "셧다운 작업 안전 관련 통보"
_DOCUMENT_WORDS = frozenset(
    ["통보", "통지", "안내", "공지", "알림", "요청", "청구서", "통지서", "통보서", "안내문", "공문"]
)


def _title(reading: Reading) -> bool:
    """A verbless title line that names the document (its body says what it lays on anyone)."""
    return reading.note and not reading.actor and reading.act in _DOCUMENT_WORDS


#: "… 수급사업자에게 추가 과업을 수행하게 하지 아니한다": the principal does not make it do X
_MADE_TO = re.compile(r"수급사업자에게[^.]{0,60}?(?:하게|시키|요구|요청|강요|전가|떠넘기)")


def _no_imposition(reading: Reading) -> bool:
    return (
        reading.modality is Modality.NEGATION
        and reading.actor in ("", PRINCIPAL)
        and _MADE_TO.search(reading.scope) is not None
    )


#: 제14조④: what the owner pays the subcontractor directly discharges the principal's debt
_DISCHARGED = re.compile(
    r"직접\s*지급[^.]{0,40}(?:범위|한도)(?:에서|내에서|안에서)[^.]{0,50}(?:채무|의무)(?:는|가)?\s*소멸"
)


def _debt_discharged(reading: Reading) -> bool:
    return reading.actor != SUBCONTRACTOR and _DISCHARGED.search(reading.scope) is not None


#: "… 사실은 협력사 선정·물량 배정에 어떠한 영향도 주지 아니한다": a promise of no consequence
_NO_EFFECT = lexicon_pattern("NOEFFECT")
#: the subcontractor's own fault, in the one list the patterns and the reading share
_OWN_FAULT = lexicon_pattern("OWNFAULT")
_TREATMENT = re.compile(r"선정|배정|평가|등록|입찰|거래\s*(?:관계|중단|조건)|물량|불이익")


def _no_effect(reading: Reading) -> bool:
    return (
        reading.modality is Modality.NEGATION
        and reading.actor != SUBCONTRACTOR
        and _NO_EFFECT.search(reading.scope) is not None
        and _TREATMENT.search(reading.scope) is not None
    )


def quotes_the_law(text: str) -> bool:
    """True when ``text`` is a note that restates the statute or its scope."""
    readings, _ = read_clause(text)
    return bool(readings) and all(_quotes_the_law(r) for r in readings)


#: "… 갑 부담 / 을 귀책분만 을 부담": a note's alternatives are separate terms
_NOTE_SPLIT = re.compile(r"\s+[/|｜]\s+")
#: a clause quoted in a decision or a letter: "피심인은 계약서에 "…"라는 조항을 두고"
_QUOTED = re.compile(r"[\"“'‘]([^\"“”'‘’]{20,})[\"”'’]")
#: a reply to a proposed wording: what the reply says, not the quote, is what binds
_REPLY = re.compile(
    r"\[\s*(?:회신|답변)\s*\]|(?:회신|답변)\s*(?:[:：]|드립니다|합니다)|삭제합니다|반영하지\s*않"
    r"|수용(?:하지\s*않|\s*불가)|받아들이지"
)
_QUOTE_FRAME = re.compile(r"(?:계약서|약관|특약|조항|문구|계약\s*조건)")


def quoted_clause(text: str) -> str:
    """Return the clause a decision or a message quotes, or ``text`` when it quotes none."""
    if not _QUOTE_FRAME.search(hangul_reading(text)):  # 契約書에 "…"라는 條項
        return text
    quotes = _QUOTED.findall(text)
    if quotes and _REPLY.search(_QUOTED.sub(" ", text)):
        return text  # "'…' 문구 추가 요청 → [회신] 해당 문구는 삭제합니다": the reply is the term
    return " ".join(quotes) if quotes else text


#: a proviso that ends a list: not one of its items
_EXCEPTION = re.compile(r"^\W*(?:다만|단)[,\s]")
_QUALIFIERS = frozenset(["불문", "막론", "관계없", "상관없", "무관"])


@lru_cache(maxsize=4096)
def read_clause(text: str) -> tuple[tuple[Reading, ...], tuple[bool, ...]]:
    """Return the readings of the clause's sentences and, per sentence, whether it is protective.

    An item after a protective lead-in inherits it (the lead-in and its items come joined by
    the received-contract reader, or written in one 특약). Cached: the review's unit selection
    and the screen read the same paragraph, and a 특약 is re-read on every keystroke.
    """
    parts = [piece for part in sentences(normalized(text)) for piece in _NOTE_SPLIT.split(part)]
    readings = [r for part in parts if part.strip() for r in read_sentence(part)]
    protected: list[bool] = []
    inherited = False
    live_lead_in = False  # 갑은 다음 각 호의 경우 발주를 취소할 수 있다: its items are its terms
    for k, reading in enumerate(readings):
        follows = readings[k + 1] if k + 1 < len(readings) else None
        if _EXCEPTION.match(reading.text):
            # "다만, … 감액하여 지급할 수 있다" after a list: the proviso is read on its own
            inherited = live_lead_in = False
        if _chained_promise(reading, follows):
            protected.append(True)
            continue
        if _LIST_LEAD_IN.search(reading.text) and not reading.note:
            inherited = _lead_in_protects(reading)
            live_lead_in = not inherited and not _protective(reading)
            protected.append(inherited or _protective(reading))
            continue
        if live_lead_in and _listed_act(reading):
            protected.append(False)  # "1. 갑의 판매 계획이 변경된 경우": a ground of the term
            continue
        protected.append(inherited or _protective(reading))
    # "명목 여하를 불문하고 … 요구하지 아니한다": a "whatever" qualifier chained into a
    # restraint is part of the restraint
    for k in range(len(readings) - 2, -1, -1):
        if readings[k].chained and readings[k].act in _QUALIFIERS and protected[k + 1]:
            protected[k] = True
        # "수급사업자 작업자는 작업을 중지하고 대피할 수 있다": one right, in two verbs
        right = readings[k + 1].modality is Modality.PERMISSION and protected[k + 1]
        same = readings[k].actor == readings[k + 1].actor == SUBCONTRACTOR
        if readings[k].chained and same and right and readings[k].modality is Modality.STATEMENT:
            protected[k] = True
    # "원가 자료 요구 금지 안내. 당사는 … 요구하지 아니하며": a heading that names the act the
    # principal then promises not to do is that promise's title
    restrained = {r.negated for r in readings[1:] if r.restrains_principal} - {""}
    if restrained and not readings[0].actor and readings[0].negated in restrained:
        protected[0] = True
    return tuple(readings), tuple(protected)


def screen(
    text: str,
    field: str = "",
    legal: LegalNumbers | None = None,
    *,
    protected_context: bool = False,
) -> list[Finding]:
    """Return the findings for one clause: wording patterns and meaning rules, read in context.

    Args:
        text: the clause (a 특약, or a paragraph of a received contract with its lead-in).
        field: the draft field path or paragraph reference the findings point at.
        legal: the legal numbers to apply (default: the ones shipped with the app).
        protected_context: the structure around the clause already says it is protective text
            (an item of a prohibited-act list whose lead-in is another paragraph).
    """
    if not text.strip():
        return []
    text = quoted_clause(text)
    readings, protected = read_clause(text)
    if protected_context:
        protected = (True,) * len(readings)
    if readings and all(protected):
        return []
    whole = screen_clause(text, field, legal)
    if not whole:
        return meaning.judge(readings, protected, field)
    by_sentence = [
        {f.rule for f in screen_clause(r.text, field, legal)} if not shielded else set()
        for r, shielded in zip(readings, protected, strict=True)
    ]
    carried = set().union(*by_sentence) if by_sentence else set()
    shielded_rules = {
        f.rule
        for r, shielded in zip(readings, protected, strict=True)
        if shielded
        for f in screen_clause(r.text, field, legal)
    }
    # a pattern that needs several sentences must still match without the protective ones
    unshielded = " ".join(
        r.text for r, shielded in zip(readings, protected, strict=True) if not shielded
    )
    if not any(protected):
        across = {f.rule for f in whole}  # nothing shielded: the whole clause is the answer
    elif unshielded:
        across = {f.rule for f in screen_clause(unshielded, field, legal)}
    else:
        across = set()
    kept = [
        f
        for f in whole
        if f.rule in carried
        or (f.rule not in shielded_rules and f.rule in across and len(readings) > 1)
    ]
    kept = [f for f in kept if not _principal_duty_noise(f, readings, protected)]
    kept = [f for f in kept if not _principal_bears_it(f, readings, protected)]
    kept = [f for f in kept if not _principal_pays(f, readings, protected)]
    kept = [f for f in kept if not _statutory_duty(f, readings, protected)]
    kept = [f for f in kept if not _mutual_agreement(f, readings, protected)]
    kept = [f for f in kept if not _for_cause(f, readings, protected)]
    kept = [f for f in kept if not _settled_or_lawful(f, readings, protected)]
    seen_categories = {f.category for f in kept if f.severity is not Severity.INFO}
    extra = [
        f for f in meaning.judge(readings, protected, field) if f.category not in seen_categories
    ]
    return kept + extra


_PRINCIPAL_ACTS = (
    Category.PRICE_REDUCTION,
    Category.RETURN_GOODS,
    Category.ORDER_CANCELLATION,
    Category.PRICE_DETERMINATION,
    Category.OFFSET_PAYMENT,
)


def _principal_pays(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """A finding of a harmful act on a clause where the principal only pays or bears.

    "원사업자는 이미 납품된 목적물등의 하도급대금을 지급하고, 수급사업자는 … 반환한다" cannot
    be a reduction, a return or a cancellation, whatever words it shares with one.
    """
    if finding.category not in _PRINCIPAL_ACTS:
        return False
    live = [r for r, p in zip(readings, protected, strict=True) if not p]
    principal = [r for r in live if r.actor == PRINCIPAL]
    if not principal or any(r.actor not in (PRINCIPAL, SUBCONTRACTOR) for r in live):
        return False
    if any(re.search(r"차감|공제|감액|삭감|인하|제외|상계|할인|빼", r.scope) for r in principal):
        return False
    return all(
        r.act in ("지급", "부담", "보상", "정산", "지불", "반환")
        and r.modality in (Modality.STATEMENT, Modality.OBLIGATION)
        for r in principal
    ) and all(r.modality is not Modality.PERMISSION for r in live)


#: Categories a mutual clause can still breach (a deadline both sides agree on is still late).
_DEADLINES = (Category.PAYMENT_TERMS, Category.ADVANCE_PAYMENT, Category.INSPECTION)


def _mutual_agreement(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """A finding of a one-sided act on a clause where both parties agree or decide together.

    "양 당사자는 협의하여 단가합의서에 정한다" cannot be the principal demanding cost data;
    "양 당사자는 … 연동하지 아니하기로 합의할 수 있다. 이 경우 … 사유를 적는다" is the lawful
    미연동 agreement. Deadlines are still checked: a late date both sides sign is still late.
    """
    if finding.category in _DEADLINES:
        return False
    live = [r for r, p in zip(readings, protected, strict=True) if not p]
    if not live or live[0].actor != "both":
        return False
    if (
        finding.category is Category.PRICE_ADJUSTMENT
        and live[0].modality is not Modality.PERMISSION
    ):
        return False  # a 미연동 agreement without its reasons is unlawful even when both sign
    return all(
        r.actor in ("both", "")
        and r.modality is not Modality.BARRED
        and not r.negated.startswith("청구")
        for r in live
    )


def _settled_or_lawful(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """Findings whose own premise the clause contradicts.

    - a cancellation the principal settles in full (대가와 비용을 정산하여 지급한다);
    - "retaliation" where the subcontractor exercised no right (공정거래위원회가 고시한 할인율);
    - payment "when paid" where the clause only keeps the owner's bill term (그 지급기간을 넘지
      않는다, 제13조④).
    """
    live = " ".join(
        r.sentence or r.scope for r, p in zip(readings, protected, strict=True) if not p
    )
    if finding.category is Category.ORDER_CANCELLATION:
        return bool(
            re.search(
                r"(?:정산하여\s*지급|대가(?:와|를|및)[^.]{0,40}지급|손해를\s*배상)(?!하지|\s*하지)",
                live,
            )
        )
    if finding.category is Category.RETALIATION:
        return not re.search(r"신고|신청|제출|협조|조사|진정|제보|요청", live)
    if finding.category is Category.OFFSET_PAYMENT:
        return bool(
            re.search(
                r"목적물의?\s*(?:하도급\s*)?대금\s*지급(?:일|기일)에\s*(?:공제|정산|상계)", live
            )
        )
    if finding.category is Category.PRICE_REDUCTION and re.search(
        r"할인\s*없|할인하지|(?:지급일|지급기일)에\s*(?:기성금에서\s*)?공제하여\s*정산|실제\s*(?:임차료|구매\s*가격|원가)",
        live,
    ):
        return True  # 조기 지급(할인 없음), 실제 임차료로 지급일에 공제
    if finding.rule == "price_adjustment.indexation_required":
        share = re.search(r"비중이?\s*(\d+(?:\.\d+)?)\s*%", live)
        floor = float(legal_numbers().value("indexation_main_share_pct"))
        return share is not None and float(share.group(1)) < floor  # 10% 미만: 연동 대상이 아니다
    if finding.rule == "payment_terms.no_payment_in_kind":
        in_kind = (
            r"대물|현물|대신\s*지급|갈음|(?:물품|제품|재고|상품|분양권|오피스텔|아파트|부동산|주식|회원권)"
            r"[가-힣]{0,3}(?:으로|로)\s.{0,15}?(?:대신|갈음|지급|정산|변제)"
            r"|(?:분양\s*계약|오피스텔|아파트|분양권|상가|부동산)[^.]{0,30}(?:으로|로)\s*(?:대신|갈음)"
        )
        return not re.search(in_kind, live)
    if finding.rule == "payment_terms.no_pay_when_paid":
        return bool(re.search(r"(?:지급\s*기간|만기)[^.]{0,15}넘지\s*(?:않|아니)", live))
    return False


def _for_cause(finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]) -> bool:
    """Termination for the subcontractor's breach, after a demand to perform (최고), is lawful."""
    if finding.category is not Category.ORDER_CANCELLATION:
        return False
    live = " ".join(
        r.sentence or r.scope for r, p in zip(readings, protected, strict=True) if not p
    )
    breach = re.search(
        r"수급사업자(?:가|의|이)?\s*[^.]{0,40}?(?:위반|불이행|이행하지\s*(?:아니|않)|귀책|부도|파산|지급\s*정지)",
        live,
    )
    return bool(breach and re.search(r"최고", live))


def _statutory_duty(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """A confidentiality finding on a duty the law itself lays down (개인정보 보호법 …)."""
    live_text = " ".join(r.scope for r, p in zip(readings, protected, strict=True) if not p)
    if finding.rule in ("payment_terms.bill_discount_fee", "payment_terms.alt_means_fee"):
        # the clause has the principal pay the discount fee: the opposite of shifting it
        return bool(
            re.search(r"(?:할인료|수수료)를?\s*[^.]{0,40}?수급사업자에게\s*지급", live_text)
        )
    if "confidentiality" not in finding.rule:
        return False
    live = " ".join(r.scope for r, p in zip(readings, protected, strict=True) if not p)
    return bool(re.search(r"개인정보|(?:관계\s*)?법령에\s*따라|법에\s*따라|법률에\s*따라", live))


def _principal_bears_it(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """A cost-shifting finding on a clause whose every term puts the cost on the principal.

    "원사업자는 수급사업자의 귀책사유 없이 발생한 민원 처리 비용을 부담한다" names the cost the
    patterns look for, but the principal bears it.
    """
    if finding.category is not Category.UNFAIR_SPECIAL_TERMS:
        return False
    live = [r for r, p in zip(readings, protected, strict=True) if not p]
    scope = " ".join(r.scope for r in live)
    split_by_fault = _OWN_FAULT.search(scope) and re.search(
        r"원사업자(?:가|의)?\s*(?:처리\W?)?(?:부담|비용|책임)|원사업자\s*처리", scope
    )
    if split_by_fault:
        return True  # ※ 재시공: 을 귀책 시 을 부담, 설계 변경 원인 시 갑 부담
    handled = [
        r for r in live if r.note and re.search(r"원사업자\)?\s*(?:부담|처리|책임)?\s*$", r.text)
    ]
    if handled and not any(
        r.bearer == SUBCONTRACTOR or re.search(r"수급사업자\s*(?:부담|책임|처리)", r.scope)
        for r in live
    ):
        return True  # - 산업재해: 산재보험 가입·처리는 원도급사(갑) / 을은 즉시 보고
    principal = [r for r in live if r.actor == PRINCIPAL]
    if (
        principal
        and all(
            r.act in ("지급", "부담", "계상", "정산", "보상")
            and r.modality is not Modality.PERMISSION
            for r in principal
        )
        and not re.search(r"차감|공제|감액|삭감|제외|상계|수급사업자(?:가|의)\s*부담", scope)
    ):
        return True  # 원사업자는 안전관리비를 계상하고 … 하도급대금과 별도로 지급한다
    return bool(live) and all(
        r.bearer == PRINCIPAL
        and r.modality in (Modality.STATEMENT, Modality.OBLIGATION)
        and not r.chained
        for r in live
    )


def _principal_duty_noise(
    finding: Finding, readings: Sequence[Reading], protected: Sequence[bool]
) -> bool:
    """A finding with no figure on a clause that only states the principal's own duties.

    "원사업자는 … 15일 이내에 지급하여야 한다" is a duty the law imposes; a wording pattern that
    fires on it without a figure crossing a limit (the figure would be in the message) is noise.
    """
    live = [r for r, p in zip(readings, protected, strict=True) if not p]
    if not live or any(r.actor != PRINCIPAL or r.modality is not Modality.OBLIGATION for r in live):
        return False
    return not re.search(r"\d", finding.message.ko)
