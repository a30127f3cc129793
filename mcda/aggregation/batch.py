"""Scoring many weight vectors at once: the engine of every Monte Carlo run and sweep.

Each method's weight-independent parts are computed once (``scorer``); scoring a block of
k weight rows is then a few matrix products (weighted sum, TOPSIS, PROMETHEE II) or one
k x m x n maximum (VIKOR's R), with no Python loop over the samples.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from mcda.aggregation.promethee import PrometheeBatch
from mcda.aggregation.topsis import TopsisBatch
from mcda.aggregation.vikor import VikorBatch
from mcda.aggregation.weighted_sum import WeightedSumBatch
from mcda.validation import McdaInputError, as_matrix, as_types, as_weight_rows

BATCHES = {
    "weighted_sum": WeightedSumBatch,
    "topsis": TopsisBatch,
    "promethee_ii": PrometheeBatch,
    "vikor": VikorBatch,
}
METHODS = tuple(BATCHES)


def scorer(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    method: str = "weighted_sum",
    **method_kwargs,
) -> Callable[[np.ndarray], np.ndarray]:
    """A function from k x n normalised weight rows to k x m scores (higher is better;
    VIKOR gives -Q)."""
    x = as_matrix(matrix)
    t = as_types(types, x.shape[1])
    try:
        batch = BATCHES[method]
    except KeyError:
        raise McdaInputError(f"method {method!r}: choose one of {', '.join(METHODS)}") from None
    try:
        return batch(x, t, **method_kwargs)
    except TypeError as exc:
        raise McdaInputError(f"{method}: {exc}") from None


def batch_scores(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    types: Sequence[int],
    W: Sequence[Sequence[float]] | np.ndarray,
    method: str = "weighted_sum",
    **method_kwargs,
) -> np.ndarray:
    """Scores (k x m, higher is better; VIKOR: -Q) for each of the k weight rows of ``W``
    (each normalised to sum 1)."""
    score = scorer(matrix, types, method, **method_kwargs)
    return score(as_weight_rows(W, np.shape(matrix)[1]))
