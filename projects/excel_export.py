"""The Excel workbook a director opens: ranking, scores, weights and scenarios of a study.

Each sheet is written by a ``SheetWriter`` (``ws, ExportContext -> None``); ``SHEETS`` lists the
built-in ones and ``export_workbook(extra_sheets=...)`` appends more (sensitivity, portfolio,
participants) without touching this module. Every cell goes through ``excel_style.put``
(formula-injection safe). The workbook also carries the whole study in a hidden sheet, so
``projects.excel_import.import_workbook`` reads an export back into the same study.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from criteria.scales import FivePointScale
from criteria.tree import Criterion
from projects import excel_style as xs
from projects.evaluation import EvaluationError, Ranking, evaluate
from projects.excel_participants import write_participants
from projects.excel_portfolio import write_portfolio
from projects.excel_sensitivity import write_sensitivity
from projects.messages import message
from projects.study import Study

SCORE_FORMAT = "0.000"
WEIGHT_FORMAT = "0.0%"
CHART_MAX_BARS = 40
PAIR_WIDTH = 11


@dataclass(frozen=True)
class ExportContext:
    """What every sheet writer gets: the study, the ranking being exported, the language."""

    study: Study
    ranking: Ranking
    lang: str

    def text(self, key: str, **fields: object) -> str:
        return message(key, self.lang, **fields)

    def name(self, candidate_id: str) -> str:
        return self.study.candidate(candidate_id).name.get(self.lang)

    def scenario_name(self, scenario_id: str) -> str:
        return self.study.scenario(scenario_id).name.get(self.lang)


SheetWriter = Callable[[Worksheet, ExportContext], None]


# --------------------------------------------------------------------------------------------
# Ranking


def _theme_weights(ctx: ExportContext) -> list[tuple[str, float]]:
    """Top-level themes with their share of the (normalised) weight in the ranking."""
    tree, r = ctx.study.criteria, ctx.ranking
    top = np.array([(tree.theme_of(cid) or tree.find(cid)).id for cid in r.criterion_ids])
    return [
        (tree.find(t).name.get(ctx.lang), float(r.weights[top == t].sum())) for t in r.theme_ids
    ]


def write_ranking(ws: Worksheet, ctx: ExportContext) -> None:
    """Rank, candidate, score and per-theme contributions under a block stating the method,
    scenario, weights and disclaimer; excluded candidates and notes below; a bar chart."""
    r, lang = ctx.ranking, ctx.lang
    themes = _theme_weights(ctx)
    headers = [ctx.text("xlsx.rank"), ctx.text("xlsx.candidate"), ctx.text("xlsx.area")]
    headers += [ctx.text("xlsx.score")]
    headers += [ctx.text("xlsx.contribution_of", name=name) for name, _ in themes]
    names = [ctx.name(c.id) for c in ctx.study.candidates]
    ws.column_dimensions["A"].width = 7
    facts = [
        (ctx.text("xlsx.method"), ctx.text(f"xlsx.method.{r.method}"), None),
        (ctx.text("xlsx.scenario"), ctx.scenario_name(r.scenario_id), None),
        (ctx.text("xlsx.score"), ctx.text(f"xlsx.score_meaning.{r.method}"), None),
    ]
    percent = xs.Look(number_format=WEIGHT_FORMAT)
    facts += [(ctx.text("xlsx.weight_of", name=name), w, percent) for name, w in themes]
    labels = [label for label, _, _ in facts]
    areas = [c.area for c in ctx.study.candidates]
    xs.fit_columns(ws, {2: [headers[1], *names, *labels], 3: [headers[2], *areas]})
    for col in range(4, len(headers) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 14
    width = max(len(headers), 5)

    xs.put(ws, 1, 1, ctx.study.title.get(lang), xs.TITLE)
    row = 2
    if ctx.study.disclaimer:
        xs.paragraph(ws, row, 1, width, ctx.study.disclaimer.get(lang), xs.NOTE)
        row += 1
    for label, value, look in facts:
        xs.put(ws, row, 2, label, xs.TITLE)
        xs.put(ws, row, 3, value, look)
        row += 1

    header = row + 1
    for col, text in enumerate(headers, 1):
        xs.put(ws, header, col, text, xs.HEADER if col in (2, 3) else xs.HEADER_CENTRE)
    ws.row_dimensions[header].height = xs.text_height(headers[3:], 14)
    number = xs.Look(number_format=SCORE_FORMAT)
    rank = xs.Look(centre=True)
    order = r.order()
    for k, i in enumerate(order):
        cand = ctx.study.candidate(r.candidate_ids[i])
        values = [int(r.ranks[i]), cand.name.get(lang), cand.area, float(r.scores[i])]
        values += [float(x) for x in r.theme_contributions[i]]
        for col, value in enumerate(values, 1):
            look = rank if col == 1 else number if col >= 4 else None
            xs.put(ws, header + 1 + k, col, value, look)
    last = header + len(order)
    ws.freeze_panes = ws.cell(row=header + 1, column=3)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(headers))}{max(last, header + 1)}"
    xs.print_setup(ws, f"{header}:{header}")

    row = last + 2
    if r.excluded:
        xs.put(ws, row, 1, ctx.text("xlsx.excluded"), xs.TITLE)
        xs.put(ws, row + 1, 2, ctx.text("xlsx.candidate"), xs.HEADER)
        xs.put(ws, row + 1, 3, ctx.text("xlsx.reason"), xs.HEADER)
        for col in range(4, width + 1):
            xs.put(ws, row + 1, col, None, xs.HEADER)
        for k, exc in enumerate(r.excluded):
            xs.put(ws, row + 2 + k, 2, ctx.name(exc.candidate_id), xs.Look(wrap=True))
            xs.paragraph(ws, row + 2 + k, 3, width, exc.text(lang), xs.Look())
        row += len(r.excluded) + 3
    if r.warnings:
        xs.put(ws, row, 1, ctx.text("xlsx.notes"), xs.TITLE)
        for k, text in enumerate(r.warnings):
            xs.paragraph(ws, row + 1 + k, 2, width, text, xs.NOTE)
    if order:
        _ranking_chart(ws, ctx, header, min(len(order), CHART_MAX_BARS), len(headers) + 2)


def _ranking_chart(ws: Worksheet, ctx: ExportContext, header: int, bars: int, col: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    ranked = len(ctx.ranking.candidate_ids)
    chart.title = (
        ctx.text("xlsx.ranking_chart")
        if bars == ranked
        else ctx.text("xlsx.ranking_chart_top", count=bars, total=ranked)
    )
    chart.legend = None
    data = Reference(ws, min_col=4, min_row=header + 1, max_row=header + bars)
    names = Reference(ws, min_col=2, min_row=header + 1, max_row=header + bars)
    chart.add_data(data)
    chart.set_categories(names)
    chart.x_axis.scaling.orientation = "maxMin"  # rank 1 on top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = SCORE_FORMAT
    chart.y_axis.majorGridlines = None
    chart.y_axis.crosses = "max"  # the value axis below the reversed categories
    chart.series[0].graphicalProperties.solidFill = xs.FIVE_POINT_COLOURS[2]
    chart.width = 16
    chart.height = max(7.5, 0.55 * bars + 2)
    ws.add_chart(chart, f"{get_column_letter(col)}{header}")


# --------------------------------------------------------------------------------------------
# Scores


def _comment(ctx: ExportContext, candidate_id: str, criterion_id: str) -> Comment | None:
    score = ctx.study.score(candidate_id, criterion_id)
    lines = [score.rationale.get(ctx.lang)] if score.rationale else []
    if score.missing:
        lines.insert(0, ctx.text("xlsx.missing_score"))
    if score.source:
        lines.append(f"{ctx.text('sheet.sources')}: {score.source}")
    if not lines:
        return None
    return Comment(xs.clean("\n".join(lines)), "Weegwijzer", width=320, height=140)


def write_scores(ws: Worksheet, ctx: ExportContext) -> None:
    """The candidates x criteria matrix: five-point labels in PuOr colours, numbers with a
    colour scale in the criterion's direction, missing scores marked, rationale as comments."""
    study = ctx.study
    xs.write_matrix_frame(ws, study, ctx.lang)
    criteria = study.criteria.criteria()
    looks = {n: xs.five_point_look(n) for n in range(-2, 3)}
    last = xs.FIRST_ROW + len(study.candidates) - 1
    for j, crit in enumerate(criteria):
        col = xs.FIRST_COL + j
        for i, cand in enumerate(study.candidates):
            value = study.score(cand.id, crit.id).value
            shown = xs.visible_score(crit, value, xs.MISSING_MARK)
            if value is None:
                look = xs.MISSING_LOOK
            elif isinstance(crit.scale, FivePointScale):
                look = looks[int(value)]
            else:
                look = None
            cell = xs.put(ws, xs.FIRST_ROW + i, col, shown, look)
            cell.comment = _comment(ctx, cand.id, crit.id)
        if not isinstance(crit.scale, FivePointScale) and study.candidates:
            letter = get_column_letter(col)
            ws.conditional_formatting.add(
                f"{letter}{xs.FIRST_ROW}:{letter}{last}", _colour_scale(crit)
            )
    last_col = get_column_letter(xs.FIRST_COL + max(len(criteria), 1) - 1)
    ws.auto_filter.ref = f"A{xs.HEADER_ROW}:{last_col}{max(last, xs.FIRST_ROW)}"
    xs.finish_matrix(ws)


def _colour_scale(crit: Criterion) -> ColorScaleRule:
    """Orange (worse) to purple (better) over the scale bounds, or the observed range."""
    low, high = xs.FIVE_POINT_COLOURS[-1], xs.FIVE_POINT_COLOURS[1]
    if not crit.benefit:
        low, high = high, low
    scale = crit.scale
    ends = [("num", scale.lower), ("num", scale.upper)]
    if scale.lower is None or scale.upper is None:
        ends = [("min", None), ("max", None)]
    return ColorScaleRule(
        start_type=ends[0][0],
        start_value=ends[0][1],
        start_color=low,
        mid_type="percentile",
        mid_value=50,
        mid_color=xs.FIVE_POINT_COLOURS[0],
        end_type=ends[1][0],
        end_value=ends[1][1],
        end_color=high,
    )


# --------------------------------------------------------------------------------------------
# Weights


def _scenario_headers(ws: Worksheet, ctx: ExportContext, first: int, fixed: list[str], pair):
    """Two header rows: ``fixed`` column titles, then per scenario its name over two columns
    titled ``pair``; widths and heights to fit."""
    for col, text in enumerate(fixed, 1):
        xs.put(ws, 1, col, None, xs.HEADER)
        xs.put(ws, 2, col, text, xs.HEADER)
    names = [s.name.get(ctx.lang) for s in ctx.study.scenarios]
    for k, name in enumerate(names):
        col = first + 2 * k
        xs.put(ws, 1, col, name, xs.HEADER_CENTRE)
        xs.put(ws, 1, col + 1, None, xs.HEADER)
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
        for offset, text in enumerate(pair):
            xs.put(ws, 2, col + offset, text, xs.HEADER_CENTRE)
            ws.column_dimensions[get_column_letter(col + offset)].width = PAIR_WIDTH
    ws.row_dimensions[1].height = xs.text_height(names, 2 * PAIR_WIDTH)


def write_weights(ws: Worksheet, ctx: ExportContext) -> None:
    """The criteria tree with, per scenario, each node's local weight (its share among its
    siblings) and global weight (the product of the local weights down the tree)."""
    study, lang = ctx.study, ctx.lang
    fixed = [ctx.text("xlsx.node")]
    pair = [ctx.text("xlsx.local_weight"), ctx.text("xlsx.global_weight")]
    _scenario_headers(ws, ctx, 2, fixed, pair)
    globals_ = [study.global_weights(s.id) for s in study.scenarios]
    percent = xs.Look(number_format=WEIGHT_FORMAT)
    percent_bold = xs.Look(bold=True, number_format=WEIGHT_FORMAT)
    labels = []
    for r, (node, path) in enumerate(study.criteria.walk(), 3):
        label = node.name.get(lang)
        if not node.enabled:
            label += f" ({ctx.text('xlsx.disabled')})"
        labels.append("  " * len(path) + label)
        is_criterion = isinstance(node, Criterion)
        xs.put(ws, r, 1, label, xs.Look(bold=not is_criterion, indent=len(path)))
        for k, g in enumerate(globals_):
            parent = g[path[-1].id] if path else 1.0
            local = g[node.id] / parent if parent > 0 else None
            xs.put(ws, r, 2 + 2 * k, local, percent)
            xs.put(ws, r, 3 + 2 * k, g[node.id], percent_bold if is_criterion else percent)
    xs.fit_columns(ws, {1: [fixed[0], *labels]})
    ws.freeze_panes = "B3"
    xs.print_setup(ws, "1:2", "A:A")


# --------------------------------------------------------------------------------------------
# Scenarios


def write_scenarios(ws: Worksheet, ctx: ExportContext) -> None:
    """Rank and score of every candidate under every scenario, side by side, in the order of
    the exported ranking (excluded candidates last)."""
    study, lang = ctx.study, ctx.lang
    r = ctx.ranking
    order = [r.candidate_ids[i] for i in r.order()]
    order += [c.id for c in study.candidates if c.id not in order]
    pair = [ctx.text("xlsx.rank"), ctx.text("xlsx.score")]
    _scenario_headers(ws, ctx, 2, [ctx.text("xlsx.candidate")], pair)
    for i, cid in enumerate(order):
        xs.put(ws, 3 + i, 1, ctx.name(cid), xs.Look(bold=True))
    number = xs.Look(number_format=SCORE_FORMAT)
    excluded = xs.Look(italic=True, colour="808080", centre=True)
    rank = xs.Look(centre=True)
    for k, scenario in enumerate(study.scenarios):
        col = 2 + 2 * k
        try:
            ranking = evaluate(study, r.method, scenario.id, lang=lang)
        except EvaluationError as exc:
            xs.put(ws, 3, col, ctx.text("xlsx.not_ranked", detail=str(exc)), excluded)
            continue
        position = {cid: i for i, cid in enumerate(ranking.candidate_ids)}
        for i, cid in enumerate(order):
            if cid in position:
                xs.put(ws, 3 + i, col, int(ranking.ranks[position[cid]]), rank)
                xs.put(ws, 3 + i, col + 1, float(ranking.scores[position[cid]]), number)
            else:
                xs.put(ws, 3 + i, col, ctx.text("xlsx.excluded_short"), excluded)
    xs.fit_columns(ws, {1: [ctx.text("xlsx.candidate"), *map(ctx.name, order)]}, high=40)
    ws.freeze_panes = "B3"
    last = get_column_letter(1 + 2 * len(study.scenarios))
    ws.auto_filter.ref = f"A2:{last}{len(order) + 2}"
    xs.print_setup(ws, "1:2", "A:A")


# --------------------------------------------------------------------------------------------

SHEETS: tuple[tuple[str, SheetWriter], ...] = (
    ("sheet.ranking", write_ranking),
    ("sheet.scores", write_scores),
    ("sheet.weights", write_weights),
    ("sheet.scenarios", write_scenarios),
    ("sheet.participants", write_participants),
    ("sheet.portfolio", write_portfolio),
    ("sheet.sensitivity", write_sensitivity),
)
"""The built-in sheets: (message key of the title, writer), in workbook order. A writer with
an ``applies(study) -> bool`` attribute is skipped for studies it does not apply to."""


def _applies(writer: SheetWriter, study: Study) -> bool:
    applies = getattr(writer, "applies", None)
    return applies is None or bool(applies(study))


def export_workbook(
    study: Study,
    path: str | os.PathLike,
    scenario: str | None = None,
    method: str | None = None,
    lang: str = "nl",
    extra_sheets: Sequence[tuple[str, SheetWriter]] = (),
) -> None:
    """Write the workbook of ``study`` ranked with ``method`` under ``scenario`` (defaults: the
    study's) to ``path``; ``extra_sheets`` are (title, writer) pairs appended after the
    built-in sheets. Raises ``EvaluationError`` when the study cannot be ranked as asked."""
    ranking = evaluate(study, method, scenario, lang=lang)
    ctx = ExportContext(study, ranking, lang)
    wb = Workbook()
    wb.remove(wb.active)
    sheets = [(message(key, lang), w) for key, w in SHEETS if _applies(w, study)]
    for title, writer in [*sheets, *extra_sheets]:
        writer(wb.create_sheet(title[:31]), ctx)
    xs.write_study_sheet(wb, study, lang)
    xs.save_workbook(wb, path)
