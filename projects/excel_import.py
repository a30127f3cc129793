"""The Excel scoring template a team fills in, and reading it (or an export) back.

How a workbook reproduces the study: every Weegwijzer workbook carries the whole study as JSON
(``projects.study_file.study_to_dict``) in a very hidden sheet, chunked over cells
(``excel_style.write_study_sheet``). The visible matrices of candidates x criteria (ids in a
hidden row 1 and column A) are what the team edits: ``Scores`` (template and export),
``Toelichting``/``Rationale`` and ``Bronnen``/``Sources`` (template). On import a visible
cell overrides the embedded study only where it differs from what was written: a score where
the parsed value differs, a rationale (in the template's language; the other language is kept)
or a source where the text differs. So an untouched workbook gives back exactly the study, and
texts Excel cannot hold (control characters) survive. The criteria and candidates sheets are
for reading; candidates and criteria are added, removed and renamed in Weegwijzer.

An edit that cannot be imported is a problem, never silently dropped: a candidate's row or a
criterion's column missing from a matrix sheet, a changed candidate name in column B (names
are changed in Weegwijzer; the template locks them), and a formula without a computed value
(a file written by a program that does not calculate: ``data_only`` reads it as empty; the
formulas are read in a second pass only when a matrix has empty cells).

Nothing is imported half: every problem is collected and reported by sheet, cell (A1) and
reason in one ``ExcelImportError``. Before openpyxl parses anything the zip directory is
checked (not a zip, truncated, too many parts, or an uncompressed size over
``MAX_UNCOMPRESSED_MB``: a zip bomb), and sheets are read up to ``MAX_ROWS`` x ``MAX_COLS``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.formula import ArrayFormula

from criteria.scales import FIVE_POINT_LABELS, FivePointScale, ScaleError
from criteria.text import Text
from criteria.tree import Criterion
from projects import excel_style as xs
from projects.messages import message
from projects.problems import LocatedProblem, ProblemsError
from projects.study import Score, Study
from projects.study_file import StudyFileError, study_from_dict

MAX_FILE_MB = 64
MAX_UNCOMPRESSED_MB = 100
MAX_PARTS = 1_000
MAX_ROWS = 10_000
MAX_COLS = 1_000

_UNLOCKED = Protection(locked=False)
_FIVE_POINT_CELL = xs.Look(number_format="@", centre=True)  # a typed "--" stays text


@dataclass(frozen=True)
class ImportProblem(LocatedProblem):
    """One thing wrong in a workbook: sheet and cell (empty for the whole file) and why."""

    sheet: str
    cell: str
    key: str
    fields: dict

    def where(self, lang: str = "en") -> str:
        if self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or super().where(lang)


class ExcelImportError(ProblemsError):
    """A workbook that cannot be imported; ``problems`` lists every reason."""


# --------------------------------------------------------------------------------------------
# the template


def write_template(study: Study, path: str | os.PathLike, lang: str = "nl") -> None:
    """Write a scoring template of ``study`` to ``path`` (atomically)."""
    wb = Workbook()
    intro = wb.active
    intro.title = message("sheet.instructions", lang)
    intro.column_dimensions["A"].width = 100
    xs.put(intro, 1, 1, study.title.get(lang), xs.TITLE)
    lines = message("xlsx.instructions", lang).split("\n")
    for i, line in enumerate(lines):
        xs.paragraph(intro, 3 + i, 1, 1, line, xs.Look())
    if study.disclaimer:
        xs.paragraph(intro, 4 + len(lines), 1, 1, study.disclaimer.get(lang), xs.NOTE)
    xs.print_setup(intro)

    scores = wb.create_sheet(message("sheet.scores", lang))
    _score_sheet(scores, study, lang)
    rationale = wb.create_sheet(message("sheet.rationale", lang))
    _text_sheet(rationale, study, lang, lambda s: s.rationale.get(lang))
    sources = wb.create_sheet(message("sheet.sources", lang))
    _text_sheet(sources, study, lang, lambda s: s.source)
    _criteria_sheet(wb.create_sheet(message("sheet.criteria", lang)), study, lang)
    _candidates_sheet(wb.create_sheet(message("sheet.candidates", lang)), study, lang)
    xs.write_study_sheet(wb, study, lang)
    wb.active = 1
    xs.save_workbook(wb, path)


def _protect(ws) -> None:
    """Lock the layout (ids, names, headers) but let column widths change."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _score_sheet(ws, study: Study, lang: str) -> None:
    xs.write_matrix_frame(ws, study, lang)
    criteria = study.criteria.criteria()
    last = xs.FIRST_ROW + len(study.candidates) - 1
    for j, crit in enumerate(criteria):
        col = xs.FIRST_COL + j
        letter = get_column_letter(col)
        for i, cand in enumerate(study.candidates):
            value = study.score(cand.id, crit.id).value
            cell = xs.put(ws, xs.FIRST_ROW + i, col, xs.visible_score(crit, value, None))
            cell.protection = _UNLOCKED
            if isinstance(crit.scale, FivePointScale):
                _FIVE_POINT_CELL.apply(cell)
        if not study.candidates:
            continue
        ws.add_data_validation(_validation(crit, f"{letter}{xs.FIRST_ROW}:{letter}{last}", lang))
    xs.finish_matrix(ws)
    _protect(ws)


def _validation(crit: Criterion, cells: str, lang: str) -> DataValidation:
    name = crit.name.get(lang)
    if isinstance(crit.scale, FivePointScale):
        dv = DataValidation(type="list", formula1=f'"{",".join(FIVE_POINT_LABELS)}"')
        dv.error = message("xlsx.pick_label", lang)
    else:
        low = crit.scale.lower if crit.scale.lower is not None else -1e15
        high = crit.scale.upper if crit.scale.upper is not None else 1e15
        dv = DataValidation(type="decimal", operator="between", formula1=low, formula2=high)
        dv.error = xs.scale_hint(crit, lang)
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = name[:32]
    dv.showInputMessage = True
    dv.promptTitle = name[:32]
    dv.prompt = xs.scale_hint(crit, lang)
    dv.add(cells)
    return dv


def _text_sheet(ws, study: Study, lang: str, text_of: Callable[[Score], str]) -> None:
    xs.write_matrix_frame(ws, study, lang)
    criteria = study.criteria.criteria()
    for j, crit in enumerate(criteria):
        ws.column_dimensions[get_column_letter(xs.FIRST_COL + j)].width = 30
        for i, cand in enumerate(study.candidates):
            text = text_of(study.score(cand.id, crit.id))
            cell = xs.put(ws, xs.FIRST_ROW + i, xs.FIRST_COL + j, text or None, xs.Look(wrap=True))
            cell.protection = _UNLOCKED
    xs.finish_matrix(ws)
    _protect(ws)


def _criteria_sheet(ws, study: Study, lang: str) -> None:
    headers = ["id", message("xlsx.theme", lang), message("xlsx.criterion", lang)]
    headers += [message(f"xlsx.{k}", lang) for k in ("scale", "description")]
    for col, header in enumerate(headers, 1):
        xs.put(ws, 1, col, header, xs.HEADER)
    rows = []
    for node, path in study.criteria.walk():
        if isinstance(node, Criterion):
            theme = " / ".join(t.name.get(lang) for t in path)
            rows.append(
                [
                    node.id,
                    theme,
                    node.name.get(lang),
                    xs.scale_hint(node, lang),
                    node.description.get(lang),
                ]
            )
    for r, row in enumerate(rows, 2):
        for col, value in enumerate(row, 1):
            xs.put(ws, r, col, value, xs.Look(wrap=col == 5))
    xs.fit_columns(ws, {c: [h, *(row[c - 1] for row in rows)] for c, h in enumerate(headers, 1)})
    ws.column_dimensions["E"].width = 60
    ws.freeze_panes = "A2"
    xs.print_setup(ws, "1:1")
    _protect(ws)


def _candidates_sheet(ws, study: Study, lang: str) -> None:
    unit = study.settings.cost_unit.get(lang)
    headers = [
        "id",
        message("xlsx.candidate", lang),
        message("xlsx.area", lang),
        message("xlsx.tags", lang),
        message("xlsx.cost_column", lang, unit=unit).strip(),
        message("xlsx.description", lang),
    ]
    for col, header in enumerate(headers, 1):
        xs.put(ws, 1, col, header, xs.HEADER)
    rows = [
        [
            c.id,
            c.name.get(lang),
            c.area,
            ", ".join(c.tags),
            c.cost,
            c.description.get(lang),
        ]
        for c in study.candidates
    ]
    for r, row in enumerate(rows, 2):
        for col, value in enumerate(row, 1):
            xs.put(ws, r, col, value, xs.Look(wrap=col == 6))
    xs.fit_columns(
        ws, {c: [h, *(str(row[c - 1] or "") for row in rows)] for c, h in enumerate(headers, 1)}
    )
    ws.column_dimensions["F"].width = 60
    ws.freeze_panes = "A2"
    xs.print_setup(ws, "1:1")
    _protect(ws)


# --------------------------------------------------------------------------------------------
# reading


def _check_zip(path: Path) -> list[ImportProblem]:
    """Problems found from the file and its zip directory alone, before anything is parsed."""

    def fail(key: str, **fields) -> list[ImportProblem]:
        return [ImportProblem("", "", key, fields)]

    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 2**20:
            return fail("xlsx.too_large", size=size // 2**20, limit=MAX_FILE_MB)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except OSError as exc:
        return fail("xlsx.unreadable", detail=exc.strerror or str(exc))
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a zip feature Python cannot read ("zip file version 6.4")
        return fail("xlsx.not_xlsx", detail=str(exc) or type(exc).__name__)
    if len(infos) > MAX_PARTS:
        return fail("xlsx.too_many_parts", count=len(infos), limit=MAX_PARTS)
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNCOMPRESSED_MB * 2**20:
        return fail("xlsx.too_large", size=unpacked // 2**20, limit=MAX_UNCOMPRESSED_MB)
    return []


class _Reader:
    """Reads the sheets of a loaded workbook into problems and overrides."""

    def __init__(self, wb, source: str) -> None:
        self.wb = wb
        self.source = source
        self.problems: list[ImportProblem] = []
        self._formulas = None  # the workbook with formulas, opened when first needed

    def close(self) -> None:
        if self._formulas is not None:
            self._formulas.close()

    def formula_cells(self, title: str) -> set[tuple[int, int]]:
        """(row, column) of every formula in sheet ``title`` (within the caps)."""
        try:  # the same file parsed again: it can only fail as the first pass could
            if self._formulas is None:
                self._formulas = load_workbook(self.source, read_only=True, data_only=False)
            ws = self._formulas[title]
            rows = ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLS, values_only=True)
            return {
                (r, c)
                for r, row in enumerate(rows, 1)
                for c, value in enumerate(row, 1)
                if isinstance(value, ArrayFormula) or (isinstance(value, str) and value[:1] == "=")
            }
        except Exception as exc:
            raise _damaged(self.source, exc) from None

    def problem(self, sheet: str, cell: str, key: str, **fields) -> None:
        self.problems.append(ImportProblem(sheet, cell, key, fields))

    def position(self, problem: ImportProblem) -> tuple[int, int, int]:
        """Where a problem is, for listing them in reading order: sheet, row, column."""
        sheets = self.wb.sheetnames
        sheet = sheets.index(problem.sheet) + 1 if problem.sheet in sheets else 0
        return (sheet, *(coordinate_to_tuple(problem.cell) if problem.cell else (0, 0)))

    def sheet(self, key: str, required: bool = True):
        for title in xs.sheet_titles(key):
            if title in self.wb.sheetnames:
                return self.wb[title]
        if required:
            titles = " / ".join(dict.fromkeys(xs.sheet_titles(key)))
            self.problem("", "", "xlsx.missing_sheet", name=titles)
        return None

    def rows(self, ws) -> list[tuple]:
        """The values of ``ws`` up to the row and column caps (beyond them: a problem)."""
        out = []
        try:  # read-only sheets are parsed while iterating
            for r, row in enumerate(ws.iter_rows(values_only=True), 1):
                if r > MAX_ROWS:
                    if any(v is not None for v in row):
                        self.problem(ws.title, "", "xlsx.too_many_rows", limit=MAX_ROWS)
                        break
                    continue
                if len(row) > MAX_COLS and any(v is not None for v in row[MAX_COLS:]):
                    self.problem(ws.title, "", "xlsx.too_many_columns", limit=MAX_COLS)
                    break
                out.append(row[:MAX_COLS])
        except Exception as exc:  # a damaged sheet fails in zipfile, zlib or the XML parser
            raise _damaged(self.source, exc) from None
        return out

    def embedded_study(self) -> tuple[Study, str] | None:
        if xs.STUDY_SHEET not in self.wb.sheetnames:
            self.problem("", "", "xlsx.missing_sheet", name=xs.STUDY_SHEET)
            return None
        ws = self.wb[xs.STUDY_SHEET]
        rows = self.rows(ws)

        def damaged(detail: str) -> None:
            self.problem(ws.title, "", "xlsx.study_damaged", detail=detail)

        head = rows[0] if rows else ()
        if len(head) < 3 or head[0] != xs.STUDY_MARK or not isinstance(head[2], int | float):
            damaged("A1:C1")
            return None
        count = int(head[2])
        chunks = [row[0] if row else None for row in rows[1 : 1 + count]]
        if len(chunks) != count or not all(isinstance(c, str) for c in chunks):
            damaged(f"{count} chunks expected")
            return None
        lang = head[1] if head[1] in ("nl", "en") else "nl"
        try:
            return study_from_dict(json.loads("".join(chunks)), ws.title), lang
        except (ValueError, RecursionError) as exc:
            detail = exc.text("en") if isinstance(exc, StudyFileError) else str(exc)
            damaged(detail[:500])
            return None

    def matrix(self, ws, study: Study, lang: str) -> dict[tuple[str, str], tuple[str, object]]:
        """The cells of a score matrix by (candidate id, criterion id): (A1 ref, value).
        A missing row or column, a changed name and a formula without a value are problems."""
        rows = self.rows(ws)
        candidates = {c.id for c in study.candidates}
        criteria = {c.id for c in study.criteria.criteria()}
        id_row = rows[xs.ID_ROW - 1] if len(rows) >= xs.ID_ROW else ()
        columns: dict[int, str | None] = {}  # None: a bad id, reported once for the column
        seen: dict[str, str] = {}
        for col in range(xs.FIRST_COL, len(id_row) + 1):
            value, ref = id_row[col - 1], f"{get_column_letter(col)}{xs.ID_ROW}"
            if value is not None:
                columns[col] = self.known_id(ws, ref, value, criteria, seen, "criterion")
        out: dict[tuple[str, str], tuple[str, object]] = {}
        seen = {}
        for r in range(xs.FIRST_ROW, len(rows) + 1):
            row = rows[r - 1]
            cand = row[xs.ID_COL - 1] if row else None
            cells = [(c, row[c - 1]) for c in range(xs.FIRST_COL, len(row) + 1)]
            if cand is None:
                for c, value in cells:
                    if value is not None:
                        ref = f"{get_column_letter(c)}{r}"
                        self.problem(ws.title, ref, "xlsx.no_candidate_id")
                continue
            cand = self.known_id(ws, f"A{r}", cand, candidates, seen, "candidate")
            if cand:
                self.check_name(ws, r, row, study.candidate(cand), lang)
            for c, value in cells:
                ref = f"{get_column_letter(c)}{r}"
                if c in columns:
                    if cand and columns[c]:
                        out[(cand, columns[c])] = (ref, value)
                elif value is not None:
                    self.problem(ws.title, ref, "xlsx.no_criterion_id")
        self.check_complete(ws, study, set(seen), set(columns.values()))
        self.check_formulas(ws, out)
        return out

    def check_name(self, ws, r: int, row: tuple, candidate, lang: str) -> None:
        """A candidate name edited in column B is reported: names change in Weegwijzer."""
        shown = row[xs.NAME_COL - 1] if len(row) >= xs.NAME_COL else None
        name = xs.clean(candidate.name.get(lang))
        if str(shown if shown is not None else "").strip() != name.strip():
            ref = f"{get_column_letter(xs.NAME_COL)}{r}"
            self.problem(ws.title, ref, "xlsx.name_changed", value=repr(shown), name=name)

    def check_complete(self, ws, study: Study, rows: set[str], columns: set) -> None:
        """Every candidate has its row and every criterion its column (else its values would
        silently stay as they were)."""
        for cand in study.candidates:
            if cand.id not in rows:
                self.problem(ws.title, "", "xlsx.missing_row", name=cand.name, id=cand.id)
        for crit in study.criteria.criteria():
            if crit.id not in columns:
                self.problem(ws.title, "", "xlsx.missing_column", name=crit.name, id=crit.id)

    def check_formulas(self, ws, cells: dict[tuple[str, str], tuple[str, object]]) -> None:
        """An empty cell that holds a formula had no computed value: report it."""
        empty = {ref: key for key, (ref, value) in cells.items() if value is None}
        if not empty:
            return
        for r, c in sorted(self.formula_cells(ws.title)):
            ref = f"{get_column_letter(c)}{r}"
            if ref in empty:
                self.problem(ws.title, ref, "xlsx.formula_without_value")
                del cells[empty[ref]]

    def known_id(self, ws, ref: str, value, known: set[str], seen: dict[str, str], what: str):
        text = str(value).strip()
        if text not in known:
            self.problem(ws.title, ref, f"xlsx.unknown_{what}", value=repr(text))
            return None
        if text in seen:
            self.problem(
                ws.title, ref, f"xlsx.duplicate_{what}", value=repr(text), other=seen[text]
            )
            return None
        seen[text] = ref
        return text

    def score_value(self, sheet: str, ref: str, crit: Criterion, raw):
        """The parsed score of a cell, or ``...`` after reporting a problem."""
        if raw is None or (isinstance(raw, str) and raw.strip() in ("", xs.MISSING_MARK)):
            return None
        name = crit.name
        five_point = isinstance(crit.scale, FivePointScale)
        if isinstance(raw, bool | dt.date | dt.time | dt.timedelta):
            self.problem(sheet, ref, "xlsx.bad_value", value=repr(str(raw)), criterion=name)
            return ...
        try:
            return crit.scale.parse(raw)
        except ScaleError:
            if five_point:
                self.problem(sheet, ref, "xlsx.unknown_label", value=repr(raw), criterion=name)
            elif isinstance(raw, str):
                self.problem(sheet, ref, "xlsx.text_in_number", value=repr(raw), criterion=name)
            else:
                self.problem(sheet, ref, "xlsx.bad_value", value=repr(raw), criterion=name)
            return ...

    def text(self, sheet: str, ref: str, raw) -> str | None:
        if raw is None:
            return ""
        if isinstance(raw, str):
            return raw
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return f"{raw:g}"
        self.problem(sheet, ref, "xlsx.not_text", value=repr(str(raw)))
        return None


def _apply_edits(reader: _Reader, study: Study, lang: str) -> Study:
    scores = dict(study.scores)

    def edit(key: tuple[str, str], **changes) -> None:
        scores[key] = replace(scores.get(key, Score()), **changes)

    sheet = reader.sheet("sheet.scores")
    if sheet is not None:
        for key, (ref, raw) in reader.matrix(sheet, study, lang).items():
            value = reader.score_value(sheet.title, ref, study.criterion(key[1]), raw)
            if value is not ... and value != xs.as_stored(study.score(*key).value):
                edit(key, value=value)
    for sheet_key, field in (("sheet.rationale", "rationale"), ("sheet.sources", "source")):
        sheet = reader.sheet(sheet_key, required=False)
        if sheet is None:
            continue
        for key, (ref, raw) in reader.matrix(sheet, study, lang).items():
            text = reader.text(sheet.title, ref, raw)
            old = getattr(study.score(*key), field)
            shown = old.get(lang) if isinstance(old, Text) else old
            if text is None or text == xs.clean(shown):
                continue
            if isinstance(old, Text):
                text = Text(text, old.en) if lang == "nl" else Text(old.nl or text, text)
            edit(key, **{field: text})
    return replace(study, scores=scores)


def _damaged(source: str, exc: Exception) -> ExcelImportError:
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return ExcelImportError(source, [ImportProblem("", "", "xlsx.not_xlsx", {"detail": detail})])


def import_workbook(path: str | os.PathLike) -> Study:
    """Read a template or export back into a ``Study``; ``ExcelImportError`` lists every
    problem (nothing is imported half)."""
    p = Path(path)
    problems = _check_zip(p)
    if problems:
        raise ExcelImportError(str(p), problems)
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # a damaged package fails in openpyxl, zipfile, zlib or XML
        raise _damaged(str(p), exc) from None
    try:
        reader = _Reader(wb, str(p))
        embedded = reader.embedded_study()
        if embedded is None:
            reader.sheet("sheet.scores")  # report every missing sheet at once
            raise ExcelImportError(str(p), reader.problems)
        study = _apply_edits(reader, *embedded)
    finally:
        wb.close()
        reader.close()
    if reader.problems:
        raise ExcelImportError(str(p), sorted(reader.problems, key=reader.position))
    return study
