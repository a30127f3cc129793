"""Weegwijzer's numerical engine: pure numpy/scipy, no study and no Qt.

Alternatives are rows and criteria columns of the decision matrix; ``types`` holds 1 for a
benefit criterion (more is better) and -1 for a cost criterion; weights are non-negative and
normalised to sum 1 inside every method. Bad input raises ``McdaInputError`` (a ValueError)
naming the argument and the cell.
"""

from mcda.aggregation.batch import batch_scores, scorer
from mcda.aggregation.promethee import PREFERENCE_FUNCTIONS, promethee_ii
from mcda.aggregation.topsis import topsis
from mcda.aggregation.vikor import VikorResult, vikor
from mcda.aggregation.weighted_sum import weighted_sum
from mcda.normalization import normalize
from mcda.ranking import rank
from mcda.result import Scores
from mcda.sensitivity.acceptability import rank_acceptability
from mcda.validation import McdaInputError
from mcda.weighting.ahp import AhpResult, ahp
from mcda.weighting.rank_order import rank_sum_weights, roc_weights
from mcda.weighting.swing import swing_weights

METHODS = ("weighted_sum", "topsis", "promethee_ii", "vikor")

__all__ = [
    "METHODS",
    "PREFERENCE_FUNCTIONS",
    "AhpResult",
    "McdaInputError",
    "Scores",
    "VikorResult",
    "ahp",
    "batch_scores",
    "normalize",
    "promethee_ii",
    "rank",
    "rank_acceptability",
    "rank_sum_weights",
    "roc_weights",
    "scorer",
    "swing_weights",
    "topsis",
    "vikor",
    "weighted_sum",
]
