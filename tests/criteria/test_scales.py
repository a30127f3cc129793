import numpy as np
import pytest

from criteria.scales import (
    FivePointScale,
    NumericScale,
    ScaleError,
    ValueFunction,
    five_point_label,
    five_point_number,
)


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("--", -2),
        ("-", -1),
        ("0", 0),
        ("+", 1),
        ("++", 2),
        (" ++ ", 2),
        ("−", -1),
        ("o", 0),
        (1, 1),
    ],
)
def test_five_point_labels_and_aliases(label, number):
    assert five_point_number(label) == number


@pytest.mark.parametrize("bad", ["+++", "goed", "", 3, 0.5, True])
def test_five_point_rejects_what_is_not_on_the_scale(bad):
    with pytest.raises(ScaleError, match="five-point"):
        five_point_number(bad)


def test_five_point_round_trip_and_values():
    scale = FivePointScale()
    assert [five_point_label(scale.parse(x)) for x in ("--", "-", "0", "+", "++")] == [
        "--",
        "-",
        "0",
        "+",
        "++",
    ]
    assert scale.values(np.array([-2, 0, 2]), benefit=True).tolist() == [0.0, 0.5, 1.0]
    assert scale.values(np.array([-2, 0, 2]), benefit=False).tolist() == [1.0, 0.5, 0.0]


def test_numeric_scale_bounds_local_scale_and_value_function():
    bounded = NumericScale(unit="mln €", lower=0, upper=20)
    assert bounded.values(np.array([0, 10, 30]), benefit=False).tolist() == [1.0, 0.5, 0.0]
    local = NumericScale()
    assert local.values(np.array([2.0, 4.0, 3.0]), benefit=True).tolist() == [0.0, 1.0, 0.5]
    # one value for every candidate: the criterion cannot discriminate, whatever its direction
    assert local.values(np.array([5.0, 5.0]), benefit=False).tolist() == [0.0, 0.0]
    vf = NumericScale(value_function=ValueFunction(((0, 0.0), (10, 0.8), (20, 1.0))))
    assert vf.values(np.array([5, 15, 40]), benefit=True).tolist() == pytest.approx([0.4, 0.9, 1.0])
    assert bounded.parse("2,5") == 2.5
    assert bounded.format(2.5) == "2.5 mln €"


@pytest.mark.parametrize("raw", ["veel", "nan", "inf", True])
def test_numeric_scale_rejects_non_numbers(raw):
    with pytest.raises(ScaleError):
        NumericScale().parse(raw)


def test_bad_scale_definitions_are_refused():
    with pytest.raises(ScaleError, match="upper bound"):
        NumericScale(lower=5, upper=5)
    with pytest.raises(ScaleError, match="increase"):
        ValueFunction(((1, 0.0), (1, 1.0)))
    with pytest.raises(ScaleError, match="between 0 and 1"):
        ValueFunction(((0, 0.0), (1, 2.0)))
