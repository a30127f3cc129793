<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="167" />
        <source>Candidate properties</source>
        <translation>Eigenschappen van de kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="174" />
        <source>comma-separated, e.g. groen, wonen</source>
        <translation>met komma's gescheiden, bijv. groen, wonen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="175" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="176" />
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="177" />
        <source>Area:</source>
        <translation>Gebied:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="178" />
        <source>Tags:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="184" />
        <source>A candidate needs a name.</source>
        <translation>Een kandidaat heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="203" />
        <source>Constraints of %1</source>
        <translation>Randvoorwaarden van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="210" />
        <source>This study has no must-pass constraints.</source>
        <translation>Deze studie heeft geen randvoorwaarden om te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="215" />
        <source>Passes</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="216" />
        <source>Fails</source>
        <translation>Voldoet niet</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="217" />
        <source>Overridden</source>
        <translation>Overruled</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="223" />
        <source>why (needed for an override)</source>
        <translation>waarom (nodig bij overrulen)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="227" />
        <source>Verdict:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="228" />
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="242" />
        <source>An override of '%1' needs a note that says why.</source>
        <translation>Bij overrulen van '%1' hoort een toelichting waarom.</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="70" />
        <source>Direct (sliders)</source>
        <translation>Direct (schuifjes)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="71" />
        <source>Divide 100 points</source>
        <translation>100 punten verdelen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="72" />
        <source>Swing weighting</source>
        <translation>Swingweging</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="73" />
        <source>Rank order</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="74" />
        <source>Pairwise (AHP)</source>
        <translation>Paarsgewijs (AHP)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="77" />
        <source>How to weigh the selected group</source>
        <translation>Hoe de gekozen groep gewogen wordt</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="78" />
        <source>Weigh group…</source>
        <translation>Groep wegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="79" />
        <source>Weigh the group of the selected node with this method</source>
        <translation>De groep van het gekozen onderdeel met deze methode wegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="89" />
        <location filename="../../desktop/panels/criteria_panel.py" line="155" />
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="89" />
        <source>Add a theme at the top level</source>
        <translation>Een thema toevoegen op het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="91" />
        <location filename="../../desktop/panels/criteria_panel.py" line="171" />
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="92" />
        <source>Add a criterion to the selected theme</source>
        <translation>Een criterium toevoegen aan het gekozen thema</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="96" />
        <source>Properties…</source>
        <translation>Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="97" />
        <source>Name, direction and scale of the selected criterion</source>
        <translation>Naam, richting en schaal van het gekozen criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="101" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="106" />
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="107" />
        <source>Move the selected node up (Alt+Up)</source>
        <translation>Het gekozen onderdeel omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="112" />
        <source>Move the selected node down (Alt+Down)</source>
        <translation>Het gekozen onderdeel omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="111" />
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="102" />
        <source>Delete the selected node and its scores (Del)</source>
        <translation>Het gekozen onderdeel en zijn scores verwijderen (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="122" />
        <source>Weigh by:</source>
        <translation>Wegen met:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="132" />
        <source>Untick a criterion to leave it out; double-click to rename.</source>
        <translation>Vink een criterium uit om het weg te laten; dubbelklik om te hernoemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/criteria_panel.py" line="151" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="129" />
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="129" />
        <source>Local</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="129" />
        <source>Global</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="133" />
        <source>Weight within its group (siblings sum to 100%)</source>
        <translation>Gewicht binnen de groep (samen 100%)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="134" />
        <source>Share of the whole ranking</source>
        <translation>Aandeel in de hele rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="186" />
        <source>Cost criterion</source>
        <translation>Lager is beter (kosten)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="186" />
        <source>Benefit</source>
        <translation>Hoger is beter (baat)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="188" />
        <source>Unit: %1</source>
        <translation>Eenheid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="190" />
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/criteria_model.py" line="192" />
        <source>Switched off: not part of the ranking</source>
        <translation>Uitgeschakeld: telt niet mee in de rangorde</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="81" />
        <source>Criterion properties</source>
        <translation>Eigenschappen van het criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="87" />
        <source>Higher is better (benefit)</source>
        <translation>Hoger is beter (baat)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="88" />
        <source>Lower is better (cost)</source>
        <translation>Lager is beter (kosten)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="91" />
        <source>Five-point scale (-- - 0 + ++)</source>
        <translation>Vijfpuntsschaal (-- - 0 + ++)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="92" />
        <source>Number with a unit</source>
        <translation>Getal met een eenheid</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="99" />
        <source>empty: the candidates' range</source>
        <translation>leeg: het bereik van de kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="101" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="102" />
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="103" />
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="104" />
        <source>Scale:</source>
        <translation>Schaal:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="105" />
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="106" />
        <source>Lowest:</source>
        <translation>Laagste:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="107" />
        <source>Highest:</source>
        <translation>Hoogste:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="108" />
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="133" />
        <source>Not on the five-point scale: the scores of %1. Change them first.</source>
        <translation>Niet op de vijfpuntsschaal: de scores van %1. Pas die eerst aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="140" />
        <source>The lowest and highest values must be numbers.</source>
        <translation>De laagste en hoogste waarde moeten getallen zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="142" />
        <source>The highest value must be above the lowest.</source>
        <translation>De hoogste waarde moet boven de laagste liggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/properties_dialogs.py" line="151" />
        <source>A criterion needs a name.</source>
        <translation>Een criterium heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>ElicitationDialog</name>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="48" />
        <source>Divide 100 points</source>
        <translation>100 punten verdelen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="49" />
        <source>Swing weighting</source>
        <translation>Swingweging</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="50" />
        <source>Rank order</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="51" />
        <source>Pairwise comparison (AHP)</source>
        <translation>Paarsgewijze vergelijking (AHP)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="54" />
        <source>Divide exactly 100 points over the criteria.</source>
        <translation>Verdeel precies 100 punten over de criteria.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="56" />
        <source>Give the swing from worst to best that matters most 100 points, the others points relative to it.</source>
        <translation>Geef de belangrijkste sprong van slechtst naar best 100 punten, de andere punten in verhouding daartoe.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="59" />
        <source>Rank by importance (1 = most important); ties are allowed.</source>
        <translation>Rangschik naar belang (1 = belangrijkst); gelijke rangen mogen.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="61" />
        <source>How much more important is the row than the column? 1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely; 1/3 etc. for the reverse.</source>
        <translation>Hoeveel belangrijker is de rij dan de kolom? 1 = even belangrijk, 3 = iets, 5 = duidelijk, 7 = veel, 9 = extreem; 1/3 enz. voor omgekeerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="92" />
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="93" />
        <source>Swing points</source>
        <translation>Swingpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="94" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="98" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="160" />
        <source>%1 of 100 points allocated</source>
        <translation>%1 van 100 punten verdeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="194" />
        <source>This judgement fits the others worst</source>
        <translation>Dit oordeel past het slechtst bij de andere</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="198" />
        <source>consistent enough</source>
        <translation>consistent genoeg</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="200" />
        <source>too inconsistent (above 0.10): review the highlighted judgement</source>
        <translation>te inconsistent (boven 0,10): bekijk het gemarkeerde oordeel</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="206" />
        <source>Consistency ratio %1: %2</source>
        <translation>Consistentieratio %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/elicitation_dialog.py" line="219" />
        <source>Judgement (%1, %2): type a number such as 3, 1/3 or 0,5</source>
        <translation>Oordeel (%1, %2): typ een getal zoals 3, 1/3 of 0,5</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../desktop/exports.py" line="38" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="41" />
        <source>Exported %1</source>
        <translation>Geëxporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="47" />
        <source>Excel export is not available in this version.</source>
        <translation>Exporteren naar Excel is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="50" />
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="50" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="63" />
        <source>The workbook could not be written.</source>
        <translation>De werkmap kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="69" />
        <source>Save picture</source>
        <translation>Afbeelding opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="69" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="78" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="75" />
        <source>The picture could not be written.</source>
        <translation>De afbeelding kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="83" />
        <source>The PDF report is not available in this version.</source>
        <translation>Het PDF-rapport is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="85" />
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="85" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/exports.py" line="91" />
        <source>The report could not be written.</source>
        <translation>Het rapport kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop/files.py" line="113" />
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="122" />
        <source>Recover unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="124" />
        <source>Weegwijzer was closed without saving your last changes. Recover them from the automatic backup?</source>
        <translation>Weegwijzer is afgesloten zonder uw laatste wijzigingen op te slaan. Herstellen uit de automatische reservekopie?</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="135" />
        <source>The automatic backup cannot be read.</source>
        <translation>De automatische reservekopie kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="138" />
        <source>Unsaved work recovered; save to keep it.</source>
        <translation>Niet-opgeslagen werk hersteld; sla op om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="148" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="149" />
        <source>The study has unsaved changes. Save them first?</source>
        <translation>De studie heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="163" />
        <source>Weegwijzer</source>
        <translation>Weegwijzer</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="175" />
        <source>Open study</source>
        <translation>Studie openen</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="177" />
        <source>Studies and workbooks (*.json *.xlsx *.csv);;All files (*)</source>
        <translation>Studies en werkmappen (*.json *.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="189" />
        <location filename="../../desktop/files.py" line="195" />
        <source>This file cannot be opened.</source>
        <translation>Dit bestand kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="192" />
        <source>Importing workbooks is not available in this version.</source>
        <translation>Werkmappen inlezen is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="214" />
        <source>Save study as</source>
        <translation>Studie opslaan als</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="216" />
        <source>Weegwijzer studies (*.json)</source>
        <translation>Weegwijzer-studies (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="224" />
        <source>The shipped example cannot be overwritten.</source>
        <translation>Het meegeleverde voorbeeld kan niet worden overschreven.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="233" />
        <source>The study could not be saved.</source>
        <translation>De studie kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/files.py" line="242" />
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="107" />
        <source>Criteria and weights</source>
        <translation>Criteria en gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172" />
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175" />
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="176" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177" />
        <source>&amp;Excel workbook…</source>
        <translation>&amp;Excel-werkmap…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="179" />
        <source>&amp;Picture of this view (PNG)…</source>
        <translation>&amp;Afbeelding van deze weergave (PNG)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184" />
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207" />
        <source>Full screen with larger text, for a projector</source>
        <translation>Volledig scherm met grotere tekst, voor een beamer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230" />
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195" />
        <source>New &amp;scenario from these weights…</source>
        <translation>Nieuw &amp;scenario met deze gewichten…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198" />
        <source>&amp;Rename this scenario…</source>
        <translation>Scenario &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201" />
        <source>&amp;Delete this scenario</source>
        <translation>Dit scenario &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239" />
        <source>&amp;Criteria panel</source>
        <translation>&amp;Criteriapaneel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="249" />
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="252" />
        <source>Weighted sum</source>
        <translation>Gewogen som</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="253" />
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="254" />
        <source>PROMETHEE II</source>
        <translation>PROMETHEE II</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="255" />
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259" />
        <source>How the weighted scores become a ranking</source>
        <translation>Hoe de gewogen scores een rangorde worden</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="263" />
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="265" />
        <source>The set of weights in use</source>
        <translation>De gebruikte set gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="307" />
        <source>New scenario</source>
        <translation>Nieuw scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="307" />
        <location filename="../../desktop/main_window.py" line="325" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325" />
        <source>Rename scenario</source>
        <translation>Scenario hernoemen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="343" />
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="351" />
        <source>no ranking</source>
        <translation>geen rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="352" />
        <source>No ranking: %1</source>
        <translation>Geen rangorde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="356" />
        <source>Ranked: %1</source>
        <translation>Gerangschikt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="358" />
        <source>left out: %1</source>
        <translation>buiten de rangorde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360" />
        <source>warnings: %1</source>
        <translation>waarschuwingen: %1</translation>
    </message>
</context>
<context>
    <name>RationalePanel</name>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="44" />
        <source>Why this score? (shown as tooltip)</source>
        <translation>Waarom deze score? (verschijnt als tooltip)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="46" />
        <source>Document, paragraph, page</source>
        <translation>Document, paragraaf, pagina</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="47" />
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="48" />
        <source>Store rationale and source (Ctrl+Enter)</source>
        <translation>Onderbouwing en bron bewaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="52" />
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="53" />
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="60" />
        <source>Rationale:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="86" />
        <source>Select a score to see its rationale.</source>
        <translation>Kies een score om de onderbouwing te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/rationale_panel.py" line="94" />
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location filename="../../desktop/panels/score_table.py" line="139" />
        <source>? (missing)</source>
        <translation>? (ontbreekt)</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="149" />
        <source>Add candidate</source>
        <translation>Kandidaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="64" />
        <source>Add a candidate below the current one</source>
        <translation>Een kandidaat toevoegen onder de huidige</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="64" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="66" />
        <source>Properties…</source>
        <translation>Eigenschappen…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="67" />
        <source>Name, description, area and tags of the current candidate</source>
        <translation>Naam, beschrijving, gebied en labels van de huidige kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="71" />
        <source>Constraints…</source>
        <translation>Randvoorwaarden…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="72" />
        <source>Does the current candidate meet the must-pass constraints?</source>
        <translation>Voldoet de huidige kandidaat aan de randvoorwaarden?</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="75" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="75" />
        <source>Remove the current candidate</source>
        <translation>De huidige kandidaat verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="76" />
        <source>Move the current candidate up (Alt+Up)</source>
        <translation>De huidige kandidaat omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="77" />
        <source>Move the current candidate down (Alt+Down)</source>
        <translation>De huidige kandidaat omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="95" />
        <source>Area:</source>
        <translation>Gebied:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="97" />
        <source>Tag:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="114" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="125" />
        <source>all areas</source>
        <translation>alle gebieden</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="126" />
        <source>all tags</source>
        <translation>alle labels</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/scores_panel.py" line="149" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="123" />
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="131" />
        <source>Higher is better</source>
        <translation>Hoger is beter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="131" />
        <source>Lower is better</source>
        <translation>Lager is beter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="134" />
        <source>Switched off: not part of the ranking</source>
        <translation>Uitgeschakeld: telt niet mee in de rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="165" />
        <source>Area: %1</source>
        <translation>Gebied: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="167" />
        <source>Tags: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="203" />
        <source>Fails: %1</source>
        <translation>Voldoet niet aan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="203" />
        <source>Overridden: %1</source>
        <translation>Overruled: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="215" />
        <source>Missing score</source>
        <translation>Ontbrekende score</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="219" />
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="220" />
        <source>No rationale yet</source>
        <translation>Nog geen onderbouwing</translation>
    </message>
</context>
<context>
    <name>WeightSliders</name>
    <message>
        <location filename="../../desktop/panels/weight_sliders.py" line="67" />
        <source>Weights of the themes</source>
        <translation>Gewichten van de thema's</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/weight_sliders.py" line="69" />
        <source>Weights within %1</source>
        <translation>Gewichten binnen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/weight_sliders.py" line="106" />
        <source>Lock</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/weight_sliders.py" line="107" />
        <source>Keep this weight when other sliders move</source>
        <translation>Dit gewicht vasthouden als andere schuifjes bewegen</translation>
    </message>
</context>
</TS>