"""Hypothesis runs derandomized under CI (CI=true), so a landing run is reproducible;
locally each run explores new examples."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
