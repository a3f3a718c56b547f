"""Shorthands for writing templates: ``U`` (unfair) and ``F`` (fair), plus number lists.

The category is the first part of the template id, so a template cannot be filed under the wrong
category by accident.
"""

from __future__ import annotations

from collections.abc import Sequence

from training.corpus.fill import Gen, Template

CONSTRUCTION = ("construction",)
GOODS = ("manufacturing", "repair", "construction", "service_info")  # 역무 excluded (제8조①2 등)

# Day counts around the statutory limits; "within" lists include the limit itself (hard negatives).
OVER_60 = (61, 65, 70, 75, 80, 90, 95, 100, 120, 150, 180)
WITHIN_60 = (7, 10, 14, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60)
OVER_15 = (16, 20, 25, 30, 40, 45, 60, 90)
WITHIN_15 = (3, 5, 7, 10, 14, 15)
OVER_10 = (11, 14, 15, 20, 30, 45, 60)
WITHIN_10 = (3, 5, 7, 10)
OVER_30 = (31, 40, 45, 60, 90)
WITHIN_30 = (7, 10, 14, 15, 20, 30)
PCT_SMALL = (0.5, 1, 1.5, 2, 3, 5)


def _make(
    unfair: bool,
    tid: str,
    article: str,
    shapes: Sequence[str],
    kind: str,
    industries: tuple[str, ...],
    gens: dict[str, Gen],
) -> Template:
    category = tid.split(".", 1)[0].replace("neutral", "none")
    return Template(tid, category, article, unfair, tuple(shapes), gens, kind, industries)


def U(  # noqa: N802 - reads like a table entry
    tid: str,
    article: str,
    shapes: Sequence[str],
    kind: str = "plain",
    industries: tuple[str, ...] = (),
    **gens: Gen,
) -> Template:
    """An unfair (위법) template."""
    return _make(True, tid, article, shapes, kind, industries, gens)


def F(  # noqa: N802 - reads like a table entry
    tid: str,
    article: str,
    shapes: Sequence[str],
    kind: str = "plain",
    industries: tuple[str, ...] = (),
    **gens: Gen,
) -> Template:
    """A fair (적법) template."""
    return _make(False, tid, article, shapes, kind, industries, gens)
