"""Workshop mode at study level: group scenario, participants' rankings, disagreement."""

from dataclasses import replace

import numpy as np
import pytest

from projects.commands import RemoveCandidate, RemoveNode, UndoStack
from projects.study import Participant
from projects.study_file import StudyFileError, dumps, loads
from projects.workshop import (
    GROUP_SCENARIO_ID,
    Submission,
    WorkshopError,
    disagreement,
    group_weights,
    participant_label,
    participant_rankings,
    submission_command,
    update_group,
    voices,
    weight_samples,
)
from tests.factories import make_study

GREEN = {"groen": 3, "stad": 1, "bomen": 1, "water": 1, "wonen": 1, "kosten": 1}
CITY = {"groen": 1, "stad": 1, "bomen": 0, "water": 2, "wonen": 3, "kosten": 1}


def with_people(*people):
    return replace(make_study(), participants=tuple(people))


def test_arithmetic_group_weights_per_sibling_group():
    study = with_people(Participant("a", "Ann", weights=GREEN), Participant("b", weights=CITY))
    g = group_weights(study, "arithmetic")
    assert g["groen"] == pytest.approx((0.75 + 0.5) / 2)
    assert g["bomen"] == pytest.approx((0.5 + 0.0) / 2)
    assert g["wonen"] == pytest.approx((0.5 + 0.75) / 2)
    median = group_weights(study, "median")
    assert median["groen"] + median["stad"] == pytest.approx(1)


def test_unanimous_group_has_the_participants_global_weights():
    study = with_people(*(Participant(p, weights=CITY) for p in "abc"))
    for mean in ("arithmetic", "geometric", "median"):
        study2 = UndoStack(study)
        study2.push(update_group(study, mean))
        got = study2.study.global_weights(GROUP_SCENARIO_ID)
        want = study.criteria.global_weights(CITY)
        for cid in want:
            assert got[cid] == pytest.approx(want[cid])


def test_organisation_rule_gives_each_organisation_one_voice():
    people = [
        Participant("a", organisation="Gemeente"),
        Participant("b", organisation=" gemeente"),
        Participant("c", organisation="Woonstichting"),
        Participant("d"),
    ]
    np.testing.assert_allclose(voices(people, "organisation"), [0.5, 0.5, 1, 1])
    study = with_people(
        Participant("a", weights={"groen": 1, "stad": 0}, organisation="G"),
        Participant("b", weights={"groen": 1, "stad": 0}, organisation="G"),
        Participant("c", weights={"groen": 0, "stad": 1}, organisation="W"),
    )
    assert group_weights(study, rule="organisation")["groen"] == pytest.approx(0.5)
    assert group_weights(study, rule="equal")["groen"] == pytest.approx(2 / 3)
    with pytest.raises(WorkshopError, match="voice rule"):
        group_weights(study, rule="loudest")


def test_group_scenario_is_a_normal_undoable_scenario():
    study = with_people(Participant("a", weights=GREEN), Participant("b", weights=CITY))
    stack = UndoStack(study)
    stack.push(update_group(stack.study, "geometric"))
    assert stack.study.active_scenario == GROUP_SCENARIO_ID
    assert "geometric mean of the weights of 2 participants" in (
        stack.study.scenario(GROUP_SCENARIO_ID).description.en
    )
    ranking = stack.study.evaluate("topsis")
    assert ranking.scenario_id == GROUP_SCENARIO_ID and len(ranking.candidate_ids) == 5
    stack.push(submission_command(Submission("c", {"groen": 1, "stad": 9})))
    stack.push(update_group(stack.study, "geometric"))
    assert [s.id for s in stack.study.scenarios].count(GROUP_SCENARIO_ID) == 1
    assert "3 participants" in stack.study.scenario(GROUP_SCENARIO_ID).description.en
    stack.undo()
    stack.undo()
    assert "2 participants" in stack.study.scenario(GROUP_SCENARIO_ID).description.en
    stack.undo()
    assert GROUP_SCENARIO_ID not in {s.id for s in stack.study.scenarios}


def test_no_participants_is_a_clear_error():
    with pytest.raises(WorkshopError, match="no participant"):
        group_weights(with_people(Participant("a", weights={"groen": 0, "stad": 0})))


def test_anonymous_submission_stores_no_name():
    command = submission_command(Submission("s1", {"groen": 1}, "Piet", "Gemeente"), True)
    study = command.apply(make_study())
    (p,) = study.participants
    assert p.name == "" and p.organisation == "" and p.anonymous
    assert "Piet" not in dumps(study)
    assert participant_label(study, p) == "D1"
    assert Participant("x", "Ann", anonymous=True).name == ""


def test_resubmission_replaces_the_participant():
    study = make_study()
    study = submission_command(Submission("s1", {"groen": 1}, "Ann")).apply(study)
    study = submission_command(Submission("s1", {"groen": 5}, "Ann")).apply(study)
    assert len(study.participants) == 1 and study.participants[0].weights == {"groen": 5}


def test_participant_ranking_uses_own_weights_and_scores():
    cheap = {"groen": 0, "stad": 1, "wonen": 0, "kosten": 1}
    fan_of_d = Participant("d", weights=cheap, scores={("D", "kosten"): 0.0})
    study = with_people(Participant("a", weights=cheap), fan_of_d)
    rankings = participant_rankings(study, "weighted_sum")
    assert rankings["a"].rank_of("E") == 1  # cheapest candidate (3 mln)
    assert rankings["d"].rank_of("D") == 1  # D costs nothing in d's view
    assert participant_rankings(study, "weighted_sum", own_scores=False)["d"].rank_of("E") == 1


def test_disagreement_summary():
    study = with_people(
        Participant("a", "Ann", weights=GREEN),
        Participant("b", "Bob", weights=GREEN),
        Participant("c", "Cor", weights={"groen": 0, "stad": 1, "wonen": 1, "kosten": 0}),
    )
    study = UndoStack(study).push(update_group(study))
    d = disagreement(study, "weighted_sum")
    assert d.labels == ("Ann", "Bob", "Cor")
    assert disagreement(study, "weighted_sum", anonymous=True).labels == ("D1", "D2", "D3")
    ids, W = weight_samples(study)
    for spread, column in zip(d.spreads, W.T, strict=True):
        assert spread.minimum == pytest.approx(column.min())
        assert spread.maximum == pytest.approx(column.max())
        assert spread.minimum <= spread.q1 <= spread.median <= spread.q3 <= spread.maximum
        assert [v for _, v in spread.values] == pytest.approx(list(column))
    assert d.tau[0, 1] == pytest.approx(1) and d.tau[0, 2] < 0
    assert d.clusters.labels[0] == d.clusters.labels[1] != d.clusters.labels[2]
    assert d.ranks.shape == (3, 5) and set(d.group_ranks) <= set(range(1, 6))
    # B (the tower) is first for Cor and low for the green pair: contested
    b = d.candidate_ids.index("B")
    assert d.ranks[2, b] == 1 and "B" in d.contested


def test_participants_round_trip_and_validation():
    p = Participant(
        "p1",
        "Ann",
        "wethouder",
        weights={"groen": 2},
        organisation="Gemeente Assen",
        voice=2.0,
        scores={("A", "bomen"): 1.0, ("A", "kosten"): 4.5},
    )
    study = with_people(p, Participant("p2", weights={"stad": 1}, anonymous=True))
    text = dumps(study)
    assert loads(text).participants == study.participants
    assert '"+"' in text  # own five-point scores are written as labels
    bad = text.replace('"voice": 2.0', '"voice": -1').replace('"A": {', '"Q": {')
    with pytest.raises(StudyFileError) as err:
        loads(bad)
    message = err.value.text("en")
    assert "participants[0].voice" in message and "participants[0].scores.Q" in message


def test_outdated_answers_cannot_invalidate_the_study():
    """A form answered before a criterion and a candidate were deleted still saves and loads."""
    study = make_study()
    stale = Submission("s1", {"groen": 1, "oud": 5}, scores={("A", "oud"): 1.0, ("Q", "bomen"): 2})
    study = submission_command(stale).apply(study)
    assert study.participants[0].weights == {"groen": 1} and not study.participants[0].scores
    study = with_people(Participant("p", weights={"bomen": 1}, scores={("A", "bomen"): 1.0}))
    study = RemoveCandidate(candidate_id="A").apply(RemoveNode(node_id="bomen").apply(study))
    assert loads(dumps(study)).participants[0].weights == {}
