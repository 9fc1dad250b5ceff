"""Installing and running as users do: the optional hypothesis extra, and ``python -m claims``.

Each check runs in a fresh interpreter (a module already imported in this
test session would hide a missing import).  The wheel itself is checked by
``.ci/wheel_check``, which is too slow for the test suite.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# None in sys.modules makes ``import hypothesis`` raise ModuleNotFoundError, as if not installed.
_NO_HYPOTHESIS = """
import sys
sys.modules["hypothesis"] = None
import parsers.strategies, parsers.format, claims.cli
assert "hypothesis" not in {m.partition(".")[0] for m, v in sys.modules.items() if v is not None}
try:
    parsers.strategies.money_expressions()
except ImportError as error:
    print(type(error).__name__, error)
else:
    raise SystemExit("money_expressions() built a strategy without hypothesis")
"""


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    # cwd=REPO: the source tree comes first on sys.path, as in this test session.
    return subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=False)


def test_imports_work_without_hypothesis_and_strategies_say_what_is_missing():
    result = _python("-c", _NO_HYPOTHESIS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ModuleNotFoundError")
    assert "hypothesis" in result.stdout and "claims-engine[strategies]" in result.stdout


def test_strategies_build_with_hypothesis():
    from hypothesis.strategies import SearchStrategy

    from parsers import strategies

    assert isinstance(strategies.money_expressions(), SearchStrategy)
    assert isinstance(strategies.KINDS["point"](strategies._Cur()), SearchStrategy)


def test_python_m_claims_help_lists_the_commands():
    result = _python("-m", "claims", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: claims ")
    for command in ("check", "conflicts", "consensus", "export", "ingest", "list", "mentions"):
        assert f"\n  {command} " in result.stdout, command


def test_python_m_claims_version():
    result = _python("-m", "claims", "--version")
    assert result.returncode == 0, result.stderr
    assert version("claims-engine") in result.stdout
