"""Read and write draft files (JSON with ``format``/``version``), with clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from subcontract_assist.core.atomic import atomic_write_bytes
from subcontract_assist.core.draft.schema import DRAFT_FORMAT, DRAFT_VERSION, Draft
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.text import Text

MAX_DRAFT_BYTES = 5 * 1024 * 1024
DRAFT_SUFFIX = ".scdraft.json"

# pydantic error type → (Korean, English) description of what was expected
_EXPECTED: dict[str, tuple[str, str]] = {
    "int_type": ("정수", "a whole number"),
    "int_parsing": ("정수", "a whole number"),
    "int_from_float": ("정수", "a whole number"),
    "float_type": ("숫자", "a number"),
    "float_parsing": ("숫자", "a number"),
    "bool_type": ("true 또는 false", "true or false"),
    "bool_parsing": ("true 또는 false", "true or false"),
    "string_type": ("문자열", "a text string"),
    "date_type": ("날짜 YYYY-MM-DD", "a date YYYY-MM-DD"),
    "date_parsing": ("날짜 YYYY-MM-DD", "a date YYYY-MM-DD"),
    "date_from_datetime_parsing": ("날짜 YYYY-MM-DD", "a date YYYY-MM-DD"),
    "list_type": ("목록(배열)", "a list"),
    "model_type": ("객체", "an object"),
    "model_attributes_type": ("객체", "an object"),
    "dict_type": ("객체", "an object"),
    "enum": ("다음 중 하나", "one of"),
    "missing": ("필수 항목", "a required field"),
    "extra_forbidden": ("알 수 없는 항목 (오타인지 확인하세요)", "no such field (a typo?)"),
    "greater_than_equal": ("최솟값 이상", "at least the minimum"),
    "less_than_equal": ("최댓값 이하", "at most the maximum"),
    "string_too_long": ("더 짧은 글", "a shorter text"),
    "too_long": ("더 적은 항목", "fewer entries"),
    "string_pattern_mismatch": ("정해진 형식", "the fixed format"),
    "value_error": ("올바른 값", "a valid value"),
}


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(문서 전체)"


def _describe(error: Any) -> tuple[str, str]:
    kind = error["type"]
    ko, en = _EXPECTED.get(kind, ("올바른 값", "a valid value"))
    ctx = error.get("ctx") or {}
    if kind == "enum":
        ko, en = f"{ko}: {ctx.get('expected', '')}", f"{en}: {ctx.get('expected', '')}"
    elif kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        ko, en = f"{ko} ({bound})", f"{en} ({bound})"
    elif kind == "value_error":
        reason = str(ctx.get("error", error.get("msg", "")))
        ko, en = reason, reason
    got = json.dumps(error.get("input"), ensure_ascii=False, default=str)
    if kind in ("missing", "model_type", "model_attributes_type") or len(got) > 60:
        got = ""
    path = _field_path(tuple(error["loc"]))
    suffix_ko = f" (받은 값: {got})" if got else ""
    suffix_en = f" (got: {got})" if got else ""
    return f"· {path}: {ko}{suffix_ko}", f"· {path}: expected {en}{suffix_en}"


def validation_text(exc: ValidationError, source: str) -> Text:
    """Return a bilingual message that names each bad field and what was expected."""
    lines = [_describe(e) for e in exc.errors()[:20]]
    more = len(exc.errors()) - len(lines)
    ko = "\n".join(line[0] for line in lines) + (f"\n… 외 {more}개" if more > 0 else "")
    en = "\n".join(line[1] for line in lines) + (f"\n… and {more} more" if more > 0 else "")
    return Text(
        f"초안 파일 {source}의 내용이 올바르지 않습니다:\n{ko}",
        f"The draft file {source} has invalid content:\n{en}",
    )


def migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    """Return ``data`` upgraded to the current version; refuse versions newer than this app's."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DraftError(
            Text(
                f"초안 파일 {source}에 정수 'version' 항목이 없습니다.",
                f"The draft file {source} has no integer 'version' field.",
            )
        )
    if version > DRAFT_VERSION:
        raise DraftError(
            Text(
                f"초안 파일 {source}은 더 새로운 버전({version})의 앱에서 만들어졌습니다. "
                f"이 앱은 버전 {DRAFT_VERSION}까지 읽습니다. 앱을 업데이트하세요.",
                f"The draft file {source} was made by a newer app (format {version}); this app "
                f"reads up to format {DRAFT_VERSION}. Please update the app.",
            )
        )
    if version < 1:
        raise DraftError(
            Text(f"알 수 없는 초안 버전 {version}입니다.", f"Unknown draft version {version}.")
        )
    return data


def _too_large(source: str, size: int) -> DraftError:
    return DraftError(
        Text(
            f"초안 파일 {source}이 너무 큽니다 ({size:,}바이트, 최대 {MAX_DRAFT_BYTES:,}).",
            f"The draft file {source} is too large ({size:,} bytes, max {MAX_DRAFT_BYTES:,}).",
        )
    )


def parse_draft(raw: bytes | str, source: str = "(입력)") -> Draft:
    """Return the validated draft in ``raw`` JSON, or raise DraftError naming what is wrong."""
    if len(raw) > MAX_DRAFT_BYTES:
        raise _too_large(source, len(raw))
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise DraftError(
            Text(
                f"초안 파일 {source}이 UTF-8 텍스트가 아닙니다.",
                f"The draft file {source} is not UTF-8 text.",
            )
        ) from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        where, where_en = "너무 깊게 중첩됨", "nested too deeply"  # RecursionError
        if isinstance(exc, json.JSONDecodeError):
            where, where_en = (
                f"{exc.lineno}행 {exc.colno}열",
                f"line {exc.lineno}, column {exc.colno}",
            )
        raise DraftError(
            Text(
                f"초안 파일 {source}이 올바른 JSON이 아닙니다 ({where}).",
                f"The draft file {source} is not valid JSON ({where_en}).",
            )
        ) from exc
    if not isinstance(data, dict):
        raise DraftError(
            Text(
                f"초안 파일 {source}의 최상위 값은 객체({{…}})여야 합니다.",
                f"The draft file {source} must hold a JSON object at the top level.",
            )
        )
    if data.get("format") != DRAFT_FORMAT:
        raise DraftError(
            Text(
                f"{source}은 하도급계약 초안 파일이 아닙니다 ('format'이 '{DRAFT_FORMAT}'이어야 "
                "합니다).",
                f"{source} is not a subcontract draft ('format' must be '{DRAFT_FORMAT}').",
            )
        )
    data = migrate(data, source)
    try:
        return Draft.model_validate(data)
    except ValidationError as exc:
        raise DraftError(validation_text(exc, source)) from exc


def load_draft(path: Path) -> Draft:
    """Return the draft stored at ``path`` (see :func:`parse_draft`)."""
    try:
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:  # refused before reading it into memory
            raise _too_large(path.name, size)
        raw = path.read_bytes()
    except OSError as exc:
        raise DraftError(
            Text(
                f"초안 파일을 열 수 없습니다: {path.name} ({exc.strerror})",
                f"Cannot open the draft file: {path.name} ({exc.strerror})",
            )
        ) from exc
    return parse_draft(raw, path.name)


def dump_draft(draft: Draft) -> str:
    """Return the draft as pretty JSON text (UTF-8, Korean kept readable)."""
    return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Write ``text`` to ``path`` atomically, keeping the previous version as ``<name>.bak``.

    Raises:
        DraftError: the file cannot be written (full disk, read-only folder …); the old file
            is untouched.
    """
    try:
        atomic_write_bytes(path, text.encode("utf-8"), keep_backup=keep_backup)
    except OSError as exc:
        raise DraftError(
            Text(
                f"파일을 저장할 수 없습니다: {path} ({exc.strerror}). 기존 파일은 그대로입니다.",
                f"Cannot save the file: {path} ({exc.strerror}). The old file is unchanged.",
            )
        ) from exc


def save_draft(draft: Draft, path: Path) -> None:
    """Save ``draft`` to ``path`` atomically, keeping the previous version as a backup."""
    atomic_write_text(path, dump_draft(draft))
