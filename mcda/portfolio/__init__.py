"""Budget-constrained selection: the optimal portfolio, value for money and its robustness."""

from mcda.portfolio.acceptability import PortfolioAcceptability, portfolio_acceptability
from mcda.portfolio.frontier import (
    BudgetSweep,
    FrontierPoint,
    IncrementalStep,
    benefit_cost_order,
    budget_sweep,
    efficient_frontier,
    incremental_order,
)
from mcda.portfolio.milp import (
    NO_RULES,
    BudgetError,
    InfeasibleError,
    Portfolio,
    PortfolioError,
    PortfolioModel,
    Rules,
)

__all__ = [
    "NO_RULES",
    "BudgetError",
    "BudgetSweep",
    "FrontierPoint",
    "IncrementalStep",
    "InfeasibleError",
    "Portfolio",
    "PortfolioAcceptability",
    "PortfolioError",
    "PortfolioModel",
    "Rules",
    "benefit_cost_order",
    "budget_sweep",
    "efficient_frontier",
    "incremental_order",
    "portfolio_acceptability",
]
