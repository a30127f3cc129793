"""The open study as seen by the GUI: current value, undo stack, and the live ranking.

Every view reads the study from here and edits it only by pushing ``projects.commands``
commands; ``study_changed`` tells views to refresh. Re-ranking is debounced: many changes in
one event-loop turn (a slider drag) cost one evaluation, and ``ranking_changed`` carries it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from projects.commands import Command, SetMethod
from projects.evaluation import Ranking, evaluate
from projects.study import Study


class _UndoAdapter(QUndoCommand):
    """A ``projects.commands.Command`` on Qt's undo stack."""

    def __init__(self, state: StudyState, command: Command, lang: str) -> None:
        super().__init__(command.label.get(lang))
        self.state, self.command = state, command
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push() calls redo(); the command was applied already
            self._first = False
            return
        self.state._set_study(self.command.apply(self.state.study))

    def undo(self) -> None:
        self.state._set_study(self.command.revert(self.state.study))

    def id(self) -> int:
        return 1 if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        return isinstance(other, _UndoAdapter) and self.command.merge(other.command)


class StudyState(QObject):
    """Holds the study, its file path, the undo stack and the ranking with the study's method
    (``study.settings.method``: choosing another is an undoable edit, saved with the study)."""

    study_changed = Signal(object)  # Study
    ranking_changed = Signal(object)  # Ranking | None
    ranking_failed = Signal(str)  # why no ranking could be made
    path_changed = Signal(object)  # Path | None
    language_changed = Signal(str)
    method_changed = Signal(str)

    def __init__(self, study: Study, path: Path | None = None, lang: str = "nl", parent=None):
        super().__init__(parent)
        self._study = study
        self._path = path
        self._lang = lang
        self._ranking: Ranking | None = None
        self._failure = ""
        self.locked_weights: set[str] = set()
        """Nodes whose local weight stays put while their siblings' sliders move."""
        self.undo_stack = QUndoStack(self)
        self._rerank = QTimer(self, singleShot=True, interval=0)
        self._rerank.timeout.connect(self.recompute)
        self.recompute()

    # --- reading ----------------------------------------------------------------------------
    @property
    def study(self) -> Study:
        return self._study

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def method(self) -> str:
        return self._study.settings.method

    @property
    def ranking(self) -> Ranking | None:
        """The ranking of the active scenario with the chosen method (None if impossible)."""
        return self._ranking

    @property
    def failure(self) -> str:
        """Why the last ranking failed ("" when it succeeded)."""
        return self._failure

    def evaluate(self, method: str | None = None, scenario: str | None = None) -> Ranking:
        """A ranking other than the current one (another method or scenario)."""
        return evaluate(self._study, method or self.method, scenario, lang=self._lang)

    # --- changing ---------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Apply an edit as one undoable step (merging with the previous one where allowed)."""
        self._set_study(command.apply(self._study))
        self.undo_stack.push(_UndoAdapter(self, command, self._lang))

    def replace(self, study: Study, path: Path | None) -> None:
        """Open another study: a new history starts."""
        self.undo_stack.clear()
        self._path = path
        self.locked_weights.clear()
        self._set_study(study)
        self.undo_stack.setClean()
        self.path_changed.emit(path)

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit(path)

    def set_method(self, method: str) -> None:
        """Rank with ``method`` from now on (an undoable edit of the study's settings)."""
        if method != self.method:
            self.push(SetMethod(method=method))

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self.language_changed.emit(lang)
            self.schedule_recompute()

    def _set_study(self, study: Study) -> None:
        method_changed = study.settings.method != self._study.settings.method
        self._study = study
        self.study_changed.emit(study)
        if method_changed:
            self.method_changed.emit(study.settings.method)
        self.schedule_recompute()

    def schedule_recompute(self) -> None:
        self._rerank.start()

    def recompute(self) -> None:
        """Rank now (normally called through the debounce timer)."""
        self._rerank.stop()
        try:
            self._ranking = evaluate(self._study, self.method, lang=self._lang)
            self._failure = ""
        except ValueError as exc:  # EvaluationError, or the engine's McdaInputError
            self._ranking = None
            self._failure = str(exc)
            self.ranking_failed.emit(self._failure)
        self.ranking_changed.emit(self._ranking)
