"""A QR code painted from ``projects.qr``'s module matrix: black squares on white with the
standard's four-module quiet zone (ISO/IEC 18004 § 6.3.8), as large as the widget allows, so
phones can scan it from a projected screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from projects.qr import QrCode, encode

QUIET = 4  # modules of light margin on every side
MIN_MODULE_PX = 4


class QrWidget(QWidget):
    """Shows the QR code of a text (``set_text``); empty until a text is given."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code: QrCode | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self._side(21), self._side(21))

    @staticmethod
    def _side(size: int) -> int:
        return (size + 2 * QUIET) * MIN_MODULE_PX

    def set_text(self, text: str) -> None:
        self.code = encode(text) if text else None
        if self.code is not None:
            side = self._side(self.code.size)
            self.setMinimumSize(side, side)
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(480, 480)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return width

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def code_rect(self) -> tuple[QRect, int]:
        """Where the code (quiet zone included) is drawn, and the module size in pixels."""
        n = (self.code.size if self.code else 21) + 2 * QUIET
        module = max(1, min(self.width(), self.height()) // n)
        side = module * n
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        return QRect(left, top, side, side), module

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            if self.code is None:
                return
            rect, module = self.code_rect()
            painter.fillRect(rect, QColor("white"))
            black = QColor("black")
            x0, y0 = rect.left() + QUIET * module, rect.top() + QUIET * module
            for y, row in enumerate(self.code.modules):
                for x, dark in enumerate(row):
                    if dark:
                        painter.fillRect(x0 + x * module, y0 + y * module, module, module, black)
        finally:
            painter.end()

    def module_at(self, x: int, y: int) -> tuple[int, int]:
        """The pixel at the centre of module (x, y) (for checks against the matrix)."""
        rect, module = self.code_rect()
        return (
            rect.left() + (QUIET + x) * module + module // 2,
            rect.top() + (QUIET + y) * module + module // 2,
        )
