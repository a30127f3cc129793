"""Where the workshop agrees and where not: the spread of every criterion's weight (a dot per
participant), each participant's ranking next to the group's, Kendall's tau between the
participants with their clusters, the contested candidates, and how robust the group's first
choice is when weights vary like the participants' do (SMAA on their weights).

``projects.workshop.disagreement`` and the SMAA take about a second (scipy), so they run in a
worker thread; a result that arrives after the study changed again is dropped.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from desktop.views.tau_heatmap import TauHeatmap
from desktop.views.weight_strip import WeightStrip
from projects.sensitivity import acceptability, setup
from projects.study import Study
from projects.workshop import (
    GROUP_SCENARIO_ID,
    Disagreement,
    disagreement,
    weighing_participants,
)

VERDICT_SAMPLES = 2000
SUMMARY_SCALE = 1.3  # the contested candidates and the verdict, larger than the view's text
CONTESTED = QColor("#fde0c5")


@dataclass(frozen=True)
class WorkshopAnalysis:
    """What the view shows: the disagreement and the verdict on the compared ranking's first."""

    scenario_id: str | None
    disagreement: Disagreement
    verdict: str


def analyse(study: Study, method: str, anonymous: bool, lang: str) -> WorkshopAnalysis:
    """Disagreement against the group scenario (or the active one before there is a group) and
    the robustness verdict of its first candidate under the participants' weights."""
    scenario = (
        GROUP_SCENARIO_ID if any(s.id == GROUP_SCENARIO_ID for s in study.scenarios) else None
    )
    found = disagreement(study, method, scenario, anonymous=anonymous, lang=lang)
    smaa = acceptability(
        study,
        setup(study, method, scenario, lang),
        n_samples=VERDICT_SAMPLES,
        weights="participants",
        lang=lang,
    )
    first = smaa.candidate_ids[int(smaa.current_ranks.argmin())]
    verdict = f"{study.candidate(first).name.get(lang)}: {smaa.verdict(first, lang)}"
    return WorkshopAnalysis(scenario, found, verdict)


class _Signals(QObject):
    done = Signal(int, object)  # generation, WorkshopAnalysis
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, signals: _Signals, *args) -> None:
        super().__init__()
        self.generation, self.signals, self.args = generation, signals, args

    def run(self) -> None:
        try:
            result = analyse(*self.args)
        except (ValueError, RuntimeError) as exc:  # ValueError: WorkshopError, EvaluationError,
            # McdaInputError; RuntimeError: the interpreter is shutting down
            outcome = (self.signals.failed, str(exc))
        else:
            outcome = (self.signals.done, result)
        with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
            outcome[0].emit(self.generation, outcome[1])


class DisagreementView(AnalysisView):
    """Strip plot of weights, rankings side by side, tau matrix; summary in large type."""

    NAMES_WIDTH = 170  # pixels for the candidate names of the rank table
    SUMMARY_LINES = 4  # the summary scrolls beyond this many lines

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.generation = 0
        self.analysis: WorkshopAnalysis | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.anonymous = QCheckBox()
        self.anonymous.setChecked(any(p.anonymous for p in state.study.participants))
        self.anonymous.toggled.connect(self.state_changed)
        self.status = QLabel()
        self.strip_title, self.ranks_title, self.tau_title = QLabel(), QLabel(), QLabel()
        for label in (self.strip_title, self.ranks_title, self.tau_title):
            tint(label, "#000000", bold=True)
        self.strip = WeightStrip()
        self.ranks = QTableWidget()
        self.ranks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ranks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranks.verticalHeader().setFixedWidth(self.NAMES_WIDTH)  # long names are elided
        self.ranks.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tau = TauHeatmap()
        self.findings = QLabel(wordWrap=True)  # the verdict, then the contested candidates
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.failure = tint(QLabel(wordWrap=True), FAILURE_COLOUR, bold=True)

        controls = QHBoxLayout()
        controls.addWidget(self.anonymous)
        controls.addStretch(1)
        controls.addWidget(self.status)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.strip_title)
        left_layout.addWidget(self.strip, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.ranks_title)
        right_layout.addWidget(self.ranks, 3)
        right_layout.addWidget(self.tau_title)
        right_layout.addWidget(self.tau, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.splitter, 1)
        self.summary = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.summary.setWidget(self.findings)
        body_layout.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.failure, 1)  # takes the body's room while the body is hidden
        self.failure.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.failure.hide()
        layout.addWidget(self.body, 1)
        self.export_target = self.body
        state.study_changed.connect(self.state_changed)
        state.method_changed.connect(self.state_changed)
        self._summary_fonts()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Agreement")

    def retranslate(self) -> None:
        self.anonymous.setText(self.tr("Show participants by code"))
        self.strip_title.setText(self.tr("Weight per criterion (a dot per participant)"))
        self.ranks_title.setText(self.tr("Rank per participant"))
        self.tau_title.setText(self.tr("Agreement between participants (Kendall's tau)"))
        self.strip.retranslate()

    # --- computing --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Start the analysis of the current study in the worker thread."""
        self.generation += 1
        state = self.state
        if not weighing_participants(state.study):
            self._failed(
                self.generation,
                self.tr(
                    "No participant has given weights yet: add participants in the Workshop "
                    "tab or collect their weights in a live session."
                ),
            )
            return
        self.status.setText(self.tr("Computing…"))
        job = _Job(
            self.generation,
            self._signals,
            state.study,
            state.method,
            self.anonymous.isChecked(),
            state.lang,
        )
        self.pool.clear()  # a queued job for an older study is not worth running
        self.pool.start(job)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (tests and exports)."""
        return self.pool.waitForDone(msecs)

    def export_image(self, path) -> None:
        if self._stale:
            self._refresh_now()
        self.wait()
        super().export_image(path)

    def _failed(self, generation: int, why: str) -> None:
        if generation != self.generation:
            return
        self.analysis = None
        self.status.clear()
        self.failure.setText(why)
        self.failure.show()
        self.body.hide()

    def _finished(self, generation: int, analysis: WorkshopAnalysis) -> None:
        if generation != self.generation:
            return
        self.analysis = analysis
        self.status.clear()
        self.failure.hide()
        self.body.show()
        try:
            self._show(analysis)
        except (ValueError, KeyError) as exc:  # a study changed under the result
            self._failed(generation, str(exc))

    # --- showing ----------------------------------------------------------------------------
    def _show(self, analysis: WorkshopAnalysis) -> None:
        study, lang = self.state.study, self.state.lang
        d = analysis.disagreement
        names = [study.criterion(s.criterion_id).name.get(lang) for s in d.spreads]
        self.strip.set_spreads(d.spreads, names, d.clusters.labels)
        self._fill_ranks(analysis)
        self.tau.set_matrix(d.tau, list(d.labels), d.clusters.labels, d.clusters.order)
        contested = [study.candidate(c).name.get(lang) for c in d.contested]
        self.findings.setText(
            self.tr("Robustness of the group's first choice: %1").replace("%1", analysis.verdict)
            + "\n"
            + (
                self.tr("Contested: %1").replace("%1", ", ".join(contested))
                if contested
                else self.tr("No candidate is contested: the participants rank alike.")
            )
        )

    def _fill_ranks(self, analysis: WorkshopAnalysis) -> None:
        study, lang = self.state.study, self.state.lang
        d = analysis.disagreement
        scenario = study.scenario(analysis.scenario_id).name.get(lang)
        order = sorted(range(len(d.candidate_ids)), key=lambda j: d.group_ranks[j])
        people = list(d.clusters.order)
        self.ranks.setColumnCount(1 + len(people))
        self.ranks.setRowCount(len(order))
        self.ranks.setHorizontalHeaderLabels([scenario, *(d.labels[p] for p in people)])
        names = []
        for r, j in enumerate(order):
            cid = d.candidate_ids[j]
            names.append(study.candidate(cid).name.get(lang))
            cells = [int(d.group_ranks[j]), *(int(d.ranks[p, j]) for p in people)]
            for c, rank in enumerate(cells):
                item = QTableWidgetItem(str(rank))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif cid in d.contested:
                    item.setBackground(CONTESTED)
                self.ranks.setItem(r, c, item)
        self.ranks.setVerticalHeaderLabels(names)

    # --- large summary text (follows the presentation mode's font) ---------------------------
    def _summary_fonts(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SUMMARY_SCALE)
        font.setBold(True)
        self.findings.setFont(font)
        self.summary.setFixedHeight(QFontMetrics(font).lineSpacing() * self.SUMMARY_LINES + 8)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._summary_fonts()
