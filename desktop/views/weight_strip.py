"""The spread of the participants' weights per criterion: a box (quartiles, median) and a
whisker (lowest to highest) per criterion, with every participant as a dot (a strip plot,
Tukey (1977) / Cleveland (1985)); dots are coloured by the participant's cluster."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from desktop.charts import Chart, set_axis_labels
from desktop.palette import OKABE_ITO
from projects.workshop import CriterionSpread

BOX_HEIGHT = 0.56
JITTER = 0.22  # dots spread vertically within a criterion's row, in row units
BOX_COLOUR = QColor("#d9d9d9")


def cluster_colour(cluster: int) -> QColor:
    """The colour of (1-based) cluster ``cluster``, shared by the chart and the tau matrix."""
    return QColor(OKABE_ITO[(cluster - 1) % len(OKABE_ITO)])


class WeightStrip(Chart):
    """Rows: criteria (top to bottom); x: global weight in %."""

    LABEL_SHARE = 0.35
    _names: tuple[str, ...] = ()  # set before pyqtgraph's first resize event

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=False, alpha=0.2)
        self.boxes = pg.BarGraphItem(
            x0=[], y=[], width=[], height=BOX_HEIGHT, brush=BOX_COLOUR, pen=pg.mkPen("#777777")
        )
        self.medians = pg.BarGraphItem(x0=[], y=[], width=[], height=BOX_HEIGHT, brush="k")
        self.whiskers = pg.PlotDataItem([], [], connect="pairs", pen=pg.mkPen("#777777", width=1))
        self.dots = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1))
        for item in (self.whiskers, self.boxes, self.medians, self.dots):
            plot.addItem(item)

    def retranslate(self) -> None:
        self.getPlotItem().setLabel("bottom", self.tr("Weight (%)"))

    def set_spreads(
        self, spreads: tuple[CriterionSpread, ...], names: list[str], clusters: np.ndarray
    ) -> None:
        """One row per criterion (``names`` in the same order); ``clusters`` per participant."""
        n = len(spreads)
        rows = np.arange(n, dtype=float)[::-1]  # first criterion at the top
        q = np.array([[s.minimum, s.q1, s.median, s.q3, s.maximum] for s in spreads]) * 100
        q = q.reshape(n, 5)
        self.boxes.setOpts(x0=q[:, 1], y=rows, width=q[:, 3] - q[:, 1], height=BOX_HEIGHT)
        tick = max(0.004 * float(q.max(initial=1.0)), 0.15)
        self.medians.setOpts(x0=q[:, 2] - tick / 2, y=rows, width=np.full(n, tick))
        self.whiskers.setData(np.column_stack([q[:, 0], q[:, 4]]).ravel(), np.repeat(rows, 2))
        k = len(spreads[0].values) if spreads else 0
        offsets = np.linspace(-JITTER, JITTER, k) if k > 1 else np.zeros(k)
        spots = []
        for row, spread in zip(rows, spreads, strict=True):
            for p, (label, weight) in enumerate(spread.values):
                spots.append(
                    {
                        "pos": (100 * weight, row + offsets[p]),
                        "brush": pg.mkBrush(cluster_colour(int(clusters[p]))),
                        "data": label,
                    }
                )
        self.dots.setData(spots)
        self.dots.setToolTip(None)
        self._names = tuple(names)
        top = float(q.max(initial=0.0))
        self.getPlotItem().setXRange(0, max(5.0, top * 1.08), padding=0)
        self.getPlotItem().setYRange(-0.6, n - 0.4, padding=0)
        self.relabel()

    def relabel(self) -> None:
        n = len(self._names)
        ticks = [(float(n - 1 - j), name) for j, name in enumerate(self._names)]
        set_axis_labels(self.getPlotItem(), "left", ticks, self.width() * self.LABEL_SHARE)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._names:
            self.relabel()

    def dot_count(self) -> int:
        return len(self.dots.data)

    def dot_positions(self) -> np.ndarray:
        """(weight %, row) of every dot as drawn."""
        return np.column_stack([self.dots.data["x"], self.dots.data["y"]])
