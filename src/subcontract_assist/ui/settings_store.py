"""The one place that uses QSettings: AppSettings, recent files and window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from subcontract_assist.core.settings import AppSettings, ModelChoice

MAX_RECENT = 8
_LANGUAGES = ("system", "ko", "en")


class SettingsStore:
    """Read and write the user's settings (``settings/…``) apart from window state (``state/…``).

    Tests pass a QSettings on a temporary ini file; the app uses the per-user default.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    @classmethod
    def at(cls, ini: Path) -> SettingsStore:
        """Return a store backed by the ini file ``ini`` (tests, portable installs)."""
        return cls(QSettings(str(ini), QSettings.Format.IniFormat))

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._q.value(key, default)))
        except ValueError:
            return default

    def load(self) -> AppSettings:
        """Return the saved settings; anything missing or malformed falls back to the default."""
        default = AppSettings()
        model = str(self._q.value("settings/model", default.model.value))
        language = str(self._q.value("settings/language", default.language))
        return AppSettings(
            model=ModelChoice(model) if model in ModelChoice._value2member_map_ else default.model,
            model_path=str(self._q.value("settings/model_path", "")),
            catalog_name=str(self._q.value("settings/catalog_name", "")),
            gpu_layers=self._int("settings/gpu_layers", default.gpu_layers),
            threads=self._int("settings/threads", default.threads),
            language=language if language in _LANGUAGES else default.language,  # type: ignore[arg-type]
            autosave_seconds=self._int("settings/autosave_seconds", default.autosave_seconds),
        )

    def save(self, settings: AppSettings) -> None:
        """Store ``settings``."""
        self._q.setValue("settings/model", settings.model.value)
        self._q.setValue("settings/model_path", settings.model_path)
        self._q.setValue("settings/catalog_name", settings.catalog_name)
        self._q.setValue("settings/gpu_layers", settings.gpu_layers)
        self._q.setValue("settings/threads", settings.threads)
        self._q.setValue("settings/language", settings.language)
        self._q.setValue("settings/autosave_seconds", settings.autosave_seconds)
        self._q.sync()

    def recent_files(self) -> list[Path]:
        """Return the recently used drafts that still exist, most recent first."""
        value = self._q.value("state/recent_files", [])
        items = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [Path(p) for p in items if p and Path(p).is_file()][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        paths = [str(path.resolve())]
        paths += [str(p) for p in self.recent_files() if str(p) != paths[0]]
        self._q.setValue("state/recent_files", paths[:MAX_RECENT])
        self._q.sync()

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Return the saved geometry and splitter/dock state of the main window."""
        geometry = self._q.value("state/geometry")
        splitter = self._q.value("state/splitter")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            splitter if isinstance(splitter, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self._q.setValue("state/geometry", geometry)
        self._q.setValue("state/splitter", splitter)
        self._q.sync()
