"""The live preview: the contract as it will be exported, re-rendered shortly after each change."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.text import Lang

DEBOUNCE_MS = 250


class PreviewPane(QTextBrowser):
    """Re-renders the draft ``DEBOUNCE_MS`` after the last change and keeps an article in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(320)
        self._draft: Draft | None = None
        self._anchor = ""
        self.lang: Lang = "ko"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)

    def schedule(self, draft: Draft, anchor: str = "") -> None:
        """Render ``draft`` soon; several changes in a row render once."""
        self._draft = draft
        if anchor:
            self._anchor = anchor
        self.timer.start()

    def render_now(self) -> None:
        """Render the scheduled draft at once and scroll its article into view."""
        self.timer.stop()
        if self._draft is None:
            return
        from subcontract_assist.core.document.preview import (
            to_html,
        )  # deferred: see Workspace.recheck
        from subcontract_assist.core.document.rendering import render_document

        try:
            text = to_html(render_document(self._draft))
        except AppError as exc:  # a broken or missing template must not break editing
            text = f"<p style='color:#b3261e'>{html.escape(exc.message(self.lang))}</p>"
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        bar.setValue(position)
        self.show_article(self._anchor)

    def show_article(self, key: str) -> None:
        """Scroll the article with ``key`` (``payment``) into view."""
        self._anchor = key
        if key:
            self.scrollToAnchor(f"art-{key}")
