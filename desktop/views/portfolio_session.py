"""The portfolio state the portfolio views and the ranking share: the budget and its optimum.

The budget is view state (dragging it edits nothing); it starts at the study's
``settings.budget`` or, without one, at half the total cost of the fundable candidates, and
"Remember budget" stores it in the study as one undoable step. Values, costs, rules and the
MILP are built once per study edit (``projects.portfolio.portfolio_input``), so a budget
change costs one solve; budget changes are debounced, so a drag solves only when the line
pauses for ``DEBOUNCE_MS``.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

import mcda.portfolio as pf
from desktop.views.portfolio_worker import Job
from projects.commands import SetSettings
from projects.portfolio import (
    PortfolioInput,
    PortfolioResult,
    explained_optimum,
    portfolio_input,
)


class PortfolioSession(QObject):
    """One per ``StudyState`` (its child): ``PortfolioSession.of(state)``."""

    changed = Signal()  # the budget, or the study behind the optimum, changed
    DEBOUNCE_MS = 30
    FRONTIER_DELAY_MS = 150
    SYNC_FRONTIER = 40

    @classmethod
    def of(cls, state) -> PortfolioSession:
        found = state.findChild(cls)
        return found if found is not None else cls(state)

    def __init__(self, state) -> None:
        super().__init__(state)
        self.state = state
        self._budget: float | None = None  # None: the study's budget or half the total cost
        self._data: PortfolioInput | None = None
        self._model: pf.PortfolioModel | None = None
        self._result: PortfolioResult | None = None
        self._frontier: list[pf.FrontierPoint] | None = None
        self._failure = ""
        self._fresh = False
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self._frontier_job: Job | None = None
        self._edited_at = -math.inf
        self._frontier_timer = QTimer(self, singleShot=True, interval=self.FRONTIER_DELAY_MS)
        self._frontier_timer.timeout.connect(self._start_frontier)
        state.study_changed.connect(self._study_changed)
        state.language_changed.connect(self._study_changed)
        state.path_changed.connect(self._study_opened)

    # --- inputs ------------------------------------------------------------------------------
    def data(self) -> PortfolioInput | None:
        """The fundable candidates' values, costs and rules (None: see ``failure``)."""
        self._prepare()
        return self._data

    @property
    def failure(self) -> str:
        """Why there is no optimum (no ranking, rules that cannot be met, ...), else ""."""
        self._prepare()
        if self._data is not None and self._result is None and not self._failure:
            self.result()
        return self._failure

    def total_cost(self) -> float:
        data = self.data()
        return float(data.costs.sum()) if data is not None else 0.0

    @property
    def budget(self) -> float:
        if self._budget is not None:
            return self._budget
        remembered = self.state.study.settings.budget
        return remembered if remembered is not None else self.total_cost() / 2

    def set_budget(self, budget: float, now: bool = False) -> None:
        """A new budget; views hear of it after the debounce (at once with ``now``)."""
        budget = max(0.0, float(budget))
        if budget == self.budget and self._budget is not None:
            return
        self._budget = budget
        self._result = None
        self._failure = ""
        if now:
            self._timer.stop()
            self.changed.emit()
        else:
            self._timer.start()

    def remember_budget(self) -> None:
        """Store the budget in the study (``settings.budget``), one undoable step."""
        settings = replace(self.state.study.settings, budget=round(self.budget, 6))
        self.state.push(SetSettings(settings=settings))

    # --- results -----------------------------------------------------------------------------
    def result(self) -> PortfolioResult | None:
        """The optimal portfolio for the current budget (None: see ``failure``)."""
        self._prepare()
        if self._result is None and self._data is not None and not self._failure:
            try:
                self._result = explained_optimum(
                    self.state.study, self._data, self._model, self.budget, self.state.lang
                )
            except ValueError as exc:  # PortfolioStudyError: rules not met within the budget
                self._failure = str(exc)
        return self._result

    def selected(self) -> set[str]:
        result = self.result()
        return set(result.selected) if result is not None else set()

    def frontier(self, wait: bool = False) -> list[pf.FrontierPoint] | None:
        """The efficient portfolios of the fundable candidates, computed once per edit in a
        worker thread when the study has been still for ``FRONTIER_DELAY_MS`` (a weight drag
        does not pay for it at every step); None until then (``changed`` follows), unless
        ``wait`` computes it here and now. A small study that has not just been edited (a
        view opened) gets it at once too (``SYNC_FRONTIER`` candidates: under a second)."""
        self._prepare()
        if self._frontier is None and (self._data is None or not self._data.candidate_ids):
            self._frontier = []
        settled = time.monotonic() - self._edited_at > self.FRONTIER_DELAY_MS / 1000
        small = self._data is not None and len(self._data.candidate_ids) <= self.SYNC_FRONTIER
        if self._frontier is None and (wait or (settled and small)):
            self._frontier_job = None
            self._frontier = pf.efficient_frontier(self._model, self._data.values)
            self.changed.emit()  # views drawn without it redraw (once: it is cached now)
        elif self._frontier is None and self._frontier_job is None:
            self._frontier_timer.start()
        return self._frontier

    def _start_frontier(self) -> None:
        self._prepare()
        if self._frontier is not None or self._data is None:
            return
        model, values = self._model, self._data.values
        self._frontier_job = Job(lambda _report, _cancelled: pf.efficient_frontier(model, values))
        self._frontier_job.signals.finished.connect(self._frontier_done)
        self._frontier_job.start()

    def _frontier_done(self, job, points) -> None:
        if job is self._frontier_job:  # not a job for a study edited since
            self._frontier_job = None
            self._frontier = points
            self.changed.emit()

    # --- keeping up --------------------------------------------------------------------------
    def _prepare(self) -> None:
        if self._fresh:
            return
        self._fresh = True
        self._data = self._model = self._result = self._frontier = None
        self._frontier_job = None
        self._failure = ""
        try:
            self._data = portfolio_input(self.state.study, None, self.state.lang)
            self._model = self._data.model()
        except ValueError as exc:  # no ranking possible, a group no candidate can meet
            self._data = None
            self._failure = str(exc)

    def _study_changed(self, *_args) -> None:
        self._edited_at = time.monotonic()
        self._fresh = False
        self.changed.emit()

    def _study_opened(self, *_args) -> None:
        self._budget = None
        self._study_changed()
