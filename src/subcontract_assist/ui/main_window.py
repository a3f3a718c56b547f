"""The main window: start screen or workspace, menus and shortcuts, files, status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget

from subcontract_assist import __version__
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.findings import Finding
from subcontract_assist.core.settings import AppSettings
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.controllers import ReviewController, ReviewerSource
from subcontract_assist.ui.dialogs import FileDialogs
from subcontract_assist.ui.file_actions import Exporter, FileActions
from subcontract_assist.ui.i18n import Translators
from subcontract_assist.ui.received_review import ReceivedReviewPage, ReceivedReviewPorts
from subcontract_assist.ui.session import DraftSession
from subcontract_assist.ui.settings_dialog import SettingsDialog
from subcontract_assist.ui.settings_store import SettingsStore
from subcontract_assist.ui.start_page import StartPage
from subcontract_assist.ui.workspace import Workspace

ReviewerFactory = Callable[[AppSettings], ReviewerSource | None]


def open_with_system(path: Path) -> None:
    """Open ``path`` in the system's default application (the word processor for .docx)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MainWindow(QMainWindow):
    """The application's main window; app.py injects the adapters (exporter, model)."""

    def __init__(
        self,
        store: SettingsStore | None = None,
        *,
        translators: Translators | None = None,
        reviewer_factory: ReviewerFactory | None = None,
        exporter: Exporter | None = None,
        autosaver: Autosaver | None = None,
        open_file: Callable[[Path], None] = open_with_system,
        catalog: Sequence[str] = (),
        received: ReceivedReviewPorts | None = None,
    ) -> None:
        super().__init__()
        self.store = store or SettingsStore()
        self.settings = self.store.load()
        self.translators = translators
        self.reviewer_factory = reviewer_factory
        self.catalog = tuple(catalog)
        self.lang: Lang = translators.language if translators else "ko"
        self.session = DraftSession(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one model, serialised calls
        factory_source = reviewer_factory(self.settings) if reviewer_factory else None
        self.review = ReviewController(factory_source, self.pool, self)
        self._build_pages(received, open_file)
        self.files = FileActions(
            self, self, self.session, self.store, exporter, autosaver, open_file
        )
        self._build_status_bar()
        self.actions_by_name = self._build_actions()
        self._connect()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.files.autosave)
        self._apply_autosave_interval()
        self.start.set_recent(self.store.recent_files())
        self.retranslate()
        self._restore_state()

    def _build_pages(
        self, received: ReceivedReviewPorts | None, open_file: Callable[[Path], None]
    ) -> None:
        self.start = StartPage(self)
        self.workspace = Workspace(self.session, self.review, parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.workspace)
        self.received: ReceivedReviewPage | None = None
        if received is not None:
            self.received = ReceivedReviewPage(received, self.review, open_file, self)
            self.received.closed.connect(self.show_start)
            self.stack.addWidget(self.received)
        self.setCentralWidget(self.stack)

    def _restore_state(self) -> None:
        self.resize(1280, 800)
        geometry, splitter = self.store.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if splitter is not None:
            self.workspace.splitter.restoreState(splitter)

    def _build_status_bar(self) -> None:
        self.model_label = QLabel(self)
        self.backend_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.model_label)
        bar.addPermanentWidget(self.backend_label)

    def _build_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, QKeySequence | str, Callable[[], object]]] = [
            ("new", QKeySequence(QKeySequence.StandardKey.New), self.files.new),
            ("open", QKeySequence(QKeySequence.StandardKey.Open), self.files.open),
            ("save", QKeySequence(QKeySequence.StandardKey.Save), self.files.save),
            ("save_as", "Ctrl+Shift+S", self.files.save_as),
            ("export", "Ctrl+E", self.files.export),
            ("review_received", "Ctrl+R", self._on_review_received),
            ("settings", "Ctrl+,", self.edit_settings),
            ("quit", "Ctrl+Q", self.close),
            ("next_section", "Ctrl+PgDown", lambda: self.workspace.step_section(+1)),
            ("previous_section", "Ctrl+PgUp", lambda: self.workspace.step_section(-1)),
            ("focus_findings", "Ctrl+Shift+F", self.workspace.findings.table.setFocus),
            ("cancel_review", "Esc", self.review.cancel),
        ]
        actions: dict[str, QAction] = {}
        for name, keys, slot in specs:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        self.file_menu = self.menuBar().addMenu("")
        for name in ("new", "open", "save", "save_as", "export", "review_received"):
            self.file_menu.addAction(actions[name])
        self.file_menu.addSeparator()
        self.file_menu.addAction(actions["settings"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(actions["quit"])
        self.view_menu = self.menuBar().addMenu("")
        for name in ("next_section", "previous_section", "focus_findings", "cancel_review"):
            self.view_menu.addAction(actions[name])
        return actions

    def _connect(self) -> None:
        self.start.new_requested.connect(self.files.new_draft)
        self.start.open_requested.connect(self.files.open)
        self.start.recent_requested.connect(self.files.open_path)
        self.start.review_requested.connect(self._on_review_received)
        self.session.replaced.connect(self._on_session_replaced)
        self.session.dirty_changed.connect(self._update_title)
        self.review.started.connect(self._on_review_started)
        self.review.progressed.connect(self._on_review_progressed)
        self.review.finished.connect(self._on_review_ended)
        self.review.cancelled.connect(self._on_review_ended)
        self.review.failed.connect(self._on_review_failed)
        self.review.model_ready.connect(self._on_model_ready)

    # -- language --------------------------------------------------------------------------

    def apply_language(self, lang: Lang) -> None:
        """Show the interface in ``lang`` (after the translators were switched)."""
        self.lang = lang
        self.retranslate()

    def set_language_choice(self, choice: str) -> None:
        """Switch the translators to ``choice`` (system / ko / en) and retranslate everything."""
        if self.translators is not None:
            self.apply_language(self.translators.install(choice))  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        texts = {
            "new": self.tr("새 계약서(&N)"),
            "open": self.tr("열기(&O)…"),
            "save": self.tr("저장(&S)"),
            "save_as": self.tr("다른 이름으로 저장(&A)…"),
            "export": self.tr("Word로 내보내기(&E)…"),
            "review_received": self.tr("받은 계약서 검토(&R)…"),
            "settings": self.tr("설정(&T)…"),
            "quit": self.tr("끝내기(&Q)"),
            "next_section": self.tr("다음 단계"),
            "previous_section": self.tr("이전 단계"),
            "focus_findings": self.tr("검토 의견으로 이동"),
            "cancel_review": self.tr("모델 검토 취소"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.file_menu.setTitle(self.tr("파일(&F)"))
        self.view_menu.setTitle(self.tr("보기(&V)"))
        self.start.retranslate()
        if self.received is not None:
            self.received.lang = self.lang
            self.received.retranslate()
        self.actions_by_name["review_received"].setEnabled(self.received is not None)
        self.start.review_button.setEnabled(self.received is not None)
        self.workspace.set_language(self.lang)
        source = self.review.source
        self.model_label.setText(
            self.tr("모델: ") + source.name if source else self.tr("모델 없음 (규칙만 검토)")
        )
        self._update_title()

    def _update_title(self) -> None:
        name = self.session.path.name if self.session.path else self.tr("새 초안")
        mark = "*" if self.session.dirty else ""
        app = self.tr("공정 하도급계약서 작성 도우미")
        shown = self.stack.currentWidget() is self.workspace
        self.setWindowTitle(
            f"{mark}{name} — {app} {__version__}" if shown else f"{app} {__version__}"
        )

    # -- screens ---------------------------------------------------------------------------

    def open_findings(self) -> list[Finding]:
        """Return the findings the workspace shows now (the file commands' export summary)."""
        return self.workspace.findings_model.findings

    def show_start(self) -> None:
        self.start.set_recent(self.store.recent_files())
        self.stack.setCurrentWidget(self.start)
        self._update_title()

    def _on_session_replaced(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self._update_title()

    def offer_recovery(self) -> bool:
        """Offer back the draft a crashed session left; return True when it was restored."""
        return self.files.offer_recovery()

    def edit_settings(self) -> None:
        """Open the Settings dialog and apply what changed."""
        new = SettingsDialog.ask(self, self.settings, self.catalog)
        if new is None or new == self.settings:
            return
        old, self.settings = self.settings, new
        self.store.save(new)
        if new.language != old.language:
            self.set_language_choice(new.language)
        self._apply_autosave_interval()
        if self.reviewer_factory is not None and (
            (new.model, new.model_path, new.catalog_name, new.gpu_layers, new.threads)
            != (old.model, old.model_path, old.catalog_name, old.gpu_layers, old.threads)
        ):
            self.review.shutdown()
            self.review.source = self.reviewer_factory(new)
            self.retranslate()
            self.review.preload()

    def _apply_autosave_interval(self) -> None:
        seconds = self.settings.autosave_seconds
        if seconds > 0:
            self.autosave_timer.start(seconds * 1000)
        else:
            self.autosave_timer.stop()

    def _on_review_received(self) -> None:
        if self.received is None:
            return
        path = FileDialogs.ask_open_contract(self, Path.home())
        if path is not None:
            self.stack.setCurrentWidget(self.received)
            self.received.lang = self.lang
            self.received.start(path)

    # -- review progress -------------------------------------------------------------------

    def _on_review_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.statusBar().showMessage(self.tr("모델이 특약을 검토하는 중…"))

    def _on_review_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_review_ended(self, *_args: object) -> None:
        if not self.review.running:
            self.progress.hide()
            self.statusBar().clearMessage()

    def _on_review_failed(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().showMessage(self.tr("모델 검토 실패 (규칙 검토는 계속됩니다): ") + message)

    def _on_model_ready(self, name: str, backend: str) -> None:
        self.model_label.setText(self.tr("모델: ") + name)
        self.backend_label.setText(backend)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_close():
            event.ignore()
            return
        self.review.shutdown()
        self.files.discard_autosave()
        self.store.save_window_state(self.saveGeometry(), self.workspace.splitter.saveState())
        event.accept()
