"""Swing weights against a published SMARTS example."""

import numpy as np

import mcda

OFFICE_SWINGS = [100, 80, 70, 30, 20, 10]
"""Closeness to customers, visibility, image, size, comfort, car parking."""


def test_goodwin_wright_2004_example():
    """Goodwin, P. & Wright, G., *Decision Analysis for Management Judgment* (3rd ed., Wiley,
    2004), ch. 3 (SMART), office-location example: normalised swing weights printed as
    32, 26, 23, 10, 6, 3 (%). Figure 3.5 gives the swings closeness 100 and visibility 80;
    70, 30, 20, 10 are the only multiples of 5 that reproduce all six printed weights."""
    weights = mcda.swing_weights(OFFICE_SWINGS)
    np.testing.assert_allclose(100 * weights, [32, 26, 23, 10, 6, 3], atol=0.5)
    assert np.argsort(-weights).tolist() == [0, 1, 2, 3, 4, 5]


def test_goodwin_wright_2004_aggregate_value():
    """Same example: Addison Square's values 100, 60, 100, 75, 0, 90 with the printed
    weights 32, 26, 23, 10, 6, 3 give the printed aggregate benefit value 80.8."""
    value = mcda.weighted_sum(
        [[100, 60, 100, 75, 0, 90]], [32, 26, 23, 10, 6, 3], [1] * 6, normalization="none"
    )
    np.testing.assert_allclose(value, [80.8], atol=1e-9)
