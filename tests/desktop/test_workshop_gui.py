"""Workshop GUI: participants and the group scenario, the live session, the QR code."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.panels.participant_dialog import ParticipantDialog
from desktop.panels.qr_widget import QUIET, QrWidget
from desktop.panels.workshop_session import SessionDialog
from projects.qr import encode
from projects.study import Participant

pytest_plugins = ["tests.desktop.views_fixtures"]

NODES = ("groen", "stad", "bomen", "water", "wonen", "kosten")
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy


def scripted_dialog(monkeypatch, answers):
    """ParticipantDialog.exec fills in the next (name, weights) answer and accepts."""
    queue = list(answers)

    def exec_(self):
        name, weights = queue.pop(0)
        self.name.setText(name)
        for node_id, value in weights.items():
            self.spins[node_id].setValue(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)


def test_participants_make_the_group_scenario_of_the_toolbar_and_the_ranking(
    window, state, monkeypatch
):
    view = window._views["workshop"]
    window.show_view("workshop")
    scripted_dialog(
        monkeypatch,
        [
            ("Ann", {"groen": 80, "stad": 20, "bomen": 50, "water": 50, "wonen": 50, "kosten": 50}),
            ("Bob", {"groen": 40, "stad": 60, "bomen": 100, "water": 0, "wonen": 50, "kosten": 50}),
        ],
    )
    view.add_participant()
    view.add_participant()
    QApplication.processEvents()
    assert [p.name for p in state.study.participants] == ["Ann", "Bob"]
    assert view.table.rowCount() == 2 and view.table.item(1, 0).text() == "Bob"
    assert "Group" not in [
        window.scenario_box.itemText(i) for i in range(window.scenario_box.count())
    ]

    view.make_group()  # arithmetic mean, an equal voice each
    state.recompute()
    QApplication.processEvents()
    assert window.scenario_box.currentText() == "Group"
    assert state.study.active_scenario == "groep"
    # by hand: themes (0.8 + 0.4) / 2 = 0.6 and 0.4; trees (0.5 + 1) / 2 = 0.75; homes 0.5
    expected = {"bomen": 0.45, "water": 0.15, "wonen": 0.2, "kosten": 0.2}
    ranking = state.ranking
    got = dict(zip(ranking.criterion_ids, ranking.weights, strict=True))
    assert got == pytest.approx(expected)
    assert "2 participants" in view.group_info.text()

    state.undo_stack.undo()
    QApplication.processEvents()
    assert "groep" not in [s.id for s in state.study.scenarios]
    assert window.scenario_box.findText("Group") == -1


def test_removing_a_participant_and_an_anonymous_one_keeps_no_name(qtbot, state, monkeypatch):
    dialog = ParticipantDialog(Participant("p1", "Ann"), state.study, "en")
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Gemeente")
    dialog.anonymous.setChecked(True)
    value = dialog.participant_value()
    assert value.anonymous and value.name == "" and not dialog.name.isEnabled()
    assert value.organisation == "Gemeente"


def test_elicitation_fills_the_groups_weights(qtbot, state, monkeypatch):
    dialog = ParticipantDialog(Participant("p1"), state.study, "en")
    qtbot.addWidget(dialog)
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text().strip() == "More trees"
    )
    dialog.table.setCurrentCell(row, 0)
    dialog.methods.setCurrentIndex(dialog.methods.findData("points"))

    def accept_points(elicitation):
        elicitation.spins[0].setValue(70)
        elicitation.spins[1].setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.panels.elicitation_dialog.ElicitationDialog.exec", accept_points)
    dialog.open_elicitation()
    assert dialog.spins["bomen"].value() == pytest.approx(70)
    assert dialog.spins["water"].value() == pytest.approx(30)
    assert dialog.spins["groen"].value() == pytest.approx(50)  # the other group unchanged


def phone_submits(session, name, value=50):
    """What a phone does: load the tokenised form, post the weights as JSON."""
    with DIRECT.open(session.url, timeout=5) as response:
        page = response.read()
    sid = re.search(rb'name="submission_id" value="(\w+)"', page).group(1).decode()
    doc = {"submission_id": sid, "name": name, "weights": dict.fromkeys(NODES, value)}
    request = urllib.request.Request(
        session.url + "submit",
        data=json.dumps(doc).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with DIRECT.open(request, timeout=5) as response:
        assert response.status == 200


def refused(url) -> bool:
    try:
        DIRECT.open(url, timeout=2)
    except urllib.error.URLError as exc:
        return isinstance(exc.reason, ConnectionRefusedError)
    return False


@pytest.fixture
def session_dialog(qtbot, window, state):
    dialog = SessionDialog(state, window)
    qtbot.addWidget(dialog)
    dialog.interface.setCurrentIndex(dialog.interface.findData("127.0.0.1"))
    dialog.show()
    yield dialog
    dialog.close_session()


def test_a_phone_submission_arrives_in_the_list_and_the_study_and_undo_removes_it(
    qtbot, session_dialog, state
):
    dialog = session_dialog
    dialog.start()
    session = dialog.session
    assert session is not None and session.host == "127.0.0.1"
    assert dialog.code.text() == session.code and dialog.short_url.text() == session.short_url
    assert dialog.qr.code is not None and dialog.qr.code.modules == encode(session.url).modules

    phone_submits(session, "Carla")
    qtbot.waitUntil(lambda: dialog.submissions.count() == 1, timeout=5000)
    assert "Carla" in dialog.submissions.item(0).text()
    assert [p.name for p in state.study.participants] == ["Carla"]
    assert "1" in dialog.count.text()

    state.undo_stack.undo()
    assert state.study.participants == ()

    url = session.short_url
    dialog.close()
    assert not dialog.running and refused(url)


def test_closing_the_main_window_stops_the_session(qtbot, session_dialog, window, dialogs):
    session_dialog.start()
    url = session_dialog.session.short_url
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    qtbot.waitUntil(lambda: not session_dialog.running, timeout=5000)
    assert refused(url)


def test_the_qr_widget_paints_the_module_matrix_with_a_quiet_zone(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.resize(420, 420)
    text = "http://192.168.1.20:8765/s/Xq3-token/"
    widget.set_text(text)
    image = widget.grab().toImage()
    modules = encode(text).modules
    black, white = QColor("black").rgb(), QColor("white").rgb()
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            px, py = widget.module_at(x, y)
            assert image.pixel(px, py) == (black if dark else white), (x, y)
    rect, module = widget.code_rect()
    assert module * (len(modules) + 2 * QUIET) == rect.width() >= 0.9 * 420
    for k in range(QUIET * module):  # the quiet zone is white all round
        assert image.pixel(rect.left() + k, rect.top() + k) == white
        assert image.pixel(rect.right() - k, rect.bottom() - k) == white


def test_the_session_window_outlives_a_language_switch(qtbot, window, state):
    window._views["workshop"].open_session()
    dialog = window._views["workshop"].session_dialog
    dialog.interface.setCurrentIndex(dialog.interface.findData("127.0.0.1"))
    dialog.start()
    try:
        window.set_language("nl")
        QApplication.processEvents()
        window._views["workshop"].open_session()
        assert window._views["workshop"].session_dialog is dialog and dialog.running
    finally:
        dialog.close_session()
        window.set_language("en")


def test_an_anonymous_session_stores_no_name(qtbot, session_dialog, state):
    session_dialog.anonymous.setChecked(True)
    session_dialog.start()
    phone_submits(session_dialog.session, "Dirk")
    qtbot.waitUntil(lambda: len(state.study.participants) == 1, timeout=5000)
    (person,) = state.study.participants
    assert person.anonymous and person.name == "" and person.organisation == ""
    assert "Dirk" not in session_dialog.submissions.item(0).text()
