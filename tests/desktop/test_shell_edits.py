"""Shell edits as the user sees them: renaming a scenario, judging must-pass constraints per
candidate, the method kept in the study, elicitation problems in the user's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from criteria.text import Text
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.panels.elicitation_dialog import ElicitationDialog
from desktop.panels.properties_dialogs import ChecksDialog
from desktop.state import StudyState
from projects.study_file import load_study
from tests.factories import make_study


def test_renaming_the_active_scenario(window, monkeypatch):
    asked = []

    def answer(*args, **_kwargs):
        asked.append(args)
        return "Wethouder", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    box = window.scenario_box
    window.act_rename_scenario.trigger()
    assert asked[0][-1] == "Equal weights"  # the dialog starts from the current name
    assert box.currentText() == "Wethouder"
    assert [box.itemText(i) for i in range(box.count())] == ["Wethouder", "Green first"]
    assert window.state.study.scenario().name == Text("Gelijk gewogen", "Wethouder")
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert box.currentText() == "Equal weights"


def test_cancelled_rename_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wethouder", False))
    window.act_rename_scenario.trigger()
    assert window.scenario_box.currentText() == "Equal weights"
    assert not window.state.undo_stack.canUndo()


def _judge(status: str, note: str):
    """Stands in for the user in the constraints dialog: sets the verdict and presses OK."""

    def exec_(dialog: ChecksDialog) -> QDialog.DialogCode:
        dialog.statuses["vergunning"].setCurrentIndex(
            dialog.statuses["vergunning"].findData(status)
        )
        dialog.notes["vergunning"].setText(note)
        dialog.buttons.accepted.emit()
        return QDialog.DialogCode(dialog.result())

    return exec_


def test_failing_a_constraint_leaves_the_candidate_out(window, monkeypatch):
    from tests.desktop.test_main_window import cell

    monkeypatch.setattr(ChecksDialog, "exec", _judge("fail", "geen vergunning"))
    window.scores.table.setCurrentIndex(cell(window, "A", "bomen"))
    window.scores.constraints()
    window.state.recompute()
    name = cell(window, "A", "bomen").siblingAtColumn(0)
    assert "Fails: Permittable (geen vergunning)" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert "left out: 1" in window.ranking_label.text()
    assert "Canal park: fails constraint 'Permittable': geen vergunning" in (
        window.ranking_label.toolTip()
    )
    window.act_undo.trigger()
    window.state.recompute()
    assert "left out" not in window.ranking_label.text()
    assert "Fails" not in name.data(Qt.ItemDataRole.ToolTipRole)


def test_an_override_needs_a_note(state, qtbot):
    dialog = ChecksDialog(state.study, "A", "en")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Constraints of Canal park"
    assert list(dialog.statuses) == ["vergunning"]  # thresholds and disabled ones are not asked
    status = dialog.statuses["vergunning"]
    status.setCurrentIndex(status.findData("override"))
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text() == "An override of 'Permittable' needs a note that says why."
    dialog.notes["vergunning"].setText("onder voorwaarden")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_existing_verdicts_are_shown(state, qtbot):
    dialog = ChecksDialog(state.study, "E", "en")
    qtbot.addWidget(dialog)
    assert dialog.statuses["vergunning"].currentText() == "Overridden"
    assert dialog.notes["vergunning"].text() == "onder voorwaarden"
    assert dialog.result_value() == {}  # nothing changed, nothing to push


def test_chosen_method_is_saved_and_reopens(window, qtbot, study_path):
    box = window.method_box
    box.setCurrentIndex(box.findData("topsis"))
    assert window.isWindowModified()
    assert window.files.save()
    reopened = MainWindow(StudyState(load_study(study_path), study_path, "en"), remember=False)
    qtbot.addWidget(reopened)
    assert reopened.method_box.currentText() == "TOPSIS"
    reopened.state.recompute()
    assert reopened.state.ranking.method == "topsis"
    window.act_undo.trigger()
    assert box.currentText() == "Weighted sum"
    assert window.state.study.settings.method == "weighted_sum"


def test_elicitation_problems_are_shown_in_dutch(qtbot):
    i18n.install("nl")
    group = make_study().criteria.roots
    swing = ElicitationDialog("swing", group, {"groen": 0.5, "stad": 0.5}, "nl")
    qtbot.addWidget(swing)
    for spin in swing.spins:
        spin.setValue(0)
    assert swing.feedback.text() == (
        "swingpunten: minstens één criterium heeft een positief gewicht nodig"
    )
    assert swing.weights() is None
    pairwise = ElicitationDialog("pairwise", group, {"groen": 0.5, "stad": 0.5}, "nl")
    qtbot.addWidget(pairwise)
    pairwise.table.item(0, 1).setText("0")
    assert pairwise.feedback.text() == "oordeel (1, 2) = 0: moet positief zijn"
    pairwise.table.item(0, 1).setText("veel")
    assert pairwise.feedback.text().startswith("Oordeel (1, 2): typ een getal")
    pairwise.table.item(0, 1).setText("3")
    assert pairwise.weights() == {"groen": 0.75, "stad": 0.25}


def test_deleted_panels_let_go_of_the_state(state):
    """The window rebuilds its panels on a language switch; the old ones must not stay
    connected to the state (a lambda keeps a connection to a deleted panel alive)."""
    from PySide6.QtCore import SIGNAL, QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.panels.criteria_panel import CriteriaPanel
    from desktop.panels.scores_panel import ScoresPanel
    from projects.commands import SetMethod

    signals = [SIGNAL("study_changed(PyObject)"), SIGNAL("language_changed(QString)")]
    before = [state.receivers(s) for s in signals]
    panels = [ScoresPanel(state), CriteriaPanel(state)]
    assert [state.receivers(s) for s in signals] > before
    for panel in panels:
        panel.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [state.receivers(s) for s in signals] == before
    state.push(SetMethod(method="vikor"))
    assert state.method == "vikor"
