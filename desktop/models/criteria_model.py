"""The criteria tree as a Qt item model: name, local weight and global weight per node.

Names are edited in place (F2), the checkbox switches a node on or off, and the local
weight column takes a percentage; the siblings renormalise around it (``desktop.weights``).
Every edit is a ``projects.commands`` command pushed on the ``StudyState``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from criteria.scales import NumericScale
from criteria.text import Text
from criteria.tree import Node, Theme
from desktop.palette import theme_colour
from desktop.state import StudyState
from desktop.weights import renormalise, shares
from projects.commands import EditNode, SetWeights

NAME, LOCAL, GLOBAL = range(3)
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def with_language(text: Text, lang: str, new: str) -> Text:
    """``text`` with its ``lang`` version replaced by ``new`` (the other language stays)."""
    return Text(text.nl, new) if lang == "en" else Text(new, text.en)


class CriteriaTreeModel(QAbstractItemModel):
    """Themes and criteria of the study with the active scenario's weights."""

    def __init__(self, state: StudyState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self._rebuild()
        state.study_changed.connect(self._study_changed)
        state.language_changed.connect(self._refresh)

    # --- structure --------------------------------------------------------------------------
    def _rebuild(self) -> None:
        study = self.state.study
        self._tree = study.criteria
        self._nodes: list[Node] = study.criteria.nodes()
        self._parents: list[str | None] = [
            p[-1].id if p else None for _, p in study.criteria.walk()
        ]
        self._row: dict[str, int] = {}
        for node in self._nodes:
            self._row[node.id] = study.criteria.index_of(node.id)
        self._pos = {n.id: i for i, n in enumerate(self._nodes)}
        self._roots = [n.id for n in study.criteria.roots]
        weights = study.scenario().weights
        self._local: dict[str, float] = {}
        for node in self._nodes:
            if node.id not in self._local:
                group = study.criteria.siblings(node.id)
                self._local.update(shares(group, weights))
        self._global = study.global_weights()
        self._top = {n.id: i for i, n in enumerate(study.criteria.roots)}

    def _study_changed(self, _study) -> None:
        study = self.state.study
        structure = (
            [n.id for n in study.criteria.nodes()],
            [p[-1].id if p else None for _, p in study.criteria.walk()],
        )
        if structure != ([n.id for n in self._nodes], self._parents):
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
        else:
            names_changed = study.criteria is not self._tree
            self._rebuild()
            self._refresh(first=NAME if names_changed else LOCAL)

    def _refresh(self, *_args, first: int = NAME) -> None:
        """Announce new data in columns ``first`` .. GLOBAL of every row."""
        if self._nodes:
            self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, GLOBAL))
            for theme in (n for n in self._nodes if isinstance(n, Theme) and n.children):
                parent = self.index_of(theme.id)
                last = self.index(len(theme.children) - 1, GLOBAL, parent)
                self.dataChanged.emit(self.index(0, first, parent), last)

    def node(self, index: Index) -> Node | None:
        return self._nodes[index.internalId() - 1] if index.isValid() else None

    def index_of(self, node_id: str, column: int = NAME) -> QModelIndex:
        pos = self._pos.get(node_id)
        if pos is None:
            return QModelIndex()
        return self.createIndex(self._row[node_id], column, pos + 1)

    def local_share(self, node_id: str) -> float:
        return self._local.get(node_id, 0.0)

    # --- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self.node(parent)
        children = self._roots if owner is None else [c.id for c in owner.children]
        return self.createIndex(row, column, self._pos[children[row]] + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parents[index.internalId() - 1]
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != NAME:
            return 0
        owner = self.node(parent)
        if owner is None:
            return len(self._roots)
        return len(owner.children) if isinstance(owner, Theme) else 0

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Criterion"), self.tr("Local"), self.tr("Global"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("Weight within its group (siblings sum to 100%)"),
                self.tr("Share of the whole ranking"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == LOCAL and self.node(index).enabled:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        col, lang = index.column(), self.state.lang
        if role == NODE_ID_ROLE:
            return node.id
        if col == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return node.name.get(lang)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if node.enabled else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(node)
            if role == Qt.ItemDataRole.DecorationRole:
                top = self.state.study.criteria.path(node.id)
                return theme_colour(self._top[top[0].id if top else node.id])
            if role == Qt.ItemDataRole.FontRole and isinstance(node, Theme):
                font = QFont()
                font.setBold(True)
                return font
        else:
            share = self._local[node.id] if col == LOCAL else self._global[node.id]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{100 * share:.1f} %"
            if role == Qt.ItemDataRole.EditRole:
                return round(100 * share, 1)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not node.enabled:
            return QBrush(QColor("gray"))
        return None

    def _tooltip(self, node: Node) -> str:
        lines = [node.name.get(self.state.lang)]
        if node.description:
            lines.append(node.description.get(self.state.lang))
        if not isinstance(node, Theme):
            lines.append(self.tr("Cost criterion") if not node.benefit else self.tr("Benefit"))
            if isinstance(node.scale, NumericScale) and node.scale.unit:
                lines.append(self.tr("Unit: %1").replace("%1", node.scale.unit))
        if node.source:
            lines.append(self.tr("Source: %1").replace("%1", node.source))
        if not node.enabled:
            lines.append(self.tr("Switched off: not part of the ranking"))
        return "\n".join(lines)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self.node(index)
        if node is None:
            return False
        if index.column() == NAME and role == Qt.ItemDataRole.CheckStateRole:
            enabled = Qt.CheckState(value) == Qt.CheckState.Checked
            if enabled == node.enabled:
                return False
            self.state.push(EditNode(node=replace(node, enabled=enabled)))
            return True
        if index.column() == NAME and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if not text or text == node.name.get(self.state.lang):
                return False
            self.state.push(
                EditNode(node=replace(node, name=with_language(node.name, self.state.lang, text)))
            )
            return True
        if index.column() == LOCAL and role == Qt.ItemDataRole.EditRole:
            try:
                percent = float(str(value).replace(",", ".").rstrip("% "))
            except ValueError:
                return False
            self.set_share(node.id, percent / 100.0)
            return True
        return False

    def set_share(self, node_id: str, share: float, drag: object = None) -> None:
        """Give ``node_id`` ``share`` of its group; unlocked siblings renormalise around it."""
        study = self.state.study
        group = study.criteria.siblings(node_id)
        current = {n.id: self._local[n.id] for n in group}
        disabled = {n.id for n in group if not n.enabled}
        new = renormalise(current, node_id, share, self.state.locked_weights, disabled)
        new = {k: v for k, v in new.items() if k not in disabled}
        if any(abs(v - current[k]) > 1e-12 for k, v in new.items()):
            scenario = study.scenario().id
            self.state.push(SetWeights(scenario_id=scenario, weights=new, drag=drag))
