"""The app's own error types: every failure a user can cause ends in one of these."""

from __future__ import annotations

from subcontract_assist.core.text import Lang, Text, current_language


class AppError(Exception):
    """An error with a clear bilingual message; the CLI exits 2, the GUI shows a dialog."""

    def __init__(self, message: Text, *, detail: str = "") -> None:
        super().__init__(message.ko)
        self.text = message
        self.detail = detail

    def message(self, lang: Lang | None = None) -> str:
        """Return the message in ``lang`` (default: the current language), with any detail."""
        text = self.text.get(lang or current_language())
        return f"{text}\n{self.detail}" if self.detail else text

    def __str__(self) -> str:
        return self.message()


class DraftError(AppError):
    """A draft file that cannot be read, parsed, validated or written."""


class TemplateError(AppError):
    """A contract template that is missing or broken (names the file and line)."""


class RenderError(AppError):
    """A contract that cannot be rendered or written."""


class DocumentError(AppError):
    """A received contract (.docx or text) that cannot be read."""


class ModelError(AppError):
    """A model file that is missing, corrupt, unsupported or too large for this machine."""


class Cancelled(Exception):  # noqa: N818 — the style guide's name; it is not an error
    """Raised inside long work when the user cancelled it."""
