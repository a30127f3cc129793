"""Study file and Excel speed for 500 candidates x 30 criteria (issue 4 targets, 2-core machine:
load + evaluate under 2 s, xlsx export under 5 s).

Builds the study in memory (three themes, five-point and numeric criteria, a rationale and
source on every score, two scenarios), then prints the time to load it from JSON text, to
evaluate it, to export it to xlsx and, for reference, to write the template and import it,
each as wall-clock and CPU time.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (see desktop/__init__.py)

import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from criteria.scales import FivePointScale, NumericScale  # noqa: E402
from criteria.text import Text  # noqa: E402
from criteria.tree import CriteriaTree, Criterion, Theme  # noqa: E402
from projects.excel_export import export_workbook  # noqa: E402
from projects.excel_import import import_workbook, write_template  # noqa: E402
from projects.study import METHODS, Candidate, Scenario, Score, Study  # noqa: E402
from projects.study_file import dumps, loads  # noqa: E402

M, N, THEMES = 500, 30, 3


def big_study(m: int = M, n: int = N, seed: int = 1) -> Study:
    """``m`` candidates x ``n`` criteria over ``THEMES`` themes; every fifth criterion numeric."""
    rng = np.random.default_rng(seed)
    criteria = [
        Criterion(
            f"k{j}",
            Text(f"Criterium {j}", f"Criterion {j}"),
            direction="cost" if j % 7 == 3 else "benefit",
            scale=NumericScale("mln €", 0, 100) if j % 5 == 4 else FivePointScale(),
        )
        for j in range(n)
    ]
    per = -(-n // THEMES)
    tree = CriteriaTree(
        tuple(
            Theme(
                f"t{t}", Text(f"Thema {t}", f"Theme {t}"), children=tuple(criteria[t * per :][:per])
            )
            for t in range(THEMES)
        )
    )
    candidates = tuple(
        Candidate(f"c{i}", Text(f"Project {i}", f"Project {i}"), area=f"Wijk {i % 12}")
        for i in range(m)
    )
    scores = {}
    for c in candidates:
        for crit in criteria:
            numeric = isinstance(crit.scale, NumericScale)
            value = float(rng.uniform(0, 100)) if numeric else float(rng.integers(-2, 3))
            scores[(c.id, crit.id)] = Score(
                round(value, 2), Text(f"Toelichting bij {c.id} op {crit.id}"), "rapport § 3"
            )
    scenarios = (
        Scenario("gelijk", Text("Gelijk", "Equal")),
        Scenario("t0-voorop", Text("Thema 0 voorop", "Theme 0 first"), weights={"t0": 3}),
    )
    return Study(
        title=Text("Benchmark"),
        criteria=tree,
        candidates=candidates,
        scores=scores,
        scenarios=scenarios,
        active_scenario="gelijk",
    )


def timed(label: str, fn):
    """Run ``fn`` and print its wall-clock and CPU time (the machine is shared: CPU time shows
    the work itself, wall time what a user waits)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<28} {wall:7.3f} s wall {cpu:7.3f} s CPU")
    return result


def main() -> None:
    text = dumps(big_study())
    print(f"{M} candidates x {N} criteria, study JSON {len(text) / 1e6:.1f} MB")
    start = time.perf_counter()
    study = timed("load (from JSON text)", lambda: loads(text))
    timed("evaluate (weighted sum)", lambda: study.evaluate("weighted_sum"))
    print(f"{'load + evaluate':<28} {time.perf_counter() - start:7.3f} s wall (target < 2 s)")
    for method in METHODS[1:]:
        timed(f"  evaluate ({method})", lambda m=method: study.evaluate(m))
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.xlsx"
        timed("xlsx export (target < 5 s)", lambda: export_workbook(study, export))
        print(f"{'  export size':<28} {export.stat().st_size / 1e6:7.1f} MB")
        template = Path(tmp) / "template.xlsx"
        timed("xlsx template", lambda: write_template(study, template))
        again = timed("xlsx import (template)", lambda: import_workbook(template))
        assert again == study


if __name__ == "__main__":
    main()
