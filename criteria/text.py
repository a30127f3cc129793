"""Bilingual text: Dutch is the default language of a study, English its translation."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Text:
    """A user-visible text in Dutch (``nl``) with an optional English translation."""

    nl: str = ""
    en: str = ""

    def get(self, lang: str = "nl") -> str:
        """The text in ``lang``, falling back to Dutch where no translation exists."""
        return self.en if lang == "en" and self.en else self.nl

    def __str__(self) -> str:
        return self.nl

    def __bool__(self) -> bool:
        return bool(self.nl or self.en)
