"""Value for money: which candidates to fund within a budget, and why the others are not.

The efficient frontier (``mcda.portfolio.efficient_frontier``) with a budget line to drag:
the optimum is solved again (debounced) as the line moves, shown as a star on the frontier,
as filled points in the candidates' value-for-money scatter and in the table with the reason
for every candidate (``projects.portfolio``). Values are value added over not doing a
candidate (``settings.portfolio_baseline``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from desktop.views.portfolio_charts import CandidateChart, FrontierChart
from desktop.views.portfolio_session import PortfolioSession
from desktop.views.portfolio_table import PortfolioTableModel


class PortfolioView(AnalysisView):
    """The frontier, the candidates' value for money and the selection, for one budget."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.session = PortfolioSession.of(state)
        self.budget_label = QLabel()
        self.budget_box = QDoubleSpinBox(decimals=2, maximum=1e12, keyboardTracking=False)
        self.remember_button = QPushButton()
        self.rules_button = QPushButton()
        self.summary = QLabel()
        self.cost_note = QLabel(wordWrap=True)
        tint(self.cost_note, "#555555")
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.frontier_chart = FrontierChart()
        self.candidate_chart = CandidateChart()
        self.model = PortfolioTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # sized to the contents once per study edit, not at every budget step (sizing to
        # contents asks every row of every column at each reset)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._sized_for = None

        controls = QHBoxLayout()
        for widget in (self.budget_label, self.budget_box, self.remember_button):
            controls.addWidget(widget)
        controls.addWidget(self.summary, 1)
        controls.addWidget(self.rules_button)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.frontier_chart, 3)
        charts_layout.addWidget(self.candidate_chart, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.cost_note)
        layout.addWidget(self.failure)
        layout.addWidget(splitter, 1)
        self.export_target = charts

        self.frontier_chart.budget_moved.connect(self._budget_dragged)
        self.frontier_chart.budget_dropped.connect(self._budget_set)
        self.budget_box.valueChanged.connect(self._budget_set)
        self.remember_button.clicked.connect(self._remember)
        self.rules_button.clicked.connect(self._edit_rules)
        self.session.changed.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Portfolio")

    def retranslate(self) -> None:
        self.budget_label.setText(self.tr("Budget:"))
        self.remember_button.setText(self.tr("Remember budget"))
        self.remember_button.setToolTip(
            self.tr("Store this budget in the study (saved with it; undo with Ctrl+Z)")
        )
        self.rules_button.setText(self.tr("Groups and dependencies…"))
        self.frontier_chart.retranslate()
        self.candidate_chart.retranslate()

    # --- budget ------------------------------------------------------------------------------
    def _budget_dragged(self, budget: float) -> None:
        self.budget_box.blockSignals(True)
        self.budget_box.setValue(budget)
        self.budget_box.blockSignals(False)
        self.session.set_budget(budget)

    def _budget_set(self, budget: float) -> None:
        self.session.set_budget(budget, now=True)

    def _remember(self) -> None:
        self.session.remember_budget()

    def _edit_rules(self) -> None:
        from desktop.views.portfolio_rules import RulesDialog

        RulesDialog(self.state, self).exec()

    # --- drawing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        session, state = self.session, self.state
        lang = state.lang
        unit = state.study.settings.cost_unit
        self.cost_note.setText(self.tr("Costs: %1").replace("%1", unit) if unit else "")
        self.cost_note.setVisible(bool(unit))
        data = session.data()
        result = session.result()
        failure = session.failure
        if data is not None and not data.candidate_ids and not failure:
            failure = self.tr(
                "No candidate can be funded: give the candidates a cost (Edit candidate)."
            )
        self.failure.setText(failure)
        self.failure.setVisible(bool(failure))
        total = session.total_cost()
        budget = session.budget
        self.budget_box.blockSignals(True)
        self.budget_box.setMaximum(max(total, budget))
        self.budget_box.setSingleStep(max(total / 100, 0.01))
        self.budget_box.setValue(budget)
        self.budget_box.blockSignals(False)
        remembered = state.study.settings.budget
        self.remember_button.setEnabled(remembered is None or abs(remembered - budget) > 1e-9)
        self.frontier_chart.set_frontier(session.frontier() if data is not None else [], total)
        optimum = (result.total_cost, result.total_value) if result is not None else None
        self.frontier_chart.set_budget(budget, optimum)
        self.model.set_result(result, state.study, lang)
        if self._sized_for != (id(state.study), lang) and self.model.rows:
            self._sized_for = (id(state.study), lang)
            for column in range(4):
                self.table.resizeColumnToContents(column)
        if data is None:
            self.candidate_chart.set_candidates([], np.zeros(0), np.zeros(0), set(), [])
            self.summary.clear()
            return
        outcomes = {c.candidate_id: c for c in result.candidates} if result is not None else {}
        names = {c.id: c.name.get(lang) for c in state.study.candidates}
        ids = list(data.candidate_ids)
        tips = [
            f"{names[cid]} ({cid})\n"
            + self.tr("value added %1, cost %2").replace("%1", f"{v:+.3f}").replace("%2", f"{c:g}")
            + (f"\n{outcomes[cid].text(lang)}" if cid in outcomes else "")
            for cid, v, c in zip(ids, data.values, data.costs, strict=True)
        ]
        self.candidate_chart.set_candidates(ids, data.costs, data.values, session.selected(), tips)
        if result is None:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr("%1 of %2 funded: cost %3, value added %4")
            .replace("%1", str(len(result.selected)))
            .replace("%2", str(len(result.candidates)))
            .replace("%3", f"{result.total_cost:g}")
            .replace("%4", f"{result.total_value:.3f}")
        )
