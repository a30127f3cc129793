"""The engine's result type: scores that carry the intermediates that explain them.

Like scikit-criteria's ``extra_`` and pymcdm's tables, a method returns its scores together with
the normalised matrix, per-criterion contributions and the method's own values, so a view can
show *why* an alternative ranks where it does.
"""

from __future__ import annotations

import numpy as np


class Scores(np.ndarray):
    """Scores of the alternatives (a read-only float array, higher is better) whose attributes
    hold the method's intermediates (e.g. ``.contributions``, ``.positive_flow``).

    Arithmetic on it gives plain arrays: the intermediates belong to these scores only.
    """

    def __new__(cls, values: np.ndarray, **intermediates: np.ndarray) -> Scores:
        obj = np.array(values, dtype=float).view(cls)
        for name, value in intermediates.items():
            value = np.asarray(value)
            value.flags.writeable = False
            setattr(obj, name, value)
        obj.flags.writeable = False
        return obj

    def __array_wrap__(self, array, context=None, return_scalar=False):
        plain = np.asarray(array)
        return plain[()] if return_scalar else plain

    def __reduce__(self):
        return (np.array, (np.asarray(self),))
