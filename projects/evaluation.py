"""From a study to a ranking: knock-outs, missing scores, values, the engine, explanations.

Scores are mapped through each criterion's scale to values in [0, 1] (higher is better), so
every method sees the same anchored scale; the weighted sum of values is then the classic
additive value model (Belton & Stewart (2002) ch. 5).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import mcda
from criteria.double_counting import correlated_criteria
from criteria.text import LANGUAGES, Text
from criteria.tree import Criterion
from mcda.validation import MAX_MAGNITUDE
from projects.messages import message
from projects.study import METHODS, Study


class EvaluationError(ValueError):
    """A study that cannot be ranked as asked; the message says why."""


@dataclass(frozen=True)
class Exclusion:
    """A candidate left out of the ranking, and why."""

    candidate_id: str
    kind: str  # "constraint", "threshold" or "missing"
    key: str  # constraint id, or the missing criteria ids joined by ","
    text_nl: str
    text_en: str

    def text(self, lang: str = "nl") -> str:
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True)
class DecisionProblem:
    """What the engine sees: values of the ranked candidates on the weighted criteria."""

    candidate_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    values: np.ndarray  # candidates x criteria, in [0, 1], higher is better
    weights: np.ndarray  # global weights of the criteria (not renormalised)
    excluded: tuple[Exclusion, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Ranking:
    """A ranking with what is needed to explain it."""

    method: str
    scenario_id: str
    candidate_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    scores: np.ndarray  # higher is better for every method (VIKOR: 1 - Q)
    ranks: np.ndarray
    weights: np.ndarray  # normalised global weights of criterion_ids
    contributions: np.ndarray  # candidates x criteria, the method's per-criterion parts
    theme_ids: tuple[str, ...]
    theme_contributions: np.ndarray  # candidates x top-level themes
    excluded: tuple[Exclusion, ...] = ()
    warnings: tuple[str, ...] = ()
    extras: dict[str, np.ndarray] = field(default_factory=dict)

    def order(self) -> list[int]:
        """Row indices best first (ties keep study order)."""
        return sorted(range(len(self.candidate_ids)), key=lambda i: (self.ranks[i], i))

    def rank_of(self, candidate_id: str) -> int | None:
        try:
            return int(self.ranks[self.candidate_ids.index(candidate_id)])
        except ValueError:
            return None


def neutral_score(criterion: Criterion, observed: list[float]) -> float:
    """The criterion's neutral score: its scale's midpoint (five-point: ``0``), else the middle
    of the ``observed`` scores."""
    midpoint = criterion.scale.midpoint
    if midpoint is not None:
        return midpoint
    return (min(observed) + max(observed)) / 2 if observed else 0.0


def raw_matrix(study: Study, candidate_ids: list[str], criteria: list[Criterion]) -> np.ndarray:
    """The scores as given (scale numbers), candidates x criteria; a missing score counts as
    the criterion's neutral value (the missing-score policy decides whether that happens)."""
    raw = np.empty((len(candidate_ids), len(criteria)))
    for j, crit in enumerate(criteria):
        column = [study.score(cid, crit.id).value for cid in candidate_ids]
        neutral = neutral_score(crit, [v for v in column if v is not None])
        raw[:, j] = [neutral if v is None else v for v in column]
    return raw


def to_problem(
    study: Study, scenario: str | None = None, lang: str = "en", keep_unweighted: bool = False
) -> DecisionProblem:
    """The decision problem of ``study`` under ``scenario`` (default: the active one).

    ``keep_unweighted`` keeps the enabled criteria the scenario gives no weight (as columns
    with weight 0, a missing score at its neutral value), so a sensitivity sweep can give them
    weight; which candidates are ranked, and the warnings, depend on the weighted ones only."""
    try:
        chosen = study.scenario(scenario)
    except KeyError:
        choices = ", ".join(s.id for s in study.scenarios)
        raise EvaluationError(
            message("error.unknown_scenario", lang, scenario=scenario, choices=choices)
        ) from None
    global_w = study.criteria.global_weights(chosen.weights)
    active = study.criteria.active_criteria()
    weighted = [c for c in active if global_w.get(c.id, 0.0) > 0]
    criteria = active if keep_unweighted else weighted
    if not weighted:
        raise EvaluationError(message("error.no_weight", lang, scenario=chosen.name.get(lang)))
    exclusions: list[Exclusion] = []
    warnings: list[str] = []

    def exclude(candidate_id: str, kind: str, key: str, **fields: object) -> None:
        """Record an exclusion; ``Text`` fields are given in each message's own language."""

        def text(lang_: str) -> str:
            resolved = {k: v.get(lang_) if isinstance(v, Text) else v for k, v in fields.items()}
            return message(f"excluded.{kind}", lang_, **resolved)

        exclusions.append(Exclusion(candidate_id, kind, key, text("nl"), text("en")))

    included = []
    for cand in study.candidates:
        failed = False
        for con in study.constraints:
            if not con.enabled:
                continue
            if con.is_threshold:
                score = study.score(cand.id, con.criterion)
                crit = study.criterion(con.criterion)
                if not crit.enabled or score.missing or score.value >= con.minimum:
                    continue
                exclude(
                    cand.id,
                    "threshold",
                    con.id,
                    value=crit.scale.format(score.value),
                    criterion=crit.name,
                    minimum=crit.scale.format(con.minimum),
                    name=con.name,
                )
                failed = True
            else:
                check = study.check(cand.id, con.id)
                if check.status == "fail":
                    note = Text(
                        *(f": {check.note.get(lng)}" if check.note else "" for lng in LANGUAGES)
                    )
                    exclude(cand.id, "constraint", con.id, name=con.name, note=note)
                    failed = True
                elif check.status == "override":
                    warnings.append(
                        message(
                            "warning.override",
                            lang,
                            candidate=cand.name.get(lang),
                            name=con.name.get(lang),
                            note=check.note.get(lang),
                        )
                    )
        missing = [c for c in weighted if study.score(cand.id, c.id).missing]
        if missing and not failed:
            names = Text(*(", ".join(f"'{c.name.get(lng)}'" for c in missing) for lng in LANGUAGES))
            if study.settings.missing_policy == "exclude":
                exclude(cand.id, "missing", ",".join(c.id for c in missing), criteria=names)
                failed = True
            else:
                warnings.append(
                    message(
                        "warning.neutral",
                        lang,
                        candidate=cand.name.get(lang),
                        criteria=names.get(lang),
                    )
                )
        if not failed:
            included.append(cand)

    raw = raw_matrix(study, [c.id for c in included], criteria)
    huge = np.argwhere(np.abs(raw) > MAX_MAGNITUDE)
    if huge.size:
        i, j = huge[0]
        raise EvaluationError(
            message(
                "error.too_large",
                lang,
                candidate=included[i].name.get(lang),
                criterion=criteria[j].name.get(lang),
                value=raw[i, j],
            )
        )
    values = (
        np.column_stack(
            [crit.scale.values(raw[:, j], crit.benefit) for j, crit in enumerate(criteria)]
        )
        if included
        else np.empty((0, len(criteria)))
    )
    used = [j for j, c in enumerate(criteria) if global_w.get(c.id, 0.0) > 0]
    for w in correlated_criteria([criteria[j].id for j in used], values[:, used]):
        warnings.append(
            message(
                "warning.double_counting",
                lang,
                first=study.criterion(w.first).name.get(lang),
                second=study.criterion(w.second).name.get(lang),
                rho=w.correlation,
            )
        )
    return DecisionProblem(
        candidate_ids=tuple(c.id for c in included),
        criterion_ids=tuple(c.id for c in criteria),
        values=values,
        weights=np.array([global_w.get(c.id, 0.0) for c in criteria]),
        excluded=tuple(exclusions),
        warnings=tuple(warnings),
    )


def run_method(problem: DecisionProblem, method: str, **kwargs) -> tuple[np.ndarray, ...]:
    """Scores (higher is better), ranks, per-criterion contributions and extras of ``method``."""
    v, w = problem.values, problem.weights
    types = np.ones(v.shape[1], dtype=int)
    if method == "weighted_sum":
        result = mcda.weighted_sum(v, w, types, normalization=kwargs.get("normalization", "none"))
        return np.asarray(result), mcda.rank(result), result.contributions, {}
    if method == "topsis":
        result = mcda.topsis(v, w, types, **kwargs)
        extras = {
            "distance_to_ideal": result.distance_to_ideal,
            "distance_to_anti_ideal": result.distance_to_anti_ideal,
        }
        return np.asarray(result), mcda.rank(result), result.contributions, extras
    if method == "promethee_ii":
        result = mcda.promethee_ii(v, w, types, **kwargs)
        extras = {"positive_flow": result.positive_flow, "negative_flow": result.negative_flow}
        return np.asarray(result), mcda.rank(result), result.contributions, extras
    if method == "vikor":
        result = mcda.vikor(v, w, types, **kwargs)
        extras = {"s": result.s, "r": result.r, "q": result.q}
        return 1.0 - result.q, mcda.rank(result.q, descending=False), result.contributions, extras
    raise EvaluationError(
        message("error.unknown_method", "en", method=method, choices=", ".join(METHODS))
    )


def chosen_method(study: Study, method: str | None = None, lang: str = "en") -> str:
    """``method``, or the study's own when None; an ``EvaluationError`` for an unknown one."""
    method = method or study.settings.method
    if method not in METHODS:
        raise EvaluationError(
            message("error.unknown_method", lang, method=method, choices=", ".join(METHODS))
        )
    return method


def evaluate(
    study: Study,
    method: str | None = None,
    scenario: str | None = None,
    lang: str = "en",
    **kwargs,
) -> Ranking:
    """Rank ``study``'s candidates with ``method`` (default: the study's) under ``scenario``.

    Knocked-out candidates and, under the default missing-score policy, candidates with a
    missing score on a weighted criterion are left out and listed in ``Ranking.excluded``.
    """
    method = chosen_method(study, method, lang)
    problem = to_problem(study, scenario, lang)
    themes = tuple(node.id for node in study.criteria.roots)
    top = {
        cid: (study.criteria.theme_of(cid) or study.criteria.find(cid)).id
        for cid in problem.criterion_ids
    }
    weights = problem.weights / problem.weights.sum()
    m = len(problem.candidate_ids)
    if m == 0:
        empty = np.empty(0)
        contributions = np.empty((0, len(problem.criterion_ids)))
        scores, ranks, extras = empty, empty.astype(int), {}
    else:
        scores, ranks, contributions, extras = run_method(problem, method, **kwargs)
    membership = np.array(
        [[top[cid] == t for t in themes] for cid in problem.criterion_ids], dtype=float
    )
    return Ranking(
        method=method,
        scenario_id=study.scenario(scenario).id,
        candidate_ids=problem.candidate_ids,
        criterion_ids=problem.criterion_ids,
        scores=np.asarray(scores, dtype=float),
        ranks=np.asarray(ranks, dtype=int),
        weights=weights,
        contributions=np.asarray(contributions, dtype=float),
        theme_ids=themes,
        theme_contributions=np.asarray(contributions, dtype=float) @ membership,
        excluded=problem.excluded,
        warnings=problem.warnings,
        extras=extras,
    )
