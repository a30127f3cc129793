"""The score table: a theme row above the criterion names and five-point chips in the cells.

Five-point cells are drawn as coloured chips (``palette.FIVE_POINT``, ColorBrewer PuOr) and
edited with a drop-down of ``-- - 0 + ++`` that also answers to typing; Delete clears a score
(an explicit missing score, drawn as a grey dashed chip with a question mark).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from criteria.scales import FIVE_POINT_LABELS, FivePointScale
from desktop.models.scores_model import ACTIVE_ROLE, CRITERION_ROLE, THEME_COLOUR_ROLE, THEME_ROLE
from desktop.palette import FIVE_POINT, MISSING, five_point_text_colour

MAX_COLUMN_CHARS = 42
SWITCHED_OFF_OPACITY = 0.4
"""The widest a column gets, in average characters (longer candidate names are elided)."""


def _five_point(index: QModelIndex) -> bool:
    model = index.model()
    while hasattr(model, "sourceModel"):
        index, model = model.mapToSource(index), model.sourceModel()
    crit = model.criterion(index.column()) if index.isValid() else None
    return crit is not None and isinstance(crit.scale, FivePointScale)


class GroupedHeader(QHeaderView):
    """A horizontal header with a coloured theme band spanning each theme's criteria."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _band(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(hint.height() + self._band())
        return hint

    def _theme(self, logical: int) -> str:
        return self.model().headerData(logical, Qt.Orientation.Horizontal, THEME_ROLE) or ""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        theme = self._theme(logical)
        if not theme:
            super().paintSection(painter, rect, logical)
            return
        band = self._band()
        painter.save()
        super().paintSection(painter, rect.adjusted(0, band, 0, 0), logical)
        painter.restore()
        visual = self.visualIndex(logical)
        first = last = visual
        while first > 0 and self._theme(self.logicalIndex(first - 1)) == theme:
            first -= 1
        while last < self.count() - 1 and self._theme(self.logicalIndex(last + 1)) == theme:
            last += 1
        left = self.sectionViewportPosition(self.logicalIndex(first))
        right_section = self.logicalIndex(last)
        right = self.sectionViewportPosition(right_section) + self.sectionSize(right_section)
        group = QRect(left, rect.top(), right - left, band)
        colour = QColor(
            self.model().headerData(logical, Qt.Orientation.Horizontal, THEME_COLOUR_ROLE)
        )
        painter.save()
        tint = QColor.fromRgbF(*(0.65 + 0.35 * c for c in colour.getRgbF()[:3]))
        painter.fillRect(group, tint)
        painter.setPen(QPen(colour.darker(130)))
        painter.drawLine(group.bottomLeft(), group.bottomRight())
        painter.drawLine(group.topRight(), group.bottomRight())
        painter.setPen(QPen(QColor("black")))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        text = painter.fontMetrics().elidedText(
            theme, Qt.TextElideMode.ElideRight, group.width() - 8
        )
        painter.drawText(group, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ScoreDelegate(QStyledItemDelegate):
    """Chips for five-point and missing scores, a drop-down to pick a five-point score;
    the default look and line editor for numbers."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        missing = index.data(CRITERION_ROLE) is not None and value in (None, "")
        if not (missing or _five_point(index)):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        if index.data(ACTIVE_ROLE) is False:
            painter.setOpacity(SWITCHED_OFF_OPACITY)
        chip = option.rect.adjusted(4, 3, -4, -3)
        if missing:
            painter.setBrush(MISSING)
            painter.setPen(QPen(QColor("#737373"), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(chip, 6, 6)
            painter.setPen(QColor("#404040"))
        else:
            painter.setBrush(FIVE_POINT[int(value)])
            painter.setPen(QPen(QColor("#8c8c8c"), 1))
            painter.drawRoundedRect(chip, 6, 6)
            painter.setPen(five_point_text_colour(value))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, index.data())
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def createEditor(self, parent, option, index):  # noqa: N802
        if not _five_point(index):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for number, label in enumerate(FIVE_POINT_LABELS, start=-2):
            combo.addItem(label, number)
        combo.addItem(self.tr("? (missing)"), None)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(editor.count() - 1 if value is None else int(value) + 2)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ScoreTable(QTableView):
    """The candidates x criteria table with the grouped header and the chip delegate."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(GroupedHeader(self))
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self._fit_font()

    def _fit_font(self) -> None:
        """Row height and widest column follow the font (presentation mode enlarges it)."""
        metrics = self.fontMetrics()
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 14)
        self.horizontalHeader().setMaximumSectionSize(metrics.averageCharWidth() * MAX_COLUMN_CHARS)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        clear = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if clear and index.isValid() and index.data(CRITERION_ROLE) is not None:
            self.model().setData(index, None, Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)
