"""Corpus tests: each rule's examples are its tests (dev set and held-out set)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import extract_money, parse_money
from tests.corpus import dev, heldout


def _cases(corpora):
    for rule, groups in corpora.items():
        for expected, texts in groups.items():
            for text in texts:
                yield pytest.param(text, expected, id=f"{rule}:{text}")


def _bound(spec: str | None):
    """'>100' -> (Decimal(100), False); '100' -> (Decimal(100), True); None -> (None, True)."""
    if spec is None:
        return None, True
    if spec[0] in "<>":
        return Decimal(spec[1:]), False
    return Decimal(spec), True


def _check(text: str, expected) -> None:
    low_spec, high_spec, currency = expected
    mention = parse_money(text)
    assert mention is not None, f"{text!r} did not parse"
    low, low_incl = _bound(low_spec)
    high, high_incl = _bound(high_spec)
    assert (mention.min, mention.max, mention.currency) == (low, high, currency)
    assert mention.min_inclusive == low_incl
    if high is not None:
        assert mention.max_inclusive == high_incl


@pytest.mark.parametrize(("text", "expected"), list(_cases(dev.CORPORA)))
def test_dev_corpus(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), list(_cases(heldout.CORPORA)))
def test_heldout_corpus(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "spans"), [pytest.param(t, s, id=t) for t, s in dev.EXTRACT + heldout.EXTRACT])
def test_extract(text, spans):
    found = extract_money(text)
    assert [m.text for m in found] == spans
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", dev.NEGATIVE + heldout.NEGATIVE)
def test_negative(text):
    assert parse_money(text) is None
    assert extract_money(text) == []
