"""Offline workshop input: one Excel weighting form per participant, and reading them back.

A form lists the criteria tree (themes and criteria, indented) with a weight cell per node
(a whole or decimal number from 0 to 100, enforced by Excel's data validation); the node ids
sit in a hidden column and the study and participant ids on a hidden sheet, so the import
does not depend on row order or translated names. Reading checks every form completely and
reports each problem by file, cell and reason; if any form has a problem nothing is imported.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from criteria.tree import Theme
from projects.study import Participant, Study

FORM_VERSION = 1
SHEET = {"nl": "Gewichten", "en": "Weights"}
META_SHEET = "_weegwijzer"
FIRST_ROW = 7
MAX_FORM_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_TEXT = 80

_TEXT = {
    "nl": {
        "title": "Wegingsformulier",
        "participant": "Deelnemer",
        "organisation": "Organisatie",
        "anonymous": "(anoniem)",
        "help": "Geef elk thema en criterium een gewicht van 0 tot 100: hoe zwaar weegt het "
        "voor u, vergeleken met de andere onderdelen in dezelfde groep?",
        "item": "Thema / criterium",
        "weight": "Gewicht (0-100)",
        "about": "Toelichting",
        "invalid": "Vul een getal van 0 tot en met 100 in.",
    },
    "en": {
        "title": "Weighting form",
        "participant": "Participant",
        "organisation": "Organisation",
        "anonymous": "(anonymous)",
        "help": "Give every theme and criterion a weight from 0 to 100: how much does it "
        "matter to you, compared with the other items in the same group?",
        "item": "Theme / criterion",
        "weight": "Weight (0-100)",
        "about": "Explanation",
        "invalid": "Enter a number from 0 to 100.",
    },
}


@dataclass(frozen=True)
class FormProblem:
    file: str
    cell: str
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.file}: {self.cell}: {self.reason}"
            if self.cell
            else f"{self.file}: {self.reason}"
        )


class FormImportError(ValueError):
    """One or more forms are invalid; ``problems`` lists them all (file, cell, reason)."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _put_text(ws, cell: str, text: str) -> None:
    """Write ``text`` as an explicit string, so "=..." is never read as a formula."""
    ws[cell] = text
    ws[cell].data_type = "s"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30]


def planned_participants(
    study: Study, names: Sequence[str] = (), count: int = 0, anonymous: bool = False
) -> list[Participant]:
    """Participants to write forms for: one per name, or ``count`` unnamed ones; ids p01, p02
    ... skipping ids the study already uses."""
    taken = {p.id for p in study.participants}
    wanted = list(names) or [""] * count
    out, n = [], 0
    for name in wanted:
        n += 1
        while f"p{n:02d}" in taken:
            n += 1
        out.append(Participant(f"p{n:02d}", "" if anonymous else name.strip(), anonymous=anonymous))
    return out


def write_form(study: Study, participant: Participant, path: Path, lang: str = "nl") -> None:
    """One participant's weighting form as ``path`` (xlsx)."""
    t = _TEXT[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET[lang]
    _put_text(ws, "B1", f"{t['title']}: {study.title.get(lang)}")
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"], ws["B3"] = t["participant"], t["organisation"]
    _put_text(ws, "C2", t["anonymous"] if participant.anonymous else participant.name)
    _put_text(ws, "C3", participant.organisation)
    if not participant.anonymous:
        for cell in ("C2", "C3"):
            ws[cell].protection = Protection(locked=False)
            ws[cell].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["B4"] = t["help"]
    ws["B4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("B4:D4")
    ws.row_dimensions[4].height = 32
    for col, key in zip("ABCD", ("", "item", "weight", "about"), strict=True):
        ws[f"{col}6"] = "id" if not key else t[key]
        ws[f"{col}6"].font = Font(bold=True)
    row = FIRST_ROW
    for node, ancestors in study.criteria.walk():
        if not node.enabled or not all(t.enabled for t in ancestors):
            continue
        ws.cell(row, 1, node.id)
        _put_text(ws, f"B{row}", node.name.get(lang))
        name = ws[f"B{row}"]
        name.alignment = Alignment(indent=2 * len(ancestors))
        name.font = Font(bold=isinstance(node, Theme))
        weight = ws.cell(row, 3, participant.weights.get(node.id))
        weight.protection = Protection(locked=False)
        weight.fill = PatternFill("solid", fgColor="FFF2CC")
        _put_text(ws, f"D{row}", node.description.get(lang))
        row += 1
    rule = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=False
    )
    rule.error, rule.errorTitle, rule.showErrorMessage = t["invalid"], t["weight"], True
    rule.add(f"C{FIRST_ROW}:C{row - 1}")
    ws.add_data_validation(rule)
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 60
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.protection.sheet = True
    meta = wb.create_sheet(META_SHEET)
    for r, (key, value) in enumerate(
        [
            ("form_version", FORM_VERSION),
            ("study", study.id),
            ("participant", participant.id),
            ("anonymous", "yes" if participant.anonymous else "no"),
            ("lang", lang),
        ],
        start=1,
    ):
        meta.cell(r, 1, key)
        meta.cell(r, 2, value)
    meta.sheet_state = "veryHidden"
    wb.save(path)


def write_forms(
    study: Study, directory: Path, participants: Iterable[Participant], lang: str = "nl"
) -> list[Path]:
    """A form per participant in ``directory`` (created if needed); returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for p in participants:
        stem = "-".join(filter(None, ("weegformulier", p.id, _slug(p.name))))
        path = directory / f"{stem}.xlsx"
        write_form(study, p, path, lang)
        paths.append(path)
    return paths


# --- reading back ----------------------------------------------------------------------------
def _open(path: Path, problems: list[FormProblem]):
    name = path.name
    try:
        if path.stat().st_size > MAX_FORM_BYTES:
            problems.append(FormProblem(name, "", f"larger than {MAX_FORM_BYTES // 2**20} MB"))
            return None
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED_BYTES:
                problems.append(FormProblem(name, "", "unpacks to too much data"))
                return None
        return load_workbook(path, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        problems.append(FormProblem(name, "", f"not a readable xlsx file ({exc})"))
        return None


def read_form(study: Study, path: Path, problems: list[FormProblem]) -> Participant | None:
    """The participant of one form, or None with the form's problems added to ``problems``."""
    before = len(problems)
    name = path.name

    def problem(cell: str, reason: str) -> None:
        problems.append(FormProblem(name, cell, reason))

    wb = _open(Path(path), problems)
    if wb is None:
        return None
    if META_SHEET not in wb.sheetnames:
        problem("", f"sheet {META_SHEET!r} is missing: not a Weegwijzer weighting form")
        return None
    meta = {
        str(wb[META_SHEET].cell(r, 1).value): wb[META_SHEET].cell(r, 2).value for r in range(1, 6)
    }
    lang = meta.get("lang") if meta.get("lang") in SHEET else "nl"
    if meta.get("form_version") != FORM_VERSION:
        problem(f"{META_SHEET}!B1", f"form version {meta.get('form_version')!r} is not known")
    if meta.get("study") != study.id:
        problem(
            f"{META_SHEET}!B2", f"the form is for study {meta.get('study')!r}, not {study.id!r}"
        )
    pid = meta.get("participant")
    if not isinstance(pid, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", pid):
        problem(f"{META_SHEET}!B3", f"participant id {pid!r} is not valid")
    if SHEET[lang] not in wb.sheetnames:
        problem("", f"sheet {SHEET[lang]!r} is missing")
        return None
    ws = wb[SHEET[lang]]
    anonymous = meta.get("anonymous") == "yes"
    texts = {}
    for cell in ("C2", "C3"):
        value = ws[cell].value
        text = "" if value is None or anonymous else str(value).strip()
        if len(text) > MAX_TEXT:
            problem(f"{ws.title}!{cell}", f"at most {MAX_TEXT} characters")
        texts[cell] = text[:MAX_TEXT]
    expected = {
        n.id for n, path_ in study.criteria.walk() if n.enabled and all(p.enabled for p in path_)
    }
    weights: dict[str, float] = {}
    rows: set[str] = set()
    for row in range(FIRST_ROW, ws.max_row + 1):
        node_id = ws.cell(row, 1).value
        if node_id is None:
            continue
        where = f"{ws.title}!C{row}"
        if node_id not in expected or node_id in rows:
            problem(f"{ws.title}!A{row}", f"unknown or repeated theme/criterion id {node_id!r}")
            continue
        rows.add(node_id)
        value = ws.cell(row, 3).value
        if value is None or (isinstance(value, str) and not value.strip()):
            problem(where, "no weight given")
            continue
        try:
            number = float(value.replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            problem(where, f"{value!r} is not a number")
            continue
        if isinstance(value, bool) or not math.isfinite(number) or not 0 <= number <= 100:
            problem(where, f"{value!r} is not a number from 0 to 100")
            continue
        weights[node_id] = number
    for missing in sorted(expected - rows):
        problem(ws.title, f"the row of {missing!r} is missing")
    for group in _sibling_groups(study, expected):
        if all(i in weights for i in group) and sum(weights[i] for i in group) <= 0:
            problem(ws.title, f"{', '.join(group)}: give at least one of them some weight")
    if len(problems) > before:
        return None
    return Participant(
        pid,
        texts["C2"],
        weights=weights,
        organisation=texts["C3"],
        anonymous=anonymous,
    )


def _sibling_groups(study: Study, expected: set[str]) -> list[list[str]]:
    tree = study.criteria
    groups = [[n.id for n in tree.roots if n.id in expected]]
    groups += [
        [c.id for c in n.children if c.id in expected]
        for n in tree.nodes()
        if isinstance(n, Theme) and n.id in expected
    ]
    return [g for g in groups if g]


def read_forms(study: Study, paths: Sequence[Path]) -> tuple[Participant, ...]:
    """Every form's participant; raises ``FormImportError`` with all problems if any form
    (or the set: one participant twice) is invalid, so nothing is imported half."""
    problems: list[FormProblem] = []
    people: dict[str, tuple[Participant, str]] = {}
    for path in paths:
        participant = read_form(study, Path(path), problems)
        if participant is None:
            continue
        if participant.id in people:
            other = people[participant.id][1]
            problems.append(
                FormProblem(Path(path).name, "", f"participant {participant.id} is also in {other}")
            )
            continue
        people[participant.id] = (participant, Path(path).name)
    if not paths:
        problems.append(FormProblem("", "", "no forms given"))
    if problems:
        raise FormImportError(problems)
    return tuple(p for p, _ in people.values())
