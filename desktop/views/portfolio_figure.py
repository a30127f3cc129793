"""The portfolio picture for the PDF report: the frontier with the budget and the candidates'
value for money side by side, as the Portfolio tab shows them for the current budget."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from desktop.views.portfolio_charts import CandidateChart, FrontierChart
from desktop.views.portfolio_session import PortfolioSession

FIGURE_SIZE = (960, 400)  # pixels, drawn 640 points wide on paper


def portfolio_figure(state) -> str | None:
    """A PNG data URL of the two charts for the budget of ``state``'s portfolio session (None
    when there is no optimum to show)."""
    session = PortfolioSession.of(state)
    data, result = session.data(), session.result()
    if data is None or result is None or not data.candidate_ids:
        return None
    widget = QWidget()
    layout = QHBoxLayout(widget)
    frontier, candidates = FrontierChart(), CandidateChart()
    layout.addWidget(frontier, 3)
    layout.addWidget(candidates, 2)
    widget.resize(*FIGURE_SIZE)
    widget.show()
    QApplication.processEvents()
    frontier.set_frontier(session.frontier(wait=True), session.total_cost())
    frontier.set_budget(session.budget, (result.total_cost, result.total_value))
    tips = [""] * len(data.candidate_ids)
    ids = list(data.candidate_ids)
    candidates.set_candidates(ids, data.costs, data.values, set(result.selected), tips)
    candidates.place_labels()
    image = widget.grab().toImage()
    widget.close()
    widget.deleteLater()
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(raw)).decode("ascii")


def report_texts() -> dict[str, str]:
    """The translated texts of the report's portfolio section (``desktop.report``); literal
    ``translate`` calls, so that lupdate finds them in their context."""
    translate = QCoreApplication.translate
    return {
        "heading": translate("PortfolioReport", "Portfolio within the budget"),
        "intro": translate(
            "PortfolioReport", "Budget %1: %2 candidates funded, cost %3, value added %4."
        ),
        "costs": translate("PortfolioReport", "Costs: %1"),
        "header": [
            translate("PortfolioReport", "Funded"),
            translate("PortfolioReport", "Candidate"),
            translate("PortfolioReport", "Value added"),
            translate("PortfolioReport", "Cost"),
            translate("PortfolioReport", "Why"),
        ],
    }
