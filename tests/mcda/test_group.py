"""Group aggregation (AIJ, AIP, means of weights) and disagreement statistics."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import mcda
from mcda.group import (
    aggregate_judgements,
    aggregate_priorities,
    aggregate_weights,
    cluster_participants,
    kendall_tau_matrix,
    rank_spread,
    spearman_matrix,
)
from mcda.validation import McdaInputError


def consistent(w):
    w = np.asarray(w, dtype=float)
    return w[:, None] / w[None, :]


def test_saaty_apple_orange_judgements_combine_by_geometric_mean():
    """Saaty's illustration of AIJ (Aczél & Saaty 1983): three people judge an apple 2, 3 and 4
    times larger than an orange; the group judgement is (2*3*4)^(1/3) and stays reciprocal,
    where the arithmetic mean (3, but 13/36 for the reciprocals) would not."""
    mats = [[[1, a], [1 / a, 1]] for a in (2, 3, 4)]
    group = aggregate_judgements(mats)
    assert group[0, 1] == pytest.approx(24 ** (1 / 3))
    assert group[1, 0] == pytest.approx(24 ** (-1 / 3))
    assert group[1, 0] != pytest.approx(13 / 36)


def test_aij_equals_geometric_aip_for_consistent_judges():
    """For consistent matrices AIJ (then eigenvector) and geometric AIP give the same priorities
    (Forman & Peniwati 1998, also with unequal participant weights)."""
    ws = [[0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0.1, 0.7, 0.2]]
    voices = [2, 1, 1]
    aij = mcda.ahp(aggregate_judgements([consistent(w) for w in ws], voices)).weights
    aip = aggregate_priorities(ws, voices)
    np.testing.assert_allclose(aij, aip, atol=1e-9)
    assert mcda.ahp(aggregate_judgements([consistent(w) for w in ws])).consistency_ratio < 1e-9


def test_aip_arithmetic_is_voice_weighted_average():
    aip = aggregate_priorities([[0.6, 0.4], [0.2, 0.8]], voices=[3, 1], mean="arithmetic")
    np.testing.assert_allclose(aip, [0.75 * 0.6 + 0.25 * 0.2, 0.75 * 0.4 + 0.25 * 0.8])


def test_median_of_even_count_averages_the_middle_pair_and_renormalises():
    W = [[0.7, 0.3, 0.0], [0.1, 0.5, 0.4], [0.4, 0.4, 0.2], [0.2, 0.2, 0.6]]
    medians = np.array([0.3, 0.35, 0.3])
    np.testing.assert_allclose(aggregate_weights(W, "median"), medians / medians.sum())


def test_geometric_mean_of_a_zero_is_zero():
    g = aggregate_weights([[0.5, 0.5, 0.0], [0.2, 0.4, 0.4]], "geometric")
    assert g[2] == 0 and g.sum() == pytest.approx(1)


def test_zero_voice_ignores_participant():
    W = [[0.5, 0.5], [1.0, 0.0]]
    for mean in ("arithmetic", "geometric", "median"):
        np.testing.assert_allclose(aggregate_weights(W, mean, voices=[1, 0]), [0.5, 0.5])


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda: aggregate_weights([[0.5, -0.1]]), "weights[0, 1]"),
        (lambda: aggregate_weights([[0, 0], [1, 1]]), "weights[0]"),
        (lambda: aggregate_weights([[1, np.nan]]), "weights[0, 1]"),
        (lambda: aggregate_weights([[1, 1]], "mode"), "mean"),
        (lambda: aggregate_weights([[1, 0], [0, 1]], "geometric"), "weights"),
        (lambda: aggregate_weights([[1, 1]], voices=[1, 1]), "participant_weights"),
        (lambda: aggregate_judgements([[[1, 0], [1, 1]]]), "matrices[0][0, 1]"),
        (lambda: kendall_tau_matrix([[1, np.inf]]), "ranks[0, 1]"),
    ],
)
def test_bad_input_names_the_place(call, where):
    with pytest.raises(McdaInputError, match=where.replace("[", r"\[")):
        call()


weight_rows = arrays(
    float, st.tuples(st.integers(1, 6), st.integers(2, 5)), elements=st.floats(0.01, 1.0)
)


@settings(max_examples=60, deadline=None)
@given(weight_rows, st.sampled_from(["arithmetic", "geometric", "median"]))
def test_unanimity_and_normalisation(W, mean):
    """If everyone gives the same weights the group does too; results always sum to 1."""
    same = np.repeat(W[:1], W.shape[0], axis=0)
    np.testing.assert_allclose(aggregate_weights(same, mean), W[0] / W[0].sum(), atol=1e-12)
    assert aggregate_weights(W, mean).sum() == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(weight_rows, st.sampled_from(["arithmetic", "geometric", "median"]), st.randoms())
def test_anonymity_participant_order_does_not_matter(W, mean, rnd):
    perm = list(range(W.shape[0]))
    rnd.shuffle(perm)
    np.testing.assert_allclose(aggregate_weights(W[perm], mean), aggregate_weights(W, mean))


@settings(max_examples=60, deadline=None)
@given(weight_rows, st.sampled_from(["arithmetic", "geometric"]))
def test_pareto_if_everyone_weighs_a_above_b_so_does_the_group(W, mean):
    """Weak Pareto on ratios: when every participant's normalised weight of criterion 0 is at
    least that of criterion 1, the group's is too."""
    rows = W / W.sum(axis=1, keepdims=True)
    hi, lo = np.maximum(rows[:, 0], rows[:, 1]), np.minimum(rows[:, 0], rows[:, 1])
    rows[:, 0], rows[:, 1] = hi, lo
    g = aggregate_weights(rows, mean)
    assert g[0] >= g[1] - 1e-12


@settings(max_examples=40, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(1, 4), st.just(3)), elements=st.floats(0.05, 1.0)),
    st.lists(st.floats(0.1, 5), min_size=4, max_size=4),
)
def test_aij_stays_reciprocal_with_any_voices(W, voices):
    mats = [consistent(w) for w in W]
    voices = voices[: len(mats)]
    A = aggregate_judgements(mats, voices)
    np.testing.assert_allclose(A * A.T, np.ones((3, 3)))


def test_tau_and_spearman_matrices():
    ranks = [[1, 2, 3, 4], [1, 2, 3, 4], [4, 3, 2, 1], [1, 1, 3, 4]]
    tau = kendall_tau_matrix(ranks)
    rho = spearman_matrix(ranks)
    np.testing.assert_allclose(np.diag(tau), 1)
    assert tau[0, 1] == pytest.approx(1) and tau[0, 2] == pytest.approx(-1)
    # tau-b with one tied pair: concordant 5, discordant 0, ties 1 in one ranking
    assert tau[0, 3] == pytest.approx(5 / np.sqrt(6 * 5))
    np.testing.assert_allclose(tau, tau.T)
    assert rho[0, 2] == pytest.approx(-1)
    assert kendall_tau_matrix([[1, 2], [1, 1]])[0, 1] == 0.0  # all tied: no agreement


def test_clusters_separate_two_camps():
    ranks = [[1, 2, 3, 4, 5], [1, 2, 3, 5, 4], [5, 4, 3, 2, 1], [5, 4, 3, 1, 2], [2, 1, 3, 4, 5]]
    clusters = cluster_participants(kendall_tau_matrix(ranks))
    labels = clusters.labels
    assert labels[0] == labels[1] == labels[4] != labels[2] == labels[3]
    assert sorted(clusters.order) == list(range(5))
    assert list(cluster_participants(np.eye(1)).labels) == [1]


def test_rank_spread_flags_contested_candidates():
    ranks = np.array([[1, 2, 3, 4], [4, 2, 3, 1], [1, 2, 4, 3], [4, 2, 3, 1]])
    spread = rank_spread(ranks)
    np.testing.assert_allclose(spread.variance, ranks.var(axis=0))
    assert list(spread.contested) == [True, False, False, True]
    assert list(spread.best) == [1, 2, 3, 1] and list(spread.worst) == [4, 2, 4, 4]
