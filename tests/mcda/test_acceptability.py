"""Rank acceptability (SMAA-2) against an independent Monte Carlo and exact tie shares."""

import random

import numpy as np

import mcda
from mcda.ranking import tie_groups
from mcda.sensitivity.acceptability import accumulate_ranks
from mcda.sensitivity.sampling import around, uniform_simplex
from tests.mcda import oracle

TRIANTAPHYLLOU = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]


def independent_acceptability(matrix, types, n_samples: int, seed: int) -> np.ndarray:
    """Own loop: weights uniform on the simplex as the spacings of n - 1 sorted uniforms
    (a different sampler from the engine's), minmax weighted sum, competition ranks."""
    rng = random.Random(seed)
    values = oracle.minmax(matrix, types)
    m, n = len(matrix), len(matrix[0])
    counts = np.zeros((m, m))
    for _ in range(n_samples):
        cuts = sorted(rng.random() for _ in range(n - 1))
        w = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
        scores = [sum(wj * r for wj, r in zip(w, row, strict=True)) for row in values]
        for i, r in enumerate(oracle.competition_ranks(scores)):
            counts[i, r - 1] += 1
    return counts / n_samples


def test_triantaphyllou_2000_example():
    """Triantaphyllou (2000) WSM data (see test_weighted_sum), minmax weighted sum with weights
    uniform on the simplex (Lahdelma & Salminen (2001), SMAA-2, Operations Research 49(3),
    444-454). No acceptabilities are printed for these data, so the expected matrix is an
    independent Monte Carlo with 30,000 samples; 0.03 is about 4 standard errors of the
    difference of the two estimates."""
    engine = mcda.rank_acceptability(TRIANTAPHYLLOU, [1, 1, 1, 1], n_samples=10_000, seed=3)
    expected = independent_acceptability(TRIANTAPHYLLOU, [1, 1, 1, 1], 30_000, seed=11)
    np.testing.assert_allclose(engine, expected, atol=0.03)


def test_identical_alternatives_split_their_ranks_exactly():
    """A1 and A2 are identical, so they always tie: for w1 > w2 (probability 1/2) they share
    ranks 1-2, otherwise ranks 2-3; each gets 1/4, 1/2, 1/4 and A3 gets 1/2, 0, 1/2."""
    result = mcda.rank_acceptability([[1, 0], [1, 0], [0, 1]], [1, 1], n_samples=20_000, seed=5)
    np.testing.assert_array_equal(result[0], result[1])
    np.testing.assert_allclose(result[0], [0.25, 0.5, 0.25], atol=0.02)
    np.testing.assert_allclose(result[2], [0.5, 0.0, 0.5], atol=0.02)
    np.testing.assert_allclose(result.sum(axis=0), 1.0)


def test_same_seed_same_result_and_fixed_weights_give_the_ranking():
    first = mcda.rank_acceptability(TRIANTAPHYLLOU, [1, -1, 1, 1], n_samples=3000, seed=7)
    again = mcda.rank_acceptability(TRIANTAPHYLLOU, [1, -1, 1, 1], n_samples=3000, seed=7)
    np.testing.assert_array_equal(first, again)
    weights = [0.2, 0.15, 0.4, 0.25]
    fixed = mcda.rank_acceptability(
        TRIANTAPHYLLOU, [1, -1, 1, 1], n_samples=50, weights=weights, weight_spread=0
    )
    ranks = mcda.rank(mcda.weighted_sum(TRIANTAPHYLLOU, weights, [1, -1, 1, 1]))
    np.testing.assert_array_equal(fixed, np.eye(3)[ranks - 1])


def test_samplers():
    """uniform_simplex: rows on the simplex with Dirichlet(1, ..., 1) moments; around: each
    weight scaled by a factor in [1 - s, 1 + s] before renormalising."""
    rng = np.random.default_rng(0)
    W = uniform_simplex(rng, 40_000, 4)
    assert (W >= 0).all()
    np.testing.assert_allclose(W.sum(axis=1), 1.0)
    np.testing.assert_allclose(W.mean(axis=0), 0.25, atol=0.005)
    np.testing.assert_allclose(W.var(axis=0), 3 / (16 * 5), atol=0.003)
    w = np.array([0.5, 0.3, 0.2])
    A = around(rng, 5000, w, 0.2)
    np.testing.assert_allclose(A.sum(axis=1), 1.0)
    ratio = (A / w) / (A / w).min(axis=1, keepdims=True)
    assert ratio.max() <= 1.2 / 0.8 + 1e-12


def test_rank_counts_from_given_tie_groups_equal_those_from_sorting():
    """SMAA passes the tie groups it needs anyway; the counts must not depend on that path.
    Scores rounded to steps of 0.05 give ties of every size, and some samples without ties."""
    scores = np.round(np.random.default_rng(2).uniform(0, 1, (500, 7)) * 20) / 20
    sorted_counts, grouped_counts = np.zeros((7, 7)), np.zeros((7, 7))
    accumulate_ranks(scores, sorted_counts)
    accumulate_ranks(scores, grouped_counts, tie_groups(scores))
    assert 0 < (tie_groups(scores)[1].max(axis=1) == 1).sum() < len(scores)
    np.testing.assert_allclose(grouped_counts, sorted_counts)
    np.testing.assert_allclose(sorted_counts.sum(axis=0), len(scores))
