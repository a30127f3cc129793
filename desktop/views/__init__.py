"""The main window's analysis views (ranking, what-if, compare, profile).

``create_views(state)`` returns ``(key, widget)`` pairs in tab order; each widget has a
``title()`` (translated) and ``export_image(path)``.
"""

from __future__ import annotations

from desktop.refcount_guard import protect

protect()  # before any view makes its first Qt call (see desktop/refcount_guard.py)

from desktop.views.acceptability import AcceptabilityView  # noqa: E402
from desktop.views.compare import CompareView  # noqa: E402
from desktop.views.disagreement import DisagreementView  # noqa: E402
from desktop.views.portfolio_tabs import portfolio_views  # noqa: E402
from desktop.views.radar import RadarView  # noqa: E402
from desktop.views.ranking import RankingView  # noqa: E402
from desktop.views.sweep import SweepView  # noqa: E402
from desktop.views.tornado import TornadoView  # noqa: E402
from desktop.views.whatif import WhatIfView  # noqa: E402
from desktop.views.workshop import WorkshopView  # noqa: E402


def create_views(state, parent=None) -> list:
    """The views over ``state`` in tab order: ranking, what-if, scenario compare, profile,
    workshop participants, their (dis)agreement, weight sweep, rank acceptability, tornado,
    portfolio."""
    return [
        ("ranking", RankingView(state, parent)),
        ("whatif", WhatIfView(state, parent)),
        ("compare", CompareView(state, parent)),
        ("radar", RadarView(state, parent)),
        ("workshop", WorkshopView(state, parent)),
        ("disagreement", DisagreementView(state, parent)),
        ("sweep", SweepView(state, parent)),
        ("acceptability", AcceptabilityView(state, parent)),
        ("tornado", TornadoView(state, parent)),
        *portfolio_views(state, parent),
    ]
