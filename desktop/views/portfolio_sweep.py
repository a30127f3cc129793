"""Budget sweep: the best total value for every budget from 0 to the total cost, and where
the selection changes (``mcda.portfolio.budget_sweep`` on ``SWEEP_POINTS`` budgets, in a
worker thread in chunks so the window stays responsive)."""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

import mcda.portfolio as pf
from desktop.charts import Chart
from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from desktop.views.portfolio_charts import BUDGET, FRONTIER, SELECTED, nice_range, staircase
from desktop.views.portfolio_session import PortfolioSession
from desktop.views.portfolio_worker import CancelledError, Job, wait_for_job

SWEEP_POINTS = 101
CHUNK = 20


def sweep_job(model: pf.PortfolioModel, values: np.ndarray, budgets: np.ndarray):
    """A ``Job`` work function: the sweep over ``budgets`` in chunks."""

    def work(report, cancelled) -> pf.BudgetSweep:
        parts = []
        for start in range(0, budgets.size, CHUNK):
            if cancelled():
                raise CancelledError
            parts.append(pf.budget_sweep(model, values, budgets[start : start + CHUNK]))
            report(min(start + CHUNK, budgets.size), budgets.size)
        fields = pf.BudgetSweep.__dataclass_fields__
        return pf.BudgetSweep(*(np.concatenate([getattr(p, f) for p in parts]) for f in fields))

    return work


def change_points(sweep: pf.BudgetSweep) -> np.ndarray:
    """Rows of the first feasible budget and of every change after it; a change is drawn at
    the new selection's cost, the smallest budget at which it can be afforded."""
    first = np.flatnonzero(sweep.feasible)[:1]
    return np.union1d(first, sweep.changes[sweep.feasible[sweep.changes]]).astype(int)


class SweepChart(Chart):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(FRONTIER, width=2))
        self.changes = pg.ScatterPlotItem(
            size=9, symbol="t1", pen=pg.mkPen(SELECTED), brush=pg.mkBrush(SELECTED)
        )
        self.budget_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(BUDGET, width=2))
        for item in (self.curve, self.changes, self.budget_line):
            plot.addItem(item)
        self.retranslate()

    def retranslate(self) -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("Budget"))
        plot.setLabel("left", self.tr("Best total value added"))

    def set_sweep(self, sweep: pf.BudgetSweep | None, total: float) -> None:
        if sweep is None:
            self.curve.setData([], [])
            self.changes.setData([], [])
            return
        steps = change_points(sweep)
        self.curve.setData(*staircase(sweep.total_cost[steps], sweep.total_value[steps], total))
        at = sweep.changes
        self.changes.setData(sweep.total_cost[at], sweep.total_value[at])
        plot = self.getPlotItem()
        plot.setXRange(0, nice_range(total), padding=0)
        plot.setYRange(0, nice_range(float(np.nanmax(sweep.total_value, initial=0.0))))


class SweepView(AnalysisView):
    """Total value against budget; a list says what enters and leaves at each change."""

    CHANGES_WIDTH = 280

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.session = PortfolioSession.of(state)
        self.heading = QLabel(wordWrap=True)
        self.status = QLabel()
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.chart = SweepChart()
        self.changes = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.changes)
        scroll.setMinimumWidth(self.CHANGES_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.failure)
        layout.addWidget(splitter, 1)
        self.export_target = self.chart
        self.job: Job | None = None
        self.sweep: pf.BudgetSweep | None = None
        self._inputs = None  # the PortfolioInput the sweep was made for
        self.session.changed.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Budget sweep")

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr(
                "The most valuable portfolio for every budget from 0 to the total cost; "
                "a triangle marks a budget at which the selection changes."
            )
        )
        self.chart.retranslate()

    def refresh(self) -> None:
        data = self.session.data()
        failure = self.session.failure if data is None else ""
        self.failure.setText(failure)
        self.failure.setVisible(bool(failure))
        total = self.session.total_cost()
        self.chart.budget_line.setValue(self.session.budget)
        if data is None or not data.candidate_ids:
            self._show(None)
            return
        if data is not self._inputs:
            self._inputs = data
            self.start(data)
        else:
            self.chart.set_sweep(self.sweep, total)

    def start(self, data) -> None:
        self.stop()
        self.sweep = None
        budgets = np.linspace(0.0, float(data.costs.sum()), SWEEP_POINTS)
        self.job = Job(sweep_job(data.model(), data.values, budgets))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.start(self)

    def wait(self) -> bool:
        """Refresh if due and block until the result is shown (screenshots, tests)."""
        if self._stale:
            self._refresh_now()
        return wait_for_job(self)

    def stop(self) -> None:
        """Cancel a running sweep and stop listening to it (its inputs are out of date)."""
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def _progress(self, job, done: int, total: int) -> None:
        if job is not self.job:
            return
        text = self.tr("Solving budgets: %1 of %2")
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, job, sweep) -> None:
        if job is not self.job:
            return  # a sweep for inputs that have changed since
        self.job = None
        self.status.clear()
        self._show(sweep)

    def _failed(self, job, text: str) -> None:
        if job is not self.job:
            return
        self.job = None
        self.failure.setText(text)
        self.failure.setVisible(True)

    def _show(self, sweep: pf.BudgetSweep | None) -> None:
        self.sweep = sweep
        self.chart.set_sweep(sweep, self.session.total_cost())
        self.changes.setText(self._changes_html(sweep) if sweep is not None else "")

    def _changes_html(self, sweep: pf.BudgetSweep) -> str:
        ids = self._inputs.candidate_ids
        names = {c.id: c.name.get(self.state.lang) for c in self.state.study.candidates}
        heading = self.tr("Where the selection changes")
        lines = [f"<b>{escape(heading, quote=False)}</b>"]
        for k in sweep.changes:
            before, after = sweep.selected[k - 1], sweep.selected[k]
            parts = [f"+ {names[ids[i]]}" for i in np.flatnonzero(after & ~before)]
            parts += [f"\u2212 {names[ids[i]]}" for i in np.flatnonzero(before & ~after)]
            budget = self.tr("from %1").replace("%1", f"{sweep.total_cost[k]:.4g}")
            lines.append(f"<b>{escape(budget)}</b>: {escape(', '.join(parts), quote=False)}")
        return "<br>".join(lines)
