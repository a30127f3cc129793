"""Weight elicitation: the ways a workshop states how much each criterion matters.

Each function turns one sibling group's judgements into local weights that sum to 1.
Sources: points allocation and swing weighting (von Winterfeldt & Edwards (1986), *Decision
Analysis and Behavioral Research*), rank-order centroid and rank-sum weights (Barron & Barrett
(1996), Management Science 42(11)), pairwise comparison (Saaty (1980), *The Analytic Hierarchy
Process*).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

import mcda
from criteria.text import Text

Method = Literal["direct", "points", "swing", "rank_order", "pairwise"]
METHODS: tuple[Method, ...] = ("direct", "points", "swing", "rank_order", "pairwise")


MESSAGES: dict[str, Text] = {
    "one_per_criterion": Text(
        "{what}: geef één getal per criterium", "{what}: give one number per criterion"
    ),
    "negative": Text(
        "{what}[{index}] = {value:g}: moet een getal van 0 of meer zijn",
        "{what}[{index}] = {value:g}: must be a number of 0 or more",
    ),
    "all_zero": Text(
        "{what}: minstens één criterium heeft een positief gewicht nodig",
        "{what}: at least one criterion needs a positive weight",
    ),
    "points_budget": Text(
        "punten: {spent:g} van {budget:g} punten verdeeld; verdeel er precies {budget:g}",
        "points: {spent:g} of {budget:g} points allocated; allocate exactly {budget:g}",
    ),
    "swing_above_100": Text(
        "swingpunten: de belangrijkste swing krijgt 100, geen enkele meer",
        "swing points: the most important swing scores 100, none more",
    ),
    "ranks_whole": Text(
        "rangen: geef één heel getal per criterium", "ranks: give one whole number per criterion"
    ),
    "rank_range": Text(
        "rangen[{index}] = {value}: rangen lopen van 1 tot {n}",
        "ranks[{index}] = {value}: ranks run from 1 to {n}",
    ),
    "pairwise_matrix": Text(
        "geen geldige paarsgewijze vergelijking: {detail}",
        "not a valid pairwise comparison: {detail}",
    ),
    "judgement_positive": Text(
        "oordeel ({row}, {column}) = {value:g}: moet positief zijn",
        "judgement ({row}, {column}) = {value:g}: must be positive",
    ),
}
"""The messages of ``ElicitationError`` in Dutch and English, by key."""

WHAT = {
    "weights": Text("gewichten", "weights"),
    "points": Text("punten", "points"),
    "swing points": Text("swingpunten", "swing points"),
}
"""The names of the judgements in the messages."""


class ElicitationError(ValueError):
    """Judgements that do not give weights; the message says which entry.

    ``key`` names the message in ``MESSAGES`` and ``fields`` fill it in; the exception's own
    message is English, ``text(lang)`` gives it in the user's language."""

    def __init__(self, key: str, **fields: object) -> None:
        self.key, self.fields = key, fields
        super().__init__(self.text("en"))

    def text(self, lang: str = "nl") -> str:
        fields = {k: v.get(lang) if isinstance(v, Text) else v for k, v in self.fields.items()}
        return MESSAGES[self.key].get(lang).format(**fields)


def _non_negative(values: Sequence[float], what: str) -> np.ndarray:
    w = np.asarray(values, dtype=float)
    name = WHAT[what]
    if w.ndim != 1 or w.size == 0:
        raise ElicitationError("one_per_criterion", what=name)
    for i, x in enumerate(w):
        if not np.isfinite(x) or x < 0:
            raise ElicitationError("negative", what=name, index=i, value=x)
    if w.sum() <= 0:
        raise ElicitationError("all_zero", what=name)
    return w


def direct(values: Sequence[float]) -> np.ndarray:
    """Weights stated directly, in any unit: normalised to sum 1."""
    w = _non_negative(values, "weights")
    return w / w.sum()


def points(allocation: Sequence[float], budget: float = 100.0) -> np.ndarray:
    """A budget of points (default 100) divided over the criteria; it must be spent exactly."""
    w = _non_negative(allocation, "points")
    if not np.isclose(w.sum(), budget):
        raise ElicitationError("points_budget", spent=w.sum(), budget=budget)
    return w / budget


def swing(points_: Sequence[float]) -> np.ndarray:
    """Swing weighting: the most valued swing gets 100 points, the others points relative to it."""
    w = _non_negative(points_, "swing points")
    if w.max() > 100:
        raise ElicitationError("swing_above_100")
    return np.asarray(mcda.swing_weights(w))


def rank_order(ranks: Sequence[int], formula: Literal["roc", "rank_sum"] = "roc") -> np.ndarray:
    """Weights from an importance ranking (1 = most important); tied criteria share the
    average of the weights of the positions they occupy."""
    r = np.asarray(ranks)
    n = r.size
    if n == 0 or not np.issubdtype(r.dtype, np.number):
        raise ElicitationError("ranks_whole")
    for i, x in enumerate(r):
        if x != int(x) or not 1 <= x <= n:
            raise ElicitationError("rank_range", index=i, value=x, n=n)
    base = mcda.roc_weights(n) if formula == "roc" else mcda.rank_sum_weights(n)
    order = np.argsort(r, kind="stable")
    by_position = np.empty(n)
    by_position[order] = base
    weights = np.array([by_position[r == x].mean() for x in r])
    return weights / weights.sum()


@dataclass(frozen=True)
class PairwiseResult:
    """AHP weights with Saaty's consistency ratio and the judgement that fits worst."""

    weights: np.ndarray
    consistency_ratio: float
    most_inconsistent: tuple[int, int] | None

    @property
    def consistent(self) -> bool:
        """Saaty's rule of thumb: a consistency ratio of at most 0.10 is acceptable."""
        return self.consistency_ratio <= 0.1


def pairwise(pcm: Sequence[Sequence[float]]) -> PairwiseResult:
    """Weights from a reciprocal pairwise comparison matrix (Saaty's 1-9 scale)."""
    try:
        result = mcda.ahp(pcm)
    except ValueError as exc:
        raise ElicitationError("pairwise_matrix", detail=str(exc)) from exc
    return PairwiseResult(
        weights=np.asarray(result.weights),
        consistency_ratio=float(result.consistency_ratio),
        most_inconsistent=result.most_inconsistent,
    )


def pairwise_matrix(judgements: dict[tuple[int, int], float], n: int) -> np.ndarray:
    """A full reciprocal matrix from the upper-triangle judgements a_ij (i < j)."""
    a = np.ones((n, n))
    for (i, j), value in judgements.items():
        if value <= 0:
            raise ElicitationError("judgement_positive", row=i + 1, column=j + 1, value=value)
        a[i, j], a[j, i] = value, 1.0 / value
    return a
