from dataclasses import replace

import pytest

from criteria.text import Text
from criteria.tree import Criterion
from projects.commands import (
    AddCandidate,
    AddNode,
    AddScenario,
    EditCandidate,
    EditNode,
    MoveCandidate,
    MoveNode,
    RemoveCandidate,
    RemoveNode,
    RemoveScenario,
    SetActiveScenario,
    SetScore,
    SetWeights,
    UndoStack,
)
from projects.study import Candidate, Scenario, Score
from tests.factories import make_study

EDITS = [
    SetScore(candidate_id="A", criterion_id="bomen", score=Score(-2.0, Text("kap"))),
    SetWeights(scenario_id="gelijk", weights={"groen": 5}),
    EditCandidate(candidate=Candidate("B", Text("Woontoren XL"))),
    AddCandidate(candidate=Candidate("F", Text("Nieuw")), index=0),
    RemoveCandidate(candidate_id="C"),
    MoveCandidate(candidate_id="E", index=0),
    EditNode(node=Criterion("water", Text("Water"), enabled=False)),
    AddNode(parent_id="stad", node=Criterion("banen", Text("Banen"))),
    RemoveNode(node_id="groen"),
    MoveNode(node_id="stad", index=0),
    AddScenario(scenario=Scenario("nieuw", Text("Nieuw"), weights={"groen": 2})),
    RemoveScenario(scenario_id="gelijk"),
    SetActiveScenario(scenario_id="groen-voorop"),
]


@pytest.mark.parametrize("command", EDITS, ids=lambda c: type(c).__name__)
def test_every_edit_applies_and_reverts(command):
    before = make_study()
    stack = UndoStack(before)
    after = stack.push(command)
    assert after != before
    assert stack.undo() == before
    assert stack.redo() == after


def test_removing_a_candidate_or_theme_removes_its_scores_and_undo_restores_them():
    study = make_study()
    stack = UndoStack(study)
    stack.push(RemoveNode(node_id="groen"))
    assert not any(k[1] in ("bomen", "water") for k in stack.study.scores)
    assert not any(c.criterion == "bomen" for c in stack.study.constraints)
    stack.push(RemoveCandidate(candidate_id="E"))
    assert ("E", "vergunning") not in stack.study.checks
    stack.undo()
    stack.undo()
    assert stack.study == study


def test_removing_a_theme_drops_its_weights_so_the_saved_study_loads(tmp_path):
    """Scenario and participant weights of removed nodes would make the file invalid."""
    from projects.study import Participant
    from projects.study_file import load_study, save_study

    study = replace(
        make_study(),
        participants=(Participant("p1", weights={"groen": 2, "bomen": 1, "stad": 1}),),
    )
    after = UndoStack(study).push(RemoveNode(node_id="groen"))
    assert "groen" not in after.scenario("groen-voorop").weights
    assert after.participants[0].weights == {"stad": 1}
    save_study(after, tmp_path / "s.weegwijzer.json")
    assert load_study(tmp_path / "s.weegwijzer.json") == after


def test_a_slider_drag_is_one_undo_step():
    stack = UndoStack(make_study())
    for w in (2, 3, 4, 5):
        stack.push(SetWeights(scenario_id="gelijk", weights={"groen": w}, drag=1))
    stack.push(SetWeights(scenario_id="gelijk", weights={"groen": 9}, drag=2))
    assert stack.study.scenario("gelijk").weights["groen"] == 9
    stack.undo()
    assert stack.study.scenario("gelijk").weights["groen"] == 5
    stack.undo()
    assert "groen" not in stack.study.scenario("gelijk").weights
    stack.redo()
    assert stack.study.scenario("gelijk").weights["groen"] == 5


def test_clean_state_and_no_merge_across_a_save():
    stack = UndoStack(make_study())
    stack.push(SetWeights(scenario_id="gelijk", weights={"groen": 2}, drag=1))
    stack.set_clean()
    stack.push(SetWeights(scenario_id="gelijk", weights={"groen": 3}, drag=1))
    assert not stack.is_clean()
    stack.undo()
    assert stack.is_clean()


def test_invalid_edits_are_refused_and_change_nothing():
    study = make_study()
    stack = UndoStack(study)
    with pytest.raises(ValueError, match="exists already"):
        stack.push(AddCandidate(candidate=Candidate("A", Text("dubbel"))))
    with pytest.raises(ValueError, match="at least one scenario"):
        one = replace(study, scenarios=study.scenarios[:1])
        UndoStack(one).push(RemoveScenario(scenario_id="gelijk"))
    assert stack.study is study and not stack.can_undo()


def test_revert_needs_the_applied_study():
    command = SetScore(candidate_id="A", criterion_id="bomen", score=Score(1.0))
    command.apply(make_study())
    with pytest.raises(RuntimeError):
        command.revert(make_study())
