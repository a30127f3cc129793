"""Weight stability intervals: how far each weight may walk before the top of the ranking moves.

Mareschal (1988), *Weight stability intervals in multicriteria decision aid*, EJOR 33, 54-64:
for each criterion, the interval of its weight (the others keeping their proportions, as with
PROMETHEE's walking weights) within which the ranking does not change. Here "the ranking" is the
order of the first k places (k = 3 by default), and the intervals are read from the exact
rank-reversal points of the one-at-a-time sweeps, so they hold for every method.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.sensitivity.one_at_a_time import Sweep, sweep_all
from mcda.validation import as_count


@dataclass(frozen=True)
class StabilityIntervals:
    """Per criterion: its current weight and the interval [low, high] around it in which the
    order of the first ``k`` places holds; ``top1_distance`` / ``topk_distance``: how far the
    weight may move (either way) before the first place / the top-k order changes."""

    k: int
    current: np.ndarray
    low: np.ndarray
    high: np.ndarray
    top1_distance: np.ndarray
    topk_distance: np.ndarray


def intervals(sweeps: Sequence[Sweep], k: int = 3) -> StabilityIntervals:
    """Stability intervals of the top-``k`` order from the sweeps of ``sweep_all``."""
    k = as_count(k, "k", "the number of top places")
    ranges = np.array([s.stable_range(k) for s in sweeps]).reshape(-1, 2)
    return StabilityIntervals(
        k=k,
        current=np.array([s.current for s in sweeps]),
        low=ranges[:, 0],
        high=ranges[:, 1],
        top1_distance=np.array([s.distance_to_change(1) for s in sweeps]),
        topk_distance=np.array([s.distance_to_change(k) for s in sweeps]),
    )


def stability_intervals(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    weights: Sequence[float] | np.ndarray,
    method: str = "weighted_sum",
    k: int = 3,
    **method_kwargs,
) -> StabilityIntervals:
    """For each criterion, the weight interval in which the top-``k`` order does not change."""
    return intervals(sweep_all(matrix, types, weights, method, **method_kwargs), k)
