"""Screen free-text clauses (특약, received-contract paragraphs) for unfair-term patterns.

The deterministic layer under the language model: each rule of the reference that needs reading
clause text (부당특약 제3조의4, 제13조 지급 조건, 제12조의3 기술자료 …) is a set of patterns in
``data/clause_patterns/*.toml``. A pattern is a co-occurrence of cue regexes within one sentence
of the normalised clause (see ``clausetext``), optionally a number that crosses a statutory limit
(61 days, 16 days, 11 %), minus blockers that make the clause fair (귀책사유가 있는 경우에 한하여,
관계없이 지급, 상호). Patterns are data so that a lawyer can read and extend them.

Every statutory figure comes from ``legal_numbers.toml``: a number test names its limit by key
(``gt = "payment_deadline_days"``) and texts quote it as ``{law.key}``. A key the numbers file lacks
is an error when the patterns load, never a silent fallback to a typed figure.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from subcontract_assist.core.clauses.normalize import Aliases, compile_aliases, normalize, sentences
from subcontract_assist.core.findings import Category, Finding, Severity, Source
from subcontract_assist.core.legal import LegalNumbers, legal_numbers
from subcontract_assist.core.text import Text

MAX_CLAUSE_CHARS = 20_000  # a longer "clause" is a whole document: its head is screened
_MACRO = re.compile(r"\{([A-Z]+)\}")
_DATA_PACKAGE = "subcontract_assist.core.data"
_PATTERN_DIR = "clause_patterns"


@dataclass(frozen=True, slots=True)
class NumberTest:
    """A figure the clause states, compared with a statutory limit.

    Attributes:
        regex: finds the figure in a named group (``n``, or ``n2``… in other alternatives).
        limit: the limit: a legal number named by key, or a non-statutory figure with its basis.
        above: True when a figure above the limit is unfair (days), False when below (rates).
        inclusive: the limit itself is on the wrong side too (``ge``/``le`` in the data).
    """

    regex: re.Pattern[str]
    limit: float
    above: bool
    inclusive: bool = False

    def offending(self, text: str) -> float | None:
        """Return the first figure in ``text`` on the wrong side of the limit, else None."""
        for match in self.regex.finditer(text):
            # several alternatives may each name their figure (n, n2 …): take the one found
            value = float(next(v for v in match.groupdict().values() if v is not None))
            if value == self.limit and self.inclusive:
                return value
            if (value > self.limit) if self.above else (value < self.limit):
                return value
        return None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way of writing an unfair term: cues that must all occur, blockers that must not.

    Attributes:
        cues: every regex must be found in the scope (a sentence, or the clause).
        blockers: none may be found in the same scope.
        clause_blockers: none may be found anywhere in the clause.
        number: an optional figure that must cross its limit.
        whole_clause: match against the whole clause instead of sentence by sentence.
    """

    cues: tuple[re.Pattern[str], ...]
    blockers: tuple[re.Pattern[str], ...] = ()
    clause_blockers: tuple[re.Pattern[str], ...] = ()
    number: NumberTest | None = None
    whole_clause: bool = False

    def match(self, clause: str, parts: list[str]) -> float | bool:
        """Return the offending figure (or True) when the pattern matches, else False."""
        if any(b.search(clause) for b in self.clause_blockers):
            return False
        for scope in (clause,) if self.whole_clause else parts:
            if not all(c.search(scope) for c in self.cues):
                continue
            if any(b.search(scope) for b in self.blockers):
                continue
            if self.number is None:
                return True
            value = self.number.offending(scope)
            if value is not None:
                return value
        return False


@dataclass(frozen=True, slots=True)
class ClauseRule:
    """A clause-text rule: reference id, citation, why it is unfair, fair wording, patterns.

    Attributes:
        id: the reference's rule id, or ``<category>.<slug>`` for one it does not list.
        category: taxonomy id (the id's prefix).
        article: article and paragraph, e.g. ``제13조 제1항``.
        severity: violation / risk / info.
        title: short name.
        message: why the wording is unlawful or unfair; ``{n}`` quotes a figure found.
        suggestion: fair replacement wording (Korean).
        priority: higher is more specific and is listed first.
        fallback: a catch-all, reported only when no specific rule matched.
        patterns: the ways of writing it.
    """

    id: str
    category: Category
    article: str
    severity: Severity
    title: Text
    message: Text
    suggestion: str
    priority: int = 50
    fallback: bool = False
    patterns: tuple[Pattern, ...] = ()

    def to_json(self) -> dict[str, str]:
        """Return the listing shape of ``subcontract-assist rules --format json``."""
        return {
            "id": self.id,
            "category": self.category.value,
            "article": self.article,
            "severity": self.severity.value,
            "title": self.title.ko,
        }

    def finding(self, field: str, figure: float | bool) -> Finding:
        """Return the finding for a match, quoting the offending figure where there is one."""
        number = "" if isinstance(figure, bool) else f"{figure:g}"
        message = Text(
            self.message.ko.replace("{n}", number), self.message.en.replace("{n}", number)
        )
        return Finding(
            rule=self.id,
            category=self.category,
            article=self.article,
            severity=self.severity,
            message=message,
            field=field,
            suggestion=self.suggestion,
            source=Source.RULE,
            figure=None if isinstance(figure, bool) else figure,
        )


def _compile(regex: str, macros: dict[str, str]) -> re.Pattern[str]:
    # Macros may use other macros; two passes cover the nesting the lexicon uses.
    for _ in range(2):
        regex = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), regex)
    if unknown := _MACRO.search(regex):  # a misspelt macro would silently match nothing
        raise ValueError(f"unknown macro {unknown.group(0)} in a clause pattern")
    return re.compile(regex)


def _number(spec: dict[str, Any], macros: dict[str, str], legal: LegalNumbers) -> NumberTest:
    if "legal" in spec:
        raise ValueError('num: name the legal number in gt/lt (gt = "key"), not in `legal`')
    direction = next(d for d in ("gt", "ge", "lt", "le") if d in spec)
    above, limit = direction in ("gt", "ge"), spec[direction]
    if isinstance(limit, str):
        value = legal.number(limit)  # KeyError for a key the numbers file lacks: a data error
    elif "basis" in spec:
        value = float(limit)  # a figure the statute does not set (e.g. a market practice)
    else:
        raise ValueError(f"num: limit {limit!r} must be a legal_numbers.toml key or give a basis")
    return NumberTest(_compile(spec["re"], macros), value, above, direction in ("ge", "le"))


def _pattern(spec: dict[str, Any], macros: dict[str, str], legal: LegalNumbers) -> Pattern:
    return Pattern(
        cues=tuple(_compile(r, macros) for r in spec.get("all", ())),
        blockers=tuple(_compile(r, macros) for r in spec.get("none", ())),
        clause_blockers=tuple(_compile(r, macros) for r in spec.get("clause_none", ())),
        number=_number(spec["num"], macros, legal) if "num" in spec else None,
        whole_clause=spec.get("scope", "sentence") == "clause",
    )


def _rule(spec: dict[str, Any], macros: dict[str, str], legal: LegalNumbers) -> ClauseRule:
    shared_none = spec.get("none", [])
    try:
        return ClauseRule(
            id=spec["id"],
            category=Category(spec["id"].split(".", 1)[0]),
            article=spec["article"],
            severity=Severity(spec["severity"]),
            title=Text(legal.fill(spec["title"][0]), legal.fill(spec["title"][1], "en")),
            message=Text(legal.fill(spec["why"][0]), legal.fill(spec["why"][1], "en")),
            suggestion=legal.fill(spec["fix"]),
            priority=int(spec.get("priority", 50)),
            fallback=bool(spec.get("fallback", False)),
            patterns=tuple(
                _pattern({**p, "none": [*p.get("none", []), *shared_none]}, macros, legal)
                for p in spec["when"]
            ),
        )
    except (KeyError, ValueError) as error:
        raise ValueError(f"clause pattern {spec.get('id', '?')}: {error}") from error


@lru_cache(maxsize=1)
def _read_data() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The lexicon and the rule specs, read once (the rules and ``lexicon_pattern`` share it)."""
    folder = resources.files(_DATA_PACKAGE).joinpath(_PATTERN_DIR)
    lexicon: dict[str, Any] = {}
    rules: list[dict[str, Any]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        if entry.name == "lexicon.toml":
            lexicon = data
        rules.extend(data.get("rule", []))
    return lexicon, rules


@lru_cache(maxsize=4)
def _load(legal: LegalNumbers | None = None) -> tuple[Aliases, tuple[ClauseRule, ...]]:
    numbers = legal or legal_numbers()
    lexicon, specs = _read_data()
    macros: dict[str, str] = dict(lexicon.get("macros", {}))
    aliases = compile_aliases(lexicon.get("aliases", {}).items())
    rules = tuple(_rule(spec, macros, numbers) for spec in specs)
    return aliases, tuple(sorted(rules, key=lambda r: (-r.priority, r.severity.rank, r.id)))


@lru_cache(maxsize=32)
def lexicon_pattern(name: str) -> re.Pattern[str]:
    """Return the lexicon's macro ``name`` compiled (``OWNFAULT``: the own-fault wording)."""
    macros: dict[str, str] = dict(_read_data()[0].get("macros", {}))
    return _compile(f"{{{name}}}", macros)


def screen_clause(text: str, field: str = "", legal: LegalNumbers | None = None) -> list[Finding]:
    """Return the findings of the clause-text rules for one clause, most specific first.

    Args:
        text: the clause (a 특약, or a paragraph of a received contract).
        field: the draft field path or paragraph reference the findings point at.
        legal: the legal numbers to apply (default: the ones shipped with the app).

    Returns:
        At most one finding per rule; catch-all rules only when no specific rule matched.
    """
    aliases, rules = _load(None if legal is legal_numbers() else legal)
    clause = normalize(text[:MAX_CLAUSE_CHARS], aliases)
    if not clause:
        return []
    parts = with_items(sentences(clause))
    found: list[Finding] = []
    for rule in rules:
        if rule.fallback and found:
            continue
        for pattern in rule.patterns:
            figure = pattern.match(clause, parts)
            if figure is not False:
                found.append(rule.finding(field, figure))
                break
    return found


_LEAD_IN = re.compile(r"다음\s*각\s*호|다음과\s*같|아래와\s*같|다음\s*사항")
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\)|[①-⑳])\s*")
_ITEM_SPLIT = re.compile(r"\s(?=(?:\d{1,2}|[가-하])[.)]\s)")


def with_items(parts: list[str]) -> list[str]:
    """Add, after the sentences, each item of a list read together with its lead-in.

    "위탁사가 공급하는 원료의 대금은 다음 각 호와 같이 결제한다. 1. 밀가루: 공급일이 속한 달
    말일까지 현금 입금" says one term in two sentences; an item inherits its lead-in's subject and
    verb, so a pattern is also tried on "lead-in + item". Whether the lead-in forbids its items
    (a list of prohibited acts) is decided by the reading (:mod:`screen`), not here.
    """
    joined: list[str] = []
    for k, part in enumerate(parts):
        if not _LEAD_IN.search(part) or _ITEM_START.match(part):
            continue
        for follower in parts[k + 1 :]:
            if not _ITEM_START.match(follower):
                break
            joined += [f"{part} {item.strip()}" for item in _ITEM_SPLIT.split(follower)]
    return parts + joined


def normalized(text: str) -> str:
    """Return the canonical form the patterns see (for debugging patterns and for the model)."""
    aliases, _ = _load()
    return normalize(text[:MAX_CLAUSE_CHARS], aliases)


CLAUSE_RULES: tuple[ClauseRule, ...] = _load()[1]
