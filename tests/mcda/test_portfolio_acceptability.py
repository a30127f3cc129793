import numpy as np
import pytest

import mcda.portfolio.batch as batch
from mcda import McdaInputError
from mcda.portfolio import (
    InfeasibleError,
    PortfolioModel,
    Rules,
    budget_sweep,
    portfolio_acceptability,
)
from mcda.portfolio.batch import BatchSolver
from tests.mcda.test_portfolio_milp import random_instance


@pytest.mark.parametrize("seed", range(40))
def test_batch_solver_equals_milp_per_sample(seed):
    rng = np.random.default_rng(seed)
    values, costs, budget, rules = random_instance(rng)
    m, k = len(values), 12
    V = rng.uniform(-0.2, 1.0, (k, m))  # some values negative: never worth taking
    C = costs * rng.uniform(0.5, 1.5, (k, m))
    B = rng.uniform(0, costs.sum() + 1, k)
    solver = BatchSolver.build(m, rules)
    selected, feasible = solver.solve(V, C, B)
    model = PortfolioModel(costs, rules)
    for i in range(k):
        try:
            best = model.solve(V[i], B[i], C[i]).total_value
        except InfeasibleError:
            assert not feasible[i]
            continue
        assert feasible[i]
        assert rules.allows(selected[i])[0]
        assert C[i][selected[i]].sum() <= B[i] * (1 + 1e-9) + 1e-12
        assert V[i][selected[i]].sum() == pytest.approx(best, abs=1e-9)


def test_blocks_too_large_for_enumeration_are_left_to_the_milp():
    chain = Rules(dependencies=tuple((i + 1, i) for i in range(batch.MAX_BLOCK)))
    assert BatchSolver.build(batch.MAX_BLOCK + 1, chain) is None
    assert BatchSolver.build(batch.MAX_BLOCK, Rules(dependencies=chain.dependencies[:-1]))


def test_batch_and_milp_paths_agree(monkeypatch):
    rng = np.random.default_rng(5)
    matrix = rng.uniform(0, 1, (9, 3))
    costs = rng.uniform(1, 5, 9)
    ranges = np.column_stack([costs * 0.8, costs * 1.3])
    ranges[::3] = np.nan  # every third candidate has a point cost
    rules = Rules(exclusive=((0, 1, 2),), at_least_one=((3, 4),), dependencies=((5, 6),))
    args = (matrix, costs, costs.sum() / 2, rules)
    fast = portfolio_acceptability(*args, cost_ranges=ranges, n_samples=120, seed=2)
    budgets = np.linspace(0, costs.sum(), 12)
    fast_sweep = budget_sweep(PortfolioModel(costs, rules), matrix.mean(axis=1), budgets)
    monkeypatch.setattr(batch, "MAX_BLOCK", 0)  # every block too large: one MILP per sample
    slow = portfolio_acceptability(*args, cost_ranges=ranges, n_samples=120, seed=2)
    slow_sweep = budget_sweep(PortfolioModel(costs, rules), matrix.mean(axis=1), budgets)
    np.testing.assert_array_equal(fast.feasible, slow.feasible)
    np.testing.assert_allclose(fast.share, slow.share)
    np.testing.assert_array_equal(fast_sweep.feasible, slow_sweep.feasible)
    np.testing.assert_allclose(fast_sweep.total_value, slow_sweep.total_value)


def test_acceptability_separates_safe_choices_from_weight_dependent_ones():
    # 0: free and valuable (always in); 1: costs more than the budget (never); 2 and 3 are
    # each best on one criterion and compete for the remaining budget
    matrix = np.array([[0.5, 0.5], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    costs = np.array([0.0, 20.0, 4.0, 4.0])
    result = portfolio_acceptability(matrix, costs, 5.0, n_samples=2000, seed=1)
    assert result.share[0] == 1.0
    assert result.share[1] == 0.0
    assert result.share[2] + result.share[3] == pytest.approx(1.0)
    assert 0.4 < result.share[2] < 0.6  # uniform weights: each wins half the time
    assert result.selected.shape == (2000, 4)


def test_exclusive_group_shares_sum_to_at_most_one():
    rng = np.random.default_rng(3)
    matrix = rng.uniform(0, 1, (8, 4))
    costs = rng.uniform(1, 3, 8)
    rules = Rules(exclusive=((0, 1, 2),))
    result = portfolio_acceptability(matrix, costs, 100.0, rules, n_samples=500, seed=0)
    assert result.share[[0, 1, 2]].sum() == pytest.approx(1.0)  # budget ample: one is taken
    assert result.selected[:, [0, 1, 2]].sum(axis=1).max() == 1
    assert np.all(result.share[3:] == 1.0)


def test_fixed_weights_give_the_single_optimum():
    rng = np.random.default_rng(4)
    matrix = rng.uniform(0, 1, (10, 3))
    costs = rng.uniform(1, 4, 10)
    w = np.array([0.5, 0.3, 0.2])
    result = portfolio_acceptability(matrix, costs, 9.0, n_samples=50, weights=w, weight_spread=0.0)
    optimum = PortfolioModel(costs).solve(matrix @ w, 9.0).selected
    np.testing.assert_array_equal(result.share, optimum.astype(float))


def test_cost_ranges_make_a_candidate_depend_on_its_cost():
    matrix = np.array([[1.0], [0.1]])
    result = portfolio_acceptability(
        matrix, [5.0, 1.0], 5.0, cost_ranges=[[4.0, 6.0], [np.nan, np.nan]], n_samples=2000
    )
    assert 0.4 < result.share[0] < 0.6  # in exactly when its sampled cost is <= 5
    assert result.share[1] == pytest.approx(1 - result.share[0])  # the money left over


def test_same_seed_same_result_and_infeasible_samples_are_counted():
    matrix = np.random.default_rng(0).uniform(0, 1, (5, 2))
    costs = [3.0, 4.0, 1.0, 2.0, 2.0]
    a = portfolio_acceptability(matrix, costs, 6.0, n_samples=100, seed=9)
    b = portfolio_acceptability(matrix, costs, 6.0, n_samples=100, seed=9)
    np.testing.assert_array_equal(a.selected, b.selected)
    rules = Rules(at_least_one=((0, 1),))
    none = portfolio_acceptability(matrix, costs, 2.0, rules, n_samples=20)
    assert not none.feasible.any() and np.all(none.share == 0)
    assert none.n_samples == 20


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"cost_ranges": [[1, 2]]}, "cost_ranges must be 2 rows"),
        ({"cost_ranges": [[1, 2], [3, 1]]}, r"cost_ranges\[1\]"),
        ({"cost_ranges": [[-1, 2], [1, 1]]}, r"cost_ranges\[0\]"),
        ({"n_samples": 0}, "n_samples"),
        ({"budget": -1.0}, "budget"),
    ],
)
def test_bad_input_is_named(kwargs, match):
    args = {"matrix": [[1.0], [0.5]], "costs": [1.0, 1.0], "budget": 1.0, **kwargs}
    with pytest.raises(McdaInputError, match=match):
        portfolio_acceptability(**args)
