"""The main window's analysis views (ranking, what-if, compare, profile).

``create_views(state)`` returns ``(key, widget)`` pairs in tab order; each widget has a
``title()`` (translated) and ``export_image(path)``.
"""

from __future__ import annotations


def create_views(state, parent=None) -> list:
    return []
