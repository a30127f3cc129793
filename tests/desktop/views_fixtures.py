"""Shared set-up of the analysis-view tests: a state over the test study, a shown view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import desktop.views  # noqa: F401  (installs the PySide6 refcount guard first)
from desktop.state import StudyState
from tests.factories import make_study

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def state(qtbot):
    return StudyState(make_study(), lang="en")


@pytest.fixture
def show(qtbot):
    """``show(view)``: the view shown at 1280 x 800 (offscreen), its first refresh done."""

    def shown(view):
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        QApplication.processEvents()
        return view

    return shown


@pytest.fixture
def dutch(qapp, state):
    """Switches ``state`` to Dutch as the application does: the views' Dutch translation
    installed and the state's language set; removed after the test."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "views_nl.qm"))

    def switch() -> None:
        qapp.installTranslator(translator)
        state.set_language("nl")

    yield switch
    qapp.removeTranslator(translator)


@pytest.fixture
def exported(tmp_path):
    """``exported(view)``: the view's PNG and SVG export, checked to have content."""

    def check(view) -> None:
        _assert_image_files(view, tmp_path)

    return check


def _assert_image_files(view, tmp_path: Path) -> None:
    view.export_image(tmp_path / "view.png")
    view.export_image(tmp_path / "view.svg")
    assert (tmp_path / "view.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "view.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and len(svg) > 1000
