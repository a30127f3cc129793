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
        "file.empty_group": (
            "een groep heeft minstens één kandidaat nodig",
            "a group needs at least one candidate",
        ),
        "file.self_dependency": (
            "kandidaat {value} kan niet van zichzelf afhangen",
            "candidate {value} cannot depend on itself",
        ),
        "file.duplicate_dependency": (
            "deze afhankelijkheid van {value} staat er al",
            "this dependency of {value} is listed twice",
        ),
        "file.dependency_cycle": (
            "afhankelijkheden vormen een kring: {cycle}",
            "dependencies form a cycle: {cycle}",
        ),
    }
)


_CATALOGUE.update(
    {
        "portfolio.selected": (
            "in de portefeuille: waarde {value:.3f} voor {cost:g}",
            "in the portfolio: value {value:.3f} for {cost:g}",
        ),
        "portfolio.no_cost": (
            "geen kosten opgegeven: niet in de portefeuille meegenomen",
            "no cost given: left out of the portfolio",
        ),
        "portfolio.requires_left_out": (
            "vereist '{other}', dat niet gekozen kan worden",
            "requires '{other}', which cannot be chosen",
        ),
        "portfolio.exclusive": (
            "uitgesloten door een regel: '{other}' uit dezelfde groep is gekozen (hooguit één)",
            "excluded by a rule: '{other}' from the same group is chosen (at most one)",
        ),
        "portfolio.requires": (
            "uitgesloten door een regel: vereist '{other}', dat niet gekozen is",
            "excluded by a rule: requires '{other}', which is not chosen",
        ),
        "portfolio.no_value": ("voegt geen waarde toe", "adds no value"),
        "portfolio.dominated": (
            "gedomineerd: '{other}' levert meer waarde voor minder geld; past niet in het "
            "resterende budget {left:g}",
            "dominated: '{other}' gives more value for less money; does not fit in the "
            "remaining budget {left:g}",
        ),
        "portfolio.over_budget": (
            "past niet in het budget: kost {cost:g}, er is nog {left:g} over",
            "over budget: costs {cost:g}, {left:g} is left",
        ),
        "portfolio.bad_budget": (
            "het budget moet een eindig getal van 0 of meer zijn, niet {budget}",
            "the budget must be a finite number of 0 or more, not {budget}",
        ),
        "portfolio.rules_contradict": (
            "de groepen en afhankelijkheden spreken elkaar tegen: geen enkele portefeuille "
            "voldoet aan alle regels",
            "the groups and dependencies contradict each other: no portfolio meets all rules",
        ),
        "portfolio.budget_too_small": (
            "budget {budget} is te klein voor de regels: de goedkoopste portefeuille die eraan "
            "voldoet kost {cheapest:g}",
            "budget {budget} is too small for the rules: the cheapest portfolio that meets "
            "them costs {cheapest:g}",
        ),
        "portfolio.nothing_fundable": (
            "geen enkele kandidaat kan gekozen worden: geef kosten op voor de kandidaten",
            "no candidate can be chosen: give the candidates a cost",
        ),
        "portfolio.group_unfundable": (
            "groep '{group}' vraagt minstens één kandidaat, maar geen enkele kan gekozen worden "
            "(uitgesloten of zonder kosten)",
            "group '{group}' needs at least one candidate, but none can be chosen (knocked out "
            "or without a cost)",
        ),
    }
)

_CATALOGUE.update(
    {
        "workshop.no_participants": (
            "nog geen deelnemer heeft gewichten gegeven",
            "no participant has given weights yet",
        ),
        "workshop.group_description": (
            "{mean} van de gewichten van {count} deelnemers ({voice})",
            "{mean} of the weights of {count} participants ({voice})",
        ),
        "workshop.mean.arithmetic": ("rekenkundig gemiddelde", "arithmetic mean"),
        "workshop.mean.geometric": ("meetkundig gemiddelde", "geometric mean"),
        "workshop.mean.median": ("mediaan", "median"),
        "workshop.voice.equal": ("iedereen een gelijke stem", "an equal voice each"),
        "workshop.voice.organisation": (
            "elke organisatie een gelijke stem",
            "an equal voice per organisation",
        ),
        "workshop.voice.voice": ("stemgewicht per deelnemer", "a voice weight per participant"),
    }
)

_CATALOGUE.update(
    {
        "web.title": ("Weegwijzer: geef uw gewichten", "Weegwijzer: give your weights"),
        "web.join": ("Doe mee", "Join"),
        "web.code": ("Sessiecode", "Session code"),
        "web.name": ("Naam (mag leeg blijven)", "Name (optional)"),
        "web.organisation": ("Organisatie (mag leeg blijven)", "Organisation (optional)"),
        "web.anonymous": (
            "Deze sessie is anoniem: er wordt geen naam opgeslagen.",
            "This session is anonymous: no name is stored.",
        ),
        "web.intro.sliders": (
            "Schuif per onderdeel hoe zwaar het voor u weegt (0 = niet, 100 = zeer zwaar).",
            "Slide how much each item matters to you (0 = not at all, 100 = very much).",
        ),
        "web.intro.points": (
            "Verdeel per groep precies 100 punten over de onderdelen.",
            "Divide exactly 100 points over the items of each group.",
        ),
        "web.top": ("Hoofdthema's", "Main themes"),
        "web.left": ("nog te verdelen", "left to divide"),
        "web.scores": ("Uw eigen scores (optioneel)", "Your own scores (optional)"),
        "web.no_score": ("geen oordeel", "no opinion"),
        "web.submit": ("Versturen", "Submit"),
        "web.thanks": (
            "Dank u! Uw antwoord is ontvangen. U kunt het aanpassen en opnieuw versturen.",
            "Thank you! Your answer was received. You can change it and submit again.",
        ),
        "web.received": (
            "Dank u! Uw antwoord is ontvangen.",
            "Thank you! Your answer was received.",
        ),
        "web.other_language": ("English", "Nederlands"),
        "web.error.not_found": ("niet gevonden", "not found"),
        "web.error.bad_code": ("onbekende sessiecode", "unknown session code"),
        "web.error.rate": (
            "te veel verzoeken; probeer het over {seconds} s opnieuw",
            "too many requests; try again in {seconds} s",
        ),
        "web.error.too_large": (
            "verzoek te groot (maximaal {limit} bytes)",
            "request too large (at most {limit} bytes)",
        ),
        "web.error.length": (
            "Content-Length ontbreekt of klopt niet",
            "Content-Length missing or invalid",
        ),
        "web.error.bad_request": ("ongeldig verzoek: {detail}", "invalid request: {detail}"),
        "web.error.method": ("methode niet toegestaan", "method not allowed"),
        "web.error.unknown_form": (
            "dit formulier is niet (meer) geldig; laad de pagina opnieuw",
            "this form is not (or no longer) valid; reload the page",
        ),
    }
)
