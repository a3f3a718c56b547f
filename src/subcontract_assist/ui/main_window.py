"""The main window: start screen or workspace, menus and shortcuts, files, status bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QTextEdit,
    QToolBar,
)

from subcontract_assist import __version__
from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.settings import AppSettings
from subcontract_assist.core.text import Lang
from subcontract_assist.ui.controllers import ReviewController, ReviewerSource
from subcontract_assist.ui.dialogs import FileDialogs
from subcontract_assist.ui.file_actions import Exporter, FileActions, PdfConverter
from subcontract_assist.ui.i18n import Translators
from subcontract_assist.ui.received_review import ReceivedReviewPage, ReceivedReviewPorts
from subcontract_assist.ui.session import DraftSession
from subcontract_assist.ui.settings_dialog import SettingsDialog
from subcontract_assist.ui.settings_store import SettingsStore
from subcontract_assist.ui.start_page import StartPage
from subcontract_assist.ui.workspace import Workspace

if TYPE_CHECKING:
    from subcontract_assist.core.document.checklist import Checklist

ReviewerFactory = Callable[[AppSettings], ReviewerSource | None]
#: The size the window opens at when no size was saved and the screen has room for it.
PREFERRED_SIZE = (1280, 800)


class WindowShortcuts(QObject):
    """Keeps the window's shortcuts working whatever widget has focus.

    A focused line edit claims Ctrl+E (end of line on Linux) and Ctrl+Z (its own undo) before
    a window shortcut sees them. Ctrl+E is always the window's (export); Ctrl+Z is the window's
    (undo the applied fix) when the focused text box has nothing of its own to undo.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not self.window.isActiveWindow() and QApplication.activeWindow() is not None:
            return False
        combo = event.keyCombination()
        ctrl = combo.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
        if ctrl and combo.key() == Qt.Key.Key_E:
            return True  # not claimed by the widget: the window's Ctrl+E runs
        if ctrl and combo.key() == Qt.Key.Key_Z and self.window.session.can_undo:
            return not _has_own_undo(watched)
        return False


def _has_own_undo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.document().isUndoAvailable()
    return False


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
        exporters: Mapping[str, Exporter] | None = None,
        pdf: PdfConverter | None = None,
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
            self, self, self.session, self.store, exporter, autosaver, open_file, exporters, pdf
        )
        self.workspace.finish.set_formats(self.files.formats())
        self._review_folder = Path.home()
        self._build_status_bar()
        self.actions_by_name = self._build_actions()
        self._build_toolbar()
        self._connect()
        self.shortcuts = WindowShortcuts(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.shortcuts)
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
        geometry, splitter = self.store.window_state()
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = PREFERRED_SIZE
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if available is not None:
            fits = self.frameGeometry().height() <= available.height()
            if not fits or available.height() < PREFERRED_SIZE[1] + 40:
                # a laptop screen (1366×768): start maximised so nothing is below the edge
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            if available.height() < 900:
                self.workspace.middle.setSizes([2, 1])  # the form gets most of the height
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
        specs: list[
            tuple[str, QKeySequence | QKeySequence.StandardKey | str, Callable[[], object]]
        ] = [
            ("new", QKeySequence(QKeySequence.StandardKey.New), self.files.new),
            ("open", QKeySequence(QKeySequence.StandardKey.Open), self.files.open),
            ("save", QKeySequence(QKeySequence.StandardKey.Save), self.files.save),
            ("save_as", "Ctrl+Shift+S", self.files.save_as),
            ("export", "Ctrl+E", lambda: self.files.export("docx")),
            ("finish", "Ctrl+Shift+E", self.show_finish),
            ("undo_apply", QKeySequence.StandardKey.Undo, lambda: self.session.undo()),
            ("review_received", "Ctrl+R", self._on_review_received),
            ("settings", "Ctrl+,", self.edit_settings),
            ("quit", "Ctrl+Q", self.close),
            ("next_section", "Ctrl+PgDown", lambda: self.workspace.step_section(+1)),
            ("previous_section", "Ctrl+PgUp", lambda: self.workspace.step_section(-1)),
            ("focus_findings", "Ctrl+Shift+F", self.workspace.findings.table.setFocus),
            ("fold_findings", "Ctrl+Shift+K", self._toggle_findings),
            ("guide", "F1", self.show_guide),
            ("about", "", self.show_about),
            ("cancel_review", "Esc", self.review.cancel),
        ]
        actions: dict[str, QAction] = {}
        for name, keys, slot in specs:
            action = QAction(self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        self.file_menu = self.menuBar().addMenu("")
        for name in ("new", "open", "save", "save_as", "finish", "export", "review_received"):
            self.file_menu.addAction(actions[name])
        self.file_menu.addSeparator()
        self.file_menu.addAction(actions["settings"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(actions["quit"])
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(actions["undo_apply"])
        actions["undo_apply"].setEnabled(False)
        self.view_menu = self.menuBar().addMenu("")
        for name in (
            "next_section", "previous_section", "focus_findings", "fold_findings", "cancel_review"
        ):  # fmt: skip
            self.view_menu.addAction(actions[name])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(actions["guide"])
        self.help_menu.addAction(actions["about"])
        return actions

    def _build_toolbar(self) -> None:
        """저장 · 검토 및 내보내기 · 받은 계약서 검토, always in sight (as in Hancom and Word)."""
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icons = {  # the style's own icons: no emoji font is needed
            "save": QStyle.StandardPixmap.SP_DialogSaveButton,
            "export": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "review_received": QStyle.StandardPixmap.SP_FileDialogContentsView,
        }
        self.toolbar_actions = {
            name: QAction(self.style().standardIcon(icon), "", self) for name, icon in icons.items()
        }
        self.toolbar_actions["save"].triggered.connect(self.files.save)
        self.toolbar_actions["export"].triggered.connect(self.show_finish)
        self.toolbar_actions["review_received"].triggered.connect(self._on_review_received)
        for action in self.toolbar_actions.values():
            self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _connect(self) -> None:
        self.start.new_requested.connect(self.files.new_draft)
        self.start.open_requested.connect(self.files.open)
        self.start.recent_requested.connect(self.files.open_path)
        self.start.review_requested.connect(self._on_review_received)
        self.session.replaced.connect(self._on_session_replaced)
        self.session.dirty_changed.connect(self._update_title)
        self.session.undo_changed.connect(self.actions_by_name["undo_apply"].setEnabled)
        self.workspace.export_requested.connect(self._on_workspace_export_requested)
        self.workspace.save_requested.connect(self.files.save)
        self.workspace.message.connect(self._on_workspace_message)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
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
            "finish": self.tr("검토 및 내보내기…"),
            "undo_apply": self.tr("적용 되돌리기(&U)"),
            "fold_findings": self.tr("검토 의견 창 접기/펼치기"),
            "guide": self.tr("사용 안내(&G)"),
            "about": self.tr("프로그램 정보(&A)"),
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
        self.edit_menu.setTitle(self.tr("편집(&E)"))
        self.view_menu.setTitle(self.tr("보기(&V)"))
        self.help_menu.setTitle(self.tr("도움말(&H)"))
        self.toolbar.setWindowTitle(self.tr("도구 모음"))
        toolbar_texts = {
            "save": (self.tr("저장"), self.tr("초안을 저장합니다 (Ctrl+S)")),
            "export": (
                self.tr("검토 및 내보내기"),
                self.tr("남은 일을 확인하고 Word·PDF로 내보냅니다 (Ctrl+Shift+E)"),
            ),
            "review_received": (
                self.tr("받은 계약서 검토"),
                self.tr("상대방에게서 받은 계약서를 검토합니다 (Ctrl+R)"),
            ),
        }
        for name, (text, tip) in toolbar_texts.items():
            self.toolbar_actions[name].setText(text)
            self.toolbar_actions[name].setToolTip(tip)
        self.toolbar_actions["review_received"].setEnabled(self.received is not None)
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
        current = self.stack.currentWidget()
        if current is self.workspace:
            self.setWindowTitle(f"{mark}{name} — {app} {__version__}")
        elif self.received is not None and current is self.received:
            self.setWindowTitle(f"{self.tr('받은 계약서 검토')} — {app} {__version__}")
        else:
            self.setWindowTitle(f"{app} {__version__}")

    # -- screens ---------------------------------------------------------------------------

    def export_checklist(self) -> Checklist:
        """Return what is left before export (the file commands' export summary)."""
        return self.workspace.checklist()

    def show_finish(self) -> None:
        """Go to the last step, 검토 및 내보내기 (the toolbar's 내보내기)."""
        if self.stack.currentWidget() is not self.workspace:
            if self.workspace.page.section is None:  # no draft open yet
                self.statusBar().showMessage(
                    self.tr("먼저 계약서를 작성하거나 초안을 여세요."), 5000
                )
                return
            self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_finish()

    def show_guide(self) -> None:
        """A short guide to the steps (F1)."""
        QMessageBox.information(
            self,
            self.tr("사용 안내"),
            self.tr(
                "1. 시작 화면에서 거래 유형과 귀사의 위치를 고르고 '새 계약서 작성'을 누릅니다.\n"
                "2. 왼쪽 단계를 차례로 답합니다 (Ctrl+PgDown: 다음 단계). 오른쪽 미리보기가 "
                "바로 계약서를 보여 줍니다.\n"
                "3. 문제가 있으면 항목 아래와 검토 의견 목록에 표시됩니다. '공정 문구 적용'으로 "
                "고치고, Ctrl+Z로 되돌릴 수 있습니다.\n"
                "4. 마지막 단계 '검토 및 내보내기'에서 남은 일을 확인하고 Word·PDF로 "
                "내보냅니다.\n"
                "5. 받은 계약서는 도구 모음의 '받은 계약서 검토'로 점검합니다.\n\n"
                "이 프로그램은 법률 자문이 아닙니다. 중요한 계약은 전문가와 상의하세요."
            ),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("프로그램 정보"),
            self.tr("공정 하도급계약서 작성 도우미") + f" {__version__}\n\n"
            + self.tr("하도급법에 맞는 계약서 작성과 받은 계약서 검토를 돕습니다. "
                      "모든 작업은 이 컴퓨터 안에서만 이루어집니다."),
        )  # fmt: skip

    def _toggle_findings(self) -> None:
        panel = self.workspace.findings
        panel.set_collapsed(not panel.collapsed)

    def _on_workspace_export_requested(self, kind: str) -> None:
        self.files.export(kind, confirm=False)

    def _on_workspace_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_stack_current_changed(self, _index: int) -> None:
        self._update_title()

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

    def open_given(self, path: Path) -> None:
        """Open a file given on the command line: a draft in the interview, else a review."""
        if path.name.endswith(".json"):
            self.files.open_path(path)
            return
        if self.received is None:
            return
        self._review_folder = path.parent
        self.stack.setCurrentWidget(self.received)
        self.received.lang = self.lang
        self.received.start(path)

    def _on_review_received(self) -> None:
        if self.received is None:
            return
        path = FileDialogs.ask_open_contract(self, self._review_folder)
        if path is not None:
            self._review_folder = path.parent
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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.shortcuts)
        self.files.discard_autosave()
        self.store.save_window_state(self.saveGeometry(), self.workspace.splitter.saveState())
        event.accept()
