"""Every reference case in reference_cases/ run through the engine (format: README.md there).

One parametrised test dispatches on a case's ``method`` (a name, a list of names, or the
``"a / b"`` shorthand of ``rank-order-weights``). Every entry of ``expected`` and of
``published`` must be understood and checked: an unknown method or an unknown expected
name fails the case instead of being skipped. Numbers use the case's absolute tolerance,
ranks are exact, boolean entries are asserted as properties.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

import mcda

CASE_DIR = Path(__file__).parent / "reference_cases"
CASE_FILES = sorted(CASE_DIR.glob("*.json"))
TEXT_ENTRIES = {"note"}


class Expectations:
    """The named values a case expects; each check takes its name off the list."""

    def __init__(self, values: dict, tolerance: float, where: str):
        self.values = dict(values)
        self.tolerance = tolerance
        self.where = where
        self.unchecked = set(self.values) - TEXT_ENTRIES

    def __contains__(self, name: str) -> bool:
        return name in self.values

    def take(self, name: str):
        self.unchecked.discard(name)
        return self.values[name]

    def close(self, name: str, actual) -> None:
        if name not in self.values:
            return
        expected = np.asarray(self.take(name), dtype=float)
        np.testing.assert_allclose(
            np.asarray(actual, dtype=float),
            expected,
            rtol=0,
            atol=self.tolerance,
            err_msg=f"{self.where}: {name}",
        )

    def exact(self, name: str, actual) -> None:
        if name not in self.values:
            return
        actual = np.asarray(actual)
        assert np.issubdtype(actual.dtype, np.integer), f"{self.where}: {name} not integers"
        assert actual.tolist() == self.take(name), f"{self.where}: {name}"

    def holds(self, name: str, condition: bool) -> None:
        if name not in self.values:
            return
        assert condition == self.take(name), f"{self.where}: property {name}"

    def assert_all_checked(self) -> None:
        assert not self.unchecked, f"{self.where}: expected entries never checked: {self.unchecked}"


def check_common(main_output, exp: Expectations, descending: bool = True) -> None:
    """Entries every method shares: no_nan, finite, length, ranks of the main output."""
    values = np.asarray(main_output, dtype=float)
    exp.holds("no_nan", not np.isnan(values).any())
    exp.holds("finite", bool(np.isfinite(values).all()))
    if "length" in exp:
        assert len(values) == exp.take("length"), f"{exp.where}: length"
    exp.exact("ranks", mcda.rank(values, descending=descending))


def run_weighted_sum(case, params, exp):
    scores = mcda.weighted_sum(case["matrix"], case["weights"], case["types"], **params)
    exp.close("scores", scores)
    check_common(scores, exp)


def run_topsis(case, params, exp):
    closeness = mcda.topsis(case["matrix"], case["weights"], case["types"], **params)
    exp.close("closeness", closeness)
    values = np.asarray(closeness)
    exp.holds("closeness_in_0_1", bool(np.all((values >= 0) & (values <= 1))))
    check_common(closeness, exp)


def run_promethee_ii(case, params, exp):
    flows = mcda.promethee_ii(case["matrix"], case["weights"], case["types"], **params)
    exp.close("net_flow", flows)
    exp.close("positive_flow", flows.positive_flow)
    exp.close("negative_flow", flows.negative_flow)
    printed_sums = "net_flow_sum_not_divided_by_n_minus_1"
    if printed_sums in exp:
        m = len(case["matrix"])
        np.testing.assert_allclose(
            np.asarray(exp.take(printed_sums)) / (m - 1),
            np.asarray(flows),
            atol=exp.tolerance,
            err_msg=f"{exp.where}: {printed_sums}",
        )
    check_common(flows, exp)


def run_vikor(case, params, exp):
    result = mcda.vikor(case["matrix"], case["weights"], case["types"], **params)
    exp.close("s", result.s)
    exp.close("r", result.r)
    exp.close("q", result.q)
    exp.exact("ranks_by_q", mcda.rank(result.q, descending=False))
    check_common(result.q, exp, descending=False)


def run_ahp(case, params, exp):
    result = mcda.ahp(case["pcm"])
    exp.close("weights", result.weights)
    exp.close("lambda_max", result.lambda_max)
    exp.close("consistency_index", result.consistency_index)
    exp.close("consistency_ratio", result.consistency_ratio)
    exp.holds("consistent", bool(result.consistency_ratio <= 0.1))


def run_normalize(case, params, exp):
    for method in params["methods"]:
        exp.close(method, mcda.normalize(case["matrix"], case["types"], method))
    for name in list(exp.values):
        # e.g. "minmax_with_types_1_-1_1": that method with those criterion types
        found = re.fullmatch(r"(\w+?)_with_types_([-_\d]+)", name)
        if found:
            types = [int(t) for t in re.findall(r"-?\d+", found.group(2))]
            exp.close(name, mcda.normalize(case["matrix"], types, found.group(1)))


def run_rank(case, params, exp):
    exp.exact("ranks", mcda.rank(case["scores"]))
    exp.exact("ranks_descending", mcda.rank(case["scores"], descending=True))
    exp.exact("ranks_ascending", mcda.rank(case["scores"], descending=False))
    if "ranks_all_equal" in exp:
        exp.exact("ranks_all_equal", mcda.rank(exp.take("all_equal_scores")))


def run_swing_weights(case, params, exp):
    weights = mcda.swing_weights(params["points"])
    exp.close("weights", weights)
    if "weights_exact" in exp:
        exact = [float(Fraction(f)) for f in exp.take("weights_exact")]
        np.testing.assert_allclose(weights, exact, rtol=0, atol=1e-12)


def _rank_order_runner(function_name: str):
    """roc_weights / rank_sum_weights over the n listed in the case (float and exact)."""

    def run(case, params, exp):
        function = getattr(mcda, function_name)
        short = function_name.removesuffix("_weights")
        for key in (function_name, short):
            if key in exp:
                for n, weights in exp.take(key).items():
                    np.testing.assert_allclose(
                        function(int(n)), weights, rtol=0, atol=exp.tolerance
                    )
        exact_key = f"{function_name}_exact"
        if exact_key in exp:
            for n, fractions in exp.take(exact_key).items():
                exact = [float(Fraction(f)) for f in fractions]
                np.testing.assert_allclose(function(int(n)), exact, rtol=0, atol=1e-12)

    return run


def run_rank_acceptability(case, params, exp):
    params = dict(params)
    methods = params.pop("methods", None) or [params.pop("method", "weighted_sum")]
    for method in methods:
        method_kwargs = case.get("parameters", {}).get(method, {}) if len(methods) > 1 else {}
        acceptability = mcda.rank_acceptability(
            case["matrix"], case["types"], method=method, **params, **method_kwargs
        )
        m = len(case["matrix"])
        assert acceptability.shape == (m, m)
        exp.close("acceptability", acceptability)
        exp.close("matrix", acceptability)
        exp.holds("rows_sum_to_1", bool(np.allclose(acceptability.sum(axis=1), 1.0)))
        exp.holds("columns_sum_to_1", bool(np.allclose(acceptability.sum(axis=0), 1.0)))
        for name in [n for n in exp.values if re.fullmatch(r"row_of_A\d+", n)]:
            row = int(name.removeprefix("row_of_A")) - 1
            np.testing.assert_allclose(acceptability[row], exp.values[name], atol=exp.tolerance)
            exp.take(name)
        # main output for the shared entries: the most acceptable rank of each alternative
        exp.holds("no_nan", not np.isnan(acceptability).any())
        exp.holds("finite", bool(np.isfinite(acceptability).all()))
        if "length" in exp:
            assert acceptability.shape[0] == exp.take("length")
        exp.exact("ranks", np.argmax(acceptability, axis=1) + 1)


RUNNERS = {
    "weighted_sum": run_weighted_sum,
    "topsis": run_topsis,
    "promethee_ii": run_promethee_ii,
    "vikor": run_vikor,
    "ahp": run_ahp,
    "normalize": run_normalize,
    "rank": run_rank,
    "swing_weights": run_swing_weights,
    "roc_weights": _rank_order_runner("roc_weights"),
    "rank_sum_weights": _rank_order_runner("rank_sum_weights"),
    "rank_acceptability": run_rank_acceptability,
}


RANK_ORDER = {"roc_weights", "rank_sum_weights"}


def method_names(case: dict) -> list[str]:
    method = case["method"]
    if isinstance(method, list):
        return method
    return [name.strip() for name in method.split("/")]


def run_case(case: dict, expected: dict, tolerance: float, label: str) -> None:
    names = method_names(case)
    unknown = [name for name in names if name not in RUNNERS]
    assert not unknown, f"{case['id']}: unknown method(s) {unknown}"
    per_method = len(names) > 1 and all(name in expected for name in names)
    shared = {k: v for k, v in expected.items() if not per_method or k not in names}
    shared = shared | shared.pop("all_methods", {})
    parameters = case.get("parameters", {})
    rank_order_keys: set[str] = set()
    for name in names:
        values = (expected[name] if per_method else {}) | shared
        params = parameters.get(name, {}) if per_method else parameters
        if name in RANK_ORDER:
            # keyed by function name or its short form ("roc"), each a dict n -> weights
            params = {}
            prefix = name.removesuffix("_weights")
            values = {k: v for k, v in expected.items() if k.startswith(prefix)}
            rank_order_keys |= set(values)
        exp = Expectations(values, tolerance, f"{case['id']} [{label}] {name}")
        RUNNERS[name](case, params, exp)
        exp.assert_all_checked()
    if rank_order_keys:
        assert rank_order_keys == set(expected), f"{case['id']}: unchecked entries"


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_reference_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["id"] == path.stem
    run_case(case, case["expected"], case["tolerance"], "expected")
    if "published" in case:
        published = dict(case["published"])
        tolerance_keys = [k for k in published if k.startswith("tolerance")]
        assert len(tolerance_keys) == 1, f"{case['id']}: published needs one tolerance"
        tolerance = published.pop(tolerance_keys[0])
        run_case(case, published, tolerance, "published")


def test_every_case_file_is_collected() -> None:
    assert len(CASE_FILES) == 33
    assert (CASE_DIR / "README.md").exists()
