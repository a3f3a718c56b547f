"""Interface language (Qt translators for our .qm and qtbase) and a Korean font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from subcontract_assist.core.settings import LanguageChoice, resolve_language
from subcontract_assist.core.text import Lang

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
FONTS_DIR = Path(__file__).resolve().parent / "fonts"
#: Korean UI fonts in order of preference (Nanum/Noto are OFL; the others ship with Windows/macOS).
KOREAN_FAMILIES = ("NanumGothic", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo")


class Translators:
    """Install and swap the app's translators; the source strings are Korean.

    Korean needs no .qm for our strings (they are the source text); English loads
    ``subcontract_assist_en.qm``. Qt's own dialogs use ``qtbase_<lang>.qm`` when Qt ships it.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: Lang = "ko"

    def install(self, choice: LanguageChoice, system_locale: str | None = None) -> Lang:
        """Switch to the language ``choice`` resolves to; widgets get a LanguageChange event."""
        locale = system_locale if system_locale is not None else QLocale.system().name()
        lang = resolve_language(choice, locale)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"subcontract_assist_{lang}", TRANSLATIONS_DIR),
            (f"qtbase_{lang}", qt_dir),
        ):
            translator = QTranslator(self._app)
            if translator.load(name, str(folder)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = lang
        return lang


def register_korean_font(app: QApplication) -> str | None:
    """Use a Korean-capable font for the interface; return its family, or None to keep Qt's.

    Fonts dropped in ``ui/fonts`` (a bundled NanumGothic, for instance) are registered first,
    so the app does not depend on system fonts; otherwise an installed Korean family is used and,
    failing that, Qt's fontconfig fallback still finds one if the system has any.
    """
    for path in sorted(FONTS_DIR.glob("*.[ot]tf")) if FONTS_DIR.is_dir() else []:
        QFontDatabase.addApplicationFont(str(path))
    families = set(QFontDatabase.families())
    family = next((f for f in KOREAN_FAMILIES if f in families), None)
    if family is not None:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return family
