"""The portfolio views show what the engine computes: the optimum for the dragged budget,
the efficient frontier, the budget sweep and portfolio acceptability (worker, cancel)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.state import StudyState
from desktop.views import create_views, portfolio_acceptability
from desktop.views.portfolio import PortfolioView
from desktop.views.portfolio_acceptability import AcceptabilityView
from desktop.views.portfolio_rules import RulesDialog
from desktop.views.portfolio_session import PortfolioSession
from desktop.views.portfolio_sweep import SWEEP_POINTS, SweepView
from desktop.views.ranking import RankingView
from projects.commands import SetWeights
from projects.example import example_study
from projects.portfolio import (
    budget_sweep,
    efficient_frontier,
    optimal_portfolio,
)
from projects.portfolio import (
    portfolio_acceptability as study_acceptability,
)

pytest_plugins = ["tests.desktop.views_fixtures"]


@pytest.fixture
def assen():
    """The shipped study: 36 candidates with placeholder costs and the Cité group."""
    return StudyState(example_study(), None, lang="en")


def shown_selection(view: PortfolioView) -> set[str]:
    """What the view shows as funded: ticked table rows, and filled scatter points."""
    in_table = {r.candidate_id for r in view.model.rows if r.selected}
    chart = view.candidate_chart
    filled = {cid for cid, c in zip(chart.ids, chart.chosen, strict=True) if c}
    assert in_table == filled
    return in_table


def drag(widget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """A left-button drag on ``widget``'s viewport, with the button held on every move."""
    viewport = widget.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind, at: QPointF, button, buttons) -> None:
        glob = QPointF(viewport.mapToGlobal(at.toPoint()))
        QApplication.sendEvent(viewport, QMouseEvent(kind, at, glob, button, buttons, mods))
        QApplication.processEvents()

    send(QEvent.Type.MouseMove, start, none, none)  # hover first: pyqtgraph picks drag items
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for k in range(1, steps + 1):
        at = start + (end - start) * (k / steps)
        send(QEvent.Type.MouseMove, at, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


def line_position(chart, budget: float) -> QPointF:
    """Where a budget lies on the chart's viewport, halfway up the plot."""
    vb = chart.getPlotItem().vb
    y_mid = sum(vb.viewRange()[1]) / 2
    scene = vb.mapViewToScene(QPointF(budget, y_mid))
    return QPointF(chart.mapFromScene(scene))


def test_dragging_the_budget_line_solves_again_and_shows_the_optimum(qtbot, show, assen):
    view = show(PortfolioView(assen))
    session = view.session
    start = session.budget
    assert shown_selection(view) == set(optimal_portfolio(assen.study, start).selected)
    chart = view.frontier_chart
    drag(chart, line_position(chart, start), line_position(chart, 30.0))
    qtbot.waitUntil(lambda: abs(session.budget - start) > 1 and not session._timer.isActive())
    QApplication.processEvents()
    budget = session.budget
    assert budget == pytest.approx(30.0, abs=2.0)  # one pixel is about half a cost unit
    assert chart.budget_line.value() == pytest.approx(budget)
    assert view.budget_box.value() == pytest.approx(budget, abs=0.01)
    expected = optimal_portfolio(assen.study, budget)
    assert (
        shown_selection(view)
        == set(expected.selected)
        != set(optimal_portfolio(assen.study, start).selected)
    )
    star = chart.optimum.getData()
    assert (star[0][0], star[1][0]) == pytest.approx((expected.total_cost, expected.total_value))
    assert "value added" in view.summary.text()


def test_typed_budget_and_the_reason_of_every_candidate(qtbot, show, assen):
    view = show(PortfolioView(assen))
    view.budget_box.setValue(20)
    QApplication.processEvents()
    expected = optimal_portfolio(assen.study, 20)
    assert shown_selection(view) == set(expected.selected)
    reasons = {r.candidate_id: r.text("en") for r in view.model.rows}
    assert reasons == {c.candidate_id: c.text("en") for c in expected.candidates}
    rows = [r.candidate_id for r in view.model.rows]
    assert rows[: len(expected.selected)] == sorted(
        expected.selected,
        key=lambda cid: -next(c.value for c in expected.candidates if c.candidate_id == cid),
    )
    assert any(t.startswith(("dominated", "over budget")) for t in reasons.values())
    assert "placeholder" in view.cost_note.text()


def test_frontier_points_are_the_engines(qtbot, show, assen):
    view = show(PortfolioView(assen))  # opened on a still study: drawn at once
    _, points = efficient_frontier(assen.study)
    x, y = view.frontier_chart.frontier_points.getData()
    np.testing.assert_allclose(x, [p.total_cost for p in points])
    np.testing.assert_allclose(y, [p.total_value for p in points])
    assert (np.diff(y) > 0).all() and (np.diff(x) > 0).all()  # cheaper is worth less


def test_an_edit_computes_the_frontier_in_the_background(qtbot, show, assen):
    view = show(PortfolioView(assen))
    weights = {"G": 3.0}
    assen.push(SetWeights(scenario_id=assen.study.active_scenario, weights=weights))
    assert view.session.frontier() is None  # just edited: a worker computes it
    session = view.session

    def drawn() -> bool:
        return session.frontier() is not None and view.frontier_chart.points is session.frontier()

    qtbot.waitUntil(drawn, timeout=20000)
    _, points = efficient_frontier(assen.study)
    x, _ = view.frontier_chart.frontier_points.getData()
    np.testing.assert_allclose(x, [p.total_cost for p in points])


def test_remember_budget_stores_it_in_the_study_undoably(qtbot, show, assen):
    view = show(PortfolioView(assen))
    view.budget_box.setValue(25)
    view.remember_button.click()
    assert assen.study.settings.budget == 25
    qtbot.waitUntil(lambda: not view.remember_button.isEnabled())
    assen.undo_stack.undo()
    assert assen.study.settings.budget is None


def test_a_study_without_costs_says_so(qtbot, show, state):
    view = show(PortfolioView(state))
    assert view.failure.isVisible() and "cost" in view.failure.text()
    assert view.model.rowCount() == 5 and not any(r.selected for r in view.model.rows)


def test_ranking_highlights_the_selected_portfolio(qtbot, show, assen):
    view = show(RankingView(assen))
    session = PortfolioSession.of(assen)
    session.set_budget(20, now=True)
    qtbot.waitUntil(lambda: "budget 20" in view.legend.text())
    chart = view.chart
    funded = set(optimal_portfolio(assen.study, 20).selected)
    ids = assen.ranking.candidate_ids
    assert {ids[chart.rows[k]] for k in chart.portfolio_rows} == funded


def test_budget_sweep_marks_where_the_engines_selection_changes(qtbot, show, assen):
    view = show(SweepView(assen))
    qtbot.waitUntil(lambda: view.sweep is not None, timeout=20000)
    total = float(PortfolioSession.of(assen).data().costs.sum())
    _, engine = budget_sweep(assen.study, np.linspace(0, total, SWEEP_POINTS))
    # solved in chunks: the same optimum everywhere (ties may pick another equal selection)
    np.testing.assert_allclose(view.sweep.total_value, engine.total_value)
    x, y = view.chart.changes.getData()
    np.testing.assert_allclose(x, view.sweep.total_cost[view.sweep.changes])
    np.testing.assert_allclose(y, engine.total_value[view.sweep.changes])
    assert view.changes.text().count("from ") == view.sweep.changes.size > 10


@pytest.fixture
def small_runs(monkeypatch):
    monkeypatch.setattr(portfolio_acceptability, "SAMPLES", 2000)
    monkeypatch.setattr(portfolio_acceptability, "CHUNK", 500)


def test_acceptability_runs_in_the_background_with_progress(qtbot, show, assen, small_runs):
    view = AcceptabilityView(assen)
    progress = []
    view.progress.valueChanged.connect(progress.append)
    show(view)
    qtbot.waitUntil(lambda: view.result is not None, timeout=30000)
    assert progress[-1] == 2000 and progress == sorted(progress) and len(progress) >= 4
    ids, shares, feasible = view.result
    assert feasible == 2000 and ((shares >= 0) & (shares <= 1)).all()
    assert len(view.chart.labels) == len(ids)
    cite = [ids.index(c) for c in ("BI-4", "BI-5", "BI-6") if c in ids]
    assert shares[cite].sum() <= 1 + 1e-12  # at most one Cité option in any sample


def test_acceptability_equals_the_engine_in_one_chunk(qtbot, show, assen, monkeypatch):
    monkeypatch.setattr(portfolio_acceptability, "SAMPLES", 1500)
    monkeypatch.setattr(portfolio_acceptability, "CHUNK", 1500)
    view = show(AcceptabilityView(assen))
    qtbot.waitUntil(lambda: view.result is not None, timeout=30000)
    budget = PortfolioSession.of(assen).budget
    data, engine = study_acceptability(
        assen.study, budget, n_samples=1500, seed=0, weight_spread=portfolio_acceptability.SPREAD
    )
    assert view.result[0] == data.candidate_ids
    np.testing.assert_allclose(view.result[1], engine.share)


def test_acceptability_can_be_cancelled(qtbot, show, assen):
    view = show(AcceptabilityView(assen))
    job = view.job
    assert job is not None and view.cancel_button.isEnabled()
    view.cancel_button.click()
    assert job.wait(30)
    qtbot.waitUntil(lambda: view.status.text() == "Cancelled.")
    assert view.result is None and view.job is None and not view.cancel_button.isEnabled()


def test_rules_dialog_adds_and_removes_groups_and_dependencies_undoably(qtbot, assen):
    dialog = RulesDialog(assen)
    qtbot.addWidget(dialog)
    before = assen.study
    dialog.group_name.setText("Eén per station")
    for row in range(dialog.members.count()):
        item = dialog.members.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("ST-1", "ST-2"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.group_kind.setCurrentIndex(1)
    dialog.add_group_button.click()
    group = assen.study.groups[-1]
    assert (group.id, group.kind, group.members) == (
        "een-per-station",
        "at_least_one",
        ("ST-1", "ST-2"),
    )
    assert dialog.groups.count() == 2
    dialog.dependent.setCurrentIndex(dialog.dependent.findData("ST-4"))
    dialog.required.setCurrentIndex(dialog.required.findData("ST-3"))
    dialog.add_dependency_button.click()
    assert assen.study.dependencies[-1].candidate == "ST-4"
    dialog.dependent.setCurrentIndex(dialog.dependent.findData("ST-3"))
    dialog.required.setCurrentIndex(dialog.required.findData("ST-4"))
    dialog.add_dependency_button.click()  # would close a cycle: refused, said why
    assert "cycle" in dialog.message.text() and len(assen.study.dependencies) == 1
    dialog.groups.setCurrentRow(0)
    dialog.remove_group_button.click()
    assert [g.id for g in assen.study.groups] == ["een-per-station"]
    for _ in range(3):
        assen.undo_stack.undo()
    assert assen.study == before


def test_views_are_registered_and_export(qtbot, show, assen, exported):
    keys = [key for key, widget in create_views(assen)]
    assert keys[-3:] == ["portfolio", "portfolio_sweep", "portfolio_acceptability"]
    view = show(PortfolioView(assen))
    exported(view)


def test_dutch_texts(qtbot, show, assen):
    from desktop import i18n

    i18n.install("nl")
    assen.set_language("nl")
    view = show(PortfolioView(assen))
    assert view.title() == "Portefeuille"
    assert view.model.rows[0].text("nl").startswith("in de portefeuille")
    assert (
        view.frontier_chart.getPlotItem().getAxis("left").labelText == "Totale toegevoegde waarde"
    )


def test_pdf_report_has_the_portfolio_section(qtbot, assen, tmp_path):
    from desktop.report import ReportWriter, write_report

    PortfolioSession.of(assen).set_budget(20, now=True)
    html = ReportWriter(assen).html()
    section = html[html.index("Portfolio within the budget") :]
    expected = optimal_portfolio(assen.study, 20)
    assert f"Budget 20: {len(expected.selected)} candidates funded" in section
    assert section.count("\u2714") == len(expected.selected)
    assert 'src="data:image/png;base64,' in section
    for c in expected.candidates:
        assert c.text("en") in section
    write_report(assen, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_pdf_report_of_a_study_without_costs_has_no_portfolio_section(qtbot, state):
    from desktop.report import ReportWriter

    assert "Portfolio within the budget" not in ReportWriter(state).html()


def test_screenshot_of_robustness_waits_for_the_finished_chart(monkeypatch, tmp_path):
    """The picture shows the full progress bar and the bars, not a half-done computation."""
    import time

    import desktop.app

    engine = portfolio_acceptability.portfolio_acceptability

    def slow_chunk(*args, **kwargs):  # a slow machine: the chunks outlast the window's start
        time.sleep(0.2)
        return engine(*args, **kwargs)

    monkeypatch.setattr(portfolio_acceptability, "SAMPLES", 2000)
    monkeypatch.setattr(portfolio_acceptability, "CHUNK", 500)
    monkeypatch.setattr(portfolio_acceptability, "portfolio_acceptability", slow_chunk)
    seen = {}

    class Window(desktop.app.MainWindow):
        def grab(self, *args):
            view = self.current_view()
            seen["progress"] = view.progress.value()
            seen["bars"] = len(view.chart.labels)
            return super().grab(*args)

    monkeypatch.setattr(desktop.app, "MainWindow", Window)
    desktop.app.screenshot(tmp_path / "p.png", "portfolio_acceptability", "en", None, (1280, 800))
    assert seen["progress"] == 2000
    assert seen["bars"] == sum(c.cost is not None for c in example_study().candidates)


def test_a_destroyed_view_cancels_its_job(qtbot, show, assen):
    view = show(AcceptabilityView(assen))
    job, cancelled = view.job, []
    job.signals.cancelled.connect(cancelled.append)
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert job.wait(30)
    qtbot.waitUntil(lambda: cancelled == [job])


def test_a_job_whose_signals_are_gone_stops_quietly():
    """At shutdown the signal source can be deleted under a running job: it stops, no error."""
    import shiboken6

    from desktop.views.portfolio_worker import Job

    asked = []

    def work(report, cancelled):
        for done in range(1, 4):
            asked.append(cancelled())
            report(done, 3)
        return "done"

    job = Job(work)
    shiboken6.delete(job.signals)
    job.run()
    assert asked == [False, True, True] and not job.running
