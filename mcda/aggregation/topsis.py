"""TOPSIS: closeness to the ideal solution.

Hwang & Yoon (1981), *Multiple Attribute Decision Making*, Springer, pp. 128-140. With
v_ij = w_j r_ij, ideal v+_j = max_i v_ij and anti-ideal v-_j = min_i v_ij (on values where
higher is better, so a cost criterion's ideal is its minimum), D+_i = ||v_i - v+||,
D-_i = ||v_i - v-|| and closeness C_i = D-_i / (D+_i + D-_i).

Because the weights are non-negative, D+^2 = sum_j w_j^2 (r_ij - max_i r_ij)^2 is a quadratic
form in the weights: the batch form is one matrix product per distance.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.normalization import normalize_validated
from mcda.result import Scores
from mcda.validation import check_problem


def closeness_of(d_plus: np.ndarray, d_minus: np.ndarray) -> np.ndarray:
    """D- / (D+ + D-); 0.5 where both are 0 (every criterion constant: nothing to choose)."""
    total = d_plus + d_minus
    return np.divide(d_minus, total, out=np.full_like(total, 0.5), where=total > 0)


class TopsisBatch:
    """Closeness for many weight rows from the squared per-criterion gaps to both ideals."""

    def __init__(self, x: np.ndarray, types: np.ndarray, normalization: str = "vector") -> None:
        self.r = normalize_validated(x, types, normalization)
        self.gap_to_ideal = (self.r - self.r.max(axis=0)) ** 2
        self.gap_to_anti_ideal = (self.r - self.r.min(axis=0)) ** 2

    def __call__(self, W: np.ndarray) -> np.ndarray:
        W2 = W**2
        return closeness_of(
            np.sqrt(W2 @ self.gap_to_ideal.T), np.sqrt(W2 @ self.gap_to_anti_ideal.T)
        )


def topsis(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    weights: Sequence[float],
    types: Sequence[int],
    normalization: str = "vector",
) -> Scores:
    """Relative closeness in [0, 1] (higher is better) with ``.normalized``, ``.weighted``,
    ``.ideal``, ``.anti_ideal``, ``.distance_to_ideal``, ``.distance_to_anti_ideal`` and
    ``.contributions``: the closeness split over the criteria in proportion to each one's
    share of the squared distance to the anti-ideal (what lifts an alternative)."""
    x, w, t = check_problem(matrix, weights, types)
    parts = TopsisBatch(x, t, normalization)
    v = parts.r * w
    w2 = w**2
    d_plus = np.sqrt(parts.gap_to_ideal @ w2)
    d_minus = np.sqrt(parts.gap_to_anti_ideal @ w2)
    closeness = closeness_of(d_plus, d_minus)
    lift = parts.gap_to_anti_ideal * w2
    share = np.divide(
        lift, d_minus[:, None] ** 2, out=np.zeros_like(lift), where=d_minus[:, None] > 0
    )
    return Scores(
        closeness,
        normalized=parts.r,
        weighted=v,
        ideal=v.max(axis=0),
        anti_ideal=v.min(axis=0),
        distance_to_ideal=d_plus,
        distance_to_anti_ideal=d_minus,
        weights=w,
        contributions=share * closeness[:, None],
    )
