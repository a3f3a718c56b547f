"""Who is who in this contract: the names the preamble gives the parties.

Contracts name their parties in the preamble: "주식회사 가나(이하 "발주사"라 한다)와 다라산업
(이하 "공급사"라 한다)은 …". The shared lexicon knows the usual spellings (갑/을, 원청/협력사 …),
but a name like 발주사 or 공급사 means the principal in one contract and nothing in the next.
This module reads the preamble and maps each defined name to 원사업자 or 수급사업자, so the clause
reader sees who must do what:

- a definition next to a role word (원사업자, 갑, 위탁, 도급인, 발주 … / 수급사업자, 을, 수탁,
  수급인, 공급, 협력 …) takes that role;
- otherwise the first defined party is the principal and the second the subcontractor, the
  order every Korean standard form uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from subcontract_assist.core.clauses.patterns import normalized
from subcontract_assist.core.koreanformat import hangul_reading
from subcontract_assist.core.received.structure import Contract, Role

PRINCIPAL = "원사업자"
SUBCONTRACTOR = "수급사업자"

_DEFINED = re.compile(
    r"[(（]\s*이하\s*[\"'“‘「『]?\s*([가-힣A-Za-z]{1,8})\s*[\"'”’」』]?\s*(?:이?라\s*(?:한다|하며|하고|칭한다)"
    r"|라고\s*한다|이?라\s*함)"
)
_PRINCIPAL_WORDS = re.compile(
    r"원사업자|갑|위탁(?:자|기업|업체|하는)|도급인|발주(?:자|사|처|하는)|원청|원수급"
)
_SUB_WORDS = re.compile(
    r"수급사업자|을|수탁(?:자|기업|업체|하는)|수급인|하수급|공급(?:자|사|업체|하는)|협력|하청"
)
#: names the lexicon already reads, or that would be ambiguous as plain words
_KNOWN = frozenset({"갑", "을", "병", "원사업자", "수급사업자", "발주자", "회사", "당사", "계약"})
_PREAMBLE_PARAGRAPHS = 12
#: defined names that are things, not parties: (이하 "하도급법"), (이하 "이 공사"), (이하 "목적물")
_NOT_A_PARTY = re.compile(
    r"(?:법|법률|시행령|령|고시|규정|규칙|지침|계약서?|공사|용역|업무|목적물|대금|금액|기간|사업|현장"
    r"|자재|설비|프로그램|제품|물품|프로젝트|과업|작업|시스템|서비스|성과물|결과물)$"
)


def _names_the_owner(name: str) -> bool:
    """(이하 "발주처"): a name the shared lexicon already reads as the owner, never a party here."""
    return normalized(name) == "발주자"


def _role_near(before: str) -> str:
    """Return the role a role word right before the definition names, or ``""``."""
    window = before[-40:]
    principal = [m.end() for m in _PRINCIPAL_WORDS.finditer(window)]
    sub = [m.end() for m in _SUB_WORDS.finditer(window)]
    if principal and (not sub or principal[-1] > sub[-1]):
        return PRINCIPAL
    if sub:
        return SUBCONTRACTOR
    return ""


def aliases_from(lines: Iterable[str]) -> dict[str, str]:
    """Return ``{defined name: 원사업자/수급사업자}`` from the preamble's lines."""
    found: list[tuple[str, str]] = []
    for line in map(hangul_reading, lines):  # (以下 "甲"이라 한다)
        since = 0  # role words count only between the previous definition and this one
        for match in _DEFINED.finditer(line):
            name = match.group(1)
            before = line[since : match.start()]
            since = match.end()
            known = name in _KNOWN or _names_the_owner(name)
            if known or _NOT_A_PARTY.search(name) or any(n == name for n, _ in found):
                continue
            found.append((name, _role_near(name) or _role_near(before)))
    roles: dict[str, str] = {}
    order = iter((PRINCIPAL, SUBCONTRACTOR))
    for name, role in found[:4]:
        if role:
            roles[name] = role
    unassigned = [name for name, role in found[:2] if not role]
    taken = set(roles.values())
    for name in unassigned:
        role = next((r for r in order if r not in taken), "")
        if role:
            roles[name] = role
            taken.add(role)
    return roles


def contract_aliases(contract: Contract) -> dict[str, str]:
    """Return the party names the contract's preamble (or first article) defines."""
    lines: list[str] = []
    for p in contract.paragraphs:
        if p.role in (Role.BLANK, Role.SIGNATURE):
            continue
        lines.append(p.body or p.source.text)
        if len(lines) >= _PREAMBLE_PARAGRAPHS:
            break
    return aliases_from(lines)


def with_roles(text: str, aliases: Mapping[str, str]) -> str:
    """Return ``text`` with the contract's own party names written as their roles."""
    for name, role in aliases.items():
        text = re.sub(
            rf"(?<![가-힣]){re.escape(name)}(?=[은는이가을를의에과와도만\s,.)」”’\"']|$)",
            role,
            text,
        )
    return text
