"""The optimal portfolio highlighted in the ranking: a band behind the funded candidates' bars,
so a workshop sees where rank order and value for money part ways."""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from desktop.views.portfolio_session import PortfolioSession
from desktop.views.portfolio_table import IN_BACKGROUND


def attach(view) -> None:
    """Refresh the ranking ``view`` when the portfolio's budget changes."""
    PortfolioSession.of(view.state).changed.connect(view.state_changed)


def _band(chart) -> pg.BarGraphItem:
    band = getattr(chart, "portfolio_band", None)
    if band is None:
        band = pg.BarGraphItem(
            x0=[], y=[], width=[], height=1.0, brush=pg.mkBrush(IN_BACKGROUND), pen=pg.mkPen(None)
        )
        band.setZValue(-11)
        chart.getPlotItem().addItem(band)
        chart.portfolio_band = band
    return band


def mark_ranking(chart, state) -> str:
    """Band the rows of ``chart`` (a ``RankingChart``) whose candidate is in the optimal
    portfolio; returns the legend entry for it ("" without a portfolio)."""
    session = PortfolioSession.of(state)
    selected = session.selected() if chart.ranking is not None else set()
    ids = chart.ranking.candidate_ids if chart.ranking is not None else ()
    y = np.array([k for k, i in enumerate(chart.rows) if ids[i] in selected], dtype=float)
    low, high = chart.getPlotItem().viewRange()[0]
    _band(chart).setOpts(x0=np.full(y.size, low), y=y, width=np.full(y.size, high - low))
    chart.portfolio_rows = y.astype(int).tolist()
    if not selected:
        return ""
    text = QCoreApplication.translate("PortfolioMarks", "in the portfolio for budget %1 (%2)")
    text = text.replace("%1", f"{session.budget:g}").replace("%2", str(len(selected)))
    swatch = (
        f'<span style="background-color:{IN_BACKGROUND.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
    )
    return f" &nbsp; {swatch}&nbsp;{escape(text, quote=False)}"
