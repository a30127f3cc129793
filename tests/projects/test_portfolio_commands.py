"""Undoable edits of the portfolio rules, and removing a candidate from them."""

from dataclasses import replace

import pytest

from criteria.text import Text
from projects.commands import (
    AddDependency,
    PutGroup,
    RemoveCandidate,
    RemoveDependency,
    RemoveGroup,
    RuleError,
    UndoStack,
)
from projects.study import Dependency, Group
from projects.study_file import dumps, loads
from tests.factories import make_study

PAIR = Group("paar", Text("Paar", "Pair"), "exclusive", ("A", "C"))
ONE = Group("een", Text("Eén", "One"), "at_least_one", ("B",))


def ruled():
    return replace(
        make_study(), groups=(PAIR, ONE), dependencies=(Dependency("D", "B"), Dependency("E", "A"))
    )


def test_group_and_dependency_commands_apply_and_undo():
    start = make_study()
    stack = UndoStack(start)
    steps = [
        PutGroup(group=PAIR),
        PutGroup(group=replace(PAIR, members=("A", "C", "E"))),  # same id: replaced in place
        PutGroup(group=ONE),
        AddDependency(dependency=Dependency("D", "B")),
        RemoveGroup(group_id="paar"),
        RemoveDependency(dependency=Dependency("D", "B")),
    ]
    history = [start]
    for command in steps:
        history.append(stack.push(command))
        assert loads(dumps(stack.study)) == stack.study  # every step is a valid study file
    assert history[2].groups == (replace(PAIR, members=("A", "C", "E")),)
    assert history[4].dependencies == (Dependency("D", "B"),)
    assert history[6].groups == (ONE,) and history[6].dependencies == ()
    for before in reversed(history[:-1]):
        assert stack.undo() == before
    assert stack.redo() == history[1]


@pytest.mark.parametrize(
    ("command", "match"),
    [
        (PutGroup(group=replace(PAIR, members=())), "needs at least one candidate"),
        (PutGroup(group=replace(PAIR, members=("A", "A"))), "listed once"),
        (PutGroup(group=replace(PAIR, members=("A", "Z"))), 'unknown candidate "Z"'),
        (PutGroup(group=replace(PAIR, kind="most")), "kind 'most'"),
        (RemoveGroup(group_id="zz"), "no group"),
        (AddDependency(dependency=Dependency("A", "A")), "itself"),
        (AddDependency(dependency=Dependency("D", "B")), "listed twice"),
        (AddDependency(dependency=Dependency("B", "D")), "form a cycle: B -> D -> B"),
        (AddDependency(dependency=Dependency("Q", "B")), 'unknown candidate "Q"'),
        (RemoveDependency(dependency=Dependency("A", "B")), "no dependency"),
    ],
)
def test_invalid_rule_edits_are_refused(command, match):
    with pytest.raises(ValueError, match=match):
        command.apply(ruled())


def test_refusals_are_worded_in_the_study_language():
    with pytest.raises(RuleError) as info:
        AddDependency(dependency=Dependency("B", "D")).apply(ruled())
    assert info.value.text("nl") == "afhankelijkheden vormen een kring: B -> D -> B"


def test_removing_a_candidate_drops_it_from_groups_and_dependencies():
    study = ruled()
    command = RemoveCandidate(candidate_id="B")
    after = command.apply(study)
    assert after.groups == (PAIR,)  # "een" had only B: a group needs a member, so it goes
    assert after.dependencies == (Dependency("E", "A"),)
    assert loads(dumps(after)) == after
    assert command.revert(after) == study
    after_a = RemoveCandidate(candidate_id="A").apply(study)
    assert after_a.groups[0].members == ("C",) and after_a.dependencies == (Dependency("D", "B"),)
