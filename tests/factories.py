"""Small studies for tests, built in code (independent of the shipped example)."""

from __future__ import annotations

from criteria.constraints import Check, Constraint
from criteria.scales import FivePointScale, NumericScale
from criteria.text import Text
from criteria.tree import CriteriaTree, Criterion, Theme
from projects.study import Candidate, Scenario, Score, Settings, Source, Study


def make_study(**overrides) -> Study:
    """Two themes, four criteria (three five-point, one numeric cost), five candidates."""
    tree = CriteriaTree(
        (
            Theme(
                "groen",
                Text("Groen", "Green"),
                children=(
                    Criterion("bomen", Text("Meer bomen", "More trees"), source="doc § 1"),
                    Criterion("water", Text("Water vasthouden", "Retain water"), source="doc § 2"),
                ),
            ),
            Theme(
                "stad",
                Text("Stad", "City"),
                children=(
                    Criterion("wonen", Text("Woningen", "Homes"), source="doc § 3"),
                    Criterion(
                        "kosten",
                        Text("Kosten", "Cost"),
                        direction="cost",
                        scale=NumericScale(unit="mln €", lower=0, upper=20),
                        source="doc § 4",
                    ),
                ),
            ),
        )
    )
    candidates = tuple(
        Candidate(cid, Text(nl, en), area=area, tags=tags)
        for cid, nl, en, area, tags in [
            ("A", "Park aan de vaart", "Canal park", "Noord", ("groen",)),
            ("B", "Woontoren", "Residential tower", "Centrum", ("wonen",)),
            ("C", "Wadi-straat", "Swale street", "Noord", ("groen", "water")),
            ("D", "Parkeergarage", "Car park", "Centrum", ()),
            ("E", "Buurthuis", "Community centre", "Zuid", ("ontmoeting",)),
        ]
    )
    table = {
        "A": (2, 1, 0, 8.0),
        "B": (-1, 0, 2, 15.0),
        "C": (1, 2, 0, 5.0),
        "D": (-2, -1, 0, 12.0),
        "E": (0, 0, 1, 3.0),
    }
    criteria_ids = ("bomen", "water", "wonen", "kosten")
    scores = {
        (cid, crit): Score(float(v), Text(f"reden {cid}/{crit}", f"reason {cid}/{crit}"), "doc § 9")
        for cid, row in table.items()
        for crit, v in zip(criteria_ids, row, strict=True)
    }
    study = Study(
        id="test",
        title=Text("Teststudie", "Test study"),
        description=Text("Voor tests", "For tests"),
        disclaimer=Text("Indicatief", "Indicative"),
        sources=(Source("doc", "Testdocument", "doc.txt"),),
        criteria=tree,
        constraints=(
            Constraint("vergunning", Text("Vergunbaar", "Permittable")),
            Constraint(
                "geen-kap",
                Text("Geen kap", "No felling"),
                criterion="bomen",
                minimum=-1.0,
                enabled=False,
            ),
        ),
        candidates=candidates,
        scores=scores,
        checks={("E", "vergunning"): Check("override", "onder voorwaarden")},
        scenarios=(
            Scenario("gelijk", Text("Gelijk gewogen", "Equal weights")),
            Scenario(
                "groen-voorop", Text("Groen voorop", "Green first"), weights={"groen": 3, "stad": 1}
            ),
        ),
        active_scenario="gelijk",
        settings=Settings(),
    )
    return study.__class__(**{**study.__dict__, **overrides})


FIVE_POINT = FivePointScale()
