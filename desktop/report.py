"""The PDF report a workshop result goes into a council memo with (issue 6).

Cover with the study's title and its indicative disclaimer, the criteria and weights of the
active scenario, the scores, the ranking with its contributions (the ranking chart embedded
as an image) and every scenario's ranking side by side. Laid out as HTML in a
``QTextDocument`` and printed with ``QPdfWriter`` (A4), so no extra dependency is needed.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from criteria.tree import Criterion
from desktop.report_sensitivity import PAGE_WIDTH, SensitivitySection
from desktop.report_workshop import workshop_section
from desktop.views.common import method_labels
from desktop.views.portfolio_figure import portfolio_figure, report_texts
from desktop.views.portfolio_session import PortfolioSession
from desktop.views.ranking_chart import RankingChart, ranked_themes
from projects.evaluation import Ranking
from projects.portfolio import table_order

CHART_URL = QUrl("weegwijzer:ranking.png")
NAMED_SCORE_COLUMNS = 6  # more criteria than this: score columns headed by number
CHART_WIDTH_PX = 960  # drawn 640 points wide: chart labels stay readable on paper
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 22pt; }
h2 { font-size: 14pt; margin-top: 12px; }
table { border-collapse: collapse; }
th { background: #e8e8e8; text-align: left; }
td.n { text-align: right; }
td.missing { background: #d9d9d9; }
.disclaimer { border: 1px solid #b35806; padding: 6px; background: #fdf2e6; }
.small { font-size: 7pt; }
"""


def _e(text: str) -> str:
    return escape(text, quote=False)


def _heading(text: str, level: int = 2, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h{level}{style}>{_e(text)}</h{level}>"


def _table(
    header: list[str], rows: list[list[str]], css_class: str = "", name_column: int = 0
) -> str:
    """An HTML table over the page's width; cells are given as HTML (``<td ...>`` included
    where styled); the ``name_column`` (candidate or criterion names) gets a third of it."""
    widths = [' width="33%"' if k == name_column else "" for k in range(len(header))]
    head = "".join(f"<th{w}>{_e(h)}</th>" for h, w in zip(header, widths, strict=True))
    body = "".join(
        "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table class="{css_class}" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


class ReportWriter(QObject):
    """Builds the report of a ``StudyState`` (its study, scenario, method and language)."""

    def __init__(self, state) -> None:
        super().__init__()
        self.state = state
        self.lang = state.lang
        self.study = state.study
        self.names = {c.id: c.name.get(self.lang) for c in self.study.candidates}
        self.legend = ""
        try:  # ranked now: the state's own ranking may wait for its debounce timer
            self.ranking: Ranking | None = state.evaluate()
        except ValueError:  # EvaluationError, or the engine's McdaInputError
            self.ranking = None
        self.sensitivity = SensitivitySection(state, self.ranking)

    def html(self) -> str:
        ranking = self.ranking
        parts = [
            self._cover(),
            self._criteria(),
            self._scores(),
            self._ranking(ranking) if ranking is not None else "",
            self._scenarios(),
            workshop_section(self.study, self.state.method, self.lang, _heading, _table),
            self._portfolio(),
            self.sensitivity.html(),
        ]
        return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"

    def _cover(self) -> str:
        s, lang = self.study, self.lang
        scenario = s.scenario().name.get(lang)
        method = method_labels()[self.state.method]
        lines = [
            f"<h1>{_e(s.title.get(lang))}</h1>",
            f"<p>{_e(s.description.get(lang))}</p>" if s.description else "",
            '<p class="disclaimer"><b>'
            + _e(self.tr("Indicative"))
            + "</b>: "
            + _e(
                self.tr(
                    "this report supports a discussion; it does not replace the decision. "
                    "Scores and weights are the judgements of the people who made them."
                )
            )
            + (f"<br>{_e(s.disclaimer.get(lang))}" if s.disclaimer else "")
            + "</p>",
            "<p>"
            + "<br>".join(
                f"{_e(label)}: <b>{_e(value)}</b>"
                for label, value in (
                    (self.tr("Scenario"), scenario),
                    (self.tr("Method"), method),
                    (self.tr("Date"), date.today().isoformat()),
                )
            )
            + "</p>",
        ]
        return "".join(lines)

    def _criteria(self) -> str:
        tree, lang = self.study.criteria, self.lang
        local = self.study.scenario().weights
        global_w = self.study.global_weights()
        numbers = self._criterion_numbers()
        rows = []
        for node, path in tree.walk():
            siblings = [n for n in tree.siblings(node.id) if n.enabled]
            total = sum(max(0.0, float(local.get(n.id, 1.0))) for n in siblings)
            weight = max(0.0, float(local.get(node.id, 1.0)))
            share = weight / total if node.enabled and total > 0 else 0.0
            name = "&nbsp;" * 4 * len(path) + _e(node.name.get(lang))
            if not isinstance(node, Criterion):
                name = f"<b>{name}</b>"
                direction = ""
            else:
                direction = (
                    self.tr("higher is better") if node.benefit else self.tr("lower is better")
                )
            rows.append(
                [
                    f'<td class="n">{numbers.get(node.id, "")}</td>',
                    name,
                    _e(direction),
                    f'<td class="n">{100 * share:.1f} %</td>',
                    f'<td class="n">{100 * global_w.get(node.id, 0.0):.1f} %</td>',
                ]
            )
        header = [
            self.tr("No."),
            self.tr("Theme / criterion"),
            self.tr("Direction"),
            self.tr("Local weight"),
            self.tr("Global weight"),
        ]
        table = _table(header, rows, name_column=1)
        return _heading(self.tr("Criteria and weights"), new_page=True) + table

    def _criterion_numbers(self) -> dict[str, int]:
        """The active criteria numbered 1, 2, … in tree order (score columns refer to them)."""
        return {c.id: k for k, c in enumerate(self.study.criteria.active_criteria(), start=1)}

    def _scores(self) -> str:
        criteria = self.study.criteria.active_criteria()
        rows = []
        for cand in self.study.candidates:
            row = [_e(self.names[cand.id])]
            for crit in criteria:
                score = self.study.score(cand.id, crit.id)
                if score.missing:
                    row.append('<td class="missing">?</td>')
                else:
                    row.append(f'<td class="n">{_e(crit.scale.format(score.value))}</td>')
            rows.append(row)
        numbered = len(criteria) > NAMED_SCORE_COLUMNS
        header = [self.tr("Candidate")] + [
            str(k) if numbered else c.name.get(self.lang) for k, c in enumerate(criteria, 1)
        ]
        note = self.tr("? = missing score")
        if numbered:
            note = self.tr("Columns: the criteria by their number above. ") + note
        return (
            _heading(self.tr("Scores"))
            + _table(header, rows, "small")
            + f'<p class="small">{_e(note)}</p>'
        )

    def _ranking(self, ranking: Ranking) -> str:
        columns = ranked_themes(self.study, ranking)
        themes = [
            self.study.criteria.find(ranking.theme_ids[k]).name.get(self.lang) for k in columns
        ]
        rows = []
        for i in ranking.order():
            rows.append(
                [
                    f'<td class="n">{ranking.ranks[i]}</td>',
                    _e(self.names[ranking.candidate_ids[i]]),
                    f'<td class="n">{ranking.scores[i]:.3f}</td>',
                    *(
                        f'<td class="n">{ranking.theme_contributions[i, k]:+.3f}</td>'
                        for k in columns
                    ),
                ]
            )
        header = [self.tr("Rank"), self.tr("Candidate"), self.tr("Score"), *themes]
        excluded = "".join(
            f"<li><b>{_e(self.names.get(e.candidate_id, e.candidate_id))}</b>: "
            f"{_e(e.text(self.lang))}</li>"
            for e in ranking.excluded
        )
        warnings = "".join(f"<li>{_e(w)}</li>" for w in ranking.warnings)
        return (
            _heading(self.tr("Ranking"), new_page=True)
            + f'<p><img src="{CHART_URL.toString()}" width="{PAGE_WIDTH}"><br>{self.legend}</p>'
            + _table(header, rows, name_column=1)
            + (_heading(self.tr("Not ranked"), 3) + f"<ul>{excluded}</ul>" if excluded else "")
            + (
                _heading(self.tr("Points of attention"), 3) + f"<ul>{warnings}</ul>"
                if warnings
                else ""
            )
        )

    def _scenarios(self) -> str:
        columns = []
        for scenario in self.study.scenarios:
            try:
                columns.append((scenario, self.state.evaluate(None, scenario.id)))
            except ValueError:  # EvaluationError, or the engine's McdaInputError
                continue
        if not columns:
            return ""
        ids = list(dict.fromkeys(c for _, r in columns for c in r.candidate_ids))
        active = self.ranking
        if active is not None:  # best first in the active scenario
            ids.sort(key=lambda c: active.rank_of(c) or len(ids) + 1)
        rows = [
            [_e(self.names[cid])]
            + [f'<td class="n">{r.rank_of(cid) or "–"}</td>' for _, r in columns]
            for cid in ids
        ]
        header = [self.tr("Candidate")] + [s.name.get(self.lang) for s, _ in columns]
        intro = self.tr("Rank of every candidate in each scenario (method: %1).").replace(
            "%1", method_labels()[self.state.method]
        )
        return (
            _heading(self.tr("Scenarios compared"), new_page=True)
            + f"<p>{_e(intro)}</p>"
            + _table(header, rows)
        )

    def _portfolio(self) -> str:
        """The optimal portfolio for the budget in view (issue 9): charts and the selection."""
        session = PortfolioSession.of(self.state)
        result = session.result()
        if result is None or not session.data().candidate_ids:
            return ""
        figure = portfolio_figure(self.state)
        texts = report_texts()
        rows = [
            [
                "\u2714" if c.selected else "",
                _e(self.names[c.candidate_id]),
                f'<td class="n">{"" if c.value is None else f"{c.value:+.3f}"}</td>',
                f'<td class="n">{"" if c.cost is None else f"{c.cost:g}"}</td>',
                _e(c.text(self.lang)),
            ]
            for c in table_order(result)
        ]
        intro = (
            texts["intro"]
            .replace("%1", f"{result.budget:g}")
            .replace("%2", str(len(result.selected)))
            .replace("%3", f"{result.total_cost:g}")
            .replace("%4", f"{result.total_value:.3f}")
        )
        unit = self.study.settings.cost_unit.get(self.lang)
        costs = f'<p class="small">{_e(texts["costs"].replace("%1", unit))}</p>' if unit else ""
        return (
            _heading(texts["heading"], new_page=True)
            + f"<p>{_e(intro)}</p>{costs}"
            + (f'<p><img src="{figure}" width="{PAGE_WIDTH}"></p>' if figure else "")
            + _table(texts["header"], rows, "small", name_column=1)
        )

    def chart_image(self):
        """The ranking chart as an image (None without a ranking); sets ``legend``."""
        ranking = self.ranking
        if ranking is None:
            return None
        chart = RankingChart()
        chart.resize(CHART_WIDTH_PX, 110 + 18 * max(len(ranking.candidate_ids), 1))
        chart.set_ranking(ranking, self.study, self.lang, "theme")
        self.legend = chart.legend_html()
        image = chart.grab().toImage()
        chart.deleteLater()
        return image


def write_report(state, path: str | Path) -> None:
    """Write the PDF report of ``state`` (study, active scenario, chosen method) to ``path``."""
    writer_ = ReportWriter(state)
    document = QTextDocument()
    document.setDefaultFont(QFont(document.defaultFont().family(), 9))
    image = writer_.chart_image()
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, image)
    writer_.sensitivity.add_images(document)
    document.setHtml(writer_.html())
    pdf = QPdfWriter(str(path))
    pdf.setTitle(state.study.title.get(state.lang))
    pdf.setCreator("Weegwijzer")
    pdf.setResolution(96)  # lay out in screen pixels, so the 9 pt text fills the page width
    pdf.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(pdf)
