"""Render contract templates with Jinja2's sandbox and StrictUndefined.

A firm's own template folder (the user data directory) comes before the shipped one, so a file
of the same name there — a whole contract or one partial — overrides ours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from subcontract_assist.core.document.structure import NEWLINE
from subcontract_assist.core.document.substitutions import BlankAmount, MarkedFloat, MarkedInt
from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.koreanformat import (
    amount_line,
    amount_words,
    josa,
    korean_date,
    korean_period,
    number_text,
)
from subcontract_assist.core.resources import shipped_dir, user_templates_dir
from subcontract_assist.core.text import Text


def _strict(value: Any) -> Any:
    # Filters bypass StrictUndefined (a missing value reaches the filter), so check here
    # (tooling note #12).
    if isinstance(value, jinja2.Undefined):
        value._fail_with_undefined_error()
    return value


def _won(value: Any) -> str:
    if isinstance(value, BlankAmount):
        return "○○○"
    return f"{int(_strict(value) or 0):,}"


def _words(value: Any) -> str:
    if isinstance(value, BlankAmount):
        return "○○○"
    return amount_words(int(_strict(value) or 0))


def _amount(value: Any) -> str:
    if isinstance(value, BlankAmount):  # no price yet: a blank, never "일금 영원정 (₩0)"
        return "일금 ○○○원정 (₩○○○)"
    return amount_line(int(_strict(value) or 0))


def _kdate(value: Any) -> str:
    value = _strict(value)
    return korean_date(value if isinstance(value, dt.date) else None)


def _period(value: Any) -> str:
    start, end = _strict(value)
    return korean_period(start, end)


def _num(value: Any) -> str:
    value = _strict(value)
    if isinstance(value, MarkedFloat | MarkedInt):
        return str(MarkedFloat(float(value), value.key))  # the marker survives the filter
    return number_text(float(value))


def _lines(value: Any) -> list[str]:
    """Split an escaped multi-line value into its non-empty lines (one 항 each)."""
    return [line.strip() for line in str(_strict(value)).split(NEWLINE) if line.strip()]


def _josa(value: Any, particle: str) -> str:
    return josa(str(_strict(value)), particle)


def _particle(value: Any, particle: str) -> str:
    word = str(_strict(value))
    return josa(word, particle)[len(word) :]


def _ref(key: str, para: str = "", josa: str = "") -> str:
    """Return a reference the renderer resolves: ``ref("payment", "late", josa="을")``."""
    return f"⟦ref:{key}{'#' + para if para else ''}{'~' + josa if josa else ''}⟧"


def _annex(key: str, josa: str = "") -> str:
    return f"⟦annex:{key}{'~' + josa if josa else ''}⟧"


def _para(key: str) -> str:
    return f"⟦para:{key}⟧"


FILTERS = {
    "won": _won,
    "words": _words,
    "amount": _amount,
    "kdate": _kdate,
    "period": _period,
    "num": _num,
    "lines": _lines,
    "josa": _josa,
    "particle": _particle,
}
GLOBALS = {"ref": _ref, "annex": _annex, "para": _para}


class ContractEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with draft keys winning over dict methods: ``request_doc.items`` is the
    field, not ``dict.items``."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def template_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """Return the template search path: explicit folders, the user's folder, the shipped one."""
    dirs = [*extra, user_templates_dir(), shipped_dir("templates")]
    return [d for d in dirs if d.is_dir()]


def make_environment(dirs: Sequence[Path]) -> jinja2.Environment:
    """Return a new sandboxed environment for contract templates in ``dirs``."""
    env = ContractEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # a firm editing its template sees the change on the next render
    )
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


@lru_cache(maxsize=8)
def _cached_environment(dirs: tuple[Path, ...]) -> jinja2.Environment:
    return make_environment(dirs)


def environment(dirs: Sequence[Path]) -> jinja2.Environment:
    """Return the environment for ``dirs``, built once per folder set (compiled templates kept)."""
    return _cached_environment(tuple(dirs))


def render_markup(name: str, context: dict[str, Any], dirs: Sequence[Path]) -> str:
    """Return the markup the template ``name`` renders for ``context``.

    Raises:
        TemplateError: the template is missing, has a syntax error or uses an undefined value;
            the message names the file and line.
    """
    try:
        return environment(dirs).get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        file, line = exc.filename or exc.name or name, exc.lineno
        raise TemplateError(
            Text(
                f"계약서 템플릿 {file} {line}행에 문법 오류가 있습니다: {exc.message}",
                f"Contract template {file}, line {line}, has a syntax error: {exc.message}",
            )
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            Text(
                f"계약서 템플릿 {exc.name}을(를) 찾을 수 없습니다.",
                f"Contract template {exc.name} not found.",
            )
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
        file, at = _template_position(exc, name)
        raise TemplateError(
            Text(
                f"계약서 템플릿 {file} {at}행 처리 중 오류: {exc}",
                f"Error in contract template {file}, line {at}: {exc}",
            )
        ) from exc


def _template_position(exc: BaseException, name: str) -> tuple[str, int | str]:
    """Return the file and line of the innermost template frame in the traceback.

    Jinja rewrites tracebacks so template frames carry the template's file name and line.
    """
    where: tuple[str, int | str] = (name, "?")
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return where
