import numpy as np

from criteria.double_counting import THRESHOLD, correlated_criteria


def test_strongly_correlated_criteria_are_flagged_others_not():
    values = np.array(
        [[0.0, 0.1, 1.0, 0.5], [0.25, 0.2, 0.0, 0.5], [0.5, 0.6, 0.75, 0.5], [1.0, 0.9, 0.25, 0.5]]
    )
    warnings = correlated_criteria(["a", "b", "c", "d"], values)
    assert [(w.first, w.second) for w in warnings] == [("a", "b")]
    assert warnings[0].correlation >= THRESHOLD


def test_too_few_candidates_give_no_warning():
    assert correlated_criteria(["a", "b"], np.array([[0.0, 0.0], [1.0, 1.0]])) == []
