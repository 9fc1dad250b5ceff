"""The hypothesis builders behind ``parsers.strategies`` (private; import that module instead).

Split out so that ``parsers.strategies`` -- its tables, oracles and helpers --
imports without hypothesis; its public strategy functions import this module
on first use.
"""

from __future__ import annotations

from decimal import Decimal

import cn2an
from hypothesis import assume
from hypothesis import strategies as st

from . import lexicon
from .format import STYLES, UNIT_WORDS, FormatError
from .lexicon import DIGITS, LARGE_UNITS, LOCALE_CUES, MINOR_UNITS
from .strategies import (
    _KIND_WEIGHTS,
    _ONE,
    _SCALED_STYLES,
    _WHOLE_STYLES,
    _YUAN_WORDS,
    BARE_GT_HEDGES,
    CURRENCY_WORDS,
    FILLER_ALPHABET,
    INFIX_HEDGES,
    KINDS,
    LEADING_VAGUE,
    MAX_AMOUNT,
    MAX_SIGNIFICANT,
    NUMERAL_STYLES,
    ORDER_HEDGES,
    POINT_HEDGES,
    RANGE_CONNECTORS,
    SCRIPTS,
    SMALL,
    Bounds,
    Drawn,
    _chinese_int,
    _Cur,
    _is_one_power,
    _units_for,
    _units_of,
    apply_effect,
    known_gap,
    last_place,
)
from .text import normalize

# --- Amounts and numerals ------------------------------------------------------------------------

@st.composite
def amounts(draw, max_amount: int = MAX_AMOUNT) -> Decimal:
    """Whole amounts of up to MAX_SIGNIFICANT significant digits times a power of ten."""
    # A third lead with a 2 (两亿, 两千万) and a third are powers of ten (百万, 千亿).
    sig = draw(st.integers(1, 10**MAX_SIGNIFICANT - 1)
               | st.integers(0, 10 ** (MAX_SIGNIFICANT - 1) - 1).map(lambda r: int(f"2{r}") if r else 2)
               | st.just(1))
    max_exp = len(str(max_amount // sig)) - 1
    return Decimal(sig * 10 ** draw(st.integers(0, max_exp)))


@st.composite
def written_amounts(draw, amount: Decimal, styles=tuple(NUMERAL_STYLES)) -> str:
    """``amount`` in one of the format styles (falling back to arabic where the style does not apply)."""
    style = draw(st.sampled_from(styles))
    unit = draw(st.sampled_from(_units_for(amount))) if style in _SCALED_STYLES else None
    try:
        text = NUMERAL_STYLES[style](amount, unit)
    except FormatError:
        return STYLES["arabic"](amount)
    if _is_one_power(text) and draw(st.booleans()):
        text = text[len(_ONE):]  # 一百万 -> 百万, 一千亿 -> 千亿
    return text


# --- Currency ------------------------------------------------------------------------------------

@st.composite
def _currency(draw, required: bool) -> _Cur:
    if not required and draw(st.integers(0, 3)) == 0:
        return _Cur()
    cw = draw(st.sampled_from(CURRENCY_WORDS))
    word = cw.word
    if word.isascii() and any(c.isalpha() for c in word):
        word = draw(st.sampled_from([word, word.upper()]))
    if cw.position == "prefix":
        # KNOWN GAP: USD100 / RMB100 (a letter right before the digits) do not parse; "USD 100" does.
        space = " " if word[-1].isalpha() else draw(st.sampled_from(["", " "]))
        # 人民币50元, 港币3000万元, 新台币1万元: the named yuan, with a yuan word after the figure.
        yuan = draw(st.sampled_from(["", *_YUAN_WORDS])) if cw.code in LOCALE_CUES and not word.isascii() else ""
        return _Cur(prefix=word + space, suffix=yuan, code=cw.code)
    space = draw(st.sampled_from(["", " "])) if word[0].isascii() else ""
    return _Cur(suffix=space + word, code=cw.code)


# --- Expression kinds (each returns text and bounds) ---------------------------------------------

# Layout between a figure and its currency word, as PDFs and web pages break lines (3.6\n亿元).
_LAYOUT = ("", "", "", " ", "  ", "\n")
_YUAN_FIRST = frozenset(w[0] for w in _YUAN_WORDS)


@st.composite
def _point(draw, cur: _Cur) -> tuple[str, Bounds]:
    amount = draw(amounts())
    numeral = draw(written_amounts(amount))
    assume(not known_gap(numeral, cur.suffix))
    layout = ""
    if cur.suffix[:1].strip() and not cur.prefix:
        layout = draw(st.sampled_from(_LAYOUT))
        if layout == "\n" and normalize(cur.suffix)[0] in _YUAN_FIRST:
            layout = ""  # a line that opens with 元 is 元旦 or 元老, not a unit
    return cur.prefix + numeral + layout + cur.suffix, Bounds(amount, amount)


_ALONE_MINOR = tuple(w for w, row in MINOR_UNITS.items() if row.alone)


@st.composite
def _minor_unit(draw, cur: _Cur) -> tuple[str, Bounds, str]:
    """15美分 = 0.15 USD, 12.3港仙 = 0.123 HKD: a figure in a minor unit that is money alone."""
    word = draw(st.sampled_from(_ALONE_MINOR))
    row = MINOR_UNITS[word]
    count = Decimal(draw(st.integers(1, 9999)))
    chinese = draw(st.booleans())
    if not chinese and draw(st.booleans()):
        count = count.scaleb(-1)
    number = cn2an.an2cn(int(count)) if chinese else str(count)
    value = count * row.fraction
    return number + word, Bounds(value, value), row.code


_DIGIT_WORDS = {v: k for k, v in reversed(DIGITS.items()) if k in "一二三四五六七八九"}


@st.composite
def _shorthand(draw, cur: _Cur) -> tuple[str, Bounds]:
    """2万8 = 28000, 两万八 = 28000, 1亿2 = 1.2亿: a digit after the unit is the next place down."""
    lead = draw(st.integers(1, 99))
    large = draw(st.sampled_from(["万", "亿"]))
    tail = draw(st.integers(1, 9))
    chinese = draw(st.booleans())
    text = (_chinese_int(lead) + large + _DIGIT_WORDS[tail]) if chinese else f"{lead}{large}{tail}"
    assume(not known_gap(text, cur.suffix))
    value = (Decimal(lead) + Decimal(tail) / 10) * LARGE_UNITS[large]
    return cur.prefix + text + cur.suffix, Bounds(value, value)


@st.composite
def _hedged(draw, cur: _Cur) -> tuple[str, Bounds]:
    hedge = draw(st.sampled_from(POINT_HEDGES))
    amount = draw(amounts())
    numeral = draw(written_amounts(amount))
    assume(not known_gap(numeral, cur.suffix))
    figure = cur.prefix + numeral + cur.suffix
    if hedge.position == "suffix":
        text = figure + hedge.word
    else:
        gap = ""
        if hedge.gap and draw(st.integers(0, 3)) == 0:
            # A comparison verb bounds its figure only across a filler (超过了10亿); any other words name
            # what is compared (超过同期净利润120亿), and the figure is exact: see lexicon COMPARISON_FILLERS.
            gap = draw(st.sampled_from(lexicon.COMPARISON_FILLERS) if hedge.compares else chinese_filler(max_size=3))
        text = hedge.word + gap + figure
    return text, apply_effect(hedge.effect, amount)


@st.composite
def _more(draw, cur: _Cur) -> tuple[str, Bounds]:
    """300多万 / 十余万 / 1万多元 / 300多元: [X, X + step)."""
    infix = draw(st.sampled_from(INFIX_HEDGES)).word
    unit = draw(st.sampled_from([1, *sorted(UNIT_WORDS)]))
    after_unit = unit != 1 and draw(st.booleans())
    # Before the unit (300多万) the count is round; after it any count reads naturally (12万多, 1.5万多).
    count = Decimal(draw(st.integers(1, 999))) * (1 if after_unit else 10)
    if after_unit and count > 10 and draw(st.booleans()):
        count /= 10
    assume(count * unit <= MAX_AMOUNT and (unit != 1 or cur.suffix))  # a bare 300多 is a count
    number = draw(st.sampled_from([str(count), cn2an.an2cn(str(count))]))
    word = UNIT_WORDS.get(unit, "")
    # 来 is a hedge only before a unit or currency word (十来万, 十来块); alone it is 'come'.
    # KNOWN GAP: 10来 USD -> None (10多 USD parses): the 来 look-ahead allows no space before the currency.
    if infix == "来" and (after_unit or unit == 1) and (not cur.suffix or cur.suffix.startswith(" ")):
        infix = "多"
    core = number + word + infix if after_unit else number + infix + word
    x = count * unit
    return cur.prefix + core + cur.suffix, apply_effect("more", x, step=last_place(x))


@st.composite
def _vague(draw, cur: _Cur) -> tuple[str, Bounds]:
    """数百万, 几十万, 好几亿, 几百元: [P, 10P) for the named power P."""
    word = draw(st.sampled_from(LEADING_VAGUE))
    power, words = draw(_powers(SMALL))
    return cur.prefix + word + words + cur.suffix, apply_effect("order", power)


@st.composite
def _powers(draw, smalls: dict[int, str]) -> tuple[Decimal, str]:
    """A power of ten named by words: 百万 (1e6), 千 (1e3), 亿 (1e8), 十万亿 (1e13)."""
    small = draw(st.sampled_from([None, *sorted(smalls)]))
    large = draw(st.sampled_from([None, *LARGE_UNITS]))
    assume(small or large)
    power = Decimal((small or 1) * (LARGE_UNITS[large] if large else 1))
    return power, (smalls[small] if small else "") + (large or "")


@st.composite
def _order(draw, cur: _Cur) -> tuple[str, Bounds]:
    """上百万, 上千万, 上亿, 上万: on the order of a power, [P, 10P)."""
    assume(not cur.prefix)  # $上千 is not written; 上千美元 is
    hedge = draw(st.sampled_from(ORDER_HEDGES))
    power, words = draw(_powers({v: w for v, w in SMALL.items() if v > 10}))  # 上十万 is not said
    return hedge.word + words + cur.suffix, apply_effect(hedge.effect, power)


@st.composite
def _bare_gt(draw, cur: _Cur) -> tuple[str, Bounds]:
    """过亿, 破万, 逾亿元: more than a bare power."""
    assume(not cur.prefix)  # a currency symbol needs a figure after it
    hedge = draw(st.sampled_from(BARE_GT_HEDGES))
    large = draw(st.sampled_from(list(LARGE_UNITS)))
    return hedge.word + large + cur.suffix, apply_effect(hedge.effect, Decimal(LARGE_UNITS[large]))


@st.composite
def _digit_count(draw, cur: _Cur) -> tuple[str, Bounds]:
    """九位数 / 7位数: [10^(N-1), 10^N - 1] (approximate: only the length is stated)."""
    n = draw(st.integers(1, 15))
    # KNOWN GAP: 两位数 (the usual way to say 2 digits) does not parse; 2位数 and 二位数 do.
    number = str(n) if n == 2 else draw(st.sampled_from([str(n), cn2an.an2cn(n)]))
    low = Decimal(10) ** (n - 1)
    return cur.prefix + number + "位数" + cur.suffix, Bounds(low, low * 10 - 1, approx=True)


@st.composite
def _adjacent(draw, cur: _Cur) -> tuple[str, Bounds]:
    """三五百万, 两三千, 七八十万, 一两百万: two neighbouring digits name a range."""
    a = draw(st.integers(1, 8))
    b = draw(st.integers(a + 1, min(9, a + 2)))
    scale, words = draw(_powers(SMALL))
    liang = draw(st.booleans())
    text = _chinese_int(a, liang) + _chinese_int(b, liang) + words
    return cur.prefix + text + cur.suffix, Bounds(a * scale, b * scale, approx=True)


@st.composite
def _range(draw, cur: _Cur) -> tuple[str, Bounds]:
    """2亿-5亿, 2-5亿 (the bare end borrows 亿), 从两亿到五亿美元, 2亿美元至5亿美元."""
    conn = draw(st.sampled_from(RANGE_CONNECTORS))
    if conn.isascii() or not conn.isalpha():
        conn = draw(st.sampled_from([conn, f" {conn} "]))
    opener = draw(st.sampled_from(["", *lexicon.RANGE_OPENERS]))
    if draw(st.booleans()):
        low, high, first, second = draw(_shared_unit_ends())
    else:
        low, high = sorted(draw(st.lists(amounts(), min_size=2, max_size=2, unique=True)))
        styles = draw(st.sampled_from([_SCALED_STYLES, _WHOLE_STYLES]))
        first, second = draw(written_amounts(low, styles)), draw(written_amounts(high, styles))
        assume(not known_gap(first, cur.suffix) and not known_gap(second, cur.suffix))
        if not normalize(first).endswith(tuple(LARGE_UNITS)):  # 5000至8000万: the bare end borrows 万
            low = _borrowed(low, second, high)
        if cur.suffix and draw(st.booleans()):
            first += cur.suffix  # 2亿美元至5亿美元
    return opener + cur.prefix + first + conn + second + cur.suffix, Bounds(low, high)


def _borrowed(first: Decimal, second_text: str, second: Decimal) -> Decimal:
    """A unit-less first range end times the largest unit of the second end that keeps the range
    in order (money._borrow_scale): 2-5亿 = 2亿..5亿, 八到九百亿 = 800亿..900亿, 8500到3万 stays 8500."""
    units = _units_of(second_text)
    # KNOWN GAP: 一至十万 -> [10万, 10万]: the borrow accepts first * unit == second, collapsing the range.
    assume(all(first * u != second for u in units))
    return next((first * u for u in units if first * u < second), first)


@st.composite
def _shared_unit_ends(draw):
    """(low, high, first, second) for 2-5亿 / 1.2-1.5万 / 二至五亿: one unit word at the end."""
    unit = draw(st.sampled_from(sorted(UNIT_WORDS)))
    chinese = draw(st.booleans())
    decimals = 0 if chinese else draw(st.integers(0, 2))
    m1, m2 = sorted(draw(st.lists(st.integers(1, 9999), min_size=2, max_size=2, unique=True)))
    q1, q2 = Decimal(m1).scaleb(-decimals), Decimal(m2).scaleb(-decimals)
    assume(q2 * unit <= MAX_AMOUNT)
    first, second = (cn2an.an2cn(m1), cn2an.an2cn(m2)) if chinese else (str(q1), str(q2))
    second += UNIT_WORDS[unit]
    return _borrowed(q1, second, q2 * unit), q2 * unit, first, second


BUILDERS = {
    "point": _point, "hedged": _hedged, "more": _more, "vague": _vague, "order": _order,
    "bare_gt": _bare_gt, "digit_count": _digit_count, "adjacent": _adjacent, "range": _range,
    "minor_unit": _minor_unit, "shorthand": _shorthand,
}
if set(BUILDERS) != set(KINDS):
    raise ValueError(f"strategies.KINDS and the builders disagree: {sorted(set(BUILDERS) ^ set(KINDS))}")


@st.composite
def money_expressions(draw, *, require_currency: bool = False, kinds=tuple(KINDS)) -> Drawn:
    """A Chinese money expression and the bounds ``parse_money`` must give it.

    ``require_currency``: always write a currency word (a bare figure is money
    in running text only next to a cue).  ``kinds``: a subset of ``KINDS``.
    """
    weighted = [k for k in kinds for _ in range(_KIND_WEIGHTS.get(k, 1))]
    kind = draw(st.sampled_from(weighted))
    cur = draw(_currency(required=require_currency))
    text, bounds, *own = draw(BUILDERS[kind](cur))  # (a builder whose words name the currency adds it)
    script = draw(st.sampled_from(["simplified"] * 3 + ["traditional", "fullwidth"]))
    return Drawn(text=SCRIPTS[script](text), min=bounds.min, max=bounds.max, currency=own[0] if own else cur.code,
                 min_inclusive=bounds.min_inclusive, max_inclusive=bounds.max_inclusive,
                 approx=bounds.approx, kind=f"{kind}/{script}")


# --- Filler text ---------------------------------------------------------------------------------

def chinese_filler(min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Chinese text with no numeral, currency word, hedge, money cue or counter in it."""
    return st.text(alphabet=FILLER_ALPHABET, min_size=min_size, max_size=max_size)
