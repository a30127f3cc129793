"""The sensitivity views show what ``projects.sensitivity`` computes, and stay responsive."""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.views.acceptability import AcceptabilityView, SmaaSettings, run_smaa
from desktop.views.background import BackgroundRun
from desktop.views.ranking import RankingView
from desktop.views.robustness import quick_smaa
from desktop.views.sensitivity_base import percent
from desktop.views.sweep import SweepView
from desktop.views.tornado import TornadoView
from projects import sensitivity
from projects.commands import SetWeights
from projects.study import Participant

pytest_plugins = ["tests.desktop.views_fixtures"]


def _setup(state):
    return sensitivity.setup(state.study, state.method)


def _choose(box, key) -> None:
    box.setCurrentIndex(box.findData(key))
    box.activated.emit(box.currentIndex())


# --- sweep -----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["weighted_sum", "topsis"])
def test_sweep_chart_draws_the_engines_curves_and_reversals(show, state, method):
    state.set_method(method)
    state.recompute()
    view = show(SweepView(state))
    s = _setup(state)
    expected = {item.key: item.sweep for item in sensitivity.criterion_sweeps(s)}
    for key, sweep in expected.items():
        _choose(view.node_box, key)
        chart = view.chart
        for i, curve in enumerate(chart.curves):
            x, y = curve.getData()
            np.testing.assert_allclose(x, sweep.weights)
            np.testing.assert_allclose(y, sweep.ranks[:, i])
        assert chart.current.value() == pytest.approx(sweep.current)
        changes = sweep.changes(view.k_box.value())
        x, y = chart.markers.getData()
        np.testing.assert_allclose(x, changes.weight)
        np.testing.assert_allclose(y, changes.rank + 0.5)  # between the two ranks swapped
        names = {c.id: c.name.en for c in state.study.candidates}
        ids = s.problem.candidate_ids
        assert list(chart.markers.data["data"]) == [
            f"{100 * r.weight:.1f} %: {names[ids[r.ahead_above]]} overtakes "
            f"{names[ids[r.ahead_below]]}"
            for r in changes
        ]
        labels = {label.textItem.toPlainText() for label in chart.marker_labels}
        assert labels == {f"{100 * w:.0f} %" for w in changes.weight}
    _choose(view.measure_box, "score")
    x, y = view.chart.curves[0].getData()
    np.testing.assert_allclose(y, view.current_sweep().sweep.scores[:, 0])


def test_theme_sweeps_are_offered_and_drawn(show, state):
    view = show(SweepView(state))
    keys = [view.node_box.itemData(i) for i in range(view.node_box.count())]
    assert keys[:2] == ["groen", "stad"] and "bomen" in keys
    assert view.node_box.itemText(0) == "Theme: Green"
    _choose(view.node_box, "groen")
    themes = {t.key: t.sweep for t in sensitivity.theme_sweeps(state.study, _setup(state))}
    x, _ = view.chart.curves[0].getData()
    np.testing.assert_allclose(x, themes["groen"].weights)
    assert "Weight of Green" in view.chart.getPlotItem().getAxis("bottom").labelText


def test_stability_table_rows_follow_the_top_k(show, state):
    view = show(SweepView(state))
    s = _setup(state)
    sweeps = sensitivity.theme_sweeps(state.study, s) + sensitivity.criterion_sweeps(s)
    for k in (3, 1):
        view.k_box.setValue(k)
        QApplication.processEvents()
        stable = sensitivity.stability(sweeps, k)
        rows = view.rows()
        names = ["Theme: Green", "Theme: City"]
        names += [state.study.criterion(c).name.en for c in s.problem.criterion_ids]
        assert [r[0] for r in rows] == names
        for r, row in enumerate(rows):
            assert row[1:4] == [
                percent(stable.current[r]),
                percent(stable.low[r]),
                percent(stable.high[r]),
            ]
            top1 = stable.top1_distance[r]
            assert row[4] == ("never" if np.isinf(top1) else percent(top1))
        assert f"top-{k} order" in view.table_title.text()
        assert f"first {k} changes" in view.table.toolTip()
    view.table.cellClicked.emit(3, 0)
    assert view.node_box.currentData() == s.problem.criterion_ids[1]


def test_a_criterion_without_weight_is_swept_from_zero(show, state):
    state.push(SetWeights(scenario_id="gelijk", weights={"bomen": 0}))
    state.recompute()
    view = show(SweepView(state))
    _choose(view.node_box, "bomen")
    assert view.chart.current.value() == 0.0
    assert view.rows()[2][:2] == ["More trees", "0.0 %"]


# --- acceptability ---------------------------------------------------------------------------


def _finished(qtbot, view):
    qtbot.waitUntil(lambda: view.smaa is not None and not view.run.busy(), timeout=20_000)


def test_acceptability_heat_map_bars_and_pairwise_show_the_engines_shares(qtbot, show, state):
    view = show(AcceptabilityView(state))
    view.samples.setValue(3000)
    view.seed.setValue(7)
    _choose(view.model, "around")
    view.spread.setValue(30)
    view.run_button.click()
    _finished(qtbot, view)
    settings = view.settings()
    assert settings == SmaaSettings(3000, 7, "around", 0.3, 0.0, 0.0)
    expected, _ = run_smaa(state.study, state.method, "en", settings, None, None)
    order = view.order()
    ranks = [state.ranking.rank_of(expected.candidate_ids[i]) for i in order]
    assert ranks == sorted(ranks)
    shares = expected.result.acceptability[order]
    assert view.heat.texts() == [[f"{100 * v:.0f}" for v in row] for row in shares]
    widths = np.column_stack([w for _x0, w in view.bars.bars.segments()])
    np.testing.assert_allclose(widths, shares)
    pairwise = expected.result.pairwise[np.ix_(order, order)]
    texts = view.pairwise.texts()
    assert texts[0][0] == "" and texts[0][1] == f"{100 * pairwise[0, 1]:.0f}"
    assert view.status.text().startswith("3\u202f000 samples in ")
    assert view.central.columnCount() == len(expected.criterion_ids)
    central = expected.result.central_weights[order]
    for row, first, weights in zip(view.central.texts(), shares[:, 0], central, strict=True):
        assert row == ([""] * len(row) if first == 0 else [f"{100 * w:.0f}" for w in weights])


def test_a_long_run_reports_progress_and_cancels_while_the_ui_stays_alive(qtbot, show, state):
    state.set_method("promethee_ii")  # the slowest per sample: a run of about two seconds
    state.recompute()
    view = show(AcceptabilityView(state))
    _finished(qtbot, view)  # the run started on show
    view.samples.setValue(1_000_000)
    view.score_p.setValue(30)
    view.score_spread.setValue(20)
    seen = []
    view.run.progress.connect(lambda done, total: seen.append((done, total)))
    view.run_button.click()
    assert view.cancel_button.isEnabled() and view.progress.isVisible()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    ticks = []
    timer = QTimer(view, interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # the event loop keeps turning
    assert view.run.busy()
    view.cancel_button.click()
    qtbot.waitUntil(lambda: not view.run.busy(), timeout=20_000)
    timer.stop()
    result = view.smaa.result
    assert result.cancelled and 0 < result.samples < 1_000_000
    assert seen[-1][1] == 1_000_000 and view.progress.value() > 0
    assert "Cancelled" in view.status.text() and not view.cancel_button.isEnabled()
    view.samples.setValue(500)  # and the view is still usable
    view.run_button.click()
    _finished(qtbot, view)
    assert view.smaa.result.samples == 500 and not view.smaa.result.cancelled


def test_a_newer_job_replaces_the_running_one(qtbot):
    run = BackgroundRun()
    started, results = threading.Event(), []
    run.finished.connect(results.append)

    def slow(progress, cancel):
        started.set()
        while not cancel.is_set():
            cancel.wait(0.01)
        return "old"

    run.start(slow)
    qtbot.waitUntil(started.is_set)
    run.start(lambda progress, cancel: "new")
    assert run.wait()
    assert results == ["new"]


def test_a_failing_job_is_reported(qtbot):
    run = BackgroundRun()
    failures = []
    run.failed.connect(failures.append)

    def broken(progress, cancel):
        raise ValueError("no weights for 'x'")

    run.start(broken)
    assert run.wait()
    assert failures == ["no weights for 'x'"]


def test_participants_model_only_with_participants(qtbot, show, state):
    view = show(AcceptabilityView(state))
    models = [view.model.itemData(i) for i in range(view.model.count())]
    assert models == ["uniform", "around", "rank_order"]  # the test study has no participants
    people = (
        Participant("p1", weights={"groen": 3, "stad": 1}),
        Participant("p2", weights={"groen": 1, "stad": 1, "kosten": 3}),
    )
    state.replace(replace(state.study, participants=people), None)
    state.recompute()
    _finished(qtbot, view)
    _choose(view.model, "participants")
    assert view.model.currentData() == "participants" and not view.spread.isEnabled()
    view.samples.setValue(1000)
    view.run_button.click()
    _finished(qtbot, view)
    expected, _ = run_smaa(state.study, state.method, "en", view.settings(), None, None)
    np.testing.assert_allclose(view.smaa.result.acceptability, expected.result.acceptability)


# --- tornado ---------------------------------------------------------------------------------


def test_tornado_bars_are_the_engines_for_the_chosen_candidate(show, state):
    view = show(TornadoView(state))
    s = _setup(state)
    _choose(view.candidate_box, "C")
    QApplication.processEvents()
    stable = sensitivity.stability(sensitivity.criterion_sweeps(s), 3)
    expected = sensitivity.candidate_tornado(s, "C", stable)
    chart = view.chart
    ends = chart.low_bars.opts["x0"] + chart.low_bars.opts["width"]
    lows = np.where(chart.low_bars.opts["x0"] < expected.base, chart.low_bars.opts["x0"], ends)
    np.testing.assert_allclose(lows, expected.low)
    assert chart.base.value() == pytest.approx(expected.base)
    names = [state.study.criterion(s.problem.criterion_ids[j]).name.en for j in expected.criteria]
    assert [label.split(" [")[0] for label in chart.labels] == names
    _choose(view.range_box, "spread")
    QApplication.processEvents()
    spread = sensitivity.candidate_tornado(s, "C", None, 0.2)
    np.testing.assert_allclose(view.result.high, spread.high)


# --- the ranking view's verdicts ------------------------------------------------------------


def test_ranking_view_gives_each_candidate_a_robustness_verdict(qtbot, show, state, dutch):
    view = show(RankingView(state))
    verdicts = view.robustness
    qtbot.waitUntil(lambda: verdicts.smaa is not None, timeout=20_000)
    expected = quick_smaa(state.study, state.method, "en", None, None)
    ranking = state.ranking
    lead = ranking.candidate_ids[ranking.order()[0]]
    assert verdicts.verdicts()[0] == (lead, expected.verdict(lead, "en"))
    assert expected.verdict(lead, "en") in verdicts.text()
    for position, i in enumerate(view.chart.rows):
        cid = ranking.candidate_ids[i]
        assert view.chart.explanation(position).endswith(
            "Robustness: " + expected.verdict(cid, "en")
        )
    dutch()
    qtbot.waitUntil(lambda: verdicts.smaa is not None and "steekproeven" in verdicts.text())


def test_a_ranking_change_cancels_and_recomputes_the_verdicts(qtbot, show, state):
    view = show(RankingView(state))
    verdicts = view.robustness
    qtbot.waitUntil(lambda: verdicts.smaa is not None, timeout=20_000)
    state.push(SetWeights(scenario_id="gelijk", weights={"stad": 0}))
    state.recompute()
    assert verdicts.smaa is None and verdicts.run.busy()
    qtbot.waitUntil(lambda: verdicts.smaa is not None, timeout=20_000)
    assert verdicts.smaa.criterion_ids == ("bomen", "water")


def test_every_view_exports_png_and_svg(show, state, exported, qtbot):
    for view_type in (SweepView, TornadoView, AcceptabilityView):
        view = show(view_type(state))
        if isinstance(view, AcceptabilityView):
            _finished(qtbot, view)
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                exported(view)
        else:
            exported(view)


def test_views_retranslate_to_dutch(show, state, dutch):
    views = [show(v(state)) for v in (SweepView, AcceptabilityView, TornadoView)]
    dutch()
    QApplication.processEvents()
    assert [v.title() for v in views] == ["Gewicht verschuiven", "Rangacceptatie", "Tornado"]
    assert views[0].node_box.itemText(0) == "Thema: Groen"


# --- the PDF report's section ---------------------------------------------------------------


def test_report_has_the_sensitivity_section_with_verdicts_and_stability(state, tmp_path):
    from desktop.report import ReportWriter, write_report

    writer = ReportWriter(state)
    html = writer.html()
    assert ">Sensitivity</h2>" in html and "weegwijzer:acceptability.png" in html
    smaa = quick_smaa(state.study, state.method, "en", None, None)
    for cid in smaa.candidate_ids:
        assert smaa.verdict(cid, "en") in html
    stable = sensitivity.stability(sensitivity.criterion_sweeps(_setup(state)), 3)
    assert f"{100 * stable.high[0]:.1f} %" in html and ">Stability intervals</h3>" in html
    path = tmp_path / "report.pdf"
    write_report(state, path)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Sensitivity" in text and "Robustness per candidate" in text


def test_heat_map_image_shades_each_cell_by_its_share(qapp):
    from PySide6.QtGui import QFont

    from desktop.report_sensitivity import CELL, NAME_WIDTH, heat_map_image
    from desktop.views.sensitivity_charts import share_colour

    shares = np.array([[0.9, 0.1], [0.1, 0.9]])
    image = heat_map_image(shares, ["a", "b"], QFont())
    corner = image.pixelColor(NAME_WIDTH + 2, CELL + 2)
    assert corner == share_colour(0.9)
    assert image.pixelColor(NAME_WIDTH + CELL + 2, CELL + 2) == share_colour(0.1)


def test_a_heat_table_exports_whole_even_when_scrolled(qtbot, show, state, tmp_path):
    from PySide6.QtGui import QImage

    view = show(AcceptabilityView(state))
    _finished(qtbot, view)
    table = view.heat
    table.resize(150, 80)  # smaller than its cells: it scrolls (until the next layout pass)
    shown, full = table.size(), table.full_size()
    assert full.width() > shown.width() and full.height() > shown.height()
    view.export_image(tmp_path / "heat.png")
    image = QImage(str(tmp_path / "heat.png"))
    ratio = image.width() / full.width()  # the grab is in device pixels
    assert image.height() == round(ratio * full.height())
    assert table.size() == shown  # back as it was on screen
