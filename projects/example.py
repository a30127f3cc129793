"""The Assen study shipped with Weegwijzer, opened when no file is given."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from projects.study import Study
from projects.study_file import loads

EXAMPLE_NAME = "assen.weegwijzer.json"


def example_text() -> str:
    return resources.files("resources").joinpath(EXAMPLE_NAME).read_text(encoding="utf-8")


def example_study() -> Study:
    """The Assen study (a fresh value each call; the shipped file is never written)."""
    return loads(example_text(), EXAMPLE_NAME)


def is_example(path: Path | None) -> bool:
    """Whether ``path`` is the shipped resource itself (never to be overwritten)."""
    if path is None:
        return False
    shipped = Path(str(resources.files("resources").joinpath(EXAMPLE_NAME)))
    try:
        return path.resolve() == shipped.resolve()
    except OSError:
        return False
