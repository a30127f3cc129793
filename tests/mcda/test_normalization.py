"""Normalisation against printed values and the loop oracle."""

import numpy as np
import pytest

import mcda
from tests.mcda import oracle

CARS = [[5490, 51.4, 8.5, 285], [6500, 70.6, 7, 288], [6489, 54.3, 7.5, 290]]
WEIGHTS = [0.35, 0.25, 0.25, 0.15]


def test_hodgett_mcda_example():
    """Hodgett, R. E., "TOPSIS in Excel" (hodgett.co.uk/topsis-in-excel), as in the R package
    MCDA's TOPSIS example: the printed positive and negative ideal solutions (9 decimals)
    are w_j x_ij / ||x_j|| of the best and worst car per criterion, so dividing by w_j gives
    eight cells of the vector-normalised matrix."""
    printed = {
        (0, 0): 0.179573776 / 0.35,
        (1, 1): 0.171636015 / 0.25,
        (0, 2): 0.159499658 / 0.25,
        (2, 3): 0.087302767 / 0.15,
        (1, 0): 0.212610118 / 0.35,
        (0, 1): 0.124958799 / 0.25,
        (1, 2): 0.131352659 / 0.25,
        (0, 3): 0.085797547 / 0.15,
    }
    r = mcda.normalize(CARS, [1, 1, 1, 1], "vector")
    for (i, j), value in printed.items():
        assert r[i, j] == pytest.approx(value, abs=1e-8), (i, j)


def test_minmax_matches_the_oracle_with_costs_and_a_constant_column():
    matrix = [[7, 4.0, 300, 2], [9, 4.0, 450, 5], [5, 4.0, 200, 3], [8, 4.0, 380, 1]]
    types = [1, -1, -1, 1]
    np.testing.assert_allclose(
        mcda.normalize(matrix, types, "minmax"), oracle.minmax(matrix, types), atol=1e-12
    )


@pytest.mark.parametrize("method", ["vector", "max", "sum"])
def test_cost_criteria_are_reflected(method):
    """The engine's documented choice: a cost criterion under vector, max and sum is 1 minus
    its benefit value, so it stays in [0, 1] with higher better."""
    matrix = [[4.0, 200.0], [2.0, 300.0], [8.0, 100.0]]
    benefit = mcda.normalize(matrix, [1, 1], method)
    cost = mcda.normalize(matrix, [1, -1], method)
    np.testing.assert_allclose(cost[:, 0], benefit[:, 0])
    np.testing.assert_allclose(cost[:, 1], 1 - benefit[:, 1])


@pytest.mark.parametrize("method", ["vector", "minmax", "max", "sum"])
def test_a_column_equal_up_to_rounding_is_constant(method):
    """0.1 + 0.2 and 0.3 are equal on paper: the column carries no information and normalises
    to 0 rather than being stretched to a 0..1 spread by a difference of one float step."""
    matrix = [[0.1 + 0.2, 1.0], [0.3, 2.0], [0.3, 3.0]]
    r = mcda.normalize(matrix, [1, 1], method)
    assert np.all(r[:, 0] == 0.0)
    assert mcda.vikor(matrix, [1, 1], [1, 1]).d[:, 0] == pytest.approx([0, 0, 0])
