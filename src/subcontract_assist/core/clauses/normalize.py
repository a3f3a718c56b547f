"""Normalise Korean clause text before pattern matching: width, spacing, parties, numbers.

Contracts say the same thing many ways: 갑/을, 회사/협력사, 도급인/수급인; 육십일, 두 달, 3개월,
익익월 말일. Patterns are written once against a canonical form: the parties become
원사업자 / 수급사업자 / 발주자, and periods become ``N일`` in digits, so one pattern with a
numeric condition covers every spelling. The alias table is data (``clause_patterns/lexicon.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from subcontract_assist.core.koreanformat import HANJA, SINO_DIGITS, hangul_reading, sino_value

_HANGUL = "가-힣"

# Circled and parenthesised numbers are paragraph marks (①, ⑴); NFKC would turn ① into "1" and
# glue it to the next figure ("①60일" → "160일"), so they become spaces first.
_PARAGRAPH_MARKS = re.compile("[\u2460-\u24ff\u2776-\u2793\u3200-\u325f\u3280-\u32bf]")
_SPACES = re.compile(r"\s+")
# No figure in a contract has more than 15 digits; longer runs are noise, and capping them keeps
# every ``\d+`` in the patterns linear (a 20,000-digit run would make them quadratic).
_DIGIT_RUN = re.compile(r"(\d{15})\d+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_UNIT_GAP = re.compile(r"(?<=\d)\s+(?=(?:일|%|개월|주|년|배|회|차|분의)(?![가-힣]))")


# A sino-Korean number is only rewritten when it has a scale syllable (십/백/천) or is spaced
# before a unit: a bare 오일 is "oil", 이일 is rare and 일일 means "daily".
_SINO = re.compile(
    r"(?<![가-힣])([일이삼사오육륙칠팔구]?(?:[십백천][일이삼사오육륙칠팔구]?){1,4})\s*"
    r"(일|개월|퍼센트|프로|%|주|년|배|회)"
)
_SINO_SPACED = re.compile(r"(?<![가-힣])([이삼사오육칠팔구])\s+(개월|퍼센트|프로|%|주|배|회)")
_NATIVE_PERIODS: tuple[tuple[str, str], ...] = (
    (r"(?<![가-힣])하루", "1일"),
    (r"(?<![가-힣])이틀", "2일"),
    (r"(?<![가-힣])사흘", "3일"),
    (r"(?<![가-힣])열흘", "10일"),
    (r"(?<![가-힣])보름", "15일"),
    (r"(?<![가-힣])일주일", "7일"),
    (r"(?<![가-힣])(?:한|1)\s*달", "30일"),
    (r"(?<![가-힣])(?:두|2)\s*달\s*반", "75일"),
    (r"(?<![가-힣])(?:한|1)\s*달\s*반", "45일"),
    (r"(?<![가-힣])(?:두|2)\s*달", "60일"),
    (r"(?<![가-힣])(?:세|석|3)\s*달", "90일"),
    (r"(?<![가-힣])(?:네|넉|4)\s*달", "120일"),
    (r"(?<![가-힣])(?:다섯|5)\s*달", "150일"),
    (r"(?<![가-힣])(?:여섯|6)\s*달", "180일"),
    # 익익월 (the month after next) puts payment up to about 90 days after a delivery.
    (r"익익월\s*(?:말일?|말경|\d+일|초)?", "90일 이내"),
    (r"(?:다음다음|다다음)\s*달\s*(?:말일?|\d+일)?", "90일 이내"),
    (r"(?<=\d)\s*(?:퍼센트|프로(?![그젝세필모파]))", "%"),
)
_NATIVE = tuple((re.compile(pattern), repl) for pattern, repl in _NATIVE_PERIODS)
_MONTHS = re.compile(r"(?<!\d)(\d+)\s*개월(\s*반)?")
_WEEKS = re.compile(
    r"(?<!\d)(\d+)\s*주(?:일|간)?(?=\s*(?:이내|내|안|후|이후|뒤|까지|동안|가|를|이|의|[,.)]|\s|$))"
)
_FRACTION = re.compile(r"(?<!\d)(\d+)\s*분의\s*(\d+(?:\.\d+)?)")
# 구십(90)일 / 90(구십)일: keep the figure once
_WORD_THEN_FIGURE = re.compile(r"(?<![가-힣])[일이삼사오육칠팔구십백천]{1,8}\s*\(\s*(\d+)\s*\)")
_FIGURE_THEN_WORD = re.compile(r"(?<!\d)(\d+)\s*\(\s*[일이삼사오육칠팔구십백천]{1,8}\s*\)")
# 1년이 지나, 2년 후: a period in years; "2년으로 한다" (a duration term) is left alone
_YEARS = re.compile(
    r"(?<!\d)(\d+)\s*년(?=\s*(?:이|가)?\s*(?:지나|지난|경과|후|이후|뒤|만료|이내|내))"
)
_TENTHS = re.compile(r"(?<![가-힣\d])(\d)\s*할(?![가-힣])")
_SENTENCE_END = re.compile(
    r"(?<=[가-힣)\]\"'”’])\.(?=\s|$)|[;\n。]|(?<=다)\s*,?\s*(?=다만)|\s+(?=다만\s*,)"
)


def sino_number(word: str) -> int:
    """Return the value of a sino-Korean numeral below 10,000 (``육십`` → 60, ``십오`` → 15)."""
    return sino_value(word)


_PARTICLES = {"이": "가", "은": "는", "을": "를", "과": "와", "으로": "로"}
_PARTICLE_AFTER_ROLE = re.compile(r"((?:원사업|수급사업|발주)자)(으로|은|을|과|이(?![가-힣]))")


@dataclass(frozen=True, slots=True)
class Aliases:
    """The party spellings, rewritten to their canonical role in one pass.

    One pass matters: rewriting 을 to 수급사업자 and then 수급사 to 수급사업자 again would
    give 수급사업자업자, so every spelling (and each canonical word, kept as it is) is one
    alternative of a single regex, longest first.

    Attributes:
        pattern: the combined regex; group ``g<i>`` is spelling number i.
        roles: the canonical role of each group.
    """

    pattern: re.Pattern[str] | None
    roles: dict[str, str]

    def rewrite(self, text: str) -> str:
        """Return ``text`` with every party spelling replaced by its canonical role."""
        if self.pattern is None:
            return text
        text = _declared_roles(text)
        text = _contractor_as_vendor(text)
        text = _third_party(text)
        text = self.pattern.sub(lambda m: self.roles[m.lastgroup or ""], text)
        # 갑이 → 원사업자가: the canonical words end in a vowel, so the particle follows suit.
        return _PARTICLE_AFTER_ROLE.sub(lambda m: m.group(1) + _PARTICLES[m.group(2)], text)


#: "Contractor" is the principal beside a Subcontractor (Owner/Contractor/Subcontractor), but
#: the vendor beside an Agency, Client or Buyer (용역 contracts drafted from English forms).
_CONTRACTOR = re.compile(r"(?<![A-Za-z])Contractor(?![A-Za-z])")
_CONTRACTOR_AS_VENDOR = re.compile(r"(?<![A-Za-z])(?:Agency|Client|Buyer)(?![A-Za-z])")
_SUBCONTRACTOR_WORD = re.compile(r"Sub-?contractor", re.IGNORECASE)


def _contractor_as_vendor(text: str) -> str:
    vendor = _CONTRACTOR.search(text) and _CONTRACTOR_AS_VENDOR.search(text)
    if vendor and not _SUBCONTRACTOR_WORD.search(text):
        return _CONTRACTOR.sub("수급사업자", text)
    return text


def _one_syllable_party(words: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![가-힣{HANJA}0-9A-Za-z])(?:{words})(?=[은는이가의에과와도만로께을으\s\"'”’),.·]|$)"
    )


_GAP_EUL = _one_syllable_party("갑|을")
_BYEONG = _one_syllable_party("병")


def _third_party(text: str) -> str:
    """병 beside 갑 and 을 is the third party of a 하도급: the owner (발주자).

    Alone, 병 is as likely a bottle (병에 담아) as a party, so it is only read as one where the
    text also names 갑 or 을.
    """
    return _BYEONG.sub("발주자", text) if _GAP_EUL.search(text) else text


#: "당사(수급사업자)는 …": a letter or a 확약서 written by the subcontractor says who 당사 is.
_DECLARED = re.compile(r"(?<![가-힣])(당사|귀사|폐사|저희)\s*\(\s*(원사업자|수급사업자)\s*\)")
_PARTNER = {"당사": "귀사", "폐사": "귀사", "저희": "귀사", "귀사": "당사"}
_OTHER_ROLE = {"원사업자": "수급사업자", "수급사업자": "원사업자"}


def _declared_roles(text: str) -> str:
    """Apply an in-text declaration of 당사/귀사 to the whole text, and its partner the other."""
    found = _DECLARED.search(text)
    if found is None:
        return text
    word, role = found.group(1), found.group(2)
    text = _DECLARED.sub(lambda m: m.group(2), text)
    text = re.sub(rf"(?<![가-힣]){word}(?!자)", role, text)
    partner = _PARTNER[word]
    return re.sub(rf"(?<![가-힣]){partner}(?!자)", _OTHER_ROLE[role], text)


def compile_aliases(table: Iterable[tuple[str, Sequence[str]]]) -> Aliases:
    """Compile ``(canonical, spellings)`` pairs; one-syllable spellings need a particle after.

    갑 and 을 are also a common particle (대금을); they are parties only when nothing Hangul comes
    before them and a particle, a quote, a bracket or a space comes after.
    """
    entries: list[tuple[str, str]] = []
    for canonical, spellings in table:
        entries.append((canonical, re.escape(canonical)))
        for spelling in spellings:
            plain = re.sub(r"\(\?[!=<][^)]*\)", "", spelling)
            tail = r"(?=[은는이가의에과와도만로께을으\s\"'”’),.·]|$)" if len(plain) == 1 else ""
            entries.append((canonical, f"(?:{spelling}){tail}"))
    if not entries:
        return Aliases(None, {})
    # Canonical words first, so 수급사업자 is kept whole before 수급사 could match inside it.
    entries.sort(key=lambda e: (e[1] != re.escape(e[0]), -len(e[1])))
    roles = {f"g{i}": canonical for i, (canonical, _) in enumerate(entries)}
    body = "|".join(f"(?P<g{i}>{regex})" for i, (_, regex) in enumerate(entries))
    return Aliases(re.compile(rf"(?<![{_HANGUL}{HANJA}0-9A-Za-z%.)])(?:{body})"), roles)


def _sino_sub(match: re.Match[str]) -> str:
    unit = match.group(2)
    return f"{sino_number(match.group(1))}{'%' if unit in ('퍼센트', '프로') else unit}"


def _native_spaced(match: re.Match[str]) -> str:
    unit = match.group(2)
    return f"{SINO_DIGITS[match.group(1)]}{'%' if unit in ('퍼센트', '프로') else unit}"


def _fraction(match: re.Match[str]) -> str:
    whole, part = float(match.group(1)), float(match.group(2))
    return f"{part / whole * 100:g}%" if whole else match.group(0)


#: "7일 內" (a note's Hanja for 이내)
_WITHIN_HANJA = re.compile(r"(\d+\s*(?:일|日|개월|個月|주|週|년|年|시간|時間))\s*內")
_NUMBER_STEPS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_THOUSANDS, ""),
    (_WORD_THEN_FIGURE, r"\1"),
    (_FIGURE_THEN_WORD, r"\1"),
    (_SINO, _sino_sub),
    (_SINO_SPACED, _native_spaced),
    *_NATIVE,
    (_MONTHS, lambda m: f"{int(m.group(1)) * 30 + (15 if m.group(2) else 0)}일"),
    (_WEEKS, lambda m: f"{int(m.group(1)) * 7}일"),
    (_YEARS, lambda m: f"{int(m.group(1)) * 365}일"),
    (_TENTHS, lambda m: f"{int(m.group(1)) * 10}%"),
    (_FRACTION, _fraction),
    (_UNIT_GAP, ""),
)


#: both firms together: "두 회사", "양사", "양 회사" (before "회사" is read as one party's name)
_BOTH_FIRMS = re.compile(
    r"(?:두|양)\s*(?:회사|업체)(?=\s|[가이은는의와도에])|양사(?=\s|[가이은는의와도에])"
)
#: contract words written in English inside Korean text ("Advance Payment", "Payment Bond"),
#: read as the Korean terms the patterns know
_ENGLISH_TERMS = {
    "advance payment": "선급금",
    "advance": "선급금",
    "payment bond": "하도급대금 지급보증",
    "performance bond": "계약이행보증",
    "prepayment": "선지급",
    "pre-payment": "선지급",
    "additional fee": "추가 대금",
    "additional cost": "추가 비용",
    "extra cost": "추가 비용",
    "design change": "설계 변경",
    "unit price": "단가",
    "acceptance": "검수",
    "deliverables": "산출물",
    "deliverable": "산출물",
    "competitor": "경쟁사",
    "competitors": "경쟁사",
    "exclusivity": "전속",
    "working capital": "운영자금",
    "quote": "견적",
    "quotation": "견적",
    "budget": "예산",
    "penalty": "위약금",
    "direct payment": "직접 지급",
    "late interest": "지연이자",
    "invoice": "청구서",
    "days": "일",
    "source code": "소스코드",
    "source codes": "소스코드",
    "fee": "대금",
    "fees": "대금",
    "final payment": "잔금",
    "payment": "대금",
    "price": "단가",
    "prices": "단가",
    "change order": "변경계약서",
    "termination for convenience": "임의 해지",
    "liquidated damages": "지체상금",
    "warranty": "하자담보",
    "defect": "하자",
    "defects": "하자",
    "sponsorship": "협찬",
    "rebate": "판매장려금",
    "credit note": "공제",
    "cost breakdown": "원가 자료",
    "purchase order": "발주서",
}
_ENGLISH_TERM = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(t) for t in sorted(_ENGLISH_TERMS, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
#: an English gloss after a Korean term, as contracts drafted from English write them
_ENGLISH_GLOSS = re.compile(r"(?<=[가-힣])\s?\((?:[A-Za-z][A-Za-z .&/'-]{1,40})\)")
#: older (Japanese-influenced) words for the terms the patterns know: 前渡金 is the 선급금
_OLD_TERMS = {"전도금": "선급금", "전불금": "선급금"}
_OLD_TERM = re.compile("|".join(_OLD_TERMS))


#: the wording an amendment replaces or deletes: "'±3%'를 '±15%'로 변경한다", "'…' 부분을 삭제"
_QUOTE_OPEN, _QUOTE_CLOSE = "[‘'\"“「『]", "[’'\"”」』]"
_SUPERSEDED = re.compile(
    rf"({_QUOTE_OPEN})[^‘’'\"“”「」『』]{{1,300}}({_QUOTE_CLOSE})"
    r"(?=\s*(?:부분|문구|조항|항목|내용|란)?\s*(?:을|를)\s*"
    rf"(?:삭제|{_QUOTE_OPEN}[^‘’'\"“”「」『』]{{1,300}}{_QUOTE_CLOSE}\s*(?:으로|로)\s*"
    r"(?:변경|수정|개정|대체|바꾸|바꾼|갈음|고치|고친|정정)))"
)


_FIGURE = r"\d+(?:\.\d+)?\s*(?:%|퍼센트|일|개월)"
_OLD_FIGURE = re.compile(
    rf"{_FIGURE}\s*에서\s*(?={_FIGURE}\s*(?:으로|로)\s*"
    r"(?:낮|줄|단축|변경|조정|인하|감축|완화|수정|늘|연장|상향|하향|올))"
)


_DATE = r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*(?:일|\.)?"
_RECEIVED_ON = re.compile(
    r"(?P<what>수령|입고|납품|인수|검수\s*완료|검사\s*완료|인도)\s*(?:일자|일)\s*[:：]?\s*\(?\s*"
    + _DATE
)
_PAID_ON = re.compile(r"(?:지급|입금|결제)\s*(?:예정\s*)?(?:일자|일)\s*[:：]?\s*\(?\s*" + _DATE)


def _dated_interval(text: str) -> str:
    """Say how many days lie between a receipt date and a payment date written as dates.

    Statements and notes give dates, not periods ("선급금 수령일: 2026. 3. 4. / 지급일: 2026. 4.
    20."); the patterns read periods, so "(받은 날부터 47일에 지급)" — for an advance — or
    "(납품일부터 95일에 지급)" is added after the payment date. Only a receipt-type date followed
    by a payment-type date counts.
    """
    received = _RECEIVED_ON.search(text)
    if received is None:
        return text
    paid = _PAID_ON.search(text, received.end())
    if paid is None:
        return text
    try:
        start = dt.date(*(int(g) for g in received.groups()[1:]))
        end = dt.date(*(int(g) for g in paid.groups()))
    except ValueError:
        return text
    days = (end - start).days
    if days <= 0:
        return text
    advance = "선급금" in text[max(0, received.start() - 20) : received.start()]
    since = "받은 날" if advance else re.sub(r"\s+", "", received.group("what")) + "일"
    return f"{text[: paid.end()]} ({since}부터 {days}일에 지급){text[paid.end() :]}"


def normalize(text: str, aliases: Aliases | None = None) -> str:
    """Return ``text`` in the canonical form the clause patterns are written against."""
    text = _PARAGRAPH_MARKS.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = hangul_reading(_WITHIN_HANJA.sub(r"\1 이내", text))  # 乙은 代金을 → 을은 대금을
    text = _SUPERSEDED.sub(r"\1\2", text)  # an amendment's old wording is no longer a term
    text = _OLD_FIGURE.sub("", text)  # "20%에서 10%로 낮춘다": the new figure is the term
    text = _dated_interval(text)  # "수령일: 2026. 3. 4. / 지급일: 2026. 4. 20." → 47일
    text = _ENGLISH_GLOSS.sub("", text)  # 지연이자(Late Interest)나 → 지연이자나
    text = _BOTH_FIRMS.sub("양 당사자", text)  # 두 회사가 협의하여: not "회사" the principal
    text = _ENGLISH_TERM.sub(lambda m: _ENGLISH_TERMS[m.group(0).lower()], text)
    text = _OLD_TERM.sub(lambda m: _OLD_TERMS[m.group(0)], text)
    text = _DIGIT_RUN.sub(r"\1", _SPACES.sub(" ", text).strip())
    for pattern, repl in _NUMBER_STEPS:
        text = pattern.sub(repl, text)
    text = _DIGIT_RUN.sub(r"\1", text)
    return aliases.rewrite(text) if aliases else text


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences; a 다만 exception starts a sentence of its own."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]
