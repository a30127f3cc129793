"""Test-wide settings: on CI (``CI`` set) hypothesis runs derandomised, so a clean clone
tests the same examples every run; locally it keeps exploring."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
