"""The main window as the user sees it: scores, weights, method, scenario, language, status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.models.criteria_model import LOCAL, NAME
from desktop.state import StudyState
from projects.commands import SetWeights

D = Qt.ItemDataRole.DisplayRole


def cell(window, candidate, criterion):
    panel = window.scores
    source = panel.model.index(panel.model.row_of(candidate), panel.model.column_of(criterion))
    return panel.proxy.mapFromSource(source)


def test_window_shows_study_disclaimer_and_title(window, study_path):
    assert window.banner.text() == "Indicative"
    assert window.banner.isVisible()
    assert window.windowTitle() == f"Test study — {study_path.name}[*] — Weegwijzer"
    assert window.tabs.tabText(0) == "Scores"
    assert "Ranked: 5" in window.ranking_label.text()


def test_picking_a_five_point_score_with_the_delegate(window):
    table = window.scores.table
    index = cell(window, "D", "water")
    delegate = table.itemDelegate()
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "-"
    editor.setCurrentIndex(editor.findText("++"))
    delegate.setModelData(editor, table.model(), index)
    assert index.data(D) == "++"
    assert window.state.study.score("D", "water").value == 2
    assert window.isWindowModified()


def test_delete_key_marks_a_score_missing(window, qtbot):
    table = window.scores.table
    window.activateWindow()
    table.setFocus()
    table.setCurrentIndex(cell(window, "A", "bomen"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert cell(window, "A", "bomen").data(D) == "?"
    qtbot.waitUntil(lambda: "left out: 1" in window.ranking_label.text())


def test_rationale_panel_edits_the_tooltip(window):
    table = window.scores.table
    table.setCurrentIndex(cell(window, "C", "water"))
    side = window.scores.side
    assert side.rationale.toPlainText() == "reason C/water"
    side.rationale.setPlainText("Wadi holds rain")
    side.source.setText("Omgevingsvisie § 3")
    side.apply.click()
    tip = cell(window, "C", "water").data(Qt.ItemDataRole.ToolTipRole)
    assert "Wadi holds rain" in tip and "Omgevingsvisie § 3" in tip
    assert window.state.study.score("C", "water").rationale.nl == "reden C/water"


def test_slider_drag_is_one_undo_step(window):
    sliders = window.criteria.sliders
    slider = sliders.rows["groen"][0]
    model = window.criteria.model
    groen, stad = model.index_of("groen", LOCAL), model.index_of("stad", LOCAL)
    slider.setSliderDown(True)
    for value in (550, 620, 700, 750):
        slider.setValue(value)
    slider.setSliderDown(False)
    assert (groen.data(D), stad.data(D)) == ("75.0 %", "25.0 %")
    assert window.state.undo_stack.count() == 1
    assert window.act_undo.text() == "&Undo Change weight"
    window.act_undo.trigger()
    assert (groen.data(D), stad.data(D)) == ("50.0 %", "50.0 %")
    assert slider.value() == 500
    window.act_redo.trigger()
    assert groen.data(D) == "75.0 %"
    slider.setSliderDown(True)  # a second drag is a second step
    slider.setValue(300)
    slider.setSliderDown(False)
    assert window.state.undo_stack.count() == 2


def test_locked_weight_stays_put(window):
    window.criteria.select("bomen")
    sliders = window.criteria.sliders
    assert set(sliders.rows) == {"bomen", "water"}
    sliders.rows["water"][2].setChecked(True)
    sliders.rows["bomen"][0].setValue(800)
    model = window.criteria.model
    assert model.local_share("water") == 0.5
    assert model.local_share("bomen") == 0.5


def test_switching_method_and_scenario(window, qtbot):
    box = window.method_box
    box.setCurrentIndex(box.findData("promethee_ii"))
    assert window.state.method == "promethee_ii"
    window.state.recompute()
    assert window.state.ranking.method == "promethee_ii"
    scenario = window.scenario_box
    scenario.setCurrentIndex(scenario.findData("groen-voorop"))
    assert window.state.study.active_scenario == "groen-voorop"
    assert window.criteria.model.index_of("groen", LOCAL).data(D) == "75.0 %"
    window.act_undo.trigger()
    assert scenario.currentText() == "Equal weights"
    assert window.criteria.model.index_of("groen", LOCAL).data(D) == "50.0 %"


def test_new_and_deleted_scenarios(window, monkeypatch):
    window.scenario_box.setCurrentIndex(window.scenario_box.findData("groen-voorop"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wethouder", True))
    window.act_new_scenario.trigger()
    box = window.scenario_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Equal weights",
        "Green first",
        "Wethouder",
    ]
    assert box.currentText() == "Wethouder"
    assert window.state.study.scenario().weights == {"groen": 3, "stad": 1}
    window.act_delete_scenario.trigger()
    assert box.count() == 2
    window.act_undo.trigger()
    assert box.currentText() == "Wethouder"


def test_no_ranking_is_shown_in_the_status_bar(window):
    weights = {"groen": 0.0, "stad": 0.0}
    window.state.push(SetWeights(scenario_id="gelijk", weights=weights))
    window.state.recompute()
    assert window.state.ranking is None
    assert window.ranking_label.text().startswith("No ranking:")


def test_language_switch_changes_visible_texts(window):
    assert window.menuBar().actions()[0].text() == "&File"
    first = window.scores.proxy.index(0, 0)
    assert first.data(D) == "Canal park"
    window.set_language("nl")
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.dock.windowTitle() == "Criteria en gewichten"
    assert window.tabs.tabText(0) == "Scores"
    assert window.scores.proxy.index(0, 0).data(D) == "Park aan de vaart"
    assert window.banner.text() == "Indicatief"
    assert window.method_box.itemText(0) == "Gewogen som"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_language_switch_rebuilds_without_leftovers(window, qtbot):
    def count():
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.findChildren(QAction)), len(window.findChildren(QWidget))

    before = count()
    window.set_language("nl")
    window.set_language("en")
    assert count() == before
    assert window.act_save.shortcut().toString() == "Ctrl+S"


def test_presentation_mode_enlarges_text(window):
    size = window.font().pointSizeF()
    window.act_present.trigger()
    assert window.presenting
    assert window.font().pointSizeF() > size
    window.act_present.trigger()
    assert window.font().pointSizeF() == size


def test_criteria_edits_from_the_panel(window, monkeypatch):
    panel = window.criteria
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Luchtkwaliteit", True))
    panel.select("water")
    panel.add_criterion()
    groen = panel.model.index_of("groen")
    names = [panel.model.index(r, NAME, groen).data(D) for r in range(3)]
    assert names == ["More trees", "Retain water", "Luchtkwaliteit"]
    assert window.scores.model.headerData(3, Qt.Orientation.Horizontal, D) == "Luchtkwaliteit"
    panel.move(-1)
    assert panel.model.index(1, NAME, groen).data(D) == "Luchtkwaliteit"
    panel.delete()
    assert panel.model.rowCount(panel.model.index_of("groen")) == 2
    panel.add_theme()
    assert panel.model.index(2, NAME).data(D) == "Luchtkwaliteit"
    assert window.state.undo_stack.count() == 4


def test_candidates_added_moved_removed(window, monkeypatch):
    panel = window.scores
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fietspad", True))
    panel.table.setCurrentIndex(cell(window, "A", "bomen"))
    panel.add()
    assert [panel.proxy.index(r, 0).data(D) for r in range(3)] == [
        "Canal park",
        "Fietspad",
        "Residential tower",
    ]
    assert panel.proxy.index(1, 1).data(D) == "?"
    panel.move(-1)
    assert panel.proxy.index(0, 0).data(D) == "Fietspad"
    panel.remove()
    assert panel.proxy.index(0, 0).data(D) == "Canal park"


def test_dropping_a_study_file_opens_it(window, tmp_path, dialogs):
    from projects.study_file import save_study
    from tests.factories import make_study

    other = tmp_path / "other.weegwijzer.json"
    save_study(make_study(title=make_study().title.__class__("Andere", "Other")), other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.windowTitle().startswith("Other — other.weegwijzer.json")


def test_pairwise_dialog_shows_consistency_and_worst_judgement(state):
    from desktop.panels.elicitation_dialog import INCONSISTENT, ElicitationDialog
    from tests.factories import make_study

    study = make_study()
    group = tuple(study.criteria.roots) + tuple(study.criteria.roots[0].children)
    dialog = ElicitationDialog("pairwise", group, {n.id: 0.25 for n in group}, "en")
    assert dialog.weights() == pytest.approx({n.id: 0.25 for n in group})
    assert "Consistency ratio 0.000: consistent enough" in dialog.feedback.text()
    table = dialog.table
    table.item(0, 1).setText("9")  # A >> B
    table.item(1, 2).setText("9")  # B >> C
    table.item(0, 2).setText("1/9")  # but C >> A: circular
    assert "too inconsistent" in dialog.feedback.text()
    highlighted = [
        (i, j)
        for i in range(4)
        for j in range(4)
        if table.item(i, j).background().color() == INCONSISTENT
    ]
    assert len(highlighted) == 1
    assert table.item(2, 0).text() == "9"  # the reciprocal is filled in


def test_points_dialog_needs_exactly_100(state):
    from desktop.panels.elicitation_dialog import ElicitationDialog
    from tests.factories import make_study

    group = make_study().criteria.roots
    dialog = ElicitationDialog("points", group, {"groen": 0.5, "stad": 0.5}, "en")
    dialog.spins[0].setValue(70)
    assert dialog.weights() is None
    assert dialog.feedback.text() == "120 of 100 points allocated"
    dialog.spins[1].setValue(30)
    assert dialog.weights() == pytest.approx({"groen": 0.7, "stad": 0.3})


def test_screenshot_writes_the_view_at_its_size(study_path, tmp_path):
    from PySide6.QtGui import QImage

    from desktop.app import screenshot

    png = tmp_path / "scores.png"
    screenshot(png, "scores", "nl", study_path, (1280, 800))
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)


def test_typing_a_five_point_score(window, qtbot):
    table = window.scores.table
    table.setFocus()
    table.setCurrentIndex(cell(window, "D", "water"))
    qtbot.keyClicks(table, "+")
    qtbot.keyClicks(QApplication.focusWidget(), "+")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert cell(window, "D", "water").data(D) == "++"


def test_export_picture_of_the_current_view(window, tmp_path, monkeypatch):
    target = tmp_path / "view"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.act_export_png.trigger()
    image = QImage(str(tmp_path / "view.png"))
    assert (image.width(), image.height()) == (window.scores.width(), window.scores.height())


def test_export_picture_as_svg_keeps_the_typed_name(window, tmp_path, monkeypatch):
    offered = []

    def dialog(_parent, _title, _start, filters, *rest, **kw):
        offered.append(filters)
        return str(tmp_path / "chart.svg"), ""  # the PNG filter still chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.act_export_png.trigger()
    assert "(*.png)" in offered[0] and "(*.svg)" in offered[0]
    assert not list(tmp_path.glob("chart.svg.*"))
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")


def test_export_picture_takes_the_suffix_of_the_chosen_filter(window, tmp_path, monkeypatch):
    def dialog(_parent, _title, _start, filters, *rest, **kw):
        return str(tmp_path / "chart"), next(f for f in filters.split(";;") if "*.svg" in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.act_export_png.trigger()
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")


def test_window_state_is_remembered(qtbot, state):
    from desktop.main_window import MainWindow

    first = MainWindow(state, remember=True)
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.show()
    first.dock.setFloating(True)
    assert first.close()
    second = MainWindow(StudyState(state.study, state.path, "en"), remember=True)
    qtbot.addWidget(second)
    assert second.dock.isFloating()


def test_a_study_built_from_scratch(window, monkeypatch, dialogs):
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.files.new()
    window.state.recompute()
    assert window.ranking_label.text().startswith("No ranking:")
    assert not window.banner.isVisible()
    names = iter(["Klimaat", "Hitte", "Wateroverlast", "Vergroenen plein"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    window.criteria.add_theme()
    window.criteria.add_criterion()
    window.criteria.add_criterion()
    window.scores.add()
    model = window.scores.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Candidate",
        "Hitte",
        "Wateroverlast",
    ]
    for column, value in ((1, "+"), (2, "++")):
        model.setData(model.index(0, column), value)
    window.state.recompute()
    assert window.ranking_label.text() == "Ranked: 1"
    assert window.state.ranking.candidate_ids == ("vergroenen-plein",)


def test_keyboard_reorders_and_deletes(window, qtbot):
    window.activateWindow()
    tree = window.criteria.tree
    window.criteria.select("bomen")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    groen = window.state.study.criteria.find("groen")
    assert [c.id for c in groen.children] == ["water", "bomen"]
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [c.id for c in window.state.study.criteria.find("groen").children] == ["water"]
    table = window.scores.table
    table.setFocus()
    table.setCurrentIndex(cell(window, "C", "water"))
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.id for c in window.state.study.candidates][:3] == ["A", "C", "B"]


def test_related_views_share_a_main_tab_and_show_view_finds_them(window):
    """Sensitivity, portfolio and workshop views sit on inner tabs, so the bar fits."""
    from desktop.views.groups import ViewGroup

    main = [window.tabs.widget(i) for i in range(window.tabs.count())]
    groups = [w for w in main if isinstance(w, ViewGroup)]
    assert [g.key for g in groups] == ["workshop", "sensitivity", "portfolio"]
    assert len(main) == 8  # scores, ranking, what-if, compare, profile and the three groups
    assert window.show_view("tornado")
    assert window.current_view_key() == "tornado"
    assert window.tabs.currentWidget() is groups[1]
    assert window.show_view("ranking") and window.current_view_key() == "ranking"
