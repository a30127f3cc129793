"""Weight samplers for Monte Carlo analyses (seeded numpy Generators).

Uniform on the simplex: normalised independent exponentials, i.e. Dirichlet(1, ..., 1)
(Rubinstein & Kroese (2016), *Simulation and the Monte Carlo Method*, § 2.5.4; as in SMAA,
Lahdelma, Hokkanen & Salminen (1998), EJOR 106, 137-143).
"""

from __future__ import annotations

import numpy as np

from mcda.validation import McdaInputError


def uniform_simplex(rng: np.random.Generator, n_samples: int, n: int) -> np.ndarray:
    """``n_samples`` weight vectors of length ``n``, uniform on the simplex (no preference)."""
    e = rng.standard_exponential((n_samples, n))
    return e / e.sum(axis=1, keepdims=True)


def around(
    rng: np.random.Generator, n_samples: int, weights: np.ndarray, spread: float
) -> np.ndarray:
    """Weight vectors around ``weights`` (normalised): each weight is multiplied by an
    independent factor uniform on [1 - spread, 1 + spread], then the vector is renormalised.
    ``spread`` is relative (0.2 = +/- 20 %); a weight of 0 stays 0."""
    if not 0.0 <= spread < 1.0:
        raise McdaInputError(f"weight_spread = {spread:g}: use a relative spread in [0, 1)")
    w = np.asarray(weights, dtype=float)
    factors = rng.uniform(1.0 - spread, 1.0 + spread, (n_samples, w.size))
    samples = w * factors
    return samples / samples.sum(axis=1, keepdims=True)


def weight_samples(
    rng: np.random.Generator,
    n_samples: int,
    n: int,
    weights: np.ndarray | None = None,
    spread: float | None = None,
) -> np.ndarray:
    """``uniform_simplex`` without ``weights`` (no preference information), else ``around``
    them with ``spread`` (None: the weights as given)."""
    if weights is None:
        return uniform_simplex(rng, n_samples, n)
    return around(rng, n_samples, weights, spread or 0.0)
