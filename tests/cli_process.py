"""Run the `claims` command as a real process, as a user would (python -m claims).

As root, the process drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its bounding set
before it starts, so file permissions (a read-only database, an unreadable folder) apply to
it as they do to anyone else.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _as_plain_user() -> None:
    if os.getuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _close_stdin() -> None:
    _as_plain_user()
    os.close(0)


def claims_command(*args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "claims", *args]


def run_claims(*args: str | bytes, stdin_closed: bool = False, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """Run ``claims ARGS``; stdout and stderr captured as text (undecodable bytes escaped)."""
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stdin", subprocess.DEVNULL if not stdin_closed else None)
    return subprocess.run(
        claims_command(*args), stderr=subprocess.PIPE, timeout=timeout,
        preexec_fn=_close_stdin if stdin_closed else _as_plain_user,
        text=True, errors="backslashreplace", **kw)


def popen_claims(*args: str | bytes, **kw) -> subprocess.Popen:
    return subprocess.Popen(claims_command(*args), preexec_fn=_as_plain_user, **kw)
