"""Weight elicitation: the weights each way of judging gives, and why judgements fail, in
Dutch and English."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from criteria import elicitation
from criteria.elicitation import ElicitationError


def test_points_and_direct_weights_are_shares():
    np.testing.assert_allclose(elicitation.points([50, 30, 20]), [0.5, 0.3, 0.2])
    np.testing.assert_allclose(elicitation.direct([2, 1, 1]), [0.5, 0.25, 0.25])


def test_rank_order_centroid_and_shared_places():
    """Barron & Barrett (1996): w_k = (1/n) sum_{i=k}^{n} 1/i; tied criteria share the mean
    of the weights of the places they take."""
    n = 4
    roc = [float(sum(Fraction(1, i) for i in range(k, n + 1)) / n) for k in range(1, n + 1)]
    np.testing.assert_allclose(elicitation.rank_order([2, 1, 3, 4]), np.array(roc)[[1, 0, 2, 3]])
    tied = elicitation.rank_order([1, 2, 2, 4])
    np.testing.assert_allclose(tied[1:3], (roc[1] + roc[2]) / 2)


def test_a_consistent_pairwise_matrix_gives_its_weights_exactly():
    weights = np.array([0.5, 0.3, 0.2])
    judgements = {(i, j): weights[i] / weights[j] for i in range(3) for j in range(i + 1, 3)}
    result = elicitation.pairwise(elicitation.pairwise_matrix(judgements, 3))
    np.testing.assert_allclose(result.weights, weights)
    assert result.consistent


@pytest.mark.parametrize(
    ("judge", "english", "dutch"),
    [
        (
            lambda: elicitation.points([60, 30]),
            "points: 90 of 100 points allocated; allocate exactly 100",
            "punten: 90 van 100 punten verdeeld; verdeel er precies 100",
        ),
        (
            lambda: elicitation.swing([0, 0]),
            "swing points: at least one criterion needs a positive weight",
            "swingpunten: minstens één criterium heeft een positief gewicht nodig",
        ),
        (
            lambda: elicitation.direct([1, -2]),
            "weights[1] = -2: must be a number of 0 or more",
            "gewichten[1] = -2: moet een getal van 0 of meer zijn",
        ),
        (
            lambda: elicitation.rank_order([1, 5]),
            "ranks[1] = 5: ranks run from 1 to 2",
            "rangen[1] = 5: rangen lopen van 1 tot 2",
        ),
        (
            lambda: elicitation.pairwise_matrix({(0, 1): 0.0}, 2),
            "judgement (1, 2) = 0: must be positive",
            "oordeel (1, 2) = 0: moet positief zijn",
        ),
    ],
)
def test_errors_say_which_entry_in_both_languages(judge, english, dutch):
    with pytest.raises(ElicitationError) as caught:
        judge()
    assert str(caught.value) == english
    assert caught.value.text("en") == english
    assert caught.value.text("nl") == dutch


def test_every_message_has_both_languages():
    assert all(text.nl and text.en for text in elicitation.MESSAGES.values())
