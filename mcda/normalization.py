"""Normalisation of a decision matrix to comparable, higher-is-better values.

Definitions as in Jahan & Edwards (2015), *A state-of-the-art survey on the influence of
normalization techniques in ranking*, Materials & Design 65, 335-342. For a benefit criterion:
vector x / ||x||, minmax (x - min) / (max - min), max x / max, sum x / sum. A cost criterion
under minmax is (max - x) / (max - min); under vector, max and sum it is 1 minus the benefit
value (a reflection, so distances - and hence TOPSIS - are unchanged). A criterion on which all
alternatives are equal carries no information: it normalises to 0 under every method, so it
contributes nothing to any ranking.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.ranking import TIE_TOLERANCE
from mcda.validation import McdaInputError, as_matrix, as_types

METHODS = ("vector", "minmax", "max", "sum")


def constant_columns(x: np.ndarray) -> np.ndarray:
    """Columns on which every alternative has the same value, up to floating-point noise
    (``TIE_TOLERANCE`` relative to the column's largest |value|): values equal on paper but
    computed in different orders must not become a full 0..1 spread."""
    scale = np.maximum(1.0, np.abs(x).max(axis=0))
    return np.ptp(x, axis=0) <= TIE_TOLERANCE * scale


def _divide(x: np.ndarray, d: np.ndarray, what: str) -> np.ndarray:
    bad = np.flatnonzero(d == 0)
    if bad.size:
        raise McdaInputError(f"matrix[:, {bad[0]}]: {what} is 0, cannot normalise")
    return x / d


def normalize_validated(x: np.ndarray, types: np.ndarray, method: str) -> np.ndarray:
    """``normalize`` on input already validated (matrix and types): the aggregation methods
    call it after their own checks."""
    constant = constant_columns(x)
    safe = np.where(constant, 1.0, x)  # constant columns are set to 0 at the end
    if method == "minmax":
        lo, hi = safe.min(axis=0), safe.max(axis=0)
        r = (safe - lo) / np.where(constant, 1.0, hi - lo)
        r = np.where(types < 0, 1.0 - r, r)
    elif method in ("vector", "max", "sum"):
        if method == "vector":
            d = np.sqrt((safe**2).sum(axis=0))
        elif method == "max":
            d = np.abs(safe).max(axis=0)
        else:
            d = safe.sum(axis=0)
        r = _divide(
            safe, d, {"vector": "the norm", "max": "the largest |value|", "sum": "the sum"}[method]
        )
        r = np.where(types < 0, 1.0 - r, r)
    else:
        raise McdaInputError(f"normalization {method!r}: choose one of {', '.join(METHODS)}")
    r[:, constant] = 0.0
    return r


def normalize(
    matrix: Sequence[Sequence[float]] | np.ndarray, types: Sequence[int], method: str
) -> np.ndarray:
    """The matrix normalised column by column with ``method`` (higher is better)."""
    x = as_matrix(matrix)
    return normalize_validated(x, as_types(types, x.shape[1]), method)
