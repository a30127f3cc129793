"""Edits of a study as commands, for undo and redo.

Studies are immutable, so a command only describes how to go forward; it remembers the study
it was applied to (a memento: structural sharing makes that cheap) and reverting returns it.
Undo is last-in first-out, so ``revert`` always receives the study its ``apply`` produced.
Consecutive commands with the same ``merge_key`` (one slider drag) merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import astuple, dataclass, field, replace

from criteria.constraints import Check
from criteria.text import Text
from criteria.tree import Node
from projects.messages import message
from projects.study import (
    GROUP_KINDS,
    METHODS,
    Candidate,
    Dependency,
    Group,
    Participant,
    Scenario,
    Score,
    Settings,
    Study,
)
from projects.study_file import dependency_path


@dataclass
class Command:
    """Base of all edits: subclasses implement ``forward``."""

    _before: Study | None = field(default=None, init=False, repr=False, compare=False)
    _after: Study | None = field(default=None, init=False, repr=False, compare=False)

    label = Text("Wijziging", "Edit")
    merge_key: object = None

    def forward(self, study: Study) -> Study:
        raise NotImplementedError

    def apply(self, study: Study) -> Study:
        self._before, self._after = study, self.forward(study)
        return self._after

    def revert(self, study: Study) -> Study:
        if self._before is None or study is not self._after:
            raise RuntimeError("revert() needs the study that apply() returned")
        return self._before

    def merge(self, newer: Command) -> bool:
        """Absorb ``newer`` (already applied after this one) when both share a merge key."""
        if self.merge_key is None or self.merge_key != newer.merge_key:
            return False
        self._after = newer._after
        self.forward = newer.forward  # type: ignore[method-assign]
        return True


@dataclass
class SetScore(Command):
    candidate_id: str = ""
    criterion_id: str = ""
    score: Score = field(default_factory=Score)
    label = Text("Score wijzigen", "Change score")

    def forward(self, study: Study) -> Study:
        scores = dict(study.scores)
        scores[(self.candidate_id, self.criterion_id)] = self.score
        return replace(study, scores=scores)


@dataclass
class SetCheck(Command):
    candidate_id: str = ""
    constraint_id: str = ""
    check: Check = field(default_factory=Check)
    label = Text("Randvoorwaarde beoordelen", "Judge constraint")

    def forward(self, study: Study) -> Study:
        checks = dict(study.checks)
        checks[(self.candidate_id, self.constraint_id)] = self.check
        return replace(study, checks=checks)


@dataclass
class SetWeights(Command):
    """Set local weights of a scenario; a drag of one slider merges into one step."""

    scenario_id: str = ""
    weights: Mapping[str, float] = field(default_factory=dict)
    drag: object = None
    label = Text("Gewicht wijzigen", "Change weight")

    def __post_init__(self) -> None:
        self.merge_key = ("weights", self.scenario_id, self.drag) if self.drag else None

    def forward(self, study: Study) -> Study:
        merged = {**study.scenario(self.scenario_id).weights, **self.weights}
        return study.with_scenario_weights(self.scenario_id, merged)


@dataclass
class EditCandidate(Command):
    candidate: Candidate = field(default_factory=lambda: Candidate("", Text()))
    label = Text("Kandidaat wijzigen", "Edit candidate")

    def forward(self, study: Study) -> Study:
        cands = tuple(self.candidate if c.id == self.candidate.id else c for c in study.candidates)
        return replace(study, candidates=cands)


@dataclass
class AddCandidate(Command):
    candidate: Candidate = field(default_factory=lambda: Candidate("", Text()))
    index: int | None = None
    label = Text("Kandidaat toevoegen", "Add candidate")

    def forward(self, study: Study) -> Study:
        if any(c.id == self.candidate.id for c in study.candidates):
            raise ValueError(f"a candidate with id {self.candidate.id!r} exists already")
        cands = list(study.candidates)
        cands.insert(len(cands) if self.index is None else self.index, self.candidate)
        return replace(study, candidates=tuple(cands))


@dataclass
class RemoveCandidate(Command):
    candidate_id: str = ""
    label = Text("Kandidaat verwijderen", "Remove candidate")

    def forward(self, study: Study) -> Study:
        keep = self.candidate_id
        groups = (
            replace(g, members=tuple(m for m in g.members if m != keep)) for g in study.groups
        )
        return replace(
            study,
            candidates=tuple(c for c in study.candidates if c.id != keep),
            scores={k: v for k, v in study.scores.items() if k[0] != keep},
            checks={k: v for k, v in study.checks.items() if k[0] != keep},
            groups=tuple(g for g in groups if g.members),  # a group needs a member
            dependencies=tuple(d for d in study.dependencies if keep not in astuple(d)),
        )


@dataclass
class MoveCandidate(Command):
    candidate_id: str = ""
    index: int = 0
    label = Text("Kandidaat verplaatsen", "Move candidate")

    def forward(self, study: Study) -> Study:
        cands = list(study.candidates)
        moving = study.candidate(self.candidate_id)
        cands.remove(moving)
        cands.insert(self.index, moving)
        return replace(study, candidates=tuple(cands))


@dataclass
class EditNode(Command):
    """Rename, describe, switch off or rescale a theme or criterion (same id)."""

    node: Node | None = None
    label = Text("Criterium wijzigen", "Edit criterion")

    def forward(self, study: Study) -> Study:
        return replace(study, criteria=study.criteria.replace_node(self.node.id, self.node))


@dataclass
class AddNode(Command):
    parent_id: str | None = None
    node: Node | None = None
    index: int | None = None
    label = Text("Criterium toevoegen", "Add criterion")

    def forward(self, study: Study) -> Study:
        if any(n.id == self.node.id for n in study.criteria.nodes()):
            raise ValueError(f"a theme or criterion with id {self.node.id!r} exists already")
        return replace(study, criteria=study.criteria.insert(self.parent_id, self.node, self.index))


@dataclass
class RemoveNode(Command):
    """Delete a theme or criterion with everything under it, and their scores."""

    node_id: str = ""
    label = Text("Criterium verwijderen", "Delete criterion")

    def forward(self, study: Study) -> Study:
        node = study.criteria.find(self.node_id)
        gone = {node.id} | {n.id for n, path in study.criteria.walk() if node in path}

        def kept(weights: Mapping[str, float]) -> dict[str, float]:
            return {k: w for k, w in weights.items() if k not in gone}

        return replace(
            study,
            criteria=study.criteria.replace_node(self.node_id, None),
            scores={k: v for k, v in study.scores.items() if k[1] not in gone},
            constraints=tuple(c for c in study.constraints if c.criterion not in gone),
            scenarios=tuple(replace(s, weights=kept(s.weights)) for s in study.scenarios),
            participants=tuple(
                replace(
                    p,
                    weights=kept(p.weights),
                    scores={k: v for k, v in p.scores.items() if k[1] not in gone},
                )
                for p in study.participants
            ),
        )


@dataclass
class MoveNode(Command):
    node_id: str = ""
    index: int = 0
    label = Text("Criterium verplaatsen", "Move criterion")

    def forward(self, study: Study) -> Study:
        node = study.criteria.find(self.node_id)
        parent = study.criteria.parent_id(self.node_id)
        tree = study.criteria.replace_node(self.node_id, None).insert(parent, node, self.index)
        return replace(study, criteria=tree)


@dataclass
class AddScenario(Command):
    scenario: Scenario = field(default_factory=lambda: Scenario("", Text()))
    activate: bool = True
    label = Text("Scenario opslaan", "Save scenario")

    def forward(self, study: Study) -> Study:
        if any(s.id == self.scenario.id for s in study.scenarios):
            raise ValueError(f"a scenario with id {self.scenario.id!r} exists already")
        active = self.scenario.id if self.activate else study.active_scenario
        return replace(study, scenarios=(*study.scenarios, self.scenario), active_scenario=active)


@dataclass
class RemoveScenario(Command):
    scenario_id: str = ""
    label = Text("Scenario verwijderen", "Delete scenario")

    def forward(self, study: Study) -> Study:
        rest = tuple(s for s in study.scenarios if s.id != self.scenario_id)
        if not rest:
            raise ValueError("a study keeps at least one scenario")
        active = study.active_scenario if study.active_scenario != self.scenario_id else rest[0].id
        return replace(study, scenarios=rest, active_scenario=active)


@dataclass
class SetActiveScenario(Command):
    scenario_id: str = ""
    label = Text("Scenario kiezen", "Choose scenario")

    def forward(self, study: Study) -> Study:
        return replace(study, active_scenario=study.scenario(self.scenario_id).id)


@dataclass
class SetSettings(Command):
    settings: Settings = field(default_factory=Settings)
    label = Text("Instellingen wijzigen", "Change settings")

    def forward(self, study: Study) -> Study:
        return replace(study, settings=self.settings)


@dataclass
class ReplaceStudy(Command):
    """Swap in a whole study (an import, a recovered autosave) as one undoable step."""

    study: Study = field(default_factory=Study)
    label = Text("Studie vervangen", "Replace study")

    def forward(self, study: Study) -> Study:
        return self.study


class UndoStack:
    """A Qt-free undo stack: the study's current state and its edit history."""

    def __init__(self, study: Study) -> None:
        self.study = study
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean = 0

    def push(self, command: Command) -> Study:
        self.study = command.apply(self.study)
        self._undone.clear()
        if self._done and len(self._done) != self._clean and self._done[-1].merge(command):
            return self.study
        self._done.append(command)
        return self.study

    def undo(self) -> Study:
        if self._done:
            command = self._done.pop()
            self.study = command.revert(self.study)
            self._undone.append(command)
        return self.study

    def redo(self) -> Study:
        if self._undone:
            command = self._undone.pop()
            self.study = command.apply(self.study)
            self._done.append(command)
        return self.study

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def set_clean(self) -> None:
        self._clean = len(self._done)

    def is_clean(self) -> bool:
        return self._clean == len(self._done)


@dataclass
class SetParticipant(Command):
    """Add a workshop participant, or replace the one with the same id (a corrected answer)."""

    participant: Participant = field(default_factory=lambda: Participant(""))
    label = Text("Deelnemer bijwerken", "Update participant")

    def forward(self, study: Study) -> Study:
        """Weights and scores that refer to no (longer existing) node or candidate are
        dropped, so an answer to an outdated form cannot make the study invalid."""
        nodes = {n.id for n in study.criteria.nodes()}
        candidates = {c.id for c in study.candidates}
        new = replace(
            self.participant,
            weights={k: v for k, v in self.participant.weights.items() if k in nodes},
            scores={
                (cand, crit): v
                for (cand, crit), v in self.participant.scores.items()
                if cand in candidates and crit in nodes
            },
        )
        if any(p.id == new.id for p in study.participants):
            people = tuple(new if p.id == new.id else p for p in study.participants)
        else:
            people = (*study.participants, new)
        return replace(study, participants=people)


@dataclass
class RemoveParticipant(Command):
    participant_id: str = ""
    label = Text("Deelnemer verwijderen", "Remove participant")

    def forward(self, study: Study) -> Study:
        people = tuple(p for p in study.participants if p.id != self.participant_id)
        return replace(study, participants=people)


@dataclass
class PutScenario(Command):
    """Add a scenario or replace the one with the same id (e.g. the workshop's group result),
    keeping its place in the list; ``activate`` makes it the active scenario."""

    scenario: Scenario = field(default_factory=lambda: Scenario("", Text()))
    activate: bool = False
    label = Text("Scenario bijwerken", "Update scenario")

    def forward(self, study: Study) -> Study:
        new = self.scenario
        if any(s.id == new.id for s in study.scenarios):
            scenarios = tuple(new if s.id == new.id else s for s in study.scenarios)
        else:
            scenarios = (*study.scenarios, new)
        active = new.id if self.activate else study.active_scenario
        return replace(study, scenarios=scenarios, active_scenario=active)


# --- portfolio rules: groups and dependencies (issue 9) -----------------------------------


class RuleError(ValueError):
    """A group or dependency edit that would make the study invalid; ``text(lang)`` says why
    in the study file's own words (``projects.messages``, the ``file.*`` keys)."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(message(key, "en", **fields))
        self.key, self.fields = key, fields

    def text(self, lang: str) -> str:
        return message(self.key, lang, **self.fields)


def _known(study: Study, candidate_ids: tuple[str, ...]) -> None:
    ids = {c.id for c in study.candidates}
    for cid in candidate_ids:
        if cid not in ids:
            raise RuleError("file.unknown_ref", what="candidate", value=f'"{cid}"')


@dataclass
class PutGroup(Command):
    """Add a group, or replace the group with the same id (same place in the list)."""

    group: Group = field(default_factory=lambda: Group("", Text()))
    label = Text("Groep vastleggen", "Set group")

    def forward(self, study: Study) -> Study:
        g = self.group
        if g.kind not in GROUP_KINDS:
            raise ValueError(f"group {g.id!r}: kind {g.kind!r} is not one of {GROUP_KINDS}")
        if not g.members:
            raise RuleError("file.empty_group")
        if len(set(g.members)) != len(g.members):
            raise ValueError(f"group {g.id!r}: each member may be listed once")
        _known(study, g.members)
        if any(old.id == g.id for old in study.groups):
            return replace(
                study, groups=tuple(g if old.id == g.id else old for old in study.groups)
            )
        return replace(study, groups=(*study.groups, g))


@dataclass
class RemoveGroup(Command):
    group_id: str = ""
    label = Text("Groep verwijderen", "Remove group")

    def forward(self, study: Study) -> Study:
        if not any(g.id == self.group_id for g in study.groups):
            raise ValueError(f"no group with id {self.group_id!r}")
        return replace(study, groups=tuple(g for g in study.groups if g.id != self.group_id))


@dataclass
class AddDependency(Command):
    """``candidate`` can only be funded with ``requires``; refuses self-references, doubles
    and cycles (the rules ``projects.study_file`` checks on load)."""

    dependency: Dependency = field(default_factory=lambda: Dependency("", ""))
    label = Text("Afhankelijkheid toevoegen", "Add dependency")

    def forward(self, study: Study) -> Study:
        d = self.dependency
        _known(study, astuple(d))
        if d.candidate == d.requires:
            raise RuleError("file.self_dependency", value=f'"{d.candidate}"')
        if d in study.dependencies:
            raise RuleError("file.duplicate_dependency", value=f'"{d.candidate}"')
        requires: dict[str, list[str]] = {}
        for old in study.dependencies:
            requires.setdefault(old.candidate, []).append(old.requires)
        cycle = dependency_path(requires, d.requires, d.candidate)
        if cycle:
            raise RuleError("file.dependency_cycle", cycle=" -> ".join([d.candidate, *cycle]))
        return replace(study, dependencies=(*study.dependencies, d))


@dataclass
class RemoveDependency(Command):
    dependency: Dependency = field(default_factory=lambda: Dependency("", ""))
    label = Text("Afhankelijkheid verwijderen", "Remove dependency")

    def forward(self, study: Study) -> Study:
        if self.dependency not in study.dependencies:
            raise ValueError(f"no dependency {self.dependency}")
        kept = tuple(d for d in study.dependencies if d != self.dependency)
        return replace(study, dependencies=kept)


@dataclass
class RenameScenario(Command):
    scenario_id: str = ""
    name: Text = Text()
    label = Text("Scenario hernoemen", "Rename scenario")

    def forward(self, study: Study) -> Study:
        if not self.name:
            raise ValueError("a scenario needs a name")
        return study.with_scenario(self.scenario_id, name=self.name)


@dataclass
class SetChecks(Command):
    """A candidate's verdicts on several must-pass constraints as one step (a dialog's OK)."""

    candidate_id: str = ""
    checks: Mapping[str, Check] = field(default_factory=dict)
    label = Text("Randvoorwaarden beoordelen", "Judge constraints")

    def forward(self, study: Study) -> Study:
        study.candidate(self.candidate_id)  # KeyError for an unknown candidate
        checks = dict(study.checks)
        for constraint_id, check in self.checks.items():
            checks[(self.candidate_id, constraint_id)] = check
        return replace(study, checks=checks)


@dataclass
class SetMethod(Command):
    """The aggregation method the study is ranked with (kept in its settings, so saved)."""

    method: str = "weighted_sum"
    label = Text("Methode kiezen", "Choose method")

    def forward(self, study: Study) -> Study:
        if self.method not in METHODS:
            raise ValueError(f"method {self.method!r}: choose from {', '.join(METHODS)}")
        return replace(study, settings=replace(study.settings, method=self.method))
