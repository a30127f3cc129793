"""Editing the portfolio rules: exclusive and at-least-one groups, and dependencies.

Every change is one undoable command (``projects.commands.PutGroup``, ``RemoveGroup``,
``AddDependency``, ``RemoveDependency``) pushed on the study's undo stack at once, so the
dialog has no "Cancel": Ctrl+Z in the main window takes a change back.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from criteria.text import Text
from desktop.views.common import FAILURE_COLOUR, checked_keys, fill_checklist, tint
from projects.commands import (
    AddDependency,
    PutGroup,
    RemoveDependency,
    RemoveGroup,
    RuleError,
)
from projects.study import Dependency, Group


def group_id(name: str, taken: set[str]) -> str:
    """A file-safe id for a group called ``name``, unique among ``taken``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    stem = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60] or "groep"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


class RulesDialog(QDialog):
    """Groups and dependencies of the open study; changes apply at once (undoable)."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Groups and dependencies"))
        self.groups = QListWidget(wordWrap=True)
        self.remove_group_button = QPushButton(self.tr("Remove group"))
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(self.tr("Name of the new group"))
        self.group_kind = QComboBox()
        self.group_kind.addItem(self.tr("At most one of these (exclusive options)"), "exclusive")
        self.group_kind.addItem(self.tr("At least one of these"), "at_least_one")
        self.members = QListWidget()
        self.add_group_button = QPushButton(self.tr("Add group"))
        self.dependencies = QListWidget(wordWrap=True)
        self.remove_dependency_button = QPushButton(self.tr("Remove dependency"))
        self.dependent = QComboBox()
        self.required = QComboBox()
        self.add_dependency_button = QPushButton(self.tr("Add dependency"))
        for box in (self.dependent, self.required):  # long names must not widen the dialog
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        self.message = QLabel(wordWrap=True)
        tint(self.message, FAILURE_COLOUR)

        group_box = QGroupBox(self.tr("Groups"))
        group_layout = QVBoxLayout(group_box)
        group_layout.addWidget(self.groups)
        group_layout.addWidget(self.remove_group_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.group_name)
        form.addRow(self.tr("Rule:"), self.group_kind)
        form.addRow(self.tr("Members:"), self.members)
        group_layout.addLayout(form)
        group_layout.addWidget(self.add_group_button, 0, Qt.AlignmentFlag.AlignLeft)
        dependency_box = QGroupBox(self.tr("Dependencies"))
        dependency_layout = QVBoxLayout(dependency_box)
        dependency_layout.addWidget(self.dependencies)
        dependency_layout.addWidget(self.remove_dependency_button, 0, Qt.AlignmentFlag.AlignLeft)
        pick = QHBoxLayout()
        pick.addWidget(self.dependent, 1)
        pick.addWidget(QLabel(self.tr("requires")))
        pick.addWidget(self.required, 1)
        dependency_layout.addLayout(pick)
        dependency_layout.addWidget(self.add_dependency_button, 0, Qt.AlignmentFlag.AlignLeft)
        boxes = QHBoxLayout()
        boxes.addWidget(group_box, 1)
        boxes.addWidget(dependency_box, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.remove_group_button.clicked.connect(self.remove_group)
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_dependency_button.clicked.connect(self.remove_dependency)
        self.add_dependency_button.clicked.connect(self.add_dependency)
        state.study_changed.connect(self.fill)
        self.fill()
        self.resize(900, 560)

    def _names(self) -> dict[str, str]:
        return {c.id: c.name.get(self.state.lang) for c in self.state.study.candidates}

    def fill(self, *_args) -> None:
        study, lang, names = self.state.study, self.state.lang, self._names()
        kinds = {"exclusive": self.tr("at most one"), "at_least_one": self.tr("at least one")}
        self.groups.clear()
        for g in study.groups:
            members = ", ".join(names.get(m, m) for m in g.members)
            item = QListWidgetItem(f"{g.name.get(lang)} ({kinds[g.kind]}): {members}")
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            self.groups.addItem(item)
        self.dependencies.clear()
        for d in study.dependencies:
            text = self.tr("%1 requires %2")
            item = QListWidgetItem(
                text.replace("%1", names.get(d.candidate, d.candidate)).replace(
                    "%2", names.get(d.requires, d.requires)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (d.candidate, d.requires))
            self.dependencies.addItem(item)
        entries = [(cid, f"{name} ({cid})") for cid, name in names.items()]
        fill_checklist(self.members, entries, set(checked_keys(self.members)))
        for box in (self.dependent, self.required):
            current = box.currentData()
            box.clear()
            for cid, text in entries:
                box.addItem(text, cid)
            if current is not None and box.findData(current) >= 0:
                box.setCurrentIndex(box.findData(current))

    def _push(self, command) -> bool:
        try:
            self.state.push(command)
        except RuleError as exc:  # refused by the command: say why, change nothing
            self.message.setText(exc.text(self.state.lang))
            return False
        self.message.clear()
        return True

    def add_group(self) -> None:
        name = self.group_name.text().strip()
        members = tuple(checked_keys(self.members))
        if not name or not members:
            self.message.setText(self.tr("Give the group a name and tick its members."))
            return
        gid = group_id(name, {g.id for g in self.state.study.groups})
        group = Group(gid, Text(name, name), self.group_kind.currentData(), members)
        if self._push(PutGroup(group=group)):
            self.group_name.clear()
            fill_checklist(self.members, [], set())
            self.fill()

    def remove_group(self) -> None:
        item = self.groups.currentItem()
        if item is not None:
            self._push(RemoveGroup(group_id=item.data(Qt.ItemDataRole.UserRole)))

    def add_dependency(self) -> None:
        dependency = Dependency(self.dependent.currentData(), self.required.currentData())
        self._push(AddDependency(dependency=dependency))

    def remove_dependency(self) -> None:
        item = self.dependencies.currentItem()
        if item is not None:
            pair = item.data(Qt.ItemDataRole.UserRole)
            self._push(RemoveDependency(dependency=Dependency(*pair)))
