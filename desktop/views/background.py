"""Long computations (Monte Carlo runs) off the GUI thread, with progress and cancel.

A ``BackgroundRun`` runs one job at a time in a worker thread. The job gets a ``progress(done,
total)`` callback and a ``cancel`` event (the protocol of ``mcda.sensitivity.smaa``); the GUI
thread polls the worker with a timer and emits ``progress``, ``finished`` and ``failed`` from
the GUI thread itself, so no Qt object is touched from the worker. Starting a new job cancels
the running one, whose result is then dropped (only the newest job reports).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QTimer, Signal

Job = Callable[[Callable[[int, int], None], threading.Event], object]
"""job(progress, cancel) -> result, run in the worker thread."""


class _Worker(threading.Thread):
    def __init__(self, job: Job) -> None:
        super().__init__(daemon=True)  # never keeps a closing application alive
        self.job = job
        self.cancel = threading.Event()
        self.done, self.total = 0, 0
        self.result: object = None
        self.error: str | None = None

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def run(self) -> None:
        try:
            self.result = self.job(self._progress, self.cancel)
        except Exception as exc:  # shown in the view, never lost in the thread
            self.error = str(exc) or type(exc).__name__


class BackgroundRun(QObject):
    """Runs jobs in a worker thread, newest first; ``delay_ms`` debounces a burst of starts."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    POLL_MS = 40

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None
        self._job: Job | None = None
        self._seen = (0, 0)
        self._poll = QTimer(self, interval=self.POLL_MS)
        self._poll.timeout.connect(self._check)
        self._delay = QTimer(self, singleShot=True)
        self._delay.timeout.connect(self._launch)

    def start(self, job: Job, delay_ms: int = 0) -> None:
        """Cancel what runs and run ``job`` (after ``delay_ms`` without another start)."""
        self.cancel()
        self._job = job
        self._delay.start(delay_ms)

    def cancel(self) -> None:
        """Stop the running job (its result is not reported) and any job still waiting."""
        self._delay.stop()
        self._job = None
        if self._worker is not None:
            self._worker.cancel.set()
            self._worker = None
        self._poll.stop()

    def stop(self) -> None:
        """Ask the running job to stop early; it reports what it has (``finished``)."""
        self._delay.stop()
        if self._worker is not None:
            self._worker.cancel.set()

    def busy(self) -> bool:
        """A job is running or waiting for its start."""
        return self._worker is not None or self._delay.isActive()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until no job is busy (for screenshots and tests); False on timeout."""
        deadline = QDeadlineTimer(timeout_ms)
        while self.busy() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self._worker is not None:
                self._worker.join(0.01)
        return not self.busy()

    def _launch(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        self._worker = _Worker(job)
        self._seen = (0, 0)
        self._worker.start()
        self._poll.start()

    def _check(self) -> None:
        worker = self._worker
        if worker is None:
            self._poll.stop()
            return
        now = (worker.done, worker.total)
        if now != self._seen and now[1]:
            self._seen = now
            self.progress.emit(*now)
        if worker.is_alive():
            return
        self._worker = None
        self._poll.stop()
        if worker.error is not None:
            self.failed.emit(worker.error)
        else:
            self.finished.emit(worker.result)
