"""Analytic Hierarchy Process: weights from a pairwise comparison matrix.

Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill; Saaty (1990), *How to make a
decision: the Analytic Hierarchy Process*, EJOR 48, 9-26. The weights are the principal right
eigenvector of the reciprocal matrix A, lambda_max its eigenvalue, CI = (lambda_max - n) /
(n - 1) and CR = CI / RI(n) with Saaty's random index; CR <= 0.1 is acceptable. The most
inconsistent judgement is the a_ij whose ratio e_ij = a_ij w_j / w_i is furthest from 1
(Saaty (2003), *Decision-making with the AHP: why is the principal eigenvector necessary*,
EJOR 145, 85-91).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.validation import McdaInputError, as_matrix

RANDOM_INDEX = {
    1: 0.0,
    2: 0.0,
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
    11: 1.51,
    12: 1.48,
    13: 1.56,
    14: 1.57,
    15: 1.59,
}
"""Saaty's random consistency index RI(n) (Saaty (1980); n = 11-15 from Saaty (2000),
*Fundamentals of Decision Making and Priority Theory*, table 2.2)."""

RECIPROCAL_TOLERANCE = 0.01
"""a_ij * a_ji may differ from 1 by this much (people type 0.33 for 1/3)."""


@dataclass(frozen=True)
class AhpResult:
    weights: np.ndarray
    lambda_max: float
    consistency_index: float
    consistency_ratio: float
    most_inconsistent: tuple[int, int] | None  # 0-based (i, j), i < j; None when n <= 2

    @property
    def consistent(self) -> bool:
        """Saaty's rule: CR <= 0.1."""
        return self.consistency_ratio <= 0.1


def _check(pcm: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    a = as_matrix(pcm, "pcm")
    n, cols = a.shape
    if n != cols:
        raise McdaInputError(f"pcm: a pairwise comparison matrix is square, got {n} x {cols}")
    if n > max(RANDOM_INDEX):
        raise McdaInputError(f"pcm: at most {max(RANDOM_INDEX)} criteria per comparison, got {n}")
    bad = np.argwhere(a <= 0)
    if bad.size:
        i, j = bad[0]
        raise McdaInputError(f"pcm[{i}, {j}] = {a[i, j]:g}: judgements must be positive")
    off = np.argwhere(np.abs(a * a.T - 1.0) > RECIPROCAL_TOLERANCE)
    if off.size:
        i, j = off[0]
        raise McdaInputError(
            f"pcm[{i}, {j}] = {a[i, j]:g} but pcm[{j}, {i}] = {a[j, i]:g}: the matrix must be "
            f"reciprocal (a_ji = 1 / a_ij, and 1 on the diagonal)"
        )
    return a


def ahp(pcm: Sequence[Sequence[float]] | np.ndarray) -> AhpResult:
    """Weights, lambda_max, CI, CR and the most inconsistent judgement of ``pcm``."""
    a = _check(pcm)
    n = a.shape[0]
    eigenvalues, eigenvectors = np.linalg.eig(a)
    k = int(np.argmax(eigenvalues.real))
    w = np.abs(eigenvectors[:, k].real)
    w = w / w.sum()
    lambda_max = float(eigenvalues[k].real)
    ci = max(0.0, (lambda_max - n) / (n - 1)) if n > 2 else 0.0
    cr = ci / RANDOM_INDEX[n] if n > 2 else 0.0
    worst = None
    if n > 2:
        e = np.abs(np.log(a * w[None, :] / w[:, None]))
        upper = np.triu(e, k=1)
        i, j = np.unravel_index(int(np.argmax(upper)), upper.shape)
        worst = (int(i), int(j)) if upper[i, j] > 1e-9 else None
    return AhpResult(w, lambda_max, ci, cr, worst)
