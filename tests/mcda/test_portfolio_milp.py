import itertools
import os

import numpy as np
import pytest

from mcda.portfolio import (
    BudgetError,
    InfeasibleError,
    PortfolioError,
    PortfolioModel,
    Rules,
    benefit_cost_order,
    budget_sweep,
    efficient_frontier,
    incremental_order,
)


def all_selections(m: int) -> np.ndarray:
    return np.array(list(itertools.product((False, True), repeat=m)), dtype=bool)


def brute_force(values, costs, budget, rules) -> float | None:
    """The best total value over all 2^m selections that meet the budget and the rules."""
    x = all_selections(len(values))
    ok = rules.allows(x) & (x @ costs <= budget + 1e-9)
    return float((x[ok] @ values).max()) if ok.any() else None


def random_instance(rng: np.random.Generator):
    m = int(rng.integers(1, 17))
    # values added over a do-nothing baseline: mostly positive, some <= 0 (never worth taking
    # unless a rule forces them in)
    values = rng.uniform(-0.3, 1, m).round(3)
    costs = rng.integers(0, 20, m).astype(float)
    order = rng.permutation(m)
    exclusive, at_least_one, cursor = [], [], 0
    for _ in range(int(rng.integers(0, 3))):
        size = int(rng.integers(2, 5))
        if cursor + size <= m:
            exclusive.append(tuple(int(i) for i in order[cursor : cursor + size]))
            cursor += size
    if rng.random() < 0.4 and m >= 2:
        at_least_one.append(tuple(int(i) for i in rng.choice(m, 2, replace=False)))
    dependencies = []
    for _ in range(int(rng.integers(0, 4))):
        if m >= 2:
            b, a = (int(i) for i in rng.choice(m, 2, replace=False))
            if (a, b) not in dependencies:
                dependencies.append((b, a))
    rules = Rules(tuple(exclusive), tuple(at_least_one), tuple(dependencies))
    budget = float(rng.uniform(0, costs.sum() + 1))
    return values, costs, budget, rules


@pytest.mark.parametrize("seed", range(60))
def test_milp_equals_brute_force_enumeration(seed):
    values, costs, budget, rules = random_instance(np.random.default_rng(seed))
    best = brute_force(values, costs, budget, rules)
    model = PortfolioModel(costs, rules)
    if best is None:
        with pytest.raises(InfeasibleError):
            model.solve(values, budget)
        return
    p = model.solve(values, budget)
    assert p.total_value == pytest.approx(best, abs=1e-9)
    assert p.total_cost <= budget + 1e-6
    assert rules.allows(p.selected)[0]
    assert p.total_value == pytest.approx(values[p.selected].sum())


def test_budget_zero_selects_nothing_with_positive_costs():
    p = PortfolioModel([3.0, 1.0, 2.0]).solve([0.9, 0.5, 0.7], 0)
    assert not p.selected.any()
    assert p.total_value == 0 and p.total_cost == 0


def test_budget_zero_takes_free_candidates():
    p = PortfolioModel([3.0, 0.0]).solve([0.9, 0.5], 0)
    assert p.selected.tolist() == [False, True]


def test_budget_of_total_cost_selects_everything_the_rules_allow():
    costs = np.array([4.0, 2.0, 3.0, 5.0, 1.0])
    values = np.array([0.2, 0.9, 0.4, 0.6, 0.1])
    everything = PortfolioModel(costs).solve(values, costs.sum())
    assert everything.selected.all()
    rules = Rules(exclusive=((0, 1),))
    p = PortfolioModel(costs, rules).solve(values, costs.sum())
    assert p.selected.tolist() == [False, True, True, True, True]  # 1 beats 0 in the group


def test_exclusive_group_is_respected_even_when_both_fit_and_are_best():
    p = PortfolioModel([1.0, 1.0, 1.0], Rules(exclusive=((0, 1),))).solve([0.9, 0.8, 0.1], 10)
    assert p.selected.tolist() == [True, False, True]


def test_at_least_one_group_forces_a_member_in():
    rules = Rules(at_least_one=((1, 2),))
    p = PortfolioModel([1.0, 1.0, 1.0], rules).solve([0.9, 0.0, 0.1], 2)
    assert p.selected.tolist() == [True, False, True]


def test_dependency_is_respected():
    rules = Rules(dependencies=((0, 1),))  # 0 requires 1
    model = PortfolioModel([1.0, 3.0, 1.0], rules)
    assert model.solve([0.9, 0.0, 0.5], 2).selected.tolist() == [False, False, True]
    assert model.solve([0.9, 0.0, 0.5], 4).selected.tolist() == [True, True, False]


def test_contradicting_rules_are_an_error_naming_the_cause():
    rules = Rules(exclusive=((0, 1),), dependencies=((0, 1),), at_least_one=((0,),))
    with pytest.raises(InfeasibleError, match="contradict") as info:
        PortfolioModel([1.0, 1.0], rules).solve([1.0, 1.0], 10)
    assert info.value.cheapest is None


def test_budget_too_small_for_the_rules_names_the_cheapest_portfolio():
    rules = Rules(at_least_one=((0, 1),))
    with pytest.raises(InfeasibleError, match="costs 3") as info:
        PortfolioModel([5.0, 3.0], rules).solve([1.0, 1.0], 2)
    assert info.value.cheapest == 3


@pytest.mark.parametrize("budget", [-1, float("nan"), float("inf"), "ten", None])
def test_invalid_budget_is_an_error(budget):
    with pytest.raises(BudgetError, match="budget"):
        PortfolioModel([1.0]).solve([1.0], budget)


@pytest.mark.parametrize(
    ("costs", "values", "rules", "match"),
    [
        ([1.0, -2.0], [1, 1], Rules(), r"costs\[1\]"),
        ([1.0, float("nan")], [1, 1], Rules(), r"costs\[1\]"),
        ([1.0, 1.0], [1, float("inf")], Rules(), r"values\[1\]"),
        ([1.0, 1.0], [1], Rules(), "values"),
        ([1.0, 1.0], [1, 1], Rules(exclusive=((0, 5),)), "index 5"),
        ([1.0, 1.0], [1, 1], Rules(dependencies=((1, 1),)), "itself"),
    ],
)
def test_bad_input_names_the_argument(costs, values, rules, match):
    with pytest.raises(PortfolioError, match=match):
        PortfolioModel(costs, rules).solve(values, 1)


def test_budget_sweep_matches_single_solves_and_reports_changes():
    rng = np.random.default_rng(3)
    values, costs, _, rules = random_instance(rng)
    model = PortfolioModel(costs, rules)
    budgets = np.linspace(0, costs.sum(), 15)
    sweep = budget_sweep(model, values, budgets)
    for k, b in enumerate(budgets):
        best = brute_force(values, costs, b, rules)
        assert sweep.feasible[k] == (best is not None)
        if best is not None:
            assert sweep.total_value[k] == pytest.approx(best, abs=1e-9)
    assert np.all(np.diff(sweep.total_value[sweep.feasible]) >= -1e-9)
    for k in sweep.changes:
        assert (sweep.selected[k] != sweep.selected[k - 1]).any()


def test_efficient_frontier_is_the_upper_staircase_of_all_portfolios():
    rng = np.random.default_rng(7)
    costs = rng.integers(1, 10, 8).astype(float)
    values = rng.uniform(0, 1, 8)
    rules = Rules(exclusive=((0, 1, 2),), dependencies=((3, 4),))
    points = efficient_frontier(PortfolioModel(costs, rules), values)
    x = all_selections(8)
    x = x[rules.allows(x)]
    for p in points:
        assert rules.allows(p.selected)[0]
        # no portfolio is at most as expensive and worth more
        cheaper = x @ costs <= p.total_cost + 1e-9
        assert (x[cheaper] @ values).max() == pytest.approx(p.total_value)
    assert [p.total_cost for p in points] == sorted(p.total_cost for p in points)
    assert np.all(np.diff([p.total_value for p in points]) > 0)
    # every efficient level of the brute force appears
    levels = {float(c) for c in np.unique(x @ costs)}
    best_at = {c: (x[x @ costs <= c] @ values).max() for c in levels}
    efficient = {c for c in levels if all(best_at[c] > best_at[d] + 1e-9 for d in levels if d < c)}
    assert {p.total_cost for p in points} == efficient


def test_benefit_cost_order_puts_free_candidates_first():
    order = benefit_cost_order([0.5, 0.9, 0.2, 0.3], [1.0, 3.0, 0.0, 2.0])
    assert order.tolist() == [2, 0, 1, 3]  # free, 0.5, 0.3, 0.15


@pytest.mark.parametrize("seed", range(5))
def test_greedy_prefix_without_rules_is_optimal_at_its_own_cost(seed):
    # it exhausts its own budget, so it equals the fractional (LP) bound there
    rng = np.random.default_rng(seed)
    costs, values = rng.uniform(1, 10, 10), rng.uniform(0, 1, 10)
    steps = incremental_order(PortfolioModel(costs), values)
    assert sorted(s.candidate for s in steps) == list(range(10))
    assert all(s.is_optimal for s in steps)


def test_incremental_order_is_corrected_where_a_rule_makes_greedy_fall_short():
    costs = np.array([2.0, 1.0, 5.0])
    values = np.array([2.5, 3.0, 0.5])
    rules = Rules(dependencies=((1, 2),))  # 1 (best ratio) requires 2 (worst ratio)
    steps = incremental_order(PortfolioModel(costs, rules), values)
    assert [s.candidate for s in steps] == [0, 2, 1]
    assert [s.cumulative_cost for s in steps] == [2, 7, 8]
    assert [s.is_optimal for s in steps] == [True, False, True]
    assert steps[1].optimal_value == pytest.approx(3.5)
    assert steps[1].optimal_selected.tolist() == [False, True, True]


def test_incremental_order_skips_exclusive_and_waits_for_requirements():
    costs = np.array([1.0, 1.0, 4.0, 1.0])
    values = np.array([0.9, 0.8, 0.4, 0.7])
    rules = Rules(exclusive=((0, 1),), dependencies=((3, 2),))  # 3 requires 2
    steps = incremental_order(PortfolioModel(costs, rules), values)
    assert [s.candidate for s in steps] == [0, 2, 3]
    for k in range(len(steps)):
        prefix = np.isin(np.arange(4), [s.candidate for s in steps[: k + 1]])
        assert rules.allows(prefix)[0]


def test_quiet_stdout_silences_c_level_writes_and_restores_them_across_threads(capfd):
    import threading

    from mcda.portfolio.milp import quiet_stdout

    inside, leave = threading.Event(), threading.Event()

    def worker():
        with quiet_stdout():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    with quiet_stdout():
        thread.start()
        inside.wait(5)
        os.write(1, b"hidden\n")
    os.write(1, b"still hidden while the worker solves\n")  # the worker is still inside
    leave.set()
    thread.join(5)
    os.write(1, b"visible\n")
    assert capfd.readouterr().out == "visible\n"
