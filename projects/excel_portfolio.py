"""The Portfolio sheet of the Excel export: which candidates the budget funds, and why not the
others, with a native scatter chart of value added against cost (``projects.portfolio``).

The budget is the study's ``settings.budget``; a study without one is shown at half the total
cost of its fundable candidates, and the sheet says so. A study without any cost gets no sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from projects import excel_style as xs
from projects.evaluation import EvaluationError
from projects.portfolio import optimal_portfolio, portfolio_input, table_order
from projects.study import Study

if TYPE_CHECKING:
    from projects.excel_export import ExportContext

VALUE_FORMAT = "+0.000;-0.000;0.000"
FUNDED_COLOUR = "0072B2"  # as the GUI's "selected" blue (desktop/views/portfolio_charts.py)
OTHER_COLOUR = "999999"
REASON_WIDTH = 70


def sheet_budget(ctx: ExportContext) -> tuple[float, str]:
    """The budget to show and the note saying where it comes from."""
    remembered = ctx.study.settings.budget
    if remembered is not None:
        return remembered, ctx.text("xlsx.portfolio.budget_study")
    data = portfolio_input(ctx.study, ctx.ranking.scenario_id, ctx.lang)
    return float(data.costs.sum()) / 2, ctx.text("xlsx.portfolio.budget_half")


def write_portfolio(ws: Worksheet, ctx: ExportContext) -> None:
    """Facts (scenario, budget, totals, what "value added" means), then one row per candidate:
    funded or not, value added, cost, groups and the reason; a scatter chart beside it."""
    study, lang = ctx.study, ctx.lang
    headers = [
        ctx.text("xlsx.portfolio.funded"),
        ctx.text("xlsx.candidate"),
        ctx.text("xlsx.portfolio.value"),
        ctx.text("xlsx.cost_column", unit=""),
        ctx.text("xlsx.portfolio.groups"),
        ctx.text("xlsx.reason"),
    ]
    names = [c.name.get(lang) for c in study.candidates]
    ws.column_dimensions["A"].width = 11
    xs.fit_columns(ws, {2: [headers[1], *names]}, high=40)
    for col, width in ((3, 13), (4, 10), (5, 24), (6, REASON_WIDTH)):
        ws.column_dimensions[get_column_letter(col)].width = width
    xs.put(ws, 1, 1, ctx.text("xlsx.portfolio.title"), xs.TITLE)
    row = 2
    if study.disclaimer:
        xs.paragraph(ws, row, 1, 6, study.disclaimer.get(lang), xs.NOTE)
        row += 1
    try:
        budget, budget_note = sheet_budget(ctx)
        result = optimal_portfolio(study, budget, ctx.ranking.scenario_id, lang)
    except EvaluationError as exc:  # rules that cannot be met within the budget
        xs.paragraph(ws, row, 1, 6, str(exc), xs.NOTE)
        return
    facts = [
        (ctx.text("xlsx.scenario"), ctx.scenario_name(result.scenario_id)),
        (ctx.text("xlsx.portfolio.budget"), budget),
        ("", budget_note),
        (ctx.text("xlsx.portfolio.funded_count"), len(result.selected)),
        (ctx.text("xlsx.portfolio.total_cost"), result.total_cost),
        (ctx.text("xlsx.portfolio.total_value"), result.total_value),
        (ctx.text("xlsx.portfolio.value"), ctx.text(f"xlsx.portfolio.baseline.{baseline(ctx)}")),
    ]
    if study.settings.cost_unit:
        facts.insert(2, (ctx.text("xlsx.portfolio.cost_unit"), study.settings.cost_unit))
    for label, value in facts:
        xs.put(ws, row, 2, label, xs.TITLE)
        if isinstance(value, str):
            xs.paragraph(ws, row, 3, 6, value, xs.Look())
        else:
            xs.put(ws, row, 3, value, xs.Look(number_format="0.###"))
        row += 1
    ws.cell(row=row - 2, column=3).number_format = VALUE_FORMAT

    header = row + 1
    for col, text in enumerate(headers, 1):
        xs.put(ws, header, col, text, xs.HEADER)
    funded_look = xs.Look(bold=True, colour=FUNDED_COLOUR, centre=True)
    value_look = xs.Look(number_format=VALUE_FORMAT)
    groups = {g.id: g.name.get(lang) for g in study.groups}
    ordered = table_order(result)
    for k, c in enumerate(ordered):
        r = header + 1 + k
        xs.put(ws, r, 1, ctx.text("xlsx.portfolio.yes") if c.selected else "", funded_look)
        xs.put(ws, r, 2, ctx.name(c.candidate_id))
        xs.put(ws, r, 3, c.value, value_look)
        xs.put(ws, r, 4, c.cost)
        xs.put(ws, r, 5, ", ".join(groups[g] for g in c.groups))
        xs.put(ws, r, 6, c.text(lang), xs.Look(wrap=True))
        ws.row_dimensions[r].height = xs.text_height([c.text(lang)], REASON_WIDTH)
    last = header + len(ordered)
    ws.freeze_panes = ws.cell(row=header + 1, column=3)
    ws.auto_filter.ref = f"A{header}:F{max(last, header + 1)}"
    xs.print_setup(ws, f"{header}:{header}")
    funded = len(result.selected)
    if any(c.cost is not None for c in ordered):
        _chart(ws, ctx, header, funded, last, "H2")


def has_costs(study: Study) -> bool:
    """The sheet is written only for a study with a cost on some candidate."""
    return any(c.cost is not None or c.cost_range is not None for c in study.candidates)


write_portfolio.applies = has_costs  # type: ignore[attr-defined]


def baseline(ctx: ExportContext) -> str:
    return ctx.study.settings.portfolio_baseline


def _chart(ws: Worksheet, ctx: ExportContext, header: int, funded: int, last: int, at: str):
    """Value added (y) against cost (x): funded candidates in blue, the others in grey."""
    chart = ScatterChart()
    chart.title = ctx.text("xlsx.portfolio.chart")
    chart.style = 13
    chart.x_axis.title = ctx.text("xlsx.portfolio.cost_axis")
    chart.y_axis.title = ctx.text("xlsx.portfolio.value")
    chart.y_axis.numFmt = "0.00"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    parts = [
        (ctx.text("xlsx.portfolio.funded_series"), header + 1, header + funded, FUNDED_COLOUR),
        (ctx.text("xlsx.portfolio.other_series"), header + funded + 1, last, OTHER_COLOUR),
    ]
    for title, first, end, colour in parts:
        if end < first:
            continue
        xs_ref = Reference(ws, min_col=4, min_row=first, max_row=end)
        ys_ref = Reference(ws, min_col=3, min_row=first, max_row=end)
        series = Series(ys_ref, xs_ref, title=title)
        series.marker.symbol = "circle"
        series.marker.size = 7
        series.marker.graphicalProperties.solidFill = colour
        series.marker.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.noFill = True
        chart.series.append(series)
    chart.width = 16
    chart.height = 10
    ws.add_chart(chart, at)
