"""Ranks from scores: competition ranking ("1224"), best first.

Scores that differ by at most ``TIE_TOLERANCE`` (relative to the largest |score|, at least
absolute) are tied: floating-point noise must not split identical alternatives.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.validation import McdaInputError

TIE_TOLERANCE = 1e-12


def tie_tolerance(scores: np.ndarray) -> np.ndarray:
    """The tie tolerance per row of ``scores`` (last axis = alternatives)."""
    scale = np.abs(scores).max(axis=-1, keepdims=True) if scores.size else 1.0
    return TIE_TOLERANCE * np.maximum(1.0, scale)


def tie_groups(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For k x m scores (higher is better): each alternative's competition rank (1-based) and
    the size of its tie group, both k x m. Sorting-based, O(k m log m)."""
    k, m = scores.shape
    order = np.argsort(-scores, axis=1, kind="stable")
    ordered = np.take_along_axis(scores, order, axis=1)
    positions = np.broadcast_to(np.arange(m), (k, m))
    starts_group = np.ones((k, m), dtype=bool)
    starts_group[:, 1:] = (ordered[:, :-1] - ordered[:, 1:]) > tie_tolerance(scores)
    start = np.maximum.accumulate(np.where(starts_group, positions, 0), axis=1)
    ends_group = np.ones((k, m), dtype=bool)
    ends_group[:, :-1] = starts_group[:, 1:]
    end = np.minimum.accumulate(np.where(ends_group, positions, m - 1)[:, ::-1], axis=1)[:, ::-1]
    rank = np.empty((k, m), dtype=int)
    size = np.empty((k, m), dtype=int)
    np.put_along_axis(rank, order, start + 1, axis=1)
    np.put_along_axis(size, order, end - start + 1, axis=1)
    return rank, size


def rank(scores: Sequence[float] | np.ndarray, descending: bool = True) -> np.ndarray:
    """1-based integer ranks; ``descending`` (default) ranks the highest score first, else the
    lowest (e.g. VIKOR's Q). Tied scores share the smallest rank."""
    try:
        s = np.asarray(scores, dtype=float)
    except (TypeError, ValueError):
        raise McdaInputError(f"scores: {scores!r} are not all numbers") from None
    if s.ndim != 1:
        raise McdaInputError(f"scores: expected one score per alternative, got shape {s.shape}")
    bad = np.flatnonzero(~np.isfinite(s))
    if bad.size:
        raise McdaInputError(f"scores[{bad[0]}] = {s[bad[0]]}: must be a finite number")
    if s.size == 0:
        return np.empty(0, dtype=int)
    return tie_groups((s if descending else -s)[None, :])[0][0]
