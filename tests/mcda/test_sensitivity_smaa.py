"""SMAA-2 in one pass: acceptability, central weights, pairwise winning, score uncertainty."""

import itertools
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.sensitivity import (
    ParticipantWeights,
    RankOrderWeights,
    ScoreUncertainty,
    WeightsAround,
    sample_scores,
    smaa,
)


def _exact_acceptability_on_lattice(x, divisions):
    """Rank acceptability of the weighted sum (values as given) under uniform weights on the
    simplex, by enumerating a fine barycentric lattice of the 3-criterion simplex."""
    m = x.shape[0]
    counts = np.zeros((m, m))
    total = 0
    for a, b in itertools.product(range(divisions + 1), repeat=2):
        if a + b > divisions:
            continue
        w = np.array([a, b, divisions - a - b]) / divisions
        # Points on an edge or a vertex stand for less of the area (about 1/2 and 1/3).
        share = 1.0 / (1 + (a == 0) + (b == 0) + (a + b == divisions))
        order = np.argsort(-(x @ w), kind="stable")
        counts[order, np.arange(m)] += share
        total += share
    return counts / total


def test_acceptability_converges_to_the_enumerated_answer():
    x = np.array([[1.0, 0.0, 0.5], [0.0, 1.0, 0.4], [0.6, 0.6, 0.0], [0.3, 0.2, 1.0]])
    exact = _exact_acceptability_on_lattice(x, 150)
    result = smaa(x, [1, 1, 1], n_samples=40000, seed=3, normalization="none")
    assert np.abs(result.acceptability - exact).max() < 0.012


def test_central_weights_and_pairwise_winning_of_two_opposites():
    # A is first exactly when w1 > 1/2: central weight E[w | w1 > 1/2] = (3/4, 1/4).
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    result = smaa(x, [1, 1], n_samples=40000, seed=1, normalization="none")
    assert result.acceptability[0, 0] == pytest.approx(0.5, abs=0.01)
    assert result.central_weights[0] == pytest.approx([0.75, 0.25], abs=0.01)
    assert result.central_weights[1] == pytest.approx([0.25, 0.75], abs=0.01)
    assert result.pairwise[0, 1] == pytest.approx(result.acceptability[0, 0])
    assert result.pairwise[0, 1] + result.pairwise[1, 0] == pytest.approx(1.0)


def test_five_point_step_uncertainty_matches_enumeration():
    # One criterion: A = +1, B = 0; each moves one step with probability p (p/2 each way).
    p = 0.3
    moves = {-1: p / 2, 0: 1 - p, 1: p / 2}
    a_first = sum(
        pa * pb * (1.0 if 1 + da > db else 0.5 if 1 + da == db else 0.0)
        for (da, pa), (db, pb) in itertools.product(moves.items(), repeat=2)
    )
    x = np.array([[1.0], [0.0]])
    noise = ScoreUncertainty(x, p=p, step=1.0, low=-2.0, high=2.0)
    result = smaa(x, [1], n_samples=60000, seed=4, scores=noise, normalization="none")
    assert result.acceptability[0, 0] == pytest.approx(a_first, abs=0.01)


@pytest.mark.parametrize("method", mcda.METHODS)
def test_same_seed_same_result_whatever_the_workers(method):
    rng = np.random.default_rng(0)
    x = rng.random((6, 4))
    noise = ScoreUncertainty(x, spread=0.1)
    one = smaa(x, [1, -1, 1, 1], method, 3000, seed=7, scores=noise, workers=1)
    two = smaa(x, [1, -1, 1, 1], method, 3000, seed=7, scores=noise, workers=2)
    other = smaa(x, [1, -1, 1, 1], method, 3000, seed=8, scores=noise)
    assert np.array_equal(one.acceptability, two.acceptability)
    assert np.array_equal(one.pairwise, two.pairwise)
    assert not np.array_equal(one.acceptability, other.acceptability)


@st.composite
def problems(draw):
    m = draw(st.integers(2, 5))
    n = draw(st.integers(1, 4))
    values = draw(st.lists(st.integers(0, 4), min_size=m * n, max_size=m * n))
    return np.array(values, float).reshape(m, n)


@pytest.mark.parametrize("method", mcda.METHODS)
@settings(max_examples=15, deadline=None)
@given(x=problems(), noisy=st.booleans())
def test_rows_and_columns_sum_to_one_and_pairwise_is_complementary(method, x, noisy):
    n = x.shape[1]
    noise = ScoreUncertainty(x, p=0.3, step=1.0, low=0.0, high=4.0) if noisy else None
    result = smaa(x, [1] * n, method, 500, seed=0, scores=noise)
    assert np.allclose(result.acceptability.sum(axis=0), 1.0)
    assert np.allclose(result.acceptability.sum(axis=1), 1.0)
    off = ~np.eye(x.shape[0], dtype=bool)
    assert np.allclose((result.pairwise + result.pairwise.T)[off], 1.0)
    assert np.all(np.isfinite(result.central_weights))


@pytest.mark.parametrize("method", mcda.METHODS)
def test_a_dominating_alternative_is_always_first(method):
    rng = np.random.default_rng(1)
    x = rng.random((6, 4))
    x[3] = x.max(axis=0) + 0.5
    result = smaa(x, [1, 1, 1, 1], method, 5000, seed=2)
    assert result.acceptability[3, 0] == 1.0
    assert np.all(result.pairwise[3, np.arange(6) != 3] == 1.0)


def test_progress_reports_and_cancels():
    x = np.random.default_rng(0).random((40, 10))
    seen = []
    done = smaa(x, [1] * 10, n_samples=20000, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (20000, 20000) and done.samples == 20000 and not done.cancelled
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    stopped = smaa(x, [1] * 10, n_samples=20000, progress=lambda d, t: False, workers=1)
    assert stopped.cancelled and 0 < stopped.samples < 20000
    assert np.allclose(stopped.acceptability.sum(axis=1), 1.0)
    event = threading.Event()
    event.set()
    assert smaa(x, [1] * 10, n_samples=20000, cancel=event).samples < 20000


def test_rank_order_weights_follow_the_order():
    rng = np.random.default_rng(0)
    W = RankOrderWeights([2, 1, 3])(rng, 20000)
    assert np.allclose(W.sum(axis=1), 1.0)
    assert np.all(W[:, 1] >= W[:, 0]) and np.all(W[:, 0] >= W[:, 2])
    # The largest of three uniform-simplex weights has mean (1 + 1/2 + 1/3) / 3.
    assert W[:, 1].mean() == pytest.approx(11 / 18, abs=0.005)
    tied = RankOrderWeights([1, 1, 2])(rng, 20000)
    assert np.all(tied[:, :2].min(axis=1) >= tied[:, 2])
    assert (tied[:, 0] > tied[:, 1]).mean() == pytest.approx(0.5, abs=0.02)


def test_participant_weights_centre_on_the_participants():
    rng = np.random.default_rng(0)
    P = np.array([[0.5, 0.3, 0.2], [0.4, 0.4, 0.2], [0.6, 0.2, 0.2], [0.5, 0.4, 0.1]])
    W = ParticipantWeights(P)(rng, 40000)
    assert W.mean(axis=0) == pytest.approx(P.mean(axis=0), abs=0.005)
    assert W.std(axis=0) == pytest.approx(P.std(axis=0), rel=0.35)
    same = ParticipantWeights([[1, 2, 1], [2, 4, 2]])(rng, 5)
    assert np.allclose(same, [0.25, 0.5, 0.25])


def test_weights_around_stay_in_their_band():
    W = WeightsAround([0.5, 0.3, 0.2], 0.2)(np.random.default_rng(0), 1000)
    assert np.allclose(W.sum(axis=1), 1.0)
    assert np.all(W[:, 0] > 0.5 * 0.8 / 1.2 - 1e-12) and np.all(W[:, 0] < 0.5 * 1.2 / 0.8)


def test_score_uncertainty_moves_one_step_within_the_scale():
    x = np.array([[-2.0, 10.0], [0.0, 20.0], [2.0, 30.0]])
    noise = ScoreUncertainty(x, p=0.4, step=[1.0, 0.0], spread=[0.0, 0.1])
    X = noise(np.random.default_rng(0), 20000)
    moved = X[:, :, 0] - x[:, 0]
    assert set(np.unique(moved)) <= {-1.0, 0.0, 1.0}
    assert X[:, :, 0].min() >= -2 and X[:, :, 0].max() <= 2
    assert (moved[:, 1] != 0).mean() == pytest.approx(0.4, abs=0.015)
    factor = X[:, :, 1] / x[:, 1]
    assert factor.min() >= 0.9 and factor.max() <= 1.1
    assert np.array_equal(ScoreUncertainty(x)(np.random.default_rng(0), 3), np.stack([x] * 3))


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("weighted_sum", {}),
        ("weighted_sum", {"normalization": "vector"}),
        ("topsis", {}),
        ("topsis", {"normalization": "minmax"}),
        ("vikor", {"v": 0.3}),
        ("promethee_ii", {}),
        ("promethee_ii", {"preference": "linear", "q": 0.1, "p": 0.4}),
    ],
)
def test_sample_scores_agree_with_the_engine(method, kwargs):
    rng = np.random.default_rng(0)
    X = rng.random((5, 6, 3))
    X[:, :, 2] = 0.7  # a constant criterion
    W = rng.dirichlet(np.ones(3), 5)
    types = np.array([1, -1, 1])
    got = sample_scores(X, types, W, method, **kwargs)
    for s in range(5):
        want = mcda.batch_scores(X[s], types, W[s], method, **kwargs)[0]
        # The weighted sum may be shifted by a constant per sample (same ranks).
        assert np.allclose(got[s] - got[s].mean(), want - want.mean())


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"preference": "v-shape", "p": 1.5},
        {"preference": "linear", "q": 0.5, "p": 2.0},
        {"preference": "level", "q": 1.0, "p": 2.0},
        {"preference": "u-shape", "q": 1.0},
        {"preference": "gaussian", "s": 1.0},
    ],
)
def test_promethee_on_five_point_levels_agrees_with_the_engine(kwargs):
    rng = np.random.default_rng(1)
    X = rng.integers(-2, 3, (6, 9, 3)).astype(float)  # few distinct values: level counts
    X[:, :, 2] = rng.random((6, 9))  # distinct values: pairwise differences or ranks
    W = rng.dirichlet(np.ones(3), 6)
    types = np.array([1, -1, 1])
    got = sample_scores(X, types, W, "promethee_ii", **kwargs)
    for s in range(6):
        want = mcda.batch_scores(X[s], types, W[s], "promethee_ii", **kwargs)[0]
        assert np.allclose(got[s], want)
