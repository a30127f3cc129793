"""How robust is a study's ranking? Sweeps, stability intervals and SMAA on a study.

Study-level wrappers around ``mcda.sensitivity``: the engine sees the same decision problem as
``projects.evaluation.evaluate`` (values in [0, 1], higher is better, the scenario's global
weights), so a sweep at the current weight reproduces the ranking the user sees. A theme is
swept as a group: its weight moves and its criteria keep their internal proportions. Score
uncertainty acts on the scores as the team gave them (a five-point score moves one step, a
number by a relative spread) and is then read through each criterion's scale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from criteria.scales import FivePointScale, NumericScale
from criteria.tree import Criterion
from mcda.sensitivity import (
    ParticipantWeights,
    RankOrderWeights,
    ScoreUncertainty,
    Smaa,
    StabilityIntervals,
    Sweep,
    Tornado,
    UniformWeights,
    WeightsAround,
    intervals,
    smaa,
    tornado,
    weight_sweep,
)
from mcda.sensitivity.smaa import Cancel
from projects.evaluation import (
    DecisionProblem,
    EvaluationError,
    chosen_method,
    raw_matrix,
    run_method,
    to_problem,
)
from projects.messages import message
from projects.study import Study

WeightModel = Literal["uniform", "around", "rank_order", "participants"]
WEIGHT_MODELS: tuple[str, ...] = ("uniform", "around", "rank_order", "participants")
STABLE_SHARE = 0.9
"""A candidate first in at least this share of the samples is called stable first."""


@dataclass(frozen=True)
class Setup:
    """A study's decision problem and how the engine is to rank it."""

    problem: DecisionProblem
    method: str
    method_kwargs: dict

    @property
    def types(self) -> np.ndarray:
        return np.ones(len(self.problem.criterion_ids), dtype=int)


def setup(
    study: Study, method: str | None = None, scenario: str | None = None, lang: str = "en", **kw
) -> Setup:
    """The problem of ``study`` under ``scenario`` for ``method`` (default: the study's).

    The weighted sum takes the values as they are (``normalization="none"``), as in
    ``evaluate``. Enabled criteria without weight in the scenario are kept (weight 0), so
    their sweeps show what giving them weight would do."""
    method = chosen_method(study, method, lang)
    problem = to_problem(study, scenario, lang, keep_unweighted=True)
    if len(problem.candidate_ids) < 2:
        raise EvaluationError(message("sensitivity.too_few", lang))
    if method == "weighted_sum":
        kw.setdefault("normalization", "none")
    return Setup(problem, method, kw)


@dataclass(frozen=True)
class StudySweep:
    """The sweep of one criterion or theme (``key``), with the candidates in engine order."""

    key: str
    kind: Literal["criterion", "theme"]
    candidate_ids: tuple[str, ...]
    sweep: Sweep


def _sweep(
    s: Setup, key: str, kind: str, group: list[int], points: int, top: int | None = None
) -> StudySweep:
    p = s.problem
    sweep = weight_sweep(
        p.values, s.types, p.weights, group, s.method, points, top, **s.method_kwargs
    )
    return StudySweep(key, kind, p.candidate_ids, sweep)  # type: ignore[arg-type]


def criterion_sweeps(s: Setup, points: int = 101, top: int | None = None) -> list[StudySweep]:
    """A sweep of every weighted criterion (the others keep their proportions). ``top``: only
    the reversals within the first ``top`` places are needed (see ``weight_sweep``)."""
    if len(s.problem.criterion_ids) < 2:
        return []
    return [
        _sweep(s, cid, "criterion", [j], points, top)
        for j, cid in enumerate(s.problem.criterion_ids)
    ]


def theme_sweeps(study: Study, s: Setup, points: int = 101) -> list[StudySweep]:
    """A sweep of every theme that holds some, but not all, of the weighted criteria: its
    weight moves, its criteria keep their internal proportions."""
    ids = s.problem.criterion_ids
    out = []
    for node in study.criteria.nodes():
        if isinstance(node, Criterion):
            continue
        group = [j for j, cid in enumerate(ids) if node in study.criteria.path(cid)]
        if 0 < len(group) < len(ids):
            out.append(_sweep(s, node.id, "theme", group, points))
    return out


def stability(sweeps: list[StudySweep], k: int = 3) -> StabilityIntervals:
    """Per criterion of ``sweeps`` (criterion sweeps), the weight interval in which the order
    of the first ``k`` candidates holds."""
    return intervals([s.sweep for s in sweeps], k)


def weighted(s: Setup) -> Setup:
    """``s`` without its unweighted criteria: what the weight models of SMAA sample over."""
    used = s.problem.weights > 0
    if used.all():
        return s
    p = s.problem
    ids = tuple(c for c, u in zip(p.criterion_ids, used, strict=True) if u)
    problem = replace(p, criterion_ids=ids, values=p.values[:, used], weights=p.weights[used])
    return replace(s, problem=problem)


def candidate_tornado(
    s: Setup,
    candidate_id: str,
    stable: StabilityIntervals | None = None,
    spread: float = 0.2,
    measure: Literal["score", "rank"] = "score",
) -> Tornado:
    """The tornado of one candidate: its score (or rank) with each criterion's weight at the
    ends of its stability interval (``stable``, from ``stability``) or at +/- ``spread``.
    ``Tornado.criteria`` indexes ``s.problem.criterion_ids``."""
    p = s.problem
    ends = {} if stable is None else {"low": stable.low, "high": stable.high}
    return tornado(
        p.values,
        s.types,
        p.weights,
        p.candidate_ids.index(candidate_id),
        s.method,
        spread=spread,
        measure=measure,
        **ends,
        **s.method_kwargs,
    )


def _weight_model(
    study: Study, s: Setup, model: str, spread: float, lang: str
) -> Callable[[np.random.Generator, int], np.ndarray]:
    w = s.problem.weights / s.problem.weights.sum()
    if model == "uniform":
        return UniformWeights(w.size)
    if model == "around":
        return WeightsAround(w, spread)
    if model == "rank_order":
        # Equal weights share a place: 1 + the number of strictly heavier criteria.
        return RankOrderWeights([1 + int(np.sum(w > wj + 1e-12)) for wj in w])
    if model == "participants":
        rows = []
        for participant in study.participants:
            g = study.criteria.global_weights(participant.weights)
            row = [g.get(cid, 0.0) for cid in s.problem.criterion_ids]
            if sum(row) > 0:
                rows.append(row)
        if not rows:
            raise EvaluationError(message("sensitivity.no_participants", lang))
        return ParticipantWeights(np.array(rows))
    raise EvaluationError(
        message("sensitivity.unknown_model", lang, model=model, choices=", ".join(WEIGHT_MODELS))
    )


@dataclass(frozen=True)
class StudyScoreUncertainty:
    """Perturbed values of a study's problem: the raw scores perturbed, then read through each
    criterion's scale (a local numeric scale keeps the range observed in the study)."""

    noise: ScoreUncertainty
    scales: tuple[Callable[[np.ndarray], np.ndarray], ...]

    def __call__(self, rng: np.random.Generator, k: int) -> np.ndarray:
        raw = self.noise(rng, k)
        return np.stack([value(raw[:, :, j]) for j, value in enumerate(self.scales)], axis=2)


def _anchored(crit: Criterion, observed: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    scale = crit.scale
    local = (
        isinstance(scale, NumericScale)
        and scale.value_function is None
        and (scale.lower is None or scale.upper is None)
    )
    if local:
        lo = scale.lower if scale.lower is not None else float(observed.min())
        hi = scale.upper if scale.upper is not None else float(observed.max())
        if hi <= lo:  # the study's candidates do not differ here: no information
            return np.zeros_like
        scale = replace(scale, lower=lo, upper=hi)
    return lambda raw: scale.values(raw, crit.benefit)


def score_uncertainty(study: Study, s: Setup, p: float, spread: float) -> StudyScoreUncertainty:
    """Each five-point score moves one step with probability ``p``; each numeric score is
    multiplied by a factor uniform on [1 - spread, 1 + spread]."""
    ids, cids = s.problem.candidate_ids, s.problem.criterion_ids
    crits = [study.criterion(c) for c in cids]
    raw = raw_matrix(study, list(ids), crits)
    five = [isinstance(c.scale, FivePointScale) for c in crits]
    noise = ScoreUncertainty(
        raw,
        p=p,
        step=[1.0 if f else 0.0 for f in five],
        low=[c.scale.lower if f else 0.0 for c, f in zip(crits, five, strict=True)],
        high=[c.scale.upper if f else 0.0 for c, f in zip(crits, five, strict=True)],
        spread=[0.0 if f else spread for f in five],
    )
    return StudyScoreUncertainty(noise, tuple(_anchored(c, raw[:, j]) for j, c in enumerate(crits)))


@dataclass(frozen=True)
class StudySmaa:
    """SMAA of a study: ``result`` rows follow ``candidate_ids``, weight columns
    ``criterion_ids``; ``current_ranks`` are the ranks at the scenario's weights."""

    candidate_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    current_ranks: np.ndarray
    result: Smaa

    def verdict(self, candidate_id: str, lang: str = "nl") -> str:
        """A one-line robustness verdict, e.g. "stabiel eerste in 94 % van de steekproeven"."""
        i = self.candidate_ids.index(candidate_id)
        rank = int(self.current_ranks[i])
        accept = self.result.acceptability[i]
        first = round(100 * accept[0])
        if rank == 1:
            key = "verdict.stable_first" if accept[0] >= STABLE_SHARE else "verdict.first"
            return message(key, lang, share=first)
        if rank == len(self.candidate_ids):
            return message("verdict.last", lang, share=round(100 * accept[-1]), first=first)
        share = round(100 * accept[:rank].sum())
        return message("verdict.rank", lang, rank=rank, share=share, first=first)


def acceptability(
    study: Study,
    s: Setup,
    n_samples: int = 10000,
    seed: int | None = 0,
    weights: WeightModel = "uniform",
    spread: float = 0.2,
    score_p: float = 0.0,
    score_spread: float = 0.0,
    progress: Callable[[int, int], bool | None] | None = None,
    cancel: Cancel | None = None,
    lang: str = "en",
) -> StudySmaa:
    """Rank acceptability, central weights and pairwise winning of the study's candidates.

    ``weights``: "uniform" (no preference information), "around" (the scenario's weights
    +/- ``spread``), "rank_order" (any weights in the scenario's order of importance) or
    "participants" (spread like the participants' weights). ``score_p`` / ``score_spread``:
    score uncertainty (see ``score_uncertainty``); ``progress`` / ``cancel`` as in
    ``mcda.sensitivity.smaa``. Criteria without weight in the scenario are left out."""
    s = weighted(s)
    p = s.problem
    scores = score_uncertainty(study, s, score_p, score_spread) if score_p or score_spread else None
    result = smaa(
        p.values,
        s.types,
        s.method,
        n_samples,
        seed,
        weights=_weight_model(study, s, weights, spread, lang),
        scores=scores,
        progress=progress,
        cancel=cancel,
        **s.method_kwargs,
    )
    ranks = run_method(p, s.method, **s.method_kwargs)[1]
    return StudySmaa(p.candidate_ids, p.criterion_ids, np.asarray(ranks), result)
