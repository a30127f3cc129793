"""The ``weegwijzer`` command line (Qt-free)."""

import json
import subprocess
import sys

import pytest

from desktop.cli import main
from projects.study_file import save_study
from tests.factories import make_study


@pytest.fixture
def study_file(tmp_path):
    path = tmp_path / "s.weegwijzer.json"
    save_study(make_study(), path)
    return path


def test_rank_json(study_file, capsys):
    assert main(["rank", str(study_file), "--json", "--method", "weighted_sum"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["method"] == "weighted_sum" and out["scenario"] == "gelijk"
    assert [r["id"] for r in out["ranking"]] == ["C", "A", "E", "B", "D"]
    assert set(out["ranking"][0]) == {"id", "name", "rank", "score"}
    assert "excluded" not in out


def test_rank_text_and_scenario_by_name(study_file, capsys):
    assert main(["rank", str(study_file), "--scenario", "Groen voorop"]) == 0
    out = capsys.readouterr().out
    assert "scenario 'Green first'" in out and "Canal park" in out


def test_validate(study_file, tmp_path, capsys):
    assert main(["validate", str(study_file)]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "title": "t", "scenarios": []}')
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "scenarios: the study has no scenario" in err and "Traceback" not in err


def test_usage_errors_exit_2(study_file):
    with pytest.raises(SystemExit) as info:
        main(["rank", str(study_file), "--method", "magic"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["rank"])
    assert info.value.code == 2


def test_invalid_input_exits_1_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "rank", str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "cannot read the file" in result.stderr and "Traceback" not in result.stderr


def test_cli_does_not_import_qt(study_file):
    code = (
        "import sys; from desktop.cli import main; "
        f"main(['rank', {str(study_file)!r}]); "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_rank_json_carries_the_warnings(study_file, capsys):
    assert main(["rank", str(study_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any("overridden" in w for w in out["warnings"])  # E's permit is overridden


def test_a_mistyped_command_is_a_usage_error_and_a_missing_file_invalid_input(tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["rnak"])
    assert info.value.code == 2
    assert main([str(tmp_path / "gone.weegwijzer.json")]) == 1


def test_scores_too_large_to_compute_with_are_a_clear_error(tmp_path, capsys):
    csv = tmp_path / "m.csv"
    csv.write_text("name,a,b\nX,1e308,1\nY,2,3\nZ,3,1\n")
    study = tmp_path / "m.weegwijzer.json"
    assert main(["import", str(csv), "-o", str(study)]) == 0
    assert main(["rank", str(study)]) == 1
    err = capsys.readouterr().err
    assert "The score of 'X' on 'a' (1e+308) is too large" in err and "Traceback" not in err
