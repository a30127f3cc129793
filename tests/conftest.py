"""Test-wide settings: one BLAS thread, as the app runs (see desktop/__init__.py); on CI
(``CI`` set) hypothesis runs derandomised, so a clean clone tests the same examples every
run; locally it keeps exploring."""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
