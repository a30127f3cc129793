"""Starting the GUI, and rendering one view to a PNG without a screen (``--screenshot``)."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.cli import CliError
from desktop.files import read_file
from desktop.main_window import MainWindow
from desktop.refcount_guard import protect
from desktop.state import StudyState
from desktop.views.background import BackgroundRun
from desktop.views.portfolio_worker import cancel_all
from projects.example import EXAMPLE_NAME, example_study
from projects.study import Study
from projects.study_file import StudyFileError


def application() -> QApplication:
    """The QApplication (created once), named so QSettings finds the user's settings."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        QCoreApplication.setOrganizationName("Weegwijzer")
        QCoreApplication.setApplicationName("Weegwijzer")
        app = QApplication([sys.argv[0] if sys.argv else "weegwijzer"])
        app.aboutToQuit.connect(cancel_all)  # no worker may outlive the objects it reports to
    protect()
    return app


def example() -> tuple[Study, Path | None]:
    """The shipped Assen study with its (never overwritten) path; an empty study if absent."""
    try:
        return example_study(), Path(str(resources.files("resources").joinpath(EXAMPLE_NAME)))
    except (OSError, StudyFileError):
        return Study(), None


def run_gui(path: Path | None, lang: str | None) -> int:
    """Open the main window on ``path`` (or the example) and run until it closes."""
    app = application()
    lang = lang or i18n.saved_language()
    i18n.install(lang)
    study, own = example()
    state = StudyState(study, own, lang)
    window = MainWindow(state)
    window.show()
    if path is None or not window.files.open_path(Path(path), ask=False):
        window.files.offer_recovery()
    return app.exec()


def screenshot(
    png_path: Path, view: str, lang: str, path: Path | None, size: tuple[int, int]
) -> None:
    """Render ``view`` of the study at ``path`` (or the example) offscreen into ``png_path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    i18n.install(lang)
    try:
        study, own = read_file(Path(path), lang) if path else example()
    except StudyFileError as exc:
        raise CliError(exc.text("en")) from None
    except (ImportError, ValueError) as exc:
        raise CliError(f"{path}: {exc}") from None
    state = StudyState(study, own, lang)
    window = MainWindow(state, remember=False)
    window.resize(*size)
    window.show()
    app.processEvents()  # lay the window out before docks are resized for the view
    if not window.show_view(view):
        known = ", ".join(["weights", *window.view_keys()])
        raise CliError(f"view '{view}' is not available in this version (available: {known})")
    for _ in range(3):
        app.processEvents()
    state.recompute()
    app.processEvents()
    wait = getattr(window.current_view(), "wait", None)
    if wait is not None:  # a view that computes in a worker thread: let it finish
        wait()
        app.processEvents()
    for run in window.findChildren(BackgroundRun):  # background results belong in the picture
        run.wait()
    app.processEvents()
    image = window.grab()
    window.close()
    if not image.save(str(png_path)):
        raise OSError(f"could not write {png_path}")
