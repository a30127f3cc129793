"""The GUI language: Dutch by default, English on request, remembered in QSettings.

Qt texts are written in English (``tr``) and translated by every
``resources/translations/*_<lang>.qm`` catalogue (one per part of the GUI), plus Qt's own
``qtbase_<lang>.qm`` for standard buttons; English needs no catalogue.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
_KEY = "language"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("translations")))


def saved_language() -> str:
    """The language chosen last time (Dutch the first time)."""
    lang = QSettings().value(_KEY, DEFAULT)
    return lang if lang in LANGUAGES else DEFAULT


def remember_language(lang: str) -> None:
    QSettings().setValue(_KEY, lang)


def install(lang: str) -> list[str]:
    """Replace the application's translators by those of ``lang``; returns the loaded files."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang == "en":
        return []
    files = sorted(translations_dir().glob(f"*_{lang}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files += sorted(Path(qt_dir).glob(f"qtbase_{lang}.qm"))
    loaded = []
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    return loaded
