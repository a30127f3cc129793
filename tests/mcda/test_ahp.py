"""AHP weights and consistency against published examples."""

import json
from pathlib import Path

import numpy as np

import mcda
from tests.mcda import oracle

DRINKS = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
]
"""Coffee, wine, tea, beer, sodas, milk, water: 'which drink is consumed more in the US?'"""


def test_saaty_2008_example():
    """Saaty, T. L. (2008). Decision making with the analytic hierarchy process.
    International Journal of Services Sciences 1(1), 83-98, drink-consumption example
    (also the ahpy test suite): derived priorities 0.177, 0.019, 0.042, 0.116, 0.190,
    0.129, 0.327 and CR 0.022 (Saaty's RI(7) = 1.32), 3 decimals. lambda_max is checked
    against an independent power iteration."""
    result = mcda.ahp(DRINKS)
    printed = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    np.testing.assert_allclose(result.weights, printed, atol=5e-4 + 1e-9)
    np.testing.assert_allclose(result.consistency_ratio, 0.022, atol=5e-4)
    weights, lambda_max = oracle.ahp(DRINKS)
    np.testing.assert_allclose(result.weights, weights, atol=1e-9)
    np.testing.assert_allclose(result.lambda_max, lambda_max, atol=1e-9)
    np.testing.assert_allclose(result.consistency_index, (lambda_max - 7) / 6, atol=1e-9)
    assert result.consistent


def test_saaty_1990_house_most_inconsistent_judgement():
    """Saaty (1990) house example (shared case ahp-saaty-1990-house): the judgement that
    deviates most from the derived weights is a_37, neighbourhood vs general condition."""
    case = json.loads(
        (Path(__file__).parent / "reference_cases/ahp-saaty-1990-house.json").read_text()
    )
    result = mcda.ahp(case["pcm"])
    assert result.most_inconsistent == (2, 6)
    assert not result.consistent


def test_consistent_matrix_has_no_inconsistent_judgement():
    w = np.array([0.5, 0.3, 0.2])
    result = mcda.ahp(w[:, None] / w[None, :])
    np.testing.assert_allclose(result.weights, w, atol=1e-12)
    assert result.most_inconsistent is None
    assert abs(result.consistency_ratio) < 1e-9
