"""The Sensitivity sheet of the Excel export (issue 7): how robust the exported ranking is.

Three tables under a line saying how they were made: the rank acceptability of every candidate
(SMAA, ``projects.sensitivity.acceptability``, with its verdict and a native stacked bar chart
of the first ranks), each criterion's stability interval for the order of the first three, and
the rank-reversal points within those three places. A fixed seed and a modest sample count keep
the export fast and the same every time.

Big studies (issue 4: 500 candidates x 30 criteria exported in under 5 s) stay cheap: the sweeps
compute only the reversals within the first three places (``criterion_sweeps(top=...)``), the
sample count shrinks so that samples x candidates stays within ``SAMPLE_BUDGET`` (the sheet
states the count), and beyond ``FULL_UP_TO`` candidates the acceptability table shows ranks 1 to
``RANK_COLUMNS`` and one column for all later ranks, the chart the first ``FULL_UP_TO``
candidates (the sheet says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mcda.sensitivity import Reversal
from projects import excel_style as xs
from projects import sensitivity
from projects.evaluation import EvaluationError

if TYPE_CHECKING:
    from projects.excel_export import ExportContext

SAMPLES = 2000
SAMPLE_BUDGET = 200_000  # samples x candidates: SAMPLES up to 100 candidates
FULL_UP_TO = 50  # candidates shown with every rank and every bar
RANK_COLUMNS = 10  # ranks shown beyond that
SEED = 0
SPREAD = 0.2
TOP_K = 3
NONLINEAR_SWEEPS_UP_TO = 100
"""TOPSIS and VIKOR sweeps bisect pairs numerically: beyond this many candidates they would take
minutes, so the export leaves the stability and reversal tables out and says so."""
CHART_RANKS = 5
SHARE_FORMAT = "0%"
WEIGHT_FORMAT = "0.0%"
ROW_CM = 0.53  # height of a default row in a chart's centimetres
WEIGHT = xs.Look(number_format=WEIGHT_FORMAT, centre=True)
RANK_COLOURS = ("542788", "7B6BAE", "998EC3", "C2B8DC", "E3DEEF")


def _table_header(ws: Worksheet, row: int, headers: list[str]) -> None:
    """Headers in ``row``, the row as high as the narrowest column's wrapped text needs."""
    heights = []
    for col, text in enumerate(headers, 1):
        xs.put(ws, row, col, text, xs.HEADER if col == 1 else xs.HEADER_CENTRE)
        width = ws.column_dimensions[get_column_letter(col)].width or 9
        heights.append(xs.text_height([text], width))
    ws.row_dimensions[row].height = max(heights)


@dataclass(frozen=True)
class _Analysis:
    """What the sheet shows, computed once: SMAA, the criterion sweeps and their texts."""

    setup: sensitivity.Setup
    samples: int
    smaa: sensitivity.StudySmaa
    sweeps: list[sensitivity.StudySweep]
    names: list[str]  # candidates, in the problem's order
    criteria: list[str]  # criterion names, in the problem's order
    verdicts: list[str]
    reversals: list[tuple[str, Reversal, str]]  # (criterion id, reversal, who overtakes whom)


def sample_count(m: int) -> int:
    """SMAA samples for ``m`` candidates: ``SAMPLES``, fewer (in hundreds) for big studies so
    that the cost stays within ``SAMPLE_BUDGET``."""
    return min(SAMPLES, max(100, SAMPLE_BUDGET // max(m, 1) // 100 * 100))


def _analyse(ctx: ExportContext, s: sensitivity.Setup) -> _Analysis:
    samples = sample_count(len(s.problem.candidate_ids))
    smaa = sensitivity.acceptability(ctx.study, s, samples, SEED, "around", SPREAD, lang=ctx.lang)
    m = len(s.problem.candidate_ids)
    swept = s.method in ("weighted_sum", "promethee_ii") or m <= NONLINEAR_SWEEPS_UP_TO
    sweeps = sensitivity.criterion_sweeps(s, top=TOP_K) if swept else []
    names = [ctx.name(c) for c in s.problem.candidate_ids]
    reversals = [
        (
            item.key,
            rev,
            ctx.text(
                "xlsx.sens.overtake", above=names[rev.ahead_above], below=names[rev.ahead_below]
            ),
        )
        for item in sweeps
        for rev in item.sweep.changes(TOP_K)
    ]
    return _Analysis(
        setup=s,
        samples=samples,
        smaa=smaa,
        sweeps=sweeps,
        names=names,
        criteria=[ctx.study.criterion(c).name.get(ctx.lang) for c in s.problem.criterion_ids],
        verdicts=[smaa.verdict(c, ctx.lang) for c in s.problem.candidate_ids],
        reversals=reversals,
    )


def write_sensitivity(ws: Worksheet, ctx: ExportContext) -> None:
    """Acceptability (with chart), stability intervals and reversal points of the ranking."""
    r = ctx.ranking
    xs.put(ws, 1, 1, ctx.text("xlsx.sens.title"), xs.TITLE)
    try:
        s = sensitivity.setup(ctx.study, r.method, r.scenario_id, ctx.lang)
    except EvaluationError as exc:
        xs.put(ws, 2, 1, str(exc), xs.NOTE)
        return
    a = _analyse(ctx, s)
    m = len(a.names)
    xs.fit_columns(ws, {1: [*a.names, *a.criteria]}, high=45)
    xs.fit_columns(ws, {3: a.verdicts + [text for _c, _r, text in a.reversals]}, high=90)
    ws.column_dimensions["B"].width = 10
    for col in range(4, 4 + (max(m, 3) if m <= FULL_UP_TO else RANK_COLUMNS + 1)):
        ws.column_dimensions[get_column_letter(col)].width = 11
    how = ctx.text(
        "xlsx.sens.how",
        samples=f"{a.samples:,}".replace(",", "." if ctx.lang == "nl" else ","),
        spread=round(100 * SPREAD),
        seed=SEED,
        method=ctx.text(f"xlsx.method.{r.method}"),
        scenario=ctx.scenario_name(r.scenario_id),
    )
    if m > FULL_UP_TO:
        how += " " + ctx.text("xlsx.sens.later_note", ranks=RANK_COLUMNS, count=FULL_UP_TO)
    if not a.sweeps and len(a.criteria) > 1:
        how += " " + ctx.text("xlsx.sens.not_swept", count=NONLINEAR_SWEEPS_UP_TO)
    xs.paragraph(ws, 2, 1, 6, how, xs.NOTE)
    row = _acceptability_table(ws, ctx, a, 4)
    row = _stability_table(ws, ctx, a, row)
    _reversal_table(ws, ctx, a, row)
    xs.print_setup(ws, None, "A:A")


def _acceptability_table(ws: Worksheet, ctx: ExportContext, a: _Analysis, row: int) -> int:
    """Rank acceptability best first, with rank, verdict and chart; returns the next free row."""
    r, ids, m = ctx.ranking, a.setup.problem.candidate_ids, len(a.names)
    xs.put(ws, row, 1, ctx.text("xlsx.sens.acceptability"), xs.TITLE)
    header = row + 1
    shown = m if m <= FULL_UP_TO else RANK_COLUMNS
    headers = [ctx.text("xlsx.candidate"), ctx.text("xlsx.rank"), ctx.text("xlsx.sens.verdict")]
    headers += [ctx.text("xlsx.sens.rank", rank=k) for k in range(1, shown + 1)]
    if shown < m:
        headers.append(ctx.text("xlsx.sens.later", rank=shown + 1))
    _table_header(ws, header, headers)
    accept = a.smaa.result.acceptability
    if shown < m:
        accept = np.column_stack([accept[:, :shown], accept[:, shown:].sum(axis=1)])
    order = sorted(range(m), key=lambda i: (r.rank_of(ids[i]) or m, i))
    share = xs.Look(number_format=SHARE_FORMAT)
    for k, i in enumerate(order):
        line = header + 1 + k
        xs.put(ws, line, 1, a.names[i])
        xs.put(ws, line, 2, r.rank_of(ids[i]), xs.Look(centre=True))
        xs.put(ws, line, 3, a.verdicts[i])
        for col, value in enumerate(accept[i], 4):
            xs.put(ws, line, col, float(value), share)
    last = header + m
    ws.freeze_panes = ws.cell(row=header + 1, column=2)
    charted = header + min(m, FULL_UP_TO)
    return last + 2 + _acceptability_chart(ws, ctx, header, charted, last, min(m, CHART_RANKS))


def _stability_table(ws: Worksheet, ctx: ExportContext, a: _Analysis, row: int) -> int:
    """Each criterion's stability interval of the top-``TOP_K`` order; returns the next row."""
    xs.put(ws, row, 1, ctx.text("xlsx.sens.stability", k=TOP_K), xs.TITLE)
    headers = [ctx.text("xlsx.sens.criterion"), ctx.text("xlsx.sens.now")]
    headers += [ctx.text("xlsx.sens.first_change")]
    headers += [ctx.text("xlsx.sens.from"), ctx.text("xlsx.sens.to")]
    headers += [ctx.text("xlsx.sens.top_change", k=TOP_K)]
    _table_header(ws, row + 1, headers)
    if not a.sweeps:
        return row + 3
    stable = sensitivity.stability(a.sweeps, TOP_K)
    for j, name in enumerate(a.criteria):
        values = [stable.current[j], stable.top1_distance[j], stable.low[j], stable.high[j]]
        values += [stable.topk_distance[j]]
        xs.put(ws, row + 2 + j, 1, name)
        for col, value in enumerate(values, 2):
            never = not np.isfinite(value)
            shown = ctx.text("xlsx.sens.never") if never else float(value)
            xs.put(ws, row + 2 + j, col, shown, xs.Look(centre=True) if never else WEIGHT)
    return row + 3 + len(a.criteria)


def _reversal_table(ws: Worksheet, ctx: ExportContext, a: _Analysis, row: int) -> None:
    """The weights at which someone overtakes within the first ``TOP_K`` places."""
    xs.put(ws, row, 1, ctx.text("xlsx.sens.reversals", k=TOP_K), xs.TITLE)
    headers = [ctx.text(f"xlsx.sens.{key}") for key in ("criterion", "at", "overtakes")]
    _table_header(ws, row + 1, headers + [ctx.text("xlsx.sens.places")])
    row += 2
    if not a.reversals and a.sweeps:
        xs.put(ws, row, 1, ctx.text("xlsx.sens.no_reversals"), xs.NOTE)
    for k, (criterion, rev, text) in enumerate(a.reversals):
        xs.put(ws, row + k, 1, ctx.study.criterion(criterion).name.get(ctx.lang))
        xs.put(ws, row + k, 2, rev.weight, WEIGHT)
        xs.put(ws, row + k, 3, text)
        xs.put(ws, row + k, 4, f"{rev.rank}–{rev.rank + 1}", xs.Look(centre=True))


def _acceptability_chart(
    ws: Worksheet, ctx: ExportContext, header: int, last: int, below: int, ranks: int
) -> int:
    """A stacked bar per candidate (table rows up to ``last``) of its shares of the first
    ``ranks`` ranks, below the table (which ends at ``below``); returns the rows it covers."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = ctx.text("xlsx.sens.chart", ranks=ranks)
    data = Reference(ws, min_col=4, max_col=3 + ranks, min_row=header, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    for series, colour in zip(chart.series, RANK_COLOURS, strict=False):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.scaling.orientation = "maxMin"  # best first, on top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.numFmt = SHARE_FORMAT
    chart.y_axis.crosses = "max"
    chart.legend.position = "b"
    chart.width = 22
    chart.height = max(8.0, 0.45 * (last - header) + 3)
    ws.add_chart(chart, f"A{below + 2}")
    return int(np.ceil(chart.height / ROW_CM)) + 1
