"""The live session window: participants weigh on their phones through the local web form.

The facilitator picks the network interface, the form's mode, anonymity and whether scores
may be given, and starts a ``projects.workshop_server.WorkshopSession``. The window shows the
QR code, the short address and the session code in large type, for a projector. The server
thread never touches Qt: accepted submissions wait in the session's queue, and a timer in
the GUI thread applies each as one undoable command (``submission_command``). Closing the
session, this window or the main window stops the server and frees its port.
"""

from __future__ import annotations

import queue
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.qr_widget import QrWidget
from projects.workshop import submission_command
from projects.workshop_server import (
    FormSpec,
    WorkshopServerError,
    WorkshopSession,
    local_addresses,
)

POLL_MS = 250
FAILURE_COLOUR = "#b35806"
TEXT_SCALE, URL_SCALE, CODE_SCALE = 1.3, 1.8, 3.2  # relative to the window's font
DESIGN_WIDTH = 1100  # wider than this (a projector, full screen), the large texts grow along


def _scaled(label: QWidget, factor: float, bold: bool = True) -> QWidget:
    """``label`` in a font ``factor`` times the application's."""
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class SessionDialog(QDialog):
    """Set up, run and close one live session over ``state`` (a ``StudyState``)."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session: WorkshopSession | None = None
        self.received: list[str] = []  # participant ids applied, in arrival order
        self.setWindowTitle(self.tr("Live workshop session"))
        self.interface = QComboBox()
        for address in local_addresses():
            self.interface.addItem(address, address)
        self.interface.setCurrentIndex(self.interface.count() - 1)  # the network, not loopback
        self.interface.setToolTip(
            self.tr("The network the phones are on; 127.0.0.1 is this computer only")
        )
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Sliders"), "sliders")
        self.mode.addItem(self.tr("100 points per group"), "points")
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setToolTip(self.tr("No names or organisations are stored"))
        self.allow_scores = QCheckBox(self.tr("Participants may score"))
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close session"))
        self.close_button.clicked.connect(self.close_session)
        self.full_screen = QPushButton(self.tr("Full screen"))
        self.full_screen.setCheckable(True)
        self.full_screen.toggled.connect(self._full_screen)
        setup = QHBoxLayout()
        for label, widget in (
            (self.tr("Network:"), self.interface),
            (self.tr("Form:"), self.mode),
        ):
            setup.addWidget(QLabel(label))
            setup.addWidget(widget)
        for widget in (self.anonymous, self.allow_scores):
            setup.addWidget(widget)
        setup.addStretch(1)
        for widget in (self.start_button, self.close_button, self.full_screen):
            setup.addWidget(widget)

        self.qr = QrWidget()
        self.invitation, self.short_url = QLabel(wordWrap=True), QLabel()
        self.code_caption, self.code, self.count = QLabel(wordWrap=True), QLabel(), QLabel()
        self.short_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submissions = QListWidget()
        self._large_type(1.0)
        self.status = QLabel(wordWrap=True)
        colours = self.status.palette()  # a palette, not a style sheet: keeps the font
        colours.setColor(QPalette.ColorRole.WindowText, QColor(FAILURE_COLOUR))
        self.status.setPalette(colours)
        side = QVBoxLayout()
        for widget in (self.invitation, self.short_url, self.code_caption, self.code, self.count):
            side.addWidget(widget)
        side.addWidget(self.submissions, 1)
        live = QGridLayout()
        live.addWidget(self.qr, 0, 0)
        live.addLayout(side, 0, 1)
        live.setColumnStretch(0, 3)
        live.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(setup)
        layout.addWidget(self.status)
        layout.addLayout(live, 1)

        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        QCoreApplication.instance().aboutToQuit.connect(self.close_session)
        self._main = parent.window() if parent is not None else None
        if self._main is not None:
            self._main.installEventFilter(self)
        self._show_state()
        self.resize(1100, 720)

    # --- the session ------------------------------------------------------------------------
    def start(self) -> None:
        if self.session is not None:
            return
        spec = FormSpec.from_study(
            self.state.study, self.mode.currentData(), self.allow_scores.isChecked()
        )
        try:
            self.session = WorkshopSession(
                spec, self.interface.currentData(), 0, anonymous=self.anonymous.isChecked()
            ).start()
        except (WorkshopServerError, OSError) as exc:
            self.session = None
            self.status.setText(self.tr("The session could not start: %1").replace("%1", str(exc)))
            return
        self.status.clear()
        self.received.clear()
        self.submissions.clear()
        self.timer.start()
        self._show_state()

    def poll(self) -> None:
        """Apply every submission that arrived since the last tick (in the GUI thread)."""
        session = self.session
        if session is None:
            return
        while True:
            try:
                submission = session.submissions.get_nowait()
            except queue.Empty:
                break
            try:
                self.state.push(submission_command(submission, anonymous=session.anonymous))
            except ValueError as exc:  # a study edited meanwhile: report, keep the session
                self.status.setText(str(exc))
                continue
            again = submission.submission_id in self.received
            if not again:
                self.received.append(submission.submission_id)
            who = submission.name or self.tr("anonymous")
            when = datetime.now().strftime("%H:%M:%S")
            text = self.tr("%1  %2 (corrected)") if again else self.tr("%1  %2")
            self.submissions.insertItem(0, text.replace("%1", when).replace("%2", who))
        self._show_count()

    def close_session(self) -> None:
        """Stop the server (its port is freed) after applying what it accepted."""
        if self.session is None:
            return
        self.timer.stop()
        self.session.stop()
        self.poll()
        self.session = None
        self._show_state()

    @property
    def running(self) -> bool:
        return self.session is not None

    # --- showing ----------------------------------------------------------------------------
    def _show_state(self) -> None:
        running = self.session is not None
        for widget in (self.interface, self.mode, self.anonymous, self.allow_scores):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running)
        self.close_button.setEnabled(running)
        if running:
            self.qr.set_text(self.session.url)
            self.invitation.setText(self.tr("Scan the code, or open this address:"))
            self.short_url.setText(self.session.short_url)
            self.code_caption.setText(self.tr("and enter the session code"))
            self.code.setText(self.session.code)
        else:
            self.qr.set_text("")
            self.invitation.setText(
                self.tr("Choose the network and the form, then start the session.")
                if not self.received
                else self.tr("The session is closed.")
            )
            for label in (self.short_url, self.code_caption, self.code):
                label.clear()
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Answers received: %1").replace("%1", str(len(self.received))))

    def _large_type(self, growth: float) -> None:
        _scaled(self.invitation, TEXT_SCALE * growth)
        _scaled(self.short_url, URL_SCALE * growth)
        _scaled(self.code_caption, TEXT_SCALE * growth, bold=False)
        _scaled(self.code, CODE_SCALE * growth)
        _scaled(self.count, TEXT_SCALE * growth)
        _scaled(self.submissions, TEXT_SCALE * growth, bold=False)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._large_type(max(1.0, self.width() / DESIGN_WIDTH))

    def _full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # --- closing ----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.close_session()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.close_session()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._main and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._main_closed)  # after the window decided to close or not
        return False

    def _main_closed(self) -> None:
        if self._main is not None and not self._main.isVisible():
            self.close()
