"""One slider, number and lock per node of a sibling group: the direct way to weigh.

Moving a slider gives that node a share of its group and rescales the unlocked siblings
(``desktop.weights.renormalise``); everything one press-drag-release does is one undo step
(``SetWeights.drag`` merges it).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSlider,
)

from criteria.tree import Node
from desktop.models.criteria_model import CriteriaTreeModel

STEPS = 1000
_drags = itertools.count(1)


class WeightSliders(QGroupBox):
    """Sliders for the sibling group of one node (the themes, or one theme's criteria)."""

    def __init__(self, model: CriteriaTreeModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.state = model.state
        self._ids: list[str] = []
        self._parent: str | None = None
        self.rows: dict[str, tuple[QSlider, QDoubleSpinBox, QCheckBox, QLabel]] = {}
        self._drag: object = None
        self.grid = QGridLayout(self)
        self.state.study_changed.connect(self.refresh)
        self.show_group(None)

    def show_group(self, node_id: str | None) -> None:
        """Show the group ``node_id`` belongs to (None: the top level)."""
        tree = self.state.study.criteria
        self._parent = tree.parent_id(node_id) if node_id else None
        self.refresh()

    def _group(self) -> tuple[Node, ...]:
        tree = self.state.study.criteria
        if self._parent is None:
            return tree.roots
        try:
            return tree.find(self._parent).children  # type: ignore[union-attr]
        except KeyError:
            self._parent = None
            return tree.roots

    def refresh(self, *_args) -> None:
        group = self._group()
        lang = self.state.lang
        if [n.id for n in group] != self._ids:
            self._build(group)
        parent = self._parent
        self.setTitle(
            self.tr("Weights of the themes")
            if parent is None
            else self.tr("Weights within %1").replace(
                "%1", self.state.study.criteria.find(parent).name.get(lang)
            )
        )
        for node in group:
            slider, spin, lock, label = self.rows[node.id]
            share = self.model.local_share(node.id)
            label.setText(node.name.get(lang))
            for widget in (slider, spin):
                widget.blockSignals(True)
            if not slider.isSliderDown():
                slider.setValue(round(share * STEPS))
            spin.setValue(100 * share)
            for widget in (slider, spin):
                widget.blockSignals(False)
                widget.setEnabled(node.enabled)
            lock.setChecked(node.id in self.state.locked_weights)

    def _build(self, group: tuple[Node, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows.clear()
        self._ids = [n.id for n in group]
        for row, node in enumerate(group):
            label = QLabel()
            label.setWordWrap(True)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, STEPS)
            slider.setPageStep(STEPS // 20)
            slider.setAccessibleName(node.name.get(self.state.lang))
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            lock = QCheckBox(self.tr("Lock"))
            lock.setToolTip(self.tr("Keep this weight when other sliders move"))
            node_id = node.id
            slider.sliderPressed.connect(self._start_drag)
            slider.sliderReleased.connect(self._end_drag)
            slider.valueChanged.connect(lambda v, n=node_id: self._slid(n, v))
            spin.valueChanged.connect(lambda v, n=node_id: self.model.set_share(n, v / 100.0))
            lock.toggled.connect(lambda on, n=node_id: self._lock(n, on))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(slider, row, 1)
            self.grid.addWidget(spin, row, 2)
            self.grid.addWidget(lock, row, 3)
            self.rows[node_id] = (slider, spin, lock, label)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)

    def _start_drag(self) -> None:
        self._drag = ("slider", next(_drags))

    def _end_drag(self) -> None:
        self._drag = None
        self.refresh()

    def _slid(self, node_id: str, value: int) -> None:
        slider = self.rows[node_id][0]
        drag = self._drag if slider.isSliderDown() else None
        self.model.set_share(node_id, value / STEPS, drag)

    def _lock(self, node_id: str, on: bool) -> None:
        (self.state.locked_weights.add if on else self.state.locked_weights.discard)(node_id)
