"""VIKOR: the compromise ranking.

Opricovic & Tzeng (2004), *Compromise solution by MCDM methods: a comparative analysis of VIKOR
and TOPSIS*, EJOR 156, 445-455; Opricovic & Tzeng (2007), *Extended VIKOR method in comparison
with outranking methods*, EJOR 178, 514-529. With f*_j the best and f-_j the worst value of
criterion j: d_ij = (f*_j - f_ij) / (f*_j - f-_j), S_i = sum_j w_j d_ij (group utility),
R_i = max_j w_j d_ij (individual regret), Q_i = v (S_i - S*) / (S- - S*) + (1 - v)
(R_i - R*) / (R- - R*); lower Q is better. A criterion with f*_j = f-_j has d_ij = 0, and a
term whose denominator is 0 (S- = S* or R- = R*) is 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.normalization import constant_columns
from mcda.ranking import TIE_TOLERANCE
from mcda.validation import McdaInputError, check_problem


def regret(x: np.ndarray, types: np.ndarray) -> np.ndarray:
    """d_ij: 0 at the best value of the criterion, 1 at the worst (0 on a constant criterion)."""
    y = x * types  # higher is better
    best, worst = y.max(axis=0), y.min(axis=0)
    informative = ~constant_columns(x)
    return np.divide(best - y, best - worst, out=np.zeros_like(y), where=informative)


def _scaled(values: np.ndarray, axis: int = -1) -> np.ndarray:
    """(x - min) / (max - min) along ``axis``; 0 where all are equal. S and R lie in [0, 1], so
    a spread within ``TIE_TOLERANCE`` is rounding noise of equal values (e.g. S = 0.55 summed
    in two orders) and must not be blown up to the full 0..1 range of Q."""
    lo = values.min(axis=axis, keepdims=True)
    span = values.max(axis=axis, keepdims=True) - lo
    return np.divide(values - lo, span, out=np.zeros_like(values), where=span > TIE_TOLERANCE)


def compromise_q(S: np.ndarray, R: np.ndarray, v: float) -> np.ndarray:
    return v * _scaled(S) + (1.0 - v) * _scaled(R)


def check_v(v: float) -> float:
    try:
        v = float(v)
    except (TypeError, ValueError):
        raise McdaInputError(f"v = {v!r}: not a number") from None
    if not 0.0 <= v <= 1.0:
        raise McdaInputError(f"v = {v:g}: the weight of the strategy of the majority is in [0, 1]")
    return v


@dataclass(frozen=True)
class VikorResult:
    """S (group utility), R (individual regret) and Q (lower is better), with the normalised
    regrets ``d`` and ``.contributions`` w_j (1 - d_ij) (0 on a constant criterion): the
    weighted values whose shortfall S measures."""

    s: np.ndarray
    r: np.ndarray
    q: np.ndarray
    d: np.ndarray
    weights: np.ndarray
    contributions: np.ndarray


class VikorBatch:
    """-Q for many weight rows (higher is better, like every batch scorer)."""

    def __init__(self, x: np.ndarray, types: np.ndarray, v: float = 0.5) -> None:
        self.d = regret(x, types)
        self.v = check_v(v)

    def __call__(self, W: np.ndarray) -> np.ndarray:
        S = W @ self.d.T
        R = np.zeros_like(S)
        for j in range(self.d.shape[1]):  # a loop over criteria keeps memory at k x m
            np.maximum(R, W[:, j : j + 1] * self.d[:, j], out=R)
        return -compromise_q(S, R, self.v)


def vikor(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    weights: Sequence[float],
    types: Sequence[int],
    v: float = 0.5,
) -> VikorResult:
    """VIKOR's S, R and Q (rank with ``mcda.rank(result.q, descending=False)``)."""
    x, w, t = check_problem(matrix, weights, types)
    d = regret(x, t)
    weighted = d * w
    S, R = weighted.sum(axis=1), weighted.max(axis=1)
    informative = ~constant_columns(x)
    return VikorResult(
        s=S,
        r=R,
        q=compromise_q(S, R, check_v(v)),
        d=d,
        weights=w,
        contributions=np.where(informative, w * (1.0 - d), 0.0),
    )
