"""VIKOR against published examples."""

import numpy as np
import pytest

import mcda
from tests.mcda import oracle


def test_opricovic_tzeng_2004_example():
    """Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a
    comparative analysis of VIKOR and TOPSIS. EJOR 156(2), 445-455, numerical example (also
    pymcdm's VIKOR test): A1..A3 on f1 (min) = 1, 2, 5 and f2 (max) = 3000, 3750, 4500, equal
    weights; Q = 1, 0, 1 (A2 the compromise). S and R from the loop oracle."""
    matrix = [[1, 3000], [2, 3750], [5, 4500]]
    result = mcda.vikor(matrix, [0.5, 0.5], [-1, 1], v=0.5)
    np.testing.assert_allclose(result.q, [1, 0, 1], atol=1e-12)
    s, r, _ = oracle.vikor(matrix, [0.5, 0.5], [-1, 1])
    np.testing.assert_allclose(result.s, s, atol=1e-12)
    np.testing.assert_allclose(result.r, r, atol=1e-12)
    assert mcda.rank(result.q, descending=False).tolist() == [2, 1, 2]


def test_yang_wu_2020_example():
    """Yang, W. & Wu, Y. (2020). A new improvement method to avoid rank reversal in VIKOR.
    IEEE Access 8, 21261-21271 (also pymcdm's VIKOR docstring): five alternatives, four
    benefit criteria, equal weights; Q = 0.5679, 0.7667, 1, 0.7493, 0 (4 decimals)."""
    matrix = [[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]]
    result = mcda.vikor(matrix, [0.25] * 4, [1] * 4)
    np.testing.assert_allclose(result.q, [0.5679, 0.7667, 1, 0.7493, 0], atol=5e-5)
    assert mcda.rank(result.q, descending=False).tolist() == [2, 4, 5, 3, 1]


def test_contributions_add_up_to_one_minus_s():
    matrix = [[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92]]
    weights = [4, 3, 2, 1]
    result = mcda.vikor(matrix, weights, [1, -1, 1, -1])
    np.testing.assert_allclose(result.contributions.sum(axis=1), 1 - result.s, atol=1e-12)
    np.testing.assert_allclose(result.weights, np.array(weights) / 10)


@pytest.mark.parametrize(
    ("matrix", "weights", "types", "v"),
    [
        ([[1.0, 1.3, 1.1], [1.2, 1.2, 1.2]], [0.7, 0.4, 1.1], [1, -1, -1], 1.0),
        ([[1.3, 1.2, 1.0], [1.1, 1.3, 1.2], [1.3, 1.1, 1.1]], [0.9, 0.6, 0.6], [-1, -1, -1], 0.75),
        ([[1.3, 1.2, 1.0], [1.1, 1.0, 1.2], [1.2, 1.1, 1.1]], [0.7, 0.3, 1.0], [1, 1, 1], 0.25),
    ],
)
def test_equal_s_or_r_up_to_rounding_do_not_spread_q(matrix, weights, types, v):
    """Alternatives whose S (or R) are equal on paper but differ by one float ulp: Q must be
    the exact rational result, not 0 and 1 (found by comparing with exact arithmetic)."""
    q = oracle.vikor(matrix, weights, types, v)[2]
    np.testing.assert_allclose(mcda.vikor(matrix, weights, types, v=v).q, q, atol=1e-12)
    batch = mcda.batch_scores(matrix, types, [weights], method="vikor", v=v)
    np.testing.assert_allclose(-batch[0], q, atol=1e-12)
