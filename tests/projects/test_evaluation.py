"""Study-level ranking: values on the scales, knock-outs, missing scores, explanations."""

from dataclasses import replace

import numpy as np
import pytest

from criteria.constraints import Check
from criteria.scales import FivePointScale
from projects.evaluation import EvaluationError, evaluate, to_problem
from projects.study import METHODS, Score, Settings
from tests.factories import make_study


def test_weighted_sum_of_scale_values_by_hand():
    """Five-point values (x + 2) / 4; cost 0..20 mln € gives 1 - x / 20; all weights 1/4."""
    ranking = evaluate(make_study(), "weighted_sum")
    expected = {"A": 0.7125, "B": 0.5, "C": 0.75, "D": 0.2875, "E": 0.65}
    got = dict(zip(ranking.candidate_ids, ranking.scores, strict=True))
    assert got == pytest.approx(expected)
    assert [ranking.candidate_ids[i] for i in ranking.order()] == ["C", "A", "E", "B", "D"]
    assert ranking.contributions.sum(axis=1) == pytest.approx(ranking.scores)
    assert ranking.theme_ids == ("groen", "stad")
    assert ranking.theme_contributions.sum(axis=1) == pytest.approx(ranking.scores)
    assert ranking.weights == pytest.approx([0.25] * 4)


def test_scenario_changes_the_weights():
    ranking = evaluate(make_study(), "weighted_sum", "groen-voorop")
    assert ranking.weights == pytest.approx([0.375, 0.375, 0.125, 0.125])
    assert ranking.scenario_id == "groen-voorop"
    assert evaluate(make_study(), "weighted_sum", "Green first").scenario_id == "groen-voorop"


@pytest.mark.parametrize("method", METHODS)
def test_every_method_ranks_without_nan(method):
    ranking = evaluate(make_study(), method)
    assert np.isfinite(ranking.scores).all()
    assert sorted(ranking.ranks.tolist())[0] == 1
    assert ranking.contributions.shape == (5, 4)


def test_vikor_and_promethee_explain_with_their_own_values():
    vikor = evaluate(make_study(), "vikor")
    assert vikor.scores == pytest.approx(1 - vikor.extras["q"])
    assert set(vikor.extras) == {"s", "r", "q"}
    promethee = evaluate(make_study(), "promethee_ii")
    flows = promethee.extras["positive_flow"] - promethee.extras["negative_flow"]
    assert flows == pytest.approx(promethee.scores)


def test_failed_check_and_threshold_knock_outs_exclude_with_reason():
    study = make_study()
    study = replace(study, checks={**study.checks, ("B", "vergunning"): Check("fail", "geluid")})
    constraints = tuple(replace(c, enabled=True) for c in study.constraints)
    ranking = evaluate(replace(study, constraints=constraints), "weighted_sum", lang="nl")
    assert set(ranking.candidate_ids) == {"A", "C", "E"}
    reasons = {e.candidate_id: e.text("nl") for e in ranking.excluded}
    assert reasons["B"] == "voldoet niet aan randvoorwaarde 'Vergunbaar': geluid"
    assert "scoort -- op 'Meer bomen', minimaal - vereist" in reasons["D"]
    assert "constraint 'Permittable'" in next(
        e for e in ranking.excluded if e.candidate_id == "B"
    ).text("en")


def test_override_is_a_visible_warning_not_an_exclusion():
    ranking = evaluate(make_study(), "weighted_sum", lang="en")
    assert "E" in ranking.candidate_ids
    assert any("overridden: onder voorwaarden" in w for w in ranking.warnings)


def test_missing_score_policy_is_explicit_never_a_silent_zero():
    study = make_study()
    scores = {**study.scores, ("B", "wonen"): Score(None)}
    excluded = evaluate(replace(study, scores=scores), "weighted_sum")
    assert "B" not in excluded.candidate_ids
    assert excluded.excluded[0].text("en") == "missing score on 'Homes'"

    neutral = evaluate(
        replace(study, scores=scores, settings=Settings(missing_policy="neutral")), "weighted_sum"
    )
    b = neutral.candidate_ids.index("B")
    assert neutral.scores[b] == pytest.approx((0.25 + 0.5 + 0.5 + 0.25) / 4)  # "0", not "--"
    assert any("counted as neutral" in w for w in neutral.warnings)


def test_missing_scores_on_unweighted_criteria_do_not_matter():
    study = make_study()
    scores = {**study.scores, ("B", "wonen"): Score(None)}
    study = replace(study, scores=scores).with_scenario_weights("gelijk", {"stad": 0})
    ranking = evaluate(study, "weighted_sum")
    assert "B" in ranking.candidate_ids and ranking.criterion_ids == ("bomen", "water")


def test_double_counting_is_warned():
    ranking = evaluate(make_study(), "weighted_sum", lang="en")
    assert any("'More trees' and 'Retain water' move together" in w for w in ranking.warnings)


def test_no_weight_and_unknown_names_are_clear_errors():
    study = make_study().with_scenario_weights("gelijk", {"groen": 0, "stad": 0})
    with pytest.raises(EvaluationError, match="No active criterion has any weight"):
        evaluate(study, "weighted_sum")
    with pytest.raises(EvaluationError, match="Unknown method 'ahp'"):
        evaluate(make_study(), "ahp")
    with pytest.raises(EvaluationError, match="Unknown scenario 'x'; choose from gelijk"):
        evaluate(make_study(), "topsis", "x")


def test_all_candidates_excluded_gives_an_empty_ranking():
    study = make_study()
    checks = {(c.id, "vergunning"): Check("fail") for c in study.candidates}
    ranking = evaluate(replace(study, checks=checks), "topsis")
    assert ranking.candidate_ids == () and len(ranking.excluded) == 5


def test_equal_scores_tie():
    study = make_study()
    scores = dict(study.scores)
    for crit in ("bomen", "water", "wonen", "kosten"):
        scores[("B", crit)] = scores[("A", crit)]
    ranking = evaluate(replace(study, scores=scores), "weighted_sum")
    a, b = ranking.candidate_ids.index("A"), ranking.candidate_ids.index("B")
    assert ranking.ranks[a] == ranking.ranks[b]


def test_check_notes_are_bilingual_and_shown_in_the_asked_language(tmp_path):
    from criteria.text import Text
    from projects.study_file import load_study, save_study

    study = make_study()
    note = Text("onder voorwaarden", "on conditions")
    study = replace(study, checks={("E", "vergunning"): Check("override", note)})
    assert any("overridden: on conditions" in w for w in evaluate(study, lang="en").warnings)
    assert any("onder voorwaarden" in w for w in evaluate(study, lang="nl").warnings)
    save_study(study, tmp_path / "s.weegwijzer.json")
    assert load_study(tmp_path / "s.weegwijzer.json").check("E", "vergunning").note == note
    assert Check("fail", "plain").note == Text("plain")  # a plain string is the Dutch text


def test_keep_unweighted_adds_zero_weight_columns_without_changing_who_is_ranked():
    study = make_study()
    study = replace(study, scores={**study.scores, ("A", "bomen"): Score(None)})
    study = study.with_scenario_weights("gelijk", {"bomen": 0})
    plain = to_problem(study)
    kept = to_problem(study, keep_unweighted=True)
    assert "bomen" not in plain.criterion_ids
    assert kept.criterion_ids == ("bomen", "water", "wonen", "kosten")
    assert kept.candidate_ids == plain.candidate_ids  # A's missing unweighted score is no reason
    assert kept.weights[0] == 0 and np.allclose(kept.weights[1:], plain.weights)
    assert np.allclose(kept.values[:, 1:], plain.values)
    assert kept.warnings == plain.warnings
    neutral = FivePointScale().values(np.array([0.0]), True)[0]
    assert kept.values[kept.candidate_ids.index("A"), 0] == neutral
