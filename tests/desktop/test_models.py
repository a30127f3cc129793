"""The item models: Qt's model contract, and edits seen through the model's data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.criteria_model import GLOBAL, LOCAL, NAME, CriteriaTreeModel
from desktop.models.scores_model import CandidateFilter, ScoresTableModel

D, E = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def test_criteria_model_contract(qtmodeltester, state):
    qtmodeltester.check(CriteriaTreeModel(state))


def test_scores_model_and_filter_contract(qtmodeltester, state):
    model = ScoresTableModel(state)
    qtmodeltester.check(model)
    proxy = CandidateFilter()
    proxy.setSourceModel(model)
    proxy.set_area("Noord")
    qtmodeltester.check(proxy)


def test_filter_by_area_and_tag_shows_matching_candidates(state):
    model = ScoresTableModel(state)
    proxy = CandidateFilter()
    proxy.setSourceModel(model)
    proxy.set_area("Noord")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Canal park",
        "Swale street",
    ]
    proxy.set_tag("water")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Swale street"]


def test_criteria_tree_shows_local_and_global_weights(state):
    model = CriteriaTreeModel(state)
    state.push(
        __import__("projects.commands").commands.SetActiveScenario(scenario_id="groen-voorop")
    )
    groen = model.index_of("groen")
    bomen = model.index(0, NAME, groen)
    assert groen.data(D) == "Green"
    assert groen.siblingAtColumn(LOCAL).data(D) == "75.0 %"
    assert bomen.data(D) == "More trees"
    assert bomen.siblingAtColumn(LOCAL).data(D) == "50.0 %"
    assert bomen.siblingAtColumn(GLOBAL).data(D) == "37.5 %"


def test_typing_a_local_weight_renormalises_siblings_in_one_step(state):
    model = CriteriaTreeModel(state)
    bomen = model.index(0, LOCAL, model.index_of("groen"))
    assert model.setData(bomen, "80")
    water = bomen.sibling(1, LOCAL)
    assert (bomen.data(D), water.data(D)) == ("80.0 %", "20.0 %")
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert water.data(D) == "50.0 %"


def test_unticking_and_renaming_a_criterion(state):
    model = CriteriaTreeModel(state)
    water = model.index(1, NAME, model.index_of("groen"))
    model.setData(water, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert water.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, GLOBAL, model.index_of("groen")).data(D) == "50.0 %"
    assert model.setData(water, "Keep rain")
    assert water.data(D) == "Keep rain"
    assert state.study.criterion("water").name.nl == "Water vasthouden"  # Dutch untouched


def test_editing_a_five_point_score_through_the_model(state):
    model = ScoresTableModel(state)
    cell = model.index(model.row_of("B"), model.column_of("bomen"))
    assert cell.data(D) == "-"
    assert model.setData(cell, "++", E)
    assert cell.data(D) == "++"
    assert cell.data(E) == 2
    assert "reason B/bomen" in cell.data(Qt.ItemDataRole.ToolTipRole)  # rationale kept
    assert not model.setData(cell, "+++", E)
    state.undo_stack.undo()
    assert cell.data(D) == "-"


def test_numeric_score_with_unit_and_missing_score(state):
    model = ScoresTableModel(state)
    cell = model.index(model.row_of("A"), model.column_of("kosten"))
    assert cell.data(D) == "8 mln €"
    assert model.setData(cell, "7,5", E)
    assert cell.data(D) == "7.5 mln €"
    assert not model.setData(cell, "veel", E)
    assert model.setData(cell, "", E)
    assert cell.data(D) == "?"
    assert "Missing score" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert state.study.score("A", "kosten").missing


def test_theme_header_row(state):
    from desktop.models.scores_model import THEME_ROLE

    model = ScoresTableModel(state)
    h = Qt.Orientation.Horizontal
    themes = [model.headerData(c, h, THEME_ROLE) for c in range(1, model.columnCount())]
    assert themes == ["Green", "Green", "City", "City"]
    assert model.headerData(model.column_of("kosten"), h, D) == "Cost\n(mln €)"


def test_criteria_of_a_switched_off_theme_are_marked_inactive(state):
    from desktop.models.scores_model import ACTIVE_ROLE

    scores = ScoresTableModel(state)
    tree = CriteriaTreeModel(state)
    tree.setData(
        tree.index_of("stad"), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    kosten = scores.index(0, scores.column_of("kosten"))
    assert kosten.data(ACTIVE_ROLE) is False
    assert scores.index(0, scores.column_of("bomen")).data(ACTIVE_ROLE) is True
    tip = scores.headerData(kosten.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Switched off" in tip


def test_portfolio_table_model_contract(qtmodeltester):
    from desktop.views.portfolio_table import PortfolioTableModel
    from projects.example import example_study
    from projects.portfolio import optimal_portfolio

    study = example_study()
    model = PortfolioTableModel()
    qtmodeltester.check(model)  # empty, before any result
    result = optimal_portfolio(study, 20.0)
    model.set_result(result, study, "en")
    qtmodeltester.check(model)
    assert model.rowCount() == len(result.candidates) > 0
    names = {c.id: c.name.get("en") for c in study.candidates}
    shown = [model.index(r, 1).data(D) for r in range(model.rowCount())]
    assert sorted(shown) == sorted(names[o.candidate_id] for o in result.candidates)
    model.set_result(None, study, "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 0
