"""Colours: colour-blind-safe, shared by every view and chart.

The five-point scale uses ColorBrewer's diverging PuOr (Brewer (2003), safe for the common
colour-vision deficiencies); themes use the Okabe & Ito (2008) qualitative palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

FIVE_POINT = {
    -2: QColor("#b35806"),
    -1: QColor("#f1a340"),
    0: QColor("#f7f7f7"),
    1: QColor("#998ec3"),
    2: QColor("#542788"),
}
"""Cell colours of ``--`` … ``++``; text on -2, 2 is white, black elsewhere."""

MISSING = QColor("#d9d9d9")
OKABE_ITO = ("#009E73", "#E69F00", "#0072B2", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def five_point_text_colour(value: float) -> QColor:
    return QColor("white") if abs(value) >= 2 else QColor("black")


def theme_colour(index: int) -> QColor:
    """The colour of the ``index``-th top-level theme (green city first: green)."""
    return QColor(OKABE_ITO[index % len(OKABE_ITO)])


def criterion_colour(theme_index: int, position: int, count: int) -> QColor:
    """Shades of the theme's colour for its ``count`` criteria (lighter further down)."""
    base = theme_colour(theme_index)
    if count <= 1:
        return base
    return base.lighter(100 + int(70 * position / (count - 1)))
