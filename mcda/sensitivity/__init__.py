"""Robustness of a ranking: weight sampling, rank acceptability (SMAA), sweeps, stability."""

from mcda.sensitivity.one_at_a_time import Reversal, Sweep, sweep_all, walk, weight_sweep
from mcda.sensitivity.score_uncertainty import ScoreUncertainty, sample_scores
from mcda.sensitivity.smaa import (
    ParticipantWeights,
    RankOrderWeights,
    Smaa,
    UniformWeights,
    WeightsAround,
    smaa,
)
from mcda.sensitivity.stability import StabilityIntervals, intervals, stability_intervals
from mcda.sensitivity.tornado import Tornado, tornado

__all__ = [
    "ParticipantWeights",
    "RankOrderWeights",
    "Reversal",
    "ScoreUncertainty",
    "Smaa",
    "StabilityIntervals",
    "Sweep",
    "Tornado",
    "UniformWeights",
    "WeightsAround",
    "intervals",
    "sample_scores",
    "smaa",
    "stability_intervals",
    "sweep_all",
    "tornado",
    "walk",
    "weight_sweep",
]
