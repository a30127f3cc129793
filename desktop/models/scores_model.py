"""Candidates x criteria as a Qt table model, and the area/tag filter over it.

Column 0 is the candidate, then one column per criterion in tree order; the header carries
each criterion's top-level theme (``THEME_ROLE``) so the view can draw a theme row above the
criterion names. Five-point cells give their number (-2 .. 2) as edit value, numeric cells a
float; ``None`` or "" clears a score (an explicit missing score).
"""

from __future__ import annotations

import textwrap
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from criteria.scales import FivePointScale, ScaleError
from criteria.tree import Criterion
from desktop.models.criteria_model import with_language
from desktop.palette import FIVE_POINT, MISSING, five_point_text_colour, theme_colour
from desktop.state import StudyState
from projects.commands import EditCandidate, SetScore
from projects.study import Candidate, Score

SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 2
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 3
THEME_ROLE = Qt.ItemDataRole.UserRole + 4
THEME_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 5
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 6
"""False for a criterion left out of the ranking (switched off itself or in its theme)."""
HEADER_WRAP = 14
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ScoresTableModel(QAbstractTableModel):
    """The score matrix of the study; edits push ``SetScore`` / ``EditCandidate``."""

    def __init__(self, state: StudyState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self._read()
        state.study_changed.connect(self._study_changed)
        state.language_changed.connect(self._everything_changed)

    def _read(self) -> None:
        study = self.state.study
        self._study = study
        self._candidates: list[Candidate] = list(study.candidates)
        self._criteria: list[Criterion] = study.criteria.criteria()
        self._active = {c.id for c in study.criteria.active_criteria()}
        roots = {n.id: i for i, n in enumerate(study.criteria.roots)}
        self._theme = {}
        for crit in self._criteria:
            top = study.criteria.theme_of(crit.id) or crit
            self._theme[crit.id] = (top, roots[top.id])

    def _study_changed(self, _study) -> None:
        """Tell the views only what changed: a weight drag changes no cell at all."""
        old, new = self._study, self.state.study
        if old.candidates is new.candidates and old.criteria is new.criteria:
            if old.scores is not new.scores:
                self._study = new
                self._scores_changed(old.scores, new.scores)
            return
        same_shape = [c.id for c in new.candidates] == [c.id for c in self._candidates] and [
            c.id for c in new.criteria.criteria()
        ] == [c.id for c in self._criteria]
        if same_shape:
            self._read()
            self._everything_changed()
        else:
            self.beginResetModel()
            self._read()
            self.endResetModel()

    def _scores_changed(self, before, after) -> None:
        rows = {c.id: r for r, c in enumerate(self._candidates)}
        columns = {c.id: j for j, c in enumerate(self._criteria, start=1)}
        for key in before.keys() | after.keys():
            if before.get(key) != after.get(key) and key[0] in rows and key[1] in columns:
                index = self.index(rows[key[0]], columns[key[1]])
                self.dataChanged.emit(index, index)

    def _everything_changed(self, *_args) -> None:
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def candidate(self, row: int) -> Candidate:
        return self._candidates[row]

    def criterion(self, column: int) -> Criterion | None:
        return self._criteria[column - 1] if column >= 1 else None

    def column_of(self, criterion_id: str) -> int:
        return 1 + [c.id for c in self._criteria].index(criterion_id)

    def row_of(self, candidate_id: str) -> int:
        return [c.id for c in self._candidates].index(candidate_id)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self._criteria)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        lang = self.state.lang
        crit = self.criterion(section)
        if crit is None:
            return self.tr("Candidate") if role == Qt.ItemDataRole.DisplayRole else None
        unit = getattr(crit.scale, "unit", "")
        if role == Qt.ItemDataRole.DisplayRole:  # wrapped, so columns stay narrow
            lines = textwrap.wrap(crit.name.get(lang), HEADER_WRAP, break_long_words=False) or [""]
            return "\n".join([*lines, f"({unit})"] if unit else lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [crit.name.get(lang), crit.description.get(lang)]
            lines.append(
                self.tr("Higher is better") if crit.benefit else self.tr("Lower is better")
            )
            if crit.id not in self._active:
                lines.append(self.tr("Switched off: not part of the ranking"))
            return "\n".join(line for line in lines if line)
        if role == THEME_ROLE:
            top = self._theme[crit.id][0]
            return "" if top is crit else top.name.get(lang)
        if role == THEME_COLOUR_ROLE:
            return theme_colour(self._theme[crit.id][1])
        if role == Qt.ItemDataRole.FontRole and crit.id not in self._active:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cand, lang = self._candidates[index.row()], self.state.lang
        if role == CANDIDATE_ROLE:
            return cand.id
        crit = self.criterion(index.column())
        if crit is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return cand.name.get(lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [cand.name.get(lang), cand.description.get(lang)]
                if cand.area:
                    parts.append(self.tr("Area: %1").replace("%1", cand.area))
                if cand.tags:
                    parts.append(self.tr("Tags: %1").replace("%1", ", ".join(cand.tags)))
                parts.extend(self._verdicts(cand.id))
                return "\n".join(p for p in parts if p)
            return None
        score = self.state.study.score(cand.id, crit.id)
        five = isinstance(crit.scale, FivePointScale)
        if role == SCORE_ROLE:
            return score
        if role == CRITERION_ROLE:
            return crit.id
        if role == ACTIVE_ROLE:
            return crit.id in self._active
        if role == Qt.ItemDataRole.DisplayRole:
            return "?" if score.missing else crit.scale.format(score.value)
        if role == Qt.ItemDataRole.EditRole:
            if score.missing:
                return None if five else ""
            return int(score.value) if five else score.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(score)
        if role == Qt.ItemDataRole.BackgroundRole:
            if score.missing:
                return QBrush(MISSING, Qt.BrushStyle.BDiagPattern)
            return QBrush(FIVE_POINT[int(score.value)]) if five else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if five and not score.missing:
                return QBrush(five_point_text_colour(score.value))
            return QBrush(QColor("gray")) if crit.id not in self._active else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignCenter if five else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _verdicts(self, candidate_id: str) -> list[str]:
        """The must-pass constraints the candidate fails or that were overridden for it."""
        study, lang = self.state.study, self.state.lang
        said = {"fail": self.tr("Fails: %1"), "override": self.tr("Overridden: %1")}
        lines = []
        for constraint in study.constraints:
            check = study.check(candidate_id, constraint.id)
            if constraint.enabled and not constraint.is_threshold and check.status in said:
                name = constraint.name.get(lang)
                text = f"{name} ({check.note.get(lang)})" if check.note else name
                lines.append(said[check.status].replace("%1", text))
        return lines

    def _tooltip(self, score: Score) -> str:
        lang = self.state.lang
        lines = [self.tr("Missing score")] if score.missing else []
        if score.rationale:
            lines.append(score.rationale.get(lang))
        if score.source:
            lines.append(self.tr("Source: %1").replace("%1", score.source))
        return "\n".join(lines) or self.tr("No rationale yet")

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cand, lang = self._candidates[index.row()], self.state.lang
        crit = self.criterion(index.column())
        if crit is None:
            text = str(value or "").strip()
            if not text or text == cand.name.get(lang):
                return False
            new = replace(cand, name=with_language(cand.name, lang, text))
            self.state.push(EditCandidate(candidate=new))
            return True
        old = self.state.study.score(cand.id, crit.id)
        if value is None or (isinstance(value, str) and not value.strip()):
            number = None
        else:
            try:
                number = crit.scale.parse(value)
            except ScaleError:
                return False
        if number == old.value:
            return False
        self.set_score(cand.id, crit.id, replace(old, value=number))
        return True

    def set_score(self, candidate_id: str, criterion_id: str, score: Score) -> None:
        command = SetScore(candidate_id=candidate_id, criterion_id=criterion_id, score=score)
        self.state.push(command)


class CandidateFilter(QSortFilterProxyModel):
    """Shows only candidates in the chosen area and with the chosen tag ("" = any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._area = ""
        self._tag = ""

    def set_area(self, area: str) -> None:
        self.beginFilterChange()
        self._area = area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tag(self, tag: str) -> None:
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        cand = self.sourceModel().candidate(row)
        if self._area and cand.area != self._area:
            return False
        return not (self._tag and self._tag not in cand.tags)
