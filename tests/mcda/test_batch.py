"""batch_scores equals row-by-row single evaluations for every method and setting."""

import numpy as np
import pytest

import mcda
from tests.mcda.test_properties import IDS, VARIANTS, scores


def problem(seed: int, m: int = 6, n: int = 4):
    rng = np.random.default_rng(seed)
    matrix = rng.uniform(1, 100, (m, n)).round(1)
    matrix[:, -1] = matrix[0, -1]  # one all-equal criterion: the degenerate path too
    types = rng.choice([1, -1], n)
    W = rng.uniform(0, 1, (9, n))
    W[0] = [1.0] + [0.0] * (n - 1)  # a weight row with zeros
    W[1] = W[2] * 7.5  # unnormalised rows are normalised inside
    return matrix, types, W


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("method", "kwargs"), VARIANTS, ids=IDS)
def test_batch_equals_single_evaluations(method, kwargs, seed):
    matrix, types, W = problem(seed)
    batch = mcda.batch_scores(matrix, types, W, method=method, **kwargs)
    assert batch.shape == (len(W), len(matrix))
    single = np.array([scores(method, matrix, w, types, **kwargs) for w in W])
    np.testing.assert_allclose(batch, single, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(batch[1], batch[2], rtol=1e-12, atol=1e-12)


def test_a_single_weight_row_may_be_one_dimensional():
    matrix, types, W = problem(0)
    np.testing.assert_allclose(
        mcda.batch_scores(matrix, types, W[3]), mcda.batch_scores(matrix, types, W[3:4])
    )
