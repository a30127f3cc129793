"""Competition ranking ("1224") against documented examples."""

import numpy as np

import mcda


def test_virtanen_2020_scipy_rankdata_example():
    """Virtanen, P. et al. (2020). SciPy 1.0. Nature Methods 17, 261-272; the documented
    example of ``scipy.stats.rankdata([0, 2, 3, 2], method='min')`` ("competition"
    ranking) prints [1, 2, 4, 2] (ascending: the smallest value is rank 1)."""
    ranks = mcda.rank([0, 2, 3, 2], descending=False)
    assert ranks.tolist() == [1, 2, 4, 2]
    assert np.issubdtype(ranks.dtype, np.integer)


def test_excel_rank_eq_example():
    """Wikipedia, "Ranking (statistics)", Computation: Excel's RANK.EQ (competition ranks)
    turns 5, 7, 7, 10 into 1, 2, 2, 4 (ascending order) and, by its default descending
    order, the largest number gets rank 1."""
    assert mcda.rank([5, 7, 7, 10], descending=False).tolist() == [1, 2, 2, 4]
    assert mcda.rank([5, 7, 7, 10]).tolist() == [4, 2, 2, 1]
