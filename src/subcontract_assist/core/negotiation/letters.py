"""Render the letter templates (``templates/letters/*.j2``) into blocks for a document writer.

The wording lives in the templates, so a firm can override a letter by putting a file of the
same name in its own template folder, as it can for the contracts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from subcontract_assist.core.document.templates import make_environment, template_dirs
from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.negotiation.markup import Block, parse_markup
from subcontract_assist.core.text import Text


def _cell(value: Any) -> str:
    """Return a value safe inside one markup line and one table cell."""
    if isinstance(value, jinja2.Undefined):
        value._fail_with_undefined_error()
    return " ".join(str(value).split()).replace("|", "\\|")


@lru_cache(maxsize=4)
def _environment(dirs: tuple[Path, ...]) -> jinja2.Environment:
    env = make_environment(dirs)
    env.filters["cell"] = _cell
    return env


def render_letter(name: str, context: dict[str, Any], dirs: Sequence[Path] = ()) -> list[Block]:
    """Return the blocks the letter template ``name`` (``letters/…``) renders for ``context``.

    Raises:
        TemplateError: the template is missing or fails; the message names it.
    """
    folders = tuple(dirs) or tuple(template_dirs())
    try:
        markup = _environment(folders).get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            Text(
                f"문서 템플릿 {exc.name}을(를) 찾을 수 없습니다.", f"Template {exc.name} not found."
            )
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise TemplateError(
            Text(
                f"문서 템플릿 {name} 처리 중 오류: {exc}",
                f"Error in the template {name}: {exc}",
            )
        ) from exc
    return parse_markup(markup)
