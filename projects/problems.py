"""Problem lists of the loaders: every reason a file cannot be read, each with its place.

The study file (JSON path), the Excel import (sheet and cell) and the CSV import (row and
column) each say *where* in their own way; what is wrong, the heading with the count and the
message in the user's language are the same for all three, and live here.
"""

from __future__ import annotations

from collections.abc import Sequence

from criteria.text import Text
from projects.messages import message


class LocatedProblem:
    """One thing wrong in a file: a message ``key`` with its ``fields``, at ``where(lang)``.

    A base for the loaders' frozen problem dataclasses, which declare ``key`` and ``fields``
    and say where; bilingual ``Text`` fields are shown in the asked language."""

    key: str
    fields: dict

    def where(self, lang: str = "en") -> str:
        """The place in the file; the whole file by default."""
        return message("xlsx.where_file", lang)

    def text(self, lang: str = "en") -> str:
        fields = {k: v.get(lang) if isinstance(v, Text) else v for k, v in self.fields.items()}
        return f"{self.where(lang)}: {message(self.key, lang, **fields)}"


class ProblemsError(ValueError):
    """A file that cannot be read; ``problems`` lists every reason (the message in English,
    ``text(lang)`` in the user's language)."""

    def __init__(self, source: str, problems: Sequence[LocatedProblem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        head = f"{self.source}: {message('xlsx.problems', lang, count=len(self.problems))}"
        return "\n".join([head, *("  " + p.text(lang) for p in self.problems)])
