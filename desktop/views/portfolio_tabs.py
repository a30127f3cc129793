"""The portfolio tabs in order (issue 9): value for money, budget sweep, robustness."""

from __future__ import annotations

from desktop.views.portfolio import PortfolioView
from desktop.views.portfolio_acceptability import AcceptabilityView
from desktop.views.portfolio_sweep import SweepView


def portfolio_views(state, parent=None) -> list:
    return [
        ("portfolio", PortfolioView(state, parent)),
        ("portfolio_sweep", SweepView(state, parent)),
        ("portfolio_acceptability", AcceptabilityView(state, parent)),
    ]
