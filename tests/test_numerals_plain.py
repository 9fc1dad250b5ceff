"""The standard Chinese spellings below 10,000 that parsers.numerals reads without cn2an read as
cn2an reads them: every string the fast reader accepts, checked (cn2an stays the reference)."""

from itertools import product

import cn2an

from parsers.numerals import _plain_chinese, parse_numeral

_DIGIT = ["", *"一二三四五六七八九"]
_LEADS = ["", *"一二两三四五六七八九"]


def _spellings():
    """Every string of the fast reader's pattern: [d千][零][d百][零][[d]十][d]."""
    yield "零"
    for k, z1, h, z2, t, ten, u in product(_LEADS, ["", "零"], _LEADS, ["", "零"], _DIGIT, ["", "十"], _LEADS):
        yield (k and k + "千") + z1 + (h and h + "百") + z2 + (t if ten else "") + ten + u


def test_every_accepted_spelling_reads_as_cn2an_reads_it():
    accepted = 0
    for text in set(_spellings()):
        value = _plain_chinese(text)
        if value is None:
            continue
        accepted += 1
        assert value == cn2an.cn2an(text, "normal"), text
    assert accepted >= 9999 + 900  # every number below 10,000, and 两 in the thousands or hundreds


def test_other_spellings_are_left_to_cn2an():
    for text in ("一千五", "一百十", "十两", "一千零零五", "五十零", "一二", "两十", "十十", "壹佰", ""):
        assert _plain_chinese(text) is None, text


def test_numerals_read_the_same_either_way():
    assert parse_numeral("一千零五十万").value == 10_500_000
    assert parse_numeral("两百亿").value == 20_000_000_000
    assert parse_numeral("一千五").value == 1500  # (cn2an's reading)
