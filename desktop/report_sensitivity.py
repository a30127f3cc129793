"""The sensitivity section of the PDF report (issue 7): rank acceptability as a heat map, each
candidate's robustness verdict and the stability intervals of the weights.

The numbers are the ranking view's (``desktop.views.robustness``: the same samples, spread and
seed), so the report says what the screen said.
"""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QObject, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QTextDocument

from desktop.views import robustness
from desktop.views.sensitivity_base import rank_order
from desktop.views.sensitivity_charts import share_colour
from projects import sensitivity

HEAT_MAP_URL = QUrl("weegwijzer:acceptability.png")
CELL = 22  # pixels per heat-map cell
NAME_WIDTH = 260
TOP_K = 3
PAGE_WIDTH = 560  # pixels: the report page's text width (A4, 15 mm margins, 96 dpi) with room


def heat_map_image(shares: np.ndarray, rows: list[str], font: QFont) -> QImage:
    """Rows x ranks cells shaded by share (white 0 .. purple 1), percentages inside, row names
    on the left and rank numbers on top."""
    m, n = shares.shape
    metrics = QFontMetrics(font)
    image = QImage(NAME_WIDTH + n * CELL + 4, CELL * (m + 1) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    centre = Qt.AlignmentFlag.AlignCenter
    for r in range(n):
        painter.drawText(QRectF(NAME_WIDTH + r * CELL, 0, CELL, CELL), centre, str(r + 1))
    for i, name in enumerate(rows):
        y = CELL * (i + 1)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 8)
        box = QRectF(0, y, NAME_WIDTH - 6, CELL)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        for r in range(n):
            cell = QRectF(NAME_WIDTH + r * CELL, y, CELL, CELL)
            share = float(shares[i, r])
            painter.fillRect(cell, share_colour(share))
            painter.setPen(QColor("#dddddd"))
            painter.drawRect(cell)
            painter.setPen(QColor("white") if share > 0.55 else QColor("black"))
            if round(100 * share):
                painter.drawText(cell, centre, f"{100 * share:.0f}")
            painter.setPen(QColor("black"))
    painter.end()
    return image


class SensitivitySection(QObject):
    """The section's HTML and its heat-map image, for a ``ReportWriter``."""

    def __init__(self, state, ranking) -> None:
        super().__init__()
        self.state, self.ranking = state, ranking
        self.lang = state.lang
        self.smaa: sensitivity.StudySmaa | None = None
        self.stable = None
        self.setup_: sensitivity.Setup | None = None
        if ranking is None:
            return
        try:
            self.setup_ = sensitivity.setup(state.study, state.method, lang=self.lang)
        except ValueError:  # too few candidates: no section
            return
        self.smaa = robustness.quick_smaa(state.study, state.method, self.lang, None, None)
        sweeps = sensitivity.criterion_sweeps(self.setup_)
        self.stable = sensitivity.stability(sweeps, TOP_K) if sweeps else None

    def order(self) -> list[int]:
        return rank_order(self.ranking, self.smaa.candidate_ids)

    def add_images(self, document: QTextDocument) -> None:
        if self.smaa is None:
            return
        names = {c.id: c.name.get(self.lang) for c in self.state.study.candidates}
        order = self.order()
        rows = [f"{p + 1}. {names[self.smaa.candidate_ids[i]]}" for p, i in enumerate(order)]
        font = QFont(document.defaultFont().family(), 8)
        image = heat_map_image(self.smaa.result.acceptability[order], rows, font)
        document.addResource(QTextDocument.ResourceType.ImageResource, HEAT_MAP_URL, image)

    def html(self) -> str:
        if self.smaa is None:
            return ""
        study, lang = self.state.study, self.lang
        names = {c.id: c.name.get(lang) for c in study.candidates}
        intro = (
            self.tr(
                "Rank acceptability: the share of %1 samples of the weights (each weight ± %2 % "
                "around the scenario's, seed %3) in which each candidate takes each rank; "
                "darker is more often."
            )
            .replace("%1", f"{robustness.SAMPLES:,}".replace(",", "\u202f"))
            .replace("%2", f"{100 * robustness.SPREAD:.0f}")
            .replace("%3", str(robustness.SEED))
        )
        n = len(self.smaa.candidate_ids)
        width, height = NAME_WIDTH + n * CELL + 4, CELL * (n + 1) + 4  # as heat_map_image
        scale = min(1.0, PAGE_WIDTH / width)
        verdicts = "".join(
            f"<tr><td>{self.ranking.rank_of(self.smaa.candidate_ids[i])}</td>"
            f"<td>{escape(names[self.smaa.candidate_ids[i]], quote=False)}</td>"
            f"<td>{escape(self.smaa.verdict(self.smaa.candidate_ids[i], lang), quote=False)}"
            "</td></tr>"
            for i in self.order()
        )
        title = self.tr("Sensitivity")
        per_candidate = self.tr("Robustness per candidate")
        parts = [
            f'<h2 style="page-break-before: always">{escape(title, False)}</h2>',
            f"<p>{escape(intro, quote=False)}</p>",
            f'<p><img src="{HEAT_MAP_URL.toString()}" width="{round(scale * width)}" '
            f'height="{round(scale * height)}"></p>',
            f"<h3>{escape(per_candidate, False)}</h3>",
            self._table([self.tr("Rank"), self.tr("Candidate"), self.tr("Verdict")], verdicts),
            self._stability(),
        ]
        return "".join(parts)

    def _stability(self) -> str:
        stable, s = self.stable, self.setup_
        if stable is None:
            return ""
        never = self.tr("never")

        def pct(value: float) -> str:
            return never if np.isinf(value) else f"{100 * value:.1f} %"

        rows = "".join(
            f"<tr><td>{escape(self.state.study.criterion(cid).name.get(self.lang), False)}</td>"
            + "".join(
                f'<td align="right">{pct(v)}</td>'
                for v in (stable.current[j], stable.low[j], stable.high[j], stable.top1_distance[j])
            )
            + "</tr>"
            for j, cid in enumerate(s.problem.criterion_ids)
        )
        intro = self.tr(
            "Each weight may move within its interval (the others keeping their proportions) "
            "before the order of the first %1 changes."
        ).replace("%1", str(stable.k))
        header = [
            self.tr("Criterion"),
            self.tr("Weight now"),
            self.tr("Stable from"),
            self.tr("Stable to"),
            self.tr("First place changes after"),
        ]
        title = self.tr("Stability intervals")
        heading = f"<h3>{escape(title, False)}</h3><p>{escape(intro, quote=False)}</p>"
        return heading + self._table(header, rows, name_column=0)

    @staticmethod
    def _table(header: list[str], body: str, name_column: int = 1) -> str:
        """A table over the page's width; the ``name_column`` gets 40 % of it."""
        wide = ' width="40%"'
        head = "".join(
            f"<th{wide if k == name_column else ''}>{escape(h, quote=False)}</th>"
            for k, h in enumerate(header)
        )
        return (
            '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )
