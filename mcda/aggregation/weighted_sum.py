"""Weighted sum (simple additive weighting): score_i = sum_j w_j r_ij.

Fishburn (1967), *Additive utilities with incomplete product sets*, Operations Research 15(3);
as a value model: Belton & Stewart (2002), *Multiple Criteria Decision Analysis*, ch. 5.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.normalization import normalize_validated
from mcda.result import Scores
from mcda.validation import check_problem


def _values(x: np.ndarray, types: np.ndarray, normalization: str) -> np.ndarray:
    """Normalised values; ``"none"`` takes the matrix as values (a cost criterion negated)."""
    if normalization == "none":
        return np.where(types < 0, -x, x)
    return normalize_validated(x, types, normalization)


def weighted_sum(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    weights: Sequence[float],
    types: Sequence[int],
    normalization: str = "minmax",
) -> Scores:
    """Weighted-sum scores (higher is better) with ``.normalized``, ``.weights`` and
    ``.contributions`` (w_j r_ij; each row sums to the score)."""
    x, w, t = check_problem(matrix, weights, types)
    r = _values(x, t, normalization)
    contributions = r * w
    return Scores(contributions.sum(axis=1), normalized=r, weights=w, contributions=contributions)


class WeightedSumBatch:
    """Scores for many weight rows: a matrix product with the normalised matrix."""

    def __init__(self, x: np.ndarray, types: np.ndarray, normalization: str = "minmax") -> None:
        self.r = _values(x, types, normalization)

    def __call__(self, W: np.ndarray) -> np.ndarray:
        return W @ self.r.T
