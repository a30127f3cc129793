"""Weigh one sibling group another way: 100 points, swing, rank order or pairwise (AHP).

The judgements become local weights through ``criteria.elicitation``; pairwise comparison
shows Saaty's consistency ratio and highlights the judgement that fits worst (Saaty (1980)).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from criteria import elicitation
from criteria.tree import Node

INCONSISTENT = QColor("#E69F00")
DERIVED = QColor("#eeeeee")
"""Background of the cells that follow from the judgements (diagonal, reciprocals)."""
POINTS = 100


def _ratio(text: str) -> float:
    """A Saaty judgement typed as ``3``, ``1/3`` or ``0,5``."""
    return float(Fraction(text.strip().replace(",", ".")))


class ElicitationDialog(QDialog):
    """Judgements for ``group`` by ``method``; ``weights()`` gives the resulting shares."""

    def __init__(self, method: str, group: tuple[Node, ...], shares: dict, lang: str, parent=None):
        super().__init__(parent)
        self.method, self.group, self.lang = method, group, lang
        self.names = [n.name.get(lang) for n in group]
        self._weights: np.ndarray | None = None
        titles = {
            "points": self.tr("Divide 100 points"),
            "swing": self.tr("Swing weighting"),
            "rank_order": self.tr("Rank order"),
            "pairwise": self.tr("Pairwise comparison (AHP)"),
        }
        help_texts = {
            "points": self.tr("Divide exactly 100 points over the criteria."),
            "swing": self.tr(
                "Give the swing from worst to best that matters most 100 points, "
                "the others points relative to it."
            ),
            "rank_order": self.tr("Rank by importance (1 = most important); ties are allowed."),
            "pairwise": self.tr(
                "How much more important is the row than the column? 1 = equal, 3 = moderately, "
                "5 = strongly, 7 = very strongly, 9 = extremely; 1/3 etc. for the reverse."
            ),
        }
        self.setWindowTitle(titles[method])
        self.help = QLabel(help_texts[method], wordWrap=True)
        self.feedback = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table = QTableWidget()
        w = np.array([shares.get(n.id, 0.0) for n in group])
        if method == "pairwise":
            self._pairwise_table(w)
        else:
            self._value_table(w)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.update_result()

    # --- building -------------------------------------------------------------------------
    def _value_table(self, w: np.ndarray) -> None:
        n = len(self.group)
        heading = {
            "points": self.tr("Points"),
            "swing": self.tr("Swing points"),
            "rank_order": self.tr("Rank"),
        }[self.method]
        self.table.setColumnCount(2)
        self.table.setRowCount(n)
        self.table.setHorizontalHeaderLabels([heading, self.tr("Weight")])
        self.table.setVerticalHeaderLabels(self.names)
        if self.method == "points":
            start = np.round(100 * w).astype(int)
            start[int(np.argmax(w))] += 100 - start.sum()
        elif self.method == "swing":
            start = np.round(100 * w / w.max()).astype(int) if w.max() > 0 else np.full(n, 100)
        else:
            start = np.argsort(np.argsort(-w, kind="stable"), kind="stable") + 1
        self.spins = []
        for row, value in enumerate(start):
            spin = QSpinBox()
            spin.setRange(
                1 if self.method == "rank_order" else 0, n if self.method == "rank_order" else 100
            )
            spin.setValue(int(value))
            spin.valueChanged.connect(self.update_result)
            self.table.setCellWidget(row, 0, spin)
            self.spins.append(spin)
            self.table.setItem(row, 1, QTableWidgetItem())

    def _pairwise_table(self, w: np.ndarray) -> None:
        n = len(self.group)
        self.table.setRowCount(n)
        self.table.setColumnCount(n)
        self.table.setHorizontalHeaderLabels([str(i + 1) for i in range(n)])
        self.table.setVerticalHeaderLabels(
            [f"{i + 1}. {name}" for i, name in enumerate(self.names)]
        )
        for i, name in enumerate(self.names):
            self.table.horizontalHeaderItem(i).setToolTip(name)
        for i in range(n):
            for j in range(n):
                item = QTableWidgetItem()
                if i < j:
                    ratio = w[i] / w[j] if w[i] > 0 and w[j] > 0 else 1.0
                    item.setText(str(Fraction(ratio).limit_denominator(9)))
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
        self.table.itemChanged.connect(lambda _item: self.update_result())

    # --- result ---------------------------------------------------------------------------
    def update_result(self) -> None:
        try:
            self._weights = self._compute()
        except elicitation.ElicitationError as exc:
            self._weights = None
            self.feedback.setText(exc.text(self.lang))
        except ValueError as exc:  # a judgement that is not a number, said in _compute
            self._weights = None
            self.feedback.setText(str(exc))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self._weights is not None
        )

    def _compute(self) -> np.ndarray | None:
        if self.method != "pairwise":
            values = [s.value() for s in self.spins]
            if self.method == "points":
                total = sum(values)
                self.feedback.setText(
                    self.tr("%1 of 100 points allocated").replace("%1", str(total))
                )
                if total != POINTS:
                    for row in range(len(values)):
                        self.table.item(row, 1).setText("")
                    return None
                weights = elicitation.points(values, POINTS)
            elif self.method == "swing":
                self.feedback.setText("")
                weights = elicitation.swing(values)
            else:
                self.feedback.setText("")
                weights = elicitation.rank_order(values)
            for row, weight in enumerate(weights):
                self.table.item(row, 1).setText(f"{100 * weight:.1f} %")
            return weights
        n = len(self.group)
        judgements = {}
        self.table.blockSignals(True)
        try:
            for i in range(n):
                for j in range(n):
                    self.table.item(i, j).setBackground(QBrush(DERIVED) if j <= i else QBrush())
            for i in range(n):
                for j in range(i + 1, n):
                    judgements[(i, j)] = self._judgement(i, j)
            matrix = elicitation.pairwise_matrix(judgements, n)
            for i in range(n):
                for j in range(i + 1):
                    self.table.item(i, j).setText(str(Fraction(matrix[i, j]).limit_denominator(9)))
            result = elicitation.pairwise(matrix)
            if result.most_inconsistent is not None and not result.consistent:
                i, j = sorted(result.most_inconsistent)
                self.table.item(i, j).setBackground(QBrush(INCONSISTENT))
                self.table.item(i, j).setToolTip(self.tr("This judgement fits the others worst"))
        finally:
            self.table.blockSignals(False)
        verdict = (
            self.tr("consistent enough")
            if result.consistent
            else self.tr("too inconsistent (above 0.10): review the highlighted judgement")
        )
        weights = ", ".join(
            f"{name} {100 * w:.1f} %" for name, w in zip(self.names, result.weights, strict=True)
        )
        self.feedback.setText(
            self.tr("Consistency ratio %1: %2")
            .replace("%1", f"{result.consistency_ratio:.3f}")
            .replace("%2", verdict)
            + "\n"
            + weights
        )
        return result.weights

    def _judgement(self, i: int, j: int) -> float:
        try:
            return _ratio(self.table.item(i, j).text())
        except (ValueError, ZeroDivisionError):
            raise ValueError(
                self.tr("Judgement (%1, %2): type a number such as 3, 1/3 or 0,5")
                .replace("%1", str(i + 1))
                .replace("%2", str(j + 1))
            ) from None

    def weights(self) -> dict[str, float] | None:
        """The shares the judgements give (None while they are invalid)."""
        if self._weights is None:
            return None
        return {n.id: float(w) for n, w in zip(self.group, self._weights, strict=True)}
