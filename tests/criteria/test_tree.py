import pytest

from criteria.text import Text
from criteria.tree import CriteriaTree, Criterion, Theme


def tree() -> CriteriaTree:
    return CriteriaTree(
        (
            Theme(
                "G",
                Text("Groen"),
                children=(Criterion("G1", Text("a")), Criterion("G2", Text("b"))),
            ),
            Theme(
                "D",
                Text("Dynamisch"),
                children=(
                    Criterion("D1", Text("c")),
                    Theme("D2", Text("sub"), children=(Criterion("D2a", Text("d")),)),
                ),
            ),
        )
    )


def test_global_weights_multiply_normalised_local_weights_down_the_tree():
    g = tree().global_weights({"G": 3, "D": 1, "G1": 1, "G2": 3})
    assert g["G"] == pytest.approx(0.75)
    assert g["G2"] == pytest.approx(0.75 * 0.75)
    assert g["D1"] == pytest.approx(0.125)
    assert g["D2a"] == pytest.approx(0.125)
    leaves = [c.id for c in tree().criteria()]
    assert sum(g[c] for c in leaves) == pytest.approx(1.0)


def test_disabled_nodes_and_zero_groups_weigh_nothing():
    t = tree().replace_node("G2", Criterion("G2", Text("b"), enabled=False))
    g = t.global_weights({})
    assert g["G2"] == 0.0 and g["G1"] == pytest.approx(0.5)
    assert [c.id for c in t.active_criteria()] == ["G1", "D1", "D2a"]
    zero = tree().global_weights({"G1": 0, "G2": 0})
    assert zero["G1"] == zero["G2"] == 0.0


def test_edits_return_new_trees():
    t = tree()
    added = t.insert("G", Criterion("G3", Text("new")), index=0)
    assert [n.id for n in added.find("G").children] == ["G3", "G1", "G2"]
    assert [n.id for n in t.find("G").children] == ["G1", "G2"]
    removed = t.replace_node("D", None)
    assert [n.id for n in removed.nodes()] == ["G", "G1", "G2"]
    assert t.path("D2a")[-1].id == "D2" and t.theme_of("D2a").id == "D"
    with pytest.raises(ValueError, match="criterion"):
        t.insert("G1", Criterion("x", Text("x")))
