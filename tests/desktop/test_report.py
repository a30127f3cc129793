"""The PDF report: a real multi-page PDF with the study's title and every section."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from desktop.report import ReportWriter, write_report
from projects.commands import SetWeights

pytest_plugins = ["tests.desktop.views_fixtures"]


def test_report_is_a_multi_page_pdf_titled_after_the_study(state, tmp_path):
    path = tmp_path / "report.pdf"
    write_report(state, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) > 1
    assert b"/Title (\xfe\xff" + "Test study".encode("utf-16-be") + b")" in data


def test_report_html_has_every_section_with_the_studys_content(state):
    writer = ReportWriter(state)
    writer.chart_image()
    html = writer.html()
    for heading in ("Criteria and weights", "Scores", "Ranking", "Scenarios compared"):
        assert f">{heading}</h2>" in html
    assert "Indicative" in html and state.study.disclaimer.en in html
    for candidate in state.study.candidates:
        assert candidate.name.en in html
    for scenario in state.study.scenarios:
        assert scenario.name.en in html
    assert "Green" in writer.legend  # the embedded chart's colour key


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_text_reads_the_ranking(state, tmp_path):
    path = tmp_path / "report.pdf"
    write_report(state, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Test study" in text and "Swale street" in text and "Ranking" in text


def test_report_without_a_possible_ranking_still_has_the_study(state, tmp_path):
    state.push(SetWeights(scenario_id="gelijk", weights={"groen": 0, "stad": 0}))
    writer = ReportWriter(state)
    assert writer.ranking is None and writer.chart_image() is None
    html = writer.html()
    assert ">Criteria and weights</h2>" in html and ">Ranking</h2>" not in html
    write_report(state, tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
