"""The ranking view shows the ranking as the engine made it, and explains it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from criteria.constraints import Check
from desktop.views import create_views
from desktop.views.ranking import RankingView
from projects.commands import EditNode, SetCheck, SetScore, SetWeights
from projects.study import METHODS, Score

pytest_plugins = ["tests.desktop.views_fixtures"]


def _bar_extents(chart) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: total positive width, total negative width, and the drawn segments."""
    segments = chart.bars.segments()
    x0 = np.column_stack([s[0] for s in segments])
    width = np.column_stack([s[1] for s in segments])
    negative = (x0 + width <= 1e-12) & (width > 0)
    return np.where(negative, 0, width).sum(axis=1), np.where(negative, width, 0).sum(axis=1), x0


def test_bars_in_rank_order_add_up_to_the_weighted_sum(qtbot, show, state):
    view = show(RankingView(state))
    ranking = state.ranking
    chart = view.chart
    assert [int(ranking.ranks[i]) for i in chart.rows] == sorted(ranking.ranks)
    positive, negative, _ = _bar_extents(chart)
    np.testing.assert_allclose(positive - negative, ranking.scores[chart.rows])
    names = {c.id: c.name.en for c in state.study.candidates}
    for label, i in zip(chart.labels, chart.rows, strict=True):
        assert label == f"{ranking.ranks[i]}. {names[ranking.candidate_ids[i]]}"
    assert len(chart.bars.items) == len(ranking.theme_ids)
    assert "Green" in view.legend.text() and "City" in view.legend.text()


def test_stacking_by_criterion_draws_one_part_per_criterion(qtbot, show, state):
    view = show(RankingView(state))
    view.stack_box.setCurrentIndex(1)
    view.stack_box.activated.emit(1)
    qtbot.waitUntil(lambda: view.chart.by == "criterion")
    assert len(view.chart.bars.items) == len(state.ranking.criterion_ids)
    assert "More trees" in view.legend.text()
    positive, negative, _ = _bar_extents(view.chart)
    np.testing.assert_allclose(positive - negative, state.ranking.scores[view.chart.rows])


def test_promethee_negative_parts_stack_left_of_zero(qtbot, show, state):
    state.set_method("promethee_ii")
    state.recompute()
    view = show(RankingView(state))
    ranking = state.ranking
    assert (ranking.contributions < 0).any()
    positive, negative, x0 = _bar_extents(view.chart)
    parts = ranking.theme_contributions[view.chart.rows]
    np.testing.assert_allclose(positive, np.where(parts > 0, parts, 0).sum(axis=1))
    np.testing.assert_allclose(negative, -np.where(parts < 0, parts, 0).sum(axis=1))
    assert (x0[parts < 0] < 0).all() and (x0[parts > 0] >= 0).all()


def test_ties_share_a_rank_number(qtbot, show, state):
    for crit in ("bomen", "water", "wonen", "kosten"):
        same = state.study.score("A", crit)
        state.push(SetScore(candidate_id="B", criterion_id=crit, score=same))
    state.recompute()
    view = show(RankingView(state))
    numbers = [label.split(".")[0] for label in view.chart.labels]
    assert len(set(numbers)) == len(numbers) - 1
    shared = state.ranking.rank_of("A")
    assert state.ranking.rank_of("B") == shared and numbers.count(str(shared)) == 2


def test_excluded_candidates_are_listed_with_their_reason(qtbot, show, state):
    state.push(SetCheck(candidate_id="B", constraint_id="vergunning", check=Check("fail", "x")))
    state.recompute()
    view = show(RankingView(state))
    (exclusion,) = state.ranking.excluded
    text = view.excluded.text()
    assert "Residential tower" in text and exclusion.text("en") in text
    assert not any("Residential tower" in label for label in view.chart.labels)


def test_method_selector_re_ranks_and_hover_explains_with_the_methods_values(qtbot, show, state):
    view = show(RankingView(state))
    view.method_box.activated.emit(METHODS.index("promethee_ii"))
    qtbot.waitUntil(lambda: view.chart.ranking.method == "promethee_ii")
    assert state.method == "promethee_ii"
    assert view.method_box.currentData() == "promethee_ii"
    ranking = view.chart.ranking
    top = view.chart.rows[0]
    text = view.chart.explanation(0)
    assert "Positive flow" in text and f"{ranking.extras['positive_flow'][top]:.3f}" in text
    assert f"{ranking.extras['negative_flow'][top]:.3f}" in text
    view.method_box.activated.emit(METHODS.index("vikor"))
    qtbot.waitUntil(lambda: view.chart.ranking.method == "vikor")
    assert "Q (compromise" in view.chart.explanation(0)


def test_agreement_strip_shows_the_rank_under_every_method(qtbot, show, state):
    view = show(RankingView(state))
    view.refresh_agreement()
    order = [state.ranking.candidate_ids[i] for i in state.ranking.order()]
    shown = view.agreement.ranks()
    for method in METHODS:
        other = state.evaluate(method)
        assert shown[method] == [str(other.rank_of(cid)) for cid in order]


def test_export_writes_png_and_svg(show, state, exported):
    exported(show(RankingView(state)))


def test_language_switch_retranslates(qtbot, show, state, dutch):
    view = show(RankingView(state))
    assert view.title() == "Ranking"
    dutch()
    qtbot.waitUntil(lambda: "Park aan de vaart" in " ".join(view.chart.labels))
    assert view.title() == "Rangorde"
    assert view.method_box.itemText(0) == "Gewogen som"


def test_deleted_views_let_go_of_the_state(qtbot, state):
    """The main window rebuilds its views on a language switch; the old ones must not hear
    the state any more (a slot on a deleted view would raise)."""
    views = [view for _key, view in create_views(state)]
    for view in views:
        view.show()
    QApplication.processEvents()
    for view in views:
        view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    state.push(SetScore(candidate_id="A", criterion_id="bomen", score=Score(-2.0)))
    state.set_method("topsis")
    state.set_language("nl")
    state.recompute()
    QApplication.processEvents()


def test_a_switched_off_theme_is_left_out_of_bars_and_legend(qtbot, show, state):
    city = state.study.criteria.find("stad")
    state.push(EditNode(node=replace(city, enabled=False)))
    state.recompute()
    view = show(RankingView(state))
    assert view.chart.part_names == ["Green"]
    assert "City" not in view.legend.text()
    positive, negative, _ = _bar_extents(view.chart)
    np.testing.assert_allclose(positive - negative, state.ranking.scores[view.chart.rows])


def test_charts_and_notes_follow_the_presentation_font(show, state):
    view = show(RankingView(state))
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    QApplication.processEvents()
    axis = view.chart.getPlotItem().getAxis("left")
    assert axis.style["tickFont"].pointSizeF() == font.pointSizeF()
    assert view.warnings.font().pointSizeF() == font.pointSizeF()


def test_a_ranking_that_cannot_be_made_says_why(show, state):
    state.push(SetWeights(scenario_id="gelijk", weights={"groen": 0, "stad": 0}))
    state.recompute()
    view = show(RankingView(state))
    assert state.ranking is None
    assert view.failure.isVisibleTo(view) and not view.chart.isVisibleTo(view)
    assert view.failure.text() == state.failure != ""
