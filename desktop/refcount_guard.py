"""Guard against a reference-count bug in PySide6 6.12 under Python 3.11.

In PySide6-Essentials 6.12.0 every call of a Qt method that returns nothing (``update()``,
``setText()``, ``QTimer.start()``, ``QPainter.drawRect()``…) takes a reference to ``None``
that it never gave, and ``Signal.emit()`` does the same with ``True``. Python 3.12+ makes
these singletons immortal, so there the bug is harmless; on 3.11 the process aborts with
"Fatal Python error: none_dealloc" after some ten thousand calls (a few seconds of dragging).

``protect()`` probes for the bug and, only where it shows, gives ``None``, ``True`` and
``False`` a reference count so large that no session can use it up (what Python 3.12's
immortal objects do by design, PEP 683).
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 48  # references: far beyond any session, far below the counter's limit


_protected = False


def _leaks() -> bool:
    from PySide6.QtCore import QTimer

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(10):
        timer.stop()
    return sys.getrefcount(None) < before


def protect() -> bool:
    """Make ``None``, ``True``, ``False`` effectively immortal if PySide6 leaks them (once
    per process); returns whether the guard is active."""
    global _protected
    if not _protected and sys.version_info < (3, 12) and _leaks():
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
        _protected = True
    return _protected
