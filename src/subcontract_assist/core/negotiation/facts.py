"""What a letter needs from a received contract: the parties, its date and how it names them.

Received contracts name the parties in the preamble (``(주)가나(이하 "갑"이라 한다)``) or only in
the signature block (a table ``원사업자 | 수급사업자`` over ``상호: (주)가나 | 상호: 다라산업``).
Whatever is not found stays a visible blank (``○○○``) for the user to fill in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from subcontract_assist.core.koreanformat import hangul_reading
from subcontract_assist.core.received.structure import Contract, Role

BLANK_NAME = "○○○"

_PRINCIPAL_WORDS = ("원사업자", "갑", "도급인", "위탁자", "발주회사")
_SUB_WORDS = ("수급사업자", "을", "수급인", "수탁자")
#: the legal form written beside a firm's name: (주)가나, 대진건설(주)
_FIRM = r"[(（](?:주|유|합|재|사)[)）]"
_DEFINED = re.compile(
    rf"((?:{_FIRM}|[^\s,()（）「」\"“”'‘’①-⑳])(?:{_FIRM}|[^,()（）「」\"“”\n①-⑳]){{0,40}}?)"
    r"\s*[(（]\s*이하\s*[\"“'‘「]?\s*"
    r"(원사업자|수급사업자|갑|을)\s*[\"”'’」]?\s*(?:이?라|으로)"
)
_NAME_LINE = re.compile(r"(?:상\s*호|회\s*사\s*명|업\s*체\s*명|법\s*인\s*명)\s*[:：]?\s*(.+)$")
_ROLE_LINE = re.compile(
    r"^\s*[\"“]?(원사업자|수급사업자|갑|을)[\"”]?\s*(?:\([^)]*\))?\s*[:：]?\s*(.*)$"
)
_DATE = re.compile(r"(\d{4})\s*[년.]\s*(\d{1,2})\s*[월.]\s*(\d{1,2})\s*일?")
_GAP_ROLE = re.compile(r"(?<![가-힣])갑(?=[은는이가을의에과와도\s\"”'’)]|$)")
_WON_ROLE = re.compile(r"원사업자")


@dataclass(frozen=True, slots=True)
class ContractFacts:
    """The parties, the contract date and the words the contract uses for the parties.

    Attributes:
        title: the contract's title (``""`` when it has none).
        principal: the 원사업자's firm name, or :data:`BLANK_NAME`.
        subcontractor: the 수급사업자's firm name, or :data:`BLANK_NAME`.
        signed: the date on the contract's date line, or None.
        principal_term / sub_term: how the text names the parties (``갑``/``을`` or
            ``원사업자``/``수급사업자``); fair wording is written in the same words.
    """

    title: str
    principal: str = BLANK_NAME
    subcontractor: str = BLANK_NAME
    signed: dt.date | None = None
    principal_term: str = "원사업자"
    sub_term: str = "수급사업자"


def _clean(name: str) -> str:
    name = re.sub(r"\(인\)|\(서명\)|\(날인\)|대표\s*(?:이사|자).*$", "", name)
    return name.strip(" \t:：,\"“”'‘’「」")


def _role(word: str) -> str:
    return "principal" if word in _PRINCIPAL_WORDS else "sub"


def _defined_names(text: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        name = _clean(re.sub(r"^.*(?:은|는|과|와)\s+", "", match.group(1)))
        if name and len(name) <= 30:
            names.setdefault(_role(match.group(2)), name)
    return names


def _signature_names(contract: Contract) -> dict[str, str]:
    """Pair the role words of the signature block with the firm names that follow, in order."""
    roles: list[str] = []
    names: list[str] = []
    found: dict[str, str] = {}
    for para in contract.paragraphs:
        if para.role not in (Role.SIGNATURE, Role.CELL):
            continue
        text = para.source.text.strip()
        role = _ROLE_LINE.match(text)
        if role:
            rest = role.group(2)
            named = _NAME_LINE.search(rest)
            if named or (rest and not _NAME_LINE.search(text) and len(rest) <= 30):
                found.setdefault(_role(role.group(1)), _clean(named.group(1) if named else rest))
                continue
            roles.append(_role(role.group(1)))
            continue
        named = _NAME_LINE.search(text)
        if named and _clean(named.group(1)):
            names.append(_clean(named.group(1)))
    for role_name, name in zip(roles, names, strict=False):
        found.setdefault(role_name, name)
    return found


def _signed_date(contract: Contract) -> dt.date | None:
    for para in reversed(contract.paragraphs):
        if para.role is not Role.SIGNATURE and para.role is not Role.TEXT:
            continue
        match = _DATE.search(hangul_reading(para.source.text))  # 2027年 1月 1日
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


def contract_facts(contract: Contract) -> ContractFacts:
    """Return the parties, date and party words of a received contract."""
    text = contract.read_text  # (以下 "甲"이라 한다)
    names = _signature_names(contract)
    names.update(_defined_names(text))  # the preamble's definition wins over the signature block
    gap = len(_GAP_ROLE.findall(text)) > len(_WON_ROLE.findall(text))
    return ContractFacts(
        title=contract.title,
        principal=names.get("principal") or BLANK_NAME,
        subcontractor=names.get("sub") or BLANK_NAME,
        signed=_signed_date(contract),
        principal_term="갑" if gap else "원사업자",
        sub_term="을" if gap else "수급사업자",
    )
