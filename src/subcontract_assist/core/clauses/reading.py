"""Who must do what: the actor, the modality and the cost-bearer of one clause sentence.

A clause is unfair because of what it makes a party do or bear, not because of the words in it:
"원사업자는 … 반품하여서는 아니 된다" forbids the very act that "원사업자는 … 반품할 수 있다"
allows. This module reads a normalised sentence (parties already canonical: 원사업자, 수급사업자,
발주자 — see :mod:`normalize`) with the Korean morphological analyser kiwipiepy and returns a
:class:`Reading`:

- **actor**: the party that is the sentence's subject or topic (``원사업자는``, ``수급사업자가``;
  both in ``원사업자와 수급사업자는``), or none;
- **modality**: from the sentence-final endings, as the analyser tags them —
  하여야 한다 (obligation), 할 수 있다 (permission), 하여서는 아니 된다 (prohibition),
  하지 아니한다 (negation), 할 수 없다 (barred), 무효로 한다 (nullity), …라 함은 …을 말한다
  (definition), a plain statement (…한다), or a note with no verb at all (``추가비용 청구 불가``,
  ``민원 처리는 수급사업자 책임``: the 현장설명서/특수조건 style);
- **bearer**: the party that bears a cost or a liability the sentence assigns
  (``수급사업자의 부담으로``, ``수급사업자가 부담한다``, ``… 수급사업자 책임``);
- **negated act**: the verb the negation applies to (``반품``, ``지급``), so that a promise not to
  harm (원사업자는 … 반품하지 아니한다) is told apart from a refusal to pay
  (원사업자는 … 지급하지 아니한다).

The analyser is loaded once per process (about 1–2 s, 100 MB), lazily, behind a lock; readings are
cached by sentence, so re-reading a 특약 on every keystroke costs a dictionary lookup.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

PRINCIPAL = "원사업자"
SUBCONTRACTOR = "수급사업자"
OWNER = "발주자"
_PARTIES = (PRINCIPAL, SUBCONTRACTOR, OWNER)


class Modality(StrEnum):
    """What the sentence does with its act."""

    OBLIGATION = "obligation"  # …하여야 한다 / 해야 한다
    PERMISSION = "permission"  # …할 수 있다
    PROHIBITION = "prohibition"  # …하여서는 아니 된다 / 안 된다 / 금지한다
    NEGATION = "negation"  # …하지 아니한다 / 않는다
    BARRED = "barred"  # …할 수 없다 / 불가 / 못한다
    NULLITY = "nullity"  # …무효로 한다 / 효력이 없다
    DEFINITION = "definition"  # …(이)란 …을 말한다
    STATEMENT = "statement"  # …한다 (a duty or a fact, stated plainly)
    NOTE = "note"  # a noun phrase with no verb (…책임, …포함, …처리)


@dataclass(frozen=True, slots=True)
class Reading:
    """Who must do what in one sentence.

    Attributes:
        text: the sentence as read (normalised).
        actor: ``원사업자`` / ``수급사업자`` / ``발주자`` / ``both`` / ``""``.
        modality: see :class:`Modality`.
        bearer: the party that bears a cost or a liability here, ``""`` when none is assigned.
        negated: the act a negation, prohibition or bar applies to (``반품``, ``지급``), or ``""``.
        note: the sentence is a note (``※``, ``주)``, ``비고``) rather than a term.
        chained: the clause ends in …고 and leads into the next one's act (``받지 않고 미룰 수
            있다``): its negation is part of that act, not a promise of its own.
    """

    text: str
    actor: str
    modality: Modality
    bearer: str = ""
    negated: str = ""
    note: bool = False
    chained: bool = False
    context: str = ""
    act: str = ""
    sentence: str = ""

    @property
    def scope(self) -> str:
        """Return the clause with the clauses chained into it (…불문하고 …보수한다)."""
        return self.context or self.text

    @property
    def restrains_principal(self) -> bool:
        """True when the principal promises not to do the act (or is forbidden to)."""
        if self.actor not in (PRINCIPAL, "both", "") or self.chained:
            return False
        if self.modality in (Modality.PROHIBITION, Modality.NULLITY):
            return True
        if self.modality in (Modality.NEGATION, Modality.BARRED) and self.actor == PRINCIPAL:
            return self.negated not in HELPFUL_ACTS
        if self.modality is Modality.BARRED and not self.actor and self.negated in PRINCIPAL_HARMS:
            return True  # 카. 하도급대금에서 공제 없음 · 유보 없음
        if self.modality is Modality.NEGATION and not self.actor and self.note:
            return self.negated in PRINCIPAL_HARMS  # - 공제하지 않음 · 반품하지 않음
        if self.modality is Modality.NEGATION and not self.actor:
            # 판매 부진은 반품 사유가 되지 아니한다: the clause denies the principal a ground;
            # 그 시간의 대금도 감액하지 아니한다: only the principal can cut, return or hold back
            if self.negated in PRINCIPAL_HARMS:
                return True
            return self.negated not in HELPFUL_ACTS and bool(
                re.search(r"사유|이유|근거|대상", self.text)
            )
        return False


#: Acts that help the subcontractor: a principal that does *not* do them is the unfair case
#: (원사업자는 추가 비용을 부담하지 아니한다 · 지급하지 아니한다 · 인정하지 아니한다).
HELPFUL_ACTS = frozenset(
    [
        "지급",
        "부담",
        "보상",
        "배상",
        "정산",
        "인정",
        "반영",
        "조정",
        "증액",
        "인상",
        "올리",
        "변경",
        "지불",
        "책임",
        "보전",
        "협의",
        "응하",
        "승인",
        "환급",
        "반환",
        "제출",
        "교부",
        "발급",
        "연장",
        "통지",
        "수령",
        "인수",
        "검사",
        "받",
        "납품",
    ]
)

#: Acts only the principal can do to the subcontractor's harm: a sentence with no actor that
#: denies one of them (대금도 감액하지 아니한다 · 반품하지 아니한다) restrains the principal.
PRINCIPAL_HARMS = frozenset(
    [
        "감액",
        "삭감",
        "차감",
        "공제",
        "반품",
        "미루",
        "유보",
        "보류",
        "상계",
        "늦추",
        "지연",
        "배제",
        "부과",
    ]
)

_USER_WORDS = (PRINCIPAL, SUBCONTRACTOR, OWNER, "하도급대금", "돌관", "지체상금", "하자보수")
_NOTE_MARK = re.compile(r"^\s*(※|\*|주\s*\)|비\s*고\s*[:：)]|참\s*고\s*[:：)]|-\s)")
_BEAR_NOUNS = frozenset(["부담", "책임", "비용", "변상", "배상", "자비", "처리", "부담금"])
_BEAR_VERBS = frozenset(("분담",)) | frozenset(
    ["부담", "책임지", "변상", "배상", "처리", "보상", "물", "떠안", "감수"]
)
_LOCK = threading.Lock()
_FINAL_EC = frozenset(("ᆫ다", "다", "는다", "ᆸ니다", "습니다", "ᆷ", "음"))


@lru_cache(maxsize=1)
def _kiwi() -> Any:
    from kiwipiepy import Kiwi  # type: ignore[import-untyped]

    kiwi = Kiwi(load_typo_dict=False, load_multi_dict=False)  # 0.9 s and ~40 MB less; same reading
    for word in _USER_WORDS:
        kiwi.add_user_word(word, "NNP")
    return kiwi


def warm_up() -> None:
    """Load the analyser now (the app calls this off the GUI thread at start)."""
    with _LOCK:
        _kiwi()


@dataclass(frozen=True, slots=True)
class _Token:
    form: str
    tag: str
    start: int = 0
    end: int = 0


def _tokens(sentence: str) -> list[_Token]:
    with _LOCK:
        raw = _kiwi().tokenize(sentence)
    # irregular verbs come tagged VV-I / VA-R (묻지, 돕는): they are verbs all the same
    return [_Token(t.form, t.tag.split("-")[0], t.start, t.start + t.len) for t in raw]


#: Connective endings that close one predicate and start another (…할 수 있으며, 수급사업자는 …).
_COORDINATE = frozenset(("며", "으며", "고", "나", "으나", "지만", "되"))
#: Where a condition ends and the main clause begins (…하면, …하는 경우에는, …한 때에는).
_CONDITION_EC = frozenset(("면", "으면", "거든", "더라도", "어도", "아도"))
_CONDITION_NOUN = frozenset(("경우", "때"))


def _segments(tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` token ranges, one per predicate clause of the sentence."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(tokens):
        if tok.tag == "EC" and tok.form in _COORDINATE and i + 1 < len(tokens):
            before = tokens[i - 1] if i else tok
            if before.tag in ("VV", "VA", "VX", "XSV", "XSA", "EP", "VCP", "VCN"):
                bounds.append((start, i + 1))
                start = i + 1
    bounds.append((start, len(tokens)))
    return [(s, e) for s, e in bounds if e > s]


def _main_start(tokens: Sequence[_Token]) -> int:
    """Return where the main clause starts, after the last condition (…하면, …경우에는)."""
    cut = 0
    for i, tok in enumerate(tokens):
        if (tok.tag == "EC" and tok.form in _CONDITION_EC) or (
            tok.tag == "NNG" and tok.form in _CONDITION_NOUN
        ):
            cut = i + 1
    # a condition is only set apart when a party is the subject or topic after it
    for i in range(cut, len(tokens) - 1):
        if tokens[i].form in _PARTIES and tokens[i + 1].tag in ("JX", "JKS"):
            return cut
    return 0


def _in_relative_clause(tokens: Sequence[_Token], i: int) -> bool:
    """True when the party at ``i`` is the subject of a modifier (…가 예치하여야 하는 보증금)."""
    for tok in tokens[i + 2 :]:
        if tok.tag == "ETM":
            return True
        if tok.tag in ("JX", "JKS", "EF", "SF") or tok.form in _PARTIES:
            return False
    return False


def _reason_end(tokens: Sequence[_Token]) -> int:
    """Return where a reason clause ends ("수급사업자가 신고를 하였다는 이유로"), else 0."""
    for i in range(len(tokens) - 1, 0, -1):
        if (
            tokens[i].form == "이유"
            and i + 1 < len(tokens)
            and tokens[i + 1].form in ("로", "으로")
        ):
            return i + 2
    return 0


def _actor(tokens: Sequence[_Token]) -> str:
    """Return the party the main predicate is about.

    The topic (``원사업자는``) wins; else the last subject (``수급사업자가``) that is not the
    subject of a modifier or of a reason ("…가 신고하였다는 이유로"); parties joined by 와/과/및
    before the particle act together.
    """
    first = _main_start(tokens)
    reason = _reason_end(tokens)
    topics: list[str] = []
    subjects: list[str] = []
    joined: list[str] = []
    for i, tok in enumerate(tokens[:-1]):
        if i < first:
            continue
        if tok.form in ("당사자", "쌍방") and tokens[i + 1].tag in ("JX", "JKS"):
            topics.append("both")  # 양 당사자는 / 각 당사자는 / 쌍방은
            continue
        nxt = tokens[i + 1]
        if tok.form not in _PARTIES:
            owner = _owner_of(tokens, i)
            if owner and nxt.tag in ("JX", "JKS") and nxt.form in ("는", "은", "이", "가", "도"):
                # "원사업자와 조합은" acts with the principal; "수급사업자 작업자는" for it
                (topics if nxt.form in ("는", "은", "도") else subjects).append(owner)
                joined = []
            continue
        if (
            nxt.tag == "JC"
            or nxt.form in ("와", "과", "및")
            or (tok.tag == "NNP" and nxt.tag == "SP")
        ):
            joined.append(tok.form)
            continue
        if nxt.tag in ("JX", "JKS") and nxt.form in ("는", "은", "이", "가", "도"):
            # "원사업자와 수급사업자는" act together; "원사업자와의 거래 … 수급사업자는" do not
            adjacent = i >= 2 and tokens[i - 2].form in joined
            group = {*joined, tok.form} if adjacent else {tok.form}
            joined = []
            name = "both" if {PRINCIPAL, SUBCONTRACTOR} <= group else tok.form
            if nxt.form in ("는", "은", "도"):
                topics.append(name)
            elif not _in_relative_clause(tokens, i) and i >= reason:
                subjects.append(name)
        else:
            joined = []
    if topics:
        return topics[0]
    return subjects[-1] if subjects else ""


#: the people a party acts through: "수급사업자(의) 작업자는 …" is the subcontractor acting
_STAFF = frozenset(
    ["작업자", "근로자", "직원", "인력", "현장대리인", "대리인", "기술자", "작업원", "임직원"]
)


def _owner_of(tokens: Sequence[_Token], i: int) -> str:
    """Return the party a non-party noun at ``i`` stands with, or ``""``.

    "원사업자와 조합은": a third body joined to one party acts with it; "수급사업자(의)
    작업자는": the party's staff.
    """
    before = [t.form for t in tokens[max(0, i - 2) : i]]
    if not tokens[i].tag.startswith("NN") or len(before) < 2:
        return ""
    party, link = before[-2], before[-1]
    if party in (PRINCIPAL, SUBCONTRACTOR) and link in ("와", "과", "및"):
        return party
    if tokens[i].form in _STAFF:
        if before[-1] in (PRINCIPAL, SUBCONTRACTOR):
            return before[-1]
        if link == "의" and party in (PRINCIPAL, SUBCONTRACTOR):
            return party
    return ""


def _last_predicate(tokens: Sequence[_Token]) -> int:
    """Return the index of the clause-final ending, or -1 for a verbless note."""
    for i in range(len(tokens) - 1, -1, -1):
        tag, form = tokens[i].tag, tokens[i].form
        if (
            tag == "EF"
            or (tag == "EC" and (form in _FINAL_EC or form in _COORDINATE))
            or (
                (tag == "ETN" and i == len(tokens) - 1)
                or (tag == "ETN" and tokens[i + 1].tag == "SF")
            )
        ):
            return i  # without a full stop the analyser may tag 된다/한다 as a connective
        if tag not in ("SF", "SP", "SS", "SW", "SE", "SO", "SL", "SN", "SH", "SSC", "SSO"):
            break
    return -1


def _stem_before(tokens: Sequence[_Token], end: int) -> str:
    """Return the act (the noun or verb stem) that governs the predicate ending at ``end``."""
    for i in range(end, -1, -1):
        tok = tokens[i]
        if tok.tag in ("NNG", "NNP") and (i + 1 <= end and tokens[i + 1].tag.startswith("XSV")):
            causative = tokens[i + 1].form in ("시키", "하게")
            return tok.form + "시키" if causative else tok.form  # 부담시키지: making them bear
        light = tok.tag == "VV" and tok.form in ("지", "주", "삼") and i >= 2
        if light and tokens[i - 1].tag == "JKO" and tokens[i - 2].tag in ("NNG", "NNP"):
            return tokens[i - 2].form  # 책임을 지지 아니한다: the act is 책임
        if tok.tag in ("VV", "VA") and tok.form not in ("되", "하", "있", "없", "않", "아니하"):
            return tok.form
        if tok.tag == "NNG" and tok.form not in ("수", "것"):
            return tok.form
    return ""


#: Markers of each modality, matched against the end of the predicate ("form/tag …" joined).
_MODAL_ENDINGS: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    (
        Modality.PROHIBITION,
        re.compile(r"(아니|안)/MAG 되/VV \S+$|금지/NNG 하/XSV (\S+ )?\S+$|금지/NNG 이/VCP \S+$"),
    ),
    (
        Modality.NULLITY,
        re.compile(
            r"무효/NNG (\S+ ){0,4}\S+$|효력/NNG (\S+ )?(이|은|을)/\S+ (없|잃|상실)/\S+ \S+$"
        ),
    ),
    (Modality.BARRED, re.compile(r"ᆯ/ETM 수/NNB 없/VA \S+$|못하/VX \S+$|못/MAG (\S+ ){1,3}\S+$")),
    (Modality.PERMISSION, re.compile(r"ᆯ/ETM 수/NNB 있/VA \S+$")),
    (Modality.BARRED, re.compile(r"없/VA (ᆷ|음)/E(TN|F|C)$|불가/NNG (이/VCP )?(ᆷ|음)/E(TN|F|C)$")),
    (
        Modality.NEGATION,  # …하지 아니한다; …을 교부한 바 없다 (has not done it)
        re.compile(r"지/EC (아니하|않)/VX \S+$|아니/VCN \S+$|ᆫ/ETM 바/NNB (\S+/J\S+ )?없/VA \S+$"),
    ),
    (
        Modality.OBLIGATION,
        re.compile(r"어야/EC (하|되)/V\S* \S+$|도록/EC 하/VX \S+$|어야/EC 하/VX \S+$"),
    ),
)


def _modality(tokens: Sequence[_Token]) -> tuple[Modality, int]:
    """Return the modality of the clause-final predicate and the index of its ending."""
    forms = [t.form for t in tokens]
    tags = [t.tag for t in tokens]
    end = _last_predicate(tokens)
    if end < 0:
        return Modality.NOTE, len(tokens) - 1
    joined = " ".join(f"{forms[i]}/{tags[i]}" for i in range(max(0, end - 7), end + 1))
    head = " ".join(f"{f}/{t}" for f, t in zip(forms[:end], tags[:end], strict=True))
    defines = re.search(r"(말|뜻|의미)/NNG 하/XSV|(말하|뜻하|의미하|이르|가리키)/VV", joined)
    if defines and re.search(r"(이란|란)/ETM|라/EC 하/VV ᆷ/ETN|란/\w+", head):
        return Modality.DEFINITION, end
    for modality, marker in _MODAL_ENDINGS:
        if marker.search(joined):
            return modality, end
    return Modality.STATEMENT, end


def _note_modality(tokens: Sequence[_Token]) -> Modality:
    """A verbless note: 불가/금지/없음 bar the act; 책임/부담/처리/포함 assign it."""
    tail = [t.form for t in tokens if t.tag not in ("SF", "SP", "SS", "SW", "SE", "SO")][-3:]
    if any(
        f in ("불가", "불허", "금지", "불인정", "미반영", "미지급", "미적용", "불포함")
        for f in tail
    ):
        return Modality.BARRED
    if (tail and tail[-1] in ("없음", "없")) or "없음" in "".join(tail):
        return Modality.BARRED
    joined = "".join(t.form for t in tokens)
    if "가능" in tail and not re.search(r"만[가-힣]{0,8}가능|한하여|한해", joined):
        return Modality.PERMISSION  # - 하도급사 서면 조정 신청 가능 (not "지정 업체분만 사용 가능")
    return Modality.NOTE


def _negated_act(tokens: Sequence[_Token], modality: Modality) -> str:
    if modality not in (Modality.NEGATION, Modality.BARRED, Modality.PROHIBITION):
        return ""
    forms = [t.form for t in tokens]
    # find the marker of the negation and read the act just before it
    for i in range(len(tokens) - 1, -1, -1):
        if forms[i] in ("아니하", "않", "없", "아니", "안", "못하", "못", "불가", "금지"):
            return _stem_before(tokens, i - 1)
    return ""


def _bearer(tokens: Sequence[_Token], actor: str) -> str:
    """Return who bears a cost or liability (``X의 부담/책임``, ``X 부담``, ``X가 부담한다``)."""
    for i, tok in enumerate(tokens):
        if tok.form not in _PARTIES:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].form == "의" and tokens[j].tag == "JKG":
            j += 1
        if j < len(tokens) and tokens[j].form in _BEAR_NOUNS:
            after = tokens[j + 1].form if j + 1 < len(tokens) else ""
            if after in ("있", "없", "사유", "소재", "여부"):  # 책임 있는 사유: fault, not a burden
                continue
            if tokens[j].form == "비용" and after not in ("으로", "로", "부담", "처리"):
                continue  # 수급사업자의 비용이 늘어나는: whose cost, not who pays
            return tok.form
    for i, tok in enumerate(tokens):
        if tok.form in _BEAR_VERBS and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("XSV"):
            return actor if actor in _PARTIES else ""
        if tok.tag == "VV" and tok.form in _BEAR_VERBS:
            return actor if actor in _PARTIES else ""
    return ""


#: Acts of giving: "… 비용을 수급사업자에게 지급한다" with no subject is the other party's act
_GIVING = frozenset(
    ["지급", "보상", "배상", "반환", "교부", "발급", "통지", "알리", "지원", "제공"]
)
#: "원사업자가 … 끊는 일은 없다": a denial of the act in the relative clause
_NO_SUCH_ACT = re.compile(
    r"(?:는|ᆫ)/ETM 일/NN[GB] (?:은|는|이|도)/J\w+ (?:결코/MAG )?없/VA \S+(?: \S+/SF)?$"
)
#: acts done to someone: the party named with 에/에게 is their target, not their doer
_ASKING = frozenset(["요구", "요청", "지시", "청구", "강요", "전가", "부과", "주", "제공", "지급"])


def _giver(tokens: Sequence[_Token], act: str) -> str:
    """Return the party that gives to the other (``수급사업자에게 지급한다``), else ""."""
    if act not in _GIVING:
        return ""
    for i, tok in enumerate(tokens[:-1]):
        if tok.form in (PRINCIPAL, SUBCONTRACTOR) and tokens[i + 1].form in ("에게", "께"):
            return SUBCONTRACTOR if tok.form == PRINCIPAL else PRINCIPAL
    return ""


def _denied_act(tokens: Sequence[_Token]) -> tuple[str, str] | None:
    """ "원사업자가 … 거래를 끊는 일은 없다": return (actor, act) of the act the sentence denies."""
    joined = " ".join(f"{t.form}/{t.tag}" for t in tokens[-8:])
    if not _NO_SUCH_ACT.search(joined):
        return None
    etm = max(i for i, t in enumerate(tokens) if t.tag == "ETM")
    subjects = [
        t.form
        for t, nxt in itertools.pairwise(tokens[: etm + 1])
        if t.form in _PARTIES and nxt.tag == "JKS"
    ]
    actor = subjects[-1] if subjects else ""  # the subject nearest the act
    return actor, _stem_before(tokens, etm - 1)


def _read(text: str, tokens: Sequence[_Token], note: bool, inherited_actor: str) -> Reading:
    actor = _actor(tokens)
    modality, end = _modality(tokens)
    act = _stem_before(tokens, end) if end >= 0 else ""
    if not actor and inherited_actor in (PRINCIPAL, SUBCONTRACTOR) and act in _ASKING:
        # "…정하며, 수급사업자에 … 요구하지 아니하고": the one asked is not the one asking
        targeted = any(
            t.form == inherited_actor and n.form in ("에", "에게", "께")
            for t, n in itertools.pairwise(tokens)
        )
        if targeted:
            inherited_actor = SUBCONTRACTOR if inherited_actor == PRINCIPAL else PRINCIPAL
    actor = actor or _giver(tokens, act) or inherited_actor
    denied = _denied_act(tokens)
    if denied is not None and denied[0]:
        doer, denied_act = denied  # "원사업자가 … 끊는 일은 없다": the doer's act, denied
        return Reading(text, doer, Modality.NEGATION, "", denied_act, note, False, act=denied_act)
    if 0 <= end < len(tokens) and (tokens[end].tag == "ETN" or tokens[end].form in ("음", "ᆷ")):
        note = True  # …포함된 것으로 함, …추가 비용 없음: the note style of 현장설명서
    if modality is Modality.NOTE:
        modality = _note_modality(tokens)
        note = True
    negated = _negated_act(tokens, modality)
    bearer = _bearer(tokens, actor)
    if modality in (Modality.NEGATION, Modality.BARRED) and (
        negated in _BEAR_VERBS or negated in _BEAR_NOUNS
    ):
        bearer = ""  # 수급사업자는 지체상금을 부담하지 아니한다 · …손상은 을 책임이 아니다
    chained = tokens[-1].tag == "EC" and tokens[-1].form == "고"
    return Reading(text, actor, modality, bearer, negated, note, chained, act=act)


@lru_cache(maxsize=8192)
def read_sentence(sentence: str) -> tuple[Reading, ...]:
    """Return who must do what in one normalised sentence, one reading per predicate clause.

    "원사업자는 … 취소할 수 있으며, 수급사업자는 … 청구할 수 없다" reads as two clauses: the
    principal's permission and the subcontractor's bar. A clause that names no party of its own
    continues the previous one's actor (…하고 …한다).
    """
    text = sentence.strip()
    note = bool(_NOTE_MARK.match(text))
    tokens = _tokens(text)
    if not tokens:
        return (Reading(text, "", Modality.STATEMENT, note=note),)
    readings: list[Reading] = []
    actor = ""
    for start, end in _segments(tokens):
        part = tokens[start:end]
        piece = text[part[0].start : part[-1].end].strip(" ,")
        reading = _read(piece or text, part, note, actor)
        if readings and readings[-1].chained:
            reading = dataclasses.replace(reading, context=f"{readings[-1].scope} {reading.text}")
        actor = reading.actor
        readings.append(reading)
    return tuple(dataclasses.replace(r, sentence=text) for r in readings)
