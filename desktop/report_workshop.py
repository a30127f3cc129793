"""The workshop section of the PDF report (issue 8): how many took part, how their weights were
combined, the group ranking, the contested candidates and the spread of every criterion's
weight. Only for a study whose participants gave weights; anonymised (codes, no names) when
any participant is anonymous, like the Excel sheet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from projects.excel_participants import anonymised
from projects.workshop import GROUP_SCENARIO_ID, disagreement, weighing_participants

TOP_RANKS = 10  # the group ranking lists this many candidates


def _e(text: str) -> str:
    return escape(text, quote=False)


class WorkshopReport(QObject):
    """The section's texts (translated in the context "WorkshopReport")."""

    def html(self, study, method: str, lang: str, heading, table) -> str:
        """HTML of the section ("" without participants); ``heading`` and ``table`` are the
        report's own helpers, so the section looks like the rest."""
        people = weighing_participants(study)
        if not people:
            return ""
        group = next((s for s in study.scenarios if s.id == GROUP_SCENARIO_ID), None)
        scenario = group.id if group is not None else None
        try:
            found = disagreement(study, method, scenario, anonymous=anonymised(study), lang=lang)
        except ValueError as exc:  # WorkshopError, EvaluationError, McdaInputError
            return heading(self.tr("Workshop"), new_page=True) + f"<p>{_e(str(exc))}</p>"
        names = {c.id: c.name.get(lang) for c in study.candidates}
        lines = [
            (self.tr("Participants"), str(len(people))),
            (
                self.tr("Aggregation"),
                group.description.get(lang) if group else self.tr("no group scenario yet"),
            ),
            (
                self.tr("Contested candidates"),
                ", ".join(names[c] for c in found.contested) or self.tr("none"),
            ),
        ]
        facts = "<p>" + "<br>".join(f"{_e(k)}: <b>{_e(v)}</b>" for k, v in lines) + "</p>"
        order = sorted(range(len(found.candidate_ids)), key=lambda j: found.group_ranks[j])
        spread_of_ranks = found.rank_spread
        ranking = [
            [
                f'<td class="n">{found.group_ranks[j]}</td>',
                _e(names[found.candidate_ids[j]]),
                f'<td class="n">{spread_of_ranks.best[j]:.0f}–{spread_of_ranks.worst[j]:.0f}</td>',
            ]
            for j in order[:TOP_RANKS]
        ]
        ranking_table = table(
            [self.tr("Rank"), self.tr("Candidate"), self.tr("Ranks given")], ranking, name_column=1
        )
        spread = [
            [
                _e(study.criterion(s.criterion_id).name.get(lang)),
                *(
                    f'<td class="n">{100 * v:.1f} %</td>'
                    for v in (s.minimum, s.q1, s.median, s.q3, s.maximum)
                ),
            ]
            for s in found.spreads
        ]
        spread_table = table(
            [
                self.tr("Criterion"),
                self.tr("Lowest"),
                self.tr("Q1"),
                self.tr("Median"),
                self.tr("Q3"),
                self.tr("Highest"),
            ],
            spread,
        )
        return (
            heading(self.tr("Workshop"), new_page=True)
            + facts
            + heading(self.tr("Group ranking"), 3)
            + ranking_table
            + heading(self.tr("Spread of the weights over the participants"), 3)
            + spread_table
        )


def workshop_section(study, method: str, lang: str, heading, table) -> str:
    """The workshop section of the report ("" for a study without participants)."""
    return WorkshopReport().html(study, method, lang, heading, table)
