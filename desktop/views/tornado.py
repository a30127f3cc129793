"""The tornado view (issue 7): which weight moves one candidate most - per criterion its
score (or rank) with that weight at the ends of its stability interval, or +/- 20 %
(``projects.sensitivity.candidate_tornado``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.views.sensitivity_base import SensitivityView
from desktop.views.sensitivity_charts import (
    HIGH_WEIGHT,
    LOW_WEIGHT,
    TornadoChart,
)
from projects import sensitivity


class TornadoView(SensitivityView):
    """Which weight moves one candidate most: per criterion its score (or rank) with that
    weight at the ends of its stability interval, or at the current weight +/- 20 %."""

    SPREAD = 0.2

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.result = None
        self.candidate_label, self.measure_label, self.range_label = QLabel(), QLabel(), QLabel()
        self.candidate_box = QComboBox()
        self.candidate_box.setMinimumContentsLength(18)
        self.candidate_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_box = QComboBox()
        self.measure_box.addItems(["", ""])
        self.range_box = QComboBox()
        self.range_box.addItems(["", ""])
        self.chart = TornadoChart()
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        controls = QHBoxLayout()
        for widget in (
            self.candidate_label,
            self.candidate_box,
            self.measure_label,
            self.measure_box,
            self.range_label,
            self.range_box,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.failure)
        layout.addWidget(chart_area, 1)
        self.export_target = chart_area
        for box in (self.candidate_box, self.measure_box, self.range_box):
            box.activated.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Tornado")

    def retranslate(self) -> None:
        self.candidate_label.setText(self.tr("Candidate:"))
        self.measure_label.setText(self.tr("Show:"))
        self.measure_box.setItemText(0, self.tr("Score"))
        self.measure_box.setItemData(0, "score")
        self.measure_box.setItemText(1, self.tr("Rank"))
        self.measure_box.setItemData(1, "rank")
        self.range_label.setText(self.tr("Weights:"))
        self.range_box.setItemText(0, self.tr("Stability interval (top 3)"))
        self.range_box.setItemData(0, "stability")
        self.range_box.setItemText(1, self.tr("Current ± 20 %"))
        self.range_box.setItemData(1, "spread")
        low, high = escape(self.tr("low weight"), False), escape(self.tr("high weight"), False)
        now = escape(self.tr("now"), False)
        self.legend.setText(
            f'<span style="color:{LOW_WEIGHT.name()}">&#9632;</span>&nbsp;{low} &nbsp; '
            f'<span style="color:{HIGH_WEIGHT.name()}">&#9632;</span>&nbsp;{high} &nbsp; '
            f"|&nbsp;{now}"
        )

    def refresh(self) -> None:
        s = self.setup()
        self.result = None
        if s is None or len(s.problem.criterion_ids) < 2:
            self.chart.setVisible(False)
            return
        self.chart.setVisible(True)
        names = self.names()
        chosen = self.candidate_box.currentData()
        self.candidate_box.clear()
        for i in self.ranked(s.problem.candidate_ids):
            self.candidate_box.addItem(
                names[s.problem.candidate_ids[i]], s.problem.candidate_ids[i]
            )
        index = self.candidate_box.findData(chosen)
        self.candidate_box.setCurrentIndex(max(0, index))
        candidate = self.candidate_box.currentData()
        stable = None
        if self.range_box.currentData() == "stability":
            stable = sensitivity.stability(sensitivity.criterion_sweeps(s), 3)
        measure = self.measure_box.currentData()
        self.result = sensitivity.candidate_tornado(s, candidate, stable, self.SPREAD, measure)
        t = self.result
        labels = [
            f"{self.node_name(s.problem.criterion_ids[j])} [{100 * lo:.0f}–{100 * hi:.0f} %]"
            for j, lo, hi in zip(t.criteria, t.low_weight, t.high_weight, strict=True)
        ]
        title = self.tr("Score of %1") if measure == "score" else self.tr("Rank of %1")
        self.chart.set_tornado(t.base, t.low, t.high, labels, title.replace("%1", names[candidate]))
        self.chart.getPlotItem().invertX(measure == "rank")
