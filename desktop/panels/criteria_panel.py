"""The criteria panel: the criteria tree with local and global weights, sliders for the
selected group, the elicitation method, and add / rename / reorder / delete of themes and
criteria. Every change is a command on the ``StudyState`` (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from criteria.text import Text
from criteria.tree import Criterion, Theme
from desktop.models.criteria_model import GLOBAL, LOCAL, NAME, NODE_ID_ROLE, CriteriaTreeModel
from desktop.naming import new_id
from desktop.panels.elicitation_dialog import ElicitationDialog
from desktop.panels.properties_dialogs import CriterionDialog
from desktop.panels.weight_sliders import WeightSliders
from desktop.state import StudyState
from projects.commands import AddNode, EditNode, MoveNode, RemoveNode, SetWeights


class CriteriaPanel(QWidget):
    """Criteria tree, weights and elicitation for the active scenario."""

    def __init__(self, state: StudyState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = CriteriaTreeModel(state, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("100.0 %") + 14  # fixed: cheap to update
        for column in (LOCAL, GLOBAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.tree.expandAll()
        self.model.modelReset.connect(self.tree.expandAll)
        for keys, slot in (
            ("Delete", self.delete),
            ("Alt+Up", lambda: self.move(-1)),
            ("Alt+Down", lambda: self.move(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.sliders = WeightSliders(self.model)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.methods = QComboBox()
        for key, text in (
            ("direct", self.tr("Direct (sliders)")),
            ("points", self.tr("Divide 100 points")),
            ("swing", self.tr("Swing weighting")),
            ("rank_order", self.tr("Rank order")),
            ("pairwise", self.tr("Pairwise (AHP)")),
        ):
            self.methods.addItem(text, key)
        self.methods.setToolTip(self.tr("How to weigh the selected group"))
        self.elicit = QPushButton(self.tr("Weigh group…"))
        self.elicit.setToolTip(self.tr("Weigh the group of the selected node with this method"))
        self.elicit.clicked.connect(self.open_elicitation)
        self.methods.currentIndexChanged.connect(
            lambda _i: self.elicit.setEnabled(self.methods.currentData() != "direct")
        )
        self.elicit.setEnabled(False)

        buttons = QGridLayout()
        for n, (text, tip, slot) in enumerate(
            (
                (self.tr("Add theme"), self.tr("Add a theme at the top level"), self.add_theme),
                (
                    self.tr("Add criterion"),
                    self.tr("Add a criterion to the selected theme"),
                    self.add_criterion,
                ),
                (
                    self.tr("Properties…"),
                    self.tr("Name, direction and scale of the selected criterion"),
                    self.properties,
                ),
                (
                    self.tr("Delete"),
                    self.tr("Delete the selected node and its scores (Del)"),
                    self.delete,
                ),
                (
                    self.tr("Up"),
                    self.tr("Move the selected node up (Alt+Up)"),
                    lambda: self.move(-1),
                ),
                (
                    self.tr("Down"),
                    self.tr("Move the selected node down (Alt+Down)"),
                    lambda: self.move(1),
                ),
            )
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 3, n % 3)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Weigh by:")))
        method_row.addWidget(self.methods, 1)
        method_row.addWidget(self.elicit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 3)
        layout.addLayout(buttons)
        layout.addLayout(method_row)
        layout.addWidget(self.sliders)
        hint = QLabel(self.tr("Untick a criterion to leave it out; double-click to rename."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)

    # --- selection --------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(NODE_ID_ROLE) if index.isValid() else None

    def select(self, node_id: str) -> None:
        self.tree.setCurrentIndex(self.model.index_of(node_id))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.sliders.show_group(current.data(NODE_ID_ROLE) if current.isValid() else None)

    # --- edits ------------------------------------------------------------------------------
    def _ask_name(self, title: str) -> str:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"))
        return name.strip() if ok else ""

    def add_theme(self) -> None:
        name = self._ask_name(self.tr("Add theme"))
        if name:
            tree = self.state.study.criteria
            node = Theme(new_id(name, {n.id for n in tree.nodes()}, "theme"), Text(name, name))
            self.state.push(AddNode(parent_id=None, node=node))
            self.select(node.id)

    def add_criterion(self) -> None:
        tree = self.state.study.criteria
        current = self.current_id()
        if current is None:
            parent, index = (tree.roots[-1].id if tree.roots else None), None
        elif isinstance(tree.find(current), Theme):
            parent, index = current, None
        else:
            parent, index = tree.parent_id(current), tree.index_of(current) + 1
        name = self._ask_name(self.tr("Add criterion"))
        if name:
            node = Criterion(
                new_id(name, {n.id for n in tree.nodes()}, "criterion"), Text(name, name)
            )
            self.state.push(AddNode(parent_id=parent, node=node, index=index))
            self.select(node.id)

    def properties(self) -> None:
        """A criterion's properties dialog; a theme is renamed in place."""
        current = self.current_id()
        if current is None:
            return
        node = self.state.study.criteria.find(current)
        if isinstance(node, Theme):
            self.tree.edit(self.tree.currentIndex().siblingAtColumn(NAME))
            return
        dialog = CriterionDialog(node, self.state.study, self.state.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.result_value()
            if edited != node:
                self.state.push(EditNode(node=edited))

    def delete(self) -> None:
        current = self.current_id()
        if current:
            self.state.push(RemoveNode(node_id=current))

    def move(self, step: int) -> None:
        current = self.current_id()
        if not current:
            return
        tree = self.state.study.criteria
        target = tree.index_of(current) + step
        if 0 <= target < len(tree.siblings(current)):
            self.state.push(MoveNode(node_id=current, index=target))
            self.select(current)

    def open_elicitation(self) -> None:
        method = self.methods.currentData()
        current = self.current_id()
        tree = self.state.study.criteria
        group = tuple(n for n in (tree.siblings(current) if current else tree.roots) if n.enabled)
        if len(group) < 2:
            return
        shares = {n.id: self.model.local_share(n.id) for n in group}
        dialog = ElicitationDialog(method, group, shares, self.state.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.weights():
            scenario = self.state.study.scenario().id
            self.state.push(SetWeights(scenario_id=scenario, weights=dialog.weights()))
