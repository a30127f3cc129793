"""Independent reference implementations for the engine tests.

Plain Python loops over alternatives, criteria and pairs, written from the papers'
formulas and deliberately unlike the engine's vectorised code, so a test that compares
the two is a real cross-check and never an echo. Weights are normalised to sum 1 here
as in every engine method. Only used by tests, never by the project.
"""

from __future__ import annotations

import math
from fractions import Fraction

Matrix = list[list[float]]


def _columns(matrix: Matrix) -> list[list[float]]:
    return [[row[j] for row in matrix] for j in range(len(matrix[0]))]


def _normalised(weights: list[float]) -> list[float]:
    total = sum(weights)
    return [w / total for w in weights]


def minmax(matrix: Matrix, types: list[int]) -> Matrix:
    """(x - min)/(max - min) for benefit, (max - x)/(max - min) for cost; constant -> 0."""
    cols = _columns(matrix)
    out = [[0.0] * len(cols) for _ in matrix]
    for j, col in enumerate(cols):
        low, high = min(col), max(col)
        for i, x in enumerate(col):
            if high > low:
                out[i][j] = (x - low) / (high - low) if types[j] == 1 else (high - x) / (high - low)
    return out


def weighted_sum(matrix: Matrix, weights: list[float], types: list[int]) -> list[float]:
    """Minmax weighted sum (SAW): sum_j w_j r_ij."""
    w = _normalised(weights)
    return [sum(wj * r for wj, r in zip(w, row, strict=True)) for row in minmax(matrix, types)]


def topsis(matrix: Matrix, weights: list[float], types: list[int], normalization: str = "vector"):
    """Hwang & Yoon (1981) TOPSIS; returns (closeness, ideal, anti_ideal) in weighted space."""
    w = _normalised(weights)
    cols = _columns(matrix)
    if normalization == "vector":
        norms = [math.sqrt(sum(x * x for x in col)) for col in cols]
        r = [[x / norms[j] for j, x in enumerate(row)] for row in matrix]
        best = [min if types[j] == -1 else max for j in range(len(cols))]
        worst = [max if types[j] == -1 else min for j in range(len(cols))]
    else:
        r = minmax(matrix, types)
        best = [max] * len(cols)
        worst = [min] * len(cols)
    v = [[w[j] * x for j, x in enumerate(row)] for row in r]
    vcols = _columns(v)
    ideal = [best[j](vcols[j]) for j in range(len(cols))]
    anti = [worst[j](vcols[j]) for j in range(len(cols))]
    closeness = []
    for row in v:
        d_plus = math.sqrt(sum((x - a) ** 2 for x, a in zip(row, ideal, strict=True)))
        d_minus = math.sqrt(sum((x - a) ** 2 for x, a in zip(row, anti, strict=True)))
        closeness.append(d_minus / (d_plus + d_minus))
    return closeness, ideal, anti


def preference(kind: str, d: float, q: float = 0.0, p: float = 0.0, s: float = 0.0) -> float:
    """Brans & Vincke (1985) generalised criteria P(d), d the advantage in the criterion's sense."""
    if d <= 0:
        return 0.0
    if kind == "usual":
        return 1.0
    if kind == "u-shape":
        return 1.0 if d > q else 0.0
    if kind == "v-shape":
        return 1.0 if p == 0 else min(d / p, 1.0)  # p = 0: the step at 0
    if kind == "level":
        return 0.0 if d <= q else (0.5 if d <= p else 1.0)
    if kind == "linear":
        if d <= q:
            return 0.0
        return 1.0 if p == q else min((d - q) / (p - q), 1.0)  # p = q: the step at q
    if kind == "gaussian":
        return 1.0 - math.exp(-(d * d) / (2 * s * s))
    raise ValueError(kind)


def promethee_ii(
    matrix: Matrix, weights: list[float], types: list[int], kinds, q=None, p=None, s=None
):
    """PROMETHEE II flows (phi+, phi-, phi) averaged over the m - 1 other alternatives."""
    m, n = len(matrix), len(matrix[0])
    w = _normalised(weights)
    kinds = [kinds] * n if isinstance(kinds, str) else list(kinds)

    def per_criterion(value, j):
        if value is None:
            return 0.0
        return value[j] if isinstance(value, (list, tuple)) else value

    plus, minus = [0.0] * m, [0.0] * m
    for a in range(m):
        for b in range(m):
            if a == b:
                continue
            pi_ab = 0.0
            for j in range(n):
                # the advantage of the decimals as written (14.3 - 6.8 is 7.5, not 7.5 + 1 ulp)
                d = float((Fraction(repr(matrix[a][j])) - Fraction(repr(matrix[b][j]))) * types[j])
                pj = preference(
                    kinds[j], d, per_criterion(q, j), per_criterion(p, j), per_criterion(s, j)
                )
                pi_ab += w[j] * pj
            plus[a] += pi_ab / (m - 1)
            minus[b] += pi_ab / (m - 1)
    return plus, minus, [x - y for x, y in zip(plus, minus, strict=True)]


def vikor(matrix: Matrix, weights: list[float], types: list[int], v: float = 0.5):
    """Opricovic & Tzeng (2004): S, R, Q; degenerate S*=S- or R*=R- terms count 0.

    Computed in exact rational arithmetic on the decimal values as written (``repr``), so
    alternatives whose S or R are equal on paper are equal here, without rounding noise.
    """
    x = [[Fraction(repr(float(value))) for value in row] for row in matrix]
    raw = [Fraction(repr(float(w))) for w in weights]
    w = [wj / sum(raw) for wj in raw]
    cols = _columns(x)
    s_values, r_values = [], []
    for row in x:
        terms = []
        for j, value in enumerate(row):
            col = cols[j]
            f_star = max(col) if types[j] == 1 else min(col)
            f_minus = min(col) if types[j] == 1 else max(col)
            terms.append(
                Fraction(0) if f_star == f_minus else w[j] * (f_star - value) / (f_star - f_minus)
            )
        s_values.append(sum(terms))
        r_values.append(max(terms))

    def scaled(values, value):
        low, high = min(values), max(values)
        return Fraction(0) if high == low else (value - low) / (high - low)

    v = Fraction(repr(float(v)))
    q_values = [
        v * scaled(s_values, s_i) + (1 - v) * scaled(r_values, r_i)
        for s_i, r_i in zip(s_values, r_values, strict=True)
    ]
    return [[float(value) for value in values] for values in (s_values, r_values, q_values)]


def ahp(pcm: Matrix, iterations: int = 500):
    """Power iteration for the principal eigenvector; returns (weights, lambda_max)."""
    n = len(pcm)
    w = [1.0 / n] * n
    for _ in range(iterations):
        product = [sum(pcm[i][k] * w[k] for k in range(n)) for i in range(n)]
        total = sum(product)
        w = [x / total for x in product]
    product = [sum(pcm[i][k] * w[k] for k in range(n)) for i in range(n)]
    lambda_max = sum(product[i] / w[i] for i in range(n)) / n
    return w, lambda_max


def roc_by_vertices(n: int) -> list[Fraction]:
    """Rank order centroid as the centroid of the simplex w1 >= ... >= wn >= 0, sum 1.

    Barron & Barrett (1996): the vertices of that region are (1/k, ..., 1/k, 0, ..., 0),
    k = 1..n; their average is the ROC weight vector (exact rationals).
    """
    vertices = [
        [Fraction(1, k) if i < k else Fraction(0) for i in range(n)] for k in range(1, n + 1)
    ]
    return [sum(vertex[i] for vertex in vertices) / n for i in range(n)]


def competition_ranks(scores: list[float], descending: bool = True) -> list[int]:
    """1 + the number of strictly better scores ('1224' ranking)."""
    sign = 1 if descending else -1
    return [1 + sum(1 for other in scores if sign * other > sign * x) for x in scores]
