"""Portfolio view latency: a budget-line drag step (solve + redraw) on the Assen study and on a
study of 200 candidates with 10 exclusive groups; prints figures, asserts nothing.

Run: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/portfolio_drag.py``.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import replace

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from criteria.text import Text  # noqa: E402
from desktop.refcount_guard import protect  # noqa: E402
from desktop.state import StudyState  # noqa: E402
from desktop.views.portfolio import PortfolioView  # noqa: E402
from projects.example import example_study  # noqa: E402
from projects.study import Candidate, Group, Score  # noqa: E402


def large_study(m: int = 200, groups: int = 10, seed: int = 2026):
    """The Assen criteria with ``m`` random candidates (five-point scores, costs 1..10)."""
    rng = np.random.default_rng(seed)
    base = example_study()
    criteria = [c.id for c in base.criteria.active_criteria()]
    candidates = tuple(
        Candidate(
            f"C{i}", Text(f"Kandidaat {i}", f"Candidate {i}"), cost=float(rng.integers(1, 11))
        )
        for i in range(m)
    )
    scores = {
        (c.id, k): Score(float(rng.integers(-1, 3)) if k != "kosten" else float(c.cost))
        for c in candidates
        for k in criteria
    }
    members = rng.permutation(m)[: groups * 4].reshape(groups, 4)
    rules = tuple(
        Group(f"g{k}", Text(f"Groep {k}"), "exclusive", tuple(f"C{i}" for i in g))
        for k, g in enumerate(members)
    )
    return replace(
        base, candidates=candidates, scores=scores, checks={}, groups=rules, dependencies=()
    )


def measure(label: str, study) -> None:
    app = QApplication.instance()
    state = StudyState(study, None, "en")
    start = time.perf_counter()
    view = PortfolioView(state)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    while view.frontier_chart.points is None:  # a large study: computed in a worker
        app.processEvents()
        time.sleep(0.01)
    first = time.perf_counter() - start
    total = view.session.total_cost()
    steps = []
    for budget in np.linspace(0.05, 0.95, 25) * total:
        t = time.perf_counter()
        view.session.set_budget(float(budget), now=True)
        view._refresh_now()
        app.processEvents()
        steps.append(time.perf_counter() - t)
    ms = [1000 * s for s in steps]
    print(
        f"{label:<40} first view (frontier of {len(view.session.frontier())} points) "
        f"{first:6.2f} s; drag step median {statistics.median(ms):6.1f} ms, "
        f"max {max(ms):6.1f} ms (+ {view.session.DEBOUNCE_MS} ms debounce)"
    )
    view.close()


def main() -> None:
    protect()
    QApplication([])
    measure("Assen (36 candidates, Cité group)", example_study())
    measure("200 candidates, 10 exclusive groups", large_study())


if __name__ == "__main__":
    main()
