"""Profile: selected candidates on a radar of theme (here: criterion) values."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.views.radar import RadarView

pytest_plugins = ["tests.desktop.views_fixtures"]


@pytest.fixture
def radar(show, state):
    return show(RadarView(state))


def test_best_three_shown_by_default(radar, state):
    top = [state.ranking.candidate_ids[i] for i in state.ranking.order()[:3]]
    assert list(radar.chart.series) == top
    names = {c.id: c.name.en for c in state.study.candidates}
    assert [label.text for _sample, label in radar.chart.legend.items] == [names[c] for c in top]


def test_polygon_radii_are_the_candidates_values(radar, state):
    """With two themes the axes are the criteria; a weighted-sum contribution divided by its
    weight is the candidate's value on that criterion."""
    radar.select(["A", "D"])
    assert set(radar.chart.series) == {"A", "D"}
    ranking = state.ranking
    for cid in ("A", "D"):
        x, y = radar.chart.series[cid].getData()
        radii = np.hypot(x, y)[:-1]  # the polygon is closed: last point repeats the first
        i = ranking.candidate_ids.index(cid)
        np.testing.assert_allclose(radii, ranking.contributions[i] / ranking.weights)


def test_ticking_a_candidate_adds_its_line(qtbot, radar):
    unticked = next(
        radar.candidates.item(r)
        for r in range(radar.candidates.count())
        if radar.candidates.item(r).checkState() == Qt.CheckState.Unchecked
    )
    cid = unticked.data(Qt.ItemDataRole.UserRole)
    unticked.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(radar.chart.series) == 4)
    assert cid in radar.chart.series


def test_export_writes_png_and_svg(radar, exported):
    exported(radar)


def test_language_switch_retranslates(qtbot, radar, dutch):
    dutch()
    assert radar.title() == "Profiel"
    qtbot.waitUntil(lambda: radar.candidates.item(0).text() == "Wadi-straat")


def test_radar_text_follows_the_presentation_font(radar):
    font = radar.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    radar.setFont(font)
    assert radar.chart.legend.opts["labelTextSize"] == f"{font.pointSizeF():g}pt"
    texts = radar.chart.axis_texts
    assert texts and all(t.textItem.font().pointSizeF() == font.pointSizeF() for t in texts)
