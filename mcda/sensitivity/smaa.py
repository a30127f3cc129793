"""Stochastic multicriteria acceptability analysis (SMAA-2) in one pass.

Lahdelma & Salminen (2001), *SMAA-2: Stochastic multicriteria acceptability analysis for group
decision making*, Operations Research 49(3), 444-454: from samples of the weights (and of the
scores) estimate the rank acceptability indices b_i^r, the central weight vectors w_i^c (the
mean weights that make alternative i first) and the pairwise winning indices c_ik (the share of
samples in which i ranks before k; Leskinen et al. (2006), *Alternatives to incorporate
uncertainty and risk attitude in multicriteria evaluation*, J. Multi-Crit. Decis. Anal. 14).

Weight distributions (samplers called with a numpy Generator and a sample count):
``UniformWeights`` (no preference information), ``WeightsAround`` (current weights with a
relative spread), ``RankOrderWeights`` (any weights consistent with an importance order:
uniform simplex samples sorted, Lahdelma, Miettinen & Salminen (2003), EJOR 147, § 3) and
``ParticipantWeights`` (a Dirichlet fitted to workshop participants' weights by the method of
moments, Minka (2000), *Estimating a Dirichlet distribution*, § 1). Ties within a sample share
the tied ranks equally and count half in the pairwise index.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from mcda.aggregation.batch import scorer
from mcda.ranking import tie_groups
from mcda.sensitivity.acceptability import accumulate_ranks, chunk_size
from mcda.sensitivity.sampling import around, uniform_simplex
from mcda.sensitivity.score_uncertainty import sample_scores
from mcda.validation import McdaInputError, as_count, as_matrix, as_types, as_vector, as_weights

Sampler = Callable[[np.random.Generator, int], np.ndarray]
"""(rng, k) -> k samples: k x n weight rows, or k x m x n matrices."""


class Cancel(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class UniformWeights:
    """Weights uniform on the simplex: no preference information at all."""

    n: int

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        return uniform_simplex(rng, k, self.n)


@dataclass(frozen=True)
class WeightsAround:
    """Each weight times a factor uniform on [1 - spread, 1 + spread], renormalised."""

    weights: Sequence[float] | np.ndarray
    spread: float

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        w = as_weights(self.weights, len(self.weights))
        return around(rng, k, w, self.spread)


@dataclass(frozen=True)
class RankOrderWeights:
    """Weights consistent with an importance order: ``ranks[j]`` is criterion j's place
    (1 = most important; equal ranks are unordered among themselves). Uniform on that part
    of the simplex: sorted uniform simplex samples, ties broken at random per sample."""

    ranks: Sequence[int] | np.ndarray

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        ranks = as_vector(self.ranks, len(self.ranks), "ranks")
        n = ranks.size
        values = -np.sort(-uniform_simplex(rng, k, n), axis=1)  # largest first
        place = np.argsort(ranks + rng.random((k, n)), axis=1)  # criteria, most important first
        W = np.empty((k, n))
        np.put_along_axis(W, place, values, axis=1)
        return W


@dataclass(frozen=True)
class ParticipantWeights:
    """A Dirichlet distribution with the participants' mean weights and (by the method of
    moments) their spread; ``weights`` is participants x criteria. One participant, or
    participants who all agree, give their weights exactly."""

    weights: Sequence[Sequence[float]] | np.ndarray

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        P = as_matrix(self.weights, "participant weights")
        if np.any(P < 0) or np.any(P.sum(axis=1) <= 0):
            raise McdaInputError(
                "participant weights: every row needs non-negative weights, not all zero"
            )
        P = P / P.sum(axis=1, keepdims=True)
        mu, var = P.mean(axis=0), P.var(axis=0)
        spread = (var > 0) & (mu > 0) & (mu < 1)
        if not spread.any():
            return np.broadcast_to(mu, (k, mu.size)).copy()
        precision = max(1e-3, float(np.mean(mu[spread] * (1 - mu[spread]) / var[spread] - 1)))
        W = np.zeros((k, mu.size))
        used = mu > 0
        W[:, used] = rng.dirichlet(mu[used] * precision, size=k)
        return W


@dataclass(frozen=True)
class Smaa:
    """SMAA-2 descriptive measures over ``samples`` samples (fewer than asked if cancelled).

    ``acceptability[i, r]``: share of samples in which alternative i takes rank r + 1;
    ``central_weights[i]``: the mean weights of the samples that rank i first (zeros if i is
    never first); ``pairwise[i, k]``: share of samples in which i ranks before k."""

    acceptability: np.ndarray
    central_weights: np.ndarray
    pairwise: np.ndarray
    samples: int
    cancelled: bool = False


def _chunk(
    rng: np.random.Generator,
    k: int,
    score: Callable[[np.ndarray], np.ndarray],
    weights: Sampler,
    scores: Sampler | None,
    types: np.ndarray,
    method: str,
    method_kwargs: dict,
) -> tuple[np.ndarray, ...]:
    """Rank counts, pairwise counts, first-rank weight sums and first-rank counts of k samples."""
    W = np.asarray(weights(rng, k), dtype=float)
    W = W / W.sum(axis=1, keepdims=True)
    if scores is None:
        S = score(W)
    else:
        S = sample_scores(scores(rng, k), types, W, method, **method_kwargs)
    m = S.shape[1]
    counts = np.zeros((m, m))
    rank, size = tie_groups(S)
    accumulate_ranks(S, counts, (rank, size))
    share_first = np.where(rank == 1, 1.0 / size, 0.0)
    narrow = rank.astype(np.int16 if m < 2**15 else np.int64)
    before = (narrow[:, :, None] < narrow[:, None, :]).sum(axis=0, dtype=np.int64)
    return counts, before, share_first.T @ W, share_first.sum(axis=0)


def smaa(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    method: str = "weighted_sum",
    n_samples: int = 10000,
    seed: int | None = 0,
    weights: Sampler | None = None,
    scores: Sampler | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
    cancel: Cancel | None = None,
    workers: int = 2,
    **method_kwargs,
) -> Smaa:
    """Rank acceptability, central weights and pairwise winning indices from one Monte Carlo
    pass of ``n_samples`` samples, in memory-bounded chunks spread over ``workers`` threads.

    ``weights`` samples weight rows (default ``UniformWeights``); ``scores`` optionally samples
    perturbed matrices (e.g. ``ScoreUncertainty``), one per weight sample. After each chunk
    ``progress(done, n_samples)`` is called (in the calling thread); returning False, or
    ``cancel.is_set()``, stops the run and the result covers the samples done. Every chunk
    has its own generator spawned from ``seed``: the same seed gives the same result, whatever
    the number of workers."""
    x = as_matrix(matrix)
    m, n = x.shape
    t = as_types(types, n)
    total = as_count(n_samples, "n_samples")
    score = scorer(x, t, method, **method_kwargs)
    draw = weights or UniformWeights(n)
    step = chunk_size(m, n)
    sizes = [min(step, total - start) for start in range(0, total, step)]
    rngs = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(len(sizes))]
    counts, before = np.zeros((m, m)), np.zeros((m, m))
    central, first = np.zeros((m, n)), np.zeros(m)
    done, cancelled = 0, False
    with ThreadPoolExecutor(max(1, int(workers))) as pool:
        pending: deque[tuple[Future, int]] = deque()
        jobs = iter(zip(rngs, sizes, strict=True))
        while True:
            while not cancelled and len(pending) < 2 * max(1, int(workers)):
                job = next(jobs, None)
                if job is None:
                    break
                future = pool.submit(_chunk, *job, score, draw, scores, t, method, method_kwargs)
                pending.append((future, job[1]))
            if not pending:
                break
            future, k = pending.popleft()
            if cancelled:
                future.cancel()
                continue
            c, b, cw, f = future.result()
            counts += c
            before += b
            central += cw
            first += f
            done += k
            stop = progress is not None and progress(done, total) is False
            cancelled = stop or (cancel is not None and cancel.is_set())
    pairwise = (before + 0.5 * (done - before - before.T)) / done
    np.fill_diagonal(pairwise, 0.0)
    return Smaa(
        acceptability=counts / done,
        central_weights=np.divide(
            central, first[:, None], out=np.zeros_like(central), where=first[:, None] > 0
        ),
        pairwise=pairwise,
        samples=done,
        cancelled=cancelled,
    )
