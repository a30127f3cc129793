"""Engine speed for 50 alternatives x 15 criteria (issue 3 targets, 2-core machine).

Prints one evaluation of each method in microseconds, and rank acceptability with 100,000
weight samples per method in seconds next to a naive per-sample Python loop over pymcdm on
the same samples (timed on the first NAIVE_SAMPLES of them and compared per sample).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (see desktop/__init__.py)

import time  # noqa: E402

import numpy as np  # noqa: E402
from pymcdm import methods as pm  # noqa: E402
from pymcdm.helpers import rankdata  # noqa: E402

import mcda  # noqa: E402
from mcda.sensitivity.sampling import uniform_simplex  # noqa: E402

M, N = 50, 15
SAMPLES = 100_000
NAIVE_SAMPLES = 2_000
PROMETHEE = {"preference": "v-shape", "p": 0.3}


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def main() -> None:
    rng = np.random.default_rng(1)
    x = rng.uniform(0, 1, (M, N))
    types = np.where(np.arange(N) % 4 == 0, -1, 1)
    w = rng.uniform(0.5, 1.5, N)
    single = {
        "weighted_sum": lambda: mcda.weighted_sum(x, w, types),
        "topsis": lambda: mcda.topsis(x, w, types),
        "promethee_ii": lambda: mcda.promethee_ii(x, w, types, **PROMETHEE),
        "vikor": lambda: mcda.vikor(x, w, types),
    }
    print(f"one evaluation, {M} x {N} (target < 200 us)")
    for name, fn in single.items():
        print(f"  {name:<13} {best_of(fn, 200) * 1e6:8.1f} us")

    W = uniform_simplex(np.random.default_rng(0), NAIVE_SAMPLES, N)
    naive = {
        "weighted_sum": lambda w_: pm.WSM()(x, w_, types),
        "topsis": lambda w_: pm.TOPSIS()(x, w_, types),
        "promethee_ii": lambda w_: pm.PROMETHEE_II("vshape", p=np.full(N, 0.3))(x, w_, types),
        "vikor": lambda w_: pm.VIKOR()(x, w_, types),
    }
    print(f"rank acceptability, {SAMPLES:,} samples (targets < 0.5 s; VIKOR < 2 s; >= 100x naive)")
    for name in single:
        kwargs = PROMETHEE if name == "promethee_ii" else {}
        start = time.perf_counter()
        mcda.rank_acceptability(x, types, name, n_samples=SAMPLES, seed=0, **kwargs)
        ours = time.perf_counter() - start
        start = time.perf_counter()
        for w_ in W:
            rankdata(naive[name](w_), reverse=name != "vikor")
        per_sample = (time.perf_counter() - start) / NAIVE_SAMPLES
        print(
            f"  {name:<13} {ours:6.3f} s   naive pymcdm loop {per_sample * SAMPLES:7.1f} s "
            f"(from {NAIVE_SAMPLES:,} samples)   {per_sample * SAMPLES / ours:6.0f}x"
        )


if __name__ == "__main__":
    main()
