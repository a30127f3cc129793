"""The "Scores" tab: the score table with candidate actions, filters and the rationale panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from criteria.text import Text
from desktop.charts import export_widget
from desktop.models.scores_model import CandidateFilter, ScoresTableModel
from desktop.naming import new_id
from desktop.panels.properties_dialogs import CandidateDialog, ChecksDialog
from desktop.panels.rationale_panel import RationalePanel
from desktop.panels.score_table import ScoreTable
from desktop.state import StudyState
from projects.commands import (
    AddCandidate,
    EditCandidate,
    MoveCandidate,
    RemoveCandidate,
    SetChecks,
)
from projects.study import Candidate

SIDE_PANEL_HEIGHT = 150


class ScoresPanel(QWidget):
    """Candidates x criteria, grouped by theme, with rationale and source beside it."""

    def __init__(self, state: StudyState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ScoresTableModel(state, self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ScoreTable()
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table, lambda s=step: self.move(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.side = RationalePanel(state)
        self.table.selectionModel().currentChanged.connect(
            lambda current, _previous: self.side.show_index(current)
        )

        bar = QToolBar()  # a tool bar folds what does not fit into its overflow menu
        # (short texts and arrows keep the filters in view at 1280 pixels)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for text, tip, slot in (
            (self.tr("Add"), self.tr("Add a candidate below the current one"), self.add),
            (
                self.tr("Properties…"),
                self.tr("Name, description, area and tags of the current candidate"),
                self.properties,
            ),
            (
                self.tr("Constraints…"),
                self.tr("Does the current candidate meet the must-pass constraints?"),
                self.constraints,
            ),
            (self.tr("Remove"), self.tr("Remove the current candidate"), self.remove),
            ("▲", self.tr("Move the current candidate up (Alt+Up)"), self.move_up),
            ("▼", self.tr("Move the current candidate down (Alt+Down)"), self.move_down),
        ):
            action = bar.addAction(text, slot)
            action.setToolTip(tip)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.area = QComboBox()
        self.tag = QComboBox()
        for combo in (self.area, self.tag):  # narrow by default, so the table gets the room
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.area.currentIndexChanged.connect(
            lambda _i: self.proxy.set_area(self.area.currentData())
        )
        self.tag.currentIndexChanged.connect(lambda _i: self.proxy.set_tag(self.tag.currentData()))
        bar.addWidget(QLabel(self.tr("Area:") + " "))
        bar.addWidget(self.area)
        bar.addWidget(QLabel(" " + self.tr("Tag:") + " "))
        bar.addWidget(self.tag)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, SIDE_PANEL_HEIGHT])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        state.study_changed.connect(self._fill_filters)
        self._fill_filters()

    def title(self) -> str:
        return self.tr("Scores")

    def export_image(self, path) -> None:
        export_widget(self, path)

    def _fill_filters(self, *_args) -> None:
        study = self.state.study
        areas = sorted({c.area for c in study.candidates if c.area})
        tags = sorted({t for c in study.candidates for t in c.tags})
        for combo, values, anything in (
            (self.area, areas, self.tr("all areas")),
            (self.tag, tags, self.tr("all tags")),
        ):
            if combo.count() and [combo.itemData(i) for i in range(1, combo.count())] == values:
                continue
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.setEnabled(bool(values))
        self.proxy.set_area(self.area.currentData() or "")
        self.proxy.set_tag(self.tag.currentData() or "")

    def current_candidate(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.candidate(self.proxy.mapToSource(index).row()).id

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add candidate"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        study = self.state.study
        current = self.current_candidate()
        index = self.model.row_of(current) + 1 if current else None
        cid = new_id(name, {c.id for c in study.candidates}, "candidate")
        text = Text(name.strip(), name.strip())
        self.state.push(AddCandidate(candidate=Candidate(cid, text), index=index))
        self.table.setCurrentIndex(
            self.proxy.mapFromSource(self.model.index(self.model.row_of(cid), 0))
        )

    def properties(self) -> None:
        current = self.current_candidate()
        if not current:
            return
        candidate = self.state.study.candidate(current)
        dialog = CandidateDialog(candidate, self.state.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.result_value()
            if edited != candidate:
                self.state.push(EditCandidate(candidate=edited))

    def constraints(self) -> None:
        current = self.current_candidate()
        if not current:
            return
        dialog = ChecksDialog(self.state.study, current, self.state.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = dialog.result_value()
            if changed:
                self.state.push(SetChecks(candidate_id=current, checks=changed))

    def remove(self) -> None:
        current = self.current_candidate()
        if current:
            self.state.push(RemoveCandidate(candidate_id=current))

    def move_up(self) -> None:
        self.move(-1)

    def move_down(self) -> None:
        self.move(1)

    def move(self, step: int) -> None:
        current = self.current_candidate()
        if not current:
            return
        row, column = (
            self.model.row_of(current),
            self.proxy.mapToSource(self.table.currentIndex()).column(),
        )
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.state.push(MoveCandidate(candidate_id=current, index=target))
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(target, column)))
