"""Korean contract formatting: amounts in words (일금 …원정), dates, circled numbers, 漢字."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from num2words import num2words

_CIRCLED = (
    [chr(c) for c in range(0x2460, 0x2474)]
    + [chr(c) for c in range(0x3251, 0x3260)]
    + [chr(c) for c in range(0x32B1, 0x32C0)]
)
_UNITS = "십백천"
_GROUPS = "만억조경"


def circled(n: int) -> str:
    """Return ①…㊿ for 1…50, or ``(n)`` beyond."""
    return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"({n})"


def amount_words(amount: int) -> str:
    """Return the formal Korean words for ``amount``: 1,100,000 → ``일백일십만``.

    num2words gives the everyday form (``백십만``); contracts write every unit with its digit
    (일십·일백·일천·일만) so the words cannot be altered.
    """
    if amount == 0:
        return "영"
    plain = num2words(amount, lang="ko").replace(" ", "")
    out: list[str] = []
    for ch in plain:
        if (ch in _UNITS or ch in _GROUPS) and (not out or out[-1] in _GROUPS):
            out.append("일")
        out.append(ch)
    return "".join(out)


def amount_line(amount: int) -> str:
    """Return ``일금 일억일천만원정 (₩110,000,000)``."""
    return f"일금 {amount_words(amount)}원정 (₩{amount:,})"


def korean_date(value: dt.date | None, blank: str = "      년     월     일") -> str:
    """Return ``2026년 7월 20일`` or a blank date line for signing by hand."""
    return f"{value.year}년 {value.month}월 {value.day}일" if value else blank


_ITEM_SYLLABLES = "가나다라마바사아자차카타파하"
_ITEM_VOWEL_SHIFT = 4  # 가 → 거: next vowel row (ㅏ → ㅓ) is 4 jungseong steps on


def hangul_item(n: int) -> str:
    """Return the 목 label for 1, 2, …: 가 … 하, then 거 너 더 … (as the standard forms do)."""
    if n < 1:
        raise ValueError(n)
    cycle, pos = divmod(n - 1, len(_ITEM_SYLLABLES))
    base = ord(_ITEM_SYLLABLES[pos])
    return chr(base + cycle * _ITEM_VOWEL_SHIFT * 28)


def korean_period(start: dt.date | None, end: dt.date | None) -> str:
    """Return ``2026년 7월 20일부터 2026년 10월 31일까지`` (blanks for unknown ends)."""
    return f"{korean_date(start)}부터 {korean_date(end)}까지"


def number_text(value: float) -> str:
    """Return a rate without a useless ``.0``: 15.5 → ``15.5``, 10.0 → ``10``, 1234 → ``1,234``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_JOSA_PAIRS = (
    ("을", "를"),
    ("이", "가"),
    ("은", "는"),
    ("과", "와"),
    ("으로", "로"),
    ("이라", "라"),
    ("이란", "란"),
)
# Either form names the pair ("와" works like "과"); other particles (에, 의, 에서) never change.
_JOSA = {form: pair for pair in _JOSA_PAIRS for form in pair}
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # jongseong index of ㄹ: "로" follows it, not "으로"
_NIEUN, _MIEUM, _KIYEOK, _PIEUP, _IEUNG = 4, 16, 1, 17, 21
#: The final consonant of each digit's reading: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGIT_FINAL = (_IEUNG, _RIEUL, 0, _MIEUM, 0, 0, _KIYEOK, _RIEUL, _RIEUL, 0)
#: A round number is read by its last unit: 십, 백, 천, 만 (…만 up to 천만), 억, 조, 경.
_ZEROS_FINAL = {1: _PIEUP, 2: _KIYEOK, 3: _NIEUN, 4: _NIEUN, 8: _KIYEOK, 12: 0, 16: _IEUNG}
#: Latin letters read by their Korean names: 엘·알 end in ㄹ, 엠·엔 in a consonant.
_LATIN_FINAL = {"l": _RIEUL, "r": _RIEUL, "m": _MIEUM, "n": _NIEUN}
#: Closing marks a particle may follow: the word before them decides (‘소기업’이).
_CLOSERS = "'\"’”」』)]>》〉 "
_NUMBER_TAIL = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?$")


def _number_final(number: str) -> int:
    digits = number.replace(",", "")
    if "." in digits:
        return _DIGIT_FINAL[int(digits[-1])]
    stripped = digits.rstrip("0")
    if not stripped:
        return _IEUNG  # 영
    zeros = len(digits) - len(stripped)
    if zeros == 0:
        return _DIGIT_FINAL[int(digits[-1])]
    unit = max(z for z in _ZEROS_FINAL if z <= zeros)
    return _ZEROS_FINAL[unit]


def final_consonant(word: str) -> int | None:
    """Return the jongseong index of how ``word`` is read at its end (0: a vowel), or None.

    Reads a Hangul syllable by its final, a number by its Korean reading (10 → 십, 15.5 → 오,
    1,000 → 천), ``%`` as 퍼센트 and a Latin letter by its Korean name; quotes and closing
    brackets after the word are skipped. None when the reading is unknown (hanja, symbols).
    """
    text = word.rstrip(_CLOSERS)
    if not text:
        return None
    last = text[-1]
    if _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        return (ord(last) - _HANGUL_FIRST) % 28
    if last == "%":
        return 0  # 퍼센트
    number = _NUMBER_TAIL.search(text)
    if number:
        return _number_final(number.group())
    if last.isascii() and last.isalpha():
        return _LATIN_FINAL.get(last.lower(), 0)
    return None


def josa(word: str, particle: str) -> str:
    """Return ``word`` with the particle form its reading takes: 목적물을, 공사를, 10%를, 3일이.

    The one helper for every message and document that puts a particle after a value. Words
    whose reading is unknown get both forms (``漢을(를)``), as forms do.
    """
    if particle not in _JOSA:
        return f"{word}{particle}"
    with_final, without = _JOSA[particle]
    final = final_consonant(word)
    if final is None:
        return f"{word}{with_final}({without})"
    if particle in ("으로", "로") and final == _RIEUL:
        return f"{word}{without}"
    return f"{word}{with_final if final else without}"


def quoted(word: object, particle: str = "") -> str:
    """Return ``'word'`` and the particle its reading takes: ``'소기업'이``, ``'10%'를``."""
    text = f"'{word}'"
    return josa(text, particle) if particle else text


SINO_DIGITS = {
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
_SINO_SMALL = {"십": 10, "백": 100, "천": 1000}
_SINO_LARGE = {"만": 10**4, "억": 10**8, "조": 10**12}


def sino_value(word: str) -> int:
    """Return the value of sino-Korean number words: ``육십`` → 60, ``육천팔백만`` → 68,000,000.

    The inverse of the words in 일금 …원정; ``word`` holds only 일…구, 십 백 천 and 만 억 조.
    """
    total = section = digit = 0
    for syllable in word:
        if syllable in SINO_DIGITS:
            digit = SINO_DIGITS[syllable]
        elif syllable in _SINO_SMALL:
            section += (digit or 1) * _SINO_SMALL[syllable]
            digit = 0
        else:  # 만 억 조 close a four-digit group
            total += (section + digit or 1) * _SINO_LARGE[syllable]
            section = digit = 0
    return total + section + digit


#: CJK ideographs (unified, extension A, compatibility): 漢字 in a contract
HANJA = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANJA_CHAR = re.compile(f"[{HANJA}]")
#: words the per-character table misreads: inside a compound (each keeps its initial-sound rule:
#: 遲延利子 is 지연이자, not 지연리자; 直接勞務費 직접노무비), or a character of several readings
#: (相殺 is 상계, the offset; 省略 생략; 更新 갱신); 一切 is 일체
_HANJA_WORDS = {
    "一切": "일체", "利子": "이자", "利率": "이율", "利益": "이익", "利得": "이득", "利潤": "이윤",
    "履行": "이행", "理由": "이유", "留保": "유보", "連動": "연동", "連帶": "연대", "連絡": "연락",
    "料金": "요금", "勞務": "노무", "勞賃": "노임", "旅費": "여비", "領收": "영수", "例外": "예외",
    # a character of several readings, in the reading its contract word takes
    "省略": "생략", "更新": "갱신", "相殺": "상계", "容易": "용이", "殺到": "쇄도", "標識": "표지",
}  # fmt: skip
_HANJA_RUN = re.compile(f"[{HANJA}]{{4,}}")
_HANJA_WORD = re.compile("|".join(_HANJA_WORDS))
#: 率 is read 솔 by the table (its rarer sense); in a contract it is always 율/률, as 律 is read
_HANJA_AS = str.maketrans({"率": "律"})
_D_OR_J = re.compile("[다-딯자-짛]")
_YUL = {"律": "율", "列": "열", "烈": "열", "裂": "열", "劣": "열"}


def _is_syllable(ch: str) -> bool:
    return _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST


@lru_cache(maxsize=4096)
def hangul_reading(text: str) -> str:
    """Return ``text`` with its 漢字 read in Hangul: ``乙은 代金을`` → ``을은 대금을``.

    Older and Japanese-influenced contracts write their terms (甲/乙, 代金, 瑕疵, 檢査) in 漢字;
    the reader and the patterns know the Hangul. Each ideograph becomes one syllable (the
    ``hanja`` library's table and its initial-sound rule), so the text keeps its length.
    Text without 漢字 is returned as it is. Cached: a received contract's paragraph is read by
    the parser, the units, the parties and the screen.
    """
    if not _HANJA_CHAR.search(text):
        return text
    import hanja  # type: ignore[import-untyped]  # loads a 27,000-character table: only when needed
    from hanja.hangul import dooeum  # type: ignore[import-untyped]

    text = _HANJA_WORD.sub(lambda m: _HANJA_WORDS[m.group(0)], text.translate(_HANJA_AS))
    read = hanja.translate(text, "substitution")
    if len(read) != len(text):  # a reading of more than one syllable: keep the table's
        return str(read)
    out = list(read)
    for run in _HANJA_RUN.finditer(text):  # 支給留保, 價格連動: two-syllable words, each its own
        if len(run.group()) % 2 == 0:  # head (지급유보, not 지급류보)
            for i in range(run.start() + 2, run.end(), 2):
                out[i] = dooeum(" ", out[i]) if _is_syllable(out[i]) else out[i]
    for i, ch in enumerate(text):
        if ch == "不" and _D_OR_J.match(read[i + 1 : i + 2]):
            out[i] = "부"  # 不 is 부 before ㄷ and ㅈ (不當 부당, 不足 부족); the table says 불
        elif ch in _YUL and i and final_consonant(out[i - 1]) in (0, _NIEUN):
            out[i] = _YUL[ch]  # 률/렬 is 율/열 after a vowel or ㄴ (年率 연율, 比率 비율)
    return "".join(out)
