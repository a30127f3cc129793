"""The acceptability view (issue 7): SMAA rank acceptability (heat map and stacked bars),
pairwise winning and central weights (``projects.sensitivity.acceptability``), run in the
background with progress and cancel so the window stays responsive."""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.background import BackgroundRun
from desktop.views.sensitivity_base import SensitivityView
from desktop.views.sensitivity_charts import (
    AcceptabilityBars,
    HeatTable,
)
from projects import sensitivity


@dataclass(frozen=True)
class SmaaSettings:
    """What the user chose for a Monte Carlo run."""

    samples: int = 10_000
    seed: int = 0
    weights: str = "uniform"
    spread: float = 0.2
    score_p: float = 0.0
    score_spread: float = 0.0


def run_smaa(study, method: str, lang: str, settings: SmaaSettings, progress, cancel):
    """The acceptability view's job (worker thread): (StudySmaa, seconds)."""
    start = time.perf_counter()
    s = sensitivity.setup(study, method, lang=lang)
    result = sensitivity.acceptability(
        study,
        s,
        settings.samples,
        settings.seed,
        settings.weights,
        settings.spread,
        settings.score_p,
        settings.score_spread,
        progress=progress,
        cancel=cancel,
        lang=lang,
    )
    return result, time.perf_counter() - start


class AcceptabilityView(SensitivityView):
    """SMAA: the settings of a Monte Carlo run, its progress, and the rank acceptability
    (heat map and stacked bars), pairwise winning and central weights."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.run = BackgroundRun(self)
        self.smaa: sensitivity.StudySmaa | None = None
        self.seconds = 0.0
        self.samples = QSpinBox(minimum=100, maximum=1_000_000, singleStep=1000, value=10_000)
        self.samples.setGroupSeparatorShown(True)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.model = QComboBox()
        self.spread = QDoubleSpinBox(minimum=0.0, maximum=100.0, value=20.0, suffix=" %")
        self.score_p = QDoubleSpinBox(minimum=0.0, maximum=100.0, value=0.0, suffix=" %")
        self.score_spread = QDoubleSpinBox(minimum=0.0, maximum=100.0, value=0.0, suffix=" %")
        for box in (self.spread, self.score_p, self.score_spread):
            box.setDecimals(0)
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.progress = QProgressBar(minimum=0, maximum=100, value=0)
        self.status = QLabel(wordWrap=True)
        self.form = QVBoxLayout()  # each label above its field: long labels get the full width
        self.form_labels = [QLabel(wordWrap=True) for _ in range(6)]
        for label, field in zip(
            self.form_labels,
            (self.samples, self.seed, self.model, self.spread, self.score_p, self.score_spread),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addWidget(label)
            self.form.addWidget(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        panel = QWidget()
        panel.setMinimumWidth(240)
        panel.setMaximumWidth(300)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addLayout(self.form)
        panel_layout.addLayout(buttons)
        panel_layout.addWidget(self.progress)
        panel_layout.addWidget(self.status)
        panel_layout.addStretch(1)

        self.heat = HeatTable()
        self.bars = AcceptabilityBars()
        self.pairwise = HeatTable()
        self.central = HeatTable()
        self.tabs = QTabWidget()
        for widget in (self.heat, self.bars, self.pairwise, self.central):
            self.tabs.addTab(widget, "")
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.failure)
        results_layout.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(results, 1)
        self.export_target = self.heat

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.model.activated.connect(self._model_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self.run.failed.connect(self._failed)
        state.study_changed.connect(self.state_changed)
        self.retranslate()
        self._running(False)

    def title(self) -> str:
        return self.tr("Acceptability")

    def retranslate(self) -> None:
        texts = (
            self.tr("Samples:"),
            self.tr("Seed:"),
            self.tr("Weights:"),
            self.tr("Spread around the weights:"),
            self.tr("Chance a five-point score moves one step:"),
            self.tr("Spread of numeric scores:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self._fill_models()
        self.model.setToolTip(
            self.tr("Where the sampled weights come from (SMAA, Lahdelma & Salminen 2001)")
        )
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        for index, text in enumerate(
            (
                self.tr("Rank acceptability"),
                self.tr("Stacked bars"),
                self.tr("Pairwise winning"),
                self.tr("Central weights"),
            )
        ):
            self.tabs.setTabText(index, text)
        self._model_chosen()

    def _fill_models(self) -> None:
        """The weight models; "participants" only when the study has participants."""
        models = {
            "uniform": self.tr("Uniform (no preference)"),
            "around": self.tr("Around the current weights"),
            "rank_order": self.tr("Rank order of the weights"),
            "participants": self.tr("Spread of the participants"),
        }
        offered = [
            key
            for key in sensitivity.WEIGHT_MODELS
            if key != "participants" or self.state.study.participants
        ]
        shown = [
            (self.model.itemData(i), self.model.itemText(i)) for i in range(self.model.count())
        ]
        if shown == [(key, models[key]) for key in offered]:
            return
        chosen = self.model.currentData()
        self.model.clear()
        for key in offered:
            self.model.addItem(models[key], key)
        self.model.setCurrentIndex(max(0, self.model.findData(chosen)))
        self._model_chosen()

    def _model_chosen(self, *_args) -> None:
        self.spread.setEnabled(self.model.currentData() == "around")

    def _tab_changed(self, index: int) -> None:
        self.export_target = self.tabs.widget(index)

    def export_image(self, path: str | Path) -> None:
        """The chosen result tab as PNG or SVG; a table whole, not only its visible part."""
        if isinstance(self.export_target, HeatTable):
            self.export_target.export_image(path)
        else:
            super().export_image(path)

    def settings(self) -> SmaaSettings:
        return SmaaSettings(
            samples=self.samples.value(),
            seed=self.seed.value(),
            weights=self.model.currentData() or "uniform",
            spread=self.spread.value() / 100,
            score_p=self.score_p.value() / 100,
            score_spread=self.score_spread.value() / 100,
        )

    def refresh(self) -> None:
        self._fill_models()
        self.start()

    def start(self) -> None:
        """Run SMAA with the chosen settings in the background (cancelling a running one)."""
        state = self.state
        self.failure.hide()
        self.progress.setValue(0)
        self.status.setText(self.tr("Running…"))
        self._running(True)
        self.run.start(partial(run_smaa, state.study, state.method, state.lang, self.settings()))

    def cancel(self) -> None:
        """Stop the run; the results cover the samples done so far."""
        self.run.stop()

    def _running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total))

    def _failed(self, reason: str) -> None:
        self._running(False)
        self.smaa = None
        self.status.clear()
        self.failure.setText(reason)
        self.failure.show()

    def _finished(self, outcome) -> None:
        self._running(False)
        self.smaa, self.seconds = outcome
        result = self.smaa.result
        count = f"{result.samples:,}".replace(",", "\u202f")
        if result.cancelled:
            self.status.setText(
                self.tr("Cancelled: the results cover the %1 samples done.").replace("%1", count)
            )
        else:
            self.status.setText(
                self.tr("%1 samples in %2 s.")
                .replace("%1", count)
                .replace("%2", f"{self.seconds:.2f}")
            )
        self._show()

    def order(self) -> list[int]:
        """Rows of the SMAA result in the current ranking's order."""
        return self.ranked(self.smaa.candidate_ids)

    def _show(self) -> None:
        smaa, names = self.smaa, self.names()
        order = self.order()
        rows = [f"{p + 1}. {names[smaa.candidate_ids[i]]}" for p, i in enumerate(order)]
        shares = smaa.result.acceptability[order]
        ranks = [str(r) for r in range(1, len(order) + 1)]
        self.heat.set_matrix(shares, rows, ranks)
        self.heat.setToolTip(
            self.tr("Share of samples (%) in which each candidate takes each rank")
        )
        self.bars.set_shares(shares, rows, self.tr("Share of samples per rank (rank 1 darkest)"))
        pairwise = smaa.result.pairwise[np.ix_(order, order)]
        self.pairwise.set_matrix(pairwise, rows, ranks, np.eye(len(order), dtype=bool))
        self.pairwise.setToolTip(
            self.tr("Share of samples (%) in which the row's candidate ranks before the column's")
        )
        criteria = [self.node_name(c) for c in smaa.criterion_ids]
        never_first = smaa.result.acceptability[order, 0] == 0
        central = smaa.result.central_weights[order]
        blank = np.broadcast_to(never_first[:, None], central.shape)
        self.central.set_matrix(central, rows, criteria, blank)
        self.central.setToolTip(
            self.tr(
                "Average weights (%) of the samples in which the candidate is first "
                "(empty: never first)"
            )
        )
