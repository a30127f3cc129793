"""The Participants sheet of the Excel export: weights, the group's, the spread; anonymised."""

from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from projects.excel_export import export_workbook
from projects.study import Participant
from projects.workshop import update_group
from tests.factories import make_study

CRITERIA = ("bomen", "water", "wonen", "kosten")


def sheet_rows(study, tmp_path, lang="en"):
    path = tmp_path / "export.xlsx"
    export_workbook(study, path, lang=lang)
    wb = load_workbook(path)
    return wb.sheetnames, (
        [list(r) for r in wb["Participants"].iter_rows(values_only=True)]
        if "Participants" in wb.sheetnames
        else None
    )


def test_no_sheet_without_participants(tmp_path):
    names, _ = sheet_rows(make_study(), tmp_path)
    assert "Participants" not in names


def test_each_participant_the_group_and_the_spread(tmp_path):
    people = (
        Participant("p1", "Ann", organisation="Gemeente", role="beleid", weights={"groen": 1}),
        Participant("p2", "Bob", weights={"groen": 3, "stad": 1}),
    )
    study = replace(make_study(), participants=people)
    study = update_group(study).apply(study)
    names, rows = sheet_rows(study, tmp_path)
    assert names.index("Participants") == names.index("Scenarios") + 1
    header = rows[0]
    assert header[:4] == ["Participant", "Organisation", "Role", "Voice"]
    assert header[4:] == ["More trees", "Retain water", "Homes", "Cost"]
    assert rows[1][:4] == ["Ann", "Gemeente", "beleid", 1]
    assert rows[1][4:] == pytest.approx([0.25] * 4)
    assert rows[2][4:] == pytest.approx([0.375, 0.375, 0.125, 0.125])
    assert rows[3][0] == "Group"  # mean of the themes (0.5 + 0.75) / 2 = 0.625, split equally
    assert rows[3][4:] == pytest.approx([0.3125, 0.3125, 0.1875, 0.1875])
    spread = {r[0]: r[4:] for r in rows[5:] if r[0]}
    assert spread["lowest"] == pytest.approx([0.25, 0.25, 0.125, 0.125])
    assert spread["median"] == pytest.approx([0.3125, 0.3125, 0.1875, 0.1875])
    assert spread["highest"] == pytest.approx([0.375, 0.375, 0.25, 0.25])


def test_anonymous_participants_make_the_sheet_codes_only(tmp_path):
    people = (
        Participant("p1", "Ann", organisation="Gemeente", weights={"groen": 2}),
        Participant("p2", "Bob", organisation="Geheim BV", anonymous=True, weights={"stad": 2}),
    )
    study = replace(make_study(), participants=people)
    _, rows = sheet_rows(study, tmp_path)
    cells = {str(c) for row in rows for c in row if c is not None}
    assert not cells & {"Ann", "Bob", "Gemeente", "Geheim BV"}
    assert rows[0][:2] == ["Participant", "Voice"]
    assert [rows[1][0], rows[2][0]] == ["D1", "D2"]
