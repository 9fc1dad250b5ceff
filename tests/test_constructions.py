"""The issue-11 constructions (tests/corpus/constructions.py): every group is the test of its
rule, the positive cases and the look-alikes beside them, with exact spans and readings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import extract_money
from tests.corpus import constructions

GROUPS = [name for name in dir(constructions) if name.isupper() and name != "N"]


def _params():
    for name in GROUPS:
        for i, (text, expected) in enumerate(getattr(constructions, name)):
            yield pytest.param(text, expected, id=f"{name.lower()}-{i}")


def _dec(value):
    return None if value is None else Decimal(value)


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_construction(text, expected):
    found = extract_money(text)
    assert [m.text for m in found] == [e[0] for e in expected]
    for m, (span, low, high, currency, *attrs) in zip(found, expected, strict=True):
        assert text[m.start:m.end] == m.text
        assert (m.min, m.max, m.currency) == (_dec(low), _dec(high), currency), span
        for key, value in (attrs[0] if attrs else {}).items():
            assert getattr(m, key) == value, (span, key)


def test_every_rule_has_negative_cases():
    positive = [n for n in GROUPS if not n.endswith("_NOT_MONEY")]
    assert all(f"{n}_NOT_MONEY" in GROUPS for n in positive)
