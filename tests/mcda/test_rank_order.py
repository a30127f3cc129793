"""Rank-order surrogate weights (ROC and rank sum)."""

from fractions import Fraction

import numpy as np
import pytest

import mcda
from tests.mcda import oracle


@pytest.mark.parametrize("n", range(1, 13))
def test_barron_barrett_1996_example(n):
    """Barron, F. H. & Barrett, B. E. (1996). Decision quality using ranked attribute weights.
    Management Science 42(11), 1515-1523: ROC weights are the centroid of the region
    w_1 >= ... >= w_n >= 0, sum 1. No further printed table was verifiable, so the expected
    values are computed independently and exactly, as the average of that region's vertices
    (1/k, ..., 1/k, 0, ..., 0) in rational arithmetic, for n beyond the shared cases' 6."""
    expected = [float(x) for x in oracle.roc_by_vertices(n)]
    np.testing.assert_allclose(mcda.roc_weights(n), expected, rtol=0, atol=1e-14)


@pytest.mark.parametrize("n", range(1, 13))
def test_rank_sum_is_linear_in_the_position(n):
    """Stillwell, Seaver & Edwards (1981) rank sum: weight proportional to n + 1 - position,
    here normalised with exact fractions."""
    raw = [Fraction(n + 1 - i) for i in range(1, n + 1)]
    expected = [float(x / sum(raw)) for x in raw]
    np.testing.assert_allclose(mcda.rank_sum_weights(n), expected, rtol=0, atol=1e-14)
