"""Portfolio acceptability: how often each candidate is in the optimal portfolio.

The portfolio analogue of SMAA's acceptability indices (Lahdelma & Salminen (2001),
Operations Research 49(3)) as used in robust portfolio modelling (Liesiö, Mild & Salo (2007),
"Preference programming for robust portfolio modeling and project selection", EJOR 181):
weights are sampled (uniform on the simplex, or around given weights), costs are sampled
uniformly within their ranges, and for every sample the exact optimal portfolio is found.
A share near 1 marks a safe choice, near 0 a safe rejection; in between the choice depends
on the weights and costs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.portfolio.batch import BatchSolver
from mcda.portfolio.milp import (
    NO_RULES,
    InfeasibleError,
    PortfolioModel,
    Rules,
    check_budget,
    check_costs,
    quiet_stdout,
)
from mcda.sensitivity.sampling import weight_samples
from mcda.validation import McdaInputError, as_count, as_matrix, as_weights

CHUNK = 256
"""Samples solved together by ``BatchSolver``."""


@dataclass(frozen=True)
class PortfolioAcceptability:
    """Per sample the optimal selection; ``share`` summarises it per candidate."""

    selected: np.ndarray  # n_samples x m booleans (all False where infeasible)
    feasible: np.ndarray  # n_samples booleans: whether the rules could be met in the budget

    @property
    def share(self) -> np.ndarray:
        """Share of the feasible samples in which each candidate is selected."""
        n = max(1, int(self.feasible.sum()))
        return self.selected[self.feasible].sum(axis=0) / n

    @property
    def n_samples(self) -> int:
        return int(self.feasible.size)


def sample_costs(
    rng: np.random.Generator, n_samples: int, costs: np.ndarray, cost_ranges: np.ndarray | None
) -> np.ndarray:
    """``n_samples`` cost vectors, uniform within each candidate's ``[low, high]`` range.

    A row of ``cost_ranges`` holding NaN keeps the candidate's point cost.
    """
    if cost_ranges is None:
        return np.broadcast_to(costs, (n_samples, costs.size))
    low, high = cost_ranges[:, 0], cost_ranges[:, 1]
    fixed = np.isnan(low)
    low, high = np.where(fixed, costs, low), np.where(fixed, costs, high)
    return low + rng.random((n_samples, costs.size)) * (high - low)


def check_cost_ranges(cost_ranges: object, m: int) -> np.ndarray:
    r = np.asarray(cost_ranges, dtype=float)
    if r.shape != (m, 2):
        raise McdaInputError(f"cost_ranges must be {m} rows of [low, high], got shape {r.shape}")
    both = ~np.isnan(r).any(axis=1)
    for i in np.flatnonzero(both & ((r[:, 0] < 0) | (r[:, 0] > r[:, 1]) | ~np.isfinite(r[:, 1]))):
        raise McdaInputError(f"cost_ranges[{i}] = {r[i].tolist()}: need 0 <= low <= high")
    return r


def portfolio_acceptability(
    matrix: Sequence[Sequence[float]] | np.ndarray,
    costs: Sequence[float] | np.ndarray,
    budget: float,
    rules: Rules = NO_RULES,
    *,
    cost_ranges: Sequence[Sequence[float]] | np.ndarray | None = None,
    n_samples: int = 10000,
    seed: int | None = 0,
    weights: Sequence[float] | None = None,
    weight_spread: float | None = None,
) -> PortfolioAcceptability:
    """The optimal portfolio for ``n_samples`` sampled weight (and cost) vectors.

    ``matrix`` holds values (m candidates x n criteria, higher is better, on a common value
    scale); a sample's candidate values are ``matrix @ w``. ``weights=None`` samples weights
    uniformly on the simplex; otherwise around ``weights`` with ``weight_spread`` (see
    ``mcda.sensitivity.sampling.around``). ``cost_ranges`` (m x 2, NaN rows for a point
    cost) makes the costs vary too. The same seed gives the same result.
    """
    x = as_matrix(matrix)
    m, n = x.shape
    c = check_costs(costs, m)
    b = check_budget(budget)
    ranges = None if cost_ranges is None else check_cost_ranges(cost_ranges, m)
    n_samples = as_count(n_samples, "n_samples")
    w = None if weights is None else as_weights(weights, n)
    rng = np.random.default_rng(seed)
    values = weight_samples(rng, n_samples, n, w, weight_spread) @ x.T
    sampled_costs = sample_costs(rng, n_samples, c, ranges)
    model = PortfolioModel(c, rules)
    solver = BatchSolver.build(m, rules)
    if solver is None:
        return PortfolioAcceptability(*_one_by_one(model, values, sampled_costs, b))
    with contextlib.suppress(InfeasibleError):  # the optimum at the mean: first incumbent
        mean = model.solve(values.mean(axis=0), b, sampled_costs.mean(axis=0))
        solver.add_incumbents(mean.selected[np.newaxis])
    selected = np.zeros((n_samples, m), dtype=bool)
    feasible = np.zeros(n_samples, dtype=bool)
    for start in range(0, n_samples, CHUNK):
        part = slice(start, start + CHUNK)
        selected[part], feasible[part] = solver.solve(values[part], sampled_costs[part], b)
        solver.add_incumbents(selected[part][feasible[part]])
    return PortfolioAcceptability(selected, feasible)


def _one_by_one(model: PortfolioModel, values: np.ndarray, costs: np.ndarray, budget: float):
    """One MILP per sample: for rules whose blocks are too large for ``BatchSolver``."""
    selected = np.zeros(values.shape, dtype=bool)
    feasible = np.zeros(values.shape[0], dtype=bool)
    with quiet_stdout():
        for k in range(values.shape[0]):
            try:
                selected[k] = model.solve_quietly(values[k], budget, costs[k]).selected
                feasible[k] = True
            except InfeasibleError:
                pass
    return selected, feasible
