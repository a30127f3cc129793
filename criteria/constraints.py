"""Knock-out constraints (*randvoorwaarden*): must-pass conditions, not weights.

The Omgevingsvisie sets conditions such as the nitrogen standstill and "ja, mits" that a
project must meet whatever its scores (Omgevingsvisie Assen § 3.8, § 3.12). A candidate that
fails one is shown, but left out of the ranking with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from criteria.text import Text

CheckStatus = Literal["pass", "fail", "override"]


@dataclass(frozen=True)
class Constraint:
    """A threshold on a criterion's score (``criterion`` + ``minimum``), or a must-pass check
    judged per candidate (``criterion`` None)."""

    id: str
    name: Text
    description: Text = Text()
    criterion: str | None = None
    minimum: float | None = None
    enabled: bool = True
    source: str = ""

    @property
    def is_threshold(self) -> bool:
        return self.criterion is not None


@dataclass(frozen=True)
class Check:
    """A candidate's verdict on a must-pass constraint; ``override`` keeps it in, with a note
    (bilingual; a plain string is its Dutch text)."""

    status: CheckStatus = "pass"
    note: Text = Text()

    def __post_init__(self) -> None:
        if isinstance(self.note, str):
            object.__setattr__(self, "note", Text(self.note))
