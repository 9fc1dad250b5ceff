"""Tests of the lexicon table itself (STYLE.md point 2): each row against an outside authority.

Unicode says what a numeral character is worth, OpenCC what a traditional
spelling simplifies to, ISO 4217 what a currency code looks like, and
``parsers.text.normalize`` (as the parser calls it) what form a key must have
to ever match.
Rows that break a rule today are strict xfails named in ``LEXICON_GAPS``.
"""

from __future__ import annotations

import re
import typing
import unicodedata
from collections import defaultdict
from decimal import Decimal
from functools import partial

import opencc
import pytest

from parsers import lexicon
from parsers.lexicon import (
    CONNECTORS,
    CURRENCIES,
    DEFAULT_YUAN,
    DIGITS,
    EFFECTS,
    EN_SCALES,
    HEDGE_BLOCKED_AFTER,
    HEDGE_BLOCKED_BEFORE,
    HEDGES,
    LARGE_UNITS,
    LOCALE_CUES,
    MONEY_CUES,
    NOT_MONEY_AFTER,
    QUALIFIER_KINDS,
    RANGE_OPENERS,
    SMALL_UNITS,
    SUBUNITS,
    TRADITIONAL_EXAMPLES,
    UNIT_INFIX_HEDGES,
    VAGUE_WORDS,
    Hedge,
    Meaning,
    Tolerance,
    qualifier_kind,
    qualifier_meaning,
)
from parsers.numerals import parse_numeral
from parsers.text import normalize

_T2S = opencc.OpenCC("t2s")
# The form parse_money / extract_money match on: fullwidth digits, letters and signs folded,
# Chinese punctuation (，：（）) kept, which the grammar reads in both widths.
matching_form = partial(normalize, punctuation=False)
_ISO_4217_SHAPE = re.compile(r"[A-Z]{3}")
_DOCUMENT_YUAN = "YUAN"  # documented in lexicon.Currency: the yuan the document establishes


def _is_power_of_ten(n: int) -> bool:
    return n >= 1 and str(n) == "1" + "0" * (len(str(n)) - 1)


def _strict_xfail_for(gaps: dict[str, str], key: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=f"KNOWN GAP: {gaps[key]}")] if key in gaps else []


# --- Digits and units ----------------------------------------------------------------------------

@pytest.mark.parametrize(("char", "value"), DIGITS.items(), ids=list(DIGITS))
def test_digit_value_is_its_unicode_value(char, value):
    numeric = unicodedata.numeric(char, None)
    if numeric is None:  # 两, ○: Unicode gives them no value; the numeral reader must still know them
        assert parse_numeral(char).value == value
    else:
        assert numeric == value


@pytest.mark.parametrize(("char", "value"), DIGITS.items(), ids=list(DIGITS))
def test_numeral_reader_reads_each_digit(char, value):
    assert parse_numeral(char).value == value


def test_every_digit_has_a_character():
    assert set(DIGITS.values()) == set(range(10))


@pytest.mark.parametrize("digit", range(10))
def test_fullwidth_digit_normalises_to_the_same_value(digit):
    fullwidth = chr(ord("０") + digit)
    assert unicodedata.digit(fullwidth) == digit
    assert matching_form(fullwidth) == normalize(fullwidth) == str(digit)
    assert parse_numeral(matching_form(fullwidth * 3)).value == digit * 111


@pytest.mark.parametrize(("word", "value"), SMALL_UNITS.items(), ids=list(SMALL_UNITS))
def test_small_unit_is_a_power_of_ten(word, value):
    assert _is_power_of_ten(value) and 10 <= value < min(LARGE_UNITS.values())
    assert unicodedata.numeric(word) == value
    assert parse_numeral("一" + word).value == value


@pytest.mark.parametrize(("word", "value"), LARGE_UNITS.items(), ids=list(LARGE_UNITS))
def test_large_unit_is_a_power_of_ten(word, value):
    assert _is_power_of_ten(value) and value > max(SMALL_UNITS.values())
    if len(word) == 1:
        assert unicodedata.numeric(word) == value
    assert parse_numeral("1" + word).value == value


@pytest.mark.parametrize(("word", "row"), EN_SCALES.items(), ids=list(EN_SCALES))
def test_english_scale_rows(word, row):
    power, needs_money = row
    assert isinstance(power, int) and power in (3, 4, 6, 9, 12) and isinstance(needs_money, bool)
    assert word == word.lower()


@pytest.mark.parametrize(("word", "fraction"), SUBUNITS.items(), ids=list(SUBUNITS))
def test_subunit_is_a_negative_power_of_ten(word, fraction):
    assert isinstance(fraction, Decimal) and fraction in (Decimal("0.1"), Decimal("0.01"))


@pytest.mark.parametrize(("word", "row"), lexicon.MINOR_UNITS.items(), ids=list(lexicon.MINOR_UNITS))
def test_minor_unit_rows(word, row):
    assert row.fraction in (Decimal("0.1"), Decimal("0.01"))
    assert row.code in {c.code for c in CURRENCIES}
    # a word that is money after any figure must not also be a counter (分 is a score: price cues only)
    assert not row.alone or word not in lexicon.NOT_MONEY_AFTER


def test_count_nouns_are_not_money_cues():
    assert set(lexicon.COUNT_NOUNS) & set(MONEY_CUES) == set()


# --- Traditional spellings -----------------------------------------------------------------------

@pytest.mark.parametrize(("traditional", "simplified"), TRADITIONAL_EXAMPLES.items(), ids=list(TRADITIONAL_EXAMPLES))
def test_traditional_example_simplifies_to_its_value(traditional, simplified):
    assert _T2S.convert(traditional) == simplified
    assert matching_form(traditional) == simplified


# --- Currencies ----------------------------------------------------------------------------------

@pytest.mark.parametrize("currency", CURRENCIES, ids=[c.code for c in CURRENCIES])
def test_currency_code_is_iso_4217_shaped(currency):
    assert _ISO_4217_SHAPE.fullmatch(currency.code) or currency.code == _DOCUMENT_YUAN
    assert currency.suffix or currency.prefix


def test_currency_codes_are_unique():
    codes = [c.code for c in CURRENCIES]
    assert len(codes) == len(set(codes))


def test_no_alias_names_two_currencies():
    owners: dict[str, set[str]] = defaultdict(set)
    for c in CURRENCIES:
        for word in (*c.suffix, *c.prefix, *c.weak):
            owners[word].add(c.code)
    assert {w: codes for w, codes in owners.items() if len(codes) > 1} == {}


def test_default_yuan_and_locale_cues_name_currencies():
    codes = {c.code for c in CURRENCIES}
    assert DEFAULT_YUAN in codes
    assert set(LOCALE_CUES) <= codes
    assert all(weight > 0 for cues in LOCALE_CUES.values() for weight in cues.values())


# --- Hedges, vague words, connectors -------------------------------------------------------------

def test_effects_are_the_effect_type():
    assert set(EFFECTS) == set(typing.get_args(lexicon.Effect))


@pytest.mark.parametrize("hedge", HEDGES, ids=[f"{h.position}-{h.word}" for h in HEDGES])
def test_hedge_effect_is_documented(hedge):
    assert hedge.effect in EFFECTS
    assert hedge.position in ("prefix", "suffix", "infix")
    assert not (hedge.gap and hedge.position != "prefix")


def test_hedge_words_are_unique():
    # qualifier_meaning looks a hedge up by its word alone
    words = [h.word for h in (*HEDGES, *UNIT_INFIX_HEDGES)]
    assert len(words) == len(set(words))


_ALL_HEDGES = (*HEDGES, *UNIT_INFIX_HEDGES)
_MEANINGS = {**{f"effect:{k}": m for k, m in EFFECTS.items()}, **{f"kind:{k}": m for k, m in QUALIFIER_KINDS.items()}}


def _is_fraction_below_one(t: Tolerance) -> bool:
    return isinstance(t.down, Decimal) and isinstance(t.up, Decimal) and 0 <= t.down < 1 and 0 <= t.up < 1


@pytest.mark.parametrize("hedge", _ALL_HEDGES, ids=[f"{h.position}-{h.word}" for h in _ALL_HEDGES])
def test_hedge_tolerance_is_a_fraction_below_one(hedge):
    assert isinstance(hedge.tolerance, Tolerance) and hedge.tolerance.why
    assert _is_fraction_below_one(hedge.tolerance)


@pytest.mark.parametrize("name", _MEANINGS)
def test_meaning_rows_are_complete(name):
    meaning = _MEANINGS[name]
    assert isinstance(meaning, Meaning) and meaning.reading and meaning.tolerance.why
    assert _is_fraction_below_one(meaning.tolerance)


def test_hedge_tolerance_defaults_to_its_effect_and_can_be_overridden():
    own = Tolerance(Decimal("0.05"), Decimal(0), "a word that strays less")
    assert Hedge("约", "prefix", "about").tolerance == EFFECTS["about"].tolerance
    assert Hedge("约", "prefix", "about", tolerance_override=own).tolerance == own


@pytest.mark.parametrize(("effect", "down", "up", "bound"), [
    ("about", "0.10", "0.10", False), ("near", "0.10", "0", True), ("emph", "0.10", "0", True),
    ("gt", "0", "0", True), ("ge", "0", "0", True), ("lt", "0", "0", True), ("le", "0", "0", True),
    ("order", "0", "0", True), ("more", "0", "0", False),
])
def test_effect_tolerances_are_the_documented_ones(effect, down, up, bound):
    meaning = EFFECTS[effect]
    assert (meaning.tolerance.down, meaning.tolerance.up, meaning.bound) == (Decimal(down), Decimal(up), bound)


def test_other_qualifier_kinds_are_already_in_the_interval():
    assert all(m.tolerance[:2] == (0, 0) and not m.bound for m in QUALIFIER_KINDS.values())


@pytest.mark.parametrize(("word", "kind"), [
    ("约", "hedge"), ("最多", "hedge"), ("几", "hedge"), ("9位数", "digit_count"), ("九位数", "digit_count"),
    ("十二位数", "digit_count"), ("数百万", "vague"), ("几十亿", "vague"), ("好几亿", "vague"), ("若干千亿", "vague"),
    ("数十万亿", "vague"), ("三五", "adjacent_digits"), ("两三", "adjacent_digits"), ("一两", "adjacent_digits"),
    ("数", None), ("三一", None), ("据悉", None), ("約", None),  # 約: rows are keyed in matching form
])
def test_qualifier_kind(word, kind):
    assert qualifier_kind(word) == kind
    assert (qualifier_meaning(word) is None) is (kind is None)


def test_unit_infix_hedges_read_like_more():
    assert all(h.position == "infix" and h.effect == "more" for h in UNIT_INFIX_HEDGES)
    assert not {h.word for h in UNIT_INFIX_HEDGES} & {h.word for h in HEDGES}


def test_blocked_keys_are_prefix_hedges():
    prefix_words = {h.word for h in HEDGES if h.position == "prefix"}
    assert set(HEDGE_BLOCKED_AFTER) <= prefix_words
    assert set(HEDGE_BLOCKED_BEFORE) <= {h.word for h in HEDGES if h.position == "prefix" and h.gap}


def test_figure_blocks_are_blocks():
    """HEDGE_BLOCKED_AFTER_FIGURE narrows rows of HEDGE_BLOCKED_AFTER: each character is one of its row's."""
    for word, chars in lexicon.HEDGE_BLOCKED_AFTER_FIGURE.items():
        assert set(chars) <= set(HEDGE_BLOCKED_AFTER[word])


def test_money_level_words_are_level_words():
    assert set(lexicon.LEVEL_MONEY_WORDS) <= set(lexicon.LEVEL_WORDS)
    assert not set(lexicon.LEVEL_MONEY_WORDS) & set(lexicon.LEVEL_SUFFIXES)


def test_inclusive_comparisons_are_inclusive():
    """大于或等于 and its kin (a word holding 等于) bound inclusively; 大于 and 小于 alone do not."""
    for h in HEDGES:
        if "等于" in h.word:
            assert h.effect in ("ge", "le"), h.word
    assert {h.word: h.effect for h in HEDGES if h.word in ("大于", "小于")} == {"大于": "gt", "小于": "lt"}


def test_vague_word_meanings_are_documented():
    assert set(VAGUE_WORDS.values()) <= {"leading", "trailing"}


def test_no_word_is_both_a_money_cue_and_a_counter():
    assert set(MONEY_CUES) & set(NOT_MONEY_AFTER) == set()
    assert set(lexicon.MONEY_CUES_AFTER) & set(MONEY_CUES) == set()


# --- Every key is in the form the parser matches (normalised), and listed once --------------------

def _words(name: str) -> list[str]:
    table = getattr(lexicon, name)
    if name == "CURRENCIES":
        return [w for c in table for w in (*c.suffix, *c.prefix, *c.weak)]
    if name in ("HEDGES", "UNIT_INFIX_HEDGES"):
        return [h.word for h in table]
    if name == "LOCALE_CUES":
        return [w for cues in table.values() for w in cues]
    return list(table)


_KEY_TABLES = ("DIGITS", "SMALL_UNITS", "LARGE_UNITS", "EN_SCALES", "CURRENCIES", "SUBUNITS", "HEDGES",
               "UNIT_INFIX_HEDGES", "VAGUE_WORDS", "CONNECTORS", "RANGE_OPENERS", "MONEY_CUES", "MONEY_CUES_AFTER",
               "NOT_MONEY_AFTER", "NOT_MONEY_BEFORE", "LOCALE_CUES", "HEDGE_BLOCKED_AFTER", "HEDGE_BLOCKED_BEFORE",
               "BARE_FIGURE_COUNTERS", "GAP_ADJECTIVES", "MINOR_UNITS", "PRICE_CUES", "LEVEL_WORDS",
               "CONVERSION_WORDS", "COUNT_NOUNS", "LEVEL_MONEY_WORDS", "PART_WORDS", "SHARED_UNIT_SEPARATORS",
               "HEDGE_BLOCKED_AFTER_FIGURE", "PRICE_MOVE_CUES", "CURRENCY_WORD_NOT_BEFORE")
_WORDS = [(name, word) for name in _KEY_TABLES for word in dict.fromkeys(_words(name))]

# Rows the matching form rewrites can never match: dead rows (their folded twin is in the table).
DEAD_ROWS: dict[str, str] = {}  # none open


@pytest.mark.parametrize(("name", "word"), [
    pytest.param(n, w, id=f"{n}:{w}", marks=_strict_xfail_for(DEAD_ROWS, f"{n}:{w}")) for n, w in _WORDS
])
def test_key_is_in_matching_form(name, word):
    assert matching_form(word) == word


DUPLICATE_ROWS: dict[str, str] = {}  # none open


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=_strict_xfail_for(DUPLICATE_ROWS, n))
    for n in ("CONNECTORS", "RANGE_OPENERS", "MONEY_CUES", "MONEY_CUES_AFTER", "NOT_MONEY_AFTER", "NOT_MONEY_BEFORE", "PRICE_CUES",
              "LEVEL_WORDS", "CONVERSION_WORDS", "COUNT_NOUNS", "PART_WORDS", "BARE_FIGURE_COUNTERS")
])
def test_word_list_has_no_duplicates(name):
    words = getattr(lexicon, name)
    assert len(words) == len(set(words))


def test_connectors_and_openers_hold_no_numerals():
    for word in (*CONNECTORS, *RANGE_OPENERS):
        assert not any(c in DIGITS or c in SMALL_UNITS or c.isdigit() for c in word)
