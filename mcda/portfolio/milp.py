"""The optimal portfolio under a budget and selection rules, solved exactly as a 0-1 MILP.

Maximise sum_i v_i x_i subject to sum_i c_i x_i <= B, at most one member of every exclusive
group, at least one member of every at-least-one group, x_b <= x_a for every dependency
"b requires a", and x binary: a multiple-choice knapsack with precedence constraints, the
portfolio decision analysis model of Phillips & Bana e Costa (2007), "Transparent
prioritisation, budgeting and resource allocation with multi-criteria decision analysis and
decision conferencing", Annals of Operations Research 154, and Kleinmuntz (2007) in
"Advances in Decision Analysis" ch. 20. Solved with ``scipy.optimize.milp`` (HiGHS) with a
zero optimality gap, so the result is the true optimum, not a near one.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from mcda.validation import McdaInputError


class PortfolioError(McdaInputError):
    """Invalid portfolio input (costs, values, budget, rules) or rules that cannot be met."""


class BudgetError(PortfolioError):
    """A budget that is not a finite number >= 0."""


class InfeasibleError(PortfolioError):
    """No portfolio meets the rules within the budget.

    ``cheapest`` is the cost of the cheapest portfolio that meets the rules, or None when the
    rules contradict each other whatever the budget.
    """

    def __init__(self, text: str, cheapest: float | None) -> None:
        super().__init__(text)
        self.cheapest = cheapest


@dataclass(frozen=True)
class Rules:
    """Selection rules over candidate indices (0-based)."""

    exclusive: tuple[tuple[int, ...], ...] = ()  # at most one member chosen
    at_least_one: tuple[tuple[int, ...], ...] = ()  # at least one member chosen
    dependencies: tuple[tuple[int, int], ...] = ()  # (b, a): b may be chosen only with a

    def allows(self, selected: np.ndarray) -> np.ndarray:
        """Whether each row of the boolean (k x m) ``selected`` satisfies every rule."""
        x = np.atleast_2d(np.asarray(selected, dtype=bool))
        ok = np.ones(x.shape[0], dtype=bool)
        for group in self.exclusive:
            ok &= x[:, list(group)].sum(axis=1) <= 1
        for group in self.at_least_one:
            ok &= x[:, list(group)].any(axis=1)
        for b, a in self.dependencies:
            ok &= ~x[:, b] | x[:, a]
        return ok


NO_RULES = Rules()


@dataclass(frozen=True)
class Portfolio:
    """An optimal selection: ``selected`` is a boolean per candidate."""

    selected: np.ndarray
    total_value: float
    total_cost: float
    budget: float


def check_vector(values: Sequence[float] | np.ndarray, name: str, m: int | None = None):
    """``values`` as a finite float vector (of length ``m``), else ``PortfolioError``."""
    v = np.asarray(values, dtype=float)
    if v.ndim != 1 or (m is not None and v.shape[0] != m):
        raise PortfolioError(f"{name} must be a vector of {m} numbers, got shape {v.shape}")
    bad = np.flatnonzero(~np.isfinite(v))
    if bad.size:
        raise PortfolioError(f"{name}[{bad[0]}] is {v[bad[0]]}, not a finite number")
    return v


def check_costs(costs: Sequence[float] | np.ndarray, m: int | None = None) -> np.ndarray:
    c = check_vector(costs, "costs", m)
    negative = np.flatnonzero(c < 0)
    if negative.size:
        raise PortfolioError(f"costs[{negative[0]}] is {c[negative[0]]:g}; a cost must be >= 0")
    return c


def check_budget(budget: float) -> float:
    """A budget must be a finite number >= 0."""
    try:
        b = float(budget)
    except (TypeError, ValueError):
        raise BudgetError(f"the budget must be a number, got {budget!r}") from None
    if not math.isfinite(b) or b < 0:
        raise BudgetError(f"the budget must be a finite number >= 0, got {budget!r}")
    return b


class _QuietStdout:
    """Silences C-level writes to stdout while any thread is inside (HiGHS prints a debug
    line on some MIPs that would corrupt machine-readable output such as
    ``weegwijzer portfolio --json``). Reference-counted, so overlapping threads restore the
    real stdout exactly once, when the last one leaves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: int | None = None

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._saved = self._silence()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._saved is not None:
                    os.dup2(self._saved, 1)
                    os.close(self._saved)
                    self._saved = None

    @staticmethod
    def _silence() -> int | None:
        sys.stdout.flush()
        try:
            saved = os.dup(1)
        except OSError:  # no file descriptor 1 (a windowed app): nothing to silence
            return None
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
        return saved


quiet_stdout = _QuietStdout()


class PortfolioModel:
    """The MILP of one candidate set and its rules, built once and solved for many inputs.

    The rule rows are assembled once; a solve only swaps the objective (values), the budget
    row (costs) and its bound, so sweeps and Monte Carlo runs pay for HiGHS alone.
    """

    def __init__(self, costs: Sequence[float] | np.ndarray, rules: Rules = NO_RULES) -> None:
        self.costs = check_costs(costs)
        self.m = m = self.costs.shape[0]
        self.rules = rules
        rows, lower, upper = [], [], []

        def row(members: Sequence[int], coefficients: Sequence[float], lo: float, hi: float):
            for i in members:
                if not 0 <= i < m:
                    raise PortfolioError(f"rule refers to candidate index {i}; there are {m}")
            r = np.zeros(m)
            r[list(members)] = coefficients
            rows.append(r)
            lower.append(lo)
            upper.append(hi)

        for g in rules.exclusive:
            row(g, [1.0] * len(g), -np.inf, 1.0)
        for g in rules.at_least_one:
            if not g:
                raise PortfolioError("an at-least-one group has no members")
            row(g, [1.0] * len(g), 1.0, np.inf)
        for b, a in rules.dependencies:
            if a == b:
                raise PortfolioError(f"candidate index {a} cannot depend on itself")
            row((b, a), (1.0, -1.0), -np.inf, 0.0)
        self._rules = (
            [LinearConstraint(sparse.csr_array(np.array(rows)), lower, upper)] if rows else []
        )
        self._integrality = np.ones(m)
        self._bounds = Bounds(0.0, 1.0)

    def solve(
        self,
        values: Sequence[float] | np.ndarray,
        budget: float,
        costs: Sequence[float] | np.ndarray | None = None,
    ) -> Portfolio:
        """The optimal portfolio for ``values`` within ``budget`` (``costs`` default: the model's).

        Raises ``PortfolioError`` when no selection meets the rules within the budget, naming
        whether the rules contradict each other or the budget is too small for them.
        """
        with quiet_stdout():
            return self.solve_quietly(values, budget, costs)

    def solve_quietly(self, values, budget, costs=None) -> Portfolio:
        """``solve`` for callers that already hold ``quiet_stdout`` (loops over many solves)."""
        v = check_vector(values, "values", self.m)
        c = self.costs if costs is None else check_costs(costs, self.m)
        b = check_budget(budget)
        x = self._optimum(-v, c, b)
        if x is None:
            raise self._infeasibility(c, b)
        return Portfolio(x, float(v[x].sum()), float(c[x].sum()), b)

    def _optimum(self, objective: np.ndarray, c: np.ndarray, budget: float) -> np.ndarray | None:
        if self.m == 0:
            return np.zeros(0, dtype=bool)
        constraints = [LinearConstraint(c[np.newaxis, :], -np.inf, budget), *self._rules]
        result = milp(
            objective,
            constraints=constraints,
            integrality=self._integrality,
            bounds=self._bounds,
            options={"mip_rel_gap": 0.0},
        )
        if result.x is None:
            return None
        return result.x > 0.5

    def _infeasibility(self, c: np.ndarray, budget: float) -> InfeasibleError:
        cheapest = self._optimum(c, c, np.inf)
        if cheapest is None:
            return InfeasibleError(
                "the selection rules contradict each other: no portfolio meets them all", None
            )
        cost = float(c[cheapest].sum())
        return InfeasibleError(
            f"the budget {budget:g} is too small for the selection rules: the cheapest "
            f"portfolio that meets them costs {cost:g}",
            cost,
        )
