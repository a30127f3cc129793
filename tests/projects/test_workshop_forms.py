"""Excel weighting forms: write, fill as a participant would, read back all or nothing."""

import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from projects.study_file import load_study, save_study
from projects.workshop_forms import (
    FormImportError,
    planned_participants,
    read_forms,
    write_forms,
)
from tests.factories import make_study

NODES = ("groen", "bomen", "water", "stad", "wonen", "kosten")  # tree order


def fill(path, weights, name=None, organisation=None):
    """Fill a form the way a participant does in Excel."""
    wb = load_workbook(path)
    ws = wb["Gewichten"]
    rows = {ws.cell(r, 1).value: r for r in range(7, ws.max_row + 1)}
    for node_id, value in weights.items():
        ws.cell(rows[node_id], 3, value)
    if name is not None:
        ws["C2"] = name
    if organisation is not None:
        ws["C3"] = organisation
    wb.save(path)


@pytest.fixture
def forms(tmp_path):
    study = make_study()
    people = planned_participants(study, ["Ann", "=Bob"])
    return study, write_forms(study, tmp_path / "forms", people)


def test_forms_round_trip(forms):
    study, (ann, bob) = forms
    assert ann.name == "weegformulier-p01-ann.xlsx"
    ws = load_workbook(bob)["Gewichten"]
    assert ws["C2"].value == "=Bob" and ws["C2"].data_type == "s"  # no formula injection
    assert [ws.cell(r, 1).value for r in range(7, 13)] == list(NODES)
    validation = ws.data_validations.dataValidation[0]
    assert (validation.type, validation.formula1, validation.formula2) == ("decimal", "0", "100")
    assert str(validation.sqref) == "C7:C12"
    fill(ann, dict(zip(NODES, (80, 50, 50, 20, 100, 0), strict=True)), organisation="Gemeente")
    fill(bob, dict.fromkeys(NODES, "25"), name="Bob B.")
    a, b = read_forms(study, [ann, bob])
    assert (a.id, a.name, a.organisation) == ("p01", "Ann", "Gemeente")
    assert a.weights["groen"] == 80 and a.weights["kosten"] == 0
    assert b.name == "Bob B." and set(b.weights.values()) == {25.0}


def test_every_problem_is_reported_by_file_and_cell(forms, tmp_path):
    study, (ann, bob) = forms
    fill(ann, {"groen": "veel", "bomen": 150, "water": None, "stad": 1, "wonen": 0, "kosten": 0})
    fill(bob, dict.fromkeys(NODES, 10))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    other = write_forms(make_study(id="andere"), tmp_path / "o", planned_participants(study, ["X"]))
    fill(other[0], dict.fromkeys(NODES, 10))
    with pytest.raises(FormImportError) as err:
        read_forms(study, [ann, bob, junk, other[0], bob])
    text = str(err.value)
    assert "weegformulier-p01-ann.xlsx: Gewichten!C7: 'veel' is not a number" in text
    assert "Gewichten!C8: 150 is not a number from 0 to 100" in text
    assert "Gewichten!C9: no weight given" in text
    assert "wonen, kosten: give at least one of them some weight" in text
    assert "junk.xlsx: not a readable xlsx file" in text
    assert "the form is for study 'andere', not 'test'" in text
    assert "participant p02 is also in weegformulier-p02-bob.xlsx" in text
    assert not any(p.file == bob.name and p.cell for p in err.value.problems)


def test_deleted_row_and_foreign_workbook(forms, tmp_path):
    study, (ann, _) = forms
    fill(ann, dict.fromkeys(NODES, 10))
    wb = load_workbook(ann)
    wb["Gewichten"].delete_rows(8)
    wb.save(ann)
    plain = tmp_path / "plain.xlsx"
    load_workbook(ann).save(plain)
    wb = load_workbook(plain)
    del wb["_weegwijzer"]
    wb.save(plain)
    with pytest.raises(FormImportError) as err:
        read_forms(study, [ann, plain])
    assert "the row of 'bomen' is missing" in str(err.value)
    assert "plain.xlsx: sheet '_weegwijzer' is missing" in str(err.value)


def test_anonymous_forms_store_no_name(tmp_path):
    study = make_study()
    people = planned_participants(study, count=2, anonymous=True)
    paths = write_forms(study, tmp_path, people, lang="en")
    wb = load_workbook(paths[0])
    ws = wb["Weights"]
    assert ws["C2"].value == "(anonymous)"
    for r in range(7, 13):
        ws.cell(r, 3, 10)
    ws["C2"] = "Piet"
    wb.save(paths[0])
    (p,) = read_forms(study, paths[:1])
    assert p.anonymous and p.name == ""


def test_cli_forms_and_collect(tmp_path, capsys):
    study_path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), study_path)
    out = tmp_path / "forms"
    assert main(["forms", str(study_path), "-o", str(out), "--participants", "3"]) == 0
    paths = sorted(out.glob("*.xlsx"))
    assert [p.name for p in paths] == [f"weegformulier-p0{i}.xlsx" for i in (1, 2, 3)]
    for i, path in enumerate(paths):
        fill(path, dict.fromkeys(NODES, 10 * (i + 1)) | {"groen": 90 - 40 * i})
    fill(paths[2], {"bomen": "?"})
    result = tmp_path / "result.weegwijzer.json"
    assert main(["collect", str(study_path), str(out), "-o", str(result)]) == 1
    assert "weegformulier-p03.xlsx: Gewichten!C8: '?' is not a number" in capsys.readouterr().err
    assert not result.exists()  # nothing imported half
    fill(paths[2], {"bomen": 30})
    assert main(["collect", str(study_path), str(out), "-o", str(result), "--mean", "median"]) == 0
    study = load_study(result)
    assert [p.id for p in study.participants] == ["p01", "p02", "p03"]
    assert study.active_scenario == "groep"
    groen = [90, 50, 10]  # per participant; stad = 10, 20, 30
    shares = sorted(g / (g + s) for g, s in zip(groen, (10, 20, 30), strict=True))
    median_share = shares[1] / (shares[1] + sorted(1 - x for x in shares)[1])
    assert study.scenario("groep").weights["groen"] == pytest.approx(median_share)
    assert main(["rank", str(result), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])["scenario"] == "groep"


def test_cli_forms_without_a_count_writes_one_per_existing_participant(tmp_path, capsys):
    from dataclasses import replace

    from projects.study import Participant

    study_path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), study_path)
    out = tmp_path / "forms"
    assert main(["forms", str(study_path), "-o", str(out)]) == 1
    assert "no participants yet" in capsys.readouterr().err
    people = (Participant("ann", "Ann"), Participant("bob", "Bob"))
    save_study(replace(make_study(), participants=people), study_path)
    assert main(["forms", str(study_path), "-o", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.xlsx"))
    assert names == ["weegformulier-ann-ann.xlsx", "weegformulier-bob-bob.xlsx"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_form_opens_in_libreoffice(forms, tmp_path):
    """LibreOffice converts the form headless; a malformed workbook would fail or prompt repair."""
    _, (ann, _) = forms
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(ann),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "weegformulier-p01-ann.pdf").stat().st_size > 1000
