"""Kendall's tau between every two participants' rankings as a heat map, participants in
cluster order with each cluster outlined (alike participants side by side), coloured on the
diverging PuOr scale: purple agree, orange disagree, white unrelated."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.views.weight_strip import cluster_colour

AGREE, NEUTRAL, DISAGREE = QColor("#542788"), QColor("#f7f7f7"), QColor("#b35806")


def tau_colour(tau: float) -> QColor:
    """White at 0, deepening to purple at +1 and to orange at -1."""
    end = AGREE if tau >= 0 else DISAGREE
    t = min(1.0, abs(float(tau)))
    pairs = zip(NEUTRAL.getRgb()[:3], end.getRgb()[:3], strict=True)
    mix = [round(a + (b - a) * t) for a, b in pairs]
    return QColor(*mix)


class TauHeatmap(QWidget):
    """``set_matrix(tau, labels, clusters, order)`` and it paints itself in the widget's font."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tau = np.zeros((0, 0))
        self.labels: list[str] = []
        self.clusters = np.zeros(0, dtype=int)
        self.order = np.zeros(0, dtype=int)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_matrix(
        self, tau: np.ndarray, labels: list[str], clusters: np.ndarray, order: np.ndarray
    ) -> None:
        self.tau, self.labels = np.asarray(tau, dtype=float), list(labels)
        self.clusters, self.order = np.asarray(clusters), np.asarray(order)
        self._fit()
        self.setToolTip(self.tr("Kendall's tau between participants' rankings (1 = same order)"))
        self.update()

    def _fit(self) -> None:
        """A minimum size at which every row label has its own line of text."""
        metrics = self.fontMetrics()
        k = len(self.labels)
        margin = max((metrics.horizontalAdvance(f"{t}  00") for t in self.labels), default=0) + 8
        cell = metrics.height()
        self.setMinimumSize(margin + k * cell // 2 + 4, metrics.height() + 6 + k * cell + 4)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(360, 300)

    def layout_cells(self) -> tuple[float, float, float]:
        """Left and top of the first cell, and the cell size, in pixels."""
        metrics = self.fontMetrics()
        margin = max((metrics.horizontalAdvance(f"{t}  00") for t in self.labels), default=0) + 8
        k = max(1, len(self.labels))
        top = metrics.height() + 6
        size = max(4.0, min((self.width() - margin - 4) / k, (self.height() - top - 4) / k))
        return float(margin), float(top), size

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        k = len(self.labels)
        if k == 0:
            return
        left, top, size = self.layout_cells()
        metrics = self.fontMetrics()
        show_numbers = metrics.horizontalAdvance("-0.00") + 4 <= size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text_colour = self.palette().windowText().color()
        for r, i in enumerate(self.order):
            cell_y = top + r * size
            painter.setPen(text_colour)
            label_rect = QRectF(0, cell_y, left - 6, size)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label_rect, align, f"{self.labels[i]}  {r + 1}")
            for c, j in enumerate(self.order):
                rect = QRectF(left + c * size, cell_y, size, size)
                value = self.tau[i, j]
                painter.fillRect(rect, tau_colour(value))
                if show_numbers:
                    painter.setPen(QColor("white") if abs(value) > 0.6 else QColor("black"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{value:.2f}")
        painter.setPen(text_colour)
        for c in range(k):  # columns by the rows' numbers
            rect = QRectF(left + c * size, 0, size, top - 2)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(c + 1))
        start = 0
        ordered = self.clusters[self.order]
        for r in range(1, k + 1):
            if r == k or ordered[r] != ordered[start]:
                pen = QPen(cluster_colour(int(ordered[start])), 3)
                painter.setPen(pen)
                span = (r - start) * size
                painter.drawRect(QRectF(left + start * size, top + start * size, span, span))
                start = r
