"""Files: save/open round trip, the example never overwritten, recovery after a crash, and the
unsaved-changes prompt — checked on the files on disk and the window title."""

from __future__ import annotations

import os
import sys
import types

from PySide6.QtWidgets import QFileDialog, QMessageBox

from criteria.text import Text
from desktop import files
from projects.commands import SetScore
from projects.study import Score
from projects.study_file import autosave_path, load_study, write_autosave
from tests.factories import make_study

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def edit(window, value=-2.0):
    window.state.push(
        SetScore(candidate_id="A", criterion_id="bomen", score=Score(value, Text("x")))
    )


def test_save_and_open_round_trip(window, study_path, tmp_path, monkeypatch):
    edit(window)
    assert window.windowTitle().endswith("[*] — Weegwijzer") and window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert load_study(study_path).score("A", "bomen").value == -2.0
    copy = tmp_path / "copy.weegwijzer.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.files.save_as()
    assert "copy.weegwijzer.json" in window.windowTitle()
    assert load_study(copy) == window.state.study
    assert window.files.open_path(study_path)
    assert window.scores.proxy.index(0, 1).data() == "--"
    assert [p.name for p in files.recent_files()] == [
        "test.weegwijzer.json",
        "copy.weegwijzer.json",
    ]


def test_save_on_the_shipped_example_asks_for_a_new_file(window, study_path, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "is_example", lambda p: p == study_path)
    before = study_path.read_bytes()
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    edit(window)
    assert window.files.save()
    assert study_path.read_bytes() == before
    saved = tmp_path / "mine.weegwijzer.json"
    assert load_study(saved).score("A", "bomen").value == -2.0
    assert window.state.path == saved


def test_autosave_then_crash_then_recovery(window, study_path, dialogs):
    edit(window, value=-1.0)
    window.files.autosave_now()
    auto = autosave_path(study_path)
    assert load_study(auto).score("A", "bomen").value == -1.0
    # the "crash": the window goes without saving; the autosave stays behind
    dialogs.answer = YES
    assert window.files.open_path(study_path, ask=False)
    assert dialogs.asked[-1][0] == "Recover unsaved work?"
    assert window.state.study.score("A", "bomen").value == -1.0
    assert window.isWindowModified()
    window.act_undo.trigger()  # recovery is one undoable step back to the file's version
    assert window.state.study.score("A", "bomen").value == 2.0


def test_an_edit_is_autosaved_shortly_after(window, study_path, qtbot):
    window.files._autosave.setInterval(10)  # normally a few seconds
    edit(window, value=1.0)
    auto = autosave_path(study_path)
    qtbot.waitUntil(auto.exists)
    assert load_study(auto).score("A", "bomen").value == 1.0
    assert load_study(study_path).score("A", "bomen").value == 2.0  # the study file waits


def test_declined_recovery_removes_the_autosave(window, study_path, dialogs):
    write_autosave(make_study(title=Text("Herstel")), study_path)
    later = study_path.stat().st_mtime + 10
    os.utime(autosave_path(study_path), (later, later))
    dialogs.answer = NO
    window.files.open_path(study_path, ask=False)
    assert window.state.study.title.nl == "Teststudie"
    assert not autosave_path(study_path).exists()


def test_untitled_work_is_offered_at_start(window, dialogs, tmp_path):
    write_autosave(make_study(title=Text("Naamloos werk", "Untitled work")), files.untitled_path())
    window.files.new()
    dialogs.answer = YES
    assert window.files.offer_recovery()
    assert window.windowTitle().startswith("Untitled work — untitled[*]")


def test_unsaved_changes_prompt(window, study_path, dialogs):
    before = study_path.read_bytes()
    edit(window)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked[-1] == (
        "Unsaved changes",
        "The study has unsaved changes. Save them first?",
    )
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert study_path.read_bytes() != before
    assert load_study(study_path).score("A", "bomen").value == -2.0


def test_discarding_changes_keeps_the_file(window, study_path, dialogs):
    before = study_path.read_bytes()
    edit(window)
    window.files.autosave_now()
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.files.new()
    assert window.state.study.candidates == ()
    assert study_path.read_bytes() == before
    assert not autosave_path(study_path).exists()


def test_a_broken_file_is_reported_not_opened(window, tmp_path, dialogs):
    bad = tmp_path / "bad.weegwijzer.json"
    bad.write_text('{"format_version": 1, "criteria": 3}')
    assert not window.files.open_path(bad)
    assert "criteria" in dialogs.asked[-1][1]
    assert window.state.study.title.en == "Test study"


def test_export_menu_reports_a_missing_exporter(window, monkeypatch, dialogs):
    monkeypatch.setitem(sys.modules, "desktop.report", None)  # import fails
    window.act_export_pdf.trigger()
    assert dialogs.asked[-1] == ("Export", "The PDF report is not available in this version.\n\n")


def test_excel_export_writes_the_chosen_file(window, tmp_path, monkeypatch):
    calls = []

    def export_workbook(study, path, scenario=None, method=None, lang="nl"):
        calls.append((study, scenario, method, lang))
        path.write_bytes(b"xlsx")

    fake = types.ModuleType("projects.excel_export")
    fake.export_workbook = export_workbook
    monkeypatch.setitem(sys.modules, "projects.excel_export", fake)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x"), ""))
    window.method_box.setCurrentIndex(window.method_box.findData("vikor"))
    window.act_export_excel.trigger()
    assert (tmp_path / "x.xlsx").read_bytes() == b"xlsx"
    assert calls == [(window.state.study, "gelijk", "vikor", "en")]
    assert window.statusBar().currentMessage() == f"Exported {tmp_path / 'x.xlsx'}"
