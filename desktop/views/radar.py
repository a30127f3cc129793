"""Profile: selected candidates compared across the themes on a radar chart.

A candidate's value on a theme is the weighted mean of its scale values (0 = worst end of
each criterion's scale, 1 = best) over the theme's criteria, weighted by the active scenario
(with fewer than three themes the axes are the criteria themselves). The profile does not
depend on the theme weights or the method, so "strong on green, weak on homes" reads the
same whatever the ranking says.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.charts import Chart
from desktop.palette import OKABE_ITO
from desktop.views.common import (
    FAILURE_COLOUR,
    AnalysisView,
    checked_keys,
    fill_checklist,
    tint,
)
from projects.evaluation import to_problem
from projects.study import Study

RINGS = (0.25, 0.5, 0.75, 1.0)
DEFAULT_SELECTION = 3


def theme_profiles(study: Study, lang: str) -> tuple[list[str], list[str], np.ndarray]:
    """Candidate ids, axis ids and the candidates x axes matrix of weighted mean values.

    The axes are the top-level themes; with fewer than three (no area to draw) the criteria.
    """
    problem = to_problem(study, lang=lang)
    top = [(study.criteria.theme_of(c) or study.criteria.find(c)).id for c in problem.criterion_ids]
    themes = list(dict.fromkeys(top))
    if len(themes) < 3:
        top, themes = list(problem.criterion_ids), list(problem.criterion_ids)
    membership = np.array([[t == theme for theme in themes] for t in top], dtype=float)
    weighted = membership * problem.weights[:, None]
    totals = weighted.sum(axis=0)
    keep = totals > 0
    profile = problem.values @ weighted[:, keep] / totals[keep]
    return list(problem.candidate_ids), [t for t, k in zip(themes, keep, strict=True) if k], profile


def wrap_label(label: str, width: int = 16) -> str:
    """A long axis name over two lines, broken at the space nearest its middle."""
    if len(label) <= width or " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


class RadarChart(Chart):
    """Polar lines: one axis per theme, one closed polygon per candidate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setAspectLocked(True)
        self.legend = plot.addLegend(offset=(10, -10))  # bottom left, clear of the top spoke
        self._grid: list = []
        self.axis_texts: list[pg.TextItem] = []  # the theme names at the spokes' ends
        self._labels: list[str] = []
        self.series: dict[str, pg.PlotDataItem] = {}

    @staticmethod
    def _directions(count: int) -> tuple[np.ndarray, np.ndarray]:
        angles = np.pi / 2 - 2 * np.pi * np.arange(count) / count  # first axis straight up
        return np.cos(angles), np.sin(angles)

    def relabel(self) -> None:
        if getattr(self, "legend", None) is None:  # fonts are set before __init__ is through
            return
        self.legend.setLabelTextSize(f"{self.font().pointSizeF():g}pt")
        if self._labels:
            self.set_axes(self._labels)

    def set_axes(self, labels: list[str]) -> None:
        """Spokes, rings and labels for ``labels`` (drawn again only when they change)."""
        self._labels = list(labels)
        plot = self.getPlotItem()
        for item in self._grid:
            plot.removeItem(item)
        self._grid, self.axis_texts = [], []
        if not labels:
            return
        dx, dy = self._directions(len(labels))
        closed = np.r_[np.arange(len(labels)), 0]
        grey = pg.mkPen("#c8c8c8", width=1)
        for ring in RINGS:  # ring values left of the top spoke, clear of the series' points
            self._grid.append(plot.plot(ring * dx[closed], ring * dy[closed], pen=grey))
            tick = pg.TextItem(f"{ring:.2f}", color="#808080", anchor=(1, 0.5))
            tick.setFont(self.font())
            tick.setPos(-0.03, ring)
            self._grid.append(tick)
        for x, y, label in zip(dx, dy, labels, strict=True):
            self._grid.append(plot.plot([0, x], [0, y], pen=grey))
            anchor = (0.5 - 0.5 * x, 0.5 + 0.5 * y)
            text = pg.TextItem(wrap_label(label), color="#000000", anchor=anchor)
            text.setFont(self.font())
            text.setPos(1.08 * x, 1.08 * y)
            self._grid.append(text)
            self.axis_texts.append(text)
        for item in self._grid:
            if isinstance(item, pg.TextItem):
                plot.addItem(item)
        plot.setXRange(-1.6, 1.6, padding=0)
        plot.setYRange(-1.25, 1.25, padding=0)

    def set_series(self, series: list[tuple[str, str, np.ndarray, QColor]]) -> None:
        """(id, name, values per axis, colour) per candidate: a closed line each."""
        plot = self.getPlotItem()
        for cid in list(self.series):
            plot.removeItem(self.series.pop(cid))
        self.legend.clear()
        for cid, name, values, colour in series:
            dx, dy = self._directions(len(values))
            closed = np.r_[np.arange(len(values)), 0]
            self.series[cid] = plot.plot(
                values[closed] * dx[closed],
                values[closed] * dy[closed],
                pen=pg.mkPen(colour, width=3),
                symbol="o",
                symbolSize=7,
                symbolBrush=colour,
                symbolPen=colour,
                name=name,
            )


class RadarView(AnalysisView):
    """Pick candidates; see their theme profiles overlaid."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.pick_label = QLabel(wordWrap=True)
        self.candidates = QListWidget()
        self.candidates.setMaximumWidth(280)
        self.explain = QLabel(wordWrap=True)
        self.failure = tint(QLabel(wordWrap=True), FAILURE_COLOUR, bold=True)
        self.chart = RadarChart()
        self.profiles: dict[str, np.ndarray] = {}
        self._axes_key: tuple = ()
        self._picked: list[str] | None = None  # None: the best few of the ranking
        side = QVBoxLayout()
        side.addWidget(self.pick_label)
        side.addWidget(self.candidates, 1)
        chart_side = QVBoxLayout()
        chart_side.addWidget(self.explain)
        chart_side.addWidget(self.failure)
        chart_side.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(chart_side, 1)
        self.export_target = self.chart
        self.candidates.itemChanged.connect(self._picked_changed)
        state.ranking_changed.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        self.pick_label.setText(self.tr("Candidates to compare:"))
        self.explain.setText(
            self.tr(
                "Weighted mean value per theme (per criterion when there are fewer than three "
                "themes): 0 is the worst end of each criterion's scale, 1 the best."
            )
        )

    def select(self, candidate_ids: list[str]) -> None:
        """Show exactly these candidates."""
        self._picked = list(candidate_ids)
        self.refresh()

    def _picked_changed(self, _item: QListWidgetItem) -> None:
        self._picked = checked_keys(self.candidates)
        self.refresh_later()

    def refresh(self) -> None:
        state, lang = self.state, self.state.lang
        try:
            ids, themes, matrix = theme_profiles(state.study, lang)
        except ValueError as exc:  # EvaluationError, or the engine's McdaInputError
            ids, themes, matrix = [], [], np.empty((0, 0))
            self.failure.setText(str(exc))
        self.failure.setVisible(not ids)
        self.profiles = dict(zip(ids, matrix, strict=True))
        ranking = state.ranking
        if ranking is not None and set(ranking.candidate_ids) == set(ids):
            ids = [ranking.candidate_ids[i] for i in ranking.order()]
        picked = self._picked if self._picked is not None else ids[:DEFAULT_SELECTION]
        names = {c.id: c.name.get(lang) for c in state.study.candidates}
        fill_checklist(self.candidates, [(cid, names[cid]) for cid in ids], set(picked))
        labels = [state.study.criteria.find(t).name.get(lang) for t in themes]
        if (labels, lang) != self._axes_key:
            self._axes_key = (labels, lang)
            self.chart.set_axes(labels)
        shown = [cid for cid in ids if cid in picked]
        self.chart.set_series(
            [
                (cid, names[cid], self.profiles[cid], QColor(OKABE_ITO[k % len(OKABE_ITO)]))
                for k, cid in enumerate(shown)
            ]
        )
