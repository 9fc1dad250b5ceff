"""Hypothesis runs derandomized under CI (CI=true), so a landing run is reproducible;
locally each run explores new examples."""

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    """The seeds ingested once by the real `claims ingest` (tests.served); only read after."""
    from tests.served import ingest_seeds

    return ingest_seeds(tmp_path_factory.mktemp("seeds"))
