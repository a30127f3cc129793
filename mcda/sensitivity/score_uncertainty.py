"""Score uncertainty: perturbed decision matrices, and scoring one weight row per matrix.

In SMAA the criterion values are stochastic as well as the weights (Lahdelma & Salminen (2001),
SMAA-2, § 2): every sample draws a matrix and a weight vector. Two models of imprecise scores:
an ordinal score (the five-point scale) moves one step up or down with probability p (each
direction p/2, staying on the scale), and a numeric score x becomes x (1 + u) with u uniform
on [-spread, spread]. The scoring of k (matrix, weights) pairs is vectorised over the samples
with the engine's own normalisations. PROMETHEE II's single-criterion flows use the level
counts where a criterion takes few distinct values (ordinal scores), ranks for the "usual"
criterion (sum_b sign(x_a - x_b) = 2 rank_a - m - 1 with average ranks), and otherwise the
k x m x m differences in chunks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mcda.aggregation.promethee import preference_degree, preference_parameters
from mcda.aggregation.topsis import closeness_of
from mcda.aggregation.vikor import check_v, compromise_q, regret
from mcda.validation import McdaInputError, as_matrix, as_vector, per_criterion

PAIR_CELLS = 4_000_000
"""Samples x m x m per block of PROMETHEE II's pairwise differences."""


def _per_column(value: object, n: int, name: str) -> np.ndarray:
    return as_vector(per_criterion(0.0 if value is None else value, n, name), n, name)


@dataclass(frozen=True)
class ScoreUncertainty:
    """A sampler of perturbed versions of ``matrix`` (call it with a Generator and k).

    ``step`` (per criterion; 0 = not ordinal) is the ordinal step that a score takes with
    probability ``p``, within [``low``, ``high``]; ``spread`` (per criterion; 0 = exact) is the
    relative uniform spread of a numeric score (0.1 = +/- 10 %)."""

    matrix: np.ndarray
    p: float = 0.0
    step: np.ndarray | float = 0.0
    low: np.ndarray | float = -2.0
    high: np.ndarray | float = 2.0
    spread: np.ndarray | float = 0.0

    def __post_init__(self) -> None:
        x = as_matrix(self.matrix)
        n = x.shape[1]
        if not 0.0 <= float(self.p) <= 1.0:
            raise McdaInputError(f"p = {self.p!r}: a probability lies in [0, 1]")
        spread = _per_column(self.spread, n, "spread")
        if np.any((spread < 0) | (spread >= 1)):
            raise McdaInputError(f"spread = {self.spread!r}: use a relative spread in [0, 1)")
        object.__setattr__(self, "matrix", x)
        object.__setattr__(self, "p", float(self.p))
        for name in ("step", "low", "high"):
            object.__setattr__(self, name, _per_column(getattr(self, name), n, name))
        object.__setattr__(self, "spread", spread)

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        """k perturbed matrices, k x m x n."""
        m, n = self.matrix.shape
        X = np.repeat(self.matrix[None], k, axis=0)
        ordinal = np.flatnonzero(self.step > 0) if self.p > 0 else np.empty(0, int)
        if ordinal.size:
            u = rng.random((k, m, ordinal.size))
            moved = np.flatnonzero(u < self.p)  # sparse: only the scores that move
            cell, column = np.divmod(moved, ordinal.size)
            j = ordinal[column]
            flat = X.reshape(-1)
            index = cell * n + j
            up = u.reshape(-1)[moved] >= self.p / 2
            flat[index] = np.clip(
                flat[index] + np.where(up, self.step[j], -self.step[j]), self.low[j], self.high[j]
            )
        numeric = np.flatnonzero(self.spread > 0)
        if numeric.size:
            u = rng.uniform(-1.0, 1.0, (k, m, numeric.size))
            for c, j in enumerate(numeric):  # column views: no fancy-index copies
                X[:, :, j] *= 1.0 + self.spread[j] * u[:, :, c]
        return X


def _flows_on_levels(x: np.ndarray, kind: str, q: float, p: float, s: float) -> np.ndarray | None:
    """Single-criterion net flows of k x m values that take few distinct values (an ordinal
    scale): sum_b G(x_a - x_b) = sum_l count_l G(x_a - v_l) with G(d) = P(d) - P(-d), from
    the level counts of each sample; None if the values are mostly distinct."""
    k, m = x.shape
    levels, index = np.unique(x, return_inverse=True)
    if levels.size > m // 2:
        return None
    index = index.reshape(k, m)
    counts = np.bincount(
        (index + levels.size * np.arange(k)[:, None]).ravel(), minlength=k * levels.size
    ).reshape(k, levels.size)
    d = levels[:, None] - levels[None, :]
    G = preference_degree(d, kind, q, p, s) - preference_degree(-d, kind, q, p, s)
    per_level = counts @ G.T  # k x levels: sum over the sample's values of G(v_l - x_b)
    return np.take_along_axis(per_level, index, axis=1) / (m - 1)


def _promethee_flows(
    X: np.ndarray, types: np.ndarray, W: np.ndarray, preference, q, p, s
) -> np.ndarray:
    k, m, n = X.shape
    phi = np.zeros((k, m))
    if m < 2:
        return phi
    for j, (kind, qj, pj, sj) in enumerate(preference_parameters(n, preference, q, p, s)):
        x = X[:, :, j] * types[j]
        flow = _flows_on_levels(x, kind, qj, pj, sj)
        if flow is None and kind == "usual":
            from scipy.stats import rankdata  # lazy: scipy.stats costs a second to import

            flow = (2.0 * rankdata(x, axis=1) - m - 1.0) / (m - 1)
        elif flow is None:
            flow = np.empty((k, m))
            step = max(1, PAIR_CELLS // (m * m))
            for a in range(0, k, step):
                block = x[a : a + step]
                P = preference_degree(block[:, :, None] - block[:, None, :], kind, qj, pj, sj)
                flow[a : a + step] = (P.sum(axis=2) - P.sum(axis=1)) / (m - 1)
        phi += W[:, j : j + 1] * flow
    return phi


def _slope(X: np.ndarray, types: np.ndarray, normalization: str) -> np.ndarray:
    """k x n slopes a of the normalisations, each affine per criterion (r = a x + c; see
    ``mcda.normalization``; "none" is the weighted sum's); a constant criterion gets 0."""
    if normalization == "none":
        return np.broadcast_to(types.astype(float), X[:, 0].shape)
    hi, lo = X.max(axis=1), X.min(axis=1)
    if normalization == "minmax":
        scale = hi - lo
    elif normalization == "vector":
        scale = np.sqrt(np.einsum("kmn,kmn->kn", X, X))
    elif normalization == "max":
        scale = np.maximum(np.abs(hi), np.abs(lo))
    elif normalization == "sum":
        scale = X.sum(axis=1)
    else:
        raise McdaInputError(f"normalization {normalization!r}: unknown")
    informative = (hi > lo) & (scale != 0)
    return np.divide(types, scale, out=np.zeros_like(hi), where=informative)


def sample_scores(
    X: np.ndarray,
    types: np.ndarray,
    W: np.ndarray,
    method: str = "weighted_sum",
    **method_kwargs,
) -> np.ndarray:
    """Scores (k x m, higher is better; VIKOR: -Q) of k matrices X (k x m x n), each with its
    own normalised weight row of W (k x n); same methods and keyword arguments as
    ``mcda.batch_scores``. Inputs are assumed validated (see ``mcda.scorer``).

    The normalisations are affine per criterion (r = a x + c), so no matrix is normalised:
    the weighted sum is X (a w) - shifted by sum_j w_j c_j, the same for every alternative of
    a sample, which changes no rank - and TOPSIS's distances are a w times raw gaps."""
    if method == "promethee_ii":
        options = {"preference": "usual", "q": 0.0, "p": 0.0, "s": None, **method_kwargs}
        return _promethee_flows(X, types, W, **options)
    if method == "weighted_sum":
        slope = _slope(X, types, method_kwargs.get("normalization", "minmax"))
        return (X @ (W * slope)[:, :, None])[:, :, 0]
    Xt = np.moveaxis(X, 0, 1)  # m x k x n: the engine's column-wise maths per sample
    if method == "topsis":
        # r = a x + c per criterion, so r - r+ = a (x - x+) with x+ the raw value at the ideal
        # (the maximum for a benefit criterion, the minimum for a cost one): the distances need
        # only the raw gaps to the column extremes and the squared weighted slopes.
        weight2 = (W * _slope(X, types, method_kwargs.get("normalization", "vector"))) ** 2
        to_max = (X - X.max(axis=1, keepdims=True)) ** 2
        to_min = (X - X.min(axis=1, keepdims=True)) ** 2
        benefit = (weight2 * (types > 0))[:, :, None]
        cost = (weight2 * (types < 0))[:, :, None]
        d_plus = np.sqrt(to_max @ benefit + to_min @ cost)[:, :, 0]
        d_minus = np.sqrt(to_min @ benefit + to_max @ cost)[:, :, 0]
        return closeness_of(d_plus, d_minus)
    if method == "vikor":
        d = regret(Xt, types)
        S = np.einsum("mkn,kn->km", d, W)
        R = (d * W).max(axis=2).T
        return -compromise_q(S, R, check_v(method_kwargs.get("v", 0.5)))
    raise McdaInputError(f"method {method!r}: choose weighted_sum, topsis, promethee_ii or vikor")
