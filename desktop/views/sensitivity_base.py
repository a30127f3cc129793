"""What the sensitivity views (issue 7) share: the study's sensitivity setup, candidate names,
the ranking's order and a line for why nothing can be shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from projects import sensitivity


def percent(value: float) -> str:
    """A weight or share as shown in the tables: "12.5 %"."""
    return f"{100 * value:.1f} %"


def rank_order(ranking, candidate_ids) -> list[int]:
    """Indices into ``candidate_ids`` best first in ``ranking`` (a ``Ranking`` or None: as
    given); candidates it does not rank go last, ties keep their order."""
    if ranking is None:
        return list(range(len(candidate_ids)))
    last = len(candidate_ids) + 1
    return sorted(
        range(len(candidate_ids)),
        key=lambda i: (ranking.rank_of(candidate_ids[i]) or last, i),
    )


class SensitivityView(AnalysisView):
    """A sensitivity view over the state's study and method, with a line for failures."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.failure = QLabel(wordWrap=True)
        tint(self.failure, FAILURE_COLOUR, bold=True)
        self.failure.hide()
        state.ranking_changed.connect(self.state_changed)

    def names(self) -> dict[str, str]:
        lang = self.state.lang
        return {c.id: c.name.get(lang) for c in self.state.study.candidates}

    def node_name(self, node_id: str) -> str:
        return self.state.study.criteria.find(node_id).name.get(self.state.lang)

    def setup(self) -> sensitivity.Setup | None:
        """The study's sensitivity setup, or None (the reason shown) if it cannot be ranked."""
        try:
            s = sensitivity.setup(self.state.study, self.state.method, lang=self.state.lang)
        except ValueError as exc:  # EvaluationError, or the engine's McdaInputError
            self.failure.setText(str(exc))
            self.failure.show()
            return None
        self.failure.hide()
        return s

    def ranked(self, candidate_ids) -> list[int]:
        """Indices into ``candidate_ids`` in the current ranking's order."""
        return rank_order(self.state.ranking, candidate_ids)
