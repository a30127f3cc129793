"""The ranking as horizontal bars in rank order, stacked by criterion or theme contribution.

The bars show each method's own per-criterion parts (``Ranking.contributions``): for the
weighted sum they add up to the score; PROMETHEE II parts are signed single-criterion flows
(negatives stack left of 0); the diamond marks the method's score itself.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QGraphicsItem, QToolTip

from desktop.charts import Chart, StackedBars, set_axis_labels
from desktop.palette import criterion_colour, theme_colour
from projects.evaluation import Ranking
from projects.study import Study

UP, DOWN = "\u25b2", "\u25bc"


def _themes_of_criteria(study: Study, ranking: Ranking) -> list[str]:
    return [
        (study.criteria.theme_of(c) or study.criteria.find(c)).id for c in ranking.criterion_ids
    ]


def ranked_themes(study: Study, ranking: Ranking) -> list[int]:
    """Indices into ``ranking.theme_ids`` of the themes with a criterion in the ranking (a
    switched-off theme contributes nothing and is left out of charts and tables)."""
    used = set(_themes_of_criteria(study, ranking))
    return [k for k, t in enumerate(ranking.theme_ids) if t in used]


def parts_of(study: Study, ranking: Ranking, by: str, lang: str) -> tuple[list[str], list[QColor]]:
    """Names and colours of the stacked parts: the ranked themes, or the criteria in their
    theme's shades."""
    roots = [node.id for node in study.criteria.roots]
    if by == "theme":
        themes = [ranking.theme_ids[k] for k in ranked_themes(study, ranking)]
        names = [study.criteria.find(t).name.get(lang) for t in themes]
        return names, [theme_colour(roots.index(t)) for t in themes]
    themes = _themes_of_criteria(study, ranking)
    colours = []
    for j, theme in enumerate(themes):
        group = [k for k, t in enumerate(themes) if t == theme]
        colours.append(criterion_colour(roots.index(theme), group.index(j), len(group)))
    names = [study.criteria.find(c).name.get(lang) for c in ranking.criterion_ids]
    return names, colours


class RankingChart(Chart):
    """Bars best first; hovering a bar explains it with the method's own values."""

    LABEL_SHARE = 0.4  # of the chart's width at most for the row labels (elided beyond)
    KEEP_RANGE = 0.8  # the x range stays while the bars span this share of it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.showGrid(x=True, alpha=0.25)
        plot.getAxis("left").setStyle(tickLength=0)
        # the row labels rarely change while dragging: paint them from a cached pixmap
        plot.getAxis("left").setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.getAxis("bottom").setStyle(maxTickLevel=0)
        self._band = pg.BarGraphItem(
            x0=[], y=[], width=[], height=1.0, brush=pg.mkBrush("#fff0b3"), pen=pg.mkPen(None)
        )
        self._band.setZValue(-10)
        plot.addItem(self._band)
        self.bars = StackedBars(plot)
        plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#444444", width=1)))
        self._markers = pg.ScatterPlotItem(
            symbol="d", size=11, brush=pg.mkBrush("#000000"), pen=pg.mkPen("#000000")
        )
        self._markers.setZValue(10)
        plot.addItem(self._markers)
        self.scene().sigMouseMoved.connect(self._hover)
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self._set_labels)
        self.ranking: Ranking | None = None
        self.by = "theme"
        self.rows: list[int] = []  # ranking rows, top to bottom
        self.labels: list[str] = []  # the row labels as shown on the axis
        self.part_names: list[str] = []
        self.part_colours: list[QColor] = []
        self._names: dict[str, str] = {}
        self._parts_key: tuple = ()
        self._columns: list[int] | None = None  # theme columns drawn (None: criteria)
        self._x_range = (0.0, 0.0)
        self._names_key: tuple = ()
        self.notes: dict[str, str] = {}  # candidate id -> a last tooltip line (robustness)
        self.retranslate()

    def retranslate(self) -> None:
        self.getPlotItem().setLabel("bottom", self.tr("Contribution to the score (◆ score)"))

    def set_ranking(
        self,
        ranking: Ranking,
        study: Study,
        lang: str,
        by: str = "theme",
        movement: dict[str, int] | None = None,
    ) -> None:
        """Show ``ranking``; ``movement`` (places up, negative down) is marked with arrows."""
        self.ranking, self.by = ranking, by
        key = (id(study.criteria), by, ranking.criterion_ids, ranking.theme_ids, lang)
        if key != self._parts_key:
            self._parts_key = key
            self.part_names, self.part_colours = parts_of(study, ranking, by, lang)
            self._columns = ranked_themes(study, ranking) if by == "theme" else None
            self.bars.set_colours(self.part_colours)
        if (study.candidates, lang) != self._names_key:
            self._names_key = (study.candidates, lang)
            self._names = {c.id: c.name.get(lang) for c in study.candidates}
        self.rows = ranking.order()
        y = np.arange(len(self.rows), dtype=float)
        parts = self._parts(ranking)
        low, high = self.bars.set_values(parts[self.rows], y)
        scores = ranking.scores[self.rows]
        if scores.size:
            low, high = min(low, float(scores.min())), max(high, float(scores.max()))
        low, high = self._x_range_for(low, high)
        self._markers.setData(x=scores, y=y)
        movement = movement or {}
        moves = [movement.get(ranking.candidate_ids[i], 0) for i in self.rows]
        labels = [
            self._label(int(ranking.ranks[i]), self._names.get(ranking.candidate_ids[i], "?"), m)
            for i, m in zip(self.rows, moves, strict=True)
        ]
        if labels != self.labels:  # mostly unchanged while dragging: skip the axis redraw
            self.labels = labels
            self._set_labels()
        moved = np.array([m != 0 for m in moves], dtype=bool)
        count = int(moved.sum())
        self._band.setOpts(x0=np.full(count, low), y=y[moved], width=np.full(count, high - low))
        plot = self.getPlotItem()
        if (low, high) != self._x_range:
            self._x_range = (low, high)
            plot.setXRange(low, high, padding=0)
        plot.setYRange(-0.6, max(len(self.rows), 1) - 0.4, padding=0)

    def _x_range_for(self, low: float, high: float) -> tuple[float, float]:
        """The x range to show data from ``low`` to ``high``: kept while the data still fits
        and fills most of it, so a drag does not redraw the axis and grid at every step."""
        shown_low, shown_high = self._x_range
        fits = shown_low <= low and high <= shown_high
        if fits and (high - low) >= self.KEEP_RANGE * (shown_high - shown_low):
            return self._x_range
        pad = 0.04 * ((high - low) or 1.0)
        return low - pad, high + pad

    def _set_labels(self) -> None:
        budget = self.LABEL_SHARE * self.width()
        set_axis_labels(self.getPlotItem(), "left", list(enumerate(self.labels)), budget)

    def relabel(self) -> None:
        if getattr(self, "labels", None):  # pyqtgraph sets fonts before __init__ is through
            self._set_labels()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if getattr(self, "labels", None):  # pyqtgraph resizes before __init__ is through
            self._relabel.start()  # after the resize: re-laying out inside it crashes Qt

    @staticmethod
    def _label(rank: int, name: str, moved: int) -> str:
        arrow = f"{UP}{moved} " if moved > 0 else f"{DOWN}{-moved} " if moved < 0 else ""
        return f"{arrow}{rank}. {name}"

    def explanation(self, position: int) -> str:
        """What the tooltip says about the bar at ``position`` (0 = top)."""
        r = self.ranking
        i = self.rows[position]
        lines = [self.labels[position], self.tr("Score: %1").replace("%1", f"{r.scores[i]:.3f}")]
        names = self._extra_names()
        for key, values in r.extras.items():
            lines.append(f"{names.get(key, key)}: {values[i]:.3f}")
        parts = self._parts(r)[i]
        lines.append(self.tr("Parts:"))
        order = np.argsort(-np.abs(parts))
        lines += [f"  {self.part_names[j]}: {parts[j]:+.3f}" for j in order]
        if r.candidate_ids[i] in self.notes:
            lines.append(self.notes[r.candidate_ids[i]])
        return "\n".join(lines)

    def _parts(self, ranking: Ranking) -> np.ndarray:
        """Rows x stacked parts as drawn: the ranked themes' or the criteria's contributions."""
        if self._columns is None:
            return ranking.contributions
        return ranking.theme_contributions[:, self._columns]

    def legend_html(self) -> str:
        """Coloured squares with the part names, and the score marker."""
        items = [
            f'<span style="color:{c.name()}">&#9632;</span>&nbsp;{escape(n, quote=False)}'
            for n, c in zip(self.part_names, self.part_colours, strict=True)
        ]
        score = self.tr("score")
        items.append(f"&#9670;&nbsp;{escape(score, quote=False)}")
        return " &nbsp; ".join(items)

    def _extra_names(self) -> dict[str, str]:
        return {
            "positive_flow": self.tr("Positive flow φ+"),
            "negative_flow": self.tr("Negative flow φ−"),
            "s": self.tr("S (group utility, lower is better)"),
            "r": self.tr("R (largest regret, lower is better)"),
            "q": self.tr("Q (compromise, lower is better)"),
            "distance_to_ideal": self.tr("Distance to the ideal"),
            "distance_to_anti_ideal": self.tr("Distance to the anti-ideal"),
        }

    def _hover(self, pos) -> None:
        if self.ranking is None or not self.getPlotItem().sceneBoundingRect().contains(pos):
            return
        position = int(round(self.getPlotItem().vb.mapSceneToView(pos).y()))
        if 0 <= position < len(self.rows):
            QToolTip.showText(QCursor.pos(), self.explanation(position), self)
        else:
            QToolTip.hideText()
