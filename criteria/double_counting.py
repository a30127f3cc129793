"""Warn about likely double counting: two criteria whose scores move together.

The Omgevingsvisie lists the same effect under several goals (e.g. greening under G1 and G3);
scoring it twice weighs it twice. Two active criteria whose scores across the candidates have
a Spearman rank correlation of at least ``THRESHOLD`` (0.8, a common rule of thumb for "strong"
correlation) are flagged for the team to look at, not changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

THRESHOLD = 0.8
MIN_CANDIDATES = 4  # fewer candidates make any correlation meaningless


@dataclass(frozen=True)
class DoubleCountingWarning:
    first: str
    second: str
    correlation: float


def _average_ranks(column: np.ndarray) -> np.ndarray:
    order = np.argsort(column, kind="stable")
    ranks = np.empty(column.size)
    ranks[order] = np.arange(column.size, dtype=float)
    for value in np.unique(column):  # ties share their mean rank
        tied = column == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def correlated_criteria(
    criterion_ids: list[str], values: np.ndarray, threshold: float = THRESHOLD
) -> list[DoubleCountingWarning]:
    """Pairs of criteria (columns of ``values``) whose |Spearman rho| is at least ``threshold``."""
    m, n = values.shape
    if m < MIN_CANDIDATES or n < 2:
        return []
    ranks = np.column_stack([_average_ranks(values[:, j]) for j in range(n)])
    centred = ranks - ranks.mean(axis=0)
    norms = np.linalg.norm(centred, axis=0)
    warnings = []
    for a in range(n):
        for b in range(a + 1, n):
            if norms[a] == 0 or norms[b] == 0:  # a constant criterion correlates with nothing
                continue
            rho = float(centred[:, a] @ centred[:, b] / (norms[a] * norms[b]))
            if abs(rho) >= threshold:
                warnings.append(DoubleCountingWarning(criterion_ids[a], criterion_ids[b], rho))
    return warnings
