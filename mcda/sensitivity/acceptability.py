"""Rank acceptability indices (SMAA-2).

Lahdelma & Salminen (2001), *SMAA-2: Stochastic multicriteria acceptability analysis for group
decision making*, Operations Research 49(3), 444-454: b_i^r is the share of the weight space
in which alternative i takes rank r, estimated here by Monte Carlo. Samples are scored in
memory-bounded chunks with the batch scorers; a tie inside a sample shares the tied ranks
equally, so identical alternatives get identical rows and every column sums to 1 too.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.aggregation.batch import scorer
from mcda.ranking import tie_groups, tie_tolerance
from mcda.sensitivity.sampling import weight_samples
from mcda.validation import as_count, as_matrix, as_weights

CHUNK_CELLS = 2_000_000
"""Samples per chunk x alternatives x criteria stays below this (about 16 MB of floats)."""


def chunk_size(m: int, n: int) -> int:
    return max(1, CHUNK_CELLS // max(1, m * max(n, m)))


def accumulate_ranks(
    scores: np.ndarray,
    counts: np.ndarray,
    groups: tuple[np.ndarray, np.ndarray] | None = None,
) -> None:
    """Add the rank shares of k x m ``scores`` (higher is better) to m x m ``counts``.

    ``groups``: ``tie_groups(scores)`` when the caller needs them as well (SMAA's pairwise
    and central weights); the ranks are then read from them instead of sorting again."""
    k, m = scores.shape
    if groups is None:
        order = np.argsort(-scores, axis=1)  # order[s, p]: the alternative at position p
        ordered = np.take_along_axis(scores, order, axis=1)
        tied = ((ordered[:, :-1] - ordered[:, 1:]) <= tie_tolerance(scores)).any(axis=1)
        alternative, place = order[~tied], np.arange(m)
    else:
        rank, size = groups
        tied = (size > 1).any(axis=1)
        alternative, place = np.arange(m), rank[~tied] - 1
    counts += np.bincount((alternative * m + place).ravel(), minlength=m * m).reshape(m, m)
    if tied.any():
        # Alternative i with rank r in a tie of t gets 1/t on ranks r .. r + t - 1: +1/t at r
        # and -1/t after r + t - 1 on a difference array, summed by bincount, then cumsum.
        first, size = tie_groups(scores[tied]) if groups is None else (rank[tied], size[tied])
        rows = np.broadcast_to(np.arange(m), first.shape)
        start = rows * (m + 1) + first - 1
        share = 1.0 / size
        diff = np.bincount(
            np.concatenate([start.ravel(), (start + size).ravel()]),
            weights=np.concatenate([share.ravel(), -share.ravel()]),
            minlength=m * (m + 1),
        ).reshape(m, m + 1)
        counts += np.cumsum(diff[:, :m], axis=1)


def rank_acceptability(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    method: str = "weighted_sum",
    n_samples: int = 10000,
    seed: int | None = 0,
    weights: Sequence[float] | None = None,
    weight_spread: float | None = None,
    **method_kwargs,
) -> np.ndarray:
    """m x m matrix: the share of weight samples in which alternative i takes rank j + 1.

    ``weights=None``: weights uniform on the simplex (no preference information). With
    ``weights``: each sample multiplies every weight by a factor uniform on
    [1 - weight_spread, 1 + weight_spread] and renormalises (``weight_spread`` None or 0: the
    weights as given). ``method_kwargs`` go to the method (e.g. ``preference``, ``q``, ``v``).
    The same seed gives the same result.
    """
    x = as_matrix(matrix)
    m, n = x.shape
    n_samples = as_count(n_samples, "n_samples")
    score = scorer(x, types, method, **method_kwargs)
    w = None if weights is None else as_weights(weights, n)
    rng = np.random.default_rng(seed)
    counts = np.zeros((m, m))
    step = chunk_size(m, n)
    for start in range(0, n_samples, step):
        k = min(step, n_samples - start)
        accumulate_ranks(score(weight_samples(rng, k, n, w, weight_spread)), counts)
    return counts / n_samples
