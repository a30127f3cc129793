"""Cross-check against pymcdm 1.4 (test-only dependency) on random problems.

Convention differences found (and handled below, each in the test that meets it):

- Weighted sum: pymcdm's ``WSM`` defaults to sum normalisation; with
  ``minmax_normalization`` it agrees except for a criterion on which all alternatives are
  equal, which pymcdm normalises to 1 (the engine to 0, so it contributes nothing): pymcdm's
  scores are then the engine's plus that criterion's weight.
- TOPSIS: pymcdm defaults to minmax normalisation (the engine, like Hwang & Yoon, to vector).
  Its vector normalisation of a cost criterion is 1 - x/||x||, the same reflection as the
  engine's; closeness agrees for both normalisations.
- PROMETHEE II: pymcdm names the functions 'usual', 'ushape', 'vshape', 'level' and
  'vshape_2' (the engine's 'linear', type V); it has no gaussian (type VI). Flows are
  averaged over m - 1 as in the engine, so net flows agree per preference function.
- VIKOR: Q agrees. pymcdm uses the weights as given for S and R (the engine normalises them
  to sum 1; Q does not change); it raises ValueError for a criterion with equal values and
  returns NaN when S* = S- or R* = R- (the engine: that term is 0, no NaN).
- AHP: pymcdm's weights (numpy eigenvector) agree; its ``get_cr()`` divides by the
  Tummala & Ling (1998) random index (RI(3) = 0.5799, ...) instead of Saaty's (RI(3) = 0.58),
  so its CR is the engine's times RI_Saaty / RI_Tummala-Ling.
"""

import warnings

import numpy as np
import pytest
from pymcdm import methods as pm
from pymcdm import normalizations as pn
from pymcdm.weights.subjective import AHP

import mcda
from mcda.weighting.ahp import RANDOM_INDEX

SEEDS = range(12)


def random_problem(seed: int, m: int = 7, n: int = 5):
    """Positive scores (no constant criterion for these seeds), mixed types."""
    rng = np.random.default_rng(seed)
    matrix = rng.uniform(1, 100, (m, n)).round(1)
    assert (np.ptp(matrix, axis=0) > 0).all()
    weights = rng.uniform(0.05, 1, n)
    weights /= weights.sum()
    types = rng.choice([1, -1], n)
    return matrix, weights, types


def pymcdm_scores(method, matrix, weights, types):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymcdm warns about dominant alternatives
        return np.asarray(method(matrix, weights, types), dtype=float)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("normalization", "function"),
    [("vector", pn.vector_normalization), ("minmax", pn.minmax_normalization)],
)
def test_topsis(seed, normalization, function):
    matrix, weights, types = random_problem(seed)
    expected = pymcdm_scores(pm.TOPSIS(function), matrix, weights, types)
    engine = mcda.topsis(matrix, weights, types, normalization=normalization)
    np.testing.assert_allclose(engine, expected, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_weighted_sum_minmax(seed):
    matrix, weights, types = random_problem(seed)
    expected = pymcdm_scores(pm.WSM(pn.minmax_normalization), matrix, weights, types)
    np.testing.assert_allclose(mcda.weighted_sum(matrix, weights, types), expected, atol=1e-12)


def test_weighted_sum_constant_criterion_convention():
    """pymcdm normalises an all-equal column to 1, the engine to 0: a constant shift."""
    matrix, weights, types = random_problem(0)
    matrix[:, 2] = 42.0
    expected = pymcdm_scores(pm.WSM(pn.minmax_normalization), matrix, weights, types)
    engine = mcda.weighted_sum(matrix, weights, types)
    np.testing.assert_allclose(engine, expected - weights[2], atol=1e-12)


PROMETHEE_FUNCTIONS = [
    ("usual", "usual", None, None),
    ("u-shape", "ushape", [5.0] * 5, None),
    ("v-shape", "vshape", None, [30.0] * 5),
    ("level", "level", [5.0] * 5, [30.0] * 5),
    ("linear", "vshape_2", [5.0] * 5, [30.0] * 5),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("engine_name", "pymcdm_name", "q", "p"), PROMETHEE_FUNCTIONS)
def test_promethee_ii(seed, engine_name, pymcdm_name, q, p):
    matrix, weights, types = random_problem(seed)
    expected = pymcdm_scores(pm.PROMETHEE_II(pymcdm_name, p=p, q=q), matrix, weights, types)
    kwargs = {"q": q or 0.0, "p": p or 0.0}
    engine = mcda.promethee_ii(matrix, weights, types, preference=engine_name, **kwargs)
    np.testing.assert_allclose(engine, expected, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("v", [0.0, 0.3, 0.5, 1.0])
def test_vikor(seed, v):
    matrix, weights, types = random_problem(seed)
    expected = pymcdm_scores(pm.VIKOR(v=v), matrix, weights, types)
    np.testing.assert_allclose(mcda.vikor(matrix, weights, types, v=v).q, expected, atol=1e-12)


def test_vikor_degenerate_conventions():
    """S* = S- and R* = R-: pymcdm gives NaN, the engine 0; an equal criterion: pymcdm raises."""
    symmetric = np.array([[1.0, 0.0], [0.0, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert np.isnan(pm.VIKOR()(symmetric, np.array([0.5, 0.5]), np.array([1, 1]))).all()
    np.testing.assert_array_equal(mcda.vikor(symmetric, [0.5, 0.5], [1, 1]).q, [0.0, 0.0])
    constant = np.array([[1.0, 5.0], [1.0, 3.0], [1.0, 4.0]])
    with warnings.catch_warnings(), pytest.raises(ValueError):
        warnings.simplefilter("ignore")
        pm.VIKOR()(constant, np.array([0.5, 0.5]), np.array([1, 1]))
    assert np.isfinite(mcda.vikor(constant, [0.5, 0.5], [1, 1]).q).all()


def saaty_matrix(seed: int, n: int) -> np.ndarray:
    """A random reciprocal judgement matrix on Saaty's 1/9..9 scale."""
    rng = np.random.default_rng(seed)
    scale = np.array([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9, 2, 4, 1 / 2, 1 / 4])
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = rng.choice(scale)
            a[j, i] = 1 / a[i, j]
    return a


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n", [3, 4, 6, 9])
def test_ahp(seed, n):
    pcm = saaty_matrix(seed, n)
    reference = AHP(matrix=pcm)
    result = mcda.ahp(pcm)
    np.testing.assert_allclose(result.weights, reference(), atol=1e-9)
    tummala_ling = AHP.RI_M[n - 1]
    np.testing.assert_allclose(
        result.consistency_ratio * RANDOM_INDEX[n] / tummala_ling, reference.get_cr(), atol=1e-9
    )
