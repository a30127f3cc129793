import shutil
import subprocess
import zipfile
from dataclasses import replace
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from criteria.constraints import Check
from criteria.text import Text
from criteria.tree import Criterion
from projects import excel_export
from projects import excel_style as xs
from projects.evaluation import evaluate
from projects.excel_export import export_workbook
from projects.excel_import import import_workbook, write_template
from projects.messages import message
from projects.study import Score
from tests.factories import make_study

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def study_with_exclusion_and_gap():
    base = make_study()
    scores = {**base.scores, ("A", "water"): Score(None, Text("nog onbekend", "unknown yet"))}
    checks = {**base.checks, ("D", "vergunning"): Check("fail", "geen vergunning")}
    return replace(base, scores=scores, checks=checks)


def rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def cell_of(ws, candidate_id: str, criterion_id: str):
    """The score-matrix cell of a candidate and criterion, found through the hidden ids."""
    col = next(c.column for c in ws[xs.ID_ROW] if c.value == criterion_id)
    row = next(c.row for c in ws["A"] if c.value == candidate_id and c.row >= xs.FIRST_ROW)
    return ws.cell(row=row, column=col)


def test_sheets_in_dutch_and_english_with_the_study_hidden(tmp_path):
    study = make_study()
    for lang in ("nl", "en"):
        path = tmp_path / f"{lang}.xlsx"
        export_workbook(study, path, lang=lang)
        wb = load_workbook(path)
        keys = ("sheet.ranking", "sheet.scores", "sheet.weights", "sheet.scenarios")
        keys += ("sheet.sensitivity",)
        assert wb.sheetnames == [message(k, lang) for k in keys] + [xs.STUDY_SHEET]
        assert wb[xs.STUDY_SHEET].sheet_state == "veryHidden"


def test_ranking_sheet_states_method_scenario_weights_and_lists_exclusions(tmp_path):
    study = study_with_exclusion_and_gap()
    ranking = evaluate(study, "topsis", "groen-voorop")
    path = tmp_path / "r.xlsx"
    export_workbook(study, path, scenario="groen-voorop", method="topsis", lang="en")
    ws = load_workbook(path)["Ranking"]
    values = rows(ws)
    facts = {row[1]: row[2] for row in values if row[1] and row[2] is not None}
    assert facts["Method"] == "TOPSIS"
    assert facts["Scenario"] == "Green first"
    assert facts["Score"] == message("xlsx.score_meaning.topsis", "en")
    weights = study.global_weights("groen-voorop")
    assert facts["Weight Green"] == pytest.approx(weights["groen"])
    assert facts["Weight City"] == pytest.approx(weights["stad"])
    assert tuple(v for v in values[1] if v) == ("Indicative",)

    header = next(i for i, row in enumerate(values) if row[0] == "Rank")
    assert values[header][3] == "Score"
    table = values[header + 1 : header + 1 + len(ranking.candidate_ids)]
    expected = [ranking.candidate_ids[i] for i in ranking.order()]
    assert [row[1] for row in table] == [study.candidate(c).name.en for c in expected]
    assert [row[3] for row in table] == pytest.approx(
        [float(ranking.scores[i]) for i in ranking.order()]
    )
    assert [row[0] for row in table] == [int(ranking.ranks[i]) for i in ranking.order()]
    for row, i in zip(table, ranking.order(), strict=True):
        assert row[4:6] == pytest.approx(list(ranking.theme_contributions[i]))

    below = values[header + 1 + len(table) :]
    start = next(i for i, row in enumerate(below) if row[0] == "Excluded from the ranking")
    listed = {row[1]: row[2] for row in below[start + 2 : start + 2 + len(ranking.excluded)]}
    assert set(listed) == {study.candidate(e.candidate_id).name.en for e in ranking.excluded}
    assert "Permittable" in listed["Car park"]
    assert "missing score" in listed["Canal park"]
    assert ws.freeze_panes == f"C{header + 2}"
    assert ws.auto_filter.ref.startswith(f"A{header + 1}:")


def test_ranking_has_a_native_bar_chart(tmp_path):
    path = tmp_path / "c.xlsx"
    export_workbook(make_study(), path)
    with zipfile.ZipFile(path) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2  # the ranking's and the sensitivity sheet's
        chart = ElementTree.fromstring(zf.read("xl/charts/chart1.xml"))
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    bar = chart.find(f".//{c}barChart")
    assert bar.find(f"{c}barDir").get("val") == "bar"
    refs = [f.text for f in bar.iter(f"{c}f")]
    assert any(r.startswith("'Rangorde'!$D$") for r in refs)  # the score column
    assert any(r.startswith("'Rangorde'!$B$") for r in refs)  # the candidate names


def test_a_long_ranking_charts_the_best_candidates(tmp_path, monkeypatch):
    monkeypatch.setattr(excel_export, "CHART_MAX_BARS", 3)
    study = make_study()
    ranked = len(evaluate(study).candidate_ids)
    path = tmp_path / "c.xlsx"
    export_workbook(study, path, lang="en")
    with zipfile.ZipFile(path) as zf:
        chart = ElementTree.fromstring(zf.read("xl/charts/chart1.xml"))
    texts = [t.text for t in chart.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t")]
    assert texts == [f"Score of the best 3 of {ranked} candidates"]
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    [values] = [f.text for f in chart.iter(f"{c}f") if "$D$" in f.text]
    first, last = (int(part.rsplit("$", 1)[1]) for part in values.split(":"))
    assert last - first + 1 == 3


def test_scores_sheet_labels_colours_comments_and_missing_marks(tmp_path):
    study = study_with_exclusion_and_gap()
    path = tmp_path / "s.xlsx"
    export_workbook(study, path)
    ws = load_workbook(path)["Scores"]
    for cand in study.candidates:
        for crit in ("bomen", "water", "wonen"):
            cell = cell_of(ws, cand.id, crit)
            score = study.score(cand.id, crit)
            if score.missing:
                assert cell.value == xs.MISSING_MARK
                assert cell.fill.fgColor.rgb.endswith(xs.MISSING_COLOUR)
                assert "ontbrekende score" in cell.comment.text
            else:
                assert cell.value == study.criterion(crit).scale.format(score.value)
                colour = xs.FIVE_POINT_COLOURS[int(score.value)]
                assert cell.fill.fgColor.rgb.endswith(colour)
            assert score.rationale.nl in cell.comment.text
        cost = cell_of(ws, cand.id, "kosten")
        assert cost.value == study.score(cand.id, "kosten").value
    assert len(ws.conditional_formatting) == 1  # the colour scale of the numeric criterion
    assert ws.freeze_panes == "C3"
    assert ws.column_dimensions["A"].hidden and ws.row_dimensions[1].hidden


def test_weights_sheet_shows_local_and_global_weights_per_scenario(tmp_path):
    study = make_study()
    path = tmp_path / "w.xlsx"
    export_workbook(study, path, lang="en")
    values = rows(load_workbook(path)["Weights"])
    names = {n.name.en: n for n in study.criteria.nodes()}
    for k, scenario in enumerate(study.scenarios):
        expected = study.global_weights(scenario.id)
        assert values[0][1 + 2 * k] == scenario.name.en
        for row in values[2:]:
            node = names[row[0]]
            assert row[2 + 2 * k] == pytest.approx(expected[node.id])
            parent = study.criteria.parent_id(node.id)
            local = expected[node.id] / (expected[parent] if parent else 1.0)
            assert row[1 + 2 * k] == pytest.approx(local)
        leaves = [row[2 + 2 * k] for row in values[2:] if isinstance(names[row[0]], Criterion)]
        assert sum(leaves) == pytest.approx(1.0)


def test_scenarios_sheet_ranks_every_scenario_side_by_side(tmp_path):
    study = study_with_exclusion_and_gap()
    path = tmp_path / "sc.xlsx"
    export_workbook(study, path, lang="en")
    values = rows(load_workbook(path)["Scenarios"])
    by_name = {c.name.en: c.id for c in study.candidates}
    for k, scenario in enumerate(study.scenarios):
        ranking = evaluate(study, scenario=scenario.id)
        assert values[0][1 + 2 * k] == scenario.name.en
        for row in values[2:]:
            cid = by_name[row[0]]
            rank = ranking.rank_of(cid)
            assert row[1 + 2 * k] == (rank if rank is not None else "excluded")


def test_extra_sheets_are_appended_after_the_built_in_ones(tmp_path):
    def portfolio(ws, ctx):
        xs.put(ws, 1, 1, ctx.text("xlsx.method"))
        xs.put(ws, 1, 2, len(ctx.ranking.candidate_ids))

    path = tmp_path / "x.xlsx"
    study = make_study()
    export_workbook(study, path, extra_sheets=[("Portefeuille", portfolio)])
    wb = load_workbook(path)
    assert wb.sheetnames[-2:] == ["Portefeuille", xs.STUDY_SHEET]
    assert rows(wb["Portefeuille"])[0] == ("Methode", len(evaluate(study).candidate_ids))


TRIGGERS = ['=HYPERLINK("http://x","klik")', "+31 6 1234", "-2 woningen", "@SUM(A1)"]
TRIGGERS += ["\tingesprongen", "\r\nregel"]


def injected_study():
    study = make_study()
    names = TRIGGERS + ["gewoon"]
    candidates = tuple(
        replace(c, name=Text(names[i], names[i]), area="-") for i, c in enumerate(study.candidates)
    )
    scores = {
        key: replace(s, rationale=Text("=1+1", "@cmd"), source="+bron")
        for key, s in study.scores.items()
    }
    return replace(study, candidates=candidates, scores=scores)


def sheet_cells(path):
    """Every cell of every sheet as (sheet part, ref, t attribute, text, quotePrefix, has f)."""
    with zipfile.ZipFile(path) as zf:
        styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
        xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
        quoted = [xf.get("quotePrefix") == "1" for xf in xfs]
        for name in zf.namelist():
            if not name.startswith("xl/worksheets/sheet"):
                continue
            root = ElementTree.fromstring(zf.read(name))
            for c in root.iter(f"{{{NS['m']}}}c"):
                text = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                has_f = c.find("m:f", NS) is not None
                yield name, c.get("r"), c.get("t"), text, quoted[int(c.get("s", 0))], has_f


@pytest.mark.parametrize("write", ["export", "template"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path, write):
    study = injected_study()
    path = tmp_path / f"{write}.xlsx"
    if write == "export":
        export_workbook(study, path)
    else:
        write_template(study, path)
    cells = list(sheet_cells(path))
    assert not any(has_f for *_, has_f in cells), "the workbook must hold no formulas"
    risky = [c for c in cells if c[3].startswith(xs.FORMULA_TRIGGERS)]
    texts = {c[3] for c in risky}
    assert {'=HYPERLINK("http://x","klik")', "+31 6 1234", "-2 woningen"} <= texts
    assert {"@SUM(A1)", "\tingesprongen"} <= texts
    # the export shows rationale and source in comments (never formulas), the template in cells
    assert {"=1+1", "+bron"} <= texts if write == "template" else "-" in texts
    assert {"--", "-", "+", "++"} & texts  # five-point labels are shown as labels
    for sheet, ref, t, text, quote_prefix, _ in risky:
        assert t == "inlineStr", (sheet, ref, text)
        assert quote_prefix, (sheet, ref, text)


needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not on PATH; apt-get install libreoffice-calc to run",
)


def soffice_convert(path, target: str, outdir):
    """Convert ``path`` with headless LibreOffice (own profile: no clash with other instances)."""
    outdir.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(outdir / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    converted = outdir / f"{path.stem}.{target.split(':')[0]}"
    assert converted.exists(), result.stdout + result.stderr
    return converted


@needs_libreoffice
@pytest.mark.parametrize("write", [export_workbook, write_template])
def test_libreoffice_converts_export_and_template_to_pdf(tmp_path, write):
    path = tmp_path / "book.xlsx"
    write(injected_study(), path)
    assert soffice_convert(path, "pdf", tmp_path / "pdf").read_bytes().startswith(b"%PDF")


@needs_libreoffice
def test_a_template_saved_by_libreoffice_imports_to_the_same_study(tmp_path):
    study = injected_study()
    path = tmp_path / "template.xlsx"
    write_template(study, path)
    saved = soffice_convert(path, "xlsx", tmp_path / "saved")
    assert saved.read_bytes() != path.read_bytes()
    assert import_workbook(saved) == study
