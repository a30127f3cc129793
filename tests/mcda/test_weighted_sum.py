"""Weighted sum (simple additive weighting) against a published example and its own
intermediates."""

import numpy as np

import mcda
from tests.mcda import oracle


def test_triantaphyllou_2000_example():
    """Triantaphyllou, E. (2000). *Multi-Criteria Decision Making Methods: A Comparative
    Study*, Kluwer, ch. 2 (WSM): three alternatives, four benefit criteria in one unit,
    weights 0.20, 0.15, 0.40, 0.25; printed WSM scores 21.50, 22.00, 22.00 (A2 and A3 tie).

    The data are already on one value scale, so ``normalization="none"``.
    """
    matrix = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
    weights = [0.20, 0.15, 0.40, 0.25]
    scores = mcda.weighted_sum(matrix, weights, [1, 1, 1, 1], normalization="none")
    np.testing.assert_allclose(scores, [21.50, 22.00, 22.00], atol=0.005)
    assert mcda.rank(scores).tolist() == [3, 1, 1]


def test_intermediates_explain_the_scores():
    """``.normalized`` is the minmax matrix, ``.weights`` sum 1 and ``.contributions`` are
    w_j r_ij whose rows add up to the score (checked against the loop oracle)."""
    matrix = [[7, 300, 2, 5.5], [9, 450, 2, 3.0], [5, 200, 4, 4.5], [8, 380, 3, 6.0]]
    weights, types = [5, 3, 2, 1], [1, -1, 1, -1]
    scores = mcda.weighted_sum(matrix, weights, types)
    np.testing.assert_allclose(scores, oracle.weighted_sum(matrix, weights, types), atol=1e-12)
    np.testing.assert_allclose(scores.normalized, oracle.minmax(matrix, types), atol=1e-12)
    np.testing.assert_allclose(scores.weights, np.array(weights) / 11, atol=1e-12)
    np.testing.assert_allclose(scores.contributions, scores.weights * scores.normalized)
    np.testing.assert_allclose(scores.contributions.sum(axis=1), scores, atol=1e-12)
