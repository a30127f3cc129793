"""Fixtures of the analysis-view tests (with conftest.py's ``state`` over the test study)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n


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
def dutch(state):
    """``dutch()`` switches to Dutch as the main window does: translators, then the state."""

    def switch() -> None:
        assert "views_nl.qm" in i18n.install("nl")
        state.set_language("nl")

    return switch


@pytest.fixture
def exported(tmp_path):
    """``exported(view)``: the view's PNG and SVG export, checked to have content."""

    def check(view) -> None:
        view.export_image(tmp_path / "view.png")
        view.export_image(tmp_path / "view.svg")
        assert (tmp_path / "view.png").read_bytes().startswith(b"\x89PNG")
        svg = (tmp_path / "view.svg").read_text(encoding="utf-8")
        assert "<svg" in svg and len(svg) > 1000

    return check
