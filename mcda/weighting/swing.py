"""Swing weights: points for each criterion's worst-to-best swing, normalised.

von Winterfeldt & Edwards (1986), *Decision Analysis and Behavioral Research*, ch. 8: the most
valued swing gets 100 points, the others points relative to it; w_j = points_j / sum points.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mcda.validation import as_weights


def swing_weights(points: Sequence[float]) -> np.ndarray:
    """Weights proportional to the swing points, in the given criterion order."""
    return as_weights(points, int(np.size(points)), "points")
