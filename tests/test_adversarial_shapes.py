"""Issue 13, item 1: adversarial shapes drawn from the lexicon, checked by their results (not their time;
benchmarks/adversarial.py times the fixed shapes from 16K to 4M characters).

A shape is a short unit repeated many times, the kind of input that once made a pattern re-read the same
characters from every position: separators, digit runs, scale units, hedges, currency words and money cues
drawn from the lexicon tables. Two properties:

- a money expression drawn with its value (parsers/strategies.py), repeated between filler sentences, is
  found at every copy with the value it was drawn with;
- any repeated unit of lexicon fragments gives well-formed mentions: in order, not overlapping, each span
  the text it says, bounds in order, and the same mentions for the same text read again (the parser's
  caches of readings by their words must not change an answer).
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from parsers import extract_money, lexicon
from parsers.strategies import Drawn, chinese_filler, money_expressions
from tests.test_strategies import expected, known_extract_gap, observed

SHAPES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SENTENCE_ENDS = ("。", "；", "！", "\n")


@SHAPES
@given(money_expressions(require_currency=True), chinese_filler(min_size=1, max_size=8),
       st.sampled_from(_SENTENCE_ENDS), st.integers(2, 300))
def test_a_drawn_expression_repeated_is_found_at_every_copy_with_its_value(d: Drawn, filler, end, copies):
    assume(not known_extract_gap(d))
    unit = filler + d.text + end
    text = unit * copies
    found = extract_money(text)
    assert [(m.start, m.end) for m in found] == [
        (i * len(unit) + len(filler), i * len(unit) + len(filler) + len(d.text)) for i in range(copies)], d.text
    assert {observed(m) for m in found} == {expected(d)}


def _fragments() -> list[str]:
    """The pieces a hostile unit is made of: every separator, connector and scale unit, the hedge, vague,
    currency (before and after a figure), sub-unit and minor-unit words, some money cues and counters,
    and digit runs with and without their separators."""
    currencies = [w for c in lexicon.CURRENCIES for w in (*c.suffix, *c.prefix, *c.slang, *c.weak)]
    return sorted({
        *lexicon.CONNECTORS, *lexicon.SMALL_UNITS, *lexicon.LARGE_UNITS, *lexicon.DIGITS, *lexicon.NEGATIVE_SIGNS,
        *(h.word for h in (*lexicon.HEDGES, *lexicon.UNIT_INFIX_HEDGES)), *lexicon.VAGUE_WORDS, *currencies,
        *lexicon.SUBUNITS, *lexicon.MINOR_UNITS, *lexicon.PRICE_CUES, *lexicon.BOUND_AFTER_NOUNS,
        *lexicon.CONVERSION_WORDS, *lexicon.RANGE_OPENERS, *lexicon.BETWEEN_OPENERS, *lexicon.LEVEL_WORDS,
        *sorted(lexicon.MONEY_CUES)[:30], *sorted(lexicon.NOT_MONEY_AFTER)[:20],
        ",", ".", "，", "、", "。", " ", "\n", "(", "（", "|", "%", "1", "123", "1,000", "3.5", "０９", "2024年",
    })


FRAGMENTS = _fragments()


@SHAPES
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6), st.integers(10, 1500))
def test_any_repeated_unit_of_lexicon_fragments_gives_well_formed_mentions(pieces, copies):
    unit = "".join(pieces)
    text = (unit * copies)[:6000]
    found = extract_money(text)
    ends = [0]
    for m in found:
        assert m.start >= ends[-1], (unit, m)  # in order, none overlapping the one before
        assert m.text == text[m.start:m.end] and m.start < m.end
        assert m.max is None or m.min <= m.max, (unit, m)  # (a figure may be negative: -1亿元, a loss)
        ends.append(m.end)
    assert extract_money(text) == found  # read again with the caches warm: the same answer
