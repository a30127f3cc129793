"""Checks at the engine's boundary: every bad input is a ``McdaInputError`` that names the
argument and the cell, never a NaN further down."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

MAX_MAGNITUDE = 1e100
"""Scores beyond this would overflow in squares and sums (vector norms, distances)."""


class McdaInputError(ValueError):
    """Input the engine cannot rank; the message names the argument and the cell."""


def _first_non_numeric(rows: object, name: str) -> str | None:
    if not isinstance(rows, Sequence | np.ndarray) or isinstance(rows, str | bytes):
        return f"{name}: expected a table of numbers, got {type(rows).__name__}"
    for i, row in enumerate(rows):
        if not isinstance(row, Sequence | np.ndarray) or isinstance(row, str | bytes):
            return f"{name}[{i}]: expected a row of numbers, got {row!r}"
        for j, x in enumerate(row):
            try:
                float(x)
            except (TypeError, ValueError):
                return f"{name}[{i}, {j}] = {x!r}: not a number"
    lengths = {len(row) for row in rows}
    if len(lengths) > 1:
        return f"{name}: rows have different lengths {sorted(lengths)}"
    return None


def as_matrix(matrix: object, name: str = "matrix") -> np.ndarray:
    """A finite m x n float array (m >= 1 alternatives, n >= 1 criteria)."""
    try:
        a = np.array(matrix, dtype=float)
    except (TypeError, ValueError):
        raise McdaInputError(
            _first_non_numeric(matrix, name) or f"{name}: not a table of numbers"
        ) from None
    if a.ndim != 2:
        raise McdaInputError(f"{name}: expected alternatives x criteria (2-D), got shape {a.shape}")
    if a.shape[0] == 0 or a.shape[1] == 0:
        raise McdaInputError(f"{name}: needs at least one alternative and one criterion")
    bad = np.argwhere(~np.isfinite(a))
    if bad.size:
        i, j = bad[0]
        raise McdaInputError(f"{name}[{i}, {j}] = {a[i, j]}: every score must be a finite number")
    huge = np.argwhere(np.abs(a) > MAX_MAGNITUDE)
    if huge.size:
        i, j = huge[0]
        raise McdaInputError(
            f"{name}[{i}, {j}] = {a[i, j]:g}: too large to compute with (at most "
            f"{MAX_MAGNITUDE:g} in size; use a larger unit)"
        )
    a.flags.writeable = False
    return a


def as_vector(values: object, n: int, name: str) -> np.ndarray:
    """A finite float vector of length ``n``."""
    try:
        v = np.array(values, dtype=float)
    except (TypeError, ValueError):
        for j, x in enumerate(values if isinstance(values, Sequence) else [values]):
            try:
                float(x)
            except (TypeError, ValueError):
                raise McdaInputError(f"{name}[{j}] = {x!r}: not a number") from None
        raise McdaInputError(f"{name}: not a list of numbers") from None
    if v.ndim != 1 or v.size != n:
        raise McdaInputError(
            f"{name}: expected {n} values (one per criterion), got shape {v.shape}"
        )
    bad = np.flatnonzero(~np.isfinite(v))
    if bad.size:
        raise McdaInputError(f"{name}[{bad[0]}] = {v[bad[0]]}: must be a finite number")
    return v


def as_types(types: object, n: int) -> np.ndarray:
    """Criterion directions: 1 benefit (more is better), -1 cost."""
    t = as_vector(types, n, "types")
    bad = np.flatnonzero((t != 1) & (t != -1))
    if bad.size:
        raise McdaInputError(f"types[{bad[0]}] = {t[bad[0]]:g}: use 1 (benefit) or -1 (cost)")
    return t.astype(int)


def as_weights(weights: object, n: int, name: str = "weights") -> np.ndarray:
    """Non-negative weights normalised to sum 1."""
    w = as_vector(weights, n, name)
    huge = np.flatnonzero(w > MAX_MAGNITUDE)
    if huge.size:
        raise McdaInputError(f"{name}[{huge[0]}] = {w[huge[0]]:g}: too large a weight")
    bad = np.flatnonzero(w < 0)
    if bad.size:
        raise McdaInputError(f"{name}[{bad[0]}] = {w[bad[0]]:g}: weights cannot be negative")
    total = w.sum()
    if total <= 0:
        raise McdaInputError(f"{name}: all weights are zero; give at least one a positive weight")
    return w / total


def as_weight_rows(W: object, n: int) -> np.ndarray:
    """A k x n array of weight vectors, each normalised to sum 1."""
    try:
        a = np.asarray(W, dtype=float)
    except (TypeError, ValueError):
        rows = [W] if np.ndim(W) == 1 else W
        raise McdaInputError(_first_non_numeric(rows, "W") or "W: not a table of numbers") from None
    if a.ndim == 1:
        a = a[None, :]
    if a.ndim != 2 or a.shape[1] != n:
        raise McdaInputError(f"W: expected k x {n} weight rows, got shape {a.shape}")
    bad = np.argwhere(~np.isfinite(a) | (a < 0))
    if bad.size:
        k, j = bad[0]
        raise McdaInputError(f"W[{k}, {j}] = {a[k, j]}: weights must be finite and >= 0")
    totals = a.sum(axis=1, keepdims=True)
    zero = np.flatnonzero(totals[:, 0] <= 0)
    if zero.size:
        raise McdaInputError(f"W[{zero[0]}]: all weights are zero")
    return a / totals


def as_count(value: float, name: str, what: str = "") -> int:
    """``value`` as a whole number of at least 1 (a sample count, a number of places); the
    error names the argument ``name`` and, if given, ``what`` it counts."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float | np.integer | np.floating)
        or not float(value).is_integer()
        or value < 1
    ):
        counted = f"{what} " if what else ""
        raise McdaInputError(f"{name} = {value!r}: {counted}must be a whole number >= 1")
    return int(value)


def per_criterion(value: object, n: int, name: str) -> list:
    """A scalar broadcast to ``n`` criteria, or a per-criterion sequence of length ``n``."""
    if isinstance(value, str) or np.ndim(value) == 0:
        return [value] * n
    values = list(value)  # type: ignore[call-overload]
    if len(values) != n:
        raise McdaInputError(
            f"{name}: expected one value or {n} (one per criterion), got {len(values)}"
        )
    return values


def check_problem(
    matrix: object, weights: object, types: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The validated matrix, normalised weights and types of one decision problem."""
    x = as_matrix(matrix)
    n = x.shape[1]
    return x, as_weights(weights, n), as_types(types, n)
