"""The portfolio as a table: every candidate in or out, with its value added, cost and why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from projects.portfolio import CandidateOutcome, PortfolioResult, table_order
from projects.study import Study

IN_BACKGROUND = QColor("#dbe9f6")  # a light tint of the chart's "selected" blue


class PortfolioTableModel(QAbstractTableModel):
    """Read-only rows of ``CandidateOutcome`` (``projects.portfolio.table_order``)."""

    COLUMNS = 5  # in, candidate, value added, cost, reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CandidateOutcome] = []
        self._names: dict[str, str] = {}
        self._lang = "nl"

    def set_result(self, result: PortfolioResult | None, study: Study, lang: str) -> None:
        self.beginResetModel()
        self.rows = table_order(result) if result is not None else []
        self._names = {c.id: c.name.get(lang) for c in study.candidates}
        self._lang = lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("In"),
            self.tr("Candidate"),
            self.tr("Value added"),
            self.tr("Cost"),
            self.tr("Why"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "\u2714" if row.selected else ""
            if col == 1:
                return self._names.get(row.candidate_id, row.candidate_id)
            if col == 2:
                return "" if row.value is None else f"{row.value:+.3f}"
            if col == 3:
                return "" if row.cost is None else f"{row.cost:g}"
            return row.text(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 4):
            return f"{self._names.get(row.candidate_id, '')} ({row.candidate_id})\n" + row.text(
                self._lang
            )
        if role == Qt.ItemDataRole.BackgroundRole and row.selected:
            return QBrush(IN_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.candidate_id
        return None
