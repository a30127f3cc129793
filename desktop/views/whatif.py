"""What-if for directors: drag theme (or criterion) weights and see the ranking move.

The what-if weights are a sandbox off the active scenario: dragging never changes the study
(a director can play freely without touching the weights the team agreed on, and there is
nothing to undo). "Reset" returns to the active scenario's weights, "Save as scenario" keeps
the sandbox as a new scenario (one undoable step, ``projects.commands.AddScenario``). Rank
changes are shown against the active scenario's ranking with the same method.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from criteria.text import Text
from criteria.tree import Theme
from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from desktop.views.ranking_chart import RankingChart
from projects.commands import AddScenario
from projects.evaluation import Ranking, evaluate
from projects.study import Scenario, Study

SLIDER_STEPS = 100
RESET_POSITION = SLIDER_STEPS // 2  # the heaviest sibling starts mid-way: room up and down


class Sandbox:
    """Local weights played with on top of a study's active scenario."""

    def __init__(self, study: Study) -> None:
        self.base = study
        scenario = study.scenario()
        nodes = study.criteria.nodes()
        self.reset_weights = {n.id: float(scenario.weights.get(n.id, 1.0)) for n in nodes}
        self.weights = dict(self.reset_weights)
        self._scale = {  # the weight at the reset position: the heaviest sibling's
            n.id: max(self.reset_weights[s.id] for s in study.criteria.siblings(n.id)) or 1.0
            for n in nodes
        }

    def key(self) -> tuple:
        """What a study edit must keep for the sandbox to survive it."""
        scenario = self.base.scenario()
        return (scenario.id, dict(scenario.weights), [n.id for n in self.base.criteria.nodes()])

    def slider_position(self, node_id: str) -> int:
        return round(RESET_POSITION * self.weights[node_id] / self._scale[node_id])

    def set_slider(self, node_id: str, position: int) -> None:
        self.weights[node_id] = position * self._scale[node_id] / RESET_POSITION

    def share(self, node_id: str) -> float:
        """The node's weight as a share of its sibling group (0 when switched off)."""
        siblings = self.base.criteria.siblings(node_id)
        if not next(s for s in siblings if s.id == node_id).enabled:
            return 0.0
        total = sum(self.weights[s.id] for s in siblings if s.enabled)
        return self.weights[node_id] / total if total > 0 else 0.0

    def reset(self) -> None:
        self.weights = dict(self.reset_weights)

    def study(self) -> Study:
        return self.base.with_scenario_weights(self.base.active_scenario, self.weights)

    def scenario(self, name: str) -> Scenario:
        """The sandbox as a new scenario named ``name`` (id derived from it, unique)."""
        stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "scenario"
        taken = {s.id for s in self.base.scenarios}
        sid = stem
        n = 2
        while sid in taken:
            sid, n = f"{stem}-{n}", n + 1
        return Scenario(sid, Text(name), weights=dict(self.weights))


class WeightSlider(QWidget):
    """One node's slider with its name and share; themes can fold out their criteria."""

    moved = Signal(str, int)

    def __init__(self, node_id: str, name: str, depth: int, parent=None) -> None:
        super().__init__(parent)
        self.node_id = node_id
        self.toggle = QToolButton(arrowType=Qt.ArrowType.RightArrow, checkable=True)
        self.toggle.setAutoRaise(True)
        self.name = QLabel(name, wordWrap=True)
        self.name.setMinimumWidth(90)
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=SLIDER_STEPS)
        self.slider.setMinimumWidth(90)
        self.share = QLabel(alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.share.setMinimumWidth(self.share.fontMetrics().horizontalAdvance("100 %") + 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16 * depth, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.slider, 3)
        layout.addWidget(self.share)
        self.slider.valueChanged.connect(lambda v: self.moved.emit(self.node_id, v))

    def set_position(self, position: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(False)


class WhatIfView(AnalysisView):
    """Sliders per theme (criteria on fold-out) beside the live ranking with rank changes."""

    updated = Signal()  # the ranking on screen was redrawn

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.sandbox = Sandbox(state.study)
        self.ranking: Ranking | None = None
        self.baseline: Ranking | None = None
        self._baseline_key: tuple = ()
        self.sliders: dict[str, WeightSlider] = {}
        self._children: dict[str, list[WeightSlider]] = {}
        self.intro = QLabel(wordWrap=True)
        self.reset_button = QPushButton()
        self.save_button = QPushButton()
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.chart = RankingChart()
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._slider_box = QWidget()
        self._slider_layout = QVBoxLayout(self._slider_box)
        self._slider_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self._slider_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        panel = QWidget()
        panel.setMinimumWidth(300)
        panel.setMaximumWidth(420)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.intro)
        panel_layout.addWidget(scroll, 1)
        panel_layout.addLayout(buttons)
        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.failure)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(chart_area, 1)
        self.export_target = chart_area

        self._rerank = QTimer(self, singleShot=True, interval=0)
        self._rerank.timeout.connect(self.rerank)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self._ask_scenario_name)
        state.study_changed.connect(self.state_changed)
        state.ranking_changed.connect(self.state_changed)
        state.language_changed.connect(self._rename_sliders)
        self._build_sliders()
        self.retranslate()

    def title(self) -> str:
        return self.tr("What if")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Drag the weights to see how the ranking changes (▲▼: places moved). "
                "This does not change the study until you save it as a scenario."
            )
        )
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the weights of the active scenario"))
        self.save_button.setText(self.tr("Save as scenario…"))
        for slider in self.sliders.values():
            slider.toggle.setToolTip(self.tr("Show the criteria of this theme"))
        self.chart.retranslate()

    # --- sliders ----------------------------------------------------------------------------
    def _build_sliders(self) -> None:
        while self._slider_layout.count():
            self._slider_layout.takeAt(0).widget().deleteLater()
        self.sliders.clear()
        self._children.clear()
        lang = self.state.lang
        for node, path in self.state.study.criteria.walk():
            row = WeightSlider(node.id, node.name.get(lang), len(path))
            row.setEnabled(node.enabled)
            has_children = isinstance(node, Theme) and bool(node.children)
            row.toggle.setVisible(has_children)
            if path:
                row.setVisible(False)
                self._children[path[-1].id].append(row)
            if has_children:
                self._children[node.id] = []
                row.toggle.toggled.connect(lambda on, r=row: self._fold(r, on))
            row.moved.connect(self.set_weight)
            self.sliders[node.id] = row
            self._slider_layout.addWidget(row)
        self._show_positions()

    def _fold(self, row: WeightSlider, unfolded: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        row.toggle.setArrowType(arrow)
        for child in self._children[row.node_id]:
            child.setVisible(unfolded)
            if not unfolded and child.toggle.isChecked():
                child.toggle.setChecked(False)

    def expand(self, node_id: str, unfolded: bool = True) -> None:
        """Show (or hide) the sliders under a theme."""
        self.sliders[node_id].toggle.setChecked(unfolded)

    def _show_positions(self) -> None:
        for node_id, row in self.sliders.items():
            row.set_position(self.sandbox.slider_position(node_id))
            row.share.setText(f"{100 * self.sandbox.share(node_id):.0f} %")

    def set_weight(self, node_id: str, position: int) -> None:
        """Move a slider's weight (``position`` 0…100) and re-rank in the next event-loop turn."""
        self.sandbox.set_slider(node_id, position)
        self.sliders[node_id].set_position(position)
        for sibling in self.state.study.criteria.siblings(node_id):
            self.sliders[sibling.id].share.setText(f"{100 * self.sandbox.share(sibling.id):.0f} %")
        self._rerank.start()

    def reset(self) -> None:
        self.sandbox.reset()
        self._show_positions()
        self.rerank()

    def _ask_scenario_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as scenario"), self.tr("Name of the new scenario:")
        )
        if ok and name.strip():
            self.save_as_scenario(name.strip())

    def save_as_scenario(self, name: str) -> None:
        """Keep the what-if weights as a new, active scenario (one undoable step)."""
        self.state.push(AddScenario(scenario=self.sandbox.scenario(name), activate=True))

    # --- ranking ----------------------------------------------------------------------------
    def _sync(self) -> None:
        """Follow the study: a new sandbox, keeping the played weights while the active
        scenario and the tree are as they were (e.g. after a score edit)."""
        study = self.state.study
        if self.sandbox.base is study:
            return
        old, self.sandbox = self.sandbox, Sandbox(study)
        if self.sandbox.key() == old.key():
            self.sandbox.weights = old.weights
        if study.criteria is not old.base.criteria:
            self._build_sliders()
        else:
            self._show_positions()

    def _rename_sliders(self) -> None:
        for node in self.state.study.criteria.nodes():
            self.sliders[node.id].name.setText(node.name.get(self.state.lang))

    def refresh(self) -> None:
        self._sync()
        self.rerank()

    def rerank(self) -> None:
        """Rank the sandbox now and redraw the chart with the rank changes."""
        self._rerank.stop()
        state = self.state
        try:
            base_key = (id(state.study), state.method, state.lang)
            if base_key != self._baseline_key:
                self.baseline = evaluate(state.study, state.method, lang=state.lang)
                self._baseline_key = base_key
            self.ranking = evaluate(self.sandbox.study(), state.method, lang=state.lang)
        except ValueError as exc:  # EvaluationError, or the engine's McdaInputError
            self.ranking = None
            self.failure.setText(str(exc))
        self.failure.setVisible(self.ranking is None)
        self.chart.setVisible(self.ranking is not None)
        if self.ranking is not None:
            self.chart.set_ranking(self.ranking, state.study, state.lang, "theme", self.movement())
            self.legend.setText(self.chart.legend_html())
        self.updated.emit()

    def movement(self) -> dict[str, int]:
        """Places each candidate moved up (negative: down) against the active scenario."""
        if self.ranking is None or self.baseline is None:
            return {}
        return {
            cid: before - int(self.ranking.ranks[i])
            for i, cid in enumerate(self.ranking.candidate_ids)
            if (before := self.baseline.rank_of(cid)) is not None
        }
