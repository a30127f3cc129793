"""Portfolio at study level: groups and dependencies in study files, the optimum explained,
and the ``weegwijzer portfolio`` command."""

import json
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.constraints import Check
from criteria.text import Text
from desktop.cli import main
from projects.evaluation import evaluate
from projects.portfolio import (
    PortfolioStudyError,
    budget_sweep,
    efficient_frontier,
    incremental_order,
    optimal_portfolio,
    portfolio_acceptability,
    portfolio_input,
)
from projects.study import Dependency, Group
from projects.study_file import StudyFileError, dumps, loads, save_study, study_to_dict
from tests.factories import make_study

CHOICE = Group("keuze", Text("Park of wadi", "Park or swale"), "exclusive", ("A", "C"))
ONE_IN_CENTRE = Group(
    "centrum", Text("Eén in het centrum", "One in the centre"), "at_least_one", ("B", "D")
)


D_NEEDS_B = (Dependency("D", "B"),)


def costed(costs: dict, groups=(CHOICE,), dependencies=D_NEEDS_B, baseline="worst"):
    """The test study with costs, A/C mutually exclusive and D requiring B; E has no cost.

    The rules are tested from the bottom of the scales ("worst"), where every candidate has
    some value; over the neutral baseline B and D add nothing (tests below).
    """
    study = make_study()
    candidates = tuple(replace(c, cost=costs.get(c.id)) for c in study.candidates)
    settings = replace(study.settings, portfolio_baseline=baseline)
    return replace(
        study, candidates=candidates, groups=groups, dependencies=dependencies, settings=settings
    )


COSTS = {"A": 5.0, "B": 2.0, "C": 6.0, "D": 1.0}


def outcome(result, cid):
    return next(c for c in result.candidates if c.candidate_id == cid)


# --- study files ----------------------------------------------------------------------------


def test_groups_and_dependencies_round_trip(tmp_path):
    study = costed(COSTS, groups=(CHOICE, ONE_IN_CENTRE))
    path = tmp_path / "s.weegwijzer.json"
    save_study(study, path)
    again = loads(path.read_text(encoding="utf-8"))
    assert again == study
    assert again.groups[1].kind == "at_least_one" and again.groups[1].members == ("B", "D")
    assert again.dependencies == (Dependency("D", "B"),)


def test_files_without_groups_load_with_no_rules():
    doc = study_to_dict(make_study())
    del doc["groups"], doc["dependencies"]
    study = loads(json.dumps(doc))
    assert study.groups == () and study.dependencies == ()
    assert study == make_study()


def problems_of(doc) -> str:
    with pytest.raises(StudyFileError) as info:
        loads(json.dumps(doc))
    return info.value.text("en")


def test_bad_groups_are_reported_with_their_paths():
    doc = json.loads(dumps(costed(COSTS, groups=(CHOICE, ONE_IN_CENTRE))))
    doc["groups"][0]["members"] = ["A", "Z", "A", 5]
    doc["groups"][1]["kind"] = "some"
    doc["groups"].append({"id": "keuze", "name": "x", "members": []})
    found = problems_of(doc)
    for expected in (
        'groups[0].members[1]: refers to unknown candidate "Z"',
        'groups[0].members[2]: id "A" occurs twice',
        "groups[0].members[3]: refers to unknown candidate 5",
        'groups[1].kind: "some" is not a valid value; choose from exclusive, at_least_one',
        'groups[2].id: id "keuze" occurs twice',
        "groups[2].members: a group needs at least one candidate",
    ):
        assert expected in found


def test_bad_dependencies_are_reported_with_their_paths():
    doc = json.loads(dumps(costed(COSTS)))
    doc["dependencies"] = [
        {"candidate": "B", "requires": "C"},
        {"candidate": "C", "requires": "A"},
        {"candidate": "A", "requires": "B"},
        {"candidate": "E", "requires": "E"},
        {"candidate": "Q"},
        {"candidate": "B", "requires": "C"},
    ]
    found = problems_of(doc)
    for expected in (
        "dependencies[0]: dependencies form a cycle: B -> C -> A -> B",
        "dependencies[1]: dependencies form a cycle: C -> A -> B -> C",
        'dependencies[3]: candidate "E" cannot depend on itself',
        'dependencies[4].candidate: refers to unknown candidate "Q"',
        "dependencies[4].requires: required field is missing",
        'dependencies[5]: this dependency of "B" is listed twice',
    ):
        assert expected in found
    with pytest.raises(StudyFileError) as info:
        loads(json.dumps(doc))
    assert "afhankelijkheden vormen een kring: B -> C -> A -> B" in info.value.text("nl")


def test_portfolio_settings_round_trip_and_bad_values_are_reported():
    study = with_settings(costed(COSTS), portfolio_baseline="worst", budget=12.5)
    again = loads(dumps(study))
    assert again.settings.portfolio_baseline == "worst" and again.settings.budget == 12.5
    plain = json.loads(dumps(costed(COSTS, baseline="neutral")))
    assert "budget" not in plain["settings"] and "portfolio_baseline" not in plain["settings"]
    plain["settings"].update(portfolio_baseline="zero", budget=-1)
    found = problems_of(plain)
    assert 'settings.portfolio_baseline: "zero" is not a valid value' in found
    assert "settings.budget: -1 must be 0 or more" in found


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.sampled_from(["A", "B", "Z", "exclusive"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "name", "kind", "members", "candidate", "requires"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(groups=json_values, dependencies=json_values)
def test_malformed_rules_never_crash_the_loader(groups, dependencies):
    doc = json.loads(dumps(costed(COSTS)))
    doc["groups"], doc["dependencies"] = groups, dependencies
    try:
        study = loads(json.dumps(doc))
    except StudyFileError as exc:
        assert exc.problems and all(
            p.path.startswith(("groups", "dependencies")) for p in exc.problems
        )
    else:
        assert all(set(g.members) <= {"A", "B", "C", "D", "E"} for g in study.groups)


# --- the optimum explained ------------------------------------------------------------------


def with_settings(study, **changes):
    return replace(study, settings=replace(study.settings, **changes))


def test_values_are_the_value_added_over_the_neutral_baseline():
    """Every criterion of the test study has its neutral score at value 0.5 (five-point "0";
    the cost scale 0..20 at its midpoint 10), so the value added is the score minus 0.5."""
    study = costed(COSTS, baseline="neutral")
    ranking = evaluate(study, "weighted_sum")
    result = optimal_portfolio(study, 7)
    np.testing.assert_allclose(portfolio_input(study).baseline, 0.5)
    for cid, score in zip(ranking.candidate_ids, ranking.scores, strict=True):
        assert outcome(result, cid).value == pytest.approx(score - 0.5)


def test_worst_baseline_values_are_the_weighted_sum_values_of_the_ranking():
    study = costed(COSTS, baseline="worst")
    ranking = evaluate(study, "weighted_sum")
    result = optimal_portfolio(study, 7)
    for cid, score in zip(ranking.candidate_ids, ranking.scores, strict=True):
        assert outcome(result, cid).value == pytest.approx(score)


def test_local_numeric_scale_baseline_is_the_middle_of_the_observed_range():
    """Without bounds the cost criterion's scale is the observed range 3..15 (A..E); its
    neutral score 9 sits mid-range, at value 0.5, not at the value of 9 on its own."""
    study = costed(COSTS, baseline="neutral")
    kosten = study.criterion("kosten")
    local = replace(kosten, scale=replace(kosten.scale, lower=None, upper=None))
    study = replace(study, criteria=study.criteria.replace_node("kosten", local))
    assert portfolio_input(study).baseline[-1] == pytest.approx(0.5)


def test_a_candidate_that_adds_no_value_is_never_selected():
    """A candidate scoring neutral everywhere adds nothing over doing nothing, however cheap;
    one that requires it cannot be funded either."""
    study = costed({**COSTS, "E": 0.5}, (), (Dependency("A", "E"),), baseline="neutral")
    neutral = {
        ("E", c): replace(study.score("E", c), value=v)
        for c, v in (("bomen", 0.0), ("water", 0.0), ("wonen", 0.0), ("kosten", 10.0))
    }
    study = replace(study, scores={**study.scores, **neutral})
    result = optimal_portfolio(study, 1000)
    assert outcome(result, "E").value == pytest.approx(0.0)
    assert outcome(result, "E").reason == "no_value" and not outcome(result, "E").selected
    assert "adds no value" in outcome(result, "E").text("en")
    assert outcome(result, "A").reason == "requires_left_out"
    assert outcome(result, "B").reason == "no_value"  # B scores -1, 0, +2 and a high cost
    assert result.selected == ("C",)
    worst = optimal_portfolio(with_settings(study, portfolio_baseline="worst"), 1000)
    assert "E" in worst.selected  # from the bottom of the scales it looks worth 0.5


def test_optimum_is_explained_candidate_by_candidate():
    result = optimal_portfolio(costed(COSTS), 7)
    assert result.selected == ("A", "B")
    assert result.total_cost == 7
    assert result.total_value == pytest.approx(
        outcome(result, "A").value + outcome(result, "B").value
    )
    reasons = {c.candidate_id: c.reason for c in result.candidates}
    assert reasons == {
        "A": "selected",
        "B": "selected",
        "C": "exclusive",  # A of the same group is chosen
        "D": "over_budget",  # would fit the rule (B is in) but 7 is spent
        "E": "no_cost",
    }
    assert "Canal park" in outcome(result, "C").text("en")
    assert "geen kosten" in outcome(result, "E").text("nl")
    assert outcome(result, "A").groups == ("keuze",) and outcome(result, "B").groups == ()


def test_dominated_and_requires_reasons():
    result = optimal_portfolio(costed({**COSTS, "B": 7.0}), 6)
    assert result.selected == ("C",)
    reasons = {c.candidate_id: c.reason for c in result.candidates}
    assert reasons["B"] == "dominated"  # C is cheaper and worth more
    assert reasons["D"] == "requires"  # B is not chosen
    assert reasons["A"] == "exclusive"
    assert "Swale street" in outcome(result, "B").text("en")


def test_budget_zero_selects_nothing_and_total_cost_everything_the_rules_allow():
    study = costed(COSTS)
    assert optimal_portfolio(study, 0).selected == ()
    everything = optimal_portfolio(study, sum(COSTS.values()))
    assert set(everything.selected) == {"B", "C", "D"}  # C beats A in the group; E has no cost


def test_knocked_out_and_costless_candidates_are_never_selected():
    study = costed(COSTS, dependencies=(Dependency("D", "E"),))
    study = replace(study, checks={("B", "vergunning"): Check("fail", "geen vergunning")})
    result = optimal_portfolio(study, 1000)
    reasons = {c.candidate_id: c.reason for c in result.candidates}
    assert reasons["B"] == "knocked_out" and outcome(result, "B").value is None
    assert reasons["E"] == "no_cost"
    assert reasons["D"] == "requires_left_out"  # requires E, which has no cost
    assert result.selected == ("C",)


def test_cost_range_midpoint_is_the_point_cost():
    study = costed(COSTS)
    study = replace(
        study,
        candidates=tuple(
            replace(c, cost_range=(2.0, 4.0)) if c.id == "E" else c for c in study.candidates
        ),
    )
    assert outcome(optimal_portfolio(study, 7), "E").cost == 3.0


@pytest.mark.parametrize("budget", [-1, float("nan"), float("inf")])
def test_invalid_budget_is_a_clear_error(budget):
    with pytest.raises(PortfolioStudyError, match="finite number of 0 or more"):
        optimal_portfolio(costed(COSTS), budget)


def test_rules_that_cannot_be_met_are_a_clear_error():
    study = costed(COSTS, groups=(CHOICE, ONE_IN_CENTRE))
    with pytest.raises(PortfolioStudyError, match="cheapest portfolio that meets them costs 2"):
        optimal_portfolio(study, 0.5)
    nobody = Group("zuid", Text("Zuid"), "at_least_one", ("E",))
    with pytest.raises(PortfolioStudyError, match="none can be chosen"):
        optimal_portfolio(costed(COSTS, groups=(nobody,)), 10)
    both = Group("x", Text("X"), "exclusive", ("B", "D"))
    must_d = Group("y", Text("Y"), "at_least_one", ("D",))  # and D requires B
    with pytest.raises(PortfolioStudyError, match="spreken elkaar tegen"):
        optimal_portfolio(costed(COSTS, groups=(both, must_d)), 10, lang="nl")


def test_study_level_sweep_frontier_order_and_acceptability_use_fundable_candidates():
    study = costed(COSTS)
    data, sweep = budget_sweep(study, [0, 3, 7, 14])
    assert data.candidate_ids == ("A", "B", "C", "D")  # E has no cost
    assert sweep.selected[2].tolist() == [True, True, False, False]
    _, frontier = efficient_frontier(study)
    assert frontier[-1].total_value == pytest.approx(sweep.total_value[-1])
    _, steps = incremental_order(study)
    assert {data.candidate_ids[s.candidate] for s in steps} <= set(data.candidate_ids)
    data, acceptability = portfolio_acceptability(study, 7, n_samples=200, weight_spread=0.0)
    np.testing.assert_array_equal(acceptability.share, [1.0, 1.0, 0.0, 0.0])  # as the optimum
    assert portfolio_input(study).cost_ranges.shape == (4, 2)


def test_acceptability_without_fundable_candidates_is_a_clear_error():
    with pytest.raises(PortfolioStudyError, match="give the candidates a cost"):
        portfolio_acceptability(make_study(), 5, n_samples=10)
    assert optimal_portfolio(make_study(), 5).selected == ()


# --- the command ----------------------------------------------------------------------------


@pytest.fixture
def study_file(tmp_path):
    path = tmp_path / "s.weegwijzer.json"
    save_study(costed(COSTS), path)
    return path


def test_portfolio_json(study_file, capfd):
    assert main(["portfolio", str(study_file), "--budget", "7", "--json"]) == 0
    out = json.loads(capfd.readouterr().out)  # fd-level: no solver chatter on stdout
    assert out["budget"] == 7 and out["selected"] == ["A", "B"]
    assert out["total_cost"] == 7
    rows = {r["id"]: r for r in out["candidates"]}
    assert out["total_value"] == pytest.approx(rows["A"]["value"] + rows["B"]["value"], abs=1e-6)
    assert set(rows["A"]) >= {"id", "name", "value", "cost", "groups", "selected"}
    assert rows["A"]["groups"] == ["keuze"] and rows["A"]["selected"] is True
    assert rows["E"]["cost"] is None and rows["E"]["selected"] is False


def test_portfolio_text_names_reasons(study_file, capfd):
    assert main(["portfolio", str(study_file), "--budget", "7", "--scenario", "Groen voorop"]) == 0
    out = capfd.readouterr().out
    assert "scenario 'Green first'" in out and "no cost given" in out


@pytest.mark.parametrize("budget", ["-3", "nan", "lots"])
def test_portfolio_bad_budget_exits_1(study_file, budget, capfd):
    assert main(["portfolio", str(study_file), f"--budget={budget}"]) == 1
    assert "budget" in capfd.readouterr().err


def test_portfolio_infeasible_rules_exit_1(tmp_path, capfd):
    path = tmp_path / "s.weegwijzer.json"
    save_study(costed(COSTS, groups=(ONE_IN_CENTRE,)), path)
    assert main(["portfolio", str(path), "--budget", "0.5"]) == 1
    assert "too small for the rules" in capfd.readouterr().err


@pytest.mark.parametrize("budget", [20, 40, 60])
def test_a_dominated_reason_says_what_the_numbers_say(budget):
    """ "More value for less money" only when both are strictly so; a tie is called a tie."""
    from projects.example import example_study

    study = example_study()
    result = optimal_portfolio(study, budget)
    by_name = {study.candidate(c.candidate_id).name.get("en"): c for c in result.candidates}
    dominated = [c for c in result.candidates if c.reason == "dominated"]
    assert dominated
    for loser in dominated:
        text = loser.text("en")
        winner = by_name[text.split("'")[1]]
        more = winner.value > loser.value and not np.isclose(winner.value, loser.value)
        less = winner.cost < loser.cost
        if "gives more value for less money" in text:
            assert more and less
        elif "gives as much value for less money" in text:
            assert np.isclose(winner.value, loser.value) and less
            assert "evenveel waarde voor minder geld" in loser.text("nl")
        else:
            assert "gives more value for the same money" in text
            assert more and winner.cost == loser.cost


def test_a_tie_in_value_is_not_called_more_value():
    from projects.example import example_study

    study = example_study()
    st1 = outcome(optimal_portfolio(study, 20), "ST-1")
    assert st1.reason == "dominated"
    assert "as much value for less money" in st1.text("en")
