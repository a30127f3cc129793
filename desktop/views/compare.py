"""Scenario compare: rankings side by side with a line per candidate (a slope chart).

Each column is a scenario ranked with the chosen method, best at the top; a line joins a
candidate's positions, so a candidate that climbs or drops between weight sets stands out
(blue up, orange down, grey unchanged from the first to the last column).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.views.common import AnalysisView, checked_keys, fill_checklist
from projects.evaluation import EvaluationError, Ranking

UP, DOWN, SAME = "#0072B2", "#D55E00", "#9a9a9a"


class SlopeChart(pg.PlotWidget):
    """Columns of rankings with one line per candidate through its positions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.disableAutoRange()
        plot.showAxis("right")
        for side in ("left", "right"):
            plot.getAxis(side).setStyle(tickLength=0)
        plot.getAxis("bottom").setStyle(tickLength=0)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.positions: dict[str, list[float]] = {}

    def set_rankings(self, columns: list[tuple[str, Ranking]], names: dict[str, str]) -> None:
        """One column per (label, ranking); candidates missing from a column leave a gap."""
        plot = self.getPlotItem()
        ids = list(dict.fromkeys(c for _, r in columns for c in r.candidate_ids))
        for cid in set(self.lines) - set(ids):
            plot.removeItem(self.lines.pop(cid))
        self.positions = {cid: [np.nan] * len(columns) for cid in ids}
        ticks: list[list[tuple[int, str]]] = [[] for _ in columns]
        for k, (_label, ranking) in enumerate(columns):
            for position, i in enumerate(ranking.order()):
                cid = ranking.candidate_ids[i]
                self.positions[cid][k] = position
                ticks[k].append((position, f"{ranking.ranks[i]}. {names.get(cid, cid)}"))
        x = np.arange(len(columns), dtype=float)
        for cid in ids:
            y = np.array(self.positions[cid])
            seen = y[~np.isnan(y)]
            colour = SAME if seen.size < 2 or seen[0] == seen[-1] else UP
            colour = DOWN if seen.size >= 2 and seen[-1] > seen[0] else colour
            if cid not in self.lines:
                self.lines[cid] = plot.plot(connect="finite")
            self.lines[cid].setData(
                x,
                y,
                pen=pg.mkPen(colour, width=3 if colour != SAME else 1.5),
                symbol="o",
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=colour,
            )
        left, right = (ticks[0], ticks[-1]) if columns else ([], [])
        self._axis_labels("left", left)
        self._axis_labels("right", right)
        plot.getAxis("bottom").setTicks([[(k, label) for k, (label, _) in enumerate(columns)], []])
        plot.setXRange(-0.15, max(len(columns) - 1, 1) + 0.15, padding=0)
        plot.setYRange(-0.6, max(len(ids), 1) - 0.4, padding=0)

    def _axis_labels(self, side: str, ticks: list[tuple[int, str]]) -> None:
        axis = self.getPlotItem().getAxis(side)
        axis.setTicks([ticks, []])
        metrics = QFontMetrics(self.font())
        axis.setWidth(max((metrics.horizontalAdvance(t) for _, t in ticks), default=0) + 12)


class CompareView(AnalysisView):
    """Tick two or more scenarios to see their rankings side by side."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.pick_label = QLabel(wordWrap=True)
        self.scenarios = QListWidget()
        self.scenarios.setMaximumWidth(260)
        self.hint = QLabel(wordWrap=True)
        self.chart = SlopeChart()
        self.columns: list[tuple[str, Ranking]] = []
        side = QVBoxLayout()
        side.addWidget(self.pick_label)
        side.addWidget(self.scenarios, 1)
        chart_side = QVBoxLayout()
        chart_side.addWidget(self.hint)
        chart_side.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(chart_side, 1)
        self.export_target = self.chart
        self._checked: set[str] | None = None  # None: every scenario
        self.scenarios.itemChanged.connect(self._picked)
        state.ranking_changed.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Compare scenarios")

    def retranslate(self) -> None:
        self.pick_label.setText(self.tr("Scenarios to compare:"))

    def set_checked(self, scenario_ids: set[str]) -> None:
        """Compare exactly these scenarios (by id)."""
        self._checked = set(scenario_ids)
        self.refresh()

    def _picked(self, _item: QListWidgetItem) -> None:
        self._checked = set(checked_keys(self.scenarios))
        self.refresh_later()

    def refresh(self) -> None:
        state, lang = self.state, self.state.lang
        scenarios = state.study.scenarios
        chosen = self._checked if self._checked is not None else {s.id for s in scenarios}
        fill_checklist(self.scenarios, [(s.id, s.name.get(lang)) for s in scenarios], chosen)
        self.columns = []
        for scenario in scenarios:
            if scenario.id in chosen:
                try:
                    ranking = state.evaluate(None, scenario.id)
                except EvaluationError:
                    continue
                self.columns.append((scenario.name.get(lang), ranking))
        self.hint.setText(
            self.tr("Tick at least two scenarios.")
            if len(self.columns) < 2
            else self.tr("Blue: higher in the last column than in the first; orange: lower.")
        )
        names = {c.id: c.name.get(lang) for c in state.study.candidates}
        self.chart.set_rankings(self.columns, names)
