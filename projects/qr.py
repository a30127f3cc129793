"""A small QR code encoder (ISO/IEC 18004:2015), so the session URL is shown without any
external service or library: byte mode, error correction level L or M, versions 1 to 10.

Steps as in the standard: the bit stream (mode indicator 0100, character count, data,
terminator, pad codewords 0xEC 0x11, § 7.4), Reed-Solomon error correction over GF(256) with
the polynomial x^8 + x^4 + x^3 + x^2 + 1 per block and interleaving (§ 7.5-7.6), function
patterns and the zig-zag data placement (§ 7.7), the eight masks with the penalty rules N1-N4
(§ 7.8), BCH-coded format information (§ 7.9) and version information for version 7 and up
(§ 7.10). The result is a boolean matrix (True = dark) the GUI paints, plus a text rendering.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["L", "M"]
MAX_VERSION = 10

# (error correction codewords per block, [(number of blocks, data codewords per block), ...])
# per version 1..10 and level (ISO/IEC 18004 table 9)
_BLOCKS: dict[Level, tuple[tuple[int, tuple[tuple[int, int], ...]], ...]] = {
    "L": (
        (7, ((1, 19),)),
        (10, ((1, 34),)),
        (15, ((1, 55),)),
        (20, ((1, 80),)),
        (26, ((1, 108),)),
        (18, ((2, 68),)),
        (20, ((2, 78),)),
        (24, ((2, 97),)),
        (30, ((2, 116),)),
        (18, ((2, 68), (2, 69))),
    ),
    "M": (
        (10, ((1, 16),)),
        (16, ((1, 28),)),
        (26, ((1, 44),)),
        (18, ((2, 32),)),
        (24, ((2, 43),)),
        (16, ((4, 27),)),
        (18, ((4, 31),)),
        (22, ((2, 38), (2, 39))),
        (22, ((3, 36), (2, 37))),
        (26, ((4, 43), (1, 44))),
    ),
}
_ALIGNMENT = ((), (6, 18), (6, 22), (6, 26), (6, 30), (6, 34), (6, 22, 38), (6, 24, 42))
_ALIGNMENT += ((6, 26, 46), (6, 28, 50))
_FORMAT_LEVEL = {"L": 0b01, "M": 0b00}


class QrError(ValueError):
    """Data that does not fit a version 1-10 QR code."""


# --- Reed-Solomon over GF(256) ---------------------------------------------------------------
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def rs_generator(degree: int) -> list[int]:
    """Coefficients (highest power first, leading 1) of prod_{i<degree} (x - alpha^i)."""
    g = [1]
    for i in range(degree):
        g = [a ^ _mul(b, _EXP[i]) for a, b in zip([*g, 0], [0, *g], strict=True)]
    return g


def rs_remainder(data: list[int], degree: int) -> list[int]:
    """The ``degree`` error correction codewords of ``data`` (polynomial division)."""
    g = rs_generator(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = rem[1:] + [0]
        for i in range(degree):
            rem[i] ^= _mul(g[i + 1], factor)
    return rem


# --- bit stream ------------------------------------------------------------------------------
def data_capacity(version: int, level: Level) -> int:
    """Data codewords of ``version`` at ``level``."""
    _, groups = _BLOCKS[level][version - 1]
    return sum(n * k for n, k in groups)


def _header_bits(data: bytes, version: int) -> list[int]:
    """ECI 26 (UTF-8) when the data is not ASCII (§ 7.4.2), byte mode 0100, the count."""
    count_bits = 8 if version <= 9 else 16
    eci = [0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0] if any(b >= 0x80 for b in data) else []
    return [*eci, 0, 1, 0, 0, *((len(data) >> i) & 1 for i in range(count_bits - 1, -1, -1))]


def data_codewords(data: bytes, version: int, level: Level) -> list[int]:
    """ECI, mode, count, data, terminator and padding as codewords (§ 7.4)."""
    bits = _header_bits(data, version)
    for byte in data:
        bits += [(byte >> i) & 1 for i in range(7, -1, -1)]
    capacity = data_capacity(version, level) * 8
    if len(bits) > capacity:
        raise QrError(f"{len(data)} bytes do not fit version {version}-{level}")
    bits += [0] * min(4, capacity - len(bits))
    bits += [0] * (-len(bits) % 8)
    words = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = (0xEC, 0x11)
    words += [pad[i % 2] for i in range(capacity // 8 - len(words))]
    return words


def codewords(data: bytes, version: int, level: Level) -> list[int]:
    """The final interleaved data and error correction codewords (§ 7.5-7.6)."""
    ec_len, groups = _BLOCKS[level][version - 1]
    words = data_codewords(data, version, level)
    blocks, pos = [], 0
    for n, k in groups:
        for _ in range(n):
            blocks.append(words[pos : pos + k])
            pos += k
    ecc = [rs_remainder(b, ec_len) for b in blocks]
    out = [b[i] for i in range(max(map(len, blocks))) for b in blocks if i < len(b)]
    out += [e[i] for i in range(ec_len) for e in ecc]
    return out


# --- BCH codes of format and version information ---------------------------------------------
def format_bits(level: Level, mask: int) -> int:
    """The 15 format bits: level and mask, BCH(15,5) with 0x537, XOR 0x5412 (§ 7.9)."""
    data = _FORMAT_LEVEL[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(version: int) -> int:
    """The 18 version bits, BCH(18,6) with 0x1F25 (§ 7.10; versions 7 and up)."""
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


# --- the matrix ------------------------------------------------------------------------------
_MASKS = (
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
)


class _Grid:
    """Modules (row y, column x) and which of them are function patterns."""

    def __init__(self, version: int) -> None:
        self.size = 17 + 4 * version
        self.dark = [[False] * self.size for _ in range(self.size)]
        self.function = [[False] * self.size for _ in range(self.size)]

    def put(self, x: int, y: int, dark: bool) -> None:
        self.dark[y][x] = dark
        self.function[y][x] = True


def _function_patterns(grid: _Grid, version: int) -> None:
    n = grid.size
    for i in range(n):  # timing patterns
        grid.put(6, i, i % 2 == 0)
        grid.put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):  # finders with separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < n and 0 <= y < n:
                    ring = max(abs(dx), abs(dy))
                    grid.put(x, y, ring not in (2, 4))
    centres = _ALIGNMENT[version - 1]
    for cy in centres:
        for cx in centres:
            if (cx, cy) in ((6, 6), (6, n - 7), (n - 7, 6)):
                continue  # would overlap a finder
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    grid.put(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)
    _format(grid, 0)  # reserve the format areas (overwritten once the mask is chosen)
    if version >= 7:
        bits = version_bits(version)
        for i in range(18):
            a, b, dark = n - 11 + i % 3, i // 3, bool(bits >> i & 1)
            grid.put(a, b, dark)
            grid.put(b, a, dark)


def _format(grid: _Grid, bits: int) -> None:
    n = grid.size

    def bit(i: int) -> bool:
        return bool(bits >> i & 1)

    for i in range(6):
        grid.put(8, i, bit(i))
    grid.put(8, 7, bit(6))
    grid.put(8, 8, bit(7))
    grid.put(7, 8, bit(8))
    for i in range(9, 15):
        grid.put(14 - i, 8, bit(i))
    for i in range(8):
        grid.put(n - 1 - i, 8, bit(i))
    for i in range(8, 15):
        grid.put(8, n - 15 + i, bit(i))
    grid.put(8, n - 8, True)  # the dark module


def _place(grid: _Grid, words: list[int]) -> None:
    n, i, total = grid.size, 0, len(words) * 8
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for vert in range(n):
            y = n - 1 - vert if upward else vert
            for x in (right, right - 1):
                if not grid.function[y][x] and i < total:
                    grid.dark[y][x] = bool(words[i >> 3] >> (7 - (i & 7)) & 1)
                    i += 1
        right -= 2


def penalty(m: list[list[bool]]) -> int:
    """The penalty score of a masked matrix (§ 7.8.3: N1 = 3, N2 = 3, N3 = 40, N4 = 10)."""
    n = len(m)
    score = 0
    lines = [list(row) for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    finder = ([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1])
    for line in lines:
        run = 1
        for a, b in zip(line, line[1:], strict=False):
            if a == b:
                run += 1
            else:
                score += 3 + run - 5 if run >= 5 else 0
                run = 1
        score += 3 + run - 5 if run >= 5 else 0
        ints = [int(v) for v in line]
        for i in range(n - 10):
            if ints[i : i + 11] in finder:
                score += 40
    for y in range(n - 1):
        for x in range(n - 1):
            if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(map(sum, m))
    percent = dark * 100 / (n * n)
    below = int(percent // 5) * 5
    score += min(abs(below - 50), abs(below + 5 - 50)) // 5 * 10
    return score


@dataclass(frozen=True)
class QrCode:
    """A QR code: ``modules[y][x]`` is True for a dark module (no quiet zone included)."""

    version: int
    level: Level
    mask: int
    modules: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.modules)

    def to_text(self, quiet: int = 4, dark: str = "██", light: str = "  ") -> str:
        """The code as text lines with a ``quiet`` zone (two characters per module)."""
        n = self.size + 2 * quiet
        rows = []
        for y in range(-quiet, self.size + quiet):
            rows.append(
                "".join(
                    dark
                    if 0 <= y < self.size and 0 <= x < self.size and self.modules[y][x]
                    else light
                    for x in range(-quiet, n - quiet)
                )
            )
        return "\n".join(rows)


def encode(
    data: str | bytes, level: Level = "M", version: int | None = None, mask: int | None = None
) -> QrCode:
    """A QR code of ``data`` (text as UTF-8, announced by an ECI when it is not ASCII) in byte
    mode: the smallest version that fits (or ``version``) and the mask with the lowest
    penalty (or ``mask``)."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if level not in _BLOCKS:
        raise QrError(f"level {level!r}: choose L or M")
    versions = [version] if version else list(range(1, MAX_VERSION + 1))
    for v in versions:
        if len(_header_bits(raw, v)) + 8 * len(raw) <= data_capacity(v, level) * 8:
            break
    else:
        raise QrError(
            f"{len(raw)} bytes are too long for a version {versions[-1]} QR code at level {level}"
        )
    words = codewords(raw, v, level)
    base = _Grid(v)
    _function_patterns(base, v)
    _place(base, words)
    best: tuple[int, int, list[list[bool]]] | None = None
    for k in [mask] if mask is not None else range(8):
        grid = _Grid(v)
        grid.function = base.function
        grid.dark = [
            [
                base.dark[y][x] ^ (not base.function[y][x] and _MASKS[k](x, y))
                for x in range(base.size)
            ]
            for y in range(base.size)
        ]
        _format(grid, format_bits(level, k))
        score = penalty(grid.dark)
        if best is None or score < best[0]:
            best = (score, k, grid.dark)
    _, k, modules = best
    return QrCode(v, level, k, tuple(tuple(row) for row in modules))
