"""The agreement strip: each candidate's rank under every method, side by side.

Where the methods agree a ranking is robust to the choice of method; a cell whose rank differs
from the chosen method's is shaded so disagreement stands out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.views.common import method_labels
from projects.evaluation import Ranking
from projects.study import METHODS

DIFFERENT = QColor("#fde0c5")


class AgreementStrip(QTableWidget):
    """Rows: the candidates in the current ranking's order; columns: the methods."""

    NAMES_WIDTH = 130  # pixels for the candidate names: the chart beside it needs the room

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setFixedWidth(self.NAMES_WIDTH)  # long names are elided
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setColumnCount(len(METHODS))
        self.setWordWrap(True)
        self.rankings: dict[str, Ranking] = {}
        self.retranslate()

    def retranslate(self) -> None:
        labels = method_labels()
        self.setHorizontalHeaderLabels([labels[m].replace(" ", "\n", 1) for m in METHODS])
        self.setToolTip(self.tr("Rank of each candidate under every method"))

    def show_ranks(self, state) -> None:
        """Fill from ``state``: its ranking gives the rows, every method a column."""
        current = state.ranking
        self.rankings = {}
        for method in METHODS:
            try:
                self.rankings[method] = (
                    current if method == current.method else state.evaluate(method)
                )
            except ValueError:  # EvaluationError, or the engine's McdaInputError
                continue
        rows = current.order()
        names = {c.id: c.name.get(state.lang) for c in state.study.candidates}
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([names[current.candidate_ids[i]] for i in rows])
        for r, i in enumerate(rows):
            cid = current.candidate_ids[i]
            own = int(current.ranks[i])
            for c, method in enumerate(METHODS):
                rank = self.rankings[method].rank_of(cid) if method in self.rankings else None
                item = QTableWidgetItem("–" if rank is None else str(rank))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(names[cid])
                if rank is not None and rank != own:
                    item.setBackground(DIFFERENT)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.setFixedWidth(
            self.NAMES_WIDTH
            + self.horizontalHeader().length()
            + 2 * self.frameWidth()
            + self.verticalScrollBar().sizeHint().width()
        )

    def ranks(self) -> dict[str, list[str]]:
        """The shown cell texts per method column, top to bottom (what the user reads)."""
        return {
            method: [self.item(r, c).text() for r in range(self.rowCount())]
            for c, method in enumerate(METHODS)
        }
