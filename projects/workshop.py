"""Workshop mode at study level: participants' weights become the group scenario "Groep",
each participant's ranking is computed, and the disagreement is summarised.

Participants give local weights per sibling group, like a scenario (a missing weight counts as
1, see ``CriteriaTree.global_weights``). The group's local weights are aggregated per sibling
group from each participant's normalised local weights (``mcda.group.aggregate_weights``), the
hierarchical form of AIP (Forman & Peniwati (1998), EJOR 108, 165-169); the result is a normal
scenario, so ranking, sensitivity and export work on it unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np

import mcda
from criteria.text import Text
from criteria.tree import CriteriaTree, Theme
from mcda.group import (
    Clusters,
    Mean,
    RankSpread,
    aggregate_weights,
    cluster_participants,
    kendall_tau_matrix,
    rank_spread,
    spearman_matrix,
)
from projects.commands import PutScenario, SetParticipant
from projects.evaluation import Ranking, evaluate
from projects.messages import message
from projects.study import Participant, Scenario, Study

GROUP_SCENARIO_ID = "groep"
VoiceRule = Literal["equal", "organisation", "voice"]
VOICE_RULES: tuple[VoiceRule, ...] = ("equal", "organisation", "voice")


class WorkshopError(ValueError):
    """A workshop result that cannot be computed; the message says why."""


# --- participants ----------------------------------------------------------------------------
def weighing_participants(study: Study) -> tuple[Participant, ...]:
    """Participants whose weights give at least one active criterion a positive weight."""
    active = [c.id for c in study.criteria.active_criteria()]
    out = []
    for p in study.participants:
        if p.weights:
            g = study.criteria.global_weights(p.weights)
            if sum(g.get(c, 0.0) for c in active) > 0:
                out.append(p)
    return tuple(out)


def participant_label(study: Study, participant: Participant, anonymous: bool = False) -> str:
    """The name to show: the name, or the code "D<n>" (n: position in the study) when the
    participant or the whole session is anonymous or gave no name."""
    if participant.name and not (anonymous or participant.anonymous):
        return participant.name
    return f"D{[p.id for p in study.participants].index(participant.id) + 1}"


def voices(participants: Sequence[Participant], rule: VoiceRule = "equal") -> np.ndarray:
    """Participant weights: ``equal``; ``organisation`` (every organisation one equal voice,
    shared by its members; no organisation counts as one's own); ``voice`` (each
    participant's ``voice`` field)."""
    if rule == "equal":
        return np.ones(len(participants))
    if rule == "voice":
        return np.array([p.voice for p in participants], dtype=float)
    if rule == "organisation":
        orgs = [p.organisation.strip().casefold() or f"\0{p.id}" for p in participants]
        return np.array([1.0 / orgs.count(o) for o in orgs])
    raise WorkshopError(f"voice rule {rule!r}: choose from {', '.join(VOICE_RULES)}")


# --- the group scenario ----------------------------------------------------------------------
def _sibling_groups(tree: CriteriaTree) -> list[tuple[str, ...]]:
    groups = [tuple(n.id for n in tree.roots)]
    groups += [tuple(c.id for c in n.children) for n in tree.nodes() if isinstance(n, Theme)]
    return [g for g in groups if g]


def group_weights(
    study: Study, mean: Mean = "arithmetic", rule: VoiceRule = "equal"
) -> dict[str, float]:
    """The group's local weights of every node (each sibling group sums to 1).

    In each sibling group only participants who give it some weight take part (someone who
    gives a theme's criteria all 0 has no view on their balance); a group nobody weighs keeps
    equal weights.
    """
    people = weighing_participants(study)
    if not people:
        raise WorkshopError(message("workshop.no_participants", "en"))
    v = voices(people, rule)
    out: dict[str, float] = {}
    for ids in _sibling_groups(study.criteria):
        rows = np.array([[max(0.0, p.weights.get(i, 1.0)) for i in ids] for p in people])
        keep = rows.sum(axis=1) > 0
        if not keep.any() or v[keep].sum() <= 0:
            out.update(dict.fromkeys(ids, 1.0 / len(ids)))
            continue
        try:
            g = aggregate_weights(rows[keep], mean, v[keep])
        except ValueError as exc:
            raise WorkshopError(f"{', '.join(ids)}: {exc}") from None
        out.update(zip(ids, (float(x) for x in g), strict=True))
    return out


def group_scenario(study: Study, mean: Mean = "arithmetic", rule: VoiceRule = "equal") -> Scenario:
    """The scenario "Groep"/"Group" with the aggregated weights and how they were made."""
    count = len(weighing_participants(study))
    weights = group_weights(study, mean, rule)

    def describe(lang: str) -> str:
        return message(
            "workshop.group_description",
            lang,
            mean=message(f"workshop.mean.{mean}", lang),
            count=count,
            voice=message(f"workshop.voice.{rule}", lang),
        )

    return Scenario(
        GROUP_SCENARIO_ID,
        Text("Groep", "Group"),
        Text(describe("nl"), describe("en")),
        weights,
    )


def update_group(
    study: Study, mean: Mean = "arithmetic", rule: VoiceRule = "equal", activate: bool = True
) -> PutScenario:
    """The command that adds or refreshes the group scenario (push it on the undo stack)."""
    return PutScenario(scenario=group_scenario(study, mean, rule), activate=activate)


# --- submissions (web form, Excel form) ------------------------------------------------------
@dataclass(frozen=True)
class Submission:
    """One participant's validated answer. ``submission_id`` is unique per form: a second
    submission with the same id replaces the first (a participant correcting themselves)."""

    submission_id: str
    weights: Mapping[str, float]
    name: str = ""
    organisation: str = ""
    scores: Mapping[tuple[str, str], float] = field(default_factory=dict)


def submission_command(submission: Submission, anonymous: bool = False) -> SetParticipant:
    """The command that adds (or updates) the participant of ``submission``; in an anonymous
    session the name and organisation are dropped here, before anything is stored."""
    return SetParticipant(
        participant=Participant(
            id=submission.submission_id,
            name="" if anonymous else submission.name,
            organisation="" if anonymous else submission.organisation,
            weights=dict(submission.weights),
            anonymous=anonymous,
            scores=dict(submission.scores),
        )
    )


# --- each participant's view -----------------------------------------------------------------
def participant_study(study: Study, participant: Participant, own_scores: bool = True) -> Study:
    """``study`` with the participant's weights as the active scenario and, if ``own_scores``,
    the participant's own scores in place of the team's (rationale and source kept)."""
    scenario = Scenario(f"~{participant.id}", Text(participant.name), weights=participant.weights)
    scores = dict(study.scores)
    if own_scores:
        for key, value in participant.scores.items():
            scores[key] = replace(study.score(*key), value=value)
    return replace(
        study,
        scenarios=(*study.scenarios, scenario),
        active_scenario=scenario.id,
        scores=scores,
    )


def participant_rankings(
    study: Study, method: str | None = None, own_scores: bool = True, lang: str = "en"
) -> dict[str, Ranking]:
    """Each weighing participant's ranking (by participant id)."""
    return {
        p.id: evaluate(participant_study(study, p, own_scores), method, None, lang)
        for p in weighing_participants(study)
    }


def weight_samples(study: Study) -> tuple[tuple[str, ...], np.ndarray]:
    """The active criteria and each weighing participant's global weights (k x n, rows sum
    to 1): the empirical weight distribution a Monte Carlo analysis can sample from."""
    ids = tuple(c.id for c in study.criteria.active_criteria())
    rows = []
    for p in weighing_participants(study):
        g = study.criteria.global_weights(p.weights)
        row = np.array([g.get(i, 0.0) for i in ids])
        rows.append(row / row.sum())
    return ids, np.array(rows).reshape(len(rows), len(ids))


# --- disagreement ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionSpread:
    """The spread of one criterion's global weight over the participants."""

    criterion_id: str
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float
    values: tuple[tuple[str, float], ...]  # (participant label, weight) in study order


@dataclass(frozen=True)
class Disagreement:
    """Where the group agrees and where not.

    ``ranks`` is participants x ``candidate_ids`` (the candidates every participant ranks);
    ``tau``/``spearman`` compare participants' rankings; ``contested`` lists candidate ids whose
    rank varies a lot (``mcda.group.CONTESTED``)."""

    labels: tuple[str, ...]
    participant_ids: tuple[str, ...]
    spreads: tuple[CriterionSpread, ...]
    candidate_ids: tuple[str, ...]
    ranks: np.ndarray
    group_ranks: np.ndarray
    tau: np.ndarray
    spearman: np.ndarray
    clusters: Clusters
    rank_spread: RankSpread
    contested: tuple[str, ...]


def disagreement(
    study: Study,
    method: str | None = None,
    scenario: str | None = GROUP_SCENARIO_ID,
    anonymous: bool = False,
    own_scores: bool = True,
    lang: str = "en",
) -> Disagreement:
    """Spread per criterion, rankings per participant next to ``scenario``'s (default: the
    group scenario), tau and Spearman matrices with clusters, and the contested candidates.
    With ``anonymous`` every participant is shown by code."""
    people = weighing_participants(study)
    if not people:
        raise WorkshopError(message("workshop.no_participants", lang))
    labels = tuple(participant_label(study, p, anonymous) for p in people)
    ids, W = weight_samples(study)
    spreads = []
    for j, cid in enumerate(ids):
        q = np.quantile(W[:, j], [0.0, 0.25, 0.5, 0.75, 1.0])
        values = tuple(zip(labels, map(float, W[:, j]), strict=True))
        spreads.append(CriterionSpread(cid, *map(float, q), values))
    rankings = participant_rankings(study, method, own_scores, lang)
    group = evaluate(study, method, scenario, lang)
    common = [
        c for c in group.candidate_ids if all(r.rank_of(c) is not None for r in rankings.values())
    ]
    ranks = np.array([[rankings[p.id].rank_of(c) for c in common] for p in people], dtype=float)
    # re-rank among the common candidates, so every row ranks the same set (ties kept)
    ranks = np.array([mcda.rank(row, descending=False) for row in ranks], dtype=float)
    ranks = ranks.reshape(len(people), len(common))
    tau = kendall_tau_matrix(ranks) if common else np.eye(len(people))
    spread = rank_spread(ranks) if common else rank_spread(np.zeros((len(people), 0)))
    return Disagreement(
        labels=labels,
        participant_ids=tuple(p.id for p in people),
        spreads=tuple(spreads),
        candidate_ids=tuple(common),
        ranks=ranks,
        group_ranks=np.array([group.rank_of(c) for c in common], dtype=int),
        tau=tau,
        spearman=spearman_matrix(ranks) if common else np.eye(len(people)),
        clusters=cluster_participants(tau),
        rank_spread=spread,
        contested=tuple(c for c, flag in zip(common, spread.contested, strict=True) if flag),
    )
