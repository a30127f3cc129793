import datetime as dt
import zipfile
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from criteria.scales import NumericScale
from criteria.text import Text
from desktop.cli import main
from projects import excel_import
from projects import excel_style as xs
from projects.excel_export import export_workbook
from projects.excel_import import ExcelImportError, import_workbook, write_template
from projects.study import Candidate, Score
from projects.study_file import load_study, save_study
from tests.factories import make_study


def problems(path) -> list[str]:
    with pytest.raises(ExcelImportError) as info:
        import_workbook(path)
    return [p.text("en") for p in info.value.problems]


def cell_of(ws, candidate_id: str, criterion_id: str) -> str:
    col = next(c.column_letter for c in ws[xs.ID_ROW] if c.value == criterion_id)
    row = next(c.row for c in ws["A"] if c.value == candidate_id and c.row >= xs.FIRST_ROW)
    return f"{col}{row}"


@pytest.fixture
def template(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(make_study(), path)
    return path


def test_template_and_export_read_back_to_the_same_study(tmp_path, template):
    study = make_study()
    assert import_workbook(template) == study
    for lang in ("nl", "en"):
        path = tmp_path / f"export-{lang}.xlsx"
        export_workbook(study, path, lang=lang)
        assert import_workbook(path) == study


def test_template_validates_protects_and_hides_ids(template):
    wb = load_workbook(template)
    assert {"Scores", "Toelichting", "Bronnen", "Criteria", "Kandidaten"} <= set(wb.sheetnames)
    ws = wb["Scores"]
    assert ws.protection.sheet and ws.column_dimensions["A"].hidden and ws.row_dimensions[1].hidden
    assert not ws[cell_of(ws, "A", "bomen")].protection.locked
    assert ws["B3"].protection.locked
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    five_point = rules[f"C3:C{2 + len(make_study().candidates)}"]
    assert five_point.type == "list" and five_point.formula1 == '"--,-,0,+,++"'
    cost = next(dv for ref, dv in rules.items() if ref.startswith("F"))
    assert (cost.type, cost.formula1, cost.formula2) == ("decimal", "0", "20")
    assert ws[cell_of(ws, "A", "bomen")].number_format == "@"  # typed labels stay text


def test_a_filled_in_template_overrides_scores_rationale_and_sources(tmp_path, template):
    wb = load_workbook(template)
    scores, rationale, sources = wb["Scores"], wb["Toelichting"], wb["Bronnen"]
    scores[cell_of(scores, "A", "bomen")] = "-"
    scores[cell_of(scores, "B", "kosten")] = 11.5
    scores[cell_of(scores, "C", "water")] = None  # now missing
    scores[cell_of(scores, "D", "wonen")] = 1  # a number on the five-point scale
    rationale[cell_of(rationale, "A", "bomen")] = "bomen gaan weg"
    sources[cell_of(sources, "B", "kosten")] = "begroting 2026"
    path = tmp_path / "filled.xlsx"
    wb.save(path)

    study = make_study()
    expected = dict(study.scores)
    a = study.score("A", "bomen")
    expected["A", "bomen"] = Score(-1.0, Text("bomen gaan weg", a.rationale.en), a.source)
    expected["B", "kosten"] = replace(
        study.score("B", "kosten"), value=11.5, source="begroting 2026"
    )
    expected["C", "water"] = replace(study.score("C", "water"), value=None)
    expected["D", "wonen"] = replace(study.score("D", "wonen"), value=1.0)
    assert import_workbook(path) == replace(study, scores=expected)


def test_every_problem_is_reported_by_sheet_and_cell(tmp_path, template):
    wb = load_workbook(template)
    ws = wb["Scores"]
    ws[cell_of(ws, "A", "kosten")] = "veel"
    ws[cell_of(ws, "B", "bomen")] = "+++"
    ws[cell_of(ws, "E", "water")] = 3
    ws["A5"] = "A"  # C's row now claims candidate A's id
    ws["A6"] = "ZZ"
    ws["G1"] = "bomen"
    wb["Toelichting"]["E9"] = "a row of its own"
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    found = problems(path)
    assert "Scores!F3: text 'veel' in a number cell ('Cost')" in found
    assert any(p.startswith("Scores!C4: '+++' is not a score on the five-point") for p in found)
    assert any(p.startswith("Scores!D7: 3 is not a score on the five-point") for p in found)
    assert "Scores!A5: candidate id 'A' also occurs in A3" in found
    assert "Scores!A6: unknown candidate id 'ZZ'" in found
    assert "Scores!G1: criterion id 'bomen' also occurs in C1" in found
    assert any(p.startswith("Toelichting!E9: value in a row without a candidate id") for p in found)
    study = make_study()
    for cid in ("C", "D"):  # their rows now claim other ids: their scores would stay as they were
        name = study.candidate(cid).name.en
        assert f"Scores: candidate {name}'s row (id {cid}) is missing; " in "\n".join(found)
    assert len(found) == 9
    assert found[2].startswith("Scores!G1") and found[-1].startswith("Toelichting!E9")  # in order


def test_missing_sheets_are_reported(tmp_path, template):
    wb = load_workbook(template)
    del wb["Scores"]
    path = tmp_path / "no-scores.xlsx"
    wb.save(path)
    assert problems(path) == [
        "(file): sheet 'Scores' is missing; import a Weegwijzer template or export"
    ]
    wb = load_workbook(template)
    del wb[xs.STUDY_SHEET]
    del wb["Scores"]
    wb.save(path)
    assert len(problems(path)) == 2


def test_damaged_hidden_study_is_a_clear_error(tmp_path, template):
    wb = load_workbook(template)
    ws = wb[xs.STUDY_SHEET]
    ws["A2"] = ws["A2"].value[:-40]
    path = tmp_path / "damaged.xlsx"
    wb.save(path)
    [problem] = problems(path)
    assert problem.startswith(f"{xs.STUDY_SHEET}: the hidden study data is damaged")


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "not a (complete) Excel workbook"),
        (b"kandidaat;bomen\nA;++\n", "not a (complete) Excel workbook"),
        ("half", "not a (complete) Excel workbook"),
        ("no workbook", "not a (complete) Excel workbook"),
    ],
)
def test_malformed_files_give_a_clear_error(tmp_path, template, content, expected):
    path = tmp_path / "broken.xlsx"
    if content == "half":
        data = template.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif content == "no workbook":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "not a workbook")
    else:
        path.write_bytes(content)
    [problem] = problems(path)
    assert expected in problem


def test_a_zip_version_python_cannot_read_is_a_clear_error(tmp_path, template):
    """A damaged central directory that claims zip version 6.4 (found by the fuzz test)."""
    data = bytearray(template.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central directory header
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")  # version needed to extract
    path = tmp_path / "version.xlsx"
    path.write_bytes(bytes(data))
    [problem] = problems(path)
    assert "not a (complete) Excel workbook" in problem


@pytest.mark.parametrize(
    "value, expected",
    [
        (True, "'True' is not a valid score ('Cost')"),
        (dt.datetime(2026, 1, 2), "'2026-01-02 00:00:00' is not a valid score ('Cost')"),
        (1e308, None),  # huge but finite: a number like any other
        ("1e999", "text '1e999' in a number cell ('Cost')"),
    ],
)
def test_wrong_types_and_huge_numbers_in_a_number_cell(tmp_path, template, value, expected):
    wb = load_workbook(template)
    ws = wb["Scores"]
    ws[cell_of(ws, "A", "kosten")] = value
    path = tmp_path / "typed.xlsx"
    wb.save(path)
    if expected is None:
        assert import_workbook(path).score("A", "kosten").value == value
    else:
        assert problems(path) == [f"Scores!F3: {expected}"]


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_damaged_bytes_give_an_import_error_or_a_study(tmp_path_factory, data):
    original = _fuzz_source(tmp_path_factory)
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    path = tmp_path_factory.mktemp("fuzz") / "damaged.xlsx"
    path.write_bytes(bytes(damaged))
    try:
        import_workbook(path)
    except ExcelImportError as exc:
        assert exc.problems


_FUZZ_SOURCE: list[bytes] = []


def _fuzz_source(tmp_path_factory) -> bytes:
    if not _FUZZ_SOURCE:
        path = tmp_path_factory.mktemp("fuzz-source") / "template.xlsx"
        write_template(make_study(), path)
        _FUZZ_SOURCE.append(path.read_bytes())
    return _FUZZ_SOURCE[0]


def test_missing_file_is_a_clear_error(tmp_path):
    [problem] = problems(tmp_path / "nowhere.xlsx")
    assert "cannot read the file" in problem


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    block = bytes(2**20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("xl/worksheets/sheet1.xml", "w") as member,
    ):
        for _ in range(excel_import.MAX_UNCOMPRESSED_MB + 5):
            member.write(block)
    assert path.stat().st_size < 2**20  # small on disk, huge unpacked
    [problem] = problems(path)
    assert f"the limit is {excel_import.MAX_UNCOMPRESSED_MB} MB" in problem


def test_rows_beyond_the_cap_are_refused(tmp_path, template, monkeypatch):
    monkeypatch.setattr(excel_import, "MAX_ROWS", 50)
    wb = load_workbook(template)
    wb["Scores"]["C60"] = "++"
    path = tmp_path / "long.xlsx"
    wb.save(path)
    assert "Scores: more than 50 rows; is this the right file?" in problems(path)


ids = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,6}", fullmatch=True)
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(st.tuples(ids, texts), min_size=1, max_size=5, unique_by=lambda t: t[0]),
    labels=st.lists(st.sampled_from([None, -2.0, -1.0, 0.0, 1.0, 2.0]), min_size=15, max_size=15),
    costs=st.lists(
        st.one_of(st.none(), st.floats(-1e12, 1e12, allow_nan=False)), min_size=5, max_size=5
    ),
    rationale=texts,
    source=texts,
    write=st.sampled_from([write_template, export_workbook]),
)
def test_generated_studies_round_trip_through_template_and_export(
    tmp_path_factory, names, labels, costs, rationale, source, write
):
    base = make_study()
    candidates = tuple(Candidate(cid, Text(name or "x", name)) for cid, name in names)
    scores = {}
    for i, c in enumerate(candidates):
        for j, crit in enumerate(("bomen", "water", "wonen")):
            scores[c.id, crit] = Score(labels[i * 3 + j], Text(rationale, source), source)
        scores[c.id, "kosten"] = Score(costs[i], Text(source), rationale)
    tree = base.criteria.replace_node(
        "kosten", replace(base.criterion("kosten"), scale=NumericScale(unit="€"))
    )
    study = replace(base, criteria=tree, candidates=candidates, scores=scores, checks={})
    path = tmp_path_factory.mktemp("gen") / "t.xlsx"
    write(study, path)
    assert import_workbook(path) == study


def test_cli_template_import_and_export_round_trip(tmp_path, capsys):
    study = make_study()
    source = tmp_path / "s.weegwijzer.json"
    save_study(study, source)
    template, back = tmp_path / "t.xlsx", tmp_path / "back.weegwijzer.json"
    assert main(["template", source, "-o", template]) == 0
    assert main(["import", template, "-o", back]) == 0
    assert load_study(back) == study
    export = tmp_path / "e.xlsx"
    assert main(["export", source, "-o", export, "--scenario", "groen-voorop"]) == 0
    assert main(["import", export, "-o", back]) == 0
    assert load_study(back) == study
    capsys.readouterr()
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert main(["import", tmp_path / "bad.xlsx", "-o", back]) == 1
    err = capsys.readouterr().err
    assert "not a (complete) Excel workbook" in err and "Traceback" not in err
    assert load_study(back) == study  # a failed import leaves the old study alone


def located(path) -> list[tuple[str, str, str]]:
    """(sheet, cell, message key) of every problem; the import must fail whole."""
    with pytest.raises(ExcelImportError) as info:
        import_workbook(path)
    return [(p.sheet, p.cell, p.key) for p in info.value.problems]


def test_a_deleted_row_or_column_is_reported_not_kept(tmp_path, template):
    wb = load_workbook(template)
    ws = wb["Scores"]
    row = int(cell_of(ws, "B", "bomen")[1:])
    ws.delete_rows(row)
    ws.delete_cols(ws[cell_of(ws, "A", "kosten")].column)
    path = tmp_path / "deleted.xlsx"
    wb.save(path)
    assert located(path) == [
        ("Scores", "", "xlsx.missing_row"),
        ("Scores", "", "xlsx.missing_column"),
    ]
    study = make_study()
    text = "\n".join(problems(path))
    assert f"candidate {study.candidate('B').name.en}'s row (id B) is missing" in text
    assert f"criterion {study.criterion('kosten').name.en}'s column (id kosten)" in text


@pytest.mark.parametrize("sheet", ["Scores", "Toelichting"])
def test_a_formula_without_a_computed_value_is_reported_by_cell(tmp_path, template, sheet):
    wb = load_workbook(template)
    ref = cell_of(wb[sheet], "C", "bomen")
    wb[sheet][ref] = "=1+1"  # openpyxl stores no computed value, like a non-calculating writer
    path = tmp_path / "formula.xlsx"
    wb.save(path)
    assert located(path) == [(sheet, ref, "xlsx.formula_without_value")]
    assert problems(path) == [f"{sheet}!{ref}: a formula without a computed value: type the value"]


def test_a_candidate_renamed_in_the_export_is_reported(tmp_path):
    study = make_study()
    path = tmp_path / "export.xlsx"
    export_workbook(study, path, lang="en")
    wb = load_workbook(path)
    ws = wb["Scores"]
    ref = "B" + cell_of(ws, "D", "bomen")[1:]
    ws[ref] = "Another name"
    wb.save(path)
    assert located(path) == [("Scores", ref, "xlsx.name_changed")]
    name = study.candidate("D").name.en
    assert problems(path) == [
        f"Scores!{ref}: name changed to 'Another name'; names are changed in Weegwijzer "
        f"(the study keeps {name})"
    ]
