"""The Sensitivity sheet of the Excel export: acceptability with chart, stability, reversals."""

from dataclasses import replace

import numpy as np
import pytest
from openpyxl import load_workbook

from projects import excel_sensitivity as es
from projects import sensitivity
from projects.evaluation import evaluate
from projects.excel_export import export_workbook
from projects.messages import message
from tests.factories import make_study


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def _block(rows: list[tuple], title: str) -> list[tuple]:
    """The table under the row whose first cell is ``title``: header and rows up to a gap."""
    start = next(k for k, r in enumerate(rows) if r[0] == title)
    out = []
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        out.append(row)
    return out


@pytest.fixture
def exported(tmp_path):
    study = make_study()
    path = tmp_path / "x.xlsx"
    export_workbook(study, path, lang="en", method="weighted_sum")
    return study, load_workbook(path)["Sensitivity"]


def test_acceptability_table_is_the_seeded_smaa_best_first(exported):
    study, ws = exported
    s = sensitivity.setup(study, "weighted_sum")
    smaa = sensitivity.acceptability(study, s, es.SAMPLES, es.SEED, "around", es.SPREAD)
    ranking = evaluate(study, "weighted_sum")
    table = _block(_rows(ws), message("xlsx.sens.acceptability", "en"))
    header, body = table[0], table[1:]
    m = len(s.problem.candidate_ids)
    assert header[:4] == ("Candidate", "Rank", "Verdict", "Rank 1")
    assert len(body) == m
    names = {c.id: c.name.en for c in study.candidates}
    for row in body:
        cid = next(c for c in s.problem.candidate_ids if names[c] == row[0])
        i = s.problem.candidate_ids.index(cid)
        assert row[1] == ranking.rank_of(cid)
        assert row[2] == smaa.verdict(cid, "en")
        np.testing.assert_allclose(row[3 : 3 + m], smaa.result.acceptability[i])
    assert [r[1] for r in body] == sorted(r[1] for r in body)


def test_native_stacked_chart_of_the_first_ranks(exported):
    _study, ws = exported
    (chart,) = ws._charts
    assert chart.type == "bar" and chart.grouping == "stacked"
    assert len(chart.series) == min(es.CHART_RANKS, 5)
    refs = [series.val.numRef.f for series in chart.series]
    assert refs[0].startswith("'Sensitivity'!$D$")


def test_stability_and_reversal_tables_match_the_sweeps(exported):
    study, ws = exported
    s = sensitivity.setup(study, "weighted_sum")
    sweeps = sensitivity.criterion_sweeps(s)
    stable = sensitivity.stability(sweeps, es.TOP_K)
    rows = _rows(ws)
    table = _block(rows, message("xlsx.sens.stability", "en", k=es.TOP_K))[1:]
    assert [r[0] for r in table] == [study.criterion(c).name.en for c in s.problem.criterion_ids]
    for j, row in enumerate(table):
        assert row[1] == pytest.approx(stable.current[j])
        assert row[3] == pytest.approx(stable.low[j]) and row[4] == pytest.approx(stable.high[j])
    reversals = _block(rows, message("xlsx.sens.reversals", "en", k=es.TOP_K))[1:]
    expected = [(item, r) for item in sweeps for r in item.sweep.changes(es.TOP_K)]
    assert len(reversals) == len(expected) > 0
    for row, (item, r) in zip(reversals, expected, strict=True):
        assert row[0] == study.criterion(item.key).name.en
        assert row[1] == pytest.approx(r.weight)
        assert row[3] == f"{r.rank}–{r.rank + 1}"


def test_a_study_that_cannot_be_analysed_says_why(tmp_path):
    base = make_study()
    study = replace(base, candidates=base.candidates[:1])
    export_workbook(study, tmp_path / "x.xlsx", lang="nl")
    rows = _rows(load_workbook(tmp_path / "x.xlsx")["Gevoeligheid"])
    assert rows[0][0] == message("xlsx.sens.title", "nl")
    assert rows[1][0] == message("sensitivity.too_few", "nl")


def test_many_candidates_show_the_first_ranks_and_one_later_column(tmp_path, monkeypatch):
    """Beyond FULL_UP_TO candidates: ranks 1..RANK_COLUMNS, then all later ranks summed, the
    chart over the first FULL_UP_TO, the shrunken sample count stated."""
    monkeypatch.setattr(es, "FULL_UP_TO", 3)
    monkeypatch.setattr(es, "RANK_COLUMNS", 2)
    monkeypatch.setattr(es, "SAMPLE_BUDGET", 1000)
    study = make_study()
    export_workbook(study, tmp_path / "x.xlsx", lang="en", method="weighted_sum")
    ws = load_workbook(tmp_path / "x.xlsx")["Sensitivity"]
    s = sensitivity.setup(study, "weighted_sum")
    m = len(s.problem.candidate_ids)
    samples = es.sample_count(m)
    assert m > 3 and samples < es.SAMPLES
    smaa = sensitivity.acceptability(study, s, samples, es.SEED, "around", es.SPREAD)
    rows = _rows(ws)
    assert f"{samples:,} samples" in rows[1][0]
    assert message("xlsx.sens.later_note", "en", ranks=2, count=3) in rows[1][0]
    table_title = message("xlsx.sens.acceptability", "en")
    table = _block(rows, table_title)
    assert table[0][3:] == ("Rank 1", "Rank 2", "Rank 3 or later")
    names = [study.candidate(c).name.en for c in s.problem.candidate_ids]
    for row in table[1:]:
        accept = smaa.result.acceptability[names.index(row[0])]
        np.testing.assert_allclose(row[3:], [accept[0], accept[1], accept[2:].sum()])
    (chart,) = ws._charts
    header = 2 + next(k for k, r in enumerate(rows) if r[0] == table_title)
    assert chart.series[0].val.numRef.f.endswith(f"${header + 3}")


def test_big_topsis_or_vikor_studies_leave_the_sweeps_out_and_say_so(tmp_path, monkeypatch):
    """Numerical sweeps of hundreds of candidates would take minutes inside an export."""
    monkeypatch.setattr(es, "NONLINEAR_SWEEPS_UP_TO", 2)  # the test study has 5 candidates
    path = tmp_path / "v.xlsx"
    export_workbook(make_study(), path, method="vikor", lang="en")
    text = " ".join(str(c) for row in _rows(load_workbook(path)["Sensitivity"]) for c in row)
    assert message("xlsx.sens.not_swept", "en", count=2) in text
    assert message("xlsx.sens.no_reversals", "en") not in text
    export_workbook(make_study(), path, method="weighted_sum", lang="en")  # linear: still swept
    text = " ".join(str(c) for row in _rows(load_workbook(path)["Sensitivity"]) for c in row)
    assert message("xlsx.sens.not_swept", "en", count=2) not in text
