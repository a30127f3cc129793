"""What every analysis view shares: method names, language handling, export, lazy refresh.

A view that is not on screen does not recompute; it marks itself stale and refreshes when it
is shown, so only the visible view pays for a ranking change (issue 6: recompute off the
critical path).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.charts import export_widget
from projects.study import METHODS


def method_labels() -> dict[str, str]:
    """The methods of ``projects.study.METHODS`` by their translated names."""
    labels = {
        "weighted_sum": QCoreApplication.translate("Methods", "Weighted sum"),
        "topsis": QCoreApplication.translate("Methods", "TOPSIS"),
        "promethee_ii": QCoreApplication.translate("Methods", "PROMETHEE II"),
        "vikor": QCoreApplication.translate("Methods", "VIKOR"),
    }
    return {method: labels[method] for method in METHODS}


FAILURE_COLOUR = "#b35806"  # the palette's dark orange: why no ranking could be made


def tint(label: QLabel, colour: str, bold: bool = False) -> QLabel:
    """Colour (and embolden) a label through its palette and font weight, not a style sheet:
    a style sheet would stop the presentation mode's larger font from reaching it."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def fill_checklist(widget: QListWidget, entries: list[tuple[str, str]], checked: set[str]) -> None:
    """Show (id, text) entries as checkable items, ticked when in ``checked``; the items are
    rebuilt only when the entries change, so a click keeps the list as it is."""
    widget.blockSignals(True)
    current = [
        (widget.item(r).data(Qt.ItemDataRole.UserRole), widget.item(r).text())
        for r in range(widget.count())
    ]
    if current != entries:
        widget.clear()
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            widget.addItem(item)
    for r, (key, _text) in enumerate(entries):
        on = Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked
        widget.item(r).setCheckState(on)
    widget.blockSignals(False)


def checked_keys(widget: QListWidget) -> list[str]:
    """The ids of the ticked items, top to bottom."""
    return [
        widget.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]


class AnalysisView(QWidget):
    """Base of the views: ``title()``, ``export_image(path)``, retranslation, lazy refresh.

    Subclasses implement ``title``, ``retranslate`` (texts of the widget itself) and ``refresh``
    (redraw from the state), and set ``export_target`` to the part worth exporting.
    """

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.export_target: QWidget = self
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh_now)
        state.language_changed.connect(self._language_changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def export_image(self, path: str | Path) -> None:
        """Write the view's chart as PNG, or SVG when ``path`` ends in .svg."""
        if self._stale:
            self._refresh_now()
        export_widget(self.export_target, path)

    def refresh_later(self) -> None:
        """Refresh in the next event-loop turn if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def state_changed(self, *_args) -> None:
        """Slot for the state's signals: a bound method (not a lambda), so Qt disconnects it
        when the view is deleted (the main window rebuilds its views on a language switch)."""
        self.refresh_later()

    def _refresh_now(self) -> None:
        self._timer.stop()
        self._stale = False
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, _lang: str) -> None:
        self.retranslate()
        self.refresh_later()
