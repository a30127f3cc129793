"""One-at-a-time weight sensitivity: sweeps and rank-reversal points.

One weight (or a group's total weight, e.g. a theme) walks from 0 to 1 while the other weights
keep their proportions - the "walking weights" of PROMETHEE's GAIA/Decision Lab (Mareschal
(1988), *Weight stability intervals in multicriteria decision aid*, EJOR 33, 54-64) and the
one-way sensitivity analysis of Belton & Stewart (2002) § 5.6. Along such a line the weights are
w(t) = t a + (1 - t) b, so every method's scores are a function of one number t.

Rank-reversal points are the t where two alternatives swap. For the weighted sum and PROMETHEE II
the scores are linear in the weights (s(t) = s(0) + t (s(1) - s(0))), so each pair's crossing is
the root of a linear equation. For TOPSIS and VIKOR the pairwise score differences are scanned
on a grid of 257 points, and every sign change is narrowed by vectorised bisection (all pairs
at once) to a bracket below 1e-6 wide, whose midpoint is reported; where the pair is tied over
a stretch of grid points (VIKOR's scaled S and R can disagree) the reversal is where the new
lead begins, and ``tied_from`` where the old lead ended. Two crossings of one pair inside one
grid cell (width 1/256) cancel out and are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from mcda.aggregation.batch import scorer
from mcda.ranking import tie_groups, tie_tolerance
from mcda.validation import McdaInputError, as_matrix, as_weights

LINEAR_METHODS = ("weighted_sum", "promethee_ii")
"""Methods whose scores are linear in the (normalised) weights."""

GRID = 257
PRECISION = 1e-6
CELLS = 2_000_000
"""Rows x alternatives (or grid points x pairs) per block of work (about 16 MB of floats)."""


def _group(criteria: int | Sequence[int], n: int) -> np.ndarray:
    """A boolean mask of the swept criteria, checked."""
    idx = np.atleast_1d(np.asarray(criteria))
    if idx.size == 0 or idx.dtype.kind not in "iu":
        raise McdaInputError(f"criterion = {criteria!r}: give a criterion index or a list of them")
    bad = idx[(idx < 0) | (idx >= n)]
    if bad.size:
        raise McdaInputError(f"criterion = {int(bad[0])}: no such criterion (0 .. {n - 1})")
    mask = np.zeros(n, dtype=bool)
    mask[idx] = True
    if mask.all():
        raise McdaInputError(
            f"criterion = {criteria!r}: a sweep needs at least one criterion outside the group"
        )
    return mask


def _direction(w: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """a: the group's weights scaled to sum 1; b: the others' weights scaled to sum 1.

    A group (or rest) with no weight at all shares equally, so its proportions stay defined.
    """
    inside, outside = np.where(mask, w, 0.0), np.where(mask, 0.0, w)
    a = inside / inside.sum() if inside.sum() > 0 else mask / mask.sum()
    b = outside / outside.sum() if outside.sum() > 0 else ~mask / (~mask).sum()
    return a, b


def walk(
    weights: Sequence[float] | np.ndarray,
    criterion: int | Sequence[int],
    value: float | Sequence[float] | np.ndarray,
) -> np.ndarray:
    """Walking weights: the (normalised) weights with the total of ``criterion`` (an index or a
    group of indices) set to ``value``, the other weights keeping their proportions.

    ``value`` may be an array of k values: the result is then k x n."""
    w = as_weights(weights, len(weights))
    a, b = _direction(w, _group(criterion, w.size))
    t = np.asarray(value, dtype=float)
    if np.any((t < 0) | (t > 1)) or not np.all(np.isfinite(t)):
        raise McdaInputError(f"value = {value!r}: a weight lies in [0, 1]")
    return t[..., None] * a + (1.0 - t[..., None]) * b


@dataclass(frozen=True)
class Reversal:
    """``ahead_above`` overtakes ``ahead_below`` at ``weight`` (the swept total weight): it
    is strictly ahead just above. ``tied_from`` <= ``weight`` is where ``ahead_below`` stopped
    being strictly ahead; the two are equal except where a pair stays tied over a stretch
    (VIKOR's scaled S and R can disagree). A tie that ends in the old order is no reversal.
    The pair swaps ranks ``rank`` and ``rank + 1`` (``rank`` counts the alternatives ahead of
    both, plus 1)."""

    weight: float
    ahead_below: int
    ahead_above: int
    rank: int
    tied_from: float


@dataclass(frozen=True)
class Reversals:
    """The reversal points of a sweep as arrays sorted by weight (fields as in ``Reversal``);
    iterating gives ``Reversal`` records."""

    weight: np.ndarray
    ahead_below: np.ndarray
    ahead_above: np.ndarray
    rank: np.ndarray
    tied_from: np.ndarray

    def __len__(self) -> int:
        return self.weight.size

    def __iter__(self) -> Iterator[Reversal]:
        for q in range(self.weight.size):
            yield Reversal(
                float(self.weight[q]),
                int(self.ahead_below[q]),
                int(self.ahead_above[q]),
                int(self.rank[q]),
                float(self.tied_from[q]),
            )

    def select(self, mask: np.ndarray) -> Reversals:
        return Reversals(
            self.weight[mask],
            self.ahead_below[mask],
            self.ahead_above[mask],
            self.rank[mask],
            self.tied_from[mask],
        )


@dataclass(frozen=True)
class Sweep:
    """Scores of every alternative while the weight of ``criteria`` walks from 0 to 1."""

    criteria: tuple[int, ...]
    current: float  # the group's current (normalised) weight
    weights: np.ndarray  # grid of the swept weight, 0 .. 1, with ``current`` included
    scores: np.ndarray  # len(weights) x m, higher is better (VIKOR: -Q)
    reversals: Reversals

    @property
    def ranks(self) -> np.ndarray:
        """Competition ranks (1 = best) of every alternative at every grid weight."""
        return tie_groups(self.scores)[0]

    def changes(self, k: int = 1) -> Reversals:
        """The reversals that change the order of the first ``k`` places."""
        return self.reversals.select(self.reversals.rank <= k)

    def _limits(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The weights above and below the current one where the top-``k`` order changes.

        Walking up, the old order holds until the overtake; walking down, the order above a
        reversal holds until the old leader is strictly ahead again. A pair tied at the
        current weight (the current scores show them tied) may separate either way: that is
        no change of the order shown. A tie stretch that only *starts* at the current weight
        (VIKOR) is not a tie now: the overtake at its end still counts."""
        r, c = self.changes(k), self.current
        now = self.scores[np.flatnonzero(self.weights == c)[0]]
        gap = np.abs(now[r.ahead_below] - now[r.ahead_above])
        tied_now = gap <= tie_tolerance(now)
        return r.weight[~tied_now & (r.weight > c)], r.tied_from[~tied_now & (r.weight <= c)]

    def stable_range(self, k: int = 1) -> tuple[float, float]:
        """The interval around the current weight in which nobody overtakes in the first
        ``k`` places (the current top-``k`` order holds, ties allowed)."""
        up, down = self._limits(k)
        return float(down.max(initial=0.0)), float(up.min(initial=1.0))

    def distance_to_change(self, k: int = 1) -> float:
        """How far the weight must move (either way) before someone overtakes in the first
        ``k`` places; ``inf`` if nobody ever does."""
        up, down = self._limits(k)
        gaps = np.concatenate([up - self.current, self.current - down])
        return float(gaps.min(initial=np.inf))


def _signs(d: np.ndarray, tol: np.ndarray) -> np.ndarray:
    return np.where(np.abs(d) <= tol, 0, np.sign(d)).astype(np.int8)


def _contenders(s0: np.ndarray, s1: np.ndarray, tol: float, top: int) -> np.ndarray:
    """The alternatives that can take part in a reversal within the first ``top`` places.

    A line above another's at both ends (by more than twice the tie tolerance) is above it on
    the whole sweep, so an alternative with ``top`` or more such lines above it always has at
    least ``top`` alternatives strictly ahead and never swaps within the first ``top`` places.
    O(m^2) comparisons, no crossings."""
    above = (s0[None, :] - s0[:, None] > 2 * tol) & (s1[None, :] - s1[:, None] > 2 * tol)
    return np.flatnonzero(above.sum(axis=1) < top)


def _linear_crossings(
    s0: np.ndarray, s1: np.ndarray, top: int | None = None
) -> tuple[np.ndarray, ...]:
    """Pairs (i, j) whose lines s0 + t (s1 - s0) cross strictly inside (0, 1): i, j, whether
    i leads below, and the crossing t (twice: a line pair is never tied over a stretch).
    With ``top``, only pairs of ``_contenders`` (a superset of the reversals within the
    first ``top`` places)."""
    tol = tie_tolerance(np.concatenate([s0, s1]))[0]
    keep = np.arange(s0.size) if top is None else _contenders(s0, s1, tol, top)
    i, j = (keep[q] for q in np.triu_indices(keep.size, 1))
    d0, d1 = s0[i] - s0[j], s1[i] - s1[j]
    cross = _signs(d0, tol) * _signs(d1, tol) < 0
    d0, d1 = d0[cross], d1[cross]
    t = d0 / (d0 - d1)
    return i[cross], j[cross], d0 > 0, t, t


def _bisect(score, a, b, m: int, i, j, lo, before, leaves: bool) -> np.ndarray:
    """Bisect the brackets [lo, lo + 1 / (GRID - 1)] below PRECISION around the first point
    where the sign of s_i - s_j leaves ``before`` (``leaves``) or turns into -``before``;
    vectorised over the brackets, in blocks."""
    width = 1.0 / (GRID - 1)
    lo, hi = lo.copy(), np.minimum(lo + width, 1.0)
    step = max(1, CELLS // m)
    while width > PRECISION:
        width /= 2
        for start in range(0, lo.size, step):
            q = slice(start, start + step)
            mid = (lo[q] + hi[q]) / 2
            S = score(np.outer(mid, a) + np.outer(1.0 - mid, b))
            rows = np.arange(mid.size)
            sign = _signs(S[rows, i[q]] - S[rows, j[q]], tie_tolerance(S)[:, 0])
            hit = sign != before[q] if leaves else sign == -before[q]
            hi[q] = np.where(hit, mid, hi[q])
            lo[q] = np.where(hit, lo[q], mid)
    return (lo + hi) / 2


def _grid_contenders(S: np.ndarray, tol: np.ndarray, top: int) -> np.ndarray:
    """The alternatives that can take part in a reversal within the first ``top`` places, at
    the grid's resolution: in a grid cell, an alternative whose lowest end score exceeds
    another's highest by more than twice the tie tolerance is ahead of it at both ends and so,
    as the grid sees it (a pair crossing twice in one cell is not seen anyway), throughout the
    cell; an alternative with ``top`` such alternatives ahead in every cell is left out."""
    if S.shape[1] <= top:
        return np.arange(S.shape[1])
    lo, hi = np.minimum(S[:-1], S[1:]), np.maximum(S[:-1], S[1:])
    margin = 2 * np.maximum(tol[:-1], tol[1:])
    kth = np.partition(lo, lo.shape[1] - top, axis=1)[:, -top:].min(axis=1, keepdims=True)
    return np.flatnonzero((hi + margin >= kth).any(axis=0))


def _numeric_crossings(
    score, a: np.ndarray, b: np.ndarray, m: int, top: int | None = None
) -> tuple[np.ndarray, ...]:
    """Sign changes of the pairwise score differences on a grid, bisected below PRECISION:
    i, j, whether i leads below, where the old lead ends and where the new lead begins.
    With ``top``, only pairs of ``_grid_contenders``."""
    t = np.linspace(0.0, 1.0, GRID)
    S = score(np.outer(t, a) + np.outer(1.0 - t, b))
    tol = tie_tolerance(S)
    keep = np.arange(m) if top is None else _grid_contenders(S, tol, top)
    i_all, j_all = (keep[q] for q in np.triu_indices(keep.size, 1))
    if i_all.size == 0:
        return i_all, j_all, np.empty(0, bool), np.empty(0), np.empty(0)
    step = max(1, CELLS // GRID)
    found: list[tuple[np.ndarray, ...]] = []
    for start in range(0, i_all.size, step):
        i, j = i_all[start : start + step], j_all[start : start + step]
        s = _signs(S[:, i] - S[:, j], tol)
        # Carry the last non-zero sign over ties, so a tie alone is not a swap.
        grid_index = np.broadcast_to(np.arange(GRID)[:, None], s.shape)
        if (s == 0).any():
            last = np.maximum.accumulate(np.where(s != 0, grid_index, 0), axis=0)
            filled = np.take_along_axis(s, last, axis=0)
        else:
            last, filled = grid_index, s
        g, p = np.nonzero(filled[:-1] * filled[1:] < 0)
        found.append((i[p], j[p], filled[g, p], last[g, p], g))
    i, j, before, strict, g = (np.concatenate(parts) for parts in zip(*found, strict=True))
    overtake = _bisect(score, a, b, m, i, j, t[g], before, leaves=False)
    tied_from = overtake.copy()
    stretch = strict < g  # tied on grid points before the overtake
    if stretch.any():
        tied_from[stretch] = _bisect(
            score, a, b, m, i[stretch], j[stretch], t[strict[stretch]], before[stretch], True
        )
    return i, j, before > 0, np.minimum(tied_from, overtake), overtake


def _reversals(score, a: np.ndarray, b: np.ndarray, crossings, m: int) -> Reversals:
    """The reversals sorted by weight, with the ranks each pair swaps (in blocks)."""
    i, j, i_leads, tied_from, t = crossings
    order = np.argsort(t, kind="stable")
    i, j, i_leads, tied_from, t = i[order], j[order], i_leads[order], tied_from[order], t[order]
    ahead = np.zeros(t.size, dtype=int)
    step = max(1, CELLS // max(m, 1))
    for start in range(0, t.size, step):
        q = slice(start, start + step)
        S = score(np.outer(t[q], a) + np.outer(1.0 - t[q], b))
        rows = np.arange(S.shape[0])
        # Ahead of the pair: strictly ahead of both (robust where three or more meet).
        level = np.maximum(S[rows, i[q]], S[rows, j[q]])
        better = S - level[:, None] > tie_tolerance(S)
        better[rows, i[q]] = better[rows, j[q]] = False
        ahead[q] = better.sum(axis=1)
    return Reversals(
        weight=t,
        ahead_below=np.where(i_leads, i, j),
        ahead_above=np.where(i_leads, j, i),
        rank=ahead + 1,
        tied_from=tied_from,
    )


def weight_sweep(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    weights: Sequence[float] | np.ndarray,
    criterion: int | Sequence[int],
    method: str = "weighted_sum",
    points: int = 101,
    top: int | None = None,
    **method_kwargs,
) -> Sweep:
    """Sweep the weight of ``criterion`` (an index, or a group of indices moving together with
    fixed internal proportions) from 0 to 1; the other weights keep their proportions.

    ``points`` is the resolution of the score curves (for charts); reversal points are exact
    (weighted sum, PROMETHEE II) or bracketed to 1e-6 (TOPSIS, VIKOR) regardless of it.
    ``top``: only the reversals within the first ``top`` places are needed (``changes(k)``
    for k <= ``top`` stays complete: exactly for the linear methods, at the grid's resolution
    for the others); the pairs that can never get there are skipped, which makes a sweep of
    hundreds of alternatives cheap. Other reversals may then be missing from ``reversals``."""
    x = as_matrix(matrix)
    m, n = x.shape
    w = as_weights(weights, n)
    mask = _group(criterion, n)
    a, b = _direction(w, mask)
    score = scorer(x, types, method, **method_kwargs)
    current = float(w[mask].sum())
    grid = np.union1d(np.linspace(0.0, 1.0, max(2, int(points))), [current])
    scores = score(np.outer(grid, a) + np.outer(1.0 - grid, b))
    if m < 2:
        crossings: tuple[np.ndarray, ...] = (
            np.empty(0, int),
            np.empty(0, int),
            np.empty(0, bool),
            np.empty(0),
            np.empty(0),
        )
    elif method in LINEAR_METHODS:
        crossings = _linear_crossings(*score(np.vstack([b, a])), top)
    else:
        crossings = _numeric_crossings(score, a, b, m, top)
    return Sweep(
        criteria=tuple(int(c) for c in np.flatnonzero(mask)),
        current=current,
        weights=grid,
        scores=scores,
        reversals=_reversals(score, a, b, crossings, m),
    )


def sweep_all(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    weights: Sequence[float] | np.ndarray,
    method: str = "weighted_sum",
    points: int = 101,
    **method_kwargs,
) -> list[Sweep]:
    """``weight_sweep`` of every criterion in turn."""
    n = as_matrix(matrix).shape[1]
    return [
        weight_sweep(matrix, types, weights, j, method, points, **method_kwargs) for j in range(n)
    ]
