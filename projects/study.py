"""The study: candidates, their scores with rationale, the criteria tree, scenarios.

A ``Study`` is an immutable value; edits are ``Command`` objects (``projects.commands``) that
return a new study, so undo is cheap and a view never sees half an edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from criteria.constraints import Check, Constraint
from criteria.text import Text
from criteria.tree import CriteriaTree, Criterion

MissingPolicy = Literal["exclude", "neutral"]
PortfolioBaseline = Literal["neutral", "worst"]
PORTFOLIO_BASELINES: tuple[PortfolioBaseline, ...] = ("neutral", "worst")
GroupKind = Literal["exclusive", "at_least_one"]
GROUP_KINDS: tuple[GroupKind, ...] = ("exclusive", "at_least_one")
METHODS = ("weighted_sum", "topsis", "promethee_ii", "vikor")


@dataclass(frozen=True)
class Candidate:
    """A project (or an option of one) that competes for priority."""

    id: str
    name: Text
    description: Text = Text()
    area: str = ""
    tags: tuple[str, ...] = ()
    cost: float | None = None
    cost_range: tuple[float, float] | None = None
    source: str = ""


@dataclass(frozen=True)
class Group:
    """A portfolio rule over candidates: at most one member (``exclusive``, e.g. the options
    for one building) or at least one member (``at_least_one``, e.g. one per area)."""

    id: str
    name: Text
    kind: GroupKind = "exclusive"
    members: tuple[str, ...] = ()
    description: Text = Text()


@dataclass(frozen=True)
class Dependency:
    """Candidate ``candidate`` can only be funded together with candidate ``requires``."""

    candidate: str
    requires: str


@dataclass(frozen=True)
class Score:
    """A candidate's score on one criterion; ``value`` None is an explicit missing score."""

    value: float | None = None
    rationale: Text = Text()
    source: str = ""

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Scenario:
    """A named set of local weights (see ``CriteriaTree.global_weights``)."""

    id: str
    name: Text
    description: Text = Text()
    weights: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Participant:
    """A workshop participant with their own local weights (like a scenario's) and, when the
    facilitator allows it, their own scores ((candidate id, criterion id) -> scale number).

    ``anonymous`` participants carry no name (it is dropped, never stored) and are shown by a
    code; ``voice`` is their weight in the group result (see ``projects.workshop``).
    """

    id: str
    name: str = ""
    role: str = ""
    weights: Mapping[str, float] = field(default_factory=dict)
    organisation: str = ""
    voice: float = 1.0
    anonymous: bool = False
    scores: Mapping[tuple[str, str], float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.anonymous and self.name:
            object.__setattr__(self, "name", "")


@dataclass(frozen=True)
class Source:
    """A document scores and criteria refer to."""

    id: str
    title: str
    file: str = ""


@dataclass(frozen=True)
class Settings:
    method: str = "weighted_sum"
    missing_policy: MissingPolicy = "exclude"
    cost_unit: str = ""
    #: what "not funding a candidate" is worth per criterion (see ``projects.portfolio``)
    portfolio_baseline: PortfolioBaseline = "neutral"
    #: the budget the study remembers for the portfolio views and export (None: not set)
    budget: float | None = None


@dataclass(frozen=True)
class Study:
    """Everything a team decides with. Treat every field as read-only."""

    id: str = "study"
    title: Text = Text("Nieuwe studie", "New study")
    description: Text = Text()
    disclaimer: Text = Text()
    sources: tuple[Source, ...] = ()
    criteria: CriteriaTree = CriteriaTree()
    constraints: tuple[Constraint, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    scores: Mapping[tuple[str, str], Score] = field(default_factory=dict)
    checks: Mapping[tuple[str, str], Check] = field(default_factory=dict)
    scenarios: tuple[Scenario, ...] = (Scenario("standaard", Text("Standaard", "Default")),)
    active_scenario: str = "standaard"
    participants: tuple[Participant, ...] = ()
    settings: Settings = Settings()
    groups: tuple[Group, ...] = ()
    dependencies: tuple[Dependency, ...] = ()

    # --- look-ups -------------------------------------------------------------------------
    def candidate(self, candidate_id: str) -> Candidate:
        for c in self.candidates:
            if c.id == candidate_id:
                return c
        raise KeyError(candidate_id)

    def criterion(self, criterion_id: str) -> Criterion:
        node = self.criteria.find(criterion_id)
        if not isinstance(node, Criterion):
            raise KeyError(criterion_id)
        return node

    def scenario(self, scenario_id: str | None = None) -> Scenario:
        """The named scenario, or the active one; names are accepted as well as ids."""
        wanted = self.active_scenario if scenario_id is None else scenario_id
        for s in self.scenarios:
            if wanted in (s.id, s.name.nl, s.name.en):
                return s
        raise KeyError(wanted)

    def groups_of(self, candidate_id: str) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if candidate_id in g.members)

    def score(self, candidate_id: str, criterion_id: str) -> Score:
        return self.scores.get((candidate_id, criterion_id), Score())

    def check(self, candidate_id: str, constraint_id: str) -> Check:
        return self.checks.get((candidate_id, constraint_id), Check())

    def global_weights(self, scenario_id: str | None = None) -> dict[str, float]:
        return self.criteria.global_weights(self.scenario(scenario_id).weights)

    # --- derived values -------------------------------------------------------------------
    def with_scenario(self, scenario_id: str, **changes: object) -> Study:
        """The study with scenario ``scenario_id`` (id or name) changed, e.g. ``name=...``."""
        target = self.scenario(scenario_id).id
        scenarios = tuple(replace(s, **changes) if s.id == target else s for s in self.scenarios)
        return replace(self, scenarios=scenarios)

    def with_scenario_weights(self, scenario_id: str, weights: Mapping[str, float]) -> Study:
        return self.with_scenario(scenario_id, weights=dict(weights))

    def evaluate(self, method: str | None = None, scenario: str | None = None, **kwargs):
        """Rank the candidates; see ``projects.evaluation.evaluate``."""
        from projects.evaluation import evaluate

        return evaluate(self, method, scenario, **kwargs)
