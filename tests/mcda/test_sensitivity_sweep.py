"""One-at-a-time sweeps: walking weights, rank-reversal points, distances to a change."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.sensitivity import walk, weight_sweep
from mcda.sensitivity.one_at_a_time import LINEAR_METHODS


@st.composite
def problems(draw):
    """Small problems on an integer grid (so crossings are not lost in rounding)."""
    m = draw(st.integers(2, 6))
    n = draw(st.integers(2, 4))
    values = draw(st.lists(st.integers(0, 10), min_size=m * n, max_size=m * n))
    weights = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    if sum(weights) == 0:
        weights[0] = 1
    types = draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n))
    return np.array(values, float).reshape(m, n), types, np.array(weights, float)


def _order_flips(x, types, w, j, method, lo, hi):
    """Pairs whose strict order differs between weights lo and hi of criterion j."""
    s_lo, s_hi = mcda.batch_scores(x, types, walk(w, j, [lo, hi]), method)
    tol = 1e-9
    d_lo = s_lo[:, None] - s_lo[None, :]
    d_hi = s_hi[:, None] - s_hi[None, :]
    return {(a, b) for a, b in zip(*np.nonzero((d_lo > tol) & (d_hi < -tol)), strict=True)}


@pytest.mark.parametrize("method", mcda.METHODS)
@settings(max_examples=25, deadline=None)
@given(problem=problems())
def test_reversal_points_swap_the_pair_just_below_and_above(method, problem):
    x, types, w = problem
    eps = 1e-9 if method in LINEAR_METHODS else 2e-6
    for j in range(x.shape[1]):
        sweep = weight_sweep(x, types, w, j, method)
        for r in sweep.reversals:
            near = [
                q.weight
                for q in sweep.reversals
                if {q.ahead_below, q.ahead_above} == {r.ahead_below, r.ahead_above} and q != r
            ]
            if any(abs(t - r.weight) < 3 * eps for t in near):
                continue  # the same pair crosses again within the probe: nothing to separate
            below, above = mcda.batch_scores(
                x, types, walk(w, j, [max(r.weight - eps, 0), min(r.weight + eps, 1)]), method
            )
            assert below[r.ahead_below] >= below[r.ahead_above] - 1e-12  # VIKOR: may tie first
            assert above[r.ahead_above] > above[r.ahead_below]


@pytest.mark.parametrize("method", mcda.METHODS)
@settings(max_examples=15, deadline=None)
@given(problem=problems())
def test_every_swap_on_a_fine_grid_is_reported(method, problem):
    x, types, w = problem
    grid = np.linspace(0, 1, 41)
    for j in range(x.shape[1]):
        sweep = weight_sweep(x, types, w, j, method)
        for lo, hi in zip(grid[:-1], grid[1:], strict=True):
            for a, b in _order_flips(x, types, w, j, method, lo, hi):
                assert any(
                    lo - 1e-6 <= r.weight <= hi + 1e-6 and (r.ahead_below, r.ahead_above) == (a, b)
                    for r in sweep.reversals
                ), (j, lo, hi, a, b)


def test_linear_reversal_is_the_analytic_crossing():
    # A = (1, 0), B = (0, 1) under weights (t, 1 - t): they swap at t = 1/2 exactly.
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.2, 0.2]])
    for method in LINEAR_METHODS:
        sweep = weight_sweep(x, [1, 1], [0.3, 0.7], 0, method)
        swap = [r for r in sweep.reversals if {r.ahead_below, r.ahead_above} == {0, 1}]
        assert len(swap) == 1 and swap[0].weight == pytest.approx(0.5, abs=1e-12)
        assert (swap[0].ahead_below, swap[0].ahead_above, swap[0].rank) == (1, 0, 1)


@pytest.mark.parametrize("method", ["topsis", "vikor"])
def test_numeric_reversals_are_within_a_millionth(method):
    rng = np.random.default_rng(3)
    x, w = rng.random((6, 3)), np.array([0.5, 0.3, 0.2])
    sweep = weight_sweep(x, [1, -1, 1], w, 1, method)
    assert len(sweep.reversals)
    for r in sweep.reversals:
        a, b = r.ahead_below, r.ahead_above
        s = mcda.batch_scores(x, [1, -1, 1], walk(w, 1, [r.weight - 1e-6, r.weight + 1e-6]), method)
        assert s[0, a] >= s[0, b] and s[1, b] >= s[1, a]


@pytest.mark.parametrize("method", mcda.METHODS)
def test_criterion_with_zero_weight_can_be_swept(method):
    x = np.array([[3.0, 1.0, 0.0], [1.0, 3.0, 5.0], [2.0, 2.0, 1.0]])
    w = np.array([0.5, 0.5, 0.0])
    sweep = weight_sweep(x, [1, 1, 1], w, 2, method)
    assert sweep.current == 0.0
    assert sweep.weights[0] == 0.0 and sweep.weights[-1] == 1.0
    assert np.all(np.isfinite(sweep.scores))
    low, high = sweep.stable_range(1)
    assert low == 0.0 and 0.0 < high <= 1.0
    # At weight 0 the sweep reproduces the current scores.
    assert np.allclose(sweep.scores[0], mcda.batch_scores(x, [1, 1, 1], w, method)[0])
    # Sweeping another criterion keeps the zero weight at zero.
    assert np.all(walk(w, 0, np.linspace(0, 1, 5))[:, 2] == 0.0)


@pytest.mark.parametrize("method", mcda.METHODS)
def test_criterion_with_all_equal_values_reverses_nothing(method):
    x = np.array([[3.0, 7.0, 1.0], [1.0, 7.0, 2.0], [2.0, 7.0, 3.0]])
    sweep = weight_sweep(x, [1, 1, -1], [0.4, 0.3, 0.3], 1, method)
    assert len(sweep.reversals) == 0
    assert sweep.stable_range(3) == (0.0, 1.0)
    assert sweep.distance_to_change(1) == float("inf")


def test_walk_keeps_the_other_weights_in_proportion():
    w = np.array([0.1, 0.2, 0.3, 0.4])
    walked = walk(w, 1, 0.6)
    assert walked.sum() == pytest.approx(1.0)
    assert walked[1] == pytest.approx(0.6)
    rest = np.delete(walked, 1)
    assert np.allclose(rest / rest.sum(), np.delete(w, 1) / np.delete(w, 1).sum())
    group = walk(w, [0, 2], 0.8)
    assert group[[0, 2]].sum() == pytest.approx(0.8)
    assert group[0] / group[2] == pytest.approx(1 / 3)


def test_distance_to_change_is_the_nearest_top_reversal():
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.55, 0.55]])
    sweep = weight_sweep(x, [1, 1], [0.7, 0.3], 0, "weighted_sum", normalization="none")
    # B = 1 - t leads up to 0.45, C = 0.55 up to 0.55, then A = t; A and B cross at 1/2
    # behind C, which changes second place only.
    assert [(round(r.weight, 12), r.rank) for r in sweep.reversals] == [
        (0.45, 1),
        (0.5, 2),
        (0.55, 1),
    ]
    assert sweep.distance_to_change(1) == pytest.approx(0.15)
    assert sweep.stable_range(1) == pytest.approx((0.55, 1.0))


def test_bad_criterion_is_named():
    x = np.ones((3, 2))
    with pytest.raises(mcda.McdaInputError, match="criterion = 5"):
        weight_sweep(x, [1, 1], [0.5, 0.5], 5)
    with pytest.raises(mcda.McdaInputError, match="outside the group"):
        walk([0.5, 0.5], [0, 1], 0.5)


def test_a_tie_at_the_current_weight_is_no_change():
    # A and B share first place now; either way one of them leads: the order shown holds.
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.2, 0.2]])
    sweep = weight_sweep(x, [1, 1], [0.5, 0.5], 0, normalization="none")
    assert [(r.weight, r.rank) for r in sweep.changes(1)] == [(0.5, 1)]
    assert sweep.stable_range(1) == (0.0, 1.0)
    assert sweep.distance_to_change(1) == float("inf")


@pytest.mark.parametrize("method", mcda.METHODS)
@settings(max_examples=40, deadline=None)
@given(problem=problems(), k=st.integers(1, 3), seed=st.integers(0, 2**16))
def test_top_keeps_every_reversal_within_the_first_places(method, problem, k, seed):
    x, types, w = problem
    # Many alternatives on a small grid: most pairs cannot reach the first places.
    x = np.vstack([x, np.random.default_rng(seed).integers(0, 11, (30, x.shape[1]))])
    full = weight_sweep(x, types, w, 0, method).changes(k)
    top = weight_sweep(x, types, w, 0, method, top=k).changes(k)
    for field in ("weight", "ahead_below", "ahead_above", "rank", "tied_from"):
        np.testing.assert_array_equal(getattr(top, field), getattr(full, field))
