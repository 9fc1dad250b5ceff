"""MoneyMention's hand-written to_json and moved cover every field, in field order: a new field
added to the dataclass without them fails here."""

from dataclasses import asdict, fields, replace
from decimal import Decimal

from parsers.mention import MoneyMention, decimal_to_json

_M = MoneyMention(3, 9, "1.5亿美元", Decimal("150000000"), None, "USD", True, False, True, True,
                  Decimal("5000000"), ("约",), "bare", True, "stated")


def test_to_json_is_every_field_in_order():
    expected = asdict(_M)
    for key in ("min", "max", "precision"):
        expected[key] = decimal_to_json(expected[key])
    expected["qualifiers"] = list(_M.qualifiers)
    assert list(_M.to_json()) == [f.name for f in fields(MoneyMention)]
    assert _M.to_json() == expected


def test_moved_is_replace():
    assert len(fields(MoneyMention)) == 15  # moved() spells every field: a new one goes there too
    assert _M.moved(10, 16, "x") == replace(_M, start=10, end=16, text="x")
