"""GUI latency of a weight drag on a 50 x 15 study (issue 6: within 16 ms per update).

Builds a random study (3 themes x 5 five-point criteria, 50 candidates), opens the what-if
and ranking views offscreen at 1280 x 800 and applies 200 weight updates to each: a what-if
slider step (sandbox re-rank) and a scenario weight edit through the undo stack (what the
criteria panel does). Each sample runs from the weight change until the view's ranking has
been redrawn and painted (events processed until the view reports its update, then the
chart's next paint). Prints the median and 95th percentile in milliseconds.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/gui_latency.py
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (see desktop/__init__.py)

import os  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import desktop.views  # noqa: E402,F401  (guards against the PySide6 refcount bug)
from criteria.text import Text  # noqa: E402
from criteria.tree import CriteriaTree, Criterion, Theme  # noqa: E402
from desktop.state import StudyState  # noqa: E402
from desktop.views.ranking import RankingView  # noqa: E402
from desktop.views.whatif import WhatIfView  # noqa: E402
from projects.commands import SetWeights  # noqa: E402
from projects.study import Candidate, Score, Study  # noqa: E402

UPDATES = 200
CANDIDATES, THEMES, PER_THEME = 50, 3, 5


def random_study(seed: int = 0) -> Study:
    rng = np.random.default_rng(seed)
    themes = tuple(
        Theme(
            f"t{t}",
            Text(f"Thema {t + 1}", f"Theme {t + 1}"),
            children=tuple(
                Criterion(f"c{t}{k}", Text(f"Criterium {t + 1}.{k + 1}", f"Criterion {t}.{k}"))
                for k in range(PER_THEME)
            ),
        )
        for t in range(THEMES)
    )
    tree = CriteriaTree(themes)
    candidates = tuple(
        Candidate(f"p{i}", Text(f"Project {i + 1}", f"Project {i + 1}")) for i in range(CANDIDATES)
    )
    scores = {
        (c.id, crit.id): Score(float(rng.integers(-2, 3)))
        for c in candidates
        for crit in tree.criteria()
    }
    return Study(title=Text("Benchmark"), criteria=tree, candidates=candidates, scores=scores)


class PaintCounter(QObject):
    """Counts the paint events a chart's viewport receives."""

    def __init__(self, chart) -> None:
        super().__init__()
        self.count = 0
        chart.viewport().installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def measure(app: QApplication, chart, change, done) -> list[float]:
    """Milliseconds from ``change(k)`` until ``done()`` and the chart has painted since."""
    painted = PaintCounter(chart)
    samples = []
    for k in range(UPDATES):
        start = time.perf_counter()
        change(k)
        while not done():
            app.processEvents()
        paints = painted.count
        while painted.count == paints:
            app.processEvents()
            if time.perf_counter() - start > 5:
                raise RuntimeError(f"update {k} was not painted within 5 s")
        samples.append(1000 * (time.perf_counter() - start))
    return samples


def report(name: str, samples: list[float]) -> None:
    p95 = float(np.percentile(samples, 95))
    print(f"{name:<32} median {statistics.median(samples):6.2f} ms   p95 {p95:6.2f} ms")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    state = StudyState(random_study())
    positions = [10 + abs(k % 160 - 80) for k in range(UPDATES)]  # a drag: one step each
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{UPDATES} weight updates on a {CANDIDATES} x {THEMES * PER_THEME} study")
    print(f"(machine load average {load} on {os.cpu_count()} cores: other work inflates times)")

    whatif = WhatIfView(state)
    whatif.resize(1280, 800)
    whatif.show()
    app.processEvents()
    redrawn = []
    whatif.updated.connect(lambda: redrawn.append(1))

    def drag(k: int) -> None:
        redrawn.clear()
        whatif.sliders["t0"].slider.setValue(positions[k])

    report("what-if slider (sandbox)", measure(app, whatif.chart, drag, lambda: bool(redrawn)))
    whatif.hide()

    ranking = RankingView(state)
    ranking.resize(1280, 800)
    ranking.show()
    app.processEvents()

    shown_before = []

    def edit(k: int) -> None:
        shown_before[:] = [ranking.chart.ranking]
        weights = {"t0": 0.1 + positions[k] / 50}
        state.push(SetWeights(scenario_id=state.study.active_scenario, weights=weights, drag=1))

    def ranking_drawn() -> bool:  # the state re-ranked and the view shows the new ranking
        shown = ranking.chart.ranking
        return shown is not shown_before[0] and shown is state.ranking

    for method in ("weighted_sum", "promethee_ii"):
        state.set_method(method)
        app.processEvents()
        report(f"ranking view, {method}", measure(app, ranking.chart, edit, ranking_drawn))


if __name__ == "__main__":
    main()
