"""Value for money: budget sweep, efficient frontier and the incremental benefit/cost order.

The incremental order is the classic benefit/cost ("bang for the buck") ranking of portfolio
decision analysis (Phillips & Bana e Costa (2007), Annals of Operations Research 154): the
candidates enter in decreasing value/cost ratio as the budget grows. That greedy order is
optimal only at the budgets where it happens to fill the budget well, so every step is
checked against the exact optimum (``PortfolioModel``) and flagged where it falls short. The
efficient frontier is exact: the most valuable portfolio for every cost level at which the
optimum changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.portfolio.batch import BatchSolver
from mcda.portfolio.milp import (
    Portfolio,
    PortfolioError,
    PortfolioModel,
    check_budget,
    check_vector,
    quiet_stdout,
)

#: tolerance under which two total values count as equal
TOLERANCE = 1e-9
#: costs closer than this share of the total cost are one frontier level (HiGHS accepts a
#: budget row violated by up to 1e-7, so the walk down must step by more than that)
COST_RESOLUTION = 1e-6
#: budgets solved together by ``BatchSolver`` in a sweep
SWEEP_CHUNK = 25


@dataclass(frozen=True)
class BudgetSweep:
    """The optimal portfolio at each budget; rows where the rules cannot be met are empty."""

    budgets: np.ndarray  # k
    selected: np.ndarray  # k x m booleans
    total_value: np.ndarray  # k (NaN where infeasible)
    total_cost: np.ndarray  # k (NaN where infeasible)
    feasible: np.ndarray  # k booleans

    @property
    def changes(self) -> np.ndarray:
        """Indices of the budgets at which the selection differs from the previous budget."""
        differs = np.any(self.selected[1:] != self.selected[:-1], axis=1)
        return np.flatnonzero(differs) + 1


def budget_sweep(
    model: PortfolioModel, values: Sequence[float] | np.ndarray, budgets: Sequence[float]
) -> BudgetSweep:
    """The optimal portfolio for every budget in ``budgets``.

    With ``BatchSolver`` the budgets are solved from low to high in chunks, the optima of
    one chunk serving as incumbents for the next. Otherwise one MILP per distinct optimum,
    from high to low: the optimum at budget B with cost C is also optimal at every budget in
    [C, B] (it stays feasible and the feasible set only shrinks), so only budgets below C
    need a new solve.
    """
    v = check_vector(values, "values", model.m)
    b = np.array([check_budget(x) for x in budgets], dtype=float)
    selected = np.zeros((b.size, model.m), dtype=bool)
    feasible = np.zeros(b.size, dtype=bool)
    solver = BatchSolver.build(model.m, model.rules)
    if solver is not None:
        ascending = np.argsort(b, kind="stable")
        for start in range(0, b.size, SWEEP_CHUNK):
            part = ascending[start : start + SWEEP_CHUNK]
            values_part = np.broadcast_to(v, (part.size, model.m))
            selected[part], feasible[part] = solver.solve(values_part, model.costs, b[part])
            solver.add_incumbents(selected[part][feasible[part]])
    else:
        last: Portfolio | None = None
        with quiet_stdout():
            for k in np.argsort(-b, kind="stable"):
                if last is None or b[k] < last.total_cost:
                    try:
                        last = model.solve_quietly(v, b[k])
                    except PortfolioError:
                        break  # a smaller budget cannot meet the rules either
                selected[k], feasible[k] = last.selected, True
    total_value = np.where(feasible, selected @ v, np.nan)
    total_cost = np.where(feasible, selected @ model.costs, np.nan)
    return BudgetSweep(b, selected, total_value, total_cost, feasible)


@dataclass(frozen=True)
class FrontierPoint:
    """A portfolio on the efficient frontier: no cheaper portfolio is worth as much."""

    total_cost: float
    total_value: float
    selected: np.ndarray


def efficient_frontier(
    model: PortfolioModel, values: Sequence[float] | np.ndarray, max_points: int = 500
) -> list[FrontierPoint]:
    """The efficient portfolios from the cheapest to the most valuable (at most ``max_points``).

    Walks down from the full budget: solve, then solve again just below the cost of the
    optimum found, until no portfolio meets the rules. A later (cheaper) optimum worth as
    much as the previous one replaces it, so every point returned is undominated.
    """
    v = check_vector(values, "values", model.m)
    total = float(model.costs.sum())
    step = COST_RESOLUTION * max(1.0, total)
    points: list[FrontierPoint] = []
    budget = total
    with quiet_stdout():
        while budget >= 0 and len(points) < max_points:
            try:
                p = model.solve_quietly(v, budget)
            except PortfolioError:
                break
            point = FrontierPoint(p.total_cost, p.total_value, p.selected)
            if points and p.total_value >= points[-1].total_value - TOLERANCE:
                points[-1] = point
            else:
                points.append(point)
            budget = min(budget, p.total_cost) - step
    return points[::-1]


@dataclass(frozen=True)
class IncrementalStep:
    """A candidate entering in benefit/cost order, compared with the exact optimum."""

    candidate: int
    cumulative_cost: float
    cumulative_value: float
    optimal_value: float  # the exact optimum at budget ``cumulative_cost`` (NaN: infeasible)
    optimal_selected: np.ndarray

    @property
    def is_optimal(self) -> bool:
        """Whether the greedy portfolio at this step is as good as the exact optimum."""
        return bool(self.cumulative_value >= self.optimal_value - TOLERANCE)


def benefit_cost_order(
    values: Sequence[float] | np.ndarray, costs: Sequence[float] | np.ndarray
) -> np.ndarray:
    """Candidate indices by decreasing value/cost ratio (free candidates first, ties: index)."""
    v = check_vector(values, "values")
    c = check_vector(costs, "costs", v.shape[0])
    ratio = np.divide(v, c, out=np.where(v > 0, np.inf, 0.0), where=c > 0)
    return np.lexsort((np.arange(v.size), -ratio))


def incremental_order(
    model: PortfolioModel, values: Sequence[float] | np.ndarray
) -> list[IncrementalStep]:
    """The order in which candidates enter as the budget grows, each step checked exactly.

    Candidates are taken by decreasing value/cost ratio; one that would break an exclusive
    group is skipped, one whose required candidates are not in yet waits until they are.
    At-least-one groups cannot be honoured by a growing list; the exact optimum at each
    step does honour them (NaN where the rules cannot be met at that cumulative cost).
    """
    v = check_vector(values, "values", model.m)
    rules = model.rules
    requires: dict[int, set[int]] = {}
    for b, a in rules.dependencies:
        requires.setdefault(b, set()).add(a)
    chosen = np.zeros(model.m, dtype=bool)
    waiting: list[int] = []
    entered: list[int] = []

    def admissible(i: int) -> bool:
        return not any(i in g and chosen[list(g)].any() for g in rules.exclusive)

    for i in benefit_cost_order(v, model.costs):
        if not admissible(i):
            continue
        waiting.append(int(i))
        progress = True
        while progress:  # admit every waiting candidate whose requirements are in
            progress = False
            for j in list(waiting):
                if all(chosen[a] for a in requires.get(j, ())) and admissible(j):
                    chosen[j] = True
                    entered.append(j)
                    waiting.remove(j)
                    progress = True
    steps = []
    cost = value = 0.0
    with quiet_stdout():
        for i in entered:
            cost += float(model.costs[i])
            value += float(v[i])
            try:
                best = model.solve_quietly(v, cost)
                optimal_value, optimal_selected = best.total_value, best.selected
            except PortfolioError:
                optimal_value, optimal_selected = np.nan, np.zeros(model.m, dtype=bool)
            steps.append(IncrementalStep(i, cost, value, optimal_value, optimal_selected))
    return steps
