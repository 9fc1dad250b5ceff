"""A real `claims serve` on the seeds, for the serve and browser tests: the seeds ingested by
the real command (as the README says), then the server started on a free loopback port
(--port 0: the OS picks, the command prints the URL it listens on)."""

from __future__ import annotations

import subprocess
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from claims import SEEDS_DIR
from tests.cli_process import popen_claims, run_claims

START_TIMEOUT = 60  # seconds: Datasette's start-up on a busy two-core machine


def ingest_seeds(folder: Path) -> Path:
    db = folder / "seeds.db"
    result = run_claims("ingest", str(SEEDS_DIR), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


@contextmanager
def serving(db: Path):
    """The base URL of `claims serve --db DB` while it runs; stopped (and reaped) after."""
    process = popen_claims("serve", "--db", str(db), "--port", "0", stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()  # printed once the socket is bound
        if not line.startswith("http://"):
            process.kill()
            raise AssertionError(f"claims serve did not start: {line!r} {process.stderr.read()[-2000:]}")
        url = line.split()[0].rstrip("/")
        _wait(url)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait(url: str) -> None:
    """Until the server answers (the URL is printed just before uvicorn starts accepting)."""
    import time

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(url + "/-/versions.json", timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
