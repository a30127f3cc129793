"""Sensitivity of a study's ranking: sweeps per criterion and theme, stability, SMAA, CLI."""

import json
from dataclasses import replace

import numpy as np
import pytest

from criteria.text import Text
from desktop.cli import main
from mcda.sensitivity import walk
from projects import sensitivity
from projects.evaluation import EvaluationError, evaluate, run_method
from projects.study import METHODS, Participant
from projects.study_file import save_study
from tests.factories import make_study


@pytest.fixture
def study():
    return make_study()


@pytest.mark.parametrize("method", METHODS)
def test_sweep_at_the_current_weight_is_the_ranking_the_user_sees(study, method):
    s = sensitivity.setup(study, method)
    ranking = evaluate(study, method)
    for item in sensitivity.criterion_sweeps(s):
        at = np.flatnonzero(item.sweep.weights == item.sweep.current)[0]
        scores = item.sweep.scores[at]
        if method == "vikor":
            scores = 1.0 + scores  # the engine's -Q, the study's 1 - Q
        assert np.allclose(scores, ranking.scores)


def _order_with_weights(s, weights):
    scores = run_method(replace(s.problem, weights=weights), s.method, **s.method_kwargs)[0]
    return np.asarray(scores)


@pytest.mark.parametrize("method", METHODS)
def test_criterion_reversals_swap_the_candidates_in_the_study(study, method):
    s = sensitivity.setup(study, method)
    eps = 1e-9 if method in ("weighted_sum", "promethee_ii") else 2e-6
    for item in sensitivity.criterion_sweeps(s):
        for r in item.sweep.reversals:
            j = item.sweep.criteria
            below = _order_with_weights(s, walk(s.problem.weights, j, r.weight - eps))
            above = _order_with_weights(s, walk(s.problem.weights, j, r.weight + eps))
            assert below[r.ahead_below] >= below[r.ahead_above] - 1e-12
            assert above[r.ahead_above] > above[r.ahead_below]


def test_theme_sweep_moves_the_theme_weight_of_the_study(study):
    s = sensitivity.setup(study, "weighted_sum")
    themes = {t.key: t for t in sensitivity.theme_sweeps(study, s)}
    assert set(themes) == {"groen", "stad"}
    green = themes["groen"].sweep
    assert [s.problem.criterion_ids[j] for j in green.criteria] == ["bomen", "water"]
    assert green.current == pytest.approx(0.5)
    assert len(green.reversals)
    for r in green.reversals:
        scores = []
        for t in (r.weight - 1e-9, r.weight + 1e-9):
            changed = study.with_scenario_weights("gelijk", {"groen": t, "stad": 1 - t})
            scores.append(evaluate(changed, "weighted_sum").scores)
        below, above = scores
        assert below[r.ahead_below] > below[r.ahead_above]
        assert above[r.ahead_above] > above[r.ahead_below]


def test_stability_per_criterion(study):
    s = sensitivity.setup(study, "topsis")
    sweeps = sensitivity.criterion_sweeps(s)
    stable = sensitivity.stability(sweeps, 2)
    assert stable.k == 2 and len(stable.low) == len(s.problem.criterion_ids)
    assert np.all(stable.low <= stable.current) and np.all(stable.current <= stable.high)


def test_no_score_noise_reproduces_the_problem_values(study):
    s = sensitivity.setup(study)
    sampler = sensitivity.score_uncertainty(study, s, 0.0, 0.0)
    X = sampler(np.random.default_rng(0), 2)
    assert np.allclose(X, s.problem.values)
    noisy = sensitivity.score_uncertainty(study, s, 0.5, 0.2)(np.random.default_rng(0), 200)
    assert noisy.min() >= 0.0 and noisy.max() <= 1.0
    five = [s.problem.criterion_ids.index(c) for c in ("bomen", "water", "wonen")]
    steps = np.unique(np.round((noisy[:, :, five] - s.problem.values[:, five]) * 4, 9))
    assert set(steps) <= {-1.0, 0.0, 1.0}


def test_acceptability_is_seeded_and_gives_verdicts(study):
    s = sensitivity.setup(study)
    one = sensitivity.acceptability(study, s, 2000, seed=5, score_p=0.2, score_spread=0.1)
    two = sensitivity.acceptability(study, s, 2000, seed=5, score_p=0.2, score_spread=0.1)
    assert np.array_equal(one.result.acceptability, two.result.acceptability)
    assert np.allclose(one.result.acceptability.sum(axis=1), 1.0)
    leader = one.candidate_ids[int(np.argmin(one.current_ranks))]
    share = round(100 * one.result.acceptability[one.candidate_ids.index(leader), 0])
    assert f"{share} %" in one.verdict(leader, "nl") and "steekproeven" in one.verdict(leader)
    assert "of samples" in one.verdict(leader, "en")


def test_stable_first_when_a_candidate_dominates(study):
    scores = dict(study.scores)
    for crit, value in (("bomen", 2.0), ("water", 2.0), ("wonen", 2.0), ("kosten", 0.0)):
        scores[("C", crit)] = replace(scores[("C", crit)], value=value)
    strong = replace(study, scores=scores)
    result = sensitivity.acceptability(strong, sensitivity.setup(strong), 1000)
    assert result.verdict("C", "nl") == "stabiel eerste in 100 % van de steekproeven"


def test_weight_models(study):
    s = sensitivity.setup(study, "promethee_ii")
    for model in ("around", "rank_order"):
        result = sensitivity.acceptability(study, s, 1000, weights=model, spread=0.3)
        assert np.allclose(result.result.acceptability.sum(axis=0), 1.0)
    with pytest.raises(EvaluationError, match="participant"):
        sensitivity.acceptability(study, s, 100, weights="participants")
    people = (
        Participant("p1", weights={"groen": 3, "stad": 1}),
        Participant("p2", weights={"groen": 1, "stad": 1, "kosten": 3}),
    )
    workshop = replace(study, participants=people)
    result = sensitivity.acceptability(workshop, s, 2000, weights="participants")
    assert np.allclose(result.result.acceptability.sum(axis=1), 1.0)
    with pytest.raises(EvaluationError, match="weight model 'gok'"):
        sensitivity.acceptability(study, s, 100, weights="gok")


def test_too_few_candidates(study):
    lonely = replace(study, candidates=study.candidates[:1], title=Text("x", "x"))
    with pytest.raises(EvaluationError, match="at least two"):
        sensitivity.setup(lonely)


def test_cli_json(study, tmp_path, capsys):
    path = tmp_path / "s.weegwijzer.json"
    save_study(study, path)
    assert main(["sensitivity", str(path), "--json", "--samples", "2000", "--seed", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"acceptability", "stability", "reversals"}
    assert set(out["acceptability"]) == {"A", "B", "C", "D", "E"}
    assert all(len(v) == 5 and abs(sum(v) - 1) < 1e-5 for v in out["acceptability"].values())
    assert set(out["stability"]) == {"bomen", "water", "wonen", "kosten"}
    assert all(low <= high for low, high in out["stability"].values())
    first = out["reversals"][0]
    assert set(first) == {"criterion", "weight", "candidates"} and len(first["candidates"]) == 2
    assert main(["sensitivity", str(path), "--json", "--samples", "2000", "--seed", "3"]) == 0
    assert json.loads(capsys.readouterr().out) == out


def test_cli_text(study, tmp_path, capsys):
    path = tmp_path / "s.weegwijzer.json"
    save_study(study, path)
    assert main(["sensitivity", str(path), "--samples", "500", "--method", "topsis"]) == 0
    out = capsys.readouterr().out
    assert "Rank acceptability" in out and "top-3 order" in out and "Rank reversals" in out
    assert main(["sensitivity", str(path), "--samples", "0"]) == 1


def test_candidate_tornado_on_the_stability_interval(study):
    s = sensitivity.setup(study, "topsis")
    stable = sensitivity.stability(sensitivity.criterion_sweeps(s), 1)
    bars = sensitivity.candidate_tornado(s, "A", stable, measure="rank")
    assert sorted(bars.criteria) == list(range(len(s.problem.criterion_ids)))
    assert list(bars.swing) == sorted(bars.swing, reverse=True)
    assert bars.base == evaluate(study, "topsis").rank_of("A")
    assert np.all(bars.low_weight == stable.low[bars.criteria])
    plain = sensitivity.candidate_tornado(s, "A", spread=0.1)
    assert np.allclose(plain.low_weight, s.problem.weights[plain.criteria] * 0.9)


def test_sweep_ranks_follow_the_scores(study):
    item = sensitivity.criterion_sweeps(sensitivity.setup(study))[0]
    best = item.sweep.ranks.argmin(axis=1)
    assert np.array_equal(best, item.sweep.scores.argmax(axis=1))


def test_a_criterion_without_weight_can_be_swept_and_is_left_out_of_smaa(study):
    study = study.with_scenario_weights("gelijk", {"bomen": 0})
    s = sensitivity.setup(study, "weighted_sum")
    items = sensitivity.criterion_sweeps(s)
    bomen = next(item.sweep for item in items if item.key == "bomen")
    assert bomen.current == 0.0
    at = np.flatnonzero(bomen.weights == 0.0)[0]
    assert np.allclose(bomen.scores[at], evaluate(study, "weighted_sum").scores)
    assert len(bomen.reversals) > 0  # giving trees weight changes the order
    stable = sensitivity.stability(items, k=1)
    assert stable.low[0] == 0.0 and 0.0 < stable.high[0] == bomen.stable_range(1)[1] < 1.0
    smaa = sensitivity.acceptability(study, s, 500, seed=1, weights="rank_order")
    assert "bomen" not in smaa.criterion_ids
    assert smaa.result.central_weights.shape[1] == 3
