"""What the Excel export and the scoring template share: safe cell writing, looks, the PuOr
colours, the score-matrix layout and the hidden sheet that carries the whole study.

Formula injection (OWASP, "CSV Injection"): a text starting with ``=``, ``+``, ``-``, ``@``,
tab or CR is a formula to Excel and LibreOffice once a user edits the cell. ``put`` writes
such text as an explicit string cell with Excel's *quotePrefix* style flag, so it stays text
(and the labels ``--``, ``-``, ``+``, ``++`` still show as labels) without altering it.
Every cell of a Weegwijzer workbook is written through ``put``; the workbook holds no formulas.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, replace

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from criteria.scales import FivePointScale, NumericScale
from criteria.tree import Criterion
from projects.messages import message
from projects.study import Study
from projects.study_file import atomic_write, study_to_dict

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# ColorBrewer PuOr, as in desktop/palette.py (copied: projects/ must not import desktop/).
FIVE_POINT_COLOURS = {-2: "B35806", -1: "F1A340", 0: "F7F7F7", 1: "998EC3", 2: "542788"}
MISSING_COLOUR = "D9D9D9"
MISSING_MARK = "?"
"""Shown in a missing score cell of an export; read back (like an empty cell) as missing."""

# The score matrix (sheets Scores, Rationale and Sources of the template, Scores of the export):
# row 1 holds the criterion ids, column A the candidate ids (both hidden); names are in row 2
# and column B; the scores start at C3.
ID_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
ID_COL, NAME_COL, FIRST_COL = 1, 2, 3

STUDY_SHEET = "weegwijzer"
STUDY_MARK = "weegwijzer-study"
SCORE_WIDTH = 18
PAGE_WIDTH = 180  # characters of column width an A4 landscape page shows legibly
CHUNK = 30_000  # characters of study JSON per cell (Excel's limit is 32 767)

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` as a cell shows it after a save and load: without the control characters XML
    cannot hold, line ends as ``\\n`` (the study itself keeps the exact text)."""
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Look:
    """A cell style: font, fill, alignment, border and number format, applied together."""

    bold: bool = False
    italic: bool = False
    colour: str = "000000"
    fill: str | None = None
    wrap: bool = False
    indent: int = 0
    number_format: str | None = None
    border: bool = False
    centre: bool = False

    def apply(self, cell: Cell) -> None:
        if self.bold or self.italic or self.colour != "000000":
            cell.font = _font(self.bold, self.italic, self.colour)
        if self.fill:
            cell.fill = _fill(self.fill)
        if self.wrap or self.indent or self.centre:
            cell.alignment = _alignment(self.wrap, self.indent, self.centre)
        if self.number_format:
            cell.number_format = self.number_format
        if self.border:
            cell.border = _THIN


_THIN = Border(bottom=Side(style="thin", color="808080"))
_fonts: dict[tuple, Font] = {}
_alignments: dict[tuple, Alignment] = {}


def _alignment(wrap: bool, indent: int, centre: bool) -> Alignment:
    key = (wrap, indent, centre)
    if key not in _alignments:
        _alignments[key] = Alignment(
            wrap_text=wrap,
            indent=indent,
            horizontal="center" if centre else "left" if indent else None,
            vertical="center" if centre else "top",
        )
    return _alignments[key]


_fills: dict[str, PatternFill] = {}


def _font(bold: bool, italic: bool, colour: str) -> Font:
    key = (bold, italic, colour)
    if key not in _fonts:
        _fonts[key] = Font(bold=bold, italic=italic, color=colour)
    return _fonts[key]


def _fill(colour: str) -> PatternFill:
    if colour not in _fills:
        _fills[colour] = PatternFill("solid", start_color=colour, end_color=colour)
    return _fills[colour]


HEADER = Look(bold=True, colour="FFFFFF", fill="404040", wrap=True)
HEADER_CENTRE = Look(bold=True, colour="FFFFFF", fill="404040", wrap=True, centre=True)
TITLE = Look(bold=True)
NOTE = Look(italic=True, colour="404040")


def put(ws: Worksheet, row: int, col: int, value, look: Look | None = None) -> Cell:
    """Write ``value`` to a cell, text made safe (see the module docstring)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = clean(value)
        cell.value = value
        if value.startswith(FORMULA_TRIGGERS):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
    if look is not None:
        look.apply(cell)
    return cell


def five_point_look(number: float) -> Look:
    """The PuOr fill of a five-point score, white text on the dark ends."""
    n = int(number)
    colour = "FFFFFF" if abs(n) == 2 else "000000"
    return Look(fill=FIVE_POINT_COLOURS[n], colour=colour, centre=True)


MISSING_LOOK = Look(italic=True, fill=MISSING_COLOUR, centre=True)


def sheet_titles(key: str) -> tuple[str, str]:
    """The Dutch and English title of a sheet (an import accepts either)."""
    return message(key, "nl"), message(key, "en")


def scale_hint(criterion: Criterion, lang: str) -> str:
    """One line on how a criterion is scored, e.g. ``-- - 0 + ++, hoger is beter``."""
    scale = criterion.scale
    if isinstance(scale, FivePointScale):
        what = "-- - 0 + ++"
    else:
        assert isinstance(scale, NumericScale)
        bounds = ""
        if scale.lower is not None and scale.upper is not None:
            bounds = f" ({scale.lower:g} – {scale.upper:g})"
        what = message("xlsx.numeric", lang, unit=scale.unit, bounds=bounds).replace("  ", " ")
    return f"{what}, {message('xlsx.' + criterion.direction, lang)}"


def visible_score(criterion: Criterion, value: float | None, missing: str | None) -> object:
    """What a score cell shows: the five-point label, the number, or ``missing``."""
    if value is None:
        return missing
    if isinstance(criterion.scale, FivePointScale):
        return criterion.scale.format(value)
    return value


def as_stored(number: float | None) -> float | None:
    """A number as an xlsx cell holds it (openpyxl writes 16 significant digits)."""
    return None if number is None else float(f"{number:.16g}")


def write_matrix_frame(ws: Worksheet, study: Study, lang: str) -> None:
    """Ids (hidden), candidate names and criterion headers of a score matrix (``finish_matrix``
    sets up printing once the cells are written)."""
    criteria = study.criteria.criteria()
    headers: list[str] = []
    put(ws, ID_ROW, ID_COL, "id")
    put(ws, HEADER_ROW, ID_COL, "id", HEADER)
    put(ws, HEADER_ROW, NAME_COL, message("xlsx.candidate", lang), HEADER)
    for j, crit in enumerate(criteria):
        put(ws, ID_ROW, FIRST_COL + j, crit.id)
        headers.append(f"{crit.name.get(lang)}\n{scale_hint(crit, lang)}")
        put(ws, HEADER_ROW, FIRST_COL + j, headers[-1], HEADER)
        ws.column_dimensions[get_column_letter(FIRST_COL + j)].width = SCORE_WIDTH
    for i, cand in enumerate(study.candidates):
        put(ws, FIRST_ROW + i, ID_COL, cand.id)
        put(ws, FIRST_ROW + i, NAME_COL, cand.name.get(lang), Look(bold=True))
    ws.row_dimensions[ID_ROW].hidden = True
    ws.column_dimensions[get_column_letter(ID_COL)].hidden = True
    ws.row_dimensions[HEADER_ROW].height = text_height(headers, SCORE_WIDTH)
    ws.column_dimensions[get_column_letter(NAME_COL)].width = _width(
        [message("xlsx.candidate", lang)] + [c.name.get(lang) for c in study.candidates]
    )
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=FIRST_COL)


def finish_matrix(ws: Worksheet) -> None:
    """Print a score matrix with its header row and candidate names on every page."""
    name = get_column_letter(NAME_COL)
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}", f"{name}:{name}")


def text_height(texts: Iterable[str], width: float) -> float:
    """Points a row needs to show ``texts`` word-wrapped in a column ``width`` characters wide
    (bold headers run wider than plain text: 80 % of the width counts)."""
    per_line = max(1, int(width * 0.8))

    def lines(text: str) -> int:
        return sum(max(1, len(textwrap.wrap(part, per_line))) for part in text.split("\n"))

    return 15.0 * max(map(lines, texts), default=1)


def paragraph(ws: Worksheet, row: int, first: int, last: int, text: str, look: Look) -> None:
    """``text`` wrapped over the merged columns ``first`` .. ``last`` of ``row`` (call after the
    column widths are set: the row height follows from them)."""
    put(ws, row, first, text, replace(look, wrap=True))
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    width = sum(
        ws.column_dimensions[get_column_letter(c)].width or 9 for c in range(first, last + 1)
    )
    ws.row_dimensions[row].height = text_height([clean(text)], width)


def print_setup(ws: Worksheet, title_rows: str | None = None, repeat_cols: str = "") -> None:
    """A4 landscape, ``title_rows`` repeated on every page. Without ``repeat_cols`` the sheet
    is shrunk to one page wide; with them a wide sheet spans as many pages as its columns need
    at a legible size (``PAGE_WIDTH`` characters a page), repeating ``repeat_cols`` on each.
    Call it after the column widths are set."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.page_setup.fitToWidth = 1
    if repeat_cols:
        dims = [ws.column_dimensions[get_column_letter(c)] for c in range(1, ws.max_column + 1)]
        width = sum(d.width or 13 for d in dims if not d.hidden)
        ws.page_setup.fitToWidth = max(1, math.ceil(width / PAGE_WIDTH))
        ws.print_title_cols = repeat_cols
    if title_rows:
        ws.print_title_rows = title_rows


def _width(texts: Iterable[str], low: int = 8, high: int = 50) -> float:
    longest = max((max(map(len, t.split("\n"))) for t in texts if t), default=low)
    return float(min(high, max(low, longest + 2)))


def fit_columns(ws: Worksheet, columns: dict[int, Iterable[str]], high: int = 50) -> None:
    """Column widths from the texts each column shows."""
    for col, texts in columns.items():
        ws.column_dimensions[get_column_letter(col)].width = _width(texts, high=high)


def write_study_sheet(wb: Workbook, study: Study, lang: str) -> None:
    """The whole study as JSON in a very hidden sheet: row 1 holds a marker, the language of
    the visible sheets and the number of chunks; column A of the rows below holds the JSON
    (ASCII-escaped, so no cell needs cleaning) in chunks of ``CHUNK`` characters."""
    text = json.dumps(study_to_dict(study), sort_keys=True, ensure_ascii=True)
    chunks = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
    ws = wb.create_sheet(STUDY_SHEET)
    put(ws, 1, 1, STUDY_MARK)
    put(ws, 1, 2, lang)
    put(ws, 1, 3, len(chunks))
    for i, chunk in enumerate(chunks):
        put(ws, 2 + i, 1, chunk)
    ws.sheet_state = "veryHidden"


def save_workbook(wb: Workbook, path: str | os.PathLike) -> None:
    """Save ``wb`` atomically: a crash never leaves half a workbook at ``path``."""
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic_write(path, buffer.getvalue(), backup=False)
