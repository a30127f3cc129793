"""A workshop participant's details and weights: name (or anonymous), organisation, role,
voice, and a weight per theme and criterion, entered directly or with the study's elicitation
methods (100 points, swing, rank order, pairwise) for one sibling group at a time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from criteria.tree import Node, Theme
from desktop.panels.elicitation_dialog import ElicitationDialog
from desktop.weights import shares
from projects.study import Participant, Study

MAX_VOICE = 100.0


class ParticipantDialog(QDialog):
    """Edit ``participant`` of ``study``; ``participant_value()`` gives the edited one."""

    def __init__(self, participant: Participant, study: Study, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.participant, self.study, self.lang = participant, study, lang
        self.setWindowTitle(self.tr("Participant"))
        self.name = QLineEdit(participant.name)
        self.anonymous = QCheckBox(self.tr("Anonymous (no name is stored)"))
        self.anonymous.setChecked(participant.anonymous)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.organisation = QLineEdit(participant.organisation)
        self.role = QLineEdit(participant.role)
        self.voice = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=MAX_VOICE, singleStep=0.5)
        self.voice.setValue(participant.voice)
        self.voice.setToolTip(self.tr("Weight of this participant in the group result"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Voice:"), self.voice)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Theme / criterion"), self.tr("Weight")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._fill_weights()

        self.methods = QComboBox()
        for key, text in (
            ("points", self.tr("Divide 100 points")),
            ("swing", self.tr("Swing weighting")),
            ("rank_order", self.tr("Rank order")),
            ("pairwise", self.tr("Pairwise (AHP)")),
        ):
            self.methods.addItem(text, key)
        self.elicit = QPushButton(self.tr("Weigh group…"))
        self.elicit.setToolTip(self.tr("Weigh the group of the selected row with this method"))
        self.elicit.clicked.connect(self.open_elicitation)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Weigh by:")))
        method_row.addWidget(self.methods, 1)
        method_row.addWidget(self.elicit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Weights count within each group (the themes, or one theme's criteria): "
                "only their proportions matter."
            ),
            wordWrap=True,
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(method_row)
        layout.addWidget(buttons)
        self._anonymous_toggled(participant.anonymous)
        self.resize(560, 640)

    def _fill_weights(self) -> None:
        tree = self.study.criteria
        rows = [(n, path) for n, path in tree.walk() if n.enabled and all(t.enabled for t in path)]
        self.table.setRowCount(len(rows))
        for r, (node, path) in enumerate(rows):
            group = [n for n in tree.siblings(node.id) if n.enabled]
            share = shares(group, self.participant.weights).get(node.id, 0.0)
            item = QTableWidgetItem("    " * len(path) + node.name.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, node.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if isinstance(node, Theme):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(r, 0, item)
            spin = QDoubleSpinBox(decimals=1, minimum=0.0, maximum=100.0, suffix=" %")
            spin.setValue(100 * share)
            spin.setAccessibleName(node.name.get(self.lang))
            self.table.setCellWidget(r, 1, spin)
            self.spins[node.id] = spin

    def _anonymous_toggled(self, on: bool) -> None:
        self.name.setEnabled(not on)
        if on:
            self.name.clear()

    def _group_of_selection(self) -> tuple[Node, ...]:
        tree = self.study.criteria
        row = self.table.currentRow()
        node_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        group = tree.siblings(node_id) if node_id else tree.roots
        return tuple(n for n in group if n.enabled)

    def open_elicitation(self) -> None:
        """Weigh the selected row's sibling group with the chosen method."""
        group = self._group_of_selection()
        if len(group) < 2:
            return
        current = {n.id: self.spins[n.id].value() / 100 for n in group}
        total = sum(current.values())
        current = {k: (v / total if total > 0 else 0.0) for k, v in current.items()}
        dialog = ElicitationDialog(self.methods.currentData(), group, current, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.weights():
            for node_id, weight in dialog.weights().items():
                self.spins[node_id].setValue(100 * weight)

    def participant_value(self) -> Participant:
        """The participant as edited (weights as given: each group's proportions count)."""
        anonymous = self.anonymous.isChecked()
        return replace(
            self.participant,
            name="" if anonymous else self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=self.role.text().strip(),
            voice=self.voice.value(),
            anonymous=anonymous,
            weights={**self.participant.weights, **{k: s.value() for k, s in self.spins.items()}},
        )
