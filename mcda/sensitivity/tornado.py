"""Tornado diagram: which weight moves one alternative's score (or rank) the most.

Per criterion the weight is set to a low and a high value (the others keeping their
proportions, as in a one-way sweep) and the chosen alternative's score or rank is read at both
ends; the bars are sorted by swing |high - low| (Howard (1988), *Decision analysis: practice and
promise*, Management Science 34(6), 679-695; Eschenbach (1992), *Spiderplots versus tornado
diagrams for sensitivity analysis*, Interfaces 22(6), 40-46). The ends are either each weight's
stability interval (``mcda.sensitivity.stability``) or the current weight +/- a relative spread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from mcda.aggregation.batch import scorer
from mcda.ranking import tie_groups
from mcda.sensitivity.one_at_a_time import walk
from mcda.validation import McdaInputError, as_matrix, as_weights


@dataclass(frozen=True)
class Tornado:
    """Bars sorted by swing, largest first: ``criteria[b]`` at weights ``low_weight[b]`` and
    ``high_weight[b]`` gives ``low[b]`` and ``high[b]`` (score or rank of the alternative);
    ``base`` is its value at the current weights."""

    alternative: int
    measure: str
    base: float
    criteria: np.ndarray
    low_weight: np.ndarray
    high_weight: np.ndarray
    low: np.ndarray
    high: np.ndarray

    @property
    def swing(self) -> np.ndarray:
        return np.abs(self.high - self.low)


def tornado(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    weights: Sequence[float] | np.ndarray,
    alternative: int,
    method: str = "weighted_sum",
    low: Sequence[float] | np.ndarray | None = None,
    high: Sequence[float] | np.ndarray | None = None,
    spread: float = 0.2,
    measure: Literal["score", "rank"] = "score",
    **method_kwargs,
) -> Tornado:
    """The tornado of ``alternative``: per criterion its score (or rank) with that weight at
    ``low[j]`` and ``high[j]`` (e.g. ``StabilityIntervals.low`` / ``.high``), or, without them,
    at the current weight times (1 -/+ ``spread``), clipped to [0, 1]."""
    x = as_matrix(matrix)
    m, n = x.shape
    w = as_weights(weights, n)
    if isinstance(alternative, bool) or not 0 <= int(alternative) < m:
        raise McdaInputError(f"alternative = {alternative!r}: no such alternative (0 .. {m - 1})")
    if measure not in ("score", "rank"):
        raise McdaInputError(f"measure = {measure!r}: choose 'score' or 'rank'")
    if n < 2:
        raise McdaInputError("a tornado needs at least two criteria")
    if (low is None) != (high is None):
        raise McdaInputError("give both low and high weights, or neither")
    if low is None:
        lo, hi = (w * (1.0 - spread)).clip(0.0, 1.0), (w * (1.0 + spread)).clip(0.0, 1.0)
    else:
        lo, hi = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
        if lo.shape != (n,) or hi.shape != (n,):
            raise McdaInputError(f"low / high: expected {n} weights, one per criterion")
    score = scorer(x, types, method, **method_kwargs)
    rows = np.vstack([w] + [walk(w, j, [lo[j], hi[j]]) for j in range(n)])
    S = score(rows)
    values = S[:, alternative] if measure == "score" else tie_groups(S)[0][:, alternative]
    at_low, at_high = values[1::2].astype(float), values[2::2].astype(float)
    order = np.argsort(-np.abs(at_high - at_low), kind="stable")
    return Tornado(
        alternative=int(alternative),
        measure=measure,
        base=float(values[0]),
        criteria=order,
        low_weight=lo[order],
        high_weight=hi[order],
        low=at_low[order],
        high=at_high[order],
    )
