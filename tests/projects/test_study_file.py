import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.text import Text
from projects.example import example_text
from projects.study import Candidate, Dependency, Group, Participant, Score, Settings
from projects.study_file import (
    FORMAT_VERSION,
    StudyFileError,
    autosave_path,
    discard_autosave,
    dumps,
    load_study,
    loads,
    recoverable_autosave,
    save_study,
    study_to_dict,
    write_autosave,
)
from tests.factories import make_study


def problems_of(doc) -> list[str]:
    with pytest.raises(StudyFileError) as info:
        loads(json.dumps(doc))
    return [p.text("en") for p in info.value.problems]


def test_round_trip_is_equal_and_diff_friendly(tmp_path):
    study = make_study()
    path = tmp_path / "s.weegwijzer.json"
    save_study(study, path)
    assert load_study(path) == study
    text = path.read_text(encoding="utf-8")
    assert text == dumps(study)
    assert text.splitlines()[1].startswith('  "active_scenario"')  # sorted keys, indented
    assert json.loads(text)["format_version"] == FORMAT_VERSION


ids = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,6}", fullmatch=True)
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(st.tuples(ids, texts, texts), min_size=1, max_size=6, unique_by=lambda t: t[0]),
    values=st.lists(st.sampled_from([None, -2.0, -1.0, 0.0, 1.0, 2.0]), min_size=24, max_size=24),
    costs=st.lists(
        st.one_of(st.none(), st.floats(0, 1e9, allow_nan=False)), min_size=6, max_size=6
    ),
    rationale=texts,
)
def test_generated_studies_round_trip(names, values, costs, rationale):
    base = make_study()
    candidates = tuple(
        Candidate(cid, Text(nl or "x", en), cost=costs[i], tags=(en,) if en else ())
        for i, (cid, nl, en) in enumerate(names)
    )
    five_point = ("bomen", "water", "wonen")
    scores = {
        (c.id, crit): Score(values[i * 3 + j], Text(rationale), "doc § 1")
        for i, c in enumerate(candidates)
        for j, crit in enumerate(five_point)
    }
    study = replace(base, candidates=candidates, scores=scores, checks={})
    assert loads(dumps(study)) == study


def rich_doc() -> dict:
    """The JSON of a study with every optional field the writer writes, value functions too."""
    study = replace(
        make_study(),
        participants=(
            Participant(
                "p1",
                "Anna",
                "wethouder",
                {"groen": 2.0},
                organisation="Gemeente",
                voice=2.0,
                scores={("A", "bomen"): 1.0},
            ),
            Participant("p2", anonymous=True),
        ),
        settings=Settings("topsis", "neutral", Text("mln €", "€ m"), "worst", 10.0),
        groups=(Group("g", Text("Groep", "Group"), "exclusive", ("A", "B"), Text("d", "d")),),
        dependencies=(Dependency("C", "A"),),
    )
    doc = study_to_dict(study)
    stad = doc["criteria"][1]["children"]
    stad[1]["scale"]["value_function"] = {"type": "piecewise", "points": [[0, 1], [20, 0]]}
    stad.append({**stad[1], "id": "kosten2", "scale": {**stad[1]["scale"]}})
    stad[2]["scale"]["value_function"] = {"type": "linear"}
    return doc


def test_every_field_the_writer_writes_loads_back():
    doc = rich_doc()
    study = loads(json.dumps(doc))
    assert loads(dumps(study)) == study
    assert study.settings.budget == 10.0 and study.participants[0].voice == 2.0


def test_the_shipped_assen_study_round_trips():
    study = loads(example_text())
    assert loads(dumps(study)) == study


def test_a_misspelt_score_field_is_refused_not_dropped():
    doc = json.loads(example_text())
    cell = doc["scores"]["ST-1"]["G1"]
    cell["valeu"] = cell.pop("value")
    with pytest.raises(StudyFileError) as info:
        loads(json.dumps(doc))
    assert [p.text("en") for p in info.value.problems] == [
        "scores.ST-1.G1: unknown field 'valeu' (expected: value, rationale, source)"
    ]
    assert [p.text("nl") for p in info.value.problems] == [
        "scores.ST-1.G1: onbekend veld 'valeu' (verwacht: value, rationale, source)"
    ]


def test_a_text_object_takes_only_nl_and_en():
    doc = study_to_dict(make_study())
    doc["candidates"][0]["name"] = {"NL": "Naam"}
    assert problems_of(doc) == ["candidates[0].name: unknown field 'NL' (expected: nl, en)"]


def test_an_extra_field_is_refused_so_a_save_cannot_drop_it():
    doc = study_to_dict(make_study())
    doc["candidates"][2]["kosten_raming"] = 4.5
    assert problems_of(doc) == [
        "candidates[2]: unknown field 'kosten_raming' "
        "(expected: id, name, description, area, tags, cost, cost_range, source)"
    ]


def test_unknown_fields_are_refused_in_every_kind_of_object():
    doc = rich_doc()
    stad = doc["criteria"][1]
    objects = {
        "(file)": doc,
        "title": doc["title"],
        "sources[0]": doc["sources"][0],
        "criteria[1]": stad,
        "criteria[1].children[1]": stad["children"][1],
        "criteria[1].children[1].scale": stad["children"][1]["scale"],
        "criteria[1].children[1].scale.value_function": stad["children"][1]["scale"][
            "value_function"
        ],
        "criteria[1].children[2].scale.value_function": stad["children"][2]["scale"][
            "value_function"
        ],
        "constraints[0]": doc["constraints"][0],
        "candidates[0]": doc["candidates"][0],
        "scores.A.bomen": doc["scores"]["A"]["bomen"],
        "checks.E.vergunning": doc["checks"]["E"]["vergunning"],
        "scenarios[1]": doc["scenarios"][1],
        "participants[0]": doc["participants"][0],
        "settings": doc["settings"],
        "groups[0]": doc["groups"][0],
        "dependencies[0]": doc["dependencies"][0],
    }
    for obj in objects.values():
        obj["extra"] = 1
    doc["criteria"][0]["children"][0]["scale"] = {"type": "five_point", "extra": 1}
    found = problems_of(doc)
    assert all("unknown field 'extra'" in p for p in found)
    assert sorted(p.split(": ")[0] for p in found) == sorted(
        [*objects, "criteria[0].children[0].scale"]
    )


def test_every_problem_is_reported_with_its_path():
    doc = study_to_dict(make_study())
    doc["candidates"][1]["id"] = "A"  # duplicate
    doc["scores"]["A"]["bomen"]["value"] = "+++"
    doc["scores"]["A"]["kosten"]["value"] = "duur"
    doc["scores"]["Z"] = {}
    doc["scenarios"][1]["weights"]["groen"] = -1
    doc["scenarios"][1]["weights"]["onbekend"] = 1
    doc["criteria"][0]["children"][0]["direction"] = "up"
    found = "\n".join(problems_of(doc))
    for expected in (
        'candidates[1].id: id "A" occurs twice',
        "scores.A.bomen.value: '+++' is not a five-point label",
        "scores.A.kosten.value: 'duur' is not a number",
        "scores.Z: refers to unknown candidate",
        "scenarios[1].weights.groen: -1 must be 0 or more",
        "scenarios[1].weights.onbekend: refers to unknown theme/criterion",
        "criteria[0].children[0].direction",
    ):
        assert expected in found


def test_problems_are_also_in_dutch():
    doc = study_to_dict(make_study())
    doc["scores"]["A"]["bomen"]["value"] = "+++"
    with pytest.raises(StudyFileError) as info:
        loads(json.dumps(doc))
    assert "problemen" in info.value.text("nl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "not a valid JSON file"),
        ('{"format_version": 1, "title": ', "not a valid JSON file"),
        ("[1, 2]", "expected a study object"),
        ('{"format_version": 99}', "format version 99"),
        ('{"format_version": "1"}', "whole number"),
        ('{"format_version": 1, "title": "x", "criteria": 5}', "criteria: expected a list"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
        (
            '{"format_version": 1, "title": "t", '
            '"candidates": [{"id": "a", "name": "n", "cost": 1e400}]}',
            "not a finite number",
        ),
        (
            '{"format_version": 1, "title": "t", "candidates": [{"id": "a b", "name": "n"}]}',
            "may contain only",
        ),
    ],
)
def test_malformed_files_give_a_clear_error(text, expected):
    with pytest.raises(StudyFileError) as info:
        loads(text)
    assert expected in info.value.text("en")


def test_deeply_nested_criteria_tree_is_refused():
    node = {"kind": "criterion", "id": "leaf", "name": "x"}
    for i in range(40):
        node = {"kind": "theme", "id": f"t{i}", "name": "t", "children": [node]}
    doc = {
        "format_version": 1,
        "title": "t",
        "criteria": [node],
        "scenarios": [{"id": "s", "name": "s"}],
    }
    assert any("nested too deeply" in p for p in problems_of(doc))


def test_truncated_file_never_half_loads(tmp_path):
    path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), path)
    data = path.read_bytes()
    for cut in (1, len(data) // 3, len(data) - 2):
        path.write_bytes(data[:cut])
        with pytest.raises(StudyFileError, match="not a valid JSON"):
            load_study(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StudyFileError, match="cannot read"):
        load_study(tmp_path / "nope.json")


def test_format_0_flat_score_records_migrate():
    doc = study_to_dict(make_study())
    flat = [
        {"candidate": c, "criterion": k, **cell}
        for c, row in doc["scores"].items()
        for k, cell in row.items()
    ]
    old = {**doc, "format_version": 0, "scores": flat}
    assert loads(json.dumps(old)) == make_study()


def test_save_keeps_a_backup_and_no_temp_files(tmp_path):
    path = tmp_path / "s.weegwijzer.json"
    first = make_study()
    save_study(first, path)
    save_study(replace(first, title=Text("Tweede")), path)
    assert load_study(path.with_name(path.name + ".bak")) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]


def test_a_killed_save_leaves_the_old_file_intact(tmp_path):
    """Kill a process that saves a large study over and over: the file is always loadable."""
    path = tmp_path / "big.weegwijzer.json"
    script = textwrap.dedent(
        f"""
        import sys; sys.path.insert(0, {str(Path(__file__).parents[2])!r})
        from dataclasses import replace
        from criteria.text import Text
        from projects.study import Candidate
        from projects.study_file import save_study
        from tests.factories import make_study
        base = make_study()
        cands = tuple(Candidate(f"c{{i}}", Text("x" * 200)) for i in range(20000))
        study = replace(base, candidates=cands, scores={{}}, checks={{}})
        save_study(study, {str(path)!r})
        print("saved", flush=True)
        n = 0
        while True:
            n += 1
            save_study(replace(study, title=Text(f"versie {{n}}")), {str(path)!r})
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "saved"
        time.sleep(0.7)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    study = load_study(path)
    assert len(study.candidates) == 20000


def test_autosave_offers_recovery_only_when_newer(tmp_path):
    path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), path)
    assert recoverable_autosave(path) is None
    edited = replace(make_study(), title=Text("Niet opgeslagen"))
    auto = write_autosave(edited, path)
    assert auto == autosave_path(path)
    os.utime(auto, (time.time() + 5, time.time() + 5))
    assert load_study(recoverable_autosave(path)) == edited
    discard_autosave(path)
    assert recoverable_autosave(path) is None


def test_saving_keeps_the_file_permissions(tmp_path):
    """A study on a shared folder stays readable for colleagues after a save."""
    import os
    import stat

    path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), path)
    os.chmod(path, 0o644)
    save_study(make_study(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
