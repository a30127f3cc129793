"""Which candidates to fund within a budget, and why the others are not.

A candidate's portfolio value is the weighted value it *adds over not doing it* under a
scenario: per criterion its value (the additive value model of ``projects.evaluation``) minus
the value of the baseline, the state the criterion stays in when the candidate is not funded.
Measuring value from the bottom of each scale instead gives every candidate credit for merely
existing, so a budget buys as many cheap do-nothing projects as it can (Clemen & Smith (2009),
"On the choice of baselines in multiattribute portfolio analysis: a cautionary note", Decision
Analysis 6(4); Liesiö, Mild & Salo (2007), EJOR 181). ``settings.portfolio_baseline``:

- ``"neutral"`` (default): the baseline is the criterion's neutral score, the one the study
  already uses for "no information" (``projects.evaluation.neutral_score``): ``0`` on the
  five-point scale (no effect), the midpoint of a bounded numeric scale, else the middle of
  the observed range.
- ``"worst"``: the baseline is the bottom of every scale (value 0), the plain weighted sum.

The portfolio maximises the total value added within the budget and the study's groups and
dependencies (``mcda.portfolio``). Candidates that are knocked out, have no cost, add no value
(value added <= 0), or require one of those, cannot be funded and are reported as such: a
missing cost is never read as free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

import mcda.portfolio as pf
from projects.evaluation import (
    DecisionProblem,
    EvaluationError,
    neutral_score,
    raw_matrix,
    to_problem,
)
from projects.messages import message
from projects.study import Candidate, Study


class PortfolioStudyError(EvaluationError):
    """A portfolio that cannot be formed as asked (budget, rules); the message says why."""


@dataclass(frozen=True)
class PortfolioInput:
    """The fundable candidates of a study under one scenario, as the engine sees them."""

    scenario_id: str
    candidate_ids: tuple[str, ...]  # fundable: ranked, with a cost, requirements fundable
    values: np.ndarray  # weighted value added over the baseline of each fundable candidate
    costs: np.ndarray
    cost_ranges: np.ndarray  # fundable x 2, NaN rows where no range is given
    matrix: np.ndarray  # fundable x criteria values added over the baseline, in [-1, 1]
    weights: np.ndarray  # normalised global weights of the criteria
    rules: pf.Rules
    all_values: dict[str, float]  # every ranked candidate's value added
    baseline: np.ndarray  # per criterion the value of not funding a candidate, in [0, 1]
    left_out: dict[str, tuple[str, str, str]]  # id -> (reason, Dutch text, English text)

    def model(self) -> pf.PortfolioModel:
        return pf.PortfolioModel(self.costs, self.rules)


def point_cost(candidate: Candidate) -> float | None:
    """The cost used for the optimum: ``cost``, else the middle of ``cost_range``."""
    if candidate.cost is not None:
        return candidate.cost
    if candidate.cost_range is not None:
        return (candidate.cost_range[0] + candidate.cost_range[1]) / 2
    return None


def _texts(key: str, lang: str, **fields: object) -> tuple[str, str, str]:
    reason = key.rpartition(".")[2]
    return reason, message(key, "nl", **fields), message(key, "en", **fields)


def baseline_values(study: Study, problem: DecisionProblem) -> np.ndarray:
    """Per criterion of ``problem`` the value of not funding a candidate (module docstring)."""
    n = len(problem.criterion_ids)
    if study.settings.portfolio_baseline == "worst" or not problem.candidate_ids:
        return np.zeros(n)
    criteria = [study.criterion(cid) for cid in problem.criterion_ids]
    raw = raw_matrix(study, list(problem.candidate_ids), criteria)
    baseline = np.empty(n)
    for j, crit in enumerate(criteria):
        neutral = neutral_score(crit, raw[:, j].tolist())
        # appended to the column so a local scale keeps the candidates' observed range
        baseline[j] = crit.scale.values(np.append(raw[:, j], neutral), crit.benefit)[-1]
    return baseline


def portfolio_input(study: Study, scenario: str | None = None, lang: str = "en") -> PortfolioInput:
    """The values added, costs and rules of the fundable candidates of ``study``."""
    problem = to_problem(study, scenario, lang)
    weights = problem.weights / problem.weights.sum()
    baseline = baseline_values(study, problem)
    added = problem.values - baseline
    row_values = added @ weights
    all_values = dict(zip(problem.candidate_ids, row_values.tolist(), strict=True))
    left_out: dict[str, tuple[str, str, str]] = {}
    for e in problem.excluded:
        left_out[e.candidate_id] = ("knocked_out", e.text_nl, e.text_en)
    for c in study.candidates:
        if c.id not in left_out and point_cost(c) is None:
            left_out[c.id] = _texts("portfolio.no_cost", lang)
        elif c.id not in left_out and all_values[c.id] <= pf.frontier.TOLERANCE:
            left_out[c.id] = _texts("portfolio.no_value", lang, value=all_values[c.id])
    changed = True
    while changed:  # a candidate that requires an unfundable one is unfundable too
        changed = False
        for d in study.dependencies:
            if d.requires in left_out and d.candidate not in left_out:
                name = study.candidate(d.requires).name.get(lang)
                left_out[d.candidate] = _texts("portfolio.requires_left_out", lang, other=name)
                changed = True
    ids = tuple(cid for cid in problem.candidate_ids if cid not in left_out)
    index = {cid: i for i, cid in enumerate(ids)}
    rows = [problem.candidate_ids.index(cid) for cid in ids]
    exclusive, at_least_one = [], []
    for g in study.groups:
        members = tuple(index[m] for m in g.members if m in index)
        if g.kind == "exclusive" and len(members) > 1:
            exclusive.append(members)
        elif g.kind == "at_least_one":
            if not members:
                raise PortfolioStudyError(
                    message("portfolio.group_unfundable", lang, group=g.name.get(lang))
                )
            at_least_one.append(members)
    dependencies = tuple(
        (index[d.candidate], index[d.requires])
        for d in study.dependencies
        if d.candidate in index and d.requires in index
    )
    candidates = [study.candidate(cid) for cid in ids]
    ranges = np.array(
        [c.cost_range if c.cost_range is not None else (np.nan, np.nan) for c in candidates],
        dtype=float,
    ).reshape(len(ids), 2)
    return PortfolioInput(
        scenario_id=study.scenario(scenario).id,
        candidate_ids=ids,
        values=row_values[rows],
        costs=np.array([point_cost(c) for c in candidates], dtype=float),
        cost_ranges=ranges,
        matrix=added[rows],
        weights=weights,
        rules=pf.Rules(tuple(exclusive), tuple(at_least_one), dependencies),
        all_values=all_values,
        left_out=left_out,
        baseline=baseline,
    )


@dataclass(frozen=True)
class CandidateOutcome:
    """One candidate in a portfolio result: in or out, and why."""

    candidate_id: str
    value: float | None  # weighted value added over the baseline; None if knocked out
    cost: float | None
    groups: tuple[str, ...]
    selected: bool
    reason: str  # selected, knocked_out, no_cost, requires_left_out, exclusive, requires,
    # dominated, over_budget, no_value
    text_nl: str
    text_en: str

    def text(self, lang: str = "nl") -> str:
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True)
class PortfolioResult:
    """The optimal portfolio for a budget, with every candidate explained."""

    scenario_id: str
    budget: float
    total_cost: float
    total_value: float
    candidates: tuple[CandidateOutcome, ...]  # in study order

    @property
    def selected(self) -> tuple[str, ...]:
        return tuple(c.candidate_id for c in self.candidates if c.selected)


def table_order(result: PortfolioResult) -> list[CandidateOutcome]:
    """The candidates as tables list them: funded first, then the rest; each part by value
    added, best first (knocked-out candidates, without a value, last)."""
    return sorted(
        result.candidates, key=lambda c: (not c.selected, c.value is None, -(c.value or 0.0))
    )


def _error_text(exc: pf.PortfolioError, budget: object, lang: str) -> str:
    if isinstance(exc, pf.BudgetError):
        return message("portfolio.bad_budget", lang, budget=budget)
    if isinstance(exc, pf.InfeasibleError) and exc.cheapest is None:
        return message("portfolio.rules_contradict", lang)
    if isinstance(exc, pf.InfeasibleError):
        return message("portfolio.budget_too_small", lang, budget=budget, cheapest=exc.cheapest)
    return str(exc)


def _explain(
    study: Study, data: PortfolioInput, portfolio: pf.Portfolio, i: int, lang: str
) -> tuple[str, str, str]:
    """Why fundable candidate ``i`` is in or out of ``portfolio``."""
    x, v, c = portfolio.selected, data.values, data.costs
    ids = data.candidate_ids

    def name(j: int) -> str:
        return study.candidate(ids[j]).name.get(lang)

    if x[i]:
        return _texts("portfolio.selected", lang, value=v[i], cost=c[i])
    for group in data.rules.exclusive:
        chosen = [j for j in group if x[j]]
        if i in group and chosen:
            return _texts("portfolio.exclusive", lang, other=name(chosen[0]))
    for b, a in data.rules.dependencies:
        if b == i and not x[a]:
            return _texts("portfolio.requires", lang, other=name(a))
    left = portfolio.budget - portfolio.total_cost
    if c[i] > left:
        for j in np.flatnonzero(x):
            key = _domination(v[j], c[j], v[i], c[i])
            if key is not None:
                _, nl, en = _texts(key, lang, other=name(j), left=left)
                return "dominated", nl, en
    return _texts("portfolio.over_budget", lang, cost=c[i], left=left)


def _domination(value: float, cost: float, other_value: float, other_cost: float) -> str | None:
    """The message key saying how (value, cost) dominates (other_value, other_cost) - at least
    as much value for at most the money, better in one - or None; equal within rounding."""
    same_value = bool(np.isclose(value, other_value, rtol=1e-9, atol=1e-12))
    same_cost = bool(np.isclose(cost, other_cost, rtol=1e-9, atol=1e-12))
    at_least_as_good = (same_value or value > other_value) and (same_cost or cost < other_cost)
    if not at_least_as_good or (same_value and same_cost):
        return None
    if same_value:
        return "portfolio.dominated_same_value"
    return "portfolio.dominated_same_cost" if same_cost else "portfolio.dominated"


def optimal_portfolio(
    study: Study, budget: float, scenario: str | None = None, lang: str = "en"
) -> PortfolioResult:
    """The most valuable set of candidates within ``budget`` and the study's rules.

    Raises ``PortfolioStudyError`` for an invalid budget or rules that cannot be met.
    """
    data = portfolio_input(study, scenario, lang)
    return explained_optimum(study, data, data.model(), budget, lang)


def explained_optimum(
    study: Study, data: PortfolioInput, model: pf.PortfolioModel, budget: float, lang: str = "en"
) -> PortfolioResult:
    """``optimal_portfolio`` for ``data`` of ``study`` and its ``model`` (``data.model()``),
    both built once and reused while only the budget changes (a budget line being dragged)."""
    try:
        portfolio = model.solve(data.values, budget)
    except pf.PortfolioError as exc:
        raise PortfolioStudyError(_error_text(exc, budget, lang)) from None
    index = {cid: i for i, cid in enumerate(data.candidate_ids)}
    outcomes = []
    for cand in study.candidates:
        i = index.get(cand.id)
        if i is None:
            reason, nl, en = data.left_out[cand.id]
            selected = False
        else:
            reason, nl, en = _explain(study, data, portfolio, i, lang)
            selected = bool(portfolio.selected[i])
        outcomes.append(
            CandidateOutcome(
                cand.id,
                data.all_values.get(cand.id),
                point_cost(cand),
                tuple(g.id for g in study.groups_of(cand.id)),
                selected,
                reason,
                nl,
                en,
            )
        )
    return PortfolioResult(
        data.scenario_id,
        portfolio.budget,
        portfolio.total_cost,
        portfolio.total_value,
        tuple(outcomes),
    )


def budget_sweep(
    study: Study, budgets: Sequence[float], scenario: str | None = None, lang: str = "en"
) -> tuple[PortfolioInput, pf.BudgetSweep]:
    """The optimal portfolio at each budget (columns of ``selected``: ``candidate_ids``)."""
    data = portfolio_input(study, scenario, lang)
    try:
        return data, pf.budget_sweep(data.model(), data.values, budgets)
    except pf.PortfolioError as exc:
        raise PortfolioStudyError(_error_text(exc, budgets, lang)) from None


def efficient_frontier(
    study: Study, scenario: str | None = None, lang: str = "en"
) -> tuple[PortfolioInput, list[pf.FrontierPoint]]:
    """The efficient portfolios (cost, value) of the fundable candidates."""
    data = portfolio_input(study, scenario, lang)
    return data, pf.efficient_frontier(data.model(), data.values)


def incremental_order(
    study: Study, scenario: str | None = None, lang: str = "en"
) -> tuple[PortfolioInput, list[pf.IncrementalStep]]:
    """The benefit/cost order in which candidates enter, each step checked exactly."""
    data = portfolio_input(study, scenario, lang)
    return data, pf.incremental_order(data.model(), data.values)


def portfolio_acceptability(
    study: Study,
    budget: float,
    scenario: str | None = None,
    n_samples: int = 10000,
    seed: int | None = 0,
    weight_spread: float | None = None,
    lang: str = "en",
) -> tuple[PortfolioInput, pf.PortfolioAcceptability]:
    """How often each fundable candidate is in the optimal portfolio under uncertainty.

    ``weight_spread`` None: weights uniform on the simplex (no preference information);
    otherwise the scenario's weights, each varied by +/- ``weight_spread`` (relative). Costs
    with a ``cost_range`` are sampled uniformly within it.
    """
    data = portfolio_input(study, scenario, lang)
    if not data.candidate_ids:
        raise PortfolioStudyError(message("portfolio.nothing_fundable", lang))
    try:
        result = pf.portfolio_acceptability(
            data.matrix,
            data.costs,
            budget,
            data.rules,
            cost_ranges=data.cost_ranges,
            n_samples=n_samples,
            seed=seed,
            weights=None if weight_spread is None else data.weights,
            weight_spread=weight_spread,
        )
    except pf.PortfolioError as exc:
        raise PortfolioStudyError(_error_text(exc, budget, lang)) from None
    return data, result
