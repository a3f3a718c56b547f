"""The live preview: the contract as it will be exported, re-rendered shortly after each change.

It is rendered with substitution marks, so a value written instead of the answer (a statutory
limit, a default) is highlighted with its reason, and ``○`` blanks stand out. It keeps the
article of the field being edited in view, without undoing the user's own scrolling while they
type in the same place, and keeps its place when the window is resized.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.text import Lang

DEBOUNCE_MS = 250
_ANCHOR = re.compile(r'name="art-([a-z0-9_-]+)"')


class PreviewPane(QTextBrowser):
    """Re-renders the draft ``DEBOUNCE_MS`` after the last change and keeps an article in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(320)
        self._draft: Draft | None = None
        self._wanted: list[str] = []  # anchors to try, best first
        self._anchor = ""  # the article scrolled to last
        self._present: set[str] = set()
        self.lang: Lang = "ko"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)

    @property
    def anchor(self) -> str:
        """The key of the article the preview shows (``payment``)."""
        return self._anchor

    def schedule(self, draft: Draft, anchors: Sequence[str] | str = ()) -> None:
        """Render ``draft`` soon; several changes in a row render once."""
        self._draft = draft
        if anchors:
            self._wanted = [anchors] if isinstance(anchors, str) else list(anchors)
        self.timer.start()

    def render_now(self) -> None:
        """Render the scheduled draft at once; scroll only when the article to show changed."""
        self.timer.stop()
        if self._draft is None:
            return
        from subcontract_assist.core.document.preview import (
            to_html,
        )  # deferred: see Workspace.recheck
        from subcontract_assist.core.document.rendering import render_document

        try:
            text = to_html(render_document(self._draft, marks=True))
        except AppError as exc:  # a broken or missing template must not break editing
            text = f"<p style='color:#b3261e'>{html.escape(exc.message(self.lang))}</p>"
        self._present = set(_ANCHOR.findall(text))
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        bar.setValue(position)
        target = self._pick(self._wanted)
        if target and target != self._anchor:
            self._scroll(target)

    def show_article(self, keys: Sequence[str] | str) -> None:
        """Scroll the first of ``keys`` (``payment``) that the contract has into view."""
        self._wanted = [keys] if isinstance(keys, str) else list(keys)
        target = self._pick(self._wanted)
        if target:
            self._scroll(target)
        else:
            self._anchor = ""  # not rendered yet: the next render scrolls there

    def _pick(self, keys: Sequence[str]) -> str:
        return next((k for k in keys if k in self._present), "")

    def _scroll(self, key: str) -> None:
        self._anchor = key
        self.scrollToAnchor(f"art-{key}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._anchor:  # reflowed text moves: come back to the article shown
            self.scrollToAnchor(f"art-{self._anchor}")
