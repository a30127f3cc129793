"""The ranking view's robustness verdicts: one line per candidate from a quick SMAA.

After every ranking change (debounced, the previous run cancelled) 2,000 weight samples around
the scenario's weights (each weight +/- 20 %) are ranked in the background, and each candidate
gets ``projects.sensitivity.StudySmaa.verdict`` ("stabiel eerste in 94 % van de
steekproeven"): the leader's under the chart, every candidate's in its bar's tooltip.
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.background import BackgroundRun
from projects import sensitivity

SAMPLES = 2000
SPREAD = 0.2
SEED = 0
DELAY_MS = 300


def quick_smaa(study, method: str, lang: str, progress, cancel) -> sensitivity.StudySmaa:
    """The verdicts' SMAA (runs in the worker thread)."""
    s = sensitivity.setup(study, method, lang=lang)
    return sensitivity.acceptability(
        study, s, SAMPLES, SEED, "around", SPREAD, progress=progress, cancel=cancel, lang=lang
    )


class RobustnessVerdicts(QLabel):
    """ "Robustness: 1. <leader>: <verdict>"; the tooltip lists every candidate's verdict and
    the ``chart``'s bars get theirs as a tooltip line (``RankingChart.notes``)."""

    def __init__(self, state, chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.state, self.chart = state, chart
        self.run = BackgroundRun(self)
        self.smaa: sensitivity.StudySmaa | None = None
        self.run.finished.connect(self._show)
        self.run.failed.connect(self._failed)
        state.ranking_changed.connect(self.schedule)
        state.language_changed.connect(self.schedule)
        self.schedule()

    def heading(self) -> str:
        return (
            self.tr("Robustness (%1 samples, each weight ± %2 %):")
            .replace("%1", f"{SAMPLES:,}".replace(",", "\u202f"))
            .replace("%2", f"{100 * SPREAD:.0f}")
        )

    def schedule(self, *_args) -> None:
        """Recompute in the background once the ranking stops changing."""
        state = self.state
        self.chart.notes = {}
        self.smaa = None
        if state.ranking is None or len(state.ranking.candidate_ids) < 2:
            self.run.cancel()
            self.clear()
            return
        self._say(self.tr("computing…"))
        self.run.start(partial(quick_smaa, state.study, state.method, state.lang), DELAY_MS)

    def verdicts(self) -> list[tuple[str, str]]:
        """(candidate id, verdict) best first."""
        ranking, smaa = self.state.ranking, self.smaa
        if ranking is None or smaa is None:
            return []
        return [
            (cid, smaa.verdict(cid, self.state.lang))
            for cid in (ranking.candidate_ids[i] for i in ranking.order())
            if cid in smaa.candidate_ids
        ]

    def _say(self, text: str, leader: str = "") -> None:
        name = f"<b>{escape(leader, quote=False)}</b>: " if leader else ""
        self.setText(f"{escape(self.heading(), quote=False)} {name}{escape(text, quote=False)}")

    def _show(self, smaa: sensitivity.StudySmaa) -> None:
        self.smaa = smaa
        names = {c.id: c.name.get(self.state.lang) for c in self.state.study.candidates}
        verdicts = self.verdicts()
        self.chart.notes = {
            cid: self.tr("Robustness: %1").replace("%1", text) for cid, text in verdicts
        }
        lead_id, lead_text = verdicts[0]
        rank = self.state.ranking.rank_of(lead_id)
        self._say(lead_text, f"{rank}. {names[lead_id]}")
        lines = [f"{self.state.ranking.rank_of(c)}. {names[c]}: {t}" for c, t in verdicts]
        self.setToolTip("\n".join([self.heading(), *lines]))

    def _failed(self, reason: str) -> None:
        self._say(reason)
