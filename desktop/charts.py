"""Shared chart pieces: stacked horizontal bars and exporting a view as PNG or SVG.

Plot items are created once and updated with ``setOpts`` / ``setData`` (pyqtgraph redraws an
updated item cheaply; rebuilding a plot per slider step does not keep up with a drag).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="k")


class Chart(pg.PlotWidget):
    """A still plot (no mouse zoom, no menu) whose text follows the widget's font, so the
    presentation mode's larger font reaches the charts too. Subclasses redo their labels in
    ``relabel`` (called after the font changed)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.disableAutoRange()
        self._apply_font()

    def relabel(self) -> None:
        """Lay out the chart's own labels again (the font changed)."""

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
            self.relabel()

    def _apply_font(self) -> None:
        font = self.font()
        self.scene().setFont(font)
        for name in ("left", "bottom", "right", "top"):
            axis = self.getPlotItem().getAxis(name)
            axis.setTickFont(font)
            axis.label.setFont(font)


class RowChart(Chart):
    """One labelled row per item, top to bottom, with bars along x: the row labels are elided
    to ``LABEL_SHARE`` of the chart's width and laid out again when the font changes."""

    LABEL_SHARE = 0.4

    def __init__(self, parent=None, grid: bool = True) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.invertY(True)
        if grid:
            plot.showGrid(x=True, alpha=0.25)
        plot.getAxis("left").setStyle(tickLength=0)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.labels: list[str] = []

    def set_rows(self, labels: list[str]) -> None:
        """Label the rows 0, 1, ... top to bottom and fit the y range to them."""
        self.labels = list(labels)
        self.getPlotItem().setYRange(-0.6, max(len(self.labels), 1) - 0.4, padding=0)
        self.relabel()

    def relabel(self) -> None:
        if getattr(self, "labels", None):  # pyqtgraph sets fonts before __init__ is through
            budget = self.LABEL_SHARE * max(self.width(), 400)
            set_axis_labels(self.getPlotItem(), "left", list(enumerate(self.labels)), budget)


def stack_segments(parts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Left edges and widths of stacked segments: positive parts stack right of 0, negative
    parts left of it, each in column order (``parts`` is rows x parts)."""
    positive = np.where(parts > 0, parts, 0.0)
    negative = np.where(parts < 0, parts, 0.0)
    right_start = np.cumsum(positive, axis=1) - positive
    left_start = np.cumsum(negative, axis=1)
    return np.where(parts >= 0, right_start, left_start), np.abs(parts)


class StackedBars:
    """Horizontal bars, one per row, stacked from coloured parts (one ``BarGraphItem`` each)."""

    HEIGHT = 0.7

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self.items: list[pg.BarGraphItem] = []

    def set_colours(self, colours: list[QColor]) -> None:
        """One part per colour; items are only created or removed when the count changes."""
        while len(self.items) > len(colours):
            self._plot.removeItem(self.items.pop())
        while len(self.items) < len(colours):
            item = pg.BarGraphItem(x0=[], y=[], width=[], height=self.HEIGHT, pen=pg.mkPen(None))
            self._plot.addItem(item)
            self.items.append(item)
        for item, colour in zip(self.items, colours, strict=True):
            item.setOpts(brush=pg.mkBrush(colour))

    def set_values(self, parts: np.ndarray, rows: np.ndarray) -> tuple[float, float]:
        """Bars at y positions ``rows`` made of ``parts`` (len(rows) x number of colours);
        returns the smallest and largest x drawn (0 included)."""
        x0, width = stack_segments(parts)
        for j, item in enumerate(self.items):
            item.setOpts(x0=x0[:, j], y=rows, width=width[:, j], height=self.HEIGHT)
        if x0.size == 0:
            return 0.0, 0.0
        return min(0.0, float(x0.min())), max(0.0, float((x0 + width).max()))

    def segments(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(left edges, widths) of every part as drawn (what the user sees)."""
        return [(np.asarray(i.opts["x0"]), np.asarray(i.opts["width"])) for i in self.items]


def set_axis_labels(
    plot: pg.PlotItem, side: str, ticks: list[tuple[float, str]], max_width: float
) -> None:
    """Tick labels on the ``side`` axis, each elided to ``max_width`` pixels; a left or right
    axis is made just wide enough for the longest (pyqtgraph skips a label that does not fit
    until its next repaint, so the width is set here, at once)."""
    axis = plot.getAxis(side)
    metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
    elide = Qt.TextElideMode.ElideRight
    shown = [(y, metrics.elidedText(text, elide, int(max_width))) for y, text in ticks]
    axis.setTicks([shown, []])
    if side not in ("left", "right"):
        return
    width = max((metrics.horizontalAdvance(text) for _, text in shown), default=0) + 12
    if width != axis.width():
        axis.setWidth(width)
        plot.layout.activate()


def export_widget(widget: QWidget, path: str | Path) -> None:
    """Write ``widget`` as it looks to ``path``: SVG when the name ends in .svg, else PNG."""
    path = Path(path)
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    if path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(widget.size())
        generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
        generator.setTitle(widget.windowTitle())
        painter = QPainter(generator)
        try:
            QWidget.render(widget, painter, QPoint())  # not QGraphicsView.render: the whole widget
        finally:
            ok = painter.end()
    else:
        ok = widget.grab().save(str(path), "PNG")
    if not ok or not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write the image {path}")
