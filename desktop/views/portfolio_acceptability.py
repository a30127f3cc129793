"""Portfolio acceptability: in what share of 10,000 weight (and cost) samples each candidate
is in the optimal portfolio for the budget (Liesiö, Mild & Salo (2007), EJOR 181; SMAA,
Lahdelma & Salminen (2001)). Near 100 % a safe choice, near 0 % a safe rejection; in
between the choice depends on the weights. Runs in a worker thread in chunks of
``CHUNK`` samples (each chunk its own seed), with progress and a cancel button.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.charts import RowChart
from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from desktop.views.portfolio_charts import REJECTED, SELECTED
from desktop.views.portfolio_session import PortfolioSession
from desktop.views.portfolio_worker import CancelledError, Job, wait_for_job
from projects.portfolio import portfolio_acceptability

SAMPLES = 10_000
CHUNK = 1_000
SPREAD = 0.3  # "around the scenario's weights": each weight varied by +/- 30 %
SAFE = 0.9  # a share at or above this is a safe choice; at or below 1 - SAFE a safe rejection
UNSURE = "#E69F00"


def acceptability_job(study, budget: float, spread: float | None, lang: str, samples: int):
    """A ``Job`` work function: the candidates' shares over ``samples`` samples in chunks.

    Returns (candidate ids, share per candidate, number of feasible samples)."""

    def work(report, cancelled):
        counts, feasible, ids = None, 0, ()
        for k, start in enumerate(range(0, samples, CHUNK)):
            if cancelled():
                raise CancelledError
            data, result = portfolio_acceptability(
                study,
                budget,
                n_samples=min(CHUNK, samples - start),
                seed=k,
                weight_spread=spread,
                lang=lang,
            )
            ids = data.candidate_ids
            chosen = result.selected[result.feasible].sum(axis=0)
            counts = chosen if counts is None else counts + chosen
            feasible += int(result.feasible.sum())
            report(start + result.n_samples, samples)
        return ids, counts / max(feasible, 1), feasible

    return work


class AcceptabilityChart(RowChart):
    """A bar per candidate: its share of samples in the optimal portfolio, safest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, pen=pg.mkPen(None))
        self.markers = pg.ScatterPlotItem(
            symbol="star", size=12, pen=pg.mkPen(SELECTED), brush=pg.mkBrush(SELECTED)
        )
        for item in (self.bars, self.markers):
            plot.addItem(item)
        for x in (1 - SAFE, SAFE):
            plot.addItem(
                pg.InfiniteLine(
                    pos=x, angle=90, pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine)
                )
            )
        self.shares = np.zeros(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.getPlotItem().setLabel(
            "bottom", self.tr("Share of samples in the optimal portfolio (★ funded now)")
        )

    def set_shares(self, labels: list[str], shares: np.ndarray, funded: np.ndarray) -> None:
        order = np.lexsort((np.arange(shares.size), -shares))
        self.shares = shares[order]
        y = np.arange(order.size, dtype=float)
        colours = [
            SELECTED if s >= SAFE else REJECTED if s <= 1 - SAFE else UNSURE for s in self.shares
        ]
        self.bars.setOpts(
            x0=np.zeros(order.size),
            y=y,
            width=self.shares,
            brushes=[pg.mkBrush(c) for c in colours],
        )
        chosen = funded[order]
        self.markers.setData(x=np.full(int(chosen.sum()), 1.03), y=y[chosen])
        self.getPlotItem().setXRange(0, 1.06, padding=0)
        self.set_rows([labels[i] for i in order])


class AcceptabilityView(AnalysisView):
    """Bars of portfolio acceptability; computed in the background, cancellable."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.session = PortfolioSession.of(state)
        self.weights_label = QLabel()
        self.weights_box = QComboBox()
        self.weights_box.addItems(["", ""])
        self.run_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.status = QLabel(wordWrap=True)
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.chart = AcceptabilityChart()
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        controls = QHBoxLayout()
        for widget in (self.weights_label, self.weights_box, self.run_button, self.cancel_button):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.failure)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        self.export_target = self.chart
        self.job: Job | None = None
        self.result: tuple | None = None
        self._done_for: tuple | None = None  # the inputs of the result shown
        self._running_for: tuple | None = None  # the inputs of the job running
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.weights_box.activated.connect(self.state_changed)
        self.session.changed.connect(self.state_changed)
        self.cancel_button.setEnabled(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Portfolio robustness")

    def retranslate(self) -> None:
        self.weights_label.setText(self.tr("Weights:"))
        self.weights_box.setItemText(0, self.tr("around the scenario (±30 %)"))
        self.weights_box.setItemData(0, SPREAD)
        self.weights_box.setItemText(1, self.tr("any weights (uniform)"))
        self.weights_box.setItemData(1, None)
        self.run_button.setText(self.tr("Compute (10,000 samples)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.legend.setText(
            f'<span style="color:{SELECTED}">&#9632;</span>&nbsp;'
            + self.tr("safe choice (≥ 90 %)")
            + f' &nbsp; <span style="color:{UNSURE}">&#9632;</span>&nbsp;'
            + self.tr("depends on the weights")
            + f' &nbsp; <span style="color:{REJECTED}">&#9632;</span>&nbsp;'
            + self.tr("safe rejection (≤ 10 %)")
        )
        self.chart.retranslate()

    def inputs(self) -> tuple:
        return (self.state.study, self.session.budget, self.weights_box.currentData())

    def refresh(self) -> None:
        """Show the result for the current inputs, computing it (in the background) if needed."""
        data = self.session.data()
        failure = self.session.failure
        if data is not None and not data.candidate_ids and not failure:
            failure = self.tr("No candidate can be funded: give the candidates a cost.")
        self.failure.setText(failure)
        self.failure.setVisible(bool(failure))
        if failure:
            self.cancel()
            return
        wanted = self.inputs()
        if self._done_for != wanted and (self.job is None or self._running_for != wanted):
            self.start()

    def start(self) -> None:
        if self.job is not None:
            self.job.cancel()
        study, budget, spread = self._running_for = self.inputs()
        self.job = Job(acceptability_job(study, budget, spread, self.state.lang, SAMPLES))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.progress.setRange(0, SAMPLES)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Sampling weights…"))
        self.job.start(self)

    def wait(self) -> bool:
        """Refresh if due and block until the result is shown (screenshots, tests)."""
        if self._stale:
            self._refresh_now()
        return wait_for_job(self)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, job, done: int, total: int) -> None:
        if job is not self.job:
            return  # a job replaced since
        self.progress.setValue(done)

    def _cancelled(self, job) -> None:
        if job is not self.job:
            return  # a job replaced since
        self.job = None
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelled."))

    def _failed(self, job, text: str) -> None:
        if job is not self.job:
            return  # a job replaced since
        self.job = None
        self.cancel_button.setEnabled(False)
        self.status.clear()
        self.failure.setText(text)
        self.failure.setVisible(True)

    def _finished(self, job, result) -> None:
        if job is not self.job:
            return  # a job replaced since
        self.job = None
        self.cancel_button.setEnabled(False)
        self.result, self._done_for = result, self._running_for
        ids, shares, feasible = result
        names = {c.id: c.name.get(self.state.lang) for c in self.state.study.candidates}
        selected = self.session.selected()
        funded = np.array([cid in selected for cid in ids], dtype=bool)
        self.chart.set_shares([names[cid] for cid in ids], shares, funded)
        text = self.tr("%1 samples with a feasible portfolio, budget %2")
        self.status.setText(
            text.replace("%1", f"{feasible:,}").replace("%2", f"{self._done_for[1]:g}")
        )
        if self._done_for != self.inputs():  # the inputs moved on while this ran
            self.refresh_later()
