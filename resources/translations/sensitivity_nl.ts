<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AcceptabilityView</name>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="140" />
        <source>Acceptability</source>
        <translation>Rangacceptatie</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="144" />
        <source>Samples:</source>
        <translation>Steekproeven:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="145" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="146" />
        <source>Weights:</source>
        <translation>Gewichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="147" />
        <source>Spread around the weights:</source>
        <translation>Spreiding rond de gewichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="148" />
        <source>Chance a five-point score moves one step:</source>
        <translation>Kans dat een vijfpuntsscore één stap verschuift:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="149" />
        <source>Spread of numeric scores:</source>
        <translation>Spreiding van numerieke scores:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="173" />
        <source>Uniform (no preference)</source>
        <translation>Uniform (geen voorkeur)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="174" />
        <source>Around the current weights</source>
        <translation>Rond de huidige gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="175" />
        <source>Rank order of the weights</source>
        <translation>Volgorde van de gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="176" />
        <source>Spread of the participants</source>
        <translation>Spreiding van de deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="155" />
        <source>Where the sampled weights come from (SMAA, Lahdelma &amp; Salminen 2001)</source>
        <translation>Waar de getrokken gewichten vandaan komen (SMAA, Lahdelma &amp; Salminen 2001)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="157" />
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="158" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="161" />
        <source>Rank acceptability</source>
        <translation>Rangacceptatie</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="162" />
        <source>Stacked bars</source>
        <translation>Gestapelde balken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="163" />
        <source>Pairwise winning</source>
        <translation>Onderling winnen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="164" />
        <source>Central weights</source>
        <translation>Centrale gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="220" />
        <source>Running…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="249" />
        <source>Cancelled: the results cover the %1 samples done.</source>
        <translation>Geannuleerd: de resultaten gaan over de %1 getrokken steekproeven.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="253" />
        <source>%1 samples in %2 s.</source>
        <translation>%1 steekproeven in %2 s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="275" />
        <source>Share of samples (%) in which each candidate takes each rank</source>
        <translation>Aandeel van de steekproeven (%) waarin elke kandidaat elke rang krijgt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="277" />
        <source>Share of samples per rank (rank 1 darkest)</source>
        <translation>Aandeel van de steekproeven per rang (rang 1 het donkerst)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="281" />
        <source>Share of samples (%) in which the row's candidate ranks before the column's</source>
        <translation>Aandeel van de steekproeven (%) waarin de kandidaat van de rij vóór die van de kolom staat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/acceptability.py" line="290" />
        <source>Average weights (%) of the samples in which the candidate is first (empty: never first)</source>
        <translation>Gemiddelde gewichten (%) van de steekproeven waarin de kandidaat eerste is (leeg: nooit eerste)</translation>
    </message>
</context>
<context>
    <name>RobustnessVerdicts</name>
    <message>
        <location filename="../../desktop/views/robustness.py" line="53" />
        <source>Robustness (%1 samples, each weight ± %2 %):</source>
        <translation>Robuustheid (%1 steekproeven, elk gewicht ± %2 %):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/robustness.py" line="67" />
        <source>computing…</source>
        <translation>bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/robustness.py" line="90" />
        <source>Robustness: %1</source>
        <translation>Robuustheid: %1</translation>
    </message>
</context>
<context>
    <name>SensitivitySection</name>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="99" />
        <source>Rank acceptability: the share of %1 samples of the weights (each weight ± %2 % around the scenario's, seed %3) in which each candidate takes each rank; darker is more often.</source>
        <translation>Rangacceptatie: het aandeel van %1 steekproeven van de gewichten (elk gewicht ± %2 % rond die van het scenario, seed %3) waarin elke kandidaat elke rang krijgt; donkerder is vaker.</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="117" />
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="118" />
        <source>Robustness per candidate</source>
        <translation>Robuustheid per kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="125" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="125" />
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="125" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="134" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="149" />
        <source>Each weight may move within its interval (the others keeping their proportions) before the order of the first %1 changes.</source>
        <translation>Elk gewicht mag binnen zijn interval bewegen (de andere houden hun onderlinge verhouding) voordat de volgorde van de eerste %1 verandert.</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="153" />
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="154" />
        <source>Weight now</source>
        <translation>Gewicht nu</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="155" />
        <source>Stable from</source>
        <translation>Stabiel vanaf</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="156" />
        <source>Stable to</source>
        <translation>Stabiel tot</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="157" />
        <source>First place changes after</source>
        <translation>Eerste plaats wisselt na</translation>
    </message>
    <message>
        <location filename="../../desktop/report_sensitivity.py" line="159" />
        <source>Stability intervals</source>
        <translation>Stabiliteitsintervallen</translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <location filename="../../desktop/views/sensitivity_charts.py" line="115" />
        <source>%1: %2 overtakes %3</source>
        <translation>%1: %2 haalt %3 in</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../desktop/views/sweep.py" line="95" />
        <source>Sweep</source>
        <translation>Gewicht verschuiven</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="98" />
        <source>Weight of:</source>
        <translation>Gewicht van:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="99" />
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="100" />
        <source>Ranks</source>
        <translation>Rangen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="102" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="104" />
        <source>Top places that must hold:</source>
        <translation>Bovenste plaatsen die moeten blijven:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="105" />
        <source>The order of this many leading candidates must not change</source>
        <translation>De volgorde van zoveel koplopers mag niet veranderen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="109" />
        <source>Weight now</source>
        <translation>Gewicht nu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="110" />
        <source>Stable from</source>
        <translation>Stabiel vanaf</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="111" />
        <source>Stable to</source>
        <translation>Stabiel tot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="112" />
        <source>First place
changes after</source>
        <translation>Eerste plaats
wisselt na</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="113" />
        <source>Top order
changes after</source>
        <translation>Topvolgorde
wisselt na</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="221" />
        <source>Stability intervals of the top-%1 order (click a row to sweep it):</source>
        <translation>Stabiliteitsintervallen van de volgorde van de top %1 (klik een rij om die te variëren):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="227" />
        <source>Each criterion's weight may move within its interval (the others keeping their proportions) before the order of the first %1 changes; the last two columns: how far it may move either way.</source>
        <translation>Het gewicht van elk criterium mag binnen zijn interval bewegen (de andere houden hun onderlinge verhouding) voordat de volgorde van de eerste %1 verandert; de laatste twee kolommen: hoe ver het naar boven of beneden mag.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="133" />
        <location filename="../../desktop/views/sweep.py" line="203" />
        <source>Theme: </source>
        <translation>Thema: </translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="108" />
        <source>Theme / criterion</source>
        <translation>Thema / criterium</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="165" />
        <source>Weight of %1</source>
        <translation>Gewicht van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="166" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="166" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="175" />
        <source>Current weight %1; the top-%2 order holds from %3 to %4.</source>
        <translation>Huidig gewicht %1; de volgorde van de top %2 blijft van %3 tot %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="189" />
        <source>%1 reversals (●), nearest: %2</source>
        <translation>%1 omslagpunten (●), dichtstbij: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sweep.py" line="201" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>TornadoView</name>
    <message>
        <location filename="../../desktop/views/tornado.py" line="72" />
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="75" />
        <source>Candidate:</source>
        <translation>Kandidaat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="76" />
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="77" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="79" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="81" />
        <source>Weights:</source>
        <translation>Gewichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="82" />
        <source>Stability interval (top 3)</source>
        <translation>Stabiliteitsinterval (top 3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="84" />
        <source>Current ± 20 %</source>
        <translation>Huidig ± 20 %</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="86" />
        <source>low weight</source>
        <translation>laag gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="86" />
        <source>high weight</source>
        <translation>hoog gewicht</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="87" />
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="121" />
        <source>Score of %1</source>
        <translation>Score van %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tornado.py" line="121" />
        <source>Rank of %1</source>
        <translation>Rang van %1</translation>
    </message>
</context>
</TS>