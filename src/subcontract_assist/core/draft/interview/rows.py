"""Rows questions: lists of rows on the draft (품목, 기성, 연동표 …) read, checked and written.

A rows question names a list field (``indexation.items``); its columns name the keys of one row.
The row's own pydantic model gives the defaults of a new row and validates every row, so the
table and a loaded file obey the same limits. Computed columns (금액) are properties of that model.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from subcontract_assist.core.draft.interview.questions import Question
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.text import Text

_CELL = re.compile(r"\[(\d+)\](?:\.([A-Za-z_][A-Za-z0-9_]*))?")


class RowError(DraftError):
    """A row the draft refuses; ``row`` (0-based) and ``key`` say which cell."""

    def __init__(self, text: Text, row: int, key: str) -> None:
        super().__init__(text)
        self.row, self.key = row, key


def row_model(path: str) -> type[BaseModel]:
    """Return the model of one row of the list field at ``path`` (``deliverable.items``)."""
    model: Any = Draft
    for step in path.split("."):
        annotation = model.model_fields[step].annotation
        args = typing.get_args(annotation)
        model = args[0] if args else annotation  # list[LineItem] → LineItem
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise TypeError(f"{path} is not a list of rows")
    return model


def blank_row(question: Question) -> dict[str, Any]:
    """Return the values of a new row: the model's defaults, empty text for required names."""
    row: dict[str, Any] = {}
    for name, info in row_model(question.field).model_fields.items():
        row[name] = "" if info.is_required() else info.get_default(call_default_factory=True)
    return row


def read_rows(items: Sequence[BaseModel]) -> list[dict[str, Any]]:
    """Return the rows of a list field as plain dicts (every key, not only the columns)."""
    return [item.model_dump(mode="python") for item in items]


def computed_values(question: Question, row: dict[str, Any]) -> dict[str, Any]:
    """Return the computed columns of ``row`` (금액); None where the row is not valid yet."""
    computed = [c.field for c in question.columns if c.computed]
    if not computed:
        return {}
    try:
        item = validate_row(question, row, 0)
    except RowError:
        return dict.fromkeys(computed)
    return {key: getattr(item, key) for key in computed}


def validate_row(question: Question, row: dict[str, Any], index: int) -> BaseModel:
    """Return ``row`` as its model.

    Raises:
        RowError: a value breaks the model's limits; the text names the row and the column.
    """
    model = row_model(question.field)
    data = {k: v for k, v in row.items() if k in model.model_fields}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        column = question.column(key)
        ko, en = (column.label.ko, column.label.en) if column else (key, key)
        raise RowError(
            Text(
                f"{index + 1}번째 행의 '{ko}' 값이 올바르지 않습니다: {error['msg']}",
                f"Row {index + 1}, '{en}': {error['msg']}",
            ),
            index,
            key,
        ) from exc


def validate_rows(question: Question, rows: Sequence[dict[str, Any]]) -> list[BaseModel]:
    """Return every row as its model (raises RowError for the first invalid one)."""
    return [validate_row(question, row, i) for i, row in enumerate(rows)]


def cell_of(question: Question, path: str) -> tuple[int, str] | None:
    """Return (row, key) of ``path`` inside a rows question (``items[2].threshold_pct``)."""
    match = _CELL.match(path.removeprefix(question.field))
    if match is None or not path.startswith(f"{question.field}["):
        return None
    return int(match.group(1)), match.group(2) or ""
