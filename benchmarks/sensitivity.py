"""Sensitivity speed (issue 7 targets, 2-core machine).

Prints: SMAA with 100,000 samples of weights and scores (score uncertainty: ten five-point
criteria move one step with probability 0.2, five numeric criteria +/- 10 %) for 50
alternatives x 15 criteria under each method (targets < 2 s weighted sum / TOPSIS, < 10 s
PROMETHEE II); the full sweep with rank-reversal points of all 15 criteria per method
(target < 0.5 s); and how both grow up to 1,000 alternatives.

OpenBLAS is held to one thread per process: SMAA runs its own worker threads over chunks, and
BLAS threads on top of them oversubscribe the two cores (small matrix products then run 20x
slower on a busy machine).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import time  # noqa: E402

import numpy as np  # noqa: E402

import mcda  # noqa: E402
from mcda.sensitivity import ScoreUncertainty, smaa, sweep_all, weight_sweep  # noqa: E402

M, N = 50, 15
SAMPLES = 100_000
FIVE_POINT = 10
METHODS = {
    "weighted_sum": {},
    "topsis": {},
    "promethee_ii": {},
    "promethee_ii v-shape": {"preference": "v-shape", "p": 0.3},
    "vikor": {},
}


def problem(m: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray, ScoreUncertainty]:
    rng = np.random.default_rng(seed)
    x = np.empty((m, N))
    x[:, :FIVE_POINT] = rng.integers(-2, 3, (m, FIVE_POINT))
    x[:, FIVE_POINT:] = rng.uniform(1, 100, (m, N - FIVE_POINT))
    types = np.where(np.arange(N) >= N - 2, -1, 1)
    w = rng.uniform(0.5, 1.5, N)
    five = np.arange(N) < FIVE_POINT
    noise = ScoreUncertainty(x, p=0.2, step=five * 1.0, spread=~five * 0.1)
    return x, types, w, noise


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def growth(sizes: list[int], times: list[float]) -> str:
    exponent = np.polyfit(np.log(sizes), np.log(times), 1)[0]
    return f"grows as m^{exponent:.1f}"


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    x, types, w, noise = problem(M)
    print(
        f"\nSMAA, {SAMPLES:,} samples of weights and scores, {M} x {N}, 2 workers "
        "(targets: weighted sum / TOPSIS < 2 s, PROMETHEE II < 10 s)"
    )
    print(f"  {'method':<22}{'with scores':>12}{'weights only':>14}")
    for label, kwargs in METHODS.items():
        method = label.split()[0]
        noisy = seconds(lambda: smaa(x, types, method, SAMPLES, 0, scores=noise, **kwargs))  # noqa: B023
        plain = seconds(lambda: smaa(x, types, method, SAMPLES, 0, **kwargs))  # noqa: B023
        print(f"  {label:<22}{noisy:>10.2f} s{plain:>12.2f} s")

    print(f"\nfull sweep + reversal points of all {N} criteria, {M} x {N} (target < 0.5 s)")
    for label, kwargs in METHODS.items():
        method = label.split()[0]
        sweeps: list = []
        t = seconds(lambda: sweeps.extend(sweep_all(x, types, w, method, **kwargs)))  # noqa: B023
        count = sum(len(s.reversals) for s in sweeps)
        print(f"  {label:<22}{t:>8.3f} s  ({count} reversal points)")

    sizes = [50, 200, 1000]
    print("\nscaling with the number of alternatives m")
    smaa_samples = 5_000
    times = []
    for m in sizes:
        xm, tm, _, noise_m = problem(m)
        times.append(seconds(lambda: smaa(xm, tm, "weighted_sum", smaa_samples, 0, scores=noise_m)))  # noqa: B023
        print(f"  SMAA weighted sum with scores, {smaa_samples:,} samples, m = {m:>4}: ", end="")
        print(f"{times[-1]:7.2f} s")
    print(f"  -> {growth(sizes, times)} (rank counts and pairwise winning: O(m^2) per sample)")
    for method in ("weighted_sum", "topsis"):
        times, counts = [], []
        for m in sizes:
            xm, tm, wm, _ = problem(m)
            sweep: list = []
            times.append(seconds(lambda: sweep.append(weight_sweep(xm, tm, wm, 0, method))))  # noqa: B023
            counts.append(len(sweep[0].reversals))
            print(
                f"  sweep of one criterion, {method}, m = {m:>4}: {times[-1]:7.3f} s "
                f"({counts[-1]:,} reversal points)"
            )
        print(f"  -> {growth(sizes, times)}; reversal points grow as m^2 (pairs)")
    print(f"\nengine: numpy {np.__version__}, mcda methods {', '.join(mcda.METHODS)}")


if __name__ == "__main__":
    main()
