"""Live renormalisation of a sibling group's shares (desktop.weights)."""

from __future__ import annotations

import pytest

from criteria.text import Text
from criteria.tree import Criterion
from desktop.weights import renormalise, shares

THIRD = {"a": 1 / 3, "b": 1 / 3, "c": 1 / 3}


def test_shares_normalise_enabled_nodes_and_default_missing_to_one():
    group = (
        Criterion("a", Text("a")),
        Criterion("b", Text("b")),
        Criterion("c", Text("c"), enabled=False),
    )
    assert shares(group, {"a": 3}) == {"a": 0.75, "b": 0.25, "c": 0.0}


def test_free_siblings_share_the_rest_in_proportion():
    new = renormalise({"a": 0.5, "b": 0.3, "c": 0.2}, "a", 0.8)
    assert new == pytest.approx({"a": 0.8, "b": 0.12, "c": 0.08})
    assert sum(new.values()) == pytest.approx(1.0)


def test_a_locked_sibling_keeps_its_share_and_caps_the_others():
    new = renormalise(THIRD, "a", 0.5, locked={"c"})
    assert new == pytest.approx({"a": 0.5, "b": 1 / 6, "c": 1 / 3})
    capped = renormalise(THIRD, "a", 0.9, locked={"c"})
    assert capped == pytest.approx({"a": 2 / 3, "b": 0.0, "c": 1 / 3})


def test_siblings_at_zero_share_the_rest_equally():
    new = renormalise({"a": 1.0, "b": 0.0, "c": 0.0}, "a", 0.4)
    assert new == pytest.approx({"a": 0.4, "b": 0.3, "c": 0.3})


def test_with_every_sibling_locked_the_value_cannot_move():
    assert renormalise(THIRD, "a", 0.9, locked={"b", "c"}) == pytest.approx(THIRD)
