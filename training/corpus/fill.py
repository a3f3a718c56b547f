"""Template type and slot filling with Korean particles (조사) chosen by the final syllable.

A shape is a Python format-like string: ``{A:은}`` inserts the principal's name followed by 은 or
는, ``{B:에게}`` the subcontractor's name, ``{obj:을}`` an industry word. Plain ``{x}`` inserts a
slot value unchanged. Slot values come from the industry/party context or from the template's
own generators, so numbers that decide the label live next to the label they decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from random import Random

#: Particle pairs: (after a final consonant, after a vowel). 으로/로 also takes 로 after ㄹ.
JOSA: dict[str, tuple[str, str]] = {
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
    "이나": ("이나", "나"),
}

_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")

Gen = Callable[[Random], str]


def has_final_consonant(word: str) -> bool | None:
    """Return whether the last Hangul syllable has a 받침 (None for a non-Hangul ending)."""
    last = word.rstrip(')」" ')[-1:]
    if not last or not "가" <= last <= "힣":
        return None if not last.isdigit() else last in "013678"
    return (ord(last) - 0xAC00) % 28 != 0


def attach(word: str, josa: str) -> str:
    """Return ``word`` followed by the right form of ``josa`` (은/는, 이/가, 을/를, …)."""
    if josa not in JOSA and josa not in ("으로부터", "로부터"):
        return word + josa
    closed, open_ = JOSA.get(josa, ("", ""))
    final = has_final_consonant(word)
    if josa in ("으로", "로", "으로부터", "로부터"):
        closed, open_ = ("으로", "로")
        rest = josa.removeprefix("으").removeprefix("로")
        last = word[-1:]
        is_rieul = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 8
        return word + (closed if final and not is_rieul else open_) + rest
    return word + (closed if final or final is None else open_)


def render(shape: str, values: Mapping[str, str]) -> str:
    """Fill ``shape`` with ``values``, attaching particles where a slot names one."""

    def sub(match: re.Match[str]) -> str:
        name, josa = match.group(1), match.group(2)
        value = values[name]
        return attach(value, josa) if josa else value

    text = _SLOT.sub(sub, shape)
    # A slot value may itself name a slot ("{A}의 공장"): one more pass resolves it.
    return _SLOT.sub(sub, text) if "{" in text else text


@dataclass(frozen=True)
class Template:
    """One labelled clause pattern of a rule.

    Attributes:
        tid: ``<rule id>.<variant>``, e.g. ``payment_terms.deadline_60d.over``.
        category: taxonomy id of the rule, or ``"none"`` for neutral boilerplate.
        article: the article the label rests on (``"제13조①"``).
        unfair: the label (True = 위법).
        shapes: sentence shapes; one is picked per example.
        gens: slot generators specific to this template (numbers, paraphrases).
        kind: ``plain``, ``hard_negative`` (looks unfair, is lawful), ``soft_positive`` (looks
            harmless, is unlawful) or ``neutral``.
        industries: industries the pattern fits (empty = all).
    """

    tid: str
    category: str
    article: str
    unfair: bool
    shapes: Sequence[str]
    gens: Mapping[str, Gen] = field(default_factory=dict)
    kind: str = "plain"
    industries: tuple[str, ...] = ()


def pick(*options: str) -> Gen:
    """Return a generator choosing one of ``options``."""
    return lambda rng: rng.choice(options)


def num(values: Sequence[int], fmt: str = "{}") -> Gen:
    """Return a generator formatting one of ``values`` with ``fmt``."""
    return lambda rng: fmt.format(rng.choice(list(values)))
