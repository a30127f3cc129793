"""The QR encoder against published vectors and, where zbar is installed, a real decoder."""

import shutil
import subprocess

import pytest

from projects.qr import QrError, encode, format_bits, rs_remainder, version_bits


def test_reed_solomon_hello_world_1m():
    """thonky.com's QR tutorial, "HELLO WORLD" as 1-M: its 16 data codewords give these 10
    error correction codewords."""
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]


@pytest.mark.parametrize(
    ("level", "mask", "bits"),
    [("L", 0, "111011111000100"), ("L", 4, "110011000101111"), ("M", 0, "101010000010010")],
)
def test_format_information_strings(level, mask, bits):
    """The format information table of ISO/IEC 18004 annex C (as in thonky.com's table)."""
    assert format(format_bits(level, mask), "015b") == bits


def test_version_information_string():
    assert format(version_bits(7), "018b") == "000111110010010100"


@pytest.mark.parametrize("version", [1, 2, 7, 10])
def test_structure(version):
    code = encode("https://x.nl/", "M", version=version)
    n = code.size
    assert n == 17 + 4 * version and code.version == version
    m = code.modules
    for x0, y0 in ((0, 0), (n - 7, 0), (0, n - 7)):  # finder patterns
        assert [m[y0][x0 + i] for i in range(7)] == [True] * 7
        assert [m[y0 + 1][x0 + i] for i in range(7)] == [True] + [False] * 5 + [True]
        assert m[y0 + 3][x0 + 3]
    assert [m[6][x] for x in range(8, n - 8)] == [x % 2 == 0 for x in range(8, n - 8)]
    assert m[n - 8][8]  # the dark module
    # both copies of the format information (§ 7.9.1) carry the level and the chosen mask
    first = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)]
    first += [(14 - i, 8) for i in range(9, 15)]
    second = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for cells in (first, second):
        bits = sum(m[y][x] << i for i, (x, y) in enumerate(cells))
        assert bits == format_bits(code.level, code.mask)
    assert "██" in code.to_text()


def test_too_long_and_bad_level():
    with pytest.raises(QrError, match="too long"):
        encode("x" * 300, "M")
    with pytest.raises(QrError, match="level"):
        encode("x", "H")


def write_pbm(code, path, scale=4, quiet=4):
    n = code.size + 2 * quiet
    lines = []
    for y in range(-quiet, code.size + quiet):
        row = []
        for x in range(-quiet, code.size + quiet):
            dark = 0 <= x < code.size and 0 <= y < code.size and code.modules[y][x]
            row += ["1" if dark else "0"] * scale
        lines += [" ".join(row)] * scale
    path.write_text(f"P1\n{n * scale} {n * scale}\n" + "\n".join(lines) + "\n")


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
@pytest.mark.parametrize("level", ["L", "M"])
@pytest.mark.parametrize(
    "text", ["http://192.168.1.20:8765/s/ts1tdbAo1Ep_ZK22nOK7qynvsfDtQWo-/", "Weegwijzer ✓"]
)
def test_zbar_reads_every_version(tmp_path, level, text):
    for version in (1, 2, 3, 6, 7, 8, 9, 10):
        try:
            code = encode(text, level, version=version)
        except QrError:
            continue  # does not fit this small version
        image = tmp_path / f"v{version}.pbm"
        write_pbm(code, image)
        result = subprocess.run(
            ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, timeout=30
        )
        assert result.stdout.rstrip("\n") == text, (version, code.mask)
