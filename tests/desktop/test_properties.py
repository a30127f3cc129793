"""Criterion and candidate properties: what the dialogs change, and what they refuse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.panels import criteria_panel, scores_panel
from desktop.panels.properties_dialogs import CandidateDialog, CriterionDialog
from tests.factories import make_study


def accept_with(monkeypatch, module, dialog_class, fill):
    """Make the panel's dialog come back accepted after ``fill(dialog)``."""

    class Scripted(dialog_class):
        def exec(self):
            fill(self)
            self.buttons.accepted.emit()  # OK
            return self.result()

    monkeypatch.setattr(module, dialog_class.__name__, Scripted)


def test_criterion_becomes_numeric_with_unit(window, monkeypatch):
    def fill(dialog):
        dialog.scale.setCurrentIndex(dialog.scale.findData("numeric"))
        dialog.unit.setText("ha")
        dialog.direction.setCurrentIndex(dialog.direction.findData("cost"))

    accept_with(monkeypatch, criteria_panel, CriterionDialog, fill)
    window.criteria.select("bomen")
    window.criteria.properties()
    crit = window.state.study.criterion("bomen")
    assert (crit.direction, crit.scale.unit) == ("cost", "ha")
    model = window.scores.model
    header = model.headerData(model.column_of("bomen"), Qt.Orientation.Horizontal)
    assert header == "More trees\n(ha)"
    assert model.index(model.row_of("A"), model.column_of("bomen")).data() == "2 ha"
    window.act_undo.trigger()
    assert window.state.study.criterion("bomen").scale.unit == ""


def test_numeric_scores_off_the_five_point_scale_block_the_switch(qapp):
    study = make_study()
    dialog = CriterionDialog(study.criterion("kosten"), study, "en")
    dialog.scale.setCurrentIndex(dialog.scale.findData("five_point"))
    dialog.buttons.accepted.emit()  # OK
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("Not on the five-point scale: the scores of Canal park")


def test_candidate_area_and_tags_feed_the_filters(window, monkeypatch):
    def fill(dialog):
        dialog.area.setText("Binnenstad")
        dialog.tags.setText("wonen, groen, wonen")

    accept_with(monkeypatch, scores_panel, CandidateDialog, fill)
    panel = window.scores
    panel.table.setCurrentIndex(panel.proxy.index(3, 0))
    panel.properties()
    assert window.state.study.candidate("D").tags == ("wonen", "groen")
    panel.area.setCurrentIndex(panel.area.findData("Binnenstad"))
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == ["Car park"]


def test_bounds_must_be_finite_and_in_order_said_in_dutch(qapp):
    from desktop import i18n

    i18n.install("nl")
    study = make_study()
    dialog = CriterionDialog(study.criterion("kosten"), study, "nl")
    for lower, upper, said in (
        ("10", "5", "De hoogste waarde moet boven de laagste liggen."),
        ("0", "inf", "De laagste en hoogste waarde moeten getallen zijn."),
    ):
        dialog.lower.setText(lower)
        dialog.upper.setText(upper)
        dialog.buttons.accepted.emit()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.problem.text() == said
    dialog.upper.setText("20,5")
    assert dialog.result_value().scale.upper == 20.5
