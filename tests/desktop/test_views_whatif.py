"""What-if: a sandbox off the active scenario; saving it makes a scenario."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from criteria.text import Text
from desktop.views.ranking_chart import DOWN, UP
from desktop.views.whatif import WhatIfView
from projects.commands import SetActiveScenario, SetScore
from projects.study import Score

pytest_plugins = ["tests.desktop.views_fixtures"]


@pytest.fixture
def whatif(show, state):
    return show(WhatIfView(state))


def drag(qtbot, view, node_id: str, positions) -> None:
    """Move a slider through ``positions`` as a mouse drag does, waiting for each redraw."""
    for position in positions:
        with qtbot.waitSignal(view.updated):
            view.sliders[node_id].slider.setValue(position)


def test_one_slider_per_theme_criteria_on_fold_out(whatif, state):
    themes = [n.id for n in state.study.criteria.roots]
    criteria = [c.id for c in state.study.criteria.criteria()]
    assert set(whatif.sliders) == set(themes) | set(criteria)
    assert all(whatif.sliders[t].isVisibleTo(whatif) for t in themes)
    assert not any(whatif.sliders[c].isVisibleTo(whatif) for c in criteria)
    whatif.expand("groen")
    assert whatif.sliders["bomen"].isVisibleTo(whatif)
    assert not whatif.sliders["wonen"].isVisibleTo(whatif)
    assert whatif.sliders["groen"].share.text() == "50 %"


def test_drag_re_ranks_the_sandbox_and_marks_moves_without_touching_the_study(qtbot, whatif, state):
    study, steps = state.study, state.undo_stack.count()
    before = whatif.ranking
    drag(qtbot, whatif, "groen", range(95, 15, -5))
    after = whatif.ranking
    assert state.study is study and state.undo_stack.count() == steps
    assert after.weights[0] < before.weights[0]  # "bomen" lost weight with its theme
    assert list(after.ranks) != list(before.ranks)
    moves = whatif.movement()
    assert any(moves.values())
    for label, i in zip(whatif.chart.labels, whatif.chart.rows, strict=True):
        cid = after.candidate_ids[i]
        moved = before.rank_of(cid) - after.rank_of(cid)
        assert moves[cid] == moved
        expected = f"{UP}{moved} " if moved > 0 else f"{DOWN}{-moved} " if moved < 0 else ""
        assert label.startswith(f"{expected}{after.ranks[i]}. ")
    assert whatif.sliders["groen"].share.text() == "29 %"  # 0.4 against 1.0


def test_reset_restores_the_active_scenarios_ranking(qtbot, whatif):
    before = whatif.ranking
    drag(qtbot, whatif, "groen", [60, 30, 10])
    whatif.reset()
    assert list(whatif.ranking.ranks) == list(before.ranks)
    assert whatif.sliders["groen"].slider.value() == 50
    assert not any(whatif.movement().values())
    assert not any(label[0] in (UP, DOWN) for label in whatif.chart.labels)


def test_save_as_scenario_is_one_undoable_step(qtbot, whatif, state):
    drag(qtbot, whatif, "groen", [40, 20])
    steps = state.undo_stack.count()
    whatif.save_as_scenario("Stad voorop")
    assert state.undo_stack.count() == steps + 1
    saved = state.study.scenario()
    assert saved.id == "stad-voorop" and saved.name == Text("Stad voorop")
    assert saved.weights["groen"] == pytest.approx(0.4)
    qtbot.waitUntil(lambda: whatif.sandbox.base is state.study)
    assert whatif.sandbox.weights["groen"] == pytest.approx(0.4)  # sandbox now on the new one
    assert not any(whatif.movement().values())
    state.undo_stack.undo()
    assert [s.id for s in state.study.scenarios] == ["gelijk", "groen-voorop"]


def test_save_button_asks_for_a_name(qtbot, whatif, state, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mijn keuze", True))
    whatif.save_button.click()
    assert state.study.scenario().name.nl == "Mijn keuze"


def test_score_edit_keeps_the_sandbox_scenario_switch_resets_it(qtbot, whatif, state):
    drag(qtbot, whatif, "groen", [40])
    state.push(SetScore(candidate_id="A", criterion_id="wonen", score=Score(2.0)))
    qtbot.waitUntil(lambda: whatif.sandbox.base is state.study)
    assert whatif.sandbox.weights["groen"] == pytest.approx(0.8)
    state.push(SetActiveScenario(scenario_id="groen-voorop"))
    qtbot.waitUntil(lambda: whatif.sandbox.base is state.study)
    assert whatif.sandbox.weights["groen"] == 3
    assert whatif.sliders["groen"].slider.value() == 50
    assert whatif.sliders["stad"].slider.value() == 17


def test_export_writes_png_and_svg(whatif, exported):
    exported(whatif)


def test_language_switch_retranslates(qtbot, whatif, dutch):
    assert whatif.title() == "What if"
    dutch()
    assert whatif.title() == "Wat als"
    assert whatif.reset_button.text() == "Herstellen"
    assert whatif.sliders["groen"].name.text() == "Groen"


def test_all_weights_to_zero_says_why_instead_of_ranking(qtbot, whatif):
    drag(qtbot, whatif, "groen", [0])
    drag(qtbot, whatif, "stad", [0])
    assert whatif.ranking is None
    assert "weight" in whatif.failure.text() and not whatif.chart.isVisibleTo(whatif)
    drag(qtbot, whatif, "stad", [50])
    assert whatif.ranking is not None and whatif.chart.isVisibleTo(whatif)


def test_every_bar_stays_inside_the_shown_range_while_dragging(qtbot, whatif):
    for position in (60, 5, 80, 30, 100):
        drag(qtbot, whatif, "stad", [position])
        (low, high), _ = whatif.chart.getPlotItem().vb.viewRange()
        for x0, width in whatif.chart.bars.segments():
            assert low <= x0.min() and (x0 + width).max() <= high
        assert low <= whatif.ranking.scores.min() and whatif.ranking.scores.max() <= high
