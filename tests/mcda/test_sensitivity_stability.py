"""Stability intervals and tornado diagrams."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mcda
from mcda.sensitivity import stability_intervals, tornado, walk, weight_sweep


@st.composite
def problems(draw):
    m = draw(st.integers(2, 6))
    n = draw(st.integers(2, 4))
    values = draw(st.lists(st.integers(0, 10), min_size=m * n, max_size=m * n))
    weights = draw(st.lists(st.integers(1, 5), min_size=n, max_size=n))
    return np.array(values, float).reshape(m, n), [1] * n, np.array(weights, float)


def _holds(x, types, w, j, t, method, order):
    """Whether ``order`` is still the top of the ranking at weight t of criterion j: nobody
    strictly overtakes along it (a tie, possible over a stretch under VIKOR, is no change)."""
    s = mcda.batch_scores(x, types, walk(w, j, t), method)[0]
    tol = 1e-12
    rest = np.delete(s, order)
    steps = [s[a] >= s[b] - tol for a, b in zip(order, order[1:], strict=False)]
    return all(steps) and (rest.size == 0 or s[order[-1]] >= rest.max() - tol)


@pytest.mark.parametrize("method", mcda.METHODS)
@settings(max_examples=20, deadline=None)
@given(problem=problems(), k=st.integers(1, 3))
def test_top_k_order_holds_inside_and_changes_just_outside(method, problem, k):
    x, types, w = problem
    current = mcda.batch_scores(x, types, w, method)[0]
    if len(set(np.round(current, 9))) < x.shape[0]:
        return  # a tie at the current weights: the order itself is ambiguous
    order = tuple(int(i) for i in np.argsort(-current, kind="stable")[:k])
    result = stability_intervals(x, types, w, method, k=k)
    sweeps = [weight_sweep(x, types, w, j, method) for j in range(x.shape[1])]
    if any(abs(r.weight - s.current) < 1e-5 for s in sweeps for r in s.reversals):
        return  # a knife edge (e.g. VIKOR's jump) at the current weights
    eps = 1e-9 if method in ("weighted_sum", "promethee_ii") else 3e-6
    for j in range(x.shape[1]):
        low, high = result.low[j], result.high[j]
        assert low <= result.current[j] <= high
        for t in np.linspace(low, high, 7)[1:-1]:
            assert _holds(x, types, w, j, t, method, order)
        if low > eps:
            assert _holds(x, types, w, j, low + eps, method, order)
            assert not _holds(x, types, w, j, low - eps, method, order)
        if high < 1 - eps:
            assert _holds(x, types, w, j, high - eps, method, order)
            assert not _holds(x, types, w, j, high + eps, method, order)


def test_distances_are_the_nearest_interval_end():
    rng = np.random.default_rng(5)
    x = rng.random((6, 4))
    result = stability_intervals(x, [1, 1, -1, 1], [0.4, 0.3, 0.2, 0.1], "topsis", k=2)
    assert result.k == 2
    # An end at 0 or 1 is the end of the range, not a change.
    below = np.where(result.low > 0, result.current - result.low, np.inf)
    above = np.where(result.high < 1, result.high - result.current, np.inf)
    assert np.allclose(result.topk_distance, np.minimum(below, above))
    assert np.all(result.top1_distance >= result.topk_distance)


def test_bad_k_is_named():
    with pytest.raises(mcda.McdaInputError, match="k = 0"):
        stability_intervals(np.eye(3), [1, 1, 1], [1, 1, 1], k=0)


@pytest.mark.parametrize("method", mcda.METHODS)
def test_tornado_reads_scores_at_both_ends_sorted_by_swing(method):
    rng = np.random.default_rng(2)
    x, w = rng.random((5, 4)), np.array([0.4, 0.3, 0.2, 0.1])
    result = stability_intervals(x, [1] * 4, w, method, k=1)
    bars = tornado(x, [1] * 4, w, 2, method, low=result.low, high=result.high)
    assert list(bars.swing) == sorted(bars.swing, reverse=True)
    for b, j in enumerate(bars.criteria):
        s = mcda.batch_scores(x, [1] * 4, walk(w, j, [result.low[j], result.high[j]]), method)
        assert bars.low[b] == pytest.approx(s[0, 2])
        assert bars.high[b] == pytest.approx(s[1, 2])
    assert bars.base == pytest.approx(mcda.batch_scores(x, [1] * 4, w, method)[0, 2])


def test_tornado_by_rank_with_a_relative_spread():
    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.6]])
    bars = tornado(x, [1, 1], [0.5, 0.5], 0, spread=0.5, measure="rank", normalization="none")
    # Weight of criterion 0 from 0.25 to 0.75: alternative 0 goes from last to first.
    assert set(bars.criteria) == {0, 1}
    by_criterion = dict(zip(bars.criteria, zip(bars.low, bars.high, strict=True), strict=True))
    assert by_criterion[0] == (3.0, 1.0)
    assert by_criterion[1] == (1.0, 3.0)
    assert bars.base == 2.0


def test_tornado_input_errors():
    with pytest.raises(mcda.McdaInputError, match="alternative = 9"):
        tornado(np.eye(3), [1, 1, 1], [1, 1, 1], 9)
    with pytest.raises(mcda.McdaInputError, match="both low and high"):
        tornado(np.eye(3), [1, 1, 1], [1, 1, 1], 0, low=[0, 0, 0])
