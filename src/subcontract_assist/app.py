"""Composition root of the desktop app: QApplication, fonts, translators, adapters, main window."""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from subcontract_assist.core.clauses.reviewer import ClauseReviewer
from subcontract_assist.core.document.structure import ContractDocument
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.models.catalog import find_entry, load_catalog, user_models_dir
from subcontract_assist.core.settings import AppSettings, ModelChoice
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.controllers import ReviewerSource
from subcontract_assist.ui.file_actions import PdfConverter
from subcontract_assist.ui.i18n import Translators, register_korean_font
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.received_review import ReceivedReviewPorts
from subcontract_assist.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from subcontract_assist.core.negotiation.markup import Block
    from subcontract_assist.core.received.review import ContractReview
    from subcontract_assist.core.received.structure import SourceDocument


# The adapters are imported inside the functions that use them: python-docx/lxml and the
# llama.cpp wrapper cost about a second of imports that the start screen does not need.


def export_docx(doc: ContractDocument, path: Path) -> None:
    """Write ``doc`` as a .docx with the shipped reference styles."""
    from subcontract_assist.adapters.docx_renderer import DocxRenderer

    DocxRenderer().write(doc, path)


def export_hwpx(doc: ContractDocument, path: Path) -> None:
    """Write ``doc`` as a 한글 .hwpx (the same document model as the .docx)."""
    from subcontract_assist.adapters.hwpx_renderer import HwpxRenderer

    HwpxRenderer().write(doc, path)


def pdf_converter() -> PdfConverter | None:
    """Return the LibreOffice .docx → PDF converter when LibreOffice is installed."""
    from subcontract_assist.adapters.pdf_export import pdf_converter as find

    return find()


def annotate_review(source: Path, target: Path, review: ContractReview, lang: Lang) -> int:
    """Write the commented copy of a received contract (see ``adapters.review_copies``)."""
    from subcontract_assist.adapters.review_copies import write_commented_copy

    return write_commented_copy(source, target, review, lang)


def redline_review(source: Path, target: Path, review: ContractReview, lang: Lang) -> int:
    """Write a copy of the received .docx with the fair wording as Word tracked changes."""
    from subcontract_assist.adapters.docx_redline import write_redline
    from subcontract_assist.core.negotiation.redline import plan_redline

    return write_redline(source, target, plan_redline(review, lang)).changed


def write_letter_docx(blocks: Sequence[Block], path: Path) -> None:
    """Write a letter (수정 요청서, 조정 신청서) to .docx."""
    from subcontract_assist.adapters.docx_letter import write_letter

    write_letter(blocks, path)


def read_received(path: Path) -> SourceDocument:
    """Read a received contract (.docx, .hwpx, .hwp, .pdf or text)."""
    from subcontract_assist.adapters.readers import read_contract

    return read_contract(path)


def model_path(settings: AppSettings) -> Path | None:
    """Return the .gguf the settings pick; None means the bundled default model."""
    if settings.model is ModelChoice.FILE and settings.model_path:
        return Path(settings.model_path)
    if settings.model is ModelChoice.CATALOG and settings.catalog_name:
        try:
            entry = find_entry(settings.catalog_name, load_catalog())
        except AppError:
            return None
        return user_models_dir() / entry.file
    return None


def reviewer_source(settings: AppSettings) -> ReviewerSource:
    """Return how to load the llama.cpp clause reviewer for ``settings``.

    Nothing heavy happens here: the model loads on the review thread when first needed, and if
    that fails the window says so and keeps checking with the rules alone.
    """
    from subcontract_assist.adapters.llama_reviewer import ReviewerSettings

    path = model_path(settings)
    config = ReviewerSettings(
        model_path=path,
        n_threads=settings.threads or None,
        n_gpu_layers=None if settings.gpu_layers < 0 else settings.gpu_layers,
    )
    found: dict[str, str] = {}

    def load() -> ClauseReviewer:
        from subcontract_assist.adapters.llama_backend import backend_report
        from subcontract_assist.adapters.llama_reviewer import LlamaReviewer

        reviewer = LlamaReviewer(config)
        reviewer.load()
        found["backend"] = backend_report().summary()
        return reviewer

    return ReviewerSource(
        name=path.stem if path else "Gemma 3 270M",
        load=load,
        backend=lambda: found.get("backend", "CPU"),
    )


def catalog_names() -> list[str]:
    """Return the names of the catalog's models for the Settings dialog (none if unreadable)."""
    try:
        return [entry.name for entry in load_catalog()]
    except AppError:
        return []


def create_app(argv: Sequence[str]) -> QApplication:
    """Return the QApplication, set up for high-DPI screens."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("Subcontract Assist")
    app.setOrganizationName("SubcontractAssist")
    return app


def build_window(app: QApplication, store: SettingsStore | None = None) -> MainWindow:
    """Return the main window with its translators, exporter, autosave and model wired in."""
    register_korean_font(app)
    store = store or SettingsStore()
    translators = Translators(app)
    translators.install(store.load().language)
    return MainWindow(
        store,
        translators=translators,
        reviewer_factory=reviewer_source,
        exporter=export_docx,
        exporters={"hwpx": export_hwpx},
        pdf=pdf_converter(),
        autosaver=Autosaver(),
        catalog=catalog_names(),
        received=ReceivedReviewPorts(
            read=read_received,
            annotate=annotate_review,
            redline=redline_review,
            write_letter=write_letter_docx,
        ),
    )


def warm_up() -> None:
    """Load the rules, the renderer and the Korean analyser while the start screen shows.

    The clause reader's analyser takes 1–2 s to load; loaded here, the first 특약 typed is read
    within the keystroke budget.
    """
    import subcontract_assist.core.document.preview
    import subcontract_assist.core.document.rendering
    import subcontract_assist.core.rules.engine  # noqa: F401
    from subcontract_assist.core.clauses.reading import warm_up as load_analyser

    load_analyser()


def main(argv: Sequence[str], path: Path | None = None) -> int:
    """Open the main window (and ``path``: a draft or a received contract), run until closed."""
    app = create_app(argv)
    window = build_window(app)
    window.show()
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    window.offer_recovery()
    if path is not None:
        window.open_given(path)
    window.review.preload()
    return int(app.exec())


@dataclass(frozen=True, slots=True)
class WindowGrab:
    """What the self-test saw of the main window."""

    visible: bool
    saved: bool  # the screenshot was written (True when none was asked for)
    title: str
    width: int
    height: int
    platform: str
    font: str
    korean_families: tuple[str, ...]


def open_and_grab(screenshot: Path | None, settle_ms: int = 500) -> WindowGrab:
    """Build the desktop app as :func:`main` does, show and grab its main window, close it.

    Used by ``--self-test`` to check the window starts (inside a package too).
    """
    app = create_app([])
    window = build_window(app)  # fonts, translators, settings, adapters: the real composition
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(settle_ms, loop.quit)  # let it lay out and paint
    loop.exec()
    visible = window.isVisible()
    pixmap = window.grab()
    saved = screenshot is None or pixmap.save(str(screenshot))
    korean = tuple(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
    grab = WindowGrab(
        visible, saved, window.windowTitle(), pixmap.width(), pixmap.height(), app.platformName(),
        app.font().family(), korean,
    )  # fmt: skip
    window.close()  # the way a user ends the app: its close handlers run
    app.processEvents()
    return grab
