"""The Settings dialog: model (default / a file / the catalog), GPU layers, threads, language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from subcontract_assist.core.settings import AppSettings, ModelChoice
from subcontract_assist.ui.dialogs import FileDialogs


class SettingsDialog(QDialog):
    """Edits an AppSettings; ``ask`` returns the new settings or None when cancelled."""

    def __init__(
        self, settings: AppSettings, catalog: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("설정"))
        self.setMinimumWidth(520)
        self.model_buttons = {
            ModelChoice.DEFAULT: QRadioButton(self.tr("기본 모델 (Gemma 3 270M, 내장)"), self),
            ModelChoice.FILE: QRadioButton(self.tr("모델 파일(.gguf)"), self),
            ModelChoice.CATALOG: QRadioButton(self.tr("카탈로그의 모델"), self),
        }
        group = QButtonGroup(self)
        for button in self.model_buttons.values():
            group.addButton(button)
        self.model_buttons[settings.model].setChecked(True)
        self.model_path = QLineEdit(settings.model_path, self)
        self.browse = QPushButton(self.tr("찾아보기…"), self)
        self.catalog = QComboBox(self)
        self.catalog.addItems(list(catalog))
        self.catalog.setCurrentText(settings.catalog_name)
        self.catalog.setEnabled(bool(catalog))
        self._build_other_fields(settings)
        self._settings = settings
        self._build_layout()
        self.browse.clicked.connect(self._on_browse_clicked)

    def _spin(self, low: int, high: int, special: str, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSpecialValueText(special)  # shown for the lowest value: automatic / off
        spin.setValue(value)
        return spin

    def _build_other_fields(self, settings: AppSettings) -> None:
        self.gpu_layers = self._spin(-1, 999, self.tr("자동"), settings.gpu_layers)
        self.threads = self._spin(0, 256, self.tr("자동"), settings.threads)
        self.language = QComboBox(self)
        for value, label in (
            ("system", self.tr("시스템 설정 따르기")),
            ("ko", "한국어"),
            ("en", "English"),
        ):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.autosave = self._spin(0, 3600, self.tr("끄기"), settings.autosave_seconds)
        self.autosave.setSuffix(self.tr(" 초"))

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.model_path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("모델"), self.model_buttons[ModelChoice.DEFAULT])
        form.addRow("", self.model_buttons[ModelChoice.FILE])
        form.addRow("", file_row)
        form.addRow("", self.model_buttons[ModelChoice.CATALOG])
        form.addRow("", self.catalog)
        form.addRow(self.tr("GPU 레이어"), self.gpu_layers)
        form.addRow(self.tr("CPU 스레드"), self.threads)
        form.addRow(self.tr("언어"), self.language)
        form.addRow(self.tr("자동 저장 간격"), self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> AppSettings:
        """Return the settings as edited."""
        model = next(k for k, b in self.model_buttons.items() if b.isChecked())
        return self._settings.replace(
            model=model,
            model_path=self.model_path.text().strip(),
            catalog_name=self.catalog.currentText(),
            gpu_layers=self.gpu_layers.value(),
            threads=self.threads.value(),
            language=self.language.currentData(),
            autosave_seconds=self.autosave.value(),
        )

    def _on_browse_clicked(self) -> None:
        start = Path(self.model_path.text()).parent if self.model_path.text() else Path.home()
        path = FileDialogs.ask_model_file(self, start)
        if path is not None:
            self.model_path.setText(str(path))
            self.model_buttons[ModelChoice.FILE].setChecked(True)

    @classmethod
    def ask(
        cls, parent: QWidget, settings: AppSettings, catalog: Sequence[str]
    ) -> AppSettings | None:
        """Return the settings the user accepted, or None when cancelled."""
        dialog = cls(settings, catalog, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
