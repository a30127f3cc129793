"""TOPSIS against a published example (the R package MCDA's TOPSIS test case)."""

import numpy as np

import mcda

CARS = [[5490, 51.4, 8.5, 285], [6500, 70.6, 7, 288], [6489, 54.3, 7.5, 290]]
"""Corsa, Clio, Fiesta x purchase price (min), economy, aesthetics, boot capacity (max)."""
WEIGHTS = [0.35, 0.25, 0.25, 0.15]
TYPES = [-1, 1, 1, 1]
PRINTED_IDEAL = [0.179573776, 0.171636015, 0.159499658, 0.087302767]
PRINTED_ANTI_IDEAL = [0.212610118, 0.124958799, 0.131352659, 0.085797547]


def test_hodgett_mcda_example():
    """Hodgett, R. E., "TOPSIS in Excel" (hodgett.co.uk/topsis-in-excel), the example of
    ``TOPSIS()`` in the R package MCDA (Bigaret, Hodgett, Meyer et al., CRAN), file
    tests/TOPSIS.R: vector normalisation, printed closeness 0.4817, 0.5182, 0.1780 and, on
    Corsa and Clio with the first three criteria, 0.4943, 0.5057 (4 decimals).
    """
    closeness = mcda.topsis(CARS, WEIGHTS, TYPES)
    np.testing.assert_allclose(closeness, [0.4817, 0.5182, 0.1780], atol=5e-5)
    assert mcda.rank(closeness).tolist() == [2, 1, 3]
    subset = mcda.topsis([row[:3] for row in CARS[:2]], WEIGHTS[:3], TYPES[:3])
    np.testing.assert_allclose(subset, [0.4943, 0.5057], atol=5e-5)


def test_hodgett_mcda_example_ideal_solutions():
    """The same source prints the weighted positive and negative ideal solutions to 9
    decimals. For the three benefit criteria they are the engine's ``.ideal`` and
    ``.anti_ideal``. For the cost criterion (price) the engine reflects the normalised value
    (1 - x/||x||, its documented choice, which leaves every distance unchanged), so there
    only the ideal-to-anti-ideal gap is convention-free."""
    result = mcda.topsis(CARS, WEIGHTS, TYPES)
    np.testing.assert_allclose(result.ideal[1:], PRINTED_IDEAL[1:], atol=1e-9)
    np.testing.assert_allclose(result.anti_ideal[1:], PRINTED_ANTI_IDEAL[1:], atol=1e-9)
    gap = abs(PRINTED_IDEAL[0] - PRINTED_ANTI_IDEAL[0])
    np.testing.assert_allclose(abs(result.ideal[0] - result.anti_ideal[0]), gap, atol=1e-9)


def test_distances_and_contributions_explain_the_closeness():
    result = mcda.topsis(CARS, WEIGHTS, TYPES)
    d_plus, d_minus = result.distance_to_ideal, result.distance_to_anti_ideal
    np.testing.assert_allclose(result, d_minus / (d_plus + d_minus), atol=1e-12)
    np.testing.assert_allclose(
        d_plus, np.sqrt(((result.weighted - result.ideal) ** 2).sum(axis=1)), atol=1e-12
    )
    np.testing.assert_allclose(result.contributions.sum(axis=1), result, atol=1e-12)
