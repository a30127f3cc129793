"""Charts of the portfolio views: the efficient frontier with a draggable budget line, and
each candidate's value added against its cost (Phillips & Bana e Costa (2007), Annals of
Operations Research 154: the value-for-money picture of decision conferencing)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QCursor, QFontMetrics
from PySide6.QtWidgets import QToolTip

import mcda.portfolio as pf
from desktop.charts import Chart

SELECTED = "#0072B2"  # Okabe & Ito blue: in the portfolio
REJECTED = "#999999"
FRONTIER = "#009E73"
BUDGET = "#D55E00"
MAX_POINT_LABELS = 60  # more candidates than this: ids only in the tooltip


def staircase(costs: np.ndarray, values: np.ndarray, end: float) -> tuple[np.ndarray, np.ndarray]:
    """The best total value as a function of the budget: flat from each efficient portfolio's
    cost to the next one's, up to ``end``."""
    if costs.size == 0:
        return np.zeros(0), np.zeros(0)
    x = np.repeat(np.append(costs, max(end, float(costs[-1]))), 2)[1:-1]
    return x, np.repeat(values, 2)


def nice_range(high: float) -> float:
    return high * 1.05 if high > 0 else 1.0


class FrontierChart(Chart):
    """Total value added against total cost of the efficient portfolios; the budget line can
    be dragged (``budget_moved`` while dragging, ``budget_dropped`` when let go)."""

    budget_moved = Signal(float)
    budget_dropped = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)
        self.frontier_line = pg.PlotDataItem(pen=pg.mkPen(FRONTIER, width=2))
        self.frontier_points = pg.ScatterPlotItem(
            size=7, pen=pg.mkPen(FRONTIER), brush=pg.mkBrush("w")
        )
        self.optimum = pg.ScatterPlotItem(
            size=14, symbol="star", pen=pg.mkPen(SELECTED), brush=pg.mkBrush(SELECTED)
        )
        self.optimum.setZValue(10)
        self.budget_line = pg.InfiniteLine(
            angle=90,
            movable=True,
            pen=pg.mkPen(BUDGET, width=2),
            hoverPen=pg.mkPen(BUDGET, width=4),
            label="",
            labelOpts={"position": 0.92, "color": BUDGET, "fill": (255, 255, 255, 200)},
        )
        for item in (self.frontier_line, self.frontier_points, self.optimum, self.budget_line):
            plot.addItem(item)
        self.budget_line.sigPositionChanged.connect(self._moved)
        self.budget_line.sigPositionChangeFinished.connect(self._dropped)
        self.points: list[pf.FrontierPoint] | None = None
        self._total = 0.0
        self.retranslate()

    def retranslate(self, unit: str = "") -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("Total cost (budget line: drag it)"))
        plot.setLabel("left", self.tr("Total value added"))

    def set_frontier(self, points: list[pf.FrontierPoint] | None, total_cost: float) -> None:
        """Draw ``points`` (None: still being computed, shown empty)."""
        if points is self.points and total_cost == self._total:
            return  # a budget drag: the frontier and the axes stay (no axis redraw)
        self.points, self._total = points, total_cost
        points = points or []
        costs = np.array([p.total_cost for p in points])
        values = np.array([p.total_value for p in points])
        x, y = staircase(costs, values, total_cost)
        self.frontier_line.setData(x, y)
        self.frontier_points.setData(costs, values)
        plot = self.getPlotItem()
        plot.setXRange(0, nice_range(total_cost), padding=0)
        plot.setYRange(min(0.0, float(values.min(initial=0.0))), nice_range(values.max(initial=0)))
        self.budget_line.setBounds((0, max(total_cost, 0.0)))

    def set_budget(self, budget: float, optimum: tuple[float, float] | None) -> None:
        """Place the line (without echoing ``budget_moved``) and the optimum's star."""
        self.budget_line.blockSignals(True)
        self.budget_line.setValue(budget)
        self.budget_line.blockSignals(False)
        self.budget_line.label.setFormat(self.tr("Budget %1").replace("%1", f"{budget:.4g}"))
        self.optimum.setData(*([[optimum[0]], [optimum[1]]] if optimum else [[], []]))

    def _moved(self, line) -> None:
        self.budget_line.label.setFormat(self.tr("Budget %1").replace("%1", f"{line.value():.4g}"))
        self.budget_moved.emit(float(line.value()))

    def _dropped(self, line) -> None:
        self.budget_dropped.emit(float(line.value()))


class CandidateChart(Chart):
    """Each fundable candidate's value added against its cost, the selected ones filled."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#444444")))
        self.points = pg.ScatterPlotItem(size=10)
        self.points.setZValue(5)
        plot.addItem(self.points)
        self._labels: list[pg.TextItem] = []
        self.labelled: list[str] = []
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self.place_labels)
        self.ids: list[str] = []
        self.costs = self.values = np.zeros(0)
        self.chosen = np.zeros(0, dtype=bool)
        self.tips: list[str] = []
        self.scene().sigMouseMoved.connect(self._hover)
        self.retranslate()

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("Cost"))
        plot.setLabel("left", self.tr("Value added"))

    def set_candidates(
        self, ids: list[str], costs: np.ndarray, values: np.ndarray, selected: set[str], tips
    ) -> None:
        chosen = np.array([cid in selected for cid in ids], dtype=bool)
        same_points = ids == self.ids and costs is self.costs and values is self.values
        self.tips = list(tips)
        if same_points and np.array_equal(chosen, self.chosen):
            return  # a budget drag that keeps the selection: nothing to redraw
        self.ids, self.costs, self.values, self.chosen = ids, costs, values, chosen
        brushes = [pg.mkBrush(SELECTED if c else "w") for c in self.chosen]
        pens = [pg.mkPen(SELECTED if c else REJECTED, width=1.5) for c in self.chosen]
        self.points.setData(x=self.costs, y=self.values, brush=brushes, pen=pens)
        self._relabel.start()
        if same_points:
            return  # the axes stay
        plot = self.getPlotItem()
        high_x = float(self.costs.max(initial=0.0))
        low_y, high_y = float(self.values.min(initial=0.0)), float(self.values.max(initial=0.0))
        plot.setXRange(0, nice_range(high_x) * 1.08, padding=0)
        span = (high_y - min(low_y, 0.0)) or 1.0
        plot.setYRange(min(low_y, 0.0) - 0.05 * span, high_y + 0.08 * span, padding=0)

    def place_labels(self) -> None:
        """Label the points with their ids where a label fits: selected and more valuable
        points first, a label overlapping one already placed is left out (the tooltip and
        the table name every candidate)."""
        plot = self.getPlotItem()
        while self._labels:
            plot.removeItem(self._labels.pop())
        self.labelled = []
        if not self.ids or len(self.ids) > MAX_POINT_LABELS:
            return
        metrics = QFontMetrics(self.font())
        at_points = [
            plot.vb.mapViewToScene(QPointF(float(x), float(y)))
            for x, y in zip(self.costs, self.values, strict=True)
        ]
        placed = [QRectF(p.x() - 5, p.y() - 5, 10, 10) for p in at_points]  # the markers
        order = np.lexsort((-self.values, ~self.chosen))
        for i in order:
            at = at_points[i]
            box = metrics.boundingRect(self.ids[i])
            rect = QRectF(at.x() + 7, at.y() - box.height() / 2, box.width() + 2, box.height())
            if any(rect.intersects(other) for other in placed):
                continue
            placed.append(rect)
            colour = SELECTED if self.chosen[i] else "#555555"
            label = pg.TextItem(self.ids[i], color=colour, anchor=(0, 0.5))
            label.setFont(self.font())
            label.setPos(float(self.costs[i]), float(self.values[i]))
            plot.addItem(label)
            self._labels.append(label)
            self.labelled.append(self.ids[i])

    def relabel(self) -> None:
        if getattr(self, "ids", None):
            self._relabel.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "ids", None):  # pyqtgraph resizes before __init__ is through
            self._relabel.start()

    def _hover(self, pos) -> None:
        if not self.ids or not self.getPlotItem().sceneBoundingRect().contains(pos):
            return
        found = self.points.pointsAt(self.getPlotItem().vb.mapSceneToView(pos))
        if len(found):
            tips = "\n\n".join(self.tips[p.index()] for p in found)  # points may coincide
            QToolTip.showText(QCursor.pos(), tips, self)
        else:
            QToolTip.hideText()
