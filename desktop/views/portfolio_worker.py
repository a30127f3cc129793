"""Heavy portfolio work (Monte Carlo, budget sweeps) off the GUI thread, in chunks.

A job is a function ``work(report, cancelled)`` that calls ``report(done, total)`` after each
chunk and stops (raising ``CancelledError``) when ``cancelled()`` turns true; it runs on Qt's
global thread pool and reports back through queued signals, so the window stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

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


class _DestroyGuard:
    """Cancels its owner's latest job when the owner is destroyed (a slot of the owner itself
    would be disconnected by then). One per owner, so connections do not pile up."""

    def __init__(self, owner: QObject) -> None:
        self.job: Job | None = None
        owner.destroyed.connect(self.cancel)

    @staticmethod
    def of(owner: QObject) -> _DestroyGuard:
        guard = getattr(owner, "_job_guard", None)
        if guard is None:
            guard = owner._job_guard = _DestroyGuard(owner)
        return guard

    def cancel(self, *_args) -> None:
        if self.job is not None:
            self.job.cancel()


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

    def start(self, owner: QObject | None = None) -> Job:
        """Run on the thread pool; cancelled when ``owner`` (the view showing it) is destroyed."""
        if owner is not None:
            _DestroyGuard.of(owner).job = self
        _running.add(self)  # alive until run() ends, whatever happens to the view
        QThreadPool.globalInstance().start(self)
        return self

    def _emit(self, signal: str, *args) -> None:
        """Emit ``signal`` unless its source went away (the application is closing): then the
        job stops, as if cancelled, instead of raising in the worker thread."""
        try:
            getattr(self.signals, signal).emit(self, *args)
        except RuntimeError:  # "Signal source has been deleted"
            self._stop.set()

    def _report(self, done: int, total: int) -> None:
        if not self._stop.is_set():
            self._emit("progress", done, total)

    def run(self) -> None:
        try:
            result = self._work(self._report, self._stop.is_set)
        except CancelledError:
            self._emit("cancelled")
        except ValueError as exc:  # the engine's and the study's input errors
            self._emit("failed", str(exc))
        else:
            if self._stop.is_set():
                self._emit("cancelled")
            else:
                self._emit("finished", result)
        finally:
            self._done.set()
            _running.discard(self)


def cancel_all(timeout: float = 30.0) -> None:
    """Cancel every running job and wait for it to end (the application is closing)."""
    for job in list(_running):
        job.cancel()
    for job in list(_running):
        job.wait(timeout)


def wait_for_job(view, timeout_ms: int = 120_000) -> bool:
    """Process events until ``view.job`` is None, i.e. its result (or failure) has been shown;
    for screenshots, exports and tests. False on timeout."""
    deadline = QDeadlineTimer(timeout_ms)
    while view.job is not None and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        job = view.job
        if job is not None:
            job.wait(0.01)
    QCoreApplication.processEvents()
    return view.job is None
