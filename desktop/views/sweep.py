"""The sweep view (issue 7): one weight (a theme's or a criterion's) walks from 0 to 1 while the
others keep their proportions; every candidate's rank or score, the current weight and the
rank-reversal points, with each criterion's stability interval below
(``projects.sensitivity``: criterion_sweeps, theme_sweeps, stability)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.sensitivity_base import SensitivityView, percent
from desktop.views.sensitivity_charts import (
    SweepChart,
)
from projects import sensitivity


class SweepView(SensitivityView):
    """One weight (a theme's or a criterion's) walks from 0 to 1: every candidate's rank or
    score, the current weight and the rank reversals; below, the stability intervals."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setup_: sensitivity.Setup | None = None
        self.sweeps: dict[str, sensitivity.StudySweep] = {}
        self.stable = None
        self.node_label, self.measure_label, self.k_label = QLabel(), QLabel(), QLabel()
        self.node_box = QComboBox()
        self.node_box.setMinimumContentsLength(18)
        self.node_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_box = QComboBox()
        self.measure_box.addItems(["", ""])
        self.k_box = QSpinBox(minimum=1, maximum=99, value=3)
        self.summary = QLabel(wordWrap=True)
        self.chart = SweepChart()
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # long names are elided; the row stays one line
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table_title = QLabel(wordWrap=True)

        controls = QHBoxLayout()
        for widget in (self.node_label, self.node_box, self.measure_label, self.measure_box):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.k_label)
        controls.addWidget(self.k_box)
        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.summary)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table_title)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_area)
        splitter.addWidget(table_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.failure)
        layout.addWidget(splitter, 1)
        self.export_target = chart_area

        self.node_box.activated.connect(self.draw)
        self.measure_box.activated.connect(self.draw)
        self.k_box.valueChanged.connect(self._k_changed)
        self.table.cellClicked.connect(self._row_clicked)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sweep")

    def retranslate(self) -> None:
        self.node_label.setText(self.tr("Weight of:"))
        self.measure_label.setText(self.tr("Show:"))
        self.measure_box.setItemText(0, self.tr("Ranks"))
        self.measure_box.setItemData(0, "rank")
        self.measure_box.setItemText(1, self.tr("Scores"))
        self.measure_box.setItemData(1, "score")
        self.k_label.setText(self.tr("Top places that must hold:"))
        self.k_box.setToolTip(self.tr("The order of this many leading candidates must not change"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Theme / criterion"),
                self.tr("Weight now"),
                self.tr("Stable from"),
                self.tr("Stable to"),
                self.tr("First place\nchanges after"),
                self.tr("Top order\nchanges after"),
            ]
        )

    def refresh(self) -> None:
        s = self.setup()
        self.setup_ = s
        self.sweeps.clear()
        if s is None:
            self.chart.hide()
            self.table.setRowCount(0)
            return
        self.chart.show()
        study = self.state.study
        themes = sensitivity.theme_sweeps(study, s)
        criteria = sensitivity.criterion_sweeps(s)
        self.sweeps = {item.key: item for item in themes + criteria}
        chosen = self.node_box.currentData()
        self.node_box.clear()
        for item in themes + criteria:
            prefix = self.tr("Theme: ") if item.kind == "theme" else ""
            self.node_box.addItem(prefix + self.node_name(item.key), item.key)
        keys = list(self.sweeps)
        self.node_box.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.k_box.setMaximum(max(1, len(s.problem.candidate_ids) - 1))
        rows = themes + criteria
        self.stable = sensitivity.stability(rows, self.k_box.value()) if rows else None
        self._fill_table(rows)
        self.draw()

    def _k_changed(self, _k: int) -> None:
        self.refresh_later()

    def _row_clicked(self, row: int, _column: int) -> None:
        index = self.node_box.findData(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        if index >= 0:
            self.node_box.setCurrentIndex(index)
            self.draw()

    def current_sweep(self) -> sensitivity.StudySweep | None:
        return self.sweeps.get(self.node_box.currentData())

    def draw(self, *_args) -> None:
        item, s = self.current_sweep(), self.setup_
        if item is None or s is None:
            return
        names = self.names()
        labels = [names[c] for c in item.candidate_ids]
        k = self.k_box.value()
        highlight = self.ranked(s.problem.candidate_ids)[: max(k, 1)]
        measure = self.measure_box.currentData()
        axes = (
            self.tr("Weight of %1").replace("%1", self.node_name(item.key)),
            self.tr("Rank") if measure == "rank" else self.tr("Score"),
        )
        self.chart.set_sweep(item.sweep, labels, measure, highlight, k, axes)
        self.summary.setText(self._summary(item, labels, k))

    def _summary(self, item: sensitivity.StudySweep, names: list[str], k: int) -> str:
        sweep = item.sweep
        low, high = sweep.stable_range(k)
        parts = [
            self.tr("Current weight %1; the top-%2 order holds from %3 to %4.")
            .replace("%1", percent(sweep.current))
            .replace("%2", str(k))
            .replace("%3", percent(low))
            .replace("%4", percent(high))
        ]
        changes = sweep.changes(k)
        if len(changes):
            nearest = sorted(changes, key=lambda r: abs(r.weight - sweep.current))[:2]
            points = ", ".join(
                f"{percent(r.weight)} ({names[r.ahead_above]} > {names[r.ahead_below]})"
                for r in nearest
            )
            parts.append(
                self.tr("%1 reversals (●), nearest: %2")
                .replace("%1", str(len(changes)))
                .replace("%2", points)
            )
        return " ".join(parts)

    def _fill_table(self, sweeps: list[sensitivity.StudySweep]) -> None:
        """One row per theme, then per criterion: its stability interval."""
        stable = self.stable
        self.table.setRowCount(len(sweeps))
        if stable is None:
            return
        never = self.tr("never")
        for r, item in enumerate(sweeps):
            prefix = self.tr("Theme: ") if item.kind == "theme" else ""
            cells = [
                prefix + self.node_name(item.key),
                percent(stable.current[r]),
                percent(stable.low[r]),
                percent(stable.high[r]),
                never if np.isinf(stable.top1_distance[r]) else percent(stable.top1_distance[r]),
                never if np.isinf(stable.topk_distance[r]) else percent(stable.topk_distance[r]),
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                cell.setData(Qt.ItemDataRole.UserRole, item.key)
                self.table.setItem(r, c, cell)
        self.table_title.setText(
            self.tr("Stability intervals of the top-%1 order (click a row to sweep it):").replace(
                "%1", str(stable.k)
            )
        )
        self.table.setToolTip(
            self.tr(
                "Each criterion's weight may move within its interval (the others keeping their "
                "proportions) before the order of the first %1 changes; the last two columns: "
                "how far it may move either way."
            ).replace("%1", str(stable.k))
        )

    def rows(self) -> list[list[str]]:
        """The stability table's cell texts, row by row (what the user reads)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
