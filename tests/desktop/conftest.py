"""Shared fixtures of the GUI tests: offscreen Qt, private settings, scripted message boxes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop import files, i18n  # noqa: E402
from desktop.refcount_guard import protect  # noqa: E402
from desktop.state import StudyState  # noqa: E402
from projects.study_file import load_study, save_study  # noqa: E402
from tests.factories import make_study  # noqa: E402


class Dialogs:
    """Stands in for QMessageBox's static functions: records what was asked, answers
    ``answer`` to questions (default: Cancel, so nothing is lost by accident)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def question(self, _parent, title, text, *_args, **_kwargs):
        self.asked.append((title, text))
        return self.answer

    def notice(self, _parent, title, text, *_args, **_kwargs):
        self.asked.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def gui_sandbox(qapp, tmp_path, monkeypatch):
    """Settings, autosave folder and language of every test are its own."""
    protect()  # PySide6 6.12 on Python 3.11 leaks references to None (see refcount_guard)
    QCoreApplication.setOrganizationName("WeegwijzerTests")
    QCoreApplication.setApplicationName("WeegwijzerTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    monkeypatch.setattr(files, "untitled_path", lambda: tmp_path / "untitled.weegwijzer.json")
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    scripted = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", scripted.question)
    monkeypatch.setattr(QMessageBox, "warning", scripted.notice)
    monkeypatch.setattr(QMessageBox, "information", scripted.notice)
    return scripted


@pytest.fixture
def study_path(tmp_path):
    path = tmp_path / "test.weegwijzer.json"
    save_study(make_study(), path)
    return path


@pytest.fixture
def state(study_path) -> StudyState:
    return StudyState(load_study(study_path), study_path, lang="en")


@pytest.fixture
def window(qtbot, state, dialogs):
    from desktop.main_window import MainWindow

    win = MainWindow(state, remember=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    dialogs.answer = QMessageBox.StandardButton.Discard  # let teardown close it
