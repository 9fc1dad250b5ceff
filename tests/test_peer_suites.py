"""Our money parser against the three peer money suites in shared/peer-suites.

One test per case (id = the input text), scored by ``benchmarks.peer_suites`` (its docstring
states the matching rules).  Cases in tests/peer_conventions.toml (the suite's convention is not
ours) and tests/peer_known_bugs.toml (parser bugs) are xfail(strict=True): a case that starts to
pass fails the run until its entry is removed.  One test per suite checks the
convention-adjusted pass rate against the 0.95 floor; the raw rate (conventions counted as
failures) is printed by ``python -m benchmarks.peer_suites``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import peer_suites as peer  # noqa: E402

pytestmark = pytest.mark.skipif(not peer.suites_available(),
                                reason=f"peer suites not found in {peer.SUITES_DIR} (set PEER_SUITES_DIR)")

CONVENTIONS = peer.load_listed(peer.CONVENTIONS_FILE)
KNOWN_BUGS = peer.load_listed(peer.KNOWN_BUGS_FILE)
RATE_XFAILS = peer.load_rate_xfails(peer.KNOWN_BUGS_FILE)


def _params(suite: str):
    if not peer.suites_available():
        return []
    out = []
    for key, row in peer.cases(suite):
        reason = CONVENTIONS.get((suite, key)) or KNOWN_BUGS.get((suite, key))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=key, marks=marks))
    return out


def _check(suite: str, row: dict) -> None:
    verdict = peer.score_ours(suite, row)
    assert verdict.passed, (
        f"{suite}: expected {peer.expected_text(suite, row)}, got {verdict.got} ({verdict.why})"
    )


@pytest.mark.parametrize("row", _params("duckling_zh_money"))
def test_duckling_zh_money(row):
    _check("duckling_zh_money", row)


@pytest.mark.parametrize("row", _params("recognizers_zh_currency"))
def test_recognizers_zh_currency(row):
    _check("recognizers_zh_currency", row)


@pytest.mark.parametrize("row", _params("jionlp_money_cases"))
def test_jionlp_money_cases(row):
    _check("jionlp_money_cases", row)


@pytest.mark.parametrize("suite", [
    pytest.param(s, marks=[pytest.mark.xfail(strict=True, reason=RATE_XFAILS[s])] if s in RATE_XFAILS else [])
    for s in peer.MONEY_SUITES
])
def test_pass_rate(suite):
    results = peer.run((suite,), with_jionlp=False)[suite]
    summary = peer.summarise(suite, results)
    print(f"{suite}: raw {summary.raw_rate:.1%} ({summary.passed}/{summary.scored}), "
          f"convention-adjusted {summary.adjusted_rate:.1%}")
    assert summary.adjusted_rate >= peer.PASS_RATE_FLOOR, (
        f"{suite}: convention-adjusted pass rate {summary.adjusted_rate:.1%} < {peer.PASS_RATE_FLOOR:.0%}; failing: "
        + ", ".join(r.key for r in results if r.ours.passed is False and r.listed_kind != "convention")
    )


@pytest.mark.parametrize("path", [peer.CONVENTIONS_FILE, peer.KNOWN_BUGS_FILE], ids=lambda p: p.name)
def test_listed_cases_exist(path):
    """Every listed case names a real case of a money suite, with a reason of the right kind."""
    known = {(suite, key) for suite in peer.MONEY_SUITES for key, _ in peer.cases(suite)}
    listed = peer.load_listed(path)
    missing = [k for k in listed if k not in known]
    assert not missing, f"{path.name} lists cases that are in no money suite: {missing}"
    prefix = "bug" if path == peer.KNOWN_BUGS_FILE else "convention"
    wrong = [k for k, reason in listed.items() if not reason.startswith(prefix)]
    assert not wrong, f"{path.name}: reasons must start with {prefix!r}: {wrong}"


def test_lists_are_disjoint():
    both = set(CONVENTIONS) & set(KNOWN_BUGS)
    assert not both, f"listed both as convention and as bug: {both}"
