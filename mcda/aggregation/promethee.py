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

from mcda.result import Scores
from mcda.validation import McdaInputError, check_problem, per_criterion

PREFERENCE_FUNCTIONS = ("usual", "u-shape", "v-shape", "level", "linear", "gaussian")


def preference_degree(
    d: np.ndarray, kind: str, q: float = 0.0, p: float = 0.0, s: float | None = None
) -> np.ndarray:
    """Brans & Vincke's generalised criteria: P(d) for advantages ``d`` (0 for d <= 0).

    usual: 1 for d > 0; u-shape: 1 for d > q; v-shape: d / p up to p, then 1; level: 1/2 for
    q < d <= p, 1 beyond; linear (type V): (d - q) / (p - q) for q < d <= p, 1 beyond;
    gaussian: 1 - exp(-d^2 / (2 s^2)). v-shape with p = 0 and linear with p = q are their
    step-function limits.
    """
    if kind == "usual":
        return (d > 0).astype(float)
    if kind == "u-shape":
        return (d > q).astype(float)
    if kind == "v-shape":
        return np.clip(d / p, 0.0, 1.0) if p > 0 else (d > 0).astype(float)
    if kind == "level":
        return np.where(d > p, 1.0, np.where(d > q, 0.5, 0.0))
    if kind == "linear":
        if p == q:
            return (d > q).astype(float)
        return np.clip((d - q) / (p - q), 0.0, 1.0)
    if kind == "gaussian":
        return np.where(d > 0, -np.expm1(-(d**2) / (2.0 * s**2)), 0.0)
    raise McdaInputError(f"preference {kind!r}: choose one of {', '.join(PREFERENCE_FUNCTIONS)}")


def _parameters(n: int, kinds: object, q: object, p: object, s: object) -> list[tuple]:
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
        out.append((kind, qj, pj, sj))
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
            for j, (kind, qj, pj, sj) in enumerate(_parameters(n, preference, q, p, s)):
                d = (x[:, None, j] - x[None, :, j]) * types[j]
                P = preference_degree(d, kind, qj, pj, sj)
                self.positive[:, j] = P.sum(axis=1) / (m - 1)
                self.negative[:, j] = P.sum(axis=0) / (m - 1)
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
