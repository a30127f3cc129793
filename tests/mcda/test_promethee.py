"""PROMETHEE II against a published example and the loop oracle."""

import numpy as np
import pytest

import mcda
from tests.mcda import oracle

MATRIX = [[4, 3, 2], [3, 2, 4], [5, 1, 3]]
WEIGHTS = [0.5, 0.3, 0.2]


def test_zhao_peng_li_2013_example():
    """Zhao, H., Peng, Y. & Li, W. (2013). Revised PROMETHEE II for improving efficiency in
    emergency response. Procedia Computer Science 17, 181-188 (also pymcdm's PROMETHEE II
    test): usual criteria, net flows 0.1, -0.3, 0.2 (2 decimals). The leaving and entering
    flows come from the independent loop implementation."""
    flows = mcda.promethee_ii(MATRIX, WEIGHTS, [1, 1, 1], preference="usual")
    np.testing.assert_allclose(flows, [0.1, -0.3, 0.2], atol=0.005)
    plus, minus, _ = oracle.promethee_ii(MATRIX, WEIGHTS, [1, 1, 1], "usual")
    np.testing.assert_allclose(flows.positive_flow, plus, atol=1e-12)
    np.testing.assert_allclose(flows.negative_flow, minus, atol=1e-12)
    assert mcda.rank(flows).tolist() == [2, 3, 1]


@pytest.mark.parametrize("kind", ["usual", "u-shape", "v-shape", "level", "linear", "gaussian"])
def test_criterion_flows_and_contributions_add_up(kind):
    """phi = sum_j w_j phi_j: the single-criterion net flows weighted give the net flow."""
    matrix = [[80, 90, 600], [65, 58, 200], [83, 60, 400], [40, 80, 1000]]
    weights, types = [2, 1, 1], [-1, 1, -1]
    kwargs = {"q": [5, 5, 50], "p": [20, 30, 400], "s": [10, 15, 200]}
    flows = mcda.promethee_ii(matrix, weights, types, preference=kind, **kwargs)
    expected = oracle.promethee_ii(matrix, weights, types, kind, **kwargs)[2]
    np.testing.assert_allclose(flows, expected, atol=1e-12)
    np.testing.assert_allclose(flows.contributions.sum(axis=1), flows, atol=1e-12)
    np.testing.assert_allclose(
        flows.contributions, flows.criterion_flows * np.array(weights) / 4, atol=1e-12
    )


@pytest.mark.parametrize(
    ("kind", "kwargs"),
    [
        ("u-shape", {"q": 3}),
        ("level", {"q": 3, "p": 5}),
        ("level", {"q": 1, "p": 3}),
        ("linear", {"q": 3, "p": 3}),
    ],
)
def test_a_difference_equal_to_the_threshold_is_not_split_by_rounding(kind, kwargs):
    """9.8 - 6.8 is 3.0000000000000004 in floating point and 11.8 - 8.8 is 3.0: both are a
    difference of exactly q (or p), so they must give the same preference (found by the
    translation-invariance property test)."""
    low = mcda.promethee_ii([[6.8], [9.8]], [1], [1], preference=kind, **kwargs)
    high = mcda.promethee_ii([[8.8], [11.8]], [1], [1], preference=kind, **kwargs)
    np.testing.assert_array_equal(low, high)
