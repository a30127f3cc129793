"""Measurement scales of criteria and their value functions.

A score is stored as the team gave it (a five-point label or a number); the engine works on
*values*: higher is better, anchored to the scale (Belton & Stewart (2002), *Multiple Criteria
Decision Analysis*, ch. 5: value functions on a global scale).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

FIVE_POINT_LABELS: tuple[str, ...] = ("--", "-", "0", "+", "++")
"""The five-point scale, worst to best; stored as -2 .. +2."""

_LABEL_TO_NUMBER = {label: i - 2 for i, label in enumerate(FIVE_POINT_LABELS)}
# Variants people type in Excel: unicode minus, "o" for neutral, "+0"…
_LABEL_ALIASES = {"−−": "--", "−": "-", "–": "-", "––": "--", "o": "0", "=": "0", "±": "0"}


class ScaleError(ValueError):
    """A score or scale definition that does not fit the scale."""


def five_point_number(label: str | float | int) -> int:
    """The number (-2 .. +2) of a five-point label; numbers -2 .. 2 are accepted as well."""
    if isinstance(label, bool):
        raise ScaleError(f"{label!r} is not a five-point label")
    if isinstance(label, int | float):
        if float(label).is_integer() and -2 <= label <= 2:
            return int(label)
        raise ScaleError(f"{label!r} is not on the five-point scale (-2 .. 2)")
    text = str(label).strip()
    text = _LABEL_ALIASES.get(text, text)
    try:
        return _LABEL_TO_NUMBER[text]
    except KeyError:
        raise ScaleError(
            f"{label!r} is not a five-point label (use {', '.join(FIVE_POINT_LABELS)})"
        ) from None


def five_point_label(number: float) -> str:
    """The label of a five-point number (-2 .. +2)."""
    return FIVE_POINT_LABELS[int(number) + 2]


@dataclass(frozen=True)
class ValueFunction:
    """A piecewise-linear value function: ``points`` are (x, value) with x increasing.

    ``linear`` between the scale bounds is the two-point special case.
    """

    points: tuple[tuple[float, float], ...]
    kind: Literal["linear", "piecewise"] = "piecewise"

    def __post_init__(self) -> None:
        xs = [x for x, _ in self.points]
        if len(xs) < 2:
            raise ScaleError("a value function needs at least two points")
        if any(b <= a for a, b in zip(xs, xs[1:], strict=False)):
            raise ScaleError("the x values of a value function must increase")
        if any(not 0.0 <= v <= 1.0 for _, v in self.points):
            raise ScaleError("the values of a value function must lie between 0 and 1")

    def __call__(self, x: np.ndarray) -> np.ndarray:
        xs, vs = zip(*self.points, strict=True)
        return np.interp(x, xs, vs)


@dataclass(frozen=True)
class FivePointScale:
    """The ordinal five-point scale ``-- - 0 + ++``, read as an interval scale -2 .. +2."""

    type: Literal["five_point"] = "five_point"
    lower: float = -2.0
    upper: float = 2.0
    unit: str = ""

    def parse(self, raw: str | float | int) -> float:
        return float(five_point_number(raw))

    def format(self, number: float) -> str:
        return five_point_label(number)

    @property
    def midpoint(self) -> float:
        return 0.0

    def values(self, numbers: np.ndarray, benefit: bool) -> np.ndarray:
        """Values in [0, 1]: ``++`` is 1 on a benefit criterion, 0 on a cost criterion."""
        v = (np.asarray(numbers, dtype=float) + 2.0) / 4.0
        return v if benefit else 1.0 - v


@dataclass(frozen=True)
class NumericScale:
    """Numbers with a unit; optional bounds and value function.

    With a value function the values are read from it (higher is better, the direction is
    in the function); with bounds only, values are linear between them; without bounds the
    observed range of the candidates is the scale (a *local* scale).
    """

    unit: str = ""
    lower: float | None = None
    upper: float | None = None
    value_function: ValueFunction | None = None
    type: Literal["numeric"] = "numeric"

    def __post_init__(self) -> None:
        if self.lower is not None and self.upper is not None and self.upper <= self.lower:
            raise ScaleError(f"upper bound {self.upper} must exceed lower bound {self.lower}")

    def parse(self, raw: str | float | int) -> float:
        if isinstance(raw, bool):
            raise ScaleError(f"{raw!r} is not a number")
        try:
            number = float(str(raw).replace(",", ".")) if isinstance(raw, str) else float(raw)
        except ValueError:
            raise ScaleError(f"{raw!r} is not a number") from None
        if not np.isfinite(number):
            raise ScaleError(f"{raw!r} is not a finite number")
        return number

    def format(self, number: float) -> str:
        text = f"{number:g}"
        return f"{text} {self.unit}".strip()

    @property
    def midpoint(self) -> float | None:
        if self.lower is None or self.upper is None:
            return None
        return (self.lower + self.upper) / 2.0

    def values(self, numbers: np.ndarray, benefit: bool) -> np.ndarray:
        x = np.asarray(numbers, dtype=float)
        if self.value_function is not None:
            return self.value_function(x)
        lo = self.lower if self.lower is not None else float(np.min(x))
        hi = self.upper if self.upper is not None else float(np.max(x))
        if hi <= lo:  # one value for all candidates: the criterion cannot discriminate
            return np.zeros_like(x)
        v = np.clip((x - lo) / (hi - lo), 0.0, 1.0)
        return v if benefit else 1.0 - v


Scale = FivePointScale | NumericScale
