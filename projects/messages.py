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
    "error.too_large": (
        "De score van '{candidate}' op '{criterion}' ({value:g}) is te groot om mee te rekenen; "
        "gebruik een grotere eenheid.",
        "The score of '{candidate}' on '{criterion}' ({value:g}) is too large to compute with; "
        "use a larger unit.",
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

# Excel export and template (projects/excel_export.py, projects/excel_import.py)
_CATALOGUE.update(
    {
        "sheet.ranking": ("Rangorde", "Ranking"),
        "sheet.scores": ("Scores", "Scores"),
        "sheet.weights": ("Gewichten", "Weights"),
        "sheet.scenarios": ("Scenario's", "Scenarios"),
        "sheet.rationale": ("Toelichting", "Rationale"),
        "sheet.sources": ("Bronnen", "Sources"),
        "sheet.criteria": ("Criteria", "Criteria"),
        "sheet.candidates": ("Kandidaten", "Candidates"),
        "sheet.instructions": ("Instructie", "Instructions"),
        "sheet.portfolio": ("Portefeuille", "Portfolio"),
        "xlsx.portfolio.title": (
            "Portefeuille: welke kandidaten passen in het budget",
            "Portfolio: which candidates the budget funds",
        ),
        "xlsx.portfolio.budget": ("Budget", "Budget"),
        "xlsx.portfolio.budget_study": (
            "het budget dat in de studie is vastgelegd",
            "the budget stored in the study",
        ),
        "xlsx.portfolio.budget_half": (
            "de studie legt geen budget vast: getoond bij de helft van de totale kosten",
            "the study stores no budget: shown at half the total cost",
        ),
        "xlsx.portfolio.cost_unit": ("Kosteneenheid", "Cost unit"),
        "xlsx.portfolio.funded_count": ("Aantal gefinancierd", "Number funded"),
        "xlsx.portfolio.total_cost": ("Totale kosten", "Total cost"),
        "xlsx.portfolio.total_value": ("Totale toegevoegde waarde", "Total value added"),
        "xlsx.portfolio.value": ("Toegevoegde waarde", "Value added"),
        "xlsx.portfolio.baseline.neutral": (
            "gewogen waarde boven niets doen: per criterium de score boven de neutrale score "
            "(vijfpuntsschaal: boven 0)",
            "weighted value over doing nothing: per criterion the score above the neutral "
            "score (five-point scale: above 0)",
        ),
        "xlsx.portfolio.baseline.worst": (
            "gewogen waarde vanaf de onderkant van elke schaal (gewogen som, 0 tot 1)",
            "weighted value from the bottom of every scale (weighted sum, 0 to 1)",
        ),
        "xlsx.portfolio.funded": ("Gefinancierd", "Funded"),
        "xlsx.portfolio.yes": ("ja", "yes"),
        "xlsx.portfolio.groups": ("Groepen", "Groups"),
        "xlsx.portfolio.chart": (
            "Toegevoegde waarde tegen kosten",
            "Value added against cost",
        ),
        "xlsx.portfolio.cost_axis": ("Kosten", "Cost"),
        "xlsx.portfolio.funded_series": ("gefinancierd", "funded"),
        "xlsx.portfolio.other_series": ("niet gefinancierd", "not funded"),
        "xlsx.method.weighted_sum": ("gewogen som", "weighted sum"),
        "xlsx.method.topsis": ("TOPSIS", "TOPSIS"),
        "xlsx.method.promethee_ii": ("PROMETHEE II", "PROMETHEE II"),
        "xlsx.method.vikor": ("VIKOR", "VIKOR"),
        "xlsx.score_meaning.weighted_sum": (
            "gewogen som van de waarden, 0 tot 1; hoger is beter",
            "weighted sum of the values, 0 to 1; higher is better",
        ),
        "xlsx.score_meaning.topsis": (
            "relatieve nabijheid tot het ideaal, 0 tot 1; hoger is beter",
            "relative closeness to the ideal, 0 to 1; higher is better",
        ),
        "xlsx.score_meaning.promethee_ii": (
            "netto preferentiestroom, van -1 tot 1; hoger is beter",
            "net outranking flow, from -1 to 1; higher is better",
        ),
        "xlsx.score_meaning.vikor": (
            "1 min de compromisindex Q, 0 tot 1; hoger is beter",
            "1 minus the compromise index Q, 0 to 1; higher is better",
        ),
        "xlsx.rank": ("Rang", "Rank"),
        "xlsx.candidate": ("Kandidaat", "Candidate"),
        "xlsx.area": ("Deelgebied", "Area"),
        "xlsx.score": ("Score", "Score"),
        "xlsx.method": ("Methode", "Method"),
        "xlsx.scenario": ("Scenario", "Scenario"),
        "xlsx.weight_of": ("Gewicht {name}", "Weight {name}"),
        "xlsx.contribution_of": ("Bijdrage {name}", "Contribution {name}"),
        "xlsx.excluded": ("Uitgesloten van de rangorde", "Excluded from the ranking"),
        "xlsx.excluded_short": ("uitgesloten", "excluded"),
        "xlsx.reason": ("Reden", "Reason"),
        "xlsx.notes": ("Let op", "Notes"),
        "xlsx.missing_score": ("ontbrekende score", "missing score"),
        "xlsx.node": ("Thema / criterium", "Theme / criterion"),
        "xlsx.criterion": ("Criterium", "Criterion"),
        "xlsx.local_weight": ("lokaal", "local"),
        "xlsx.global_weight": ("globaal", "global"),
        "xlsx.not_ranked": ("niet te rangschikken: {detail}", "cannot be ranked: {detail}"),
        "xlsx.theme": ("Thema", "Theme"),
        "xlsx.benefit": ("hoger is beter", "higher is better"),
        "xlsx.cost": ("lager is beter", "lower is better"),
        "xlsx.scale": ("Schaal", "Scale"),
        "xlsx.numeric": ("getal {unit}{bounds}", "number {unit}{bounds}"),
        "xlsx.description": ("Omschrijving", "Description"),
        "xlsx.tags": ("Labels", "Tags"),
        "xlsx.cost_column": ("Kosten {unit}", "Cost {unit}"),
        "xlsx.disabled": ("uitgeschakeld", "disabled"),
        "xlsx.pick_label": (
            "Kies --, -, 0, + of ++ uit de lijst (of laat de cel leeg).",
            "Pick --, -, 0, + or ++ from the list (or leave the cell empty).",
        ),
        "xlsx.ranking_chart": ("Score per kandidaat", "Score per candidate"),
        "xlsx.ranking_chart_top": (
            "Score van de beste {count} van {total} kandidaten",
            "Score of the best {count} of {total} candidates",
        ),
        "xlsx.instructions": (
            "Vul op het blad Scores per kandidaat (rij) en criterium (kolom) een score in: "
            "kies --, -, 0, + of ++ uit de lijst, of typ een getal bij een getalcriterium. "
            "Laat een cel leeg als de score (nog) ontbreekt.\n"
            "Licht elke score toe op het blad Toelichting en noem de bron op het blad Bronnen "
            "(dezelfde cel).\n"
            "Voeg geen rijen of kolommen toe en verwijder er geen: kandidaten en criteria "
            "toevoegen, verwijderen of hernoemen doe je in Weegwijzer. Lees het bestand "
            "daarna in met: weegwijzer import BESTAND.xlsx -o STUDIE.weegwijzer.json",
            "On the Scores sheet enter a score per candidate (row) and criterion (column): "
            "pick --, -, 0, + or ++ from the list, or type a number for a numeric criterion. "
            "Leave a cell empty while the score is missing.\n"
            "Explain each score on the Rationale sheet and name its source on the Sources "
            "sheet (same cell).\n"
            "Do not add or delete rows or columns: candidates and criteria are added, "
            "removed and renamed in Weegwijzer. "
            "Then read the file back with: weegwijzer import FILE.xlsx -o STUDY.weegwijzer.json",
        ),
        # import problems
        "xlsx.where_file": ("(bestand)", "(file)"),
        "xlsx.problems": ("{count} probleem/problemen", "{count} problem(s)"),
        "xlsx.unreadable": (
            "kan het bestand niet lezen: {detail}",
            "cannot read the file: {detail}",
        ),
        "xlsx.not_xlsx": (
            "geen (volledig) Excel-werkboek (.xlsx): {detail}",
            "not a (complete) Excel workbook (.xlsx): {detail}",
        ),
        "xlsx.too_large": (
            "uitgepakt is het werkboek {size} MB; de grens is {limit} MB",
            "the workbook unpacks to {size} MB; the limit is {limit} MB",
        ),
        "xlsx.too_many_parts": (
            "het werkboek bestaat uit {count} delen; de grens is {limit}",
            "the workbook has {count} parts; the limit is {limit}",
        ),
        "xlsx.missing_sheet": (
            "werkblad '{name}' ontbreekt; lees een sjabloon of export van Weegwijzer in",
            "sheet '{name}' is missing; import a Weegwijzer template or export",
        ),
        "xlsx.too_many_rows": (
            "meer dan {limit} rijen; is dit het goede bestand?",
            "more than {limit} rows; is this the right file?",
        ),
        "xlsx.too_many_columns": (
            "meer dan {limit} kolommen; is dit het goede bestand?",
            "more than {limit} columns; is this the right file?",
        ),
        "xlsx.study_damaged": (
            "de verborgen studiegegevens zijn beschadigd: {detail}",
            "the hidden study data is damaged: {detail}",
        ),
        "xlsx.text_in_number": (
            "tekst {value} in een getalcel ('{criterion}')",
            "text {value} in a number cell ('{criterion}')",
        ),
        "xlsx.unknown_label": (
            "{value} is geen score op de vijfpuntsschaal --, -, 0, +, ++ ('{criterion}')",
            "{value} is not a score on the five-point scale --, -, 0, +, ++ ('{criterion}')",
        ),
        "xlsx.bad_value": (
            "{value} is geen geldige score ('{criterion}')",
            "{value} is not a valid score ('{criterion}')",
        ),
        "xlsx.not_text": ("verwacht tekst, gevonden {value}", "expected text, found {value}"),
        "xlsx.unknown_candidate": (
            "onbekende kandidaat-id {value}",
            "unknown candidate id {value}",
        ),
        "xlsx.unknown_criterion": (
            "onbekende criterium-id {value}",
            "unknown criterion id {value}",
        ),
        "xlsx.duplicate_candidate": (
            "kandidaat-id {value} staat ook in {other}",
            "candidate id {value} also occurs in {other}",
        ),
        "xlsx.duplicate_criterion": (
            "criterium-id {value} staat ook in {other}",
            "criterion id {value} also occurs in {other}",
        ),
        "xlsx.no_candidate_id": (
            "waarde in een rij zonder kandidaat-id (nieuwe kandidaten voeg je toe in Weegwijzer)",
            "value in a row without a candidate id (add new candidates in Weegwijzer)",
        ),
        "xlsx.no_criterion_id": (
            "waarde in een kolom zonder criterium-id (nieuwe criteria voeg je toe in Weegwijzer)",
            "value in a column without a criterion id (add new criteria in Weegwijzer)",
        ),
        "xlsx.missing_row": (
            "de rij van kandidaat {name} (id {id}) ontbreekt; een kandidaat verwijder je in "
            "Weegwijzer",
            "candidate {name}'s row (id {id}) is missing; to remove a candidate use Weegwijzer",
        ),
        "xlsx.missing_column": (
            "de kolom van criterium {name} (id {id}) ontbreekt; een criterium verwijder je in "
            "Weegwijzer",
            "criterion {name}'s column (id {id}) is missing; to remove a criterion use Weegwijzer",
        ),
        "xlsx.name_changed": (
            "naam gewijzigd in {value}; namen wijzig je in Weegwijzer (de studie houdt {name})",
            "name changed to {value}; names are changed in Weegwijzer (the study keeps {name})",
        ),
        "xlsx.formula_without_value": (
            "een formule zonder berekende waarde: typ de waarde in",
            "a formula without a computed value: type the value",
        ),
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

# CSV import (projects/csv_import.py)
_CATALOGUE.update(
    {
        "csv.where": ("rij {row}, kolom '{column}'", "row {row}, column '{column}'"),
        "csv.unreadable": (
            "kan het bestand niet lezen: {detail}",
            "cannot read the file: {detail}",
        ),
        "csv.too_large": (
            "het bestand is {size} MB; de grens is {limit} MB",
            "the file is {size} MB; the limit is {limit} MB",
        ),
        "csv.empty": (
            "geen kandidaten: verwacht een kopregel met criteria en een rij per kandidaat",
            "no candidates: expected a header row of criteria and a row per candidate",
        ),
        "csv.no_criteria": (
            "geen criteria: de kopregel moet na de kandidaatkolom criteriumnamen bevatten",
            "no criteria: the header row needs criterion names after the candidate column",
        ),
        "csv.no_name": ("naam ontbreekt", "name is missing"),
        "csv.duplicate_row": (
            "{value} staat ook in rij {other}",
            "{value} also occurs in row {other}",
        ),
        "csv.duplicate_column": (
            "{value} staat ook in kolom {other}",
            "{value} also occurs in column {other}",
        ),
        "csv.not_number": ("{value} is geen getal", "{value} is not a number"),
        "csv.too_many_rows": ("meer dan {limit} rijen", "more than {limit} rows"),
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
        "portfolio.no_value": (
            "voegt geen waarde toe ten opzichte van niets doen (waarde {value:+.3f})",
            "adds no value over doing nothing (value {value:+.3f})",
        ),
        "portfolio.dominated": (
            "gedomineerd: '{other}' levert meer waarde voor minder geld; past niet in het "
            "resterende budget {left:g}",
            "dominated: '{other}' gives more value for less money; does not fit in the "
            "remaining budget {left:g}",
        ),
        "portfolio.dominated_same_value": (
            "gedomineerd: '{other}' levert evenveel waarde voor minder geld; past niet in het "
            "resterende budget {left:g}",
            "dominated: '{other}' gives as much value for less money; does not fit in the "
            "remaining budget {left:g}",
        ),
        "portfolio.dominated_same_cost": (
            "gedomineerd: '{other}' levert meer waarde voor hetzelfde geld; past niet in het "
            "resterende budget {left:g}",
            "dominated: '{other}' gives more value for the same money; does not fit in the "
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

_CATALOGUE.update(
    {
        "sheet.participants": ("Deelnemers", "Participants"),
        "xlsx.participant": ("Deelnemer", "Participant"),
        "xlsx.organisation": ("Organisatie", "Organisation"),
        "xlsx.role": ("Rol", "Role"),
        "xlsx.voice": ("Stem", "Voice"),
        "xlsx.group": ("Groep", "Group"),
        "xlsx.spread": ("Spreiding over de deelnemers", "Spread over the participants"),
        "xlsx.spread.minimum": ("laagste", "lowest"),
        "xlsx.spread.q1": ("eerste kwartiel", "first quartile"),
        "xlsx.spread.median": ("mediaan", "median"),
        "xlsx.spread.q3": ("derde kwartiel", "third quartile"),
        "xlsx.spread.maximum": ("hoogste", "highest"),
        "sheet.sensitivity": ("Gevoeligheid", "Sensitivity"),
        "xlsx.sens.title": ("Hoe robuust is de rangorde?", "How robust is the ranking?"),
        "xlsx.sens.not_swept": (
            "Bij TOPSIS en VIKOR met meer dan {count} kandidaten zijn stabiliteitsintervallen "
            "en omslagpunten te rekenintensief voor een export: zie de gevoeligheidsanalyse "
            "in Weegwijzer.",
            "With TOPSIS and VIKOR and more than {count} candidates, stability intervals and "
            "reversal points take too long for an export: see the sensitivity analysis in "
            "Weegwijzer.",
        ),
        "xlsx.sens.how": (
            "Methode {method}, scenario {scenario}. Rangacceptatie: {samples} steekproeven van "
            "de gewichten, elk gewicht ± {spread} % rond het scenario (seed {seed}). "
            "Stabiliteit en omslagpunten: één gewicht varieert, de andere houden hun "
            "onderlinge verhouding.",
            "Method {method}, scenario {scenario}. Rank acceptability: {samples} samples of the "
            "weights, each weight ± {spread} % around the scenario's (seed {seed}). Stability "
            "and reversal points: one weight varies, the others keep their proportions.",
        ),
        "xlsx.sens.acceptability": (
            "Rangacceptatie: aandeel van de steekproeven waarin een kandidaat elke rang krijgt",
            "Rank acceptability: share of samples in which a candidate takes each rank",
        ),
        "xlsx.sens.rank": ("Rang {rank}", "Rank {rank}"),
        "xlsx.sens.verdict": ("Oordeel", "Verdict"),
        "xlsx.sens.chart": (
            "Aandeel van de steekproeven in rang 1 tot {ranks}",
            "Share of samples in ranks 1 to {ranks}",
        ),
        "xlsx.sens.stability": (
            "Stabiliteitsintervallen: binnen dit gewicht blijft de volgorde van de eerste {k}",
            "Stability intervals: within this weight the order of the first {k} holds",
        ),
        "xlsx.sens.criterion": ("Criterium", "Criterion"),
        "xlsx.sens.now": ("Gewicht nu", "Weight now"),
        "xlsx.sens.from": ("Stabiel vanaf", "Stable from"),
        "xlsx.sens.to": ("Stabiel tot", "Stable to"),
        "xlsx.sens.first_change": (
            "Eerste plaats wisselt na een verschuiving van",
            "First place changes after a move of",
        ),
        "xlsx.sens.top_change": ("Top {k} wisselt na", "Top {k} changes after"),
        "xlsx.sens.never": ("nooit", "never"),
        "xlsx.sens.reversals": (
            "Omslagpunten binnen de eerste {k} plaatsen",
            "Reversal points within the first {k} places",
        ),
        "xlsx.sens.at": ("Bij gewicht", "At weight"),
        "xlsx.sens.overtakes": ("Wie haalt wie in", "Who overtakes whom"),
        "xlsx.sens.places": ("Plaatsen", "Places"),
        "xlsx.sens.overtake": ("{above} haalt {below} in", "{above} overtakes {below}"),
        "xlsx.sens.no_reversals": (
            "Geen enkel gewicht verandert de volgorde van de eerste plaatsen.",
            "No single weight changes the order of the first places.",
        ),
        "xlsx.sens.later": ("Rang {rank} of later", "Rank {rank} or later"),
        "xlsx.sens.later_note": (
            "Bij zoveel kandidaten toont de tabel rang 1 tot {ranks} en samen alle latere "
            "rangen; de grafiek toont de eerste {count} kandidaten.",
            "With this many candidates the table shows ranks 1 to {ranks} and all later ranks "
            "together; the chart shows the first {count} candidates.",
        ),
    }
)

_CATALOGUE["file.unknown_field"] = (
    "onbekend veld '{field}' (verwacht: {expected})",
    "unknown field '{field}' (expected: {expected})",
)
