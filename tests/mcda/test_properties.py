"""Hypothesis property tests of the engine's invariants (issue 3, "Correctness")."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.stats import rankdata

import mcda
from tests.mcda import oracle

SETTINGS = settings(max_examples=30, deadline=None)

VARIANTS = [
    ("weighted_sum", {}),
    ("weighted_sum", {"normalization": "vector"}),
    ("weighted_sum", {"normalization": "max"}),
    ("weighted_sum", {"normalization": "sum"}),
    ("topsis", {}),
    ("topsis", {"normalization": "minmax"}),
    ("promethee_ii", {"preference": "usual"}),
    ("promethee_ii", {"preference": "u-shape", "q": 3}),
    ("promethee_ii", {"preference": "v-shape", "p": 30}),
    ("promethee_ii", {"preference": "level", "q": 3, "p": 30}),
    ("promethee_ii", {"preference": "linear", "q": 3, "p": 30}),
    ("promethee_ii", {"preference": "gaussian", "s": 10}),
    ("vikor", {}),
    ("vikor", {"v": 0.0}),
    ("vikor", {"v": 1.0}),
]
"""Every method with the settings a study can choose (kwargs as in the engine contract)."""

TRANSLATION_INVARIANT = [
    variant
    for variant in VARIANTS
    if variant[0] in ("promethee_ii", "vikor")
    or variant[1].get("normalization") == "minmax"
    or variant == ("weighted_sum", {})
]
"""PROMETHEE II (differences only) and the minmax-normalised methods (VIKOR included)."""

IDS = [f"{name}-{'-'.join(map(str, kw.values())) or 'default'}" for name, kw in VARIANTS]


def scores(method: str, matrix, weights, types, **kwargs) -> np.ndarray:
    """Higher is better for every method (VIKOR: -Q, as in batch_scores)."""
    if method == "vikor":
        return -mcda.vikor(matrix, weights, types, **kwargs).q
    return np.asarray(getattr(mcda, method)(matrix, weights, types, **kwargs))


@st.composite
def problems(draw, min_m: int = 2, max_m: int = 6, max_n: int = 5):
    """Positive scores on a 0.1 grid (so ties happen), positive weights, mixed types."""
    m = draw(st.integers(min_m, max_m))
    n = draw(st.integers(1, max_n))
    values = st.integers(10, 1000).map(lambda k: k / 10)
    matrix = draw(arrays(float, (m, n), elements=values))
    weights = draw(arrays(float, n, elements=st.floats(0.05, 1.0)))
    types = draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n))
    return matrix, weights, np.array(types)


@pytest.mark.parametrize(("method", "kwargs"), VARIANTS, ids=IDS)
@SETTINGS
@given(problem=problems(), margin=st.floats(0.5, 20))
def test_a_dominating_alternative_ranks_first(method, kwargs, problem, margin):
    matrix, weights, types = problem
    best = np.where(types == 1, matrix.max(axis=0) + margin, matrix.min(axis=0) / 2)
    with_best = np.vstack([matrix, best])
    ranks = mcda.rank(scores(method, with_best, weights, types, **kwargs))
    assert ranks[-1] == 1


@pytest.mark.parametrize(("method", "kwargs"), VARIANTS, ids=IDS)
@SETTINGS
@given(problem=problems(), factor=st.floats(1e-3, 1e3))
def test_rescaling_the_weights_changes_nothing(method, kwargs, problem, factor):
    matrix, weights, types = problem
    before = scores(method, matrix, weights, types, **kwargs)
    after = scores(method, matrix, weights * factor, types, **kwargs)
    np.testing.assert_allclose(after, before, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize(
    ("method", "kwargs"),
    TRANSLATION_INVARIANT,
    ids=[IDS[VARIANTS.index(v)] for v in TRANSLATION_INVARIANT],
)
@SETTINGS
@given(problem=problems(), shift=st.floats(-50, 50), data=st.data())
def test_adding_a_constant_to_a_criterion_changes_nothing(method, kwargs, problem, shift, data):
    matrix, weights, types = problem
    j = data.draw(st.integers(0, matrix.shape[1] - 1))
    shifted = matrix.copy()
    shifted[:, j] += shift
    np.testing.assert_allclose(
        scores(method, shifted, weights, types, **kwargs),
        scores(method, matrix, weights, types, **kwargs),
        rtol=1e-9,
        atol=1e-9,
    )


@pytest.mark.parametrize(("method", "kwargs"), VARIANTS, ids=IDS)
@SETTINGS
@given(problem=problems(), level=st.floats(1, 100), data=st.data())
def test_an_equal_valued_criterion_gives_no_nan_and_contributes_nothing(
    method, kwargs, problem, level, data
):
    matrix, weights, types = problem
    j = data.draw(st.integers(0, matrix.shape[1] - 1))
    matrix[:, j] = level
    result = getattr(mcda, method)(matrix, weights, types, **kwargs)
    main = result.q if method == "vikor" else np.asarray(result)
    assert np.isfinite(main).all()
    np.testing.assert_allclose(result.contributions[:, j], 0.0, atol=1e-12)
    for normalization in ("vector", "minmax", "max", "sum"):
        normalized = mcda.normalize(matrix, types, normalization)
        assert np.isfinite(normalized).all()
        np.testing.assert_allclose(normalized[:, j], 0.0)


@pytest.mark.parametrize("method", mcda.METHODS)
@SETTINGS
@given(problem=problems(max_m=5), seed=st.integers(0, 2**16))
def test_acceptability_rows_and_columns_sum_to_one(method, problem, seed):
    matrix, _, types = problem
    acceptability = mcda.rank_acceptability(matrix, types, method=method, n_samples=100, seed=seed)
    assert acceptability.shape == (len(matrix), len(matrix))
    assert (acceptability >= 0).all()
    np.testing.assert_allclose(acceptability.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(acceptability.sum(axis=0), 1.0, atol=1e-12)


@pytest.mark.parametrize(("method", "kwargs"), VARIANTS, ids=IDS)
@SETTINGS
@given(problem=problems(max_m=5), data=st.data())
def test_identical_alternatives_get_identical_results(method, kwargs, problem, data):
    matrix, weights, types = problem
    i = data.draw(st.integers(0, matrix.shape[0] - 1))
    twin = np.vstack([matrix, matrix[i]])
    result = scores(method, twin, weights, types, **kwargs)
    np.testing.assert_allclose(result[-1], result[i], rtol=0, atol=1e-12)
    acceptability = mcda.rank_acceptability(
        twin, types, method=method, n_samples=60, seed=1, **kwargs
    )
    np.testing.assert_allclose(acceptability[-1], acceptability[i], rtol=0, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.integers(0, 5), min_size=1, max_size=12), descending=st.booleans())
def test_rank_is_competition_ranking(values, descending):
    ranks = mcda.rank(values, descending=descending)
    assert ranks.tolist() == oracle.competition_ranks(values, descending)
    signed = [-x for x in values] if descending else values
    assert ranks.tolist() == rankdata(signed, method="min").astype(int).tolist()


@SETTINGS
@given(problem=problems(), data=st.data())
def test_engine_matches_the_loop_oracle(problem, data):
    """Every method against the independent loop implementation, with equal-valued criteria,
    ties and a different PROMETHEE function per criterion (gaussian included)."""
    matrix, weights, types = problem
    n = matrix.shape[1]
    if data.draw(st.booleans()):
        matrix[:, data.draw(st.integers(0, n - 1))] = 50.0
    kinds = data.draw(st.lists(st.sampled_from(mcda.PREFERENCE_FUNCTIONS), min_size=n, max_size=n))
    q = data.draw(st.lists(st.sampled_from([0.0, 2.5, 10.0]), min_size=n, max_size=n))
    p = [qj + data.draw(st.sampled_from([0.0, 5.0, 40.0])) for qj in q]
    s = data.draw(st.lists(st.floats(1, 30), min_size=n, max_size=n))
    rows, w, t = matrix.tolist(), weights.tolist(), types.tolist()
    np.testing.assert_allclose(
        mcda.weighted_sum(matrix, weights, types), oracle.weighted_sum(rows, w, t), atol=1e-12
    )
    if (np.ptp(matrix, axis=0) > 0).any():  # else D+ = D- = 0: the engine's own choice
        for normalization in ("vector", "minmax"):
            engine = mcda.topsis(matrix, weights, types, normalization=normalization)
            expected = oracle.topsis(rows, w, t, normalization)[0]
            np.testing.assert_allclose(engine, expected, atol=1e-12)
    flows = mcda.promethee_ii(matrix, weights, types, preference=kinds, q=q, p=p, s=s)
    plus, minus, net = oracle.promethee_ii(rows, w, t, kinds, q, p, s)
    np.testing.assert_allclose(flows, net, atol=1e-12)
    np.testing.assert_allclose(flows.positive_flow, plus, atol=1e-12)
    np.testing.assert_allclose(flows.negative_flow, minus, atol=1e-12)
    result = mcda.vikor(matrix, weights, types, v=0.4)
    for engine, expected in zip(
        (result.s, result.r, result.q), oracle.vikor(rows, w, t, 0.4), strict=True
    ):
        np.testing.assert_allclose(engine, expected, atol=1e-12)
