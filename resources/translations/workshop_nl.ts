<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DisagreementView</name>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="174" />
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="177" />
        <source>Show participants by code</source>
        <translation>Deelnemers tonen met code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="178" />
        <source>Weight per criterion (a dot per participant)</source>
        <translation>Gewicht per criterium (een stip per deelnemer)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="179" />
        <source>Rank per participant</source>
        <translation>Rang per deelnemer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="180" />
        <source>Agreement between participants (Kendall's tau)</source>
        <translation>Overeenstemming tussen deelnemers (Kendalls tau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="192" />
        <source>No participant has given weights yet: add participants in the Workshop tab or collect their weights in a live session.</source>
        <translation>Nog geen deelnemer heeft gewichten gegeven: voeg deelnemers toe op het tabblad Werkatelier of verzamel hun gewichten in een live sessie.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="197" />
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="253" />
        <source>Contested: %1</source>
        <translation>Omstreden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="255" />
        <source>No candidate is contested: the participants rank alike.</source>
        <translation>Geen kandidaat is omstreden: de deelnemers rangschikken gelijk.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disagreement.py" line="250" />
        <source>Robustness of the group's first choice: %1</source>
        <translation>Robuustheid van de eerste keus van de groep: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="42" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="44" />
        <source>Anonymous (no name is stored)</source>
        <translation>Anoniem (er wordt geen naam bewaard)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="51" />
        <source>Weight of this participant in the group result</source>
        <translation>Gewicht van deze deelnemer in het groepsresultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="53" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="55" />
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="56" />
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="57" />
        <source>Voice:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="60" />
        <source>Theme / criterion</source>
        <translation>Thema / criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="60" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="73" />
        <source>Divide 100 points</source>
        <translation>100 punten verdelen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="74" />
        <source>Swing weighting</source>
        <translation>Swing-weging</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="75" />
        <source>Rank order</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="76" />
        <source>Pairwise (AHP)</source>
        <translation>Paarsgewijs (AHP)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="79" />
        <source>Weigh group…</source>
        <translation>Groep wegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="80" />
        <source>Weigh the group of the selected row with this method</source>
        <translation>De groep van de gekozen rij met deze methode wegen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="83" />
        <source>Weigh by:</source>
        <translation>Wegen met:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/participant_dialog.py" line="94" />
        <source>Weights count within each group (the themes, or one theme's criteria): only their proportions matter.</source>
        <translation>Gewichten tellen binnen elke groep (de thema's, of de criteria van één thema): alleen hun verhouding telt.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="64" />
        <source>Live workshop session</source>
        <translation>Live werkateliersessie</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="70" />
        <source>The network the phones are on; 127.0.0.1 is this computer only</source>
        <translation>Het netwerk waarop de telefoons zitten; 127.0.0.1 is alleen deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="73" />
        <source>Sliders</source>
        <translation>Schuifjes</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="74" />
        <source>100 points per group</source>
        <translation>100 punten per groep</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="75" />
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="76" />
        <source>No names or organisations are stored</source>
        <translation>Er worden geen namen of organisaties bewaard</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="77" />
        <source>Participants may score</source>
        <translation>Deelnemers mogen scoren</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="78" />
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="80" />
        <source>Close session</source>
        <translation>Sessie sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="82" />
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="87" />
        <source>Network:</source>
        <translation>Netwerk:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="88" />
        <source>Form:</source>
        <translation>Formulier:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="145" />
        <source>The session could not start: %1</source>
        <translation>De sessie kon niet starten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="171" />
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="173" />
        <source>%1  %2 (corrected)</source>
        <translation>%1  %2 (verbeterd)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="173" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="200" />
        <source>Scan the code, or open this address:</source>
        <translation>Scan de code, of open dit adres:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="202" />
        <source>and enter the session code</source>
        <translation>en vul de sessiecode in</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="207" />
        <source>Choose the network and the form, then start the session.</source>
        <translation>Kies het netwerk en het formulier en start dan de sessie.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="209" />
        <source>The session is closed.</source>
        <translation>De sessie is gesloten.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/workshop_session.py" line="216" />
        <source>Answers received: %1</source>
        <translation>Antwoorden ontvangen: %1</translation>
    </message>
</context>
<context>
    <name>TauHeatmap</name>
    <message>
        <location filename="../../desktop/views/tau_heatmap.py" line="44" />
        <source>Kendall's tau between participants' rankings (1 = same order)</source>
        <translation>Kendalls tau tussen de rangordes van de deelnemers (1 = dezelfde volgorde)</translation>
    </message>
</context>
<context>
    <name>WeightStrip</name>
    <message>
        <location filename="../../desktop/views/weight_strip.py" line="45" />
        <source>Weight (%)</source>
        <translation>Gewicht (%)</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <location filename="../../desktop/report_workshop.py" line="36" />
        <location filename="../../desktop/report_workshop.py" line="85" />
        <source>Workshop</source>
        <translation>Werkatelier</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="39" />
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="41" />
        <source>Aggregation</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="42" />
        <source>no group scenario yet</source>
        <translation>nog geen groepsscenario</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="45" />
        <source>Contested candidates</source>
        <translation>Omstreden kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="46" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="61" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="61" />
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="61" />
        <source>Ranks given</source>
        <translation>Gegeven rangen</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="75" />
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="76" />
        <source>Lowest</source>
        <translation>Laagste</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="77" />
        <source>Q1</source>
        <translation>K1</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="78" />
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="79" />
        <source>Q3</source>
        <translation>K3</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="80" />
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="87" />
        <source>Group ranking</source>
        <translation>Rangorde van de groep</translation>
    </message>
    <message>
        <location filename="../../desktop/report_workshop.py" line="89" />
        <source>Spread of the weights over the participants</source>
        <translation>Spreiding van de gewichten over de deelnemers</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../desktop/views/workshop.py" line="103" />
        <source>Workshop</source>
        <translation>Werkatelier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="109" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="110" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="111" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="112" />
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="113" />
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="116" />
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="117" />
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="118" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="119" />
        <source>Live session (phones)…</source>
        <translation>Live sessie (telefoons)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="121" />
        <source>Participants weigh on their phones through a form on the local network</source>
        <translation>Deelnemers wegen op hun telefoon via een formulier op het lokale netwerk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="123" />
        <source>Group scenario</source>
        <translation>Groepsscenario</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="124" />
        <source>Combine by:</source>
        <translation>Combineren met:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="125" />
        <source>Voices:</source>
        <translation>Stemmen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="132" />
        <source>Make group scenario</source>
        <translation>Groepsscenario maken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="134" />
        <source>Combine the participants' weights into the scenario 'Groep' and use it</source>
        <translation>De gewichten van de deelnemers combineren tot het scenario 'Groep' en dat gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="150" />
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="150" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="159" />
        <source>%1 participants, %2 with weights</source>
        <translation>%1 deelnemers, %2 met gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="169" />
        <source>Scenario '%1': %2</source>
        <translation>Scenario '%1': %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workshop.py" line="173" />
        <source>No group scenario yet.</source>
        <translation>Nog geen groepsscenario.</translation>
    </message>
</context>
</TS>
