"""Charts of the sensitivity views: the one-way sweep, acceptability bars, the tornado, and
heat-map tables (rank acceptability, pairwise winning).

Plot items are created once per data shape and updated with ``setData`` / ``setOpts``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from desktop.charts import Chart, RowChart, StackedBars, export_widget
from desktop.palette import OKABE_ITO
from mcda.sensitivity import Sweep

OTHERS = QColor("#c8c8c8")
CURRENT_PEN = pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine)
HEAT = QColor("#542788")  # the darkest PuOr purple: a share of 1
HEADER_WRAP = 16  # characters per line of a heat table's column header
LOW_WEIGHT, HIGH_WEIGHT = QColor("#f1a340"), QColor("#998ec3")


def share_colour(share: float) -> QColor:
    """White for 0 up to the PuOr purple for 1."""
    t = float(np.clip(share, 0.0, 1.0))
    return QColor(
        round(255 + t * (HEAT.red() - 255)),
        round(255 + t * (HEAT.green() - 255)),
        round(255 + t * (HEAT.blue() - 255)),
    )


def rank_colours(count: int) -> list[QColor]:
    """A dark-to-light purple per rank (rank 1 darkest)."""
    return [share_colour(1.0 - 0.85 * r / max(count - 1, 1)) for r in range(count)]


def interpolate(sweep: Sweep, weight: float, alternative: int) -> float:
    """The alternative's score at ``weight`` read from the sweep's grid."""
    return float(np.interp(weight, sweep.weights, sweep.scores[:, alternative]))


def _marker_tip(x: float, y: float, data: str) -> str:
    """A reversal marker's tooltip: the text stored with it."""
    return data


class SweepChart(Chart):
    """Rank (or score) of every candidate against one weight: the leading ``highlight``
    candidates in colour, the others grey; the current weight dashed; reversal points as
    markers (swaps in the first ``k`` places), labelled with their weight and explained on
    hover."""

    MAX_LABELS = 12

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.addLegend(offset=(-10, -10), labelTextSize="9pt")
        self.curves: list[pg.PlotDataItem] = []
        self.current = pg.InfiniteLine(angle=90, pen=CURRENT_PEN)
        plot.addItem(self.current)
        self.markers = pg.ScatterPlotItem(
            symbol="o",
            size=10,
            brush=pg.mkBrush("#d55e00"),
            pen=pg.mkPen("#000000"),
            hoverable=True,
            tip=_marker_tip,
        )
        self.markers.setZValue(20)
        plot.addItem(self.markers)
        self.marker_labels: list[pg.TextItem] = []
        self.sweep: Sweep | None = None
        self.measure = "rank"

    def set_sweep(
        self,
        sweep: Sweep,
        names: list[str],
        measure: str,
        highlight: list[int],
        k: int,
        labels: tuple[str, str],
    ) -> None:
        """Draw ``sweep``; ``highlight`` are the alternatives drawn in colour (best first),
        ``labels`` the x and y axis titles."""
        self.sweep, self.measure = sweep, measure
        plot = self.getPlotItem()
        plot.legend.clear()
        while len(self.curves) > len(names):
            plot.removeItem(self.curves.pop())
        while len(self.curves) < len(names):
            self.curves.append(plot.plot([], []))
        values = sweep.ranks if measure == "rank" else sweep.scores
        shown = set(highlight)
        for i, curve in enumerate(self.curves):
            colour = OKABE_ITO[highlight.index(i) % len(OKABE_ITO)] if i in shown else OTHERS
            curve.setData(sweep.weights, values[:, i].astype(float))
            curve.setPen(pg.mkPen(colour, width=2.5 if i in shown else 1))
            curve.setZValue(10 if i in shown else 0)
        for i in highlight:
            plot.legend.addItem(self.curves[i], names[i])
        self.current.setValue(sweep.current)
        x, y = self.reversal_points(k)
        changes = sweep.changes(k)
        tips = [
            self.tr("%1: %2 overtakes %3")
            .replace("%1", f"{100 * r.weight:.1f} %")
            .replace("%2", names[r.ahead_above])
            .replace("%3", names[r.ahead_below])
            for r in changes
        ]
        self.markers.setData(x=x, y=y, data=tips)
        self._label_markers(x, y)
        plot.setLabel("bottom", labels[0])
        plot.setLabel("left", labels[1])
        plot.invertY(measure == "rank")
        plot.setXRange(0.0, 1.0, padding=0.02)
        low, high = float(values.min()), float(values.max())
        room = 0.18 * ((high - low) or 1.0)  # above the best curve: the markers' labels
        if measure == "rank":
            plot.setYRange(low - room, high + 0.5, padding=0)
        else:
            plot.setYRange(low - 0.05 * room, high + room, padding=0)
        if measure == "rank":
            ticks = [(r, str(r)) for r in range(1, int(high) + 1)]
            step = max(1, len(ticks) // 12)
            plot.getAxis("left").setTicks([ticks[::step], ticks])
        else:
            plot.getAxis("left").setTicks(None)

    def _label_markers(self, x: np.ndarray, y: np.ndarray) -> None:
        """The weight (%) beside each marker, when there are few enough to read."""
        plot = self.getPlotItem()
        for label in self.marker_labels:
            plot.removeItem(label)
        self.marker_labels = []
        if x.size > self.MAX_LABELS:
            return
        placed: set[str] = set()
        top = np.argsort(y if self.measure == "rank" else -y, kind="stable")
        for wx, wy in zip(x[top], y[top], strict=True):
            key = f"{100 * wx:.0f}"
            if key in placed:  # several swaps at one weight: one label, at the best place
                continue
            placed.add(key)
            label = pg.TextItem(f"{key} %", color="#8a3c00", anchor=(0.5, 1.2))
            label.setFont(self.font())
            label.setPos(float(wx), float(wy))
            plot.addItem(label)
            self.marker_labels.append(label)

    def reversal_points(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Where the markers go: the reversals in the first ``k`` places, at their weight and
        between the two ranks swapped (or at the pair's score)."""
        changes = self.sweep.changes(k)
        if self.measure == "rank":
            return changes.weight, changes.rank + 0.5
        pairs = zip(changes.weight, changes.ahead_below, strict=True)
        y = [interpolate(self.sweep, w, a) for w, a in pairs]
        return changes.weight, np.array(y, dtype=float)


class AcceptabilityBars(RowChart):
    """One bar per candidate split by the share of samples at each rank (rank 1 darkest)."""

    LABEL_SHARE = 0.35

    def __init__(self, parent=None) -> None:
        super().__init__(parent, grid=False)
        self.bars = StackedBars(self.getPlotItem())

    def set_shares(self, shares: np.ndarray, labels: list[str], x_label: str) -> None:
        """``shares`` is candidates x ranks, rows top to bottom as ``labels``."""
        if len(self.bars.items) != shares.shape[1]:
            self.bars.set_colours(rank_colours(shares.shape[1]))
        self.bars.set_values(shares, np.arange(len(labels), dtype=float))
        plot = self.getPlotItem()
        plot.setLabel("bottom", x_label)
        plot.setXRange(0.0, 1.0, padding=0.01)
        self.set_rows(labels)


class TornadoChart(RowChart):
    """Per criterion a bar from the score (or rank) at the low weight to that at the high
    weight, around the candidate's current value; the widest swing on top."""

    LABEL_SHARE = 0.45

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        self.low_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=pg.mkBrush(LOW_WEIGHT), pen=pg.mkPen(None)
        )
        self.high_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=0.6, brush=pg.mkBrush(HIGH_WEIGHT), pen=pg.mkPen(None)
        )
        self.base = pg.InfiniteLine(angle=90, pen=pg.mkPen("#000000", width=1.5))
        for item in (self.low_bars, self.high_bars, self.base):
            plot.addItem(item)

    def set_tornado(
        self, base: float, low: np.ndarray, high: np.ndarray, labels: list[str], x_label: str
    ) -> None:
        """Bars from ``base`` to ``low`` (low weight) and to ``high`` (high weight)."""
        rows = np.arange(len(labels), dtype=float)
        for item, ends in ((self.low_bars, low), (self.high_bars, high)):
            item.setOpts(x0=np.minimum(ends, base), y=rows, width=np.abs(ends - base), height=0.6)
        self.base.setValue(base)
        plot = self.getPlotItem()
        plot.setLabel("bottom", x_label)
        ends = np.concatenate([low, high, [base]])
        span = float(ends.max() - ends.min()) or 1.0
        plot.setXRange(float(ends.min()) - 0.05 * span, float(ends.max()) + 0.05 * span)
        self.set_rows(labels)


class HeatTable(QTableWidget):
    """A matrix of shares as percentages, each cell shaded by its share (a heat map)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def set_matrix(
        self,
        shares: np.ndarray,
        rows: list[str],
        columns: list[str],
        blank: np.ndarray | None = None,
    ) -> None:
        """Show ``shares`` (rows x columns) as percentages; cells where ``blank`` is True are
        left empty (e.g. a candidate against itself). Long column names wrap."""
        self.setUpdatesEnabled(False)  # fill first, size once: per-cell re-layout is quadratic
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns))
        self.setVerticalHeaderLabels(rows)
        self.setHorizontalHeaderLabels([textwrap.fill(c, HEADER_WRAP) for c in columns])
        for r in range(len(rows)):
            for c in range(len(columns)):
                empty = blank is not None and bool(blank[r, c])
                share = float(shares[r, c])
                item = QTableWidgetItem("" if empty else f"{100 * share:.0f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not empty:
                    item.setBackground(share_colour(share))
                    item.setForeground(QColor("white") if share > 0.55 else QColor("black"))
                    item.setToolTip(f"{rows[r]} · {columns[c]}: {100 * share:.1f} %")
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        self.setUpdatesEnabled(True)

    def full_size(self) -> QSize:
        """The size that shows every cell without scrolling."""
        frame = 2 * self.frameWidth()
        return QSize(
            self.verticalHeader().width() + self.horizontalHeader().length() + frame,
            self.horizontalHeader().height() + self.verticalHeader().length() + frame,
        )

    def export_image(self, path: str | Path) -> None:
        """The whole table as PNG or SVG (not only the part scrolled into view)."""
        shown = self.size()
        policies = self.horizontalScrollBarPolicy(), self.verticalScrollBarPolicy()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resize(self.full_size())
        try:
            export_widget(self, path)
        finally:
            self.setHorizontalScrollBarPolicy(policies[0])
            self.setVerticalScrollBarPolicy(policies[1])
            self.resize(shown)

    def texts(self) -> list[list[str]]:
        """The cell texts as shown, row by row."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
