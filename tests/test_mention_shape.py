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


def test_json_line_is_the_encoders_line():
    """`claims mentions` writes MoneyMention.json_line: the JSON encoder's line, byte for byte."""
    import json

    from claims import SEEDS_DIR
    from claims.documents import iter_documents
    from parsers import extract_money

    encode = json.JSONEncoder(ensure_ascii=False).encode
    odd = [_M, replace(_M, text='a"\\\n\x01é𝄞', max=Decimal("2.25"), currency=None, qualifiers=()),
           replace(_M, min=Decimal("0.1"), precision=None, qualifiers=("约", '"多"'), currency_reason="")]
    found = [(doc.path, m) for doc in iter_documents([str(SEEDS_DIR)], light=True) for m in extract_money(doc.text)]
    assert len(found) > 20
    for doc, mention in [("d\"\\\udcff", m) for m in odd] + found:
        assert mention.json_line(doc) == encode({"doc": doc, **mention.to_json()})


def test_the_readings_replace_is_dataclasses_replace():
    from parsers.money import Reading
    from parsers.money import replace as reading_replace

    assert len(fields(Reading)) == 15  # parsers.money.replace spells every field: a new one goes there too
    whole = Reading(*(f"v{i}" for i in range(15)))
    assert reading_replace(whole) == replace(whole)
    assert reading_replace(whole, min=Decimal(1), rule="x") == replace(whole, min=Decimal(1), rule="x")
    assert reading_replace(whole, qualifiers=["约"]).qualifiers == ["约"]
