"""Render contract templates with Jinja2's sandbox and StrictUndefined."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.koreanformat import amount_line, amount_words, korean_date
from subcontract_assist.core.resources import shipped_dir, user_templates_dir
from subcontract_assist.core.text import Text


def _strict(value: Any, name: str) -> Any:
    # Filters bypass StrictUndefined (a missing value reaches the filter), so check here.
    if isinstance(value, jinja2.Undefined):
        value._fail_with_undefined_error()
    return value


def _won(value: Any) -> str:
    return f"{int(_strict(value, 'won')):,}"


def _words(value: Any) -> str:
    return amount_words(int(_strict(value, "words")))


def _amount(value: Any) -> str:
    return amount_line(int(_strict(value, "amount")))


def _kdate(value: Any) -> str:
    return korean_date(_strict(value, "kdate"))


def _ref(key: str) -> str:
    return f"⟦ref:{key}⟧"


def template_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """Return the template search path: explicit folders, the user's folder, the shipped one."""
    dirs = [*extra, user_templates_dir(), shipped_dir("templates")]
    return [d for d in dirs if d.is_dir()]


def make_environment(dirs: Sequence[Path]) -> jinja2.Environment:
    """Return the sandboxed environment every contract template is rendered in."""
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(won=_won, words=_words, amount=_amount, kdate=_kdate)
    env.globals.update(ref=_ref)
    return env


def render_markup(name: str, context: dict[str, Any], dirs: Sequence[Path]) -> str:
    """Return the markup the template ``name`` renders for ``context``.

    Raises:
        TemplateError: the template is missing, has a syntax error or uses an undefined value;
            the message names the file and line.
    """
    env = make_environment(dirs)
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            Text(
                f"계약서 템플릿 {name}을 찾을 수 없습니다.", f"Contract template {name} not found."
            )
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            Text(
                f"계약서 템플릿 {exc.filename or name} {exc.lineno}행에 문법 오류가 있습니다: "
                f"{exc.message}",
                f"Contract template {exc.filename or name}, line {exc.lineno}, has a syntax "
                f"error: {exc.message}",
            )
        ) from exc
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError, ValueError) as exc:
        line = _template_line(exc, name)
        raise TemplateError(
            Text(
                f"계약서 템플릿 {name}{line} 처리 중 오류: {exc}",
                f"Error in contract template {name}{line}: {exc}",
            )
        ) from exc


def _template_line(exc: BaseException, name: str) -> str:
    tb = exc.__traceback__
    line = ""
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name):
            line = f" {tb.tb_lineno}행"
        tb = tb.tb_next
    return line
