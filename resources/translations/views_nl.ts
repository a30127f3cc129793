<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgreementStrip</name>
    <message>
        <location filename="../../desktop/views/agreement.py" line="43"/>
        <source>Rank of each candidate under every method</source>
        <translation>Rang van elke kandidaat bij elke methode</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/views/compare.py" line="122"/>
        <source>Compare scenarios</source>
        <translation>Scenario&apos;s vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/compare.py" line="125"/>
        <source>Scenarios to compare:</source>
        <translation>Te vergelijken scenario&apos;s:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/compare.py" line="150"/>
        <source>Tick at least two scenarios.</source>
        <translation>Vink minstens twee scenario&apos;s aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/compare.py" line="152"/>
        <source>Blue: higher in the last column than in the first; orange: lower.</source>
        <translation>Blauw: hoger in de laatste kolom dan in de eerste; oranje: lager.</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <location filename="../../desktop/views/common.py" line="23"/>
        <source>Weighted sum</source>
        <translation>Gewogen som</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="24"/>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="25"/>
        <source>PROMETHEE II</source>
        <translation>PROMETHEE II</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="26"/>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
</context>
<context>
    <name>RadarView</name>
    <message>
        <location filename="../../desktop/views/radar.py" line="161"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/radar.py" line="164"/>
        <source>Candidates to compare:</source>
        <translation>Te vergelijken kandidaten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/radar.py" line="167"/>
        <source>Weighted mean value per theme (per criterion when there are fewer than three themes): 0 is the worst end of each criterion&apos;s scale, 1 the best.</source>
        <translation>Gewogen gemiddelde waarde per thema (per criterium bij minder dan drie thema&apos;s): 0 is het slechtste eind van de schaal van elk criterium, 1 het beste.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="101"/>
        <source>Contribution to the score (◆ score)</source>
        <translation>Bijdrage aan de score (◆ score)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="181"/>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="186"/>
        <source>Parts:</source>
        <translation>Onderdelen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="203"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="209"/>
        <source>Positive flow φ+</source>
        <translation>Positieve stroom φ+</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="210"/>
        <source>Negative flow φ−</source>
        <translation>Negatieve stroom φ−</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="211"/>
        <source>S (group utility, lower is better)</source>
        <translation>S (groepsnut, lager is beter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="212"/>
        <source>R (largest regret, lower is better)</source>
        <translation>R (grootste spijt, lager is beter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="213"/>
        <source>Q (compromise, lower is better)</source>
        <translation>Q (compromis, lager is beter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="214"/>
        <source>Distance to the ideal</source>
        <translation>Afstand tot het ideaal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking_chart.py" line="215"/>
        <source>Distance to the anti-ideal</source>
        <translation>Afstand tot het anti-ideaal</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../desktop/views/ranking.py" line="94"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="97"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="98"/>
        <source>Bars by:</source>
        <translation>Balken per:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="103"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="105"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="107"/>
        <source>Hover a bar for the method&apos;s own figures</source>
        <translation>Wijs een balk aan voor de kengetallen van de methode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="108"/>
        <source>Rank per method</source>
        <translation>Rang per methode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="124"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ranking.py" line="158"/>
        <source>Not ranked:</source>
        <translation>Niet gerangschikt:</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../desktop/report.py" line="99"/>
        <source>Indicative</source>
        <translation>Indicatief</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="103"/>
        <source>this report supports a discussion; it does not replace the decision. Scores and weights are the judgements of the people who made them.</source>
        <translation>dit rapport ondersteunt een gesprek; het vervangt het besluit niet. Scores en gewichten zijn de oordelen van de mensen die ze gaven.</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="113"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="114"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="115"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="139"/>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="139"/>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="151"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="152"/>
        <source>Theme / criterion</source>
        <translation>Thema / criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="153"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="154"/>
        <source>Local weight</source>
        <translation>Lokaal gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="155"/>
        <source>Global weight</source>
        <translation>Totaal gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="158"/>
        <source>Criteria and weights</source>
        <translation>Criteria en gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="177"/>
        <location filename="../../desktop/report.py" line="207"/>
        <location filename="../../desktop/report.py" line="244"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="180"/>
        <source>? = missing score</source>
        <translation>? = ontbrekende score</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="182"/>
        <source>Columns: the criteria by their number above. </source>
        <translation>Kolommen: de criteria met hun nummer hierboven. </translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="184"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="207"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="207"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="215"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="218"/>
        <source>Not ranked</source>
        <translation>Niet gerangschikt</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="220"/>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="245"/>
        <source>Rank of every candidate in each scenario (method: %1).</source>
        <translation>Rang van elke kandidaat in elk scenario (methode: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/report.py" line="249"/>
        <source>Scenarios compared</source>
        <translation>Scenario&apos;s vergeleken</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <location filename="../../desktop/views/whatif.py" line="178"/>
        <source>What if</source>
        <translation>Wat als</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="183"/>
        <source>Drag the weights to see how the ranking changes (▲▼: places moved). This does not change the study until you save it as a scenario.</source>
        <translation>Versleep de gewichten en zie hoe de rangorde verandert (▲▼: plaatsen verschoven). De studie verandert pas als u dit als scenario opslaat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="187"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="188"/>
        <source>Back to the weights of the active scenario</source>
        <translation>Terug naar de gewichten van het actieve scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="189"/>
        <source>Save as scenario…</source>
        <translation>Opslaan als scenario…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="191"/>
        <source>Show the criteria of this theme</source>
        <translation>Toon de criteria van dit thema</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="249"/>
        <source>Save as scenario</source>
        <translation>Opslaan als scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/views/whatif.py" line="249"/>
        <source>Name of the new scenario:</source>
        <translation>Naam van het nieuwe scenario:</translation>
    </message>
</context>
<context>
    <name>ViewGroup</name>
    <message>
        <location filename="../../desktop/views/groups.py" line="36"/>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups.py" line="37"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups.py" line="38"/>
        <source>Workshop</source>
        <translation>Werkatelier</translation>
    </message>
</context>
</TS>
