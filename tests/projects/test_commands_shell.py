"""The GUI shell's edits: renaming a scenario, judging must-pass constraints, the method."""

from __future__ import annotations

import pytest

from criteria.constraints import Check
from criteria.text import Text
from projects.commands import RenameScenario, SetChecks, SetMethod, UndoStack
from projects.study_file import load_study, save_study
from tests.factories import make_study


def test_renaming_a_scenario_keeps_its_weights_and_undo_restores_the_name():
    study = make_study()
    stack = UndoStack(study)
    after = stack.push(RenameScenario(scenario_id="groen-voorop", name=Text("Groen", "Green")))
    assert after.scenario("groen-voorop").name == Text("Groen", "Green")
    assert after.scenario("groen-voorop").weights == study.scenario("groen-voorop").weights
    assert [s.id for s in after.scenarios] == [s.id for s in study.scenarios]
    assert stack.undo() == study


def test_a_scenario_needs_a_name():
    with pytest.raises(ValueError, match="name"):
        RenameScenario(scenario_id="gelijk", name=Text()).apply(make_study())


def test_judging_several_constraints_is_one_step_and_other_candidates_keep_theirs():
    study = make_study()
    stack = UndoStack(study)
    after = stack.push(
        SetChecks(candidate_id="A", checks={"vergunning": Check("fail", "geen vergunning")})
    )
    assert after.check("A", "vergunning") == Check("fail", "geen vergunning")
    assert after.check("E", "vergunning") == study.check("E", "vergunning")
    assert "A" in {e.candidate_id for e in after.evaluate().excluded}
    assert stack.undo() == study


def test_checks_of_an_unknown_candidate_are_refused():
    with pytest.raises(KeyError):
        SetChecks(candidate_id="Z", checks={"vergunning": Check("fail")}).apply(make_study())


def test_the_chosen_method_is_saved_with_the_study(tmp_path):
    study = make_study()
    stack = UndoStack(study)
    after = stack.push(SetMethod(method="vikor"))
    assert after.settings.method == "vikor"
    assert after.settings.missing_policy == study.settings.missing_policy
    save_study(after, tmp_path / "s.weegwijzer.json")
    assert load_study(tmp_path / "s.weegwijzer.json").settings.method == "vikor"
    assert stack.undo() == study


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError, match="'best'"):
        SetMethod(method="best").apply(make_study())
