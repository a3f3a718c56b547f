"""What of a received contract is reviewed, and whether the model needs to read it.

The model is only asked about paragraphs that could be unfair at all: headings, titles,
definitions (``'X'란 … 말한다``), the purpose clause, signature lines, counterparts and governing
law are skipped, and so are obligations laid on both parties alike (``갑과 을은``, ``각 당사자는``)
that single neither out. The clause patterns still read every paragraph, except the items (호)
of a list the contract itself forbids or grants (see ``_PROTECTIVE_LEAD_IN``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from subcontract_assist.core.clauses.screen import (
    imposes_nothing,
    protects_its_items,
    quotes_the_law,
)
from subcontract_assist.core.koreanformat import hangul_reading
from subcontract_assist.core.received.parties import contract_aliases, with_roles
from subcontract_assist.core.received.structure import (
    CLOSING_RE,
    Contract,
    ContractParagraph,
    Role,
)

_DEFINITION = re.compile(
    r"(이?란|라 함은|이라 함은)\s.*(말한다|뜻한다|의미한다|이른다|가리킨다)\.?$"
)
_PURPOSE = re.compile(r"목적으로\s*한다\.?$")
_BOILERPLATE = re.compile(
    r"\d\s*부를?\s*작성|각\s*1\s*부씩|준거법|대한민국\s*(의\s*)?법(령|률)을?\s*(적용|따른|준거)"
)
_NON_SUBSTANTIVE_TITLES = re.compile(r"\((목적|정의|용어의?\s*정의|용어)\)$")
_MUTUAL_SUBJECT = re.compile(
    r"^\s*(?:[①-⑳]\s*)?(갑과\s*을은|갑\s*및\s*을은|을과\s*갑은|갑\s*또는\s*을은|양\s*당사자는|"
    r"각\s*당사자는|당사자\s*쌍방은|쌍방은|원사업자와\s*수급사업자는|원사업자\s*또는\s*수급사업자는)"
)
_ONE_PARTY = re.compile(
    r"(?<![가-힣])(갑|을)(?=[은는이가을를의에과와도만\s,.)]|$)|원사업자|수급사업자"
)
_MIN_CHARS = 12


@dataclass(frozen=True, slots=True)
class ReviewUnit:
    """One piece of text to review and the paragraph its findings point at."""

    anchor: ContractParagraph
    text: str
    ask_model: bool
    skip: str = ""  # why the model does not read it (a model_skip_reason, or the article's)
    screen_text: str = (
        ""  # the text with the contract's own party names as roles (발주사 → 원사업자)
    )

    @property
    def for_screen(self) -> str:
        """Return the text the clause screen reads."""
        return self.screen_text or self.text


def _is_mutual(text: str) -> bool:
    """An obligation laid on both parties alike, naming neither alone afterwards."""
    text = hangul_reading(text)  # 甲과 乙은
    match = _MUTUAL_SUBJECT.match(text)
    return match is not None and not _ONE_PARTY.search(text[match.end() :])


def _names_a_party(text: str) -> bool:
    text = hangul_reading(text)
    return bool(_MUTUAL_SUBJECT.match(text) or _ONE_PARTY.search(text))


def mutual_articles(contract: Contract) -> set[str]:
    """Return the articles that treat both parties alike throughout.

    Every paragraph naming a party is a mutual obligation (``각 당사자는 …``); paragraphs that
    name none (``제1항의 의무는 계약 종료 후 3년간 존속한다``) only qualify those.
    """
    naming: dict[str, list[bool]] = {}
    for p in contract.paragraphs:
        in_article = p.article and p.role in (Role.ARTICLE, Role.CLAUSE, Role.ITEM)
        if in_article and _names_a_party(p.body):
            naming.setdefault(p.article, []).append(_is_mutual(p.body))
    return {article for article, flags in naming.items() if flags and all(flags)}


def model_skip_reason(paragraph: ContractParagraph, text: str) -> str:
    """Return why the model need not read ``text`` (``""`` when it should)."""
    bare = hangul_reading(re.sub(r"^\s*[①-⑳]\s*", "", text).strip())
    checks = (
        (len(bare) < _MIN_CHARS, "short"),
        (
            bool(_NON_SUBSTANTIVE_TITLES.search(hangul_reading(paragraph.article))),
            "purpose/definitions article",
        ),
        (bool(_DEFINITION.search(bare)), "definition"),
        (bool(_PURPOSE.search(bare)), "purpose"),
        (bool(_BOILERPLATE.search(bare)), "boilerplate"),
        (_is_mutual(bare), "mutual obligation"),
        (quotes_the_law(bare), "note quoting the statute"),
    )
    return next((reason for hit, reason in checks if hit), "")


_REVIEWED_ROLES = (Role.ARTICLE, Role.CLAUSE, Role.ITEM, Role.TEXT, Role.CELL)


def _table_rows(contract: Contract) -> Iterator[list[ContractParagraph]]:
    row: list[ContractParagraph] = []
    for p in contract.paragraphs:
        if row and p.source.table != row[0].source.table:
            yield row
            row = []
        if p.source.table is not None and p.role is not Role.BLANK:
            row.append(p)
    if row:
        yield row


#: A paragraph whose 호 only make sense read after it.
_LEAD_IN = re.compile(r"(다음|아래)\s*(각\s*호|의|과\s*같|와\s*같)|각\s*호의|[:：]\s*$")
#: A lead-in that makes its 호 a list of *prohibited* practices (the standard forms restate the
#: law this way: "다음 각 호의 약정은 효력이 없다"), of a subcontractor's rights, or of the items a
#: document must state. Such items describe what the contract forbids or grants, so neither the
#: patterns nor the model read them alone. Only unambiguous forms count: "…하지 아니한다" could
#: as well exempt the principal from a duty.
_PROTECTIVE_LEAD_IN = re.compile(
    r"효력이\s*없|무효(로\s*한다|이다|로\s*본다)|(정당한\s*사유가|책임을\s*돌릴\s*사유가)\s*없는\s*"
    r"\S*\s*(것|반품|감액|행위)?으로\s*본다|설정하지\s*(아니|않)|하여서는\s*(아니|안)\s*된다|금지한다"
    r"|각\s*호의\s*사항을\s*(적|기재|포함|명시)"
    r"|^\s*(?:[①-⑳]\s*)?(수급사업자|을)(은|는|이|가)?\s.{0,200}(신청|청구|요청|해지|해제)할\s*수\s*있다"
)


def review_units(contract: Contract) -> list[ReviewUnit]:
    """Return what to review, in document order: each paragraph, and each table row as one.

    An item (호) is read after the paragraph that introduces it: "을은 다음 각 호의 비용을
    부담한다" + "1. 민원 처리 비용" is what a reader understands, not either line alone.

    A table row (``지급기일 | 수령일부터 90일``) only means something read across, so its cells
    are joined and the findings point at the row's last non-empty cell.
    """
    units: list[tuple[int, ReviewUnit]] = []
    mutual = mutual_articles(contract)
    aliases = contract_aliases(contract)

    def roles(text: str) -> str:
        read = hangul_reading(text)  # (以下 "發注社"): the names are known in Hangul
        aliased = with_roles(read, aliases) if aliases else read
        return aliased if aliased != text else ""

    lead_in = ""  # the 항 that introduces the 호 below it ("다음 각 호의 비용을 부담한다")
    protective = False
    for p in contract.paragraphs:
        if p.role not in _REVIEWED_ROLES or p.role is Role.CELL or not p.body.strip():
            continue
        if p.role is not Role.ITEM:
            read = hangul_reading(p.body)  # 다음 各 號의 行爲를 하여서는 아니 된다
            lead_in = p.body if _LEAD_IN.search(read) else ""
            protective = bool(lead_in) and (
                bool(_PROTECTIVE_LEAD_IN.search(read)) or protects_its_items(lead_in)
            )
        elif protective:
            continue
        text = f"{lead_in} {p.body}" if p.role is Role.ITEM and lead_in else p.body
        aliased = roles(text)
        skip = (
            model_skip_reason(p, text)
            or ("mutual article" if p.article in mutual else "")
            or ("protective wording" if imposes_nothing(aliased or text) else "")
        )
        units.append((p.source.position, ReviewUnit(p, text, not skip, skip, aliased)))
    for row in _table_rows(contract):
        text = " ".join(p.body for p in row)
        signature = any(CLOSING_RE.search(p.body) for p in row)
        skip = "signature row" if signature else ("short table row" if len(text) < 20 else "")
        units.append(
            (row[0].source.position, ReviewUnit(row[-1], text, not skip, skip, roles(text)))
        )
    return [unit for _, unit in sorted(units, key=lambda pair: pair[0])]
