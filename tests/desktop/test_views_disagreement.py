"""The agreement view: a dot per participant per criterion, the tau matrix, the ranks side by
side, codes when anonymous; and the workshop section of the PDF report."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from desktop.report import ReportWriter
from desktop.views.disagreement import DisagreementView
from projects.commands import ReplaceStudy
from projects.study import Participant
from projects.workshop import update_group

pytest_plugins = ["tests.desktop.views_fixtures"]

PEOPLE = (
    Participant("p1", "Ann", weights={"groen": 9, "stad": 1, "bomen": 3, "water": 1}),
    Participant("p2", "Bob", weights={"groen": 1, "stad": 9, "wonen": 1, "kosten": 4}),
    Participant("p3", "Cas", weights={"groen": 5, "stad": 5}),
)


@pytest.fixture
def workshop_state(state):
    study = replace(state.study, participants=PEOPLE)
    state.push(ReplaceStudy(study=update_group(study).apply(study)))
    return state


def shown_result(view, qtbot):
    qtbot.waitUntil(lambda: view.analysis is not None, timeout=20000)
    QApplication.processEvents()
    return view.analysis.disagreement


def test_a_dot_per_participant_per_criterion_and_the_tau_matrix(workshop_state, show, qtbot):
    view = show(DisagreementView(workshop_state))
    d = shown_result(view, qtbot)
    criteria = workshop_state.study.criteria.active_criteria()
    assert view.strip.dot_count() == len(PEOPLE) * len(criteria)
    rows = np.round(view.strip.dot_positions()[:, 1]).astype(int)
    assert np.bincount(rows).tolist() == [len(PEOPLE)] * len(criteria)
    # Ann gives "more trees" (first criterion, top row) 0.9 * 3/4 of the weight
    top = view.strip.dot_positions()[rows == len(criteria) - 1]
    assert top[:, 0].max() == pytest.approx(100 * 0.9 * 0.75)
    assert view.tau.tau.shape == (3, 3) and np.allclose(np.diag(view.tau.tau), 1.0)
    assert view.ranks.columnCount() == 1 + len(PEOPLE)
    assert view.ranks.rowCount() == len(d.candidate_ids)
    headers = [view.ranks.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers[0] == "Group" and sorted(headers[1:]) == ["Ann", "Bob", "Cas"]
    assert "%" in view.findings.text() and "first choice" in view.findings.text()


def test_anonymous_shows_codes_only(workshop_state, show, qtbot):
    view = show(DisagreementView(workshop_state))
    shown_result(view, qtbot)
    view.analysis = None
    view.anonymous.setChecked(True)
    shown_result(view, qtbot)
    headers = {view.ranks.horizontalHeaderItem(c).text() for c in range(1, 4)}
    assert headers == {"D1", "D2", "D3"}
    assert view.tau.labels == ["D1", "D2", "D3"]


def test_no_participants_says_so(state, show, qtbot):
    view = show(DisagreementView(state))
    qtbot.waitUntil(lambda: view.failure.isVisible(), timeout=20000)
    assert "No participant has given weights" in view.failure.text()
    assert not view.body.isVisible()


def test_export_waits_for_the_worker(workshop_state, show, exported):
    exported(show(DisagreementView(workshop_state)))


def test_report_has_a_workshop_section_only_with_participants(state, workshop_state):
    html = ReportWriter(workshop_state).html()
    assert ">Workshop</h2>" in html
    assert "Participants: <b>3</b>" in html
    assert "arithmetic mean of the weights of 3 participants" in html
    assert "Spread of the weights over the participants" in html
    for criterion in workshop_state.study.criteria.active_criteria():
        assert criterion.name.en in html.split(">Workshop</h2>")[1]


def test_report_without_participants_has_no_workshop_section(state):
    assert "Workshop" not in ReportWriter(state).html()
