"""A plain numeric matrix from a CSV file, as a study (pandas reads the file).

The layout a spreadsheet or script writes: a header row (first cell free, e.g. "Kandidaat",
then one criterion name per column) and one row per candidate (its name, then numbers). A
criterion is a cost criterion (lower is better) when its name ends in ``(cost)``, ``(kosten)``
or ``(min)``, or when an optional second header row marks the columns ``cost``/``kosten``/
``min`` or ``benefit``/``baat``/``max``. The separator (``,``, ``;``, tab or ``|``) is sniffed;
numbers take a decimal point or a decimal comma; an empty cell is an explicitly missing score.

The study has one theme holding every criterion, each on a numeric scale spanning the observed
values (a local scale), equal weights and one scenario. Every problem is reported by row (as
numbered in the file) and column, nothing is imported half.
"""

from __future__ import annotations

import csv
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from criteria.scales import NumericScale
from criteria.text import Text
from criteria.tree import CriteriaTree, Criterion, Theme
from projects.messages import message
from projects.problems import LocatedProblem, ProblemsError
from projects.study import Candidate, Score, Study

MAX_FILE_MB = 64
MAX_ROWS = 10_000
MAX_COLS = 1_000
THEME_ID = "matrix"

_COST = {"cost", "kosten", "min", "lower", "lager"}
_BENEFIT = {"benefit", "baat", "max", "higher", "hoger"}
_SUFFIX = re.compile(r"\s*\(\s*([A-Za-z]+)\s*\)\s*$")


@dataclass(frozen=True)
class CsvProblem(LocatedProblem):
    """One thing wrong in the file: row (1-based, as in the file) and column, or the file."""

    row: int | None
    column: str
    key: str
    fields: dict

    def where(self, lang: str = "en") -> str:
        if self.row is None:
            return super().where(lang)
        return message("csv.where", lang, row=self.row, column=self.column)


class CsvImportError(ProblemsError):
    """A CSV file that cannot be imported; ``problems`` lists every reason."""


def _read_rows(path: Path) -> list[list[str]]:
    """The cells of the file as text (pandas; separator sniffed, UTF-8 or Windows-1252)."""
    import pandas as pd

    def fail(key: str, **fields) -> CsvImportError:
        return CsvImportError(str(path), [CsvProblem(None, "", key, fields)])

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise fail("csv.unreadable", detail=exc.strerror or str(exc)) from None
    if size > MAX_FILE_MB * 2**20:
        raise fail("csv.too_large", size=size // 2**20, limit=MAX_FILE_MB)
    if size == 0:
        raise fail("csv.empty")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            frame = pd.read_csv(
                path,
                sep=_separator(path, encoding),
                engine="python",
                header=None,
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=False,
                encoding=encoding,
                nrows=MAX_ROWS + 2,
            )
            break
        except UnicodeDecodeError:
            continue
        except pd.errors.EmptyDataError:
            raise fail("csv.empty") from None
        except (ValueError, csv.Error, OSError) as exc:
            raise fail("csv.unreadable", detail=str(exc).strip()[:300]) from None
    else:
        raise fail("csv.unreadable", detail="unknown text encoding")
    if len(frame) > MAX_ROWS + 1:
        raise fail("csv.too_many_rows", limit=MAX_ROWS)
    if frame.shape[1] > MAX_COLS + 1:
        raise fail("xlsx.too_many_columns", limit=MAX_COLS)
    return [[v.strip() if isinstance(v, str) else "" for v in row] for row in frame.to_numpy()]


def _separator(path: Path, encoding: str) -> str:
    """The separator of the file: ``,``, ``;``, tab or ``|``, sniffed from its start."""
    with path.open(encoding=encoding, newline="") as fh:
        sample = fh.read(64 * 1024)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","  # one column, or nothing to tell by


def _direction(word: str) -> str | None:
    word = word.strip().lower()
    return "cost" if word in _COST else "benefit" if word in _BENEFIT else None


def _number(text: str) -> float | None:
    """A number with a decimal point or comma (the last of the two separates the decimals)."""
    text = text.replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "")
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _slug(name: str, fallback: str, taken: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-._")[:40] or fallback
    slug, k = base, 2
    while slug in taken:
        slug, k = f"{base}-{k}", k + 1
    taken.add(slug)
    return slug


def import_csv(path: str | os.PathLike) -> Study:
    """Read a numeric matrix (see the module docstring); ``CsvImportError`` lists every
    problem."""
    p = Path(path)
    rows = _read_rows(p)
    problems: list[CsvProblem] = []
    header = rows[0] if rows else [""]
    label = header[0] or "#1"
    names = header[1:]
    while names and not names[-1]:  # trailing separators
        names.pop()
    if not names:
        raise CsvImportError(str(p), [CsvProblem(1, label, "csv.no_criteria", {})])
    column = {j: names[j] or f"#{j + 2}" for j in range(len(names))}

    body = [(r, (row + [""] * len(names))[: 1 + len(names)]) for r, row in enumerate(rows[1:], 2)]
    marks = [_direction(v) for v in body[0][1][1:]] if body else []
    directions = marks if marks and all(marks) else ["benefit"] * len(names)
    if marks and all(marks):  # the optional second header row of directions
        body = body[1:]

    criteria, ids, seen = [], {THEME_ID}, {}
    for j, raw in enumerate(names):
        name, direction = raw, directions[j]
        match = _SUFFIX.search(raw)
        if match and _direction(match.group(1)):
            name, direction = raw[: match.start()], _direction(match.group(1))
        if not name:
            problems.append(CsvProblem(1, column[j], "csv.no_name", {}))
            continue
        if name in seen:
            fields = {"other": column[seen[name]], "value": repr(name)}
            problems.append(CsvProblem(1, column[j], "csv.duplicate_column", fields))
            continue
        seen[name] = j
        crit_id = _slug(name, f"k{j + 1}", ids)
        criteria.append(
            (j, Criterion(crit_id, Text(name), direction=direction, scale=NumericScale()))
        )

    candidates, scores, cand_ids, seen_rows = [], {}, set(), {}
    for r, cells in body:
        if not any(cells):
            continue
        name = cells[0]
        if not name:
            problems.append(CsvProblem(r, label, "csv.no_name", {}))
            continue
        if name in seen_rows:
            fields = {"value": repr(name), "other": seen_rows[name]}
            problems.append(CsvProblem(r, label, "csv.duplicate_row", fields))
            continue
        seen_rows[name] = r
        cand = Candidate(_slug(name, f"c{len(candidates) + 1}", cand_ids), Text(name))
        candidates.append(cand)
        for j, crit in criteria:
            text = cells[1 + j]
            value = _number(text) if text else None
            if text and value is None:
                problems.append(CsvProblem(r, column[j], "csv.not_number", {"value": repr(text)}))
            scores[(cand.id, crit.id)] = Score(value)
    if not candidates and not problems:
        problems.append(CsvProblem(None, "", "csv.empty", {}))
    if problems:
        raise CsvImportError(str(p), problems)
    theme = Theme(THEME_ID, Text("Criteria"), children=tuple(c for _, c in criteria))
    stem = p.name.removesuffix(p.suffix)
    return Study(
        id=_slug(stem, "study", set()),
        title=Text(stem),
        criteria=CriteriaTree((theme,)),
        candidates=tuple(candidates),
        scores=scores,
    )
