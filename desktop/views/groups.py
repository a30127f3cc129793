"""Related views under one main tab, each on an inner tab, so the window's tab bar fits.

Sensitivity (sweep, acceptability, tornado), portfolio (value for money, budget sweep,
robustness) and the workshop (participants, agreement) each get one main tab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget

GROUP_OF = {
    "sweep": "sensitivity",
    "acceptability": "sensitivity",
    "tornado": "sensitivity",
    "portfolio": "portfolio",
    "portfolio_sweep": "portfolio",
    "portfolio_acceptability": "portfolio",
    "workshop": "workshop",
    "disagreement": "workshop",
}
"""The group of each grouped view key; views not named here keep a main tab of their own."""


class ViewGroup(QTabWidget):
    """A main tab holding several views; it exports and titles like a single view."""

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setDocumentMode(True)

    def title(self) -> str:
        titles = {
            "sensitivity": self.tr("Sensitivity"),
            "portfolio": self.tr("Portfolio"),
            "workshop": self.tr("Workshop"),
        }
        return titles[self.key]

    def add_view(self, view: QWidget) -> None:
        self.addTab(view, view.title())

    def export_image(self, path: str | Path) -> None:
        """The image of the inner view on show."""
        self.currentWidget().export_image(path)
