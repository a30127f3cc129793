"""Dialogs for what the tables do not show: a criterion's direction and scale, a candidate's
description, area and tags, and its verdicts on the must-pass constraints. Texts are edited
in the current language; the other stays."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from criteria.constraints import Check
from criteria.scales import FivePointScale, NumericScale, ScaleError
from criteria.tree import Criterion
from desktop.models.criteria_model import with_language
from projects.study import Candidate, Study


def _optional_number(text: str) -> float | None:
    """A bound typed with a decimal point or comma; empty is None, and only finite numbers."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is not a finite number")
    return value


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class _Form(QDialog):
    """A form with OK/Cancel and a line for what is wrong."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color:#b35806;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _description(self) -> str:
        return self.description.toPlainText().strip()

    def finish(self) -> None:
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        try:
            self.result_value()
        except (ScaleError, ValueError) as exc:
            self.problem.setText(str(exc))
            return
        self.accept()

    def result_value(self):
        raise NotImplementedError


class CriterionDialog(_Form):
    """Name, description, direction and scale of a criterion."""

    def __init__(self, criterion: Criterion, study: Study, lang: str, parent=None) -> None:
        super().__init__(self.tr("Criterion properties"), parent)
        self.criterion, self.study, self.lang = criterion, study, lang
        self.name = QLineEdit(criterion.name.get(lang))
        self.description = QPlainTextEdit(criterion.description.get(lang))
        self.description.setFixedHeight(80)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Higher is better (benefit)"), "benefit")
        self.direction.addItem(self.tr("Lower is better (cost)"), "cost")
        self.direction.setCurrentIndex(self.direction.findData(criterion.direction))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("Five-point scale (-- - 0 + ++)"), "five_point")
        self.scale.addItem(self.tr("Number with a unit"), "numeric")
        numeric = isinstance(criterion.scale, NumericScale)
        self.scale.setCurrentIndex(1 if numeric else 0)
        self.unit = QLineEdit(criterion.scale.unit if numeric else "")
        self.lower = QLineEdit(_number_text(criterion.scale.lower) if numeric else "")
        self.upper = QLineEdit(_number_text(criterion.scale.upper) if numeric else "")
        for bound in (self.lower, self.upper):
            bound.setPlaceholderText(self.tr("empty: the candidates' range"))
        self.source = QLineEdit(criterion.source)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(self.tr("Direction:"), self.direction)
        self.form.addRow(self.tr("Scale:"), self.scale)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Lowest:"), self.lower)
        self.form.addRow(self.tr("Highest:"), self.upper)
        self.form.addRow(self.tr("Source:"), self.source)
        self.scale.currentIndexChanged.connect(self._scale_kind)
        self._scale_kind()
        self.finish()

    def _scale_kind(self, *_args) -> None:
        numeric = self.scale.currentData() == "numeric"
        for field in (self.unit, self.lower, self.upper):
            field.setEnabled(numeric)

    def _new_scale(self):
        old = self.criterion.scale
        if self.scale.currentData() == "five_point":
            if isinstance(old, FivePointScale):
                return old
            off_scale = [
                self.study.candidate(cand).name.get(self.lang)
                for (cand, crit), score in self.study.scores.items()
                if crit == self.criterion.id
                and not score.missing
                and not (float(score.value).is_integer() and -2 <= score.value <= 2)
            ]
            if off_scale:
                raise ValueError(
                    self.tr(
                        "Not on the five-point scale: the scores of %1. Change them first."
                    ).replace("%1", ", ".join(off_scale))
                )
            return FivePointScale()
        try:
            lower, upper = _optional_number(self.lower.text()), _optional_number(self.upper.text())
        except ValueError:
            raise ValueError(self.tr("The lowest and highest values must be numbers.")) from None
        if lower is not None and upper is not None and upper <= lower:
            raise ValueError(self.tr("The highest value must be above the lowest."))
        keep = old.value_function if isinstance(old, NumericScale) else None
        if keep is not None and (lower, upper) != (old.lower, old.upper):
            keep = None  # a value function belongs to the bounds it was made for
        return NumericScale(self.unit.text().strip(), lower, upper, keep)

    def result_value(self) -> Criterion:
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("A criterion needs a name."))
        c = self.criterion
        return replace(
            c,
            name=with_language(c.name, self.lang, name),
            description=with_language(c.description, self.lang, self._description()),
            direction=self.direction.currentData(),
            scale=self._new_scale(),
            source=self.source.text().strip(),
        )


class CandidateDialog(_Form):
    """Name, description, area and tags of a candidate."""

    def __init__(self, candidate: Candidate, lang: str, parent=None) -> None:
        super().__init__(self.tr("Candidate properties"), parent)
        self.candidate, self.lang = candidate, lang
        self.name = QLineEdit(candidate.name.get(lang))
        self.description = QPlainTextEdit(candidate.description.get(lang))
        self.description.setFixedHeight(80)
        self.area = QLineEdit(candidate.area)
        self.tags = QLineEdit(", ".join(candidate.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. groen, wonen"))
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(self.tr("Area:"), self.area)
        self.form.addRow(self.tr("Tags:"), self.tags)
        self.finish()

    def result_value(self) -> Candidate:
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("A candidate needs a name."))
        c = self.candidate
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))
        return replace(
            c,
            name=with_language(c.name, self.lang, name),
            description=with_language(c.description, self.lang, self._description()),
            area=self.area.text().strip(),
            tags=tags,
        )


class ChecksDialog(_Form):
    """A candidate's verdict on every must-pass constraint: passes, fails, or overridden with a
    note that says why (Omgevingsvisie Assen § 3.8: "ja, mits")."""

    def __init__(self, study: Study, candidate_id: str, lang: str, parent=None) -> None:
        candidate = study.candidate(candidate_id)
        super().__init__(
            self.tr("Constraints of %1").replace("%1", candidate.name.get(lang)), parent
        )
        self.study, self.candidate_id, self.lang = study, candidate_id, lang
        self.constraints = tuple(c for c in study.constraints if c.enabled and not c.is_threshold)
        self.statuses: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        if not self.constraints:
            self.form.addRow(QLabel(self.tr("This study has no must-pass constraints.")))
        for constraint in self.constraints:
            check = study.check(candidate_id, constraint.id)
            status = QComboBox()
            for text, value in (
                (self.tr("Passes"), "pass"),
                (self.tr("Fails"), "fail"),
                (self.tr("Overridden"), "override"),
            ):
                status.addItem(text, value)
            status.setCurrentIndex(status.findData(check.status))
            status.setToolTip(constraint.description.get(lang))
            note = QLineEdit(check.note.get(lang))
            note.setPlaceholderText(self.tr("why (needed for an override)"))
            heading = QLabel(constraint.name.get(lang), wordWrap=True)
            heading.setToolTip(constraint.description.get(lang))
            self.form.addRow(heading)
            self.form.addRow(self.tr("Verdict:"), status)
            self.form.addRow(self.tr("Note:"), note)
            self.statuses[constraint.id], self.notes[constraint.id] = status, note
        self.finish()

    def result_value(self) -> dict[str, Check]:
        """The verdicts that differ from the study's, by constraint id."""
        changed = {}
        for constraint in self.constraints:
            before = self.study.check(self.candidate_id, constraint.id)
            typed = self.notes[constraint.id].text().strip()
            note = (  # the shown language's note; the other language's is kept
                before.note
                if typed == before.note.get(self.lang)
                else with_language(before.note, self.lang, typed)
            )
            check = Check(self.statuses[constraint.id].currentData(), note)
            if check.status == "override" and not check.note:
                raise ValueError(
                    self.tr("An override of '%1' needs a note that says why.").replace(
                        "%1", constraint.name.get(self.lang)
                    )
                )
            if check != before:
                changed[constraint.id] = check
        return changed
