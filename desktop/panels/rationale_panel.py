"""The side panel of the score table: why a score is what it is, and where it comes from.

A ranking that cannot be explained in a workshop is not useful (ARCHITECTURE.md): every
score carries a rationale (bilingual; the current language is edited) and a source.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.criteria_model import with_language
from desktop.models.scores_model import CANDIDATE_ROLE, CRITERION_ROLE
from desktop.state import StudyState
from projects.commands import SetScore


class RationalePanel(QWidget):
    """Shows and edits the rationale and source of the score in the current cell."""

    def __init__(self, state: StudyState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self._key: tuple[str, str] | None = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.value = QLabel()
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(self.tr("Why this score? (shown as tooltip)"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Document, paragraph, page"))
        self.apply = QPushButton(self.tr("Apply"))
        self.apply.setToolTip(self.tr("Store rationale and source (Ctrl+Enter)"))
        self.apply.clicked.connect(self.store)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.store)
        form = QFormLayout()
        form.addRow(self.tr("Score:"), self.value)
        form.addRow(self.tr("Source:"), self.source)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.apply)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Rationale:")))
        right.addWidget(self.rationale, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        state.study_changed.connect(self._load)
        self._load()

    def show_index(self, index: QModelIndex) -> None:
        """Follow the table's current cell (``index`` of the table's model)."""
        crit = index.data(CRITERION_ROLE) if index.isValid() else None
        self._key = (index.data(CANDIDATE_ROLE), crit) if crit else None
        self._load()

    def _load(self, *_args) -> None:
        study, lang = self.state.study, self.state.lang
        key = self._key
        if key and (
            key[0] not in {c.id for c in study.candidates}
            or key[1] not in {c.id for c in study.criteria.criteria()}
        ):
            key = self._key = None
        for w in (self.rationale, self.source, self.apply):
            w.setEnabled(key is not None)
        if key is None:
            self.heading.setText(self.tr("Select a score to see its rationale."))
            self.value.clear()
            self.rationale.clear()
            self.source.clear()
            return
        cand, crit = study.candidate(key[0]), study.criterion(key[1])
        score = study.score(*key)
        self.heading.setText(f"{cand.name.get(lang)} — {crit.name.get(lang)}")
        self.value.setText(self.tr("missing") if score.missing else crit.scale.format(score.value))
        if self.rationale.toPlainText() != score.rationale.get(lang):
            self.rationale.setPlainText(score.rationale.get(lang))
        if self.source.text() != score.source:
            self.source.setText(score.source)

    def store(self) -> None:
        if self._key is None:
            return
        score = self.state.study.score(*self._key)
        text = self.rationale.toPlainText().strip()
        new = replace(
            score,
            rationale=with_language(score.rationale, self.state.lang, text),
            source=self.source.text().strip(),
        )
        if new != score:
            cand, crit = self._key
            self.state.push(SetScore(candidate_id=cand, criterion_id=crit, score=new))
