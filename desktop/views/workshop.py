"""The workshop tab: the participants (add, edit, remove, live session) and how their weights
become the group scenario "Groep" (mean and voices; ``projects.workshop.update_group``).

Every change is a command on the ``StudyState``, so it can be undone; the group scenario is a
normal scenario and appears in the toolbar's scenario list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.naming import new_id
from desktop.panels.participant_dialog import ParticipantDialog
from desktop.panels.workshop_session import SessionDialog
from desktop.views.common import FAILURE_COLOUR, AnalysisView, tint
from mcda.group import MEANS
from projects.commands import RemoveParticipant, SetParticipant
from projects.messages import message
from projects.study import Participant
from projects.workshop import (
    GROUP_SCENARIO_ID,
    VOICE_RULES,
    WorkshopError,
    participant_label,
    update_group,
    weighing_participants,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class WorkshopView(AnalysisView):
    """Participants table, their buttons, and the group scenario's aggregation."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.session_dialog: SessionDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_participant)
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.remove_button, self.session_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_participant)
        self.remove_button.clicked.connect(self.remove_participant)
        self.session_button.clicked.connect(self.open_session)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.session_button)
        self.count = QLabel()

        self.group_box = QGroupBox()
        self.mean_label, self.voice_label = QLabel(), QLabel()
        self.mean_box, self.voice_box = QComboBox(), QComboBox()
        self.mean_box.addItems([""] * len(MEANS))
        self.voice_box.addItems([""] * len(VOICE_RULES))
        self.group_button = QPushButton()
        self.group_button.clicked.connect(self.make_group)
        self.group_info = QLabel(wordWrap=True)
        self.failure = tint(QLabel(wordWrap=True), FAILURE_COLOUR, bold=True)
        choices = QHBoxLayout()
        for widget in (self.mean_label, self.mean_box, self.voice_label, self.voice_box):
            choices.addWidget(widget)
        choices.addStretch(1)
        choices.addWidget(self.group_button)
        group_layout = QVBoxLayout(self.group_box)
        group_layout.addLayout(choices)
        group_layout.addWidget(self.group_info)
        group_layout.addWidget(self.failure)

        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.group_box)
        self.export_target = self.table
        state.study_changed.connect(self.state_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Workshop")

    def retranslate(self) -> None:
        lang = self.state.lang
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Voice"),
                self.tr("Weights"),
            ]
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.session_button.setText(self.tr("Live session (phones)…"))
        self.session_button.setToolTip(
            self.tr("Participants weigh on their phones through a form on the local network")
        )
        self.group_box.setTitle(self.tr("Group scenario"))
        self.mean_label.setText(self.tr("Combine by:"))
        self.voice_label.setText(self.tr("Voices:"))
        for index, mean in enumerate(MEANS):
            self.mean_box.setItemText(index, message(f"workshop.mean.{mean}", lang))
            self.mean_box.setItemData(index, mean)
        for index, rule in enumerate(VOICE_RULES):
            self.voice_box.setItemText(index, message(f"workshop.voice.{rule}", lang))
            self.voice_box.setItemData(index, rule)
        self.group_button.setText(self.tr("Make group scenario"))
        self.group_button.setToolTip(
            self.tr("Combine the participants' weights into the scenario 'Groep' and use it")
        )

    # --- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        study, lang = self.state.study, self.state.lang
        people = study.participants
        weighing = {p.id for p in weighing_participants(study)}
        selected = self.selected_id()
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            cells = [
                participant_label(study, p),
                p.organisation,
                p.role,
                f"{p.voice:g}",
                self.tr("given") if p.id in weighing else self.tr("none"),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                self.table.setItem(r, c, item)
            if p.id == selected:
                self.table.selectRow(r)
        self.count.setText(
            self.tr("%1 participants, %2 with weights")
            .replace("%1", str(len(people)))
            .replace("%2", str(len(weighing)))
        )
        has_people = bool(people)
        self.edit_button.setEnabled(has_people)
        self.remove_button.setEnabled(has_people)
        self.group_button.setEnabled(bool(weighing))
        group = next((s for s in study.scenarios if s.id == GROUP_SCENARIO_ID), None)
        self.group_info.setText(
            self.tr("Scenario '%1': %2")
            .replace("%1", group.name.get(lang))
            .replace("%2", group.description.get(lang))
            if group is not None
            else self.tr("No group scenario yet.")
        )

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    # --- editing ----------------------------------------------------------------------------
    def _edit(self, participant: Participant) -> None:
        dialog = ParticipantDialog(participant, self.state.study, self.state.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.participant_value()
            if edited != participant:
                self.state.push(SetParticipant(participant=edited))

    def add_participant(self) -> None:
        taken = {p.id for p in self.state.study.participants}
        self._edit(Participant(new_id("", taken, f"p{len(taken) + 1:02d}")))

    def edit_participant(self, *_args) -> None:
        chosen = self.selected_id()
        people = {p.id: p for p in self.state.study.participants}
        if chosen in people:
            self._edit(people[chosen])

    def remove_participant(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.state.push(RemoveParticipant(participant_id=chosen))

    def make_group(self) -> None:
        """Add or refresh scenario "Groep" from the participants' weights and make it active."""
        try:
            command = update_group(
                self.state.study, self.mean_box.currentData(), self.voice_box.currentData()
            )
        except WorkshopError as exc:
            self.failure.setText(str(exc))
            return
        self.failure.clear()
        self.state.push(command)

    def open_session(self) -> None:
        """Show the live session window (the window's one: it outlives a language switch)."""
        if self.session_dialog is None:
            self.session_dialog = self.window().findChild(SessionDialog)
        if self.session_dialog is None:
            self.session_dialog = SessionDialog(self.state, self.window())
        self.session_dialog.show()
        self.session_dialog.raise_()
