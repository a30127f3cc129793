"""Scenario compare: rankings side by side with a line per candidate (a slope chart).

Each column is a scenario ranked with the chosen method, best at the top; a line joins a
candidate's positions, so a candidate that climbs or drops between weight sets stands out
(blue up, orange down, grey unchanged from the first to the last column).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.charts import Chart, set_axis_labels
from desktop.views.common import AnalysisView, checked_keys, fill_checklist
from projects.evaluation import Ranking

UP, DOWN, SAME = "#0072B2", "#D55E00", "#9a9a9a"


class SlopeChart(Chart):
    """Columns of rankings with one line per candidate through its positions."""

    LABEL_SHARE = 0.22  # of the chart's width at most for each side's labels (elided beyond)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.showAxis("right")
        for side in ("left", "right"):
            plot.getAxis(side).setStyle(tickLength=0)
        plot.getAxis("bottom").setStyle(tickLength=0)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.positions: dict[str, list[float]] = {}
        self._ticks: dict[str, list[tuple[int, str]]] = {}
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self._set_labels)

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
        self._ticks = {"left": ticks[0], "right": ticks[-1]} if columns else {}
        self._ticks["bottom"] = [(k, label) for k, (label, _) in enumerate(columns)]
        self._set_labels()
        plot.setXRange(-0.5, max(len(columns), 2) - 0.5, padding=0)  # room for column names
        plot.setYRange(-0.6, max(len(ids), 1) - 0.4, padding=0)

    def _set_labels(self) -> None:
        plot = self.getPlotItem()
        for side in ("left", "right"):
            if side in self._ticks:
                set_axis_labels(plot, side, self._ticks[side], self.LABEL_SHARE * self.width())
        columns = self._ticks.get("bottom", [])
        if columns:  # after the side axes took their width, the columns share the rest
            column_width = plot.getViewBox().width() / max(len(columns), 2)
            set_axis_labels(plot, "bottom", columns, 0.92 * column_width)

    def relabel(self) -> None:
        if getattr(self, "_ticks", None):  # pyqtgraph sets fonts before __init__ is through
            self._set_labels()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "_ticks", None):  # pyqtgraph resizes before __init__ is through
            self._relabel.start()  # after the resize: re-laying out inside it crashes Qt


class CompareView(AnalysisView):
    """Tick two or more scenarios to see their rankings side by side."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.pick_label = QLabel(wordWrap=True)
        self.scenarios = QListWidget()  # a row of tick boxes above the chart, wrapping
        self.scenarios.setFlow(QListView.Flow.LeftToRight)
        self.scenarios.setWrapping(True)
        self.scenarios.setSpacing(4)
        self.scenarios.setFixedHeight(2 * self.fontMetrics().height() + 16)
        self.hint = QLabel(wordWrap=True)
        self.chart = SlopeChart()
        self.columns: list[tuple[str, Ranking]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.pick_label)
        layout.addWidget(self.scenarios)
        layout.addWidget(self.hint)
        layout.addWidget(self.chart, 1)
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
                except ValueError:  # EvaluationError, or the engine's McdaInputError
                    continue
                self.columns.append((scenario.name.get(lang), ranking))
        self.hint.setText(
            self.tr("Tick at least two scenarios.")
            if len(self.columns) < 2
            else self.tr("Blue: higher in the last column than in the first; orange: lower.")
        )
        names = {c.id: c.name.get(lang) for c in state.study.candidates}
        self.chart.set_rankings(self.columns, names)
