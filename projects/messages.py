"""Messages of the Qt-free layers, in Dutch and English.

The GUI's own texts live in Qt's translation files (resources/translations); messages that
the domain produces (validation problems, why a candidate is left out) are formatted here, so
the command line and the GUI say the same thing in the user's language.
"""

from __future__ import annotations

_CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "excluded.constraint": (
        "voldoet niet aan randvoorwaarde '{name}'{note}",
        "fails constraint '{name}'{note}",
    ),
    "excluded.threshold": (
        "scoort {value} op '{criterion}', minimaal {minimum} vereist ('{name}')",
        "scores {value} on '{criterion}', at least {minimum} required ('{name}')",
    ),
    "excluded.missing": (
        "ontbrekende score op {criteria}",
        "missing score on {criteria}",
    ),
    "warning.override": (
        "{candidate}: randvoorwaarde '{name}' overruled: {note}",
        "{candidate}: constraint '{name}' overridden: {note}",
    ),
    "warning.neutral": (
        "{candidate}: ontbrekende score op {criteria} telt als neutraal",
        "{candidate}: missing score on {criteria} counted as neutral",
    ),
    "warning.double_counting": (
        "'{first}' en '{second}' hangen sterk samen (Spearman {rho:+.2f}): wordt hetzelfde "
        "effect twee keer geteld?",
        "'{first}' and '{second}' move together (Spearman {rho:+.2f}): is the same effect "
        "counted twice?",
    ),
    "error.no_weight": (
        "Geen enkel actief criterium heeft gewicht in scenario '{scenario}'.",
        "No active criterion has any weight in scenario '{scenario}'.",
    ),
    "error.unknown_method": (
        "Onbekende methode '{method}'; kies uit {choices}.",
        "Unknown method '{method}'; choose from {choices}.",
    ),
    "error.unknown_scenario": (
        "Onbekend scenario '{scenario}'; kies uit {choices}.",
        "Unknown scenario '{scenario}'; choose from {choices}.",
    ),
}


def message(key: str, lang: str = "nl", **fields: object) -> str:
    """The message ``key`` in ``lang`` ("nl" or "en") with ``fields`` filled in."""
    nl, en = _CATALOGUE[key]
    return (en if lang == "en" else nl).format(**fields)


_CATALOGUE.update(
    {
        "file.not_json": (
            "geen geldig JSON-bestand ({detail})",
            "not a valid JSON file ({detail})",
        ),
        "file.too_large": (
            "het bestand is {size} MB; de grens is {limit} MB",
            "the file is {size} MB; the limit is {limit} MB",
        ),
        "file.too_deep": ("te diep genest", "nested too deeply"),
        "file.unreadable": (
            "kan het bestand niet lezen: {detail}",
            "cannot read the file: {detail}",
        ),
        "file.version_new": (
            "dit bestand heeft formaatversie {found}; deze Weegwijzer kent tot en met versie "
            "{current}. Werk Weegwijzer bij om het te openen.",
            "this file has format version {found}; this Weegwijzer reads up to version "
            "{current}. Update Weegwijzer to open it.",
        ),
        "file.version_bad": (
            "format_version moet een heel getal zijn, niet {found}",
            "format_version must be a whole number, not {found}",
        ),
        "file.expected": ("verwacht {what}, gevonden {found}", "expected {what}, found {found}"),
        "file.required": ("verplicht veld ontbreekt", "required field is missing"),
        "file.bad_id": (
            "id {value} mag alleen letters, cijfers, '-', '_' en '.' bevatten",
            "id {value} may contain only letters, digits, '-', '_' and '.'",
        ),
        "file.duplicate_id": ("id {value} komt twee keer voor", "id {value} occurs twice"),
        "file.unknown_ref": (
            "verwijst naar onbekend(e) {what} {value}",
            "refers to unknown {what} {value}",
        ),
        "file.bad_choice": (
            "{value} is geen geldige waarde; kies uit {choices}",
            "{value} is not a valid value; choose from {choices}",
        ),
        "file.bad_value": ("{detail}", "{detail}"),
        "file.negative": ("{value} moet 0 of meer zijn", "{value} must be 0 or more"),
        "file.not_finite": ("{value} is geen eindig getal", "{value} is not a finite number"),
        "file.no_scenario": ("de studie heeft geen scenario", "the study has no scenario"),
    }
)

_CATALOGUE.update(
    {
        "sensitivity.too_few": (
            "Een gevoeligheidsanalyse heeft minstens twee gerangschikte kandidaten nodig.",
            "A sensitivity analysis needs at least two ranked candidates.",
        ),
        "sensitivity.no_participants": (
            "Geen deelnemer heeft gewichten gegeven voor de gewogen criteria.",
            "No participant has given weights for the weighted criteria.",
        ),
        "sensitivity.unknown_model": (
            "Onbekend gewichtsmodel '{model}'; kies uit {choices}.",
            "Unknown weight model '{model}'; choose from {choices}.",
        ),
        "verdict.stable_first": (
            "stabiel eerste in {share} % van de steekproeven",
            "stable first in {share} % of samples",
        ),
        "verdict.first": (
            "eerste in slechts {share} % van de steekproeven",
            "first in only {share} % of samples",
        ),
        "verdict.last": (
            "laatste in {share} % van de steekproeven, eerste in {first} %",
            "last in {share} % of samples, first in {first} %",
        ),
        "verdict.rank": (
            "rang {rank} of beter in {share} % van de steekproeven, eerste in {first} %",
            "rank {rank} or better in {share} % of samples, first in {first} %",
        ),
    }
)
