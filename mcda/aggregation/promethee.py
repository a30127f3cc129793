"""PROMETHEE II: net outranking flows.

Brans & Vincke (1985), *A preference ranking organisation method*, Management Science 31(6),
647-656; Brans, Vincke & Mareschal (1986), *How to select and how to rank projects: the
PROMETHEE method*, EJOR 24, 228-238. For each criterion j the advantage d_j(a, b) of a over b
(in the criterion's direction) gives a preference P_j(a, b) in [0, 1]; pi(a, b) =
sum_j w_j P_j(a, b); phi+(a) and phi-(a) average pi(a, .) and pi(., a) over the m - 1 other
alternatives; the net flow is phi = phi+ - phi-.

The net flow is linear in the weights, phi(a) = sum_j w_j phi_j(a) with the single-criterion net
flows phi_j: they are the per-criterion contributions, and the batch form is one matrix product.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.ranking import TIE_TOLERANCE
from mcda.result import Scores
from mcda.validation import McdaInputError, check_problem, per_criterion

PREFERENCE_FUNCTIONS = ("usual", "u-shape", "v-shape", "level", "linear", "gaussian")


def _ramp(d: np.ndarray, q: np.ndarray, width: np.ndarray, noise: float | np.ndarray) -> np.ndarray:
    """(d - q) / width clipped to [0, 1]; a step at q where the width is 0. Computed in one
    buffer: fresh temporaries of a whole advantage tensor cost page faults, and tripled the
    time of an evaluation in a process whose allocator had not grown yet."""
    ramp = np.subtract(d, q)
    np.divide(ramp, np.where(width > 0, width, 1.0), out=ramp)
    np.maximum(ramp, 0.0, out=ramp)
    np.minimum(ramp, 1.0, out=ramp)
    return ramp if np.all(width > 0) else np.where(width > 0, ramp, d > q + noise)


def preference_degree(
    d: np.ndarray,
    kind: str,
    q: float | np.ndarray = 0.0,
    p: float | np.ndarray = 0.0,
    s: float | np.ndarray | None = None,
    noise: float | np.ndarray = 0.0,
) -> np.ndarray:
    """Brans & Vincke's generalised criteria: P(d) for advantages ``d`` (0 for d <= 0);
    ``q``, ``p``, ``s`` are scalars or broadcast against ``d``.

    ``noise`` is the floating-point noise of ``d``: an advantage within it of a step (0, q or
    p) counts as on the step, so a difference of decimal scores that *is* the threshold
    (9.8 - 6.8 = 3.0000000000000004 with q = 3) is indifference, however it rounds.

    usual: 1 for d > 0; u-shape: 1 for d > q; v-shape: d / p up to p, then 1; level: 1/2 for
    q < d <= p, 1 beyond; linear (type V): (d - q) / (p - q) for q < d <= p, 1 beyond;
    gaussian: 1 - exp(-d^2 / (2 s^2)). v-shape with p = 0 and linear with p = q are their
    step-function limits.
    """
    q, p = np.asarray(q, dtype=float), np.asarray(p, dtype=float)
    if kind == "usual":
        return (d > noise).astype(float)
    if kind == "u-shape":
        return (d > q + noise).astype(float)
    if kind == "level":
        return 0.5 * ((d > q + noise).astype(float) + (d > p + noise))
    if kind == "v-shape":
        return _ramp(d, np.zeros_like(p), p, noise)
    if kind == "linear":
        return _ramp(d, q, p - q, noise)
    if kind == "gaussian":
        return -np.expm1(-(np.maximum(d, 0.0) ** 2) / (2.0 * np.asarray(s, dtype=float) ** 2))
    raise McdaInputError(f"preference {kind!r}: choose one of {', '.join(PREFERENCE_FUNCTIONS)}")


def preference_parameters(n: int, kinds: object, q: object, p: object, s: object) -> list[tuple]:
    """Per-criterion (kind, q, p, s), checked; entries a function does not use are ignored."""
    out = []
    kinds = per_criterion(kinds, n, "preference")
    qs, ps = per_criterion(q, n, "q"), per_criterion(p, n, "p")
    ss = per_criterion(s, n, "s")
    for j, (kind, qj, pj, sj) in enumerate(zip(kinds, qs, ps, ss, strict=True)):
        if kind not in PREFERENCE_FUNCTIONS:
            raise McdaInputError(
                f"preference[{j}] = {kind!r}: choose one of {', '.join(PREFERENCE_FUNCTIONS)}"
            )
        try:
            qj, pj = float(qj), float(pj)
        except (TypeError, ValueError):
            raise McdaInputError(f"q[{j}] / p[{j}]: thresholds must be numbers") from None
        if kind in ("u-shape", "level", "linear") and not (np.isfinite(qj) and qj >= 0):
            raise McdaInputError(f"q[{j}] = {qj:g}: the indifference threshold must be >= 0")
        if kind in ("v-shape", "level", "linear") and not (np.isfinite(pj) and pj >= 0):
            raise McdaInputError(f"p[{j}] = {pj:g}: the preference threshold must be >= 0")
        if kind in ("level", "linear") and pj < qj:
            raise McdaInputError(
                f"p[{j}] = {pj:g} < q[{j}] = {qj:g}: the preference threshold p must be at "
                "least the indifference threshold q"
            )
        if kind == "gaussian":
            try:
                sj = float(sj)
            except (TypeError, ValueError):
                sj = float("nan")
            if not (np.isfinite(sj) and sj > 0):
                raise McdaInputError(f"s[{j}] = {sj}: a gaussian criterion needs s > 0")
        out.append((kind, qj, pj, sj if kind == "gaussian" else 1.0))
    return out


class PrometheeBatch:
    """Single-criterion flows, computed once; flows for any weights are linear in them."""

    def __init__(
        self,
        x: np.ndarray,
        types: np.ndarray,
        preference: object = "usual",
        q: object = 0.0,
        p: object = 0.0,
        s: object = None,
    ) -> None:
        m, n = x.shape
        self.positive = np.zeros((m, n))
        self.negative = np.zeros((m, n))
        if m > 1:
            kinds, q_, p_, s_ = map(
                np.array, zip(*preference_parameters(n, preference, q, p, s), strict=True)
            )
            column = np.ascontiguousarray(x.T * types[:, None])  # n x m, higher is better
            d = column[:, :, None] - column[:, None, :]  # d[j, a, b]: advantage of a over b
            noise = TIE_TOLERANCE * np.maximum(1.0, np.abs(column).max(axis=1))
            for kind in np.unique(kinds):
                j = np.flatnonzero(kinds == kind)
                shape = (j.size, 1, 1)
                P = preference_degree(
                    d if j.size == n else d[j],  # no copy when one function serves all
                    str(kind),
                    q_[j].reshape(shape),
                    p_[j].reshape(shape),
                    s_[j].reshape(shape),
                    noise[j].reshape(shape),
                )
                self.positive[:, j] = P.sum(axis=2).T / (m - 1)
                self.negative[:, j] = P.sum(axis=1).T / (m - 1)
        self.criterion_flows = self.positive - self.negative

    def __call__(self, W: np.ndarray) -> np.ndarray:
        return W @ self.criterion_flows.T


def promethee_ii(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    weights: Sequence[float],
    types: Sequence[int],
    preference: str | Sequence[str] = "usual",
    q: float | Sequence[float] = 0.0,
    p: float | Sequence[float] = 0.0,
    s: float | Sequence[float] | None = None,
) -> Scores:
    """Net flows (higher is better) with ``.positive_flow``, ``.negative_flow``,
    ``.criterion_flows`` (single-criterion net flows) and ``.contributions`` (w_j phi_j;
    each row sums to the net flow). ``preference``, ``q``, ``p``, ``s`` are scalars or
    per-criterion sequences."""
    x, w, t = check_problem(matrix, weights, types)
    parts = PrometheeBatch(x, t, preference, q, p, s)
    contributions = parts.criterion_flows * w
    return Scores(
        contributions.sum(axis=1),
        positive_flow=parts.positive @ w,
        negative_flow=parts.negative @ w,
        criterion_flows=parts.criterion_flows,
        weights=w,
        contributions=contributions,
    )
