"""Surrogate weights from a ranking of the criteria (position 1 = most important).

Barron & Barrett (1996), *Decision quality using ranked attribute weights*, Management
Science 42(11), 1515-1523: rank-order centroid w_k = (1/n) sum_{i=k}^{n} 1/i and rank-sum
w_k = 2 (n + 1 - k) / (n (n + 1)).
"""

from __future__ import annotations

import numpy as np

from mcda.validation import as_count


def _count(n: int) -> int:
    return as_count(n, "n", "the number of criteria")


def roc_weights(n: int) -> np.ndarray:
    """Rank-order centroid weights for positions 1..n (sum 1, decreasing)."""
    n = _count(n)
    inverse = 1.0 / np.arange(1, n + 1)
    return np.cumsum(inverse[::-1])[::-1] / n


def rank_sum_weights(n: int) -> np.ndarray:
    """Rank-sum weights for positions 1..n (sum 1, linearly decreasing)."""
    n = _count(n)
    return 2.0 * (n + 1 - np.arange(1, n + 1)) / (n * (n + 1))
