"""하도급대금 조정 (제16조의2, 연동표): how much the main materials and energy moved, and what
the contract's formula makes of it.

For each main raw material or energy the user gives its price (or index) at the base point and
now. The change rate is compared with the adjustment threshold: the contract's (the 연동표's
조정요건) where it has one, else the statute's ceiling for a threshold (제2조⑱: at most 10 %).
The items that meet it enter the indexation formula of the 연동표::

    조정단가 = 기존단가 × (1 + Σ 비중 × 변동률 × 반영비율)

All arithmetic is in Decimal; money is rounded half up to the won once, at the end. An
application is only written when the prices rose past the threshold: under it, or for a fall,
the result says so and nothing is drafted.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from subcontract_assist.core.draft.schema import Draft, IndexationItem, MaterialKind
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.legal import legal_numbers
from subcontract_assist.core.text import Text

HUNDRED = Decimal(100)
_WON = Decimal(1)
_PCT = Decimal("0.01")
KIND_NAMES = {MaterialKind.MATERIAL: "원재료", MaterialKind.ENERGY: "에너지"}


@dataclass(frozen=True, slots=True)
class CostItem:
    """One main material or energy: its prices and its row of the 연동표.

    Attributes:
        name: 동관, 전력 …
        kind: material or energy.
        base_price / current_price: the price or index at the base point and now.
        share_pct: 비중, its cost as a percentage of the price (None: unknown).
        reflection_pct: 반영비율 of the 연동표 (100 where the contract says nothing).
        threshold_pct: the 연동표's 조정요건 for this item (None: none in the contract).
        unit: the price's unit (``원/kg``), for the letter.
        index: the reference index (기준지표), for the letter.
    """

    name: str
    kind: MaterialKind
    base_price: Decimal
    current_price: Decimal
    share_pct: Decimal | None = None
    reflection_pct: Decimal = HUNDRED
    threshold_pct: Decimal | None = None
    unit: str = ""
    index: str = ""


@dataclass(frozen=True, slots=True)
class CostReport:
    """What the user reports: the items, the unit price and quantity the change applies to."""

    items: tuple[CostItem, ...]
    object_name: str = ""
    unit_price: int | None = None
    quantity: Decimal | None = None
    contract_amount: int | None = None
    base_point: str = ""
    compare_point: str = ""
    threshold_pct: Decimal | None = None  # the contract's 조정요건 for every item


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One item measured against its threshold.

    Attributes:
        change_pct: (current − base) / base × 100, unrounded.
        threshold_pct: the threshold applied; ``from_contract`` says whose it is.
        met: |change| ≥ threshold (at the threshold counts: "이상").
        contribution_pct: 비중 × 변동률 × 반영비율 in percent of the price (0 when not met).
    """

    item: CostItem
    change_pct: Decimal
    threshold_pct: Decimal
    from_contract: bool
    met: bool
    contribution_pct: Decimal

    @property
    def change_text(self) -> str:
        return f"{self.change_pct.quantize(_PCT, ROUND_HALF_UP):+}%"


@dataclass(frozen=True, slots=True)
class AdjustmentResult:
    """The whole computation, with what the application may claim.

    Attributes:
        total_pct: Σ contributions: the percentage by which the price moves.
        new_unit_price / per_unit: the 조정단가 and its difference, when a unit price is known.
        amount: the increase over the remaining quantity (or the contract amount), when known.
    """

    report: CostReport
    items: tuple[ItemResult, ...]
    total_pct: Decimal
    new_unit_price: int | None = None
    per_unit: int | None = None
    amount: int | None = None
    notes: tuple[Text, ...] = field(default=())

    @property
    def applies(self) -> bool:
        """True when at least one item rose past its threshold and the price goes up."""
        return any(r.met for r in self.items) and self.total_pct > 0

    @property
    def has_indexation(self) -> bool:
        """True when a threshold came from the contract (it has a 연동표)."""
        return any(r.from_contract for r in self.items)


def _won(value: Decimal) -> int:
    return int(value.quantize(_WON, ROUND_HALF_UP))


def statute_threshold() -> Decimal:
    """Return the statute's ceiling for an adjustment threshold (제2조⑱), in percent."""
    return Decimal(str(legal_numbers().number("indexation_threshold_max_pct")))


def compute_adjustment(report: CostReport) -> AdjustmentResult:
    """Return the change of each item against its threshold and the indexation formula's result.

    Raises:
        DraftError: an item that meets its threshold has no 비중 (the formula needs it).
    """
    ceiling = statute_threshold()
    results = []
    for item in report.items:
        change = (item.current_price - item.base_price) / item.base_price * HUNDRED
        own = item.threshold_pct if item.threshold_pct is not None else report.threshold_pct
        threshold = own if own is not None else ceiling
        met = abs(change) >= threshold
        if met and item.share_pct is None:
            raise DraftError(
                Text(
                    f"{item.name}: 비중(share_pct, 하도급대금 중 이 원가의 비율 %)을 적어 주세요. "
                    "조정 산식에 필요합니다.",
                    f"{item.name}: give share_pct (its cost as % of the price); "
                    "the formula needs it.",
                )
            )
        contribution = (
            (item.share_pct or Decimal(0)) * change * item.reflection_pct / (HUNDRED * HUNDRED)
            if met
            else Decimal(0)
        )
        results.append(ItemResult(item, change, threshold, own is not None, met, contribution))
    total = sum((r.contribution_pct for r in results), Decimal(0))
    new_price = per_unit = amount = None
    if report.unit_price is not None:
        new_price = _won(Decimal(report.unit_price) * (1 + total / HUNDRED))
        per_unit = new_price - report.unit_price
        if report.quantity is not None:
            amount = _won(Decimal(per_unit) * report.quantity)
    elif report.contract_amount is not None:
        amount = _won(Decimal(report.contract_amount) * total / HUNDRED)
    return AdjustmentResult(report, tuple(results), total, new_price, per_unit, amount)


# ---------------------------------------------------------------- reading the user's figures


def _bad(where: str, ko: str, en: str) -> DraftError:
    return DraftError(Text(f"{where}: {ko}", f"{where}: {en}"))


def _decimal(
    raw: dict[str, Any],
    key: str,
    where: str,
    *,
    low: Decimal | None = None,
    high: Decimal | None = None,
) -> Decimal | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _bad(where, f"{key}는 숫자여야 합니다.", f"{key} must be a number.")
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise _bad(
            where, f"{key}는 숫자여야 합니다: {value!r}", f"{key} must be a number: {value!r}"
        ) from None
    if (
        not number.is_finite()
        or (low is not None and number < low)
        or (high is not None and number > high)
    ):
        bounds = f"{low if low is not None else ''}~{high if high is not None else ''}"
        raise _bad(
            where,
            f"{key} 값 {value}이(가) 범위({bounds}) 밖입니다.",
            f"{key} {value} is out of range ({bounds}).",
        )
    return number


def _row_for(name: str, rows: Sequence[IndexationItem]) -> IndexationItem | None:
    for row in rows:
        if row.material and (row.material in name or name in row.material):
            return row
    return None


def _item(raw: Any, number: int, rows: Sequence[IndexationItem]) -> CostItem:
    where = f"[[item]] {number}"
    if not isinstance(raw, dict):
        raise _bad(where, "표 형식이어야 합니다.", "must be a table.")
    name = str(raw.get("name", "")).strip()
    if not name:
        raise _bad(where, "name(품목 이름)이 없습니다.", "name is missing.")
    where = f"{where} ({name})"
    try:
        kind = MaterialKind(str(raw.get("kind", "material")))
    except ValueError:
        raise _bad(
            where, "kind는 material 또는 energy입니다.", "kind is material or energy."
        ) from None
    base = _decimal(raw, "base_price", where, low=Decimal(0))
    current = _decimal(raw, "current_price", where, low=Decimal(0))
    if base is None or current is None or base == 0:
        raise _bad(
            where,
            "base_price(기준시점 가격, 0보다 큼)와 current_price(현재 가격)를 적어 주세요.",
            "give base_price (above 0) and current_price.",
        )
    row = _row_for(name, rows)
    share = _decimal(raw, "share_pct", where, low=Decimal(0), high=HUNDRED)
    reflection = _decimal(raw, "reflection_pct", where, low=Decimal(0), high=HUNDRED)
    threshold = _decimal(raw, "threshold_pct", where, low=Decimal(0), high=HUNDRED)
    if row is not None:  # the draft's 연동표 row fills what the cost file leaves out
        share = share if share is not None else _opt(row.cost_share_pct)
        reflection = reflection if reflection is not None else _opt(row.reflection_ratio_pct)
        threshold = threshold if threshold is not None else _opt(row.threshold_pct)
    return CostItem(
        name=name,
        kind=kind,
        base_price=base,
        current_price=current,
        share_pct=share,
        reflection_pct=reflection if reflection is not None else HUNDRED,
        threshold_pct=threshold,
        unit=str(raw.get("unit", "")),
        index=str(raw.get("index", "") or (row.index_source if row else "")),
    )


def _opt(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def parse_costs(text: str, source: str = "COSTS.toml", draft: Draft | None = None) -> CostReport:
    """Return the cost report of a COSTS.toml text (see README), completed from ``draft``.

    Raises:
        DraftError: the file is not TOML, an item lacks its prices, or a figure is out of range.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _bad(source, f"TOML 형식이 아닙니다 ({exc}).", f"not valid TOML ({exc}).") from exc
    rows = draft.indexation.items if draft is not None else []
    items = raw.get("item", [])
    if not isinstance(items, list) or not items:
        raise _bad(
            source,
            "[[item]] 표로 주요 원재료·에너지를 하나 이상 적어 주세요.",
            "list at least one main material or energy as an [[item]] table.",
        )
    unit_price = _decimal(raw, "unit_price", source, low=Decimal(0))
    amount = _decimal(raw, "contract_amount", source, low=Decimal(0))
    if draft is not None and unit_price is None and len(draft.deliverable.items) == 1:
        unit_price = Decimal(draft.deliverable.items[0].unit_price) or None
    if draft is not None and amount is None and draft.price.supply_amount:
        amount = Decimal(draft.price.supply_amount)
    threshold = _decimal(raw, "threshold_pct", source, low=Decimal(0), high=HUNDRED)
    return CostReport(
        items=tuple(_item(entry, n, rows) for n, entry in enumerate(items, start=1)),
        object_name=str(raw.get("object", "") or (draft.deliverable.name if draft else "")),
        unit_price=_won(unit_price) if unit_price is not None else None,
        quantity=_decimal(raw, "quantity", source, low=Decimal(0)),
        contract_amount=_won(amount) if amount is not None else None,
        base_point=str(raw.get("base_point", "")),
        compare_point=str(raw.get("compare_point", "")),
        threshold_pct=threshold,
    )
