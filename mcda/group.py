"""Group decisions: aggregate participants' weights and judgements, measure disagreement.

Aggregation follows Forman & Peniwati (1998), *Aggregating individual judgments and priorities
with the Analytic Hierarchy Process*, EJOR 108(1), 165-169: a group acting as one unit
aggregates its members' pairwise judgements (AIJ, element-wise geometric mean, the only mean
that keeps the matrix reciprocal, Aczél & Saaty (1983), J. Math. Psych. 27, 93-102); a group of
separate individuals aggregates their priorities (AIP, weighted geometric or arithmetic mean).
Participant weights (a "voice" per member) enter as exponents of the geometric mean and as
coefficients of the arithmetic mean. Agreement between rankings is Kendall's tau-b (Kendall
(1945), Biometrika 33, 239-251) or Spearman's rho; scipy is imported only when they are used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from mcda.validation import McdaInputError

Mean = Literal["arithmetic", "geometric", "median"]
MEANS: tuple[Mean, ...] = ("arithmetic", "geometric", "median")

CONTESTED = 0.5
"""A candidate is contested when its rank variance over the participants is at least this
share of the variance of a rank drawn uniformly from 1..m, (m^2 - 1) / 12."""


def participant_weights(voices: Sequence[float] | None, k: int) -> np.ndarray:
    """The k participants' voices normalised to sum 1 (None: an equal voice each)."""
    if voices is None:
        return np.full(k, 1.0 / k)
    p = np.asarray(voices, dtype=float)
    if p.shape != (k,):
        raise McdaInputError(f"participant_weights: expected {k} numbers, got shape {p.shape}")
    for i, x in enumerate(p):
        if not np.isfinite(x) or x < 0:
            raise McdaInputError(f"participant_weights[{i}] = {x}: must be a number of 0 or more")
    if p.sum() <= 0:
        raise McdaInputError("participant_weights: at least one participant needs a voice")
    return p / p.sum()


def _weight_rows(weights: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    W = np.asarray(weights, dtype=float)
    if W.ndim != 2 or W.shape[0] == 0 or W.shape[1] == 0:
        raise McdaInputError(
            f"weights: expected participants x criteria (2-D, non-empty), got shape {W.shape}"
        )
    bad = np.argwhere(~np.isfinite(W) | (W < 0))
    if bad.size:
        i, j = bad[0]
        raise McdaInputError(f"weights[{i}, {j}] = {W[i, j]}: must be a number of 0 or more")
    sums = W.sum(axis=1)
    if np.any(sums <= 0):
        i = int(np.flatnonzero(sums <= 0)[0])
        raise McdaInputError(f"weights[{i}]: participant {i} gives no criterion any weight")
    return W / sums[:, None]


def weighted_median(values: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Column-wise weighted median of k x n ``values`` with weights ``p`` (summing to 1); where
    the cumulative weight reaches exactly one half, the two middle values are averaged (so
    equal weights give the ordinary median)."""
    order = np.argsort(values, axis=0, kind="stable")
    v = np.take_along_axis(values, order, axis=0)
    cum = np.cumsum(p[order], axis=0)
    k = values.shape[0]
    lower = np.argmax(cum >= 0.5 - 1e-12, axis=0)
    upper = np.minimum(lower + 1, k - 1)
    cols = np.arange(values.shape[1])
    exact = np.isclose(cum[lower, cols], 0.5)
    return np.where(exact, (v[lower, cols] + v[upper, cols]) / 2, v[lower, cols])


def aggregate_weights(
    weights: Sequence[Sequence[float]] | np.ndarray,
    mean: Mean = "arithmetic",
    voices: Sequence[float] | None = None,
) -> np.ndarray:
    """The group's weights from k participants' weight rows (k x n, each normalised first).

    ``arithmetic``: sum_i p_i w_i; ``geometric``: prod_i w_i^p_i renormalised (AIP with the
    geometric mean; a zero from any participant gives zero); ``median``: the weighted median
    per criterion, renormalised. ``voices`` are the participants' weights p (default equal).
    """
    W = _weight_rows(weights)
    p = participant_weights(voices, W.shape[0])
    if mean == "arithmetic":
        g = p @ W
    elif mean == "geometric":
        with np.errstate(divide="ignore"):
            logs = np.where(W > 0, np.log(np.where(W > 0, W, 1.0)), -np.inf)
        active = p > 0
        g = np.exp((p[active, None] * logs[active]).sum(axis=0))
    elif mean == "median":
        g = weighted_median(W, p)
    else:
        raise McdaInputError(f"mean: unknown mean {mean!r}; choose from {', '.join(MEANS)}")
    if g.sum() <= 0:
        raise McdaInputError(
            f"weights: the {mean} mean gives every criterion weight 0 "
            "(each criterion has a participant who gives it 0, or most give it 0)"
        )
    return g / g.sum()


def aggregate_judgements(
    matrices: Sequence[Sequence[Sequence[float]]] | np.ndarray,
    voices: Sequence[float] | None = None,
) -> np.ndarray:
    """AIJ: the group's pairwise comparison matrix, the element-wise weighted geometric mean
    prod_i (a_jk^(i))^p_i of the participants' reciprocal matrices; it is reciprocal again,
    so ``mcda.ahp`` derives the group's priorities and consistency from it."""
    A = np.asarray(matrices, dtype=float)
    if A.ndim != 3 or A.shape[1] != A.shape[2] or A.shape[0] == 0:
        raise McdaInputError(
            f"matrices: expected participants x n x n pairwise matrices, got shape {A.shape}"
        )
    bad = np.argwhere(~np.isfinite(A) | (A <= 0))
    if bad.size:
        i, j, k = bad[0]
        raise McdaInputError(f"matrices[{i}][{j}, {k}] = {A[i, j, k]}: must be positive")
    p = participant_weights(voices, A.shape[0])
    return np.exp(np.einsum("i,ijk->jk", p, np.log(A)))


def aggregate_priorities(
    priorities: Sequence[Sequence[float]] | np.ndarray,
    voices: Sequence[float] | None = None,
    mean: Literal["geometric", "arithmetic"] = "geometric",
) -> np.ndarray:
    """AIP: the group's priorities as the weighted geometric (default, Forman & Peniwati's
    recommendation for separate individuals) or arithmetic mean of individual priorities."""
    if mean not in ("geometric", "arithmetic"):
        raise McdaInputError(f"mean: AIP uses the geometric or arithmetic mean, not {mean!r}")
    return aggregate_weights(priorities, mean, voices)


def _rank_rows(ranks: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    R = np.asarray(ranks, dtype=float)
    if R.ndim != 2 or R.shape[0] == 0:
        raise McdaInputError(f"ranks: expected participants x candidates, got shape {R.shape}")
    bad = np.argwhere(~np.isfinite(R))
    if bad.size:
        i, j = bad[0]
        raise McdaInputError(f"ranks[{i}, {j}] = {R[i, j]}: must be a finite number")
    return R


def _correlation_matrix(R: np.ndarray, statistic) -> np.ndarray:
    k = R.shape[0]
    C = np.eye(k)
    for a in range(k):
        for b in range(a + 1, k):
            value = statistic(R[a], R[b])
            C[a, b] = C[b, a] = 0.0 if not np.isfinite(value) else value
    return C


def kendall_tau_matrix(ranks: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    """Kendall's tau-b between every two participants' rankings (k x m ranks -> k x k).

    Tau-b corrects for ties; a ranking with all candidates tied correlates 0 with any other.
    """
    from scipy.stats import kendalltau

    R = _rank_rows(ranks)
    return _correlation_matrix(R, lambda a, b: kendalltau(a, b).statistic)


def spearman_matrix(ranks: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    """Spearman's rank correlation between every two participants' rankings (k x k)."""
    from scipy.stats import spearmanr

    R = _rank_rows(ranks)
    return _correlation_matrix(R, lambda a, b: spearmanr(a, b).statistic)


@dataclass(frozen=True)
class Clusters:
    """Participants grouped by how alike they rank: ``labels`` (1-based cluster per
    participant) and ``order`` (a leaf order that puts alike participants side by side)."""

    labels: np.ndarray
    order: np.ndarray


def cluster_participants(tau: np.ndarray, threshold: float = 0.5) -> Clusters:
    """Average-linkage clusters of participants on the distance 1 - tau; participants join a
    cluster while their average distance stays at most ``threshold`` (tau >= 1 - threshold)."""
    from scipy.cluster.hierarchy import fcluster, leaves_list, linkage
    from scipy.spatial.distance import squareform

    T = np.asarray(tau, dtype=float)
    k = T.shape[0]
    if T.shape != (k, k):
        raise McdaInputError(f"tau: expected a square matrix, got shape {T.shape}")
    if k == 1:
        return Clusters(np.array([1]), np.array([0]))
    D = np.clip(1.0 - (T + T.T) / 2, 0.0, 2.0)
    np.fill_diagonal(D, 0.0)
    Z = linkage(squareform(D, checks=False), method="average")
    return Clusters(fcluster(Z, t=threshold, criterion="distance"), leaves_list(Z))


@dataclass(frozen=True)
class RankSpread:
    """Per candidate: mean, variance (population), best and worst rank over the participants,
    and ``contested``: variance at least ``CONTESTED`` x (m^2 - 1) / 12."""

    mean: np.ndarray
    variance: np.ndarray
    best: np.ndarray
    worst: np.ndarray
    contested: np.ndarray


def rank_spread(ranks: Sequence[Sequence[float]] | np.ndarray) -> RankSpread:
    """How much the participants (rows) disagree on each candidate's (column's) rank."""
    R = _rank_rows(ranks)
    m = R.shape[1]
    variance = R.var(axis=0)
    uniform = (m * m - 1) / 12 if m > 1 else 1.0
    return RankSpread(
        mean=R.mean(axis=0),
        variance=variance,
        best=R.min(axis=0),
        worst=R.max(axis=0),
        contested=variance >= CONTESTED * uniform,
    )
