"""Scenario compare: a slope chart of the ticked scenarios' rankings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from criteria.text import Text
from desktop.views.compare import DOWN, UP, CompareView
from projects.commands import AddScenario
from projects.study import Scenario

pytest_plugins = ["tests.desktop.views_fixtures"]


@pytest.fixture
def compare(show, state):
    city_first = Scenario("stad-voorop", Text("Stad voorop"), weights={"groen": 1, "stad": 6})
    state.push(AddScenario(scenario=city_first, activate=False))
    return show(CompareView(state))


def test_every_scenario_a_column_and_a_line_per_candidate(compare, state):
    ids = [s.id for s in state.study.scenarios]
    assert compare.scenarios.count() == len(ids)
    assert len(compare.columns) == len(ids)
    assert len(compare.chart.lines) == len(state.study.candidates)
    for k, sid in enumerate(ids):
        ranking = state.evaluate(None, sid)
        expected = [ranking.candidate_ids[i] for i in ranking.order()]
        shown = sorted(compare.chart.positions, key=lambda c: compare.chart.positions[c][k])
        assert shown == expected
    for cid, line in compare.chart.lines.items():
        x, y = line.getData()
        np.testing.assert_array_equal(y, compare.chart.positions[cid])


def test_line_colour_says_up_or_down(compare):
    positions = compare.chart.positions
    climbers = [c for c, p in positions.items() if p[-1] < p[0]]
    fallers = [c for c, p in positions.items() if p[-1] > p[0]]
    assert climbers and fallers
    for cid in climbers:
        assert compare.chart.lines[cid].opts["pen"].color().name().lower() == UP.lower()
    for cid in fallers:
        assert compare.chart.lines[cid].opts["pen"].color().name().lower() == DOWN.lower()


def test_unticking_leaves_one_column_and_asks_for_two(qtbot, compare):
    compare.scenarios.item(1).setCheckState(Qt.CheckState.Unchecked)
    compare.scenarios.item(2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(compare.columns) == 1)
    assert compare.hint.text() == "Tick at least two scenarios."
    assert compare.columns[0][0] == "Equal weights"


def test_export_writes_png_and_svg(compare, exported):
    exported(compare)


def test_language_switch_retranslates(qtbot, compare, dutch):
    dutch()
    assert compare.title() == "Scenario's vergelijken"
    qtbot.waitUntil(lambda: compare.columns[0][0] == "Gelijk gewogen")
