"""The Participants sheet of the Excel export (issue 8): each participant's global weight per
active criterion, the group's, and the spread (lowest, quartiles, highest) per criterion.

Written only when the study has participants. When any participant is anonymous the sheet is
anonymised as a whole: everyone by code (D1, D2, ...), no names, organisations or roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from projects import excel_style as xs
from projects.study import Study
from projects.workshop import (
    GROUP_SCENARIO_ID,
    WorkshopError,
    group_weights,
    participant_label,
    weighing_participants,
)

if TYPE_CHECKING:
    from projects.excel_export import ExportContext

SPREAD_KEYS = ("minimum", "q1", "median", "q3", "maximum")
WEIGHT_FORMAT = "0.0%"


def anonymised(study: Study) -> bool:
    """True when the sheet must show codes only (some participant is anonymous)."""
    return any(p.anonymous for p in study.participants)


def _group_row(study: Study, ids: list[str]) -> np.ndarray | None:
    """The group's global weights: scenario "groep" when there is one, else computed now."""
    if any(s.id == GROUP_SCENARIO_ID for s in study.scenarios):
        g = study.global_weights(GROUP_SCENARIO_ID)
    else:
        try:
            g = study.criteria.global_weights(group_weights(study))
        except WorkshopError:
            return None
    row = np.array([g.get(i, 0.0) for i in ids])
    return row / row.sum() if row.sum() > 0 else None


def write_participants(ws: Worksheet, ctx: ExportContext) -> None:
    """Participants x criteria weights, the group row, and the spread rows below."""
    study, lang = ctx.study, ctx.lang
    anonymous = anonymised(study)
    criteria = study.criteria.active_criteria()
    ids = [c.id for c in criteria]
    fixed = [ctx.text("xlsx.participant")]
    if not anonymous:
        fixed += [ctx.text("xlsx.organisation"), ctx.text("xlsx.role")]
    fixed += [ctx.text("xlsx.voice")]
    first = len(fixed) + 1
    header = [*fixed, *(c.name.get(lang) for c in criteria)]
    for col, text in enumerate(header, 1):
        xs.put(ws, 1, col, text, xs.HEADER)
    percent = xs.Look(number_format=WEIGHT_FORMAT)
    bold_percent = xs.Look(bold=True, number_format=WEIGHT_FORMAT)
    people = weighing_participants(study)
    rows = []
    labels = []
    for r, p in enumerate(people, 2):
        label = participant_label(study, p, anonymous)
        labels.append(label)
        cells = [label] + ([p.organisation, p.role] if not anonymous else []) + [p.voice]
        for col, value in enumerate(cells, 1):
            xs.put(ws, r, col, value)
        g = study.criteria.global_weights(p.weights)
        row = np.array([g.get(i, 0.0) for i in ids])
        row = row / row.sum()
        rows.append(row)
        for j, w in enumerate(row):
            xs.put(ws, r, first + j, float(w), percent)
    r = len(people) + 2
    group = _group_row(study, ids)
    if group is not None:
        xs.put(ws, r, 1, ctx.text("xlsx.group"), xs.Look(bold=True))
        for j, w in enumerate(group):
            xs.put(ws, r, first + j, float(w), bold_percent)
    if rows:
        W = np.array(rows)
        spread = np.quantile(W, [0.0, 0.25, 0.5, 0.75, 1.0], axis=0)
        r += 2
        xs.put(ws, r, 1, ctx.text("xlsx.spread"), xs.TITLE)
        for k, key in enumerate(SPREAD_KEYS, 1):
            xs.put(ws, r + k, 1, ctx.text(f"xlsx.spread.{key}"), xs.Look(italic=True))
            for j in range(len(ids)):
                xs.put(ws, r + k, first + j, float(spread[k - 1, j]), percent)
    widths = {1: [fixed[0], *labels, ctx.text("xlsx.spread.q1")]}
    if not anonymous:
        widths[2] = [fixed[1], *(p.organisation for p in people)]
        widths[3] = [fixed[2], *(p.role for p in people)]
    xs.fit_columns(ws, widths)
    for j in range(len(ids)):
        ws.column_dimensions[get_column_letter(first + j)].width = 14
    ws.row_dimensions[1].height = xs.text_height(header[first - 1 :], 14)
    ws.freeze_panes = ws.cell(2, first)
    xs.print_setup(ws, "1:1", "A:A")


def has_participants(study: Study) -> bool:
    """The sheet is written only for a study whose participants gave weights."""
    return bool(weighing_participants(study))


write_participants.applies = has_participants  # type: ignore[attr-defined]
