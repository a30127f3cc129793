"""The ranking view: bars in rank order with the "why", method choice, agreement, exclusions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.views import portfolio_marks
from desktop.views.agreement import AgreementStrip
from desktop.views.common import FAILURE_COLOUR, AnalysisView, method_labels, tint
from desktop.views.ranking_chart import RankingChart
from desktop.views.robustness import RobustnessVerdicts
from projects.study import METHODS


class RankingView(AnalysisView):
    """Horizontal bars in rank order, stacked by theme or criterion, and why some are missing."""

    AGREEMENT_DELAY_MS = 150  # the strip evaluates every method: only once a drag pauses
    NOTES_HEIGHT = 120  # exclusions and warnings scroll beyond this, the chart keeps its room

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.method_label, self.stack_label = QLabel(), QLabel()
        self.method_box = QComboBox()
        self.method_box.addItems([""] * len(METHODS))
        self.stack_box = QComboBox()
        self.stack_box.addItems(["", ""])
        self.scenario_label = QLabel()
        self.chart = RankingChart()
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.agreement_title = QLabel(wordWrap=True)
        self.agreement = AgreementStrip()
        self.excluded = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.warnings = QLabel(wordWrap=True)
        tint(self.warnings, "#555555")

        controls = QHBoxLayout()
        for widget in (self.method_label, self.method_box, self.stack_label, self.stack_box):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.scenario_label)
        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.failure)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend)
        self.robustness = RobustnessVerdicts(state, self.chart)
        chart_layout.addWidget(self.robustness)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.agreement_title)
        side_layout.addWidget(self.agreement, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.excluded)
        notes_layout.addWidget(self.warnings)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(notes)
        scroll.setMaximumHeight(self.NOTES_HEIGHT)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(scroll)
        self.export_target = chart_area

        self._agreement_timer = QTimer(self, singleShot=True, interval=self.AGREEMENT_DELAY_MS)
        self._agreement_timer.timeout.connect(self.refresh_agreement)
        self.method_box.activated.connect(self._method_chosen)
        self.stack_box.activated.connect(self.state_changed)
        state.ranking_changed.connect(self.state_changed)
        portfolio_marks.attach(self)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ranking")

    def retranslate(self) -> None:
        self.method_label.setText(self.tr("Method:"))
        self.stack_label.setText(self.tr("Bars by:"))
        labels = method_labels()
        for index, method in enumerate(METHODS):
            self.method_box.setItemText(index, labels[method])
            self.method_box.setItemData(index, method)
        self.stack_box.setItemText(0, self.tr("Theme"))
        self.stack_box.setItemData(0, "theme")
        self.stack_box.setItemText(1, self.tr("Criterion"))
        self.stack_box.setItemData(1, "criterion")
        self.method_box.setToolTip(self.tr("Hover a bar for the method's own figures"))
        self.agreement_title.setText(self.tr("Rank per method"))
        self.chart.retranslate()
        self.agreement.retranslate()

    def _method_chosen(self, index: int) -> None:
        self.state.set_method(self.method_box.itemData(index))

    @property
    def stacking(self) -> str:
        return self.stack_box.currentData()

    def refresh(self) -> None:
        state, ranking = self.state, self.state.ranking
        self.method_box.setCurrentIndex(METHODS.index(state.method))
        scenario = state.study.scenario()
        self.scenario_label.setText(
            self.tr("Scenario: %1").replace("%1", scenario.name.get(state.lang))
        )
        self.chart.setVisible(ranking is not None)
        self.failure.setVisible(ranking is None)
        if ranking is None:
            self.failure.setText(state.failure)
            self.legend.clear()
            self.excluded.clear()
            return
        self.chart.set_ranking(ranking, state.study, state.lang, self.stacking)
        self.legend.setText(
            self.chart.legend_html() + portfolio_marks.mark_ranking(self.chart, state)
        )
        self.excluded.setText(self._excluded_html(ranking))
        self.warnings.setText("\n".join(ranking.warnings))
        self.warnings.setVisible(bool(ranking.warnings))
        if self.agreement.rowCount():
            self._agreement_timer.start()
        else:  # first time on screen: no wait
            self.refresh_agreement()

    def refresh_agreement(self) -> None:
        self._agreement_timer.stop()
        if self.state.ranking is not None:
            self.agreement.show_ranks(self.state)

    def _excluded_html(self, ranking) -> str:
        if not ranking.excluded:
            return ""
        lang = self.state.lang
        names = {c.id: c.name.get(lang) for c in self.state.study.candidates}
        lines = [
            f"<b>{escape(names.get(e.candidate_id, e.candidate_id), quote=False)}</b>: "
            f"{escape(e.text(lang), quote=False)}"
            for e in ranking.excluded
        ]
        heading = escape(self.tr("Not ranked:"), quote=False)
        return f"<b>{heading}</b><br>" + "<br>".join(lines)
