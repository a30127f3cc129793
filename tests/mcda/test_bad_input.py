"""Bad input raises McdaInputError (a ValueError) naming the argument and the cell."""

import math
import re

import numpy as np
import pytest

import mcda

GOOD = [[7.0, 300.0, 2.0], [9.0, 450.0, 5.0], [5.0, 200.0, 3.0], [8.0, 380.0, 1.0]]
WEIGHTS = [0.5, 0.3, 0.2]
TYPES = [1, -1, 1]
METHODS = {
    "weighted_sum": lambda m, w, t: mcda.weighted_sum(m, w, t),
    "topsis": lambda m, w, t: mcda.topsis(m, w, t),
    "promethee_ii": lambda m, w, t: mcda.promethee_ii(m, w, t),
    "vikor": lambda m, w, t: mcda.vikor(m, w, t),
    "normalize": lambda m, w, t: mcda.normalize(m, t, "minmax"),
    "rank_acceptability": lambda m, w, t: mcda.rank_acceptability(m, t, n_samples=10, weights=w),
    "batch_scores": lambda m, w, t: mcda.batch_scores(m, t, [w]),
}


def with_cell(i: int, j: int, value):
    matrix = [list(row) for row in GOOD]
    matrix[i][j] = value
    return matrix


PROBLEMS = [
    pytest.param(with_cell(2, 1, math.nan), WEIGHTS, TYPES, "matrix[2, 1]", id="nan"),
    pytest.param(with_cell(0, 2, math.inf), WEIGHTS, TYPES, "matrix[0, 2]", id="inf"),
    pytest.param(with_cell(3, 0, -math.inf), WEIGHTS, TYPES, "matrix[3, 0]", id="-inf"),
    pytest.param(with_cell(1, 0, "abc"), WEIGHTS, TYPES, "matrix[1, 0]", id="non-numeric"),
    pytest.param(with_cell(2, 2, None), WEIGHTS, TYPES, "matrix[2, 2]", id="none-cell"),
    pytest.param([1.0, 2.0, 3.0], WEIGHTS, TYPES, "matrix", id="1-d-matrix"),
    pytest.param([[1.0, 2.0], [3.0]], [0.5, 0.5], [1, 1], "matrix", id="ragged"),
    pytest.param([], WEIGHTS, TYPES, "matrix", id="empty"),
    pytest.param(GOOD, [0.5, 0.5], TYPES, "weights", id="weights-length"),
    pytest.param(GOOD, WEIGHTS, [1, 1], "types", id="types-length"),
    pytest.param(GOOD, [0.5, -0.3, 0.2], TYPES, "weights[1]", id="negative-weight"),
    pytest.param(GOOD, [0.0, 0.0, 0.0], TYPES, "weights", id="all-zero-weights"),
    pytest.param(GOOD, [0.5, 0.3, math.nan], TYPES, "weights[2]", id="nan-weight"),
    pytest.param(GOOD, [0.5, "x", 0.2], TYPES, "weights[1]", id="non-numeric-weight"),
    pytest.param(GOOD, WEIGHTS, [1, 0, 1], "types[1]", id="type-0"),
    pytest.param(GOOD, WEIGHTS, [1, -1, 2], "types[2]", id="type-2"),
    pytest.param(GOOD, WEIGHTS, [1, "cost", 1], "types[1]", id="type-text"),
]


CASES = [
    pytest.param(method, *problem.values, id=f"{problem.id}-{method}")
    for problem in PROBLEMS
    for method in METHODS
    if not (method == "normalize" and problem.values[3].startswith("weights"))
]


@pytest.mark.parametrize(("method", "matrix", "weights", "types", "where"), CASES)
def test_bad_problem_names_argument_and_cell(method, matrix, weights, types, where):
    if method == "batch_scores":  # the weights are row 0 of its argument W
        where = re.sub(r"^weights(\[(\d+)\])?", lambda f: f"W[0, {f[2]}]" if f[1] else "W", where)
    with pytest.raises(mcda.McdaInputError) as raised:
        METHODS[method](matrix, weights, types)
    assert isinstance(raised.value, ValueError)
    assert where in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("pcm", "where"),
    [
        pytest.param([[1, 3, 5], [1 / 3, 1, 3]], "pcm", id="not-square"),
        pytest.param([[1, -3], [-1 / 3, 1]], "pcm[0, 1]", id="negative"),
        pytest.param([[1, 0], [0, 1]], "pcm[0, 1]", id="zero"),
        pytest.param(
            [[1, 3, 5], [1 / 3, 1, 3], [1 / 4, 1 / 3, 1]], "pcm[0, 2]", id="non-reciprocal"
        ),
        pytest.param([[2, 3], [1 / 3, 1]], "pcm[0, 0]", id="diagonal-not-1"),
        pytest.param([[1, math.nan], [1, 1]], "pcm[0, 1]", id="nan"),
        pytest.param([[1, "x"], [1, 1]], "pcm[0, 1]", id="non-numeric"),
    ],
)
def test_bad_pairwise_matrix(pcm, where):
    with pytest.raises(mcda.McdaInputError) as raised:
        mcda.ahp(pcm)
    assert where in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("call", "where"),
    [
        pytest.param(
            lambda: mcda.promethee_ii(GOOD, WEIGHTS, TYPES, preference="nope"),
            "preference",
            id="preference",
        ),
        pytest.param(
            lambda: mcda.promethee_ii(GOOD, WEIGHTS, TYPES, "linear", q=[1, -2, 1], p=5),
            "q[1]",
            id="negative-q",
        ),
        pytest.param(
            lambda: mcda.promethee_ii(GOOD, WEIGHTS, TYPES, "linear", q=[1, 2]), "q", id="q-length"
        ),
        pytest.param(
            lambda: mcda.promethee_ii(GOOD, WEIGHTS, TYPES, "gaussian", s=[1, 0, 1]),
            "s[1]",
            id="gaussian-s",
        ),
        pytest.param(lambda: mcda.vikor(GOOD, WEIGHTS, TYPES, v=1.5), "v", id="vikor-v"),
        pytest.param(
            lambda: mcda.topsis(GOOD, WEIGHTS, TYPES, normalization="log"),
            "normalization",
            id="topsis-normalization",
        ),
        pytest.param(
            lambda: mcda.normalize(GOOD, TYPES, "zscore"), "normalization", id="normalize-method"
        ),
        pytest.param(lambda: mcda.rank([0.5, math.nan]), "scores[1]", id="rank-nan"),
        pytest.param(lambda: mcda.roc_weights(0), "n", id="roc-n"),
        pytest.param(lambda: mcda.rank_sum_weights(2.5), "n", id="rank-sum-n"),
        pytest.param(lambda: mcda.swing_weights([100, -20, 50]), "points[1]", id="swing-negative"),
        pytest.param(lambda: mcda.swing_weights([0, 0]), "points", id="swing-zero"),
        pytest.param(
            lambda: mcda.batch_scores(GOOD, TYPES, [[0.5, 0.3, 0.2], [0.1, -1, 0.3]]),
            "W[1, 1]",
            id="batch-negative",
        ),
        pytest.param(lambda: mcda.batch_scores(GOOD, TYPES, [[0.5, 0.3]]), "W", id="batch-shape"),
        pytest.param(
            lambda: mcda.batch_scores(GOOD, TYPES, [WEIGHTS], method="electre"),
            "method",
            id="batch-method",
        ),
        pytest.param(
            lambda: mcda.rank_acceptability(GOOD, TYPES, n_samples=0), "n_samples", id="n-samples"
        ),
        pytest.param(
            lambda: mcda.rank_acceptability(GOOD, TYPES, weights=WEIGHTS, weight_spread=1.5),
            "weight_spread",
            id="spread",
        ),
    ],
)
def test_bad_parameter_names_it(call, where):
    with pytest.raises(mcda.McdaInputError) as raised:
        call()
    assert where in str(raised.value), str(raised.value)


def test_input_is_not_modified():
    matrix = np.array(GOOD)
    weights = np.array([5.0, 3.0, 2.0])
    mcda.weighted_sum(matrix, weights, TYPES)
    mcda.rank_acceptability(matrix, TYPES, n_samples=10, weights=weights, weight_spread=0.1)
    np.testing.assert_array_equal(matrix, GOOD)
    np.testing.assert_array_equal(weights, [5.0, 3.0, 2.0])


@pytest.mark.parametrize(
    "call, where",
    [
        (lambda: mcda.rank(["a", 1]), "scores"),
        (lambda: mcda.vikor([[1, 2], [2, 1]], [1, 1], [1, 1], v="a"), "v = 'a'"),
        (lambda: mcda.roc_weights("3"), "n = '3'"),
        (lambda: mcda.weighted_sum([[1e308, 1], [0, 2]], [1, 1], [1, 1]), "matrix[0, 0]"),
        (lambda: mcda.topsis([[1, 1], [0, 2]], [1e300, 1], [1, 1]), "weights[0]"),
    ],
)
def test_odd_arguments_name_themselves(call, where):
    with pytest.raises(mcda.McdaInputError, match=re.escape(where)):
        call()
