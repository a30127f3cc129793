import pytest

from criteria.scales import NumericScale
from desktop.cli import main
from projects.csv_import import CsvImportError, import_csv
from projects.study_file import load_study


def write(tmp_path, text: str, name: str = "matrix.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(path) -> list[str]:
    with pytest.raises(CsvImportError) as info:
        import_csv(path)
    return [p.text("en") for p in info.value.problems]


def test_a_plain_matrix_becomes_a_numeric_study(tmp_path):
    path = write(
        tmp_path,
        "Project,Groen,Kosten (kosten),Woningen (max)\n"
        "Park,3.5,12,10\nToren,1,20.5,40\nWadi,4,5,\n",
    )
    study = import_csv(path)
    assert study.title.nl == "matrix"
    assert [c.name.nl for c in study.candidates] == ["Park", "Toren", "Wadi"]
    criteria = study.criteria.criteria()
    assert [c.name.nl for c in criteria] == ["Groen", "Kosten", "Woningen"]
    assert [c.direction for c in criteria] == ["benefit", "cost", "benefit"]
    assert all(isinstance(c.scale, NumericScale) for c in criteria)
    assert len(study.criteria.roots) == 1 and len(study.scenarios) == 1
    weights = study.global_weights()
    assert [weights[c.id] for c in criteria] == pytest.approx([1 / 3] * 3)
    park, toren, wadi = (c.id for c in study.candidates)
    groen, kosten, woningen = (c.id for c in criteria)
    assert study.score(park, groen).value == 3.5
    assert study.score(toren, kosten).value == 20.5
    assert (wadi, woningen) in study.scores and study.score(wadi, woningen).missing
    ranking = study.evaluate()
    assert [e.candidate_id for e in ranking.excluded] == [wadi]  # missing score: excluded
    assert ranking.rank_of(park) == 1  # better on all three criteria than Toren


def test_semicolons_decimal_commas_and_a_direction_row(tmp_path):
    path = write(
        tmp_path,
        "Kandidaat;Bereik;Prijs\nrichting;max;min\nA;1,5;1.234,5\nB;2;−3\n",
        encoding="utf-8-sig",
    )
    study = import_csv(path)
    a, b = (c.id for c in study.candidates)
    bereik, prijs = (c.id for c in study.criteria.criteria())
    assert [c.direction for c in study.criteria.criteria()] == ["benefit", "cost"]
    assert study.score(a, bereik).value == 1.5
    assert study.score(a, prijs).value == 1234.5
    assert study.score(b, prijs).value == -3.0


def test_windows_encoded_names_are_read(tmp_path):
    path = write(tmp_path, "Project;Één\nCafé;1\nHôtel;2\n", encoding="cp1252")
    study = import_csv(path)
    assert [c.name.nl for c in study.candidates] == ["Café", "Hôtel"]
    assert study.criteria.criteria()[0].name.nl == "Één"
    assert {c.id for c in study.candidates} == {"Cafe", "Hotel"}


def test_every_problem_is_reported_by_row_and_column(tmp_path):
    path = write(
        tmp_path,
        "Project,Groen,Groen,Water\nPark,veel,1,2\n,1,2,3\nPark,1,2,inf\n",
    )
    assert problems(path) == [
        "row 1, column 'Groen': 'Groen' also occurs in column Groen",
        "row 2, column 'Groen': 'veel' is not a number",
        "row 3, column 'Project': name is missing",
        "row 4, column 'Project': 'Park' also occurs in row 2",
    ]


def test_bad_numbers_are_reported_in_dutch_too(tmp_path):
    path = write(tmp_path, "Project,Groen\nPark,inf\n")
    with pytest.raises(CsvImportError) as info:
        import_csv(path)
    assert info.value.text("nl").endswith("rij 2, kolom 'Groen': 'inf' is geen getal")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "no candidates"),
        ("Project\nPark\n", "no criteria"),
        ("Project,Groen\n", "no candidates"),
    ],
)
def test_empty_matrices_give_a_clear_error(tmp_path, text, expected):
    [problem] = problems(write(tmp_path, text))
    assert expected in problem


def test_missing_file_is_a_clear_error(tmp_path):
    [problem] = problems(tmp_path / "nowhere.csv")
    assert "cannot read the file" in problem


def test_cli_imports_a_csv(tmp_path, capsys):
    path = write(tmp_path, "Project,Groen,Kosten (cost)\nPark,3,12\nToren,1,20\n")
    out = tmp_path / "m.weegwijzer.json"
    assert main(["import", path, "-o", out]) == 0
    assert load_study(out) == import_csv(path)
    assert main(["import", write(tmp_path, "Project,Groen\nPark,x\n", "bad.csv"), "-o", out]) == 1
    assert "row 2, column 'Groen': 'x' is not a number" in capsys.readouterr().err
