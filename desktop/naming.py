"""Ids for things the user creates in the GUI (a candidate, a theme, a criterion)."""

from __future__ import annotations

import re
from collections.abc import Collection


def new_id(name: str, taken: Collection[str], fallback: str = "item") -> str:
    """A study-file id (letters, digits, ``.-_``) from ``name``, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
