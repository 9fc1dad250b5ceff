"""A reader that stops early (``claims mentions DIR | head -1``) ends the command quietly.

Regression (issue 13): the closed pipe was reported as ``Error: standard output: cannot
write: Broken pipe`` with exit 1 (mentions, check), or, for output written outside the
guarded writes, left to the interpreter's last flush ("Exception ignored ... BrokenPipeError").
Now every command that writes to standard output stops at the first failed write, prints
nothing, and exits 141 (128 + SIGPIPE, what a shell shows for coreutils in the same place).
Each test drives a real process through a real pipe.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from claims import SEEDS_DIR
from tests.cli_process import popen_claims, run_claims

PIPE_CLOSED = 141


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("pipes") / "seeds.db")
    done = run_claims("ingest", str(SEEDS_DIR), "--db", path)
    assert done.returncode == 0, done.stderr
    return path


def _into_closed_pipe(*args: str) -> tuple[int, str]:
    """Run ``claims ARGS`` with standard output a pipe whose reader is already gone: the
    first write fails with EPIPE. (exit status, standard error)"""
    read, write = os.pipe()
    os.close(read)
    try:
        child = popen_claims(*args, stdout=write, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    finally:
        os.close(write)
    _, err = child.communicate(timeout=120)
    return child.returncode, err.decode("utf-8", "backslashreplace")


COMMANDS = {
    "mentions": lambda db: ["mentions", str(SEEDS_DIR)],
    "mentions table": lambda db: ["mentions", str(SEEDS_DIR), "--format", "table"],
    "list": lambda db: ["list", "--db", db],
    "list jsonl": lambda db: ["list", "--db", db, "--format", "jsonl"],
    "export csv": lambda db: ["export", "--db", db],
    "export json conflicts": lambda db: ["export", "--db", db, "--format", "json", "--conflicts"],
    "export claimreview": lambda db: ["export", "--db", db, "--format", "claimreview"],
    "conflicts": lambda db: ["conflicts", "--db", db],
    "conflicts json": lambda db: ["conflicts", "--db", db, "--format", "json"],
    "conflicts possible": lambda db: ["conflicts", "--db", db, "--possible"],
    "consensus": lambda db: ["consensus", "--db", db],
    "check": lambda db: ["check", str(SEEDS_DIR), "--db", db],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_closed_pipe_ends_quietly(name, db):
    status, err = _into_closed_pipe(*COMMANDS[name](db))
    assert status == PIPE_CLOSED, err
    assert err == ""  # no traceback, no "Exception ignored", no error line


def test_head_one_of_mentions(tmp_path):
    """The shape users type: read one line, close the pipe, the writer still going. The
    folder's mentions are more than a pipe holds, so the writer meets the closed pipe."""
    for n in range(8):
        shutil.copytree(SEEDS_DIR, tmp_path / f"copy{n}")
    child = popen_claims("mentions", str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL)
    first = child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read().decode("utf-8", "backslashreplace")
    child.wait(timeout=120)
    assert first.startswith(b'{"doc": ')
    assert child.returncode == PIPE_CLOSED, err
    assert err == ""


def test_a_full_disk_is_still_an_error(tmp_path):
    """Only a closed pipe is quiet: a write that fails otherwise (/dev/full) stays a one-line error."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = run_claims("mentions", str(SEEDS_DIR), stdout=full)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: standard output: cannot write: No space left on device"]
