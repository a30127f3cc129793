<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>PortfolioReport</name>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="53" />
        <source>Portfolio within the budget</source>
        <translation>Portefeuille binnen het budget</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="54" />
        <source>Budget %1: %2 candidates funded, cost %3, value added %4.</source>
        <translation>Budget %1: %2 kandidaten gefinancierd, kosten %3, toegevoegde waarde %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="57" />
        <source>Costs: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="59" />
        <source>Funded</source>
        <translation>Gefinancierd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="60" />
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="61" />
        <source>Value added</source>
        <translation>Toegevoegde waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="62" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_figure.py" line="63" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>AcceptabilityChart</name>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="93" />
        <source>Share of samples in the optimal portfolio (★ funded now)</source>
        <translation>Aandeel van de trekkingen in de optimale portefeuille (★ nu gefinancierd)</translation>
    </message>
</context>
<context>
    <name>AcceptabilityView</name>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="167" />
        <source>Portfolio robustness</source>
        <translation>Robuustheid portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="170" />
        <source>Weights:</source>
        <translation>Gewichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="171" />
        <source>around the scenario (±30 %)</source>
        <translation>rond het scenario (±30 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="173" />
        <source>any weights (uniform)</source>
        <translation>alle gewichten (uniform)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="175" />
        <source>Compute (10,000 samples)</source>
        <translation>Bereken (10.000 trekkingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="176" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="179" />
        <source>safe choice (≥ 90 %)</source>
        <translation>veilige keuze (≥ 90 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="181" />
        <source>depends on the weights</source>
        <translation>hangt af van de gewichten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="183" />
        <source>safe rejection (≤ 10 %)</source>
        <translation>veilig afgewezen (≤ 10 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="195" />
        <source>No candidate can be funded: give the candidates a cost.</source>
        <translation>Geen enkele kandidaat kan gefinancierd worden: geef de kandidaten kosten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="217" />
        <source>Sampling weights…</source>
        <translation>Gewichten trekken…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="234" />
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_acceptability.py" line="256" />
        <source>%1 samples with a feasible portfolio, budget %2</source>
        <translation>%1 trekkingen met een haalbare portefeuille, budget %2</translation>
    </message>
</context>
<context>
    <name>CandidateChart</name>
    <message>
        <location filename="../../desktop/views/portfolio_charts.py" line="136" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_charts.py" line="137" />
        <source>Value added</source>
        <translation>Toegevoegde waarde</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <location filename="../../desktop/views/portfolio_charts.py" line="75" />
        <source>Total cost (budget line: drag it)</source>
        <translation>Totale kosten (budgetlijn: versleep hem)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_charts.py" line="76" />
        <source>Total value added</source>
        <translation>Totale toegevoegde waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_charts.py" line="99" />
        <location filename="../../desktop/views/portfolio_charts.py" line="103" />
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
</context>
<context>
    <name>PortfolioMarks</name>
    <message>
        <location filename="../../desktop/views/portfolio_marks.py" line="45" />
        <source>in the portfolio for budget %1 (%2)</source>
        <translation>in de portefeuille bij budget %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../desktop/views/portfolio_table.py" line="42" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_table.py" line="43" />
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_table.py" line="44" />
        <source>Value added</source>
        <translation>Toegevoegde waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_table.py" line="45" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_table.py" line="46" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="92" />
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="95" />
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="96" />
        <source>Remember budget</source>
        <translation>Budget onthouden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="98" />
        <source>Store this budget in the study (saved with it; undo with Ctrl+Z)</source>
        <translation>Dit budget in de studie vastleggen (wordt mee opgeslagen; ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="100" />
        <source>Groups and dependencies…</source>
        <translation>Groepen en afhankelijkheden…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="127" />
        <source>Costs: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="134" />
        <source>No candidate can be funded: give the candidates a cost (Edit candidate).</source>
        <translation>Geen enkele kandidaat kan gefinancierd worden: geef de kandidaten kosten (Kandidaat wijzigen).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="160" />
        <source>value added %1, cost %2</source>
        <translation>toegevoegde waarde %1, kosten %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio.py" line="169" />
        <source>%1 of %2 funded: cost %3, value added %4</source>
        <translation>%1 van %2 gefinancierd: kosten %3, toegevoegde waarde %4</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="58" />
        <source>Groups and dependencies</source>
        <translation>Groepen en afhankelijkheden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="60" />
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="62" />
        <source>Name of the new group</source>
        <translation>Naam van de nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="64" />
        <source>At most one of these (exclusive options)</source>
        <translation>Hooguit één hiervan (elkaar uitsluitende opties)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="65" />
        <source>At least one of these</source>
        <translation>Minstens één hiervan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="67" />
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="69" />
        <source>Remove dependency</source>
        <translation>Afhankelijkheid verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="72" />
        <source>Add dependency</source>
        <translation>Afhankelijkheid toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="81" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="86" />
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="87" />
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="88" />
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="91" />
        <source>Dependencies</source>
        <translation>Afhankelijkheden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="97" />
        <source>requires</source>
        <translation>vereist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="124" />
        <source>at most one</source>
        <translation>hooguit één</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="124" />
        <source>at least one</source>
        <translation>minstens één</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="133" />
        <source>%1 requires %2</source>
        <translation>%1 vereist %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_rules.py" line="164" />
        <source>Give the group a name and tick its members.</source>
        <translation>Geef de groep een naam en vink de leden aan.</translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="66" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="67" />
        <source>Best total value added</source>
        <translation>Hoogste totale toegevoegde waarde</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="119" />
        <source>Budget sweep</source>
        <translation>Budgetverloop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="124" />
        <source>The most valuable portfolio for every budget from 0 to the total cost; a triangle marks a budget at which the selection changes.</source>
        <translation>De waardevolste portefeuille voor elk budget van 0 tot de totale kosten; een driehoek markeert een budget waarbij de keuze verandert.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="165" />
        <source>Solving budgets: %1 of %2</source>
        <translation>Budgetten doorrekenen: %1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="190" />
        <source>Where the selection changes</source>
        <translation>Waar de keuze verandert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/portfolio_sweep.py" line="196" />
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
</context>
</TS>