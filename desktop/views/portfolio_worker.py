"""Heavy portfolio work (Monte Carlo, budget sweeps) off the GUI thread, in chunks.

A job is a function ``work(report, cancelled)`` that calls ``report(done, total)`` after each
chunk and stops (raising ``CancelledError``) when ``cancelled()`` turns true; it runs on Qt's
global thread pool and reports back through queued signals, so the window stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[Job] = set()


class CancelledError(Exception):
    """Raised inside a job when the user cancelled it."""


class JobSignals(QObject):
    """Every signal carries its job first, so a view ignores a job it has replaced (a queued
    signal of a cancelled job can still arrive after the new one started)."""

    progress = Signal(object, int, int)  # job, done, total
    finished = Signal(object, object)  # job, the job's result
    failed = Signal(object, str)  # job, why it could not be done
    cancelled = Signal(object)  # job


class Job(QRunnable):
    """One run of ``work``; ``cancel()`` asks it to stop after the current chunk."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], object]):
        super().__init__()
        self.setAutoDelete(False)  # the view holds the job; Qt must not delete it under Python
        self.signals = JobSignals()
        self._work = work
        self._stop = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (tests and shutdown only)."""
        return self._done.wait(timeout)

    def start(self) -> Job:
        _running.add(self)  # alive until run() ends, whatever happens to the view
        QThreadPool.globalInstance().start(self)
        return self

    def _report(self, done: int, total: int) -> None:
        if not self._stop.is_set():
            self.signals.progress.emit(self, done, total)

    def run(self) -> None:
        try:
            result = self._work(self._report, self._stop.is_set)
        except CancelledError:
            self.signals.cancelled.emit(self)
        except ValueError as exc:  # the engine's and the study's input errors
            self.signals.failed.emit(self, str(exc))
        else:
            if self._stop.is_set():
                self.signals.cancelled.emit(self)
            else:
                self.signals.finished.emit(self, result)
        finally:
            self._done.set()
            _running.discard(self)
