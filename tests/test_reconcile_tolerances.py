from decimal import Decimal

import opencc
import pytest

from tests.claim_factory import claim
from reconcile.compare import compare
from reconcile.tolerances import (
    ABOUT, DEFAULT_APPROX, NONE, TOLERANCES, is_bound_word, tolerance,
)

T2S = opencc.OpenCC("t2s")


@pytest.mark.parametrize("word", [w for w in TOLERANCES if T2S.convert(w) != w])
def test_traditional_spelling_has_the_simplified_value(word):
    assert TOLERANCES[T2S.convert(word)] == TOLERANCES[word]


@pytest.mark.parametrize("word", sorted(TOLERANCES))
def test_rows_are_fractions_below_one(word):
    t = TOLERANCES[word]
    assert Decimal(0) <= t.down < 1 and Decimal(0) <= t.up < 1


@pytest.mark.parametrize("qualifiers, approx, expected", [
    pytest.param(("约",), False, NONE, id="not-approx-ignores-words"),
    pytest.param(("约",), True, ABOUT, id="约"),
    pytest.param(("左右",), True, ABOUT, id="左右"),
    pytest.param((), True, DEFAULT_APPROX, id="approx-without-word"),
    pytest.param(("据悉",), True, DEFAULT_APPROX, id="unknown-word"),
    pytest.param(("超过",), True, (Decimal(0), Decimal(0)), id="bound-already-in-interval"),
    pytest.param(("近", "约"), True, (Decimal("0.10"), Decimal("0.10")), id="widest-wins"),
])
def test_tolerance_lookup(qualifiers, approx, expected):
    assert tolerance(qualifiers, approx)[:2] == tuple(expected)[:2]


@pytest.mark.parametrize("word, bound", [("超过", True), ("近", True), ("高达", True),
                                         ("约", False), ("多", False), ("位数", False)])
def test_bound_words(word, bound):
    assert is_bound_word(word) is bound


# Worked examples: precision 5万 on both sides, so only the hedge decides.
EXAMPLES = [
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("约",)), "1.35e6", "consistent",
                 id="约120万-vs-135万"),
    pytest.param(dict(value="1.2e6"), "1.35e6", "conflict", id="120万-vs-135万"),
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("左右",)), "1.05e6", "consistent",
                 id="120万左右-vs-105万"),
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("约",)), "1.45e6", "conflict",
                 id="约120万-vs-145万"),
    pytest.param(dict(value="1e7", approx=True, qualifiers=("近",)), "9.2e6", "consistent",
                 id="近1000万-vs-920万"),
    pytest.param(dict(value="1e7", approx=True, qualifiers=("近",)), "1.1e7", "conflict",
                 id="近1000万-vs-1100万"),
]


@pytest.mark.parametrize("hedged, other, verdict", EXAMPLES)
def test_hedge_examples(hedged, other, verdict):
    a = claim(precision="5e4", **hedged)
    b = claim(other, precision="5e4")
    assert compare(a, b).verdict == verdict
