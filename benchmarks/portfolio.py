"""Portfolio benchmarks: prints wall-clock figures (targets from issue 9), asserts nothing.

Run: ``PYTHONPATH=. python benchmarks/portfolio.py``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (see desktop/__init__.py)

import time  # noqa: E402

import numpy as np  # noqa: E402

from mcda.portfolio import PortfolioModel, Rules, budget_sweep, portfolio_acceptability  # noqa: E402


def exclusive_groups(rng: np.random.Generator, m: int, groups: int, size: int) -> Rules:
    members = rng.permutation(m)[: groups * size].reshape(groups, size)
    return Rules(exclusive=tuple(tuple(int(i) for i in g) for g in members))


def timed(label: str, target: float, work) -> None:
    start = time.perf_counter()
    detail = work()
    seconds = time.perf_counter() - start
    verdict = "ok" if seconds < target else "OVER TARGET"
    print(f"{label:<62} {seconds:7.3f} s  (target < {target:g} s, {verdict})  {detail}")


def main() -> None:
    rng = np.random.default_rng(2026)

    m = 200
    values, costs = rng.uniform(0, 1, m), rng.uniform(1, 10, m)
    rules = exclusive_groups(rng, m, 10, 4)
    model = PortfolioModel(costs, rules)

    def optimum() -> str:
        p = model.solve(values, costs.sum() / 3)
        return f"{int(p.selected.sum())} selected, value {p.total_value:.3f}"

    def sweep() -> str:
        s = budget_sweep(model, values, np.linspace(0, costs.sum(), 100))
        return f"{len(s.changes)} selection changes"

    timed("optimal portfolio, 200 candidates, 10 exclusive groups (cold)", 0.2, optimum)
    timed("  the same again (HiGHS loaded)", 0.2, optimum)
    timed("budget sweep, 100 budgets, same 200 candidates", 5.0, sweep)

    m, n = 50, 8
    matrix = rng.uniform(0, 1, (m, n))
    costs = rng.uniform(1, 10, m)
    ranges = np.column_stack([costs * 0.8, costs * 1.25])
    rules = exclusive_groups(rng, m, 5, 3)

    def acceptability(cost_ranges) -> str:
        def run() -> str:
            a = portfolio_acceptability(
                matrix, costs, costs.sum() / 3, rules, cost_ranges=cost_ranges, n_samples=10_000
            )
            safe = int((a.share > 0.95).sum())
            out = int((a.share < 0.05).sum())
            return f"{safe} safe in, {out} safe out, {m - safe - out} weight-dependent"

        return run

    timed(
        "portfolio acceptability, 10,000 weight samples, 50 candidates", 20.0, acceptability(None)
    )
    timed("  the same with every cost sampled in [0.8, 1.25] x cost", 20.0, acceptability(ranges))


if __name__ == "__main__":
    main()
