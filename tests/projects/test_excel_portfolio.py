"""The Portfolio sheet of the Excel export."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from projects.example import example_study
from projects.excel_export import export_workbook
from projects.portfolio import optimal_portfolio, portfolio_input
from tests.factories import make_study


def rows(ws):
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def table(ws, header_text):
    """The candidate rows under the header row whose first cell is ``header_text``."""
    values = rows(ws)
    start = next(k for k, r in enumerate(values) if r[0] == header_text)
    return [r for r in values[start + 1 :] if r[1] is not None]


def fact(ws, label):
    return next(r[2] for r in rows(ws) if r[1] == label)


def test_sheet_lists_the_optimum_at_half_the_total_cost_with_a_note(tmp_path):
    study = example_study()
    path = tmp_path / "a.xlsx"
    export_workbook(study, path, lang="en")
    ws = load_workbook(path)["Portfolio"]
    budget = float(portfolio_input(study).costs.sum()) / 2
    assert fact(ws, "Budget") == budget
    assert any("half the total cost" in str(r[2]) for r in rows(ws))
    expected = optimal_portfolio(study, budget)
    body = table(ws, "Funded")
    assert len(body) == len(study.candidates)
    funded = [r for r in body if r[0] == "yes"]
    names = {c.id: c.name.en for c in study.candidates}
    assert {r[1] for r in funded} == {names[c] for c in expected.selected}
    by_name = {names[c.candidate_id]: c for c in expected.candidates}
    for r in body:
        outcome = by_name[r[1]]
        assert r[2] == pytest.approx(outcome.value) and r[3] == outcome.cost
        assert r[5] == outcome.text("en")
    assert fact(ws, "Total value added") == pytest.approx(expected.total_value)
    assert any(r[4] == "Cité: one repurposing" for r in body)
    chart = ws._charts[0]
    assert len(chart.series) == 2  # funded and not funded


def test_sheet_uses_the_budget_the_study_remembers_in_dutch(tmp_path):
    study = example_study()
    study = replace(study, settings=replace(study.settings, budget=20.0))
    path = tmp_path / "b.xlsx"
    export_workbook(study, path, lang="nl")
    ws = load_workbook(path)["Portefeuille"]
    assert fact(ws, "Budget") == 20
    assert any("vastgelegd" in str(r[2]) for r in rows(ws))
    funded = [r for r in table(ws, "Gefinancierd") if r[0] == "ja"]
    assert len(funded) == len(optimal_portfolio(study, 20).selected)


def test_a_study_without_costs_gets_no_portfolio_sheet(tmp_path):
    path = tmp_path / "c.xlsx"
    export_workbook(make_study(), path, lang="en")
    assert "Portfolio" not in load_workbook(path).sheetnames
