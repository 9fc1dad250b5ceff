"""Evaluate matches of the money grammar into intervals.

``read_match`` turns one regex match into a ``Reading`` (bounds, hedges,
currency word) or ``None`` when the words matched are not a money figure
(a bare 亿 with no hedge, 上 before a stated digit...).  Context decisions
(is a currency-less figure money? which currency does it borrow?) live in
``extract.py``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from core import patterns

from .grammar import level_words
from .lexicon import (
    ALTERNATIVE_CONNECTORS,
    APPROX_PAIR_MARK,
    BARE_POWER_NOUNS,
    CHANGE_NOUNS,
    CHANGE_RATIO,
    CHANGE_VERBS,
    COMPARISON_FILLERS,
    CURRENCIES,
    DIGITS,
    EN_SCALES,
    EXTREME_AVERAGE_NOUNS,
    EXTREME_AVERAGE_OPENERS,
    EXTREME_PRICE_NOUNS,
    EXTREME_VERBS,
    EXTREME_WORDS,
    FROM_BY_TO_SPAN,
    FROM_BY_TO_VERBS,
    GAP_ADJECTIVES,
    GAP_POSSESSIVE,
    HEDGE_BLOCKED_AFTER,
    HEDGE_BLOCKED_AFTER_FIGURE,
    HEDGE_BLOCKED_BEFORE,
    HEDGES,
    LARGE_UNITS,
    LOCALE_CUES,
    MINOR_UNITS,
    NEAR_FACTOR,
    PRICE_CUES,
    RANGE_OPENERS,
    SMALL_UNITS,
    SUBUNITS,
)
from .numerals import NumeralError, parse_numeral

_HEDGE = {h.word: h for h in HEDGES}
_HEDGE_WORDS = sorted(_HEDGE, key=len, reverse=True)
_CURRENCY_OF: dict[str, str] = {}
for _c in CURRENCIES:
    for _w in (*_c.suffix, *_c.prefix, *_c.weak, *_c.slang):
        _CURRENCY_OF.setdefault(_w, _c.code)
for _w, _row in MINOR_UNITS.items():
    _CURRENCY_OF.setdefault(_w, _row.code)
_SUB_WORDS = sorted(SUBUNITS, key=len, reverse=True)
_TWO_DIGIT_RANGE = patterns.compile(rf"^([{''.join(DIGITS)}])([{''.join(DIGITS)}])([十百千]?)$")
# The same pair after a higher place: 一千六七百 = 1600..1700, 十七八万 = 17万..18万, 一万二三 = 1.2万..1.3万 (the
# head ends with its unit; the pair's own unit, if unwritten, is the next place down, as 一万二 is 12000).
_NONZERO = "".join(d for d, v in DIGITS.items() if v)  # (二百零一 is 201: a zero opens no pair)
_HEADED_DIGIT_RANGE = patterns.compile(rf"^((?:[{''.join(DIGITS)}]{{0,3}}[十百千万亿])+)([{_NONZERO}])"
                                    rf"([{_NONZERO}])([十百千]?)$")
_ZERO = Decimal(0)
# The last character of a figure or of its unit or currency word (100万以上, 50元以上, 3000多以上).
_FIGURE_END = frozenset(
    "0123456789" + "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS) + "多余来几"
    + "".join(w[-1] for c in CURRENCIES for w in (*c.suffix, *c.slang)))


@dataclass(slots=True)
class Reading:
    """One money expression, before context decides currency and latency."""

    min: Decimal
    max: Decimal | None
    min_inclusive: bool = True
    max_inclusive: bool = True
    approx: bool = False
    unit: Decimal | None = None  # place value of the last stated digit
    qualifiers: list[str] = field(default_factory=list)
    currency_word: str | None = None  # the word as written (美元, 元, $)
    rule: str = "number"
    scale: Decimal | None = None  # trailing unit word (亿 -> 1e8, million -> 1e6); a bare range end borrows it
    lead_scale: Decimal | None = None  # unit after the leading figure (九百亿 -> 1e10, 三仟 -> 1e3)
    needs_cue: bool = False  # English letter scales (k, m, b, w) need a currency or salary cue
    weak: bool = False  # only money inside a declared money expression (个 as yuan)
    level: str | None = None  # the level word after a bare power (亿元年薪): a band, and where the cue may follow
    descending: bool = False  # a range written high to low (从1297万元至292万元)

    @property
    def currency(self) -> str | None:
        return _CURRENCY_OF.get(self.currency_word) if self.currency_word else None


def replace(reading: Reading, /, **changes) -> Reading:
    """``dataclasses.replace`` for a Reading, its fields spelt out: a figure's reading is copied a few
    times on its way (hedges, scales, ranges), and replace's walk over the fields cost more than the copy."""
    if reading.__class__ is not Reading:
        return dataclasses.replace(reading, **changes)
    new = Reading(reading.min, reading.max, reading.min_inclusive, reading.max_inclusive, reading.approx, reading.unit,
                  reading.qualifiers, reading.currency_word, reading.rule, reading.scale, reading.lead_scale,
                  reading.needs_cue, reading.weak, reading.level, reading.descending)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def clean(value: Decimal) -> Decimal:
    """Drop a meaningless exponent/trailing zeros: 10000000.0 -> 10000000.  (A function of the value alone,
    equal Decimals hashing alike, so kept for values met again: most figures are read and cleaned twice.)"""
    got = _CLEANED.get(value)
    if got is None:
        got = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
        if len(_CLEANED) >= _CLEANED_MAX:
            _CLEANED.clear()
        _CLEANED[value] = got
    return got


_CLEANED: dict[Decimal, Decimal] = {}
_CLEANED_MAX = 65536
clean.cache_clear = _CLEANED.clear  # like the lru caches (benchmarks.extract_speed clears them for its cold figure)


def read_match(m: re.Match, text: str) -> tuple[int, Reading] | None:
    """(start offset of the accepted span, reading) for a MONEY match, or None."""
    first = _read_end(m, 1)
    if first is None:
        return None
    start = m.start()
    reading = first
    if m["conn"] is not None:
        second = _read_end(m, 2)
        if second is None:
            return None
        reading = _join_range(first, second)
    elif m["opener"]:
        start = m.start("opener") + len(m["opener"])  # 从 without a range is not ours
    if m["between"]:
        start = m.start("between") + len(m["between"])  # 介于...之间 frames the range; not in the span
    hedges = _prefix_hedges(m, text)
    if hedges is None:
        start = m.start("opener") if m["opener"] and m["conn"] else m.start("cpre1") if m["cpre1"] else (
            m.start(_value_group(m, 1)))
        hedges = []
    elif hedges and m["hpre"] and hedges[0] != m["hpre"]:
        start = m.start("gap") + m["gap"].find(hedges[0])  # 最高时接近3000亿: the span starts at 接近
    if hedges and m["hsuf"] and _opposite_bounds(hedges, m["hsuf"]):
        # 金額最高是1億元以上: the bound written after the figure is its own (the top bracket is [1e8, inf)); the
        # prefix of the other direction names which bracket, no cap
        hedges = [w for w in hedges if _HEDGE[w].effect not in _BOUND_EFFECTS]
    for word in hedges:
        hedge = _HEDGE[word]
        if m["conn"] is not None and hedge.effect in ("gt", "ge") and reading.max is not None \
                and reading.min != reading.max:
            # 樓價逾500萬至1000萬: a lower bound before a range opens its low end, the top stays
            reading = replace(reading, min_inclusive=hedge.effect == "ge", qualifiers=reading.qualifiers + [word])
            continue
        reading = _apply_hedge(reading, hedge)
        if reading is None:
            return None
    if m["hsuf"]:
        reading = _apply_hedge(reading, _HEDGE[m["hsuf"]])
        if reading is None:  # 〇出头港元: a bit more than nothing is no figure
            return None
    elif (m["bare1"] or (m["num1"] or "0")[0] in SMALL_UNITS) and not hedges and m["conn"] is None and (
            _is_bare_power(m)):
        level = _LEVEL_AT.match(text, m.end())
        if level:
            return start, _level(reading, level["level"])
        if m["bare1"] and reading.currency_word and reading.min >= _TRILLION:
            return start, reading  # 市值有望达到万亿美元, 兆元: the word is the figure
    if "bare" in reading.rule and not hedges and not (
            m["hsuf"] and m["bare1"] and reading.currency_word and reading.min >= _TRILLION) and not (  # 万亿美元附近
            m["bare1"] and reading.currency_word and _BARE_POWER_NOUN.match(text, m.end())):  # 普發萬元現金
        return None  # a lone 亿 is a word (亿万富翁), not a figure
    return start, reading


def split_range(m: re.Match, text: str, start: int, joined: Reading) -> list[tuple[int, int, Reading]] | None:
    """The two figures, each (start, end, reading), of a range match read as ``joined`` from ``start`` when it
    is a change or joins two currencies (lexicon CHANGE_NOUNS), else None: 从5亿到60亿美元的跃升 (like
    估值从5亿美元涨到60亿美元), 从3万美元到20万元人民币."""
    # (the cheap tests first: most ranges are none of these, and their ends are not read again)
    change_after = _CHANGE_AFTER.match(text, m.end()) is not None
    before = text[max(0, m.start() - _CHANGE_LOOK):m.start()].rstrip(" 了")
    verb_before = before.endswith(CHANGE_VERBS)
    # 由16.1元加2元至18.1元: by 2元, to 18.1元
    from_by_to = m["opener"] is None and before.endswith(_BY_TO_VERBS) and _from_figure_before(text, m.start())
    # (a prefix names which yuan a yuan word after the figure is: 新台币 1块钱)
    two_currencies = _other_currency(_CURRENCY_OF.get(m["cpre1"] or m["csuf1"] or ""),
                                     _CURRENCY_OF.get(m["cpre2"] or m["csuf2"] or ""))
    falls = m["opener"] is not None and joined.descending  # 从1297万元至292万元: high to low is a fall
    # 港幣2元或4元: ends joined by 或 that each write their currency word are two alternatives, not a range (3或4万元
    # stays one)
    choices = m["conn"] in ALTERNATIVE_CONNECTORS and bool(m["csuf1"] or m["minor1"]) and bool(
        m["csuf2"] or m["minor2"])
    if not (change_after or verb_before or from_by_to or two_currencies or falls or choices):
        return None
    first, second = _read_end(m, 1), _read_end(m, 2)
    if first is None or second is None or first.max is None or second.max is None:
        return None
    if first.scale is None and first.rule == "number" and first.currency_word is None:
        first = _borrow_scale(first, second)  # (us$1至3万港元: an end with its own currency word stands alone)
    # 增加7万至1,029万元 (by 7万, to 1029万); 增长3亿至5亿元 stays a range
    by_to = from_by_to or verb_before and m["opener"] is None and (
        first.min > second.max or second.min >= CHANGE_RATIO * first.max)
    if not (two_currencies or change_after or falls or by_to or choices):
        return None
    if first.currency_word is None and not two_currencies:
        first = replace(first, currency_word=second.currency_word)  # 从1亿到10亿美元的跃升: one currency
    hedges = _prefix_hedges(m, text)
    if hedges:
        for word in hedges:
            first = _apply_hedge(first, _HEDGE[word])
            if first is None:
                return None
    else:
        start = m.start("cpre1") if m["cpre1"] else m.start(_value_group(m, 1))
    if m["hsuf"]:
        second = _apply_hedge(second, _HEDGE[m["hsuf"]])
        if second is None:
            return None
    end1 = max(m.end(g) for g in _END_NAMES[1] if m[g] is not None)
    start2 = m.start("cpre2") if m["cpre2"] else m.start(_value_group(m, 2))
    return [(start, end1, first), (start2, m.end(), second)]


_BY_TO_VERBS = (*CHANGE_VERBS, *FROM_BY_TO_VERBS)
_FROM_FIGURE = patterns.regex_compile(  # (\d: the regex module's digits, which the stdlib's Unicode lacks some of)
    rf"(?:{'|'.join(map(patterns.regex_escape, RANGE_OPENERS))})\ ?[\d{''.join(DIGITS)}十百千]")
_CLAUSE_MARKS = ",，。;；!?！？:：\n"


def _from_figure_before(text: str, at: int) -> bool:
    """由16.1元加2元至18.1元: a figure opened by 由/从 stands before the change verb, in the range's clause."""
    window = text[max(0, at - FROM_BY_TO_SPAN):at]
    cut = max(window.rfind(c) for c in _CLAUSE_MARKS)
    return _FROM_FIGURE.search(window, cut + 1) is not None


_YUANS = frozenset(("YUAN", *LOCALE_CUES))  # the yuan words and the yuans they may mean


def _other_currency(a: str | None, b: str | None) -> bool:
    """Both ends name a currency and they differ (元 is the same as any yuan the document may mean)."""
    return bool(a and b and a != b and not ({a, b} <= _YUANS and "YUAN" in (a, b)))


_CHANGE_AFTER = patterns.compile(
    rf"\ ?{GAP_POSSESSIVE}?(?:{'|'.join(map(patterns.regex_escape, sorted(CHANGE_NOUNS, key=len, reverse=True)))})")
_CHANGE_LOOK = max(map(len, (*CHANGE_NOUNS, *CHANGE_VERBS))) + 3

_LEVEL_AT = patterns.compile(level_words())
_BARE_POWER_NOUN = patterns.compile(rf"[\"“”「」']?(?:{'|'.join(map(patterns.regex_escape, BARE_POWER_NOUNS))})")
_BARE_POWER = patterns.compile(rf"[{''.join(SMALL_UNITS)}]?(?:{'|'.join(map(patterns.regex_escape, LARGE_UNITS))})?")
_TRILLION = Decimal(10**12)


def _is_bare_power(m: re.Match) -> bool:
    """百万, 千万, 亿, 百亿: a power with no digit before it (and no sub-unit after)."""
    num = m["num1"]
    if num is None or num[0] not in SMALL_UNITS:  # (the common case first: a stated digit)
        return m["bare1"] is not None and not (m["sub1"] or m["minor1"] or m["cpre1"])
    return (not (m["sub1"] or m["minor1"] or m["cpre1"] or m["infix1"])
            and _BARE_POWER.fullmatch(num) is not None)


def _level(reading: Reading, word: str) -> Reading:
    """亿元年薪 = [1e8, 1e9), 千万年薪 = [1e7, 1e8): a bare power as a level, approx."""
    return replace(reading, max=clean(reading.min * 10), max_inclusive=False, approx=True,
                   qualifiers=[*reading.qualifiers, word], rule="level", level=word)


def _value_group(m: re.Match, n: int) -> str:
    for g in ("dc", "vague", "en", "num", "bare", "weaknum", "weak"):
        if m[f"{g}{n}"] is not None:
            return f"{g}{n}"
    raise AssertionError("grammar matched an end without a value")


def _prefix_hedges(m: re.Match, text: str) -> list[str] | None:
    """Hedge words before the figure, in text order, or None when none applies."""
    if m["hpre_t"]:
        at = m.start()
        applies = _tight_hedge_applies(m["hpre_t"], text[at - 1] if at else "", m, text[at - 2] if at > 1 else "")
        return [m["hpre_t"]] if applies else None
    if not m["hpre"]:
        return []
    word, gap = m["hpre"], m["gap"] or ""
    if m.start("hpre") > 0 and text[m.start("hpre") - 1] in HEDGE_BLOCKED_AFTER.get(word, ""):
        return None  # 从最高4381.11美元: the peak, a point
    if word in EXTREME_WORDS and gap[:1] and gap[0] in EXTREME_VERBS and _after_price_noun(text, m.start("hpre")):
        return None  # 均价最高达每加仑4.104美元: the dearest price, a point
    if word in EXTREME_WORDS and (not gap or gap[0] in EXTREME_VERBS) and _after_average(text, m.start("hpre")):
        return None  # 人均薪酬最高60.6万: the highest of the averages, a point
    inside = [w for w in _HEDGE_WORDS if w in gap and _HEDGE[w].position == "prefix" and len(w) > 1]
    # A one-character hedge right before the figure: 估计损失逾5000万.
    tail = gap.rstrip()
    tail_hedge = (tail and tail[-1] in _HEDGE and not any(tail.endswith(w) for w in inside)
                  and _tight_hedge_applies(tail[-1], tail[-2:-1] or text[m.start("gap") - 1], m))
    words = [word] if _head_applies(word, tail[:-1] if tail_hedge else tail, inside) else []
    words += sorted(inside, key=gap.find)
    if tail_hedge:
        words.append(tail[-1])
    return _nearest_bound(words) or None


_EXTREME_PRICE_NOUNS = tuple(dict.fromkeys((*PRICE_CUES, *EXTREME_PRICE_NOUNS)))
_EXTREME_LOOK = max(map(len, _EXTREME_PRICE_NOUNS))


_AVERAGES = tuple(o + n for o in EXTREME_AVERAGE_OPENERS for n in EXTREME_AVERAGE_NOUNS)
_AVERAGE_LOOK = max(map(len, _AVERAGES))


def _after_average(text: str, at: int) -> bool:
    """Whether an average (人均薪酬, 平均年薪) ends right before ``at`` (lexicon EXTREME_AVERAGE_NOUNS)."""
    return text[max(0, at - _AVERAGE_LOOK):at].endswith(_AVERAGES)


def _after_price_noun(text: str, at: int) -> bool:
    """Whether a noun of a price ends right before ``at`` (lexicon EXTREME_PRICE_NOUNS)."""
    return text[max(0, at - _EXTREME_LOOK):at].endswith(_EXTREME_PRICE_NOUNS)


_LOWER_BOUNDS, _UPPER_BOUNDS = frozenset(("gt", "ge")), frozenset(("lt", "le"))
_BOUND_EFFECTS = _LOWER_BOUNDS | _UPPER_BOUNDS


def _opposite_bounds(prefix: list[str], suffix: str) -> bool:
    """A prefix hedge bounding the figure from one side and the suffix hedge from the other (最高...以上)."""
    after = _HEDGE[suffix].effect
    sides = (_LOWER_BOUNDS, _UPPER_BOUNDS) if after in _LOWER_BOUNDS else (_UPPER_BOUNDS, _LOWER_BOUNDS)
    return after in _BOUND_EFFECTS and any(_HEDGE[w].effect in sides[1] for w in prefix)


def _nearest_bound(words: list[str]) -> list[str]:
    """Of two hedges that bound the figure from opposite sides, the one nearer the figure holds (with the
    words after it): 最高可赚超9500港元 is (9500, inf), as 超9500 (the ceiling is of the gain, unstated)."""
    effects = [_HEDGE[w].effect for w in words]
    if not (_LOWER_BOUNDS.intersection(effects) and _UPPER_BOUNDS.intersection(effects)):
        return words
    return words[max(i for i, e in enumerate(effects) if e in _LOWER_BOUNDS | _UPPER_BOUNDS):]


def _head_applies(word: str, gap: str, inside: list[str]) -> bool:
    """Whether the gap hedge bounds the figure, given the words between them (tail hedge removed)."""
    if gap[:1] and gap[0] in HEDGE_BLOCKED_BEFORE.get(word, ""):
        return False  # 最高时 = at its peak, 最低的年薪 = the lowest pay
    if GAP_POSSESSIVE in gap and _before_de(gap) not in ("", *GAP_ADJECTIVES):
        return False  # 高于预期的460亿: a comparison with the figure, which is exact
    if not _HEDGE[word].compares:
        return True
    # 超过同期净利润120亿元, 高于去年约200万: the gap names what is compared; 超过了惊人的10亿 does not
    named = gap.replace(GAP_POSSESSIVE, "")
    for w in (*inside, *GAP_ADJECTIVES):
        named = named.replace(w, "")
    return named.strip() in ("", *COMPARISON_FILLERS)


def _before_de(gap: str) -> str:
    """The words between a gap hedge and the 的 before its figure: 了惊人的 -> 惊人."""
    head = gap[:gap.rindex(GAP_POSSESSIVE)].strip()
    return head[1:] if head.startswith("了") else head


def _tight_hedge_applies(word: str, before: str, m: re.Match, earlier: str = "") -> bool:
    """Whether a one-character hedge applies, given the character ``before`` it and the one ``earlier``."""
    hedge = _HEDGE[word]
    if hedge.position != "prefix":
        return False
    if before and before in HEDGE_BLOCKED_AFTER.get(word, "") and (
            before not in HEDGE_BLOCKED_AFTER_FIGURE.get(word, "") or earlier in _FIGURE_END):
        return False  # 以上 after a figure (100万以上); 以上亿美元 is 以 + 上亿
    # 上 means 'on the order of' only before a bare power: 上亿, 上百万
    return hedge.effect != "order" or bool(m["bare1"] or _leading_small_unit(m["num1"]))


def _leading_small_unit(num: str | None) -> bool:
    return bool(num) and num[0] in SMALL_UNITS


_END_GROUPS = ("dc", "vague", "vsmall", "vlarge", "en", "eninfix", "ens", "num", "infix", "large", "bare", "weaknum",
               "weak", "csuf", "cpre", "sub", "minor", "mtail")
_END_NAMES = {n: tuple(f"{g}{n}" for g in _END_GROUPS) for n in (1, 2)}


def _read_end(m: re.Match, n: int) -> Reading | None:
    return _read_groups(m.group(*_END_NAMES[n]))


@lru_cache(maxsize=65536)
def _read_groups(groups: tuple[str | None, ...]) -> Reading | None:
    """One end's reading from its groups (a pure function of them, so kept for figures written again: a document
    repeats its figures).  The reading is shared: no caller changes it (they derive new ones with ``replace``)."""
    (dc, vague, vsmall, vlarge, en, eninfix, ens, num, infix, large, bare, weaknum, weak, suffix, prefix, sub, minor,
     mtail) = groups
    try:
        if dc:
            reading = _digit_count(dc)
        elif vague:
            reading = _vague(vague, vsmall, vlarge)
        elif en:
            reading = _english(en, ens, eninfix)
        elif num:
            reading = _numeral(num, infix, large)
        elif bare:
            value = parse_numeral(bare)
            reading = _point(value.value, value.unit, rule="bare")
        elif weak:
            value = parse_numeral(weaknum).value if weaknum else Decimal(1)
            reading = _point(value, Decimal(1), rule="weak_yuan")
            reading.weak = True
            reading.currency_word = weak
        else:
            return None
    except NumeralError:
        return None
    if reading is None:
        return None
    if minor:
        minor_code = _CURRENCY_OF.get(minor)
        # (新台幣一角: a yuan's minor unit after a yuan's prefix; 港币3毫: a dollar's after its own prefix)
        yuan_prefix = prefix is not None and (
            (minor_code == "YUAN" and _CURRENCY_OF.get(prefix) in _YUANS) or minor_code == _CURRENCY_OF.get(prefix))
        if bare or (prefix and not yuan_prefix):
            return None  # $15美分, 亿美分: not a figure in the minor unit
        reading = _in_minor_unit(reading, minor)
        if mtail:  # 1毛5: a digit after 角/毛 counts 分
            reading = _add_subunits(reading, mtail + "分")
            reading.currency_word = minor
        if yuan_prefix:
            reading.currency_word = prefix  # 新台幣一角: the prefix names which yuan
        return reading
    if suffix and prefix and _CURRENCY_OF.get(suffix) == "YUAN":
        suffix = None  # 港币300万元: the prefix names which yuan
    reading.currency_word = suffix or prefix or reading.currency_word
    if sub:
        try:
            reading = _add_subunits(reading, sub)
        except NumeralError:
            return None
    return reading


def bound_after_noun(reading: Reading, word: str) -> Reading | None:
    """50 万年薪以上: the suffix hedge ``word`` written after the measured noun, applied to a point figure."""
    return _apply_hedge(reading, _HEDGE[word])


def share_unit(bare: Reading, shared: Reading) -> Reading:
    """45.6/84.8 亿元: a bare figure takes the large unit of the figure after the separator (and is money with it)."""
    scale = shared.scale
    if scale is None:
        return replace(bare, rule="shared_unit")
    return replace(bare, min=clean(bare.min * scale), max=None if bare.max is None else clean(bare.max * scale),
                   unit=None if bare.unit is None else bare.unit * scale, scale=scale, lead_scale=None,
                   rule="shared_unit")


def _in_minor_unit(reading: Reading, word: str) -> Reading:
    """15美分 = 0.15 USD, 12.3港仙 = 0.123 HKD: the figure times the unit's fraction."""
    frac = MINOR_UNITS[word].fraction
    return replace(
        reading, min=clean(reading.min * frac), max=None if reading.max is None else clean(reading.max * frac),
        unit=None if reading.unit is None else reading.unit * frac, scale=frac, lead_scale=None,
        currency_word=word, rule=reading.rule + "+minor_unit")


def _point(value: Decimal, unit: Decimal | None, *, rule: str) -> Reading:
    value = clean(value)
    return Reading(min=value, max=value, unit=unit, rule=rule)


def _digit_count(count: str) -> Reading:
    digits = int(count) if count.isdigit() else int(parse_numeral(count).value)
    if not 1 <= digits <= 30:
        raise NumeralError(str(count), "digit count out of range")
    low = Decimal(10) ** (digits - 1)
    return Reading(min=low, max=low * 10 - 1, approx=True, qualifiers=[f"{count}位数"], rule="digit_count")


def _vague(word: str, small: str | None, large: str | None) -> Reading:
    power = Decimal(SMALL_UNITS[small] if small else 1) * Decimal(LARGE_UNITS[large] if large else 1)
    return Reading(min=power, max=power * 10, max_inclusive=False, approx=True,
                   qualifiers=[word + (small or "") + (large or "")], rule="vague")


def _english(number: str, scale: str, infix: str | None = None) -> Reading:
    power, needs_cue = EN_SCALES[scale]
    num = parse_numeral(number)
    mult = Decimal(10) ** power
    reading = _point(num.value * mult, num.unit * mult, rule="english_scale")
    if infix:  # 30多k = [30k, 40k): the step is the place of the last non-zero digit, scaled
        reading = replace(reading, max=clean((num.value + _step(num.value, num.unit)) * mult), max_inclusive=False,
                          approx=True, qualifiers=[infix])
    reading.needs_cue = needs_cue
    reading.scale = reading.lead_scale = mult
    return reading


def _numeral(num: str, infix: str | None, large: str | None) -> Reading | None:
    if APPROX_PAIR_MARK in num:
        num = num.replace(APPROX_PAIR_MARK, "")  # 四、五萬 = 四五萬 (the grammar lets only a neighbouring pair through)
    if infix is None and num[0] in _ASCII_DIGITS:
        reading = _arabic_numeral(num + (large or ""))
        if reading is not None:
            return reading
    if num[0] in SMALL_UNITS or num == "万":
        num = "一" + num  # 千万 = 一千万, 百万 = 一百万, 万几蚊 = 一万几蚊
    # (三五百万: two Chinese digits lead; an Arabic figure never reads so)
    ranged = _TWO_DIGIT_RANGE.match(_strip_large(num)[0]) if num[0] in DIGITS else None
    if ranged and DIGITS[ranged[1]] < DIGITS[ranged[2]] <= DIGITS[ranged[1]] + 2 and not infix:
        return _adjacent_digits(num, ranged)
    headed = _HEADED_DIGIT_RANGE.match(_strip_large(num)[0]) if not infix and not num.isascii() else None
    if headed and DIGITS[headed[2]] + 1 == DIGITS[headed[3]]:
        return _headed_adjacent_digits(num, headed)
    if infix:
        return _more(num, infix, large)
    text = num + (large or "")
    value = parse_numeral(text)
    reading = _point(value.value, value.unit, rule="number")
    # (_large_scale and _lead_scale of the text, with its large unit found once)
    mantissa, large_word = _strip_large(text)
    reading.scale = _LARGE_DECIMAL.get(large_word)
    mantissa = mantissa.replace(" ", "").replace("\n", "")
    small = _ONE
    if len(mantissa) == 2 and mantissa[1] in SMALL_UNITS and (mantissa[0] in DIGITS or mantissa[0].isdigit()):
        small = _SMALL_DECIMAL[mantissa[1]]
    scale = small * _LARGE_DECIMAL[large_word] if large_word else small * 1
    reading.lead_scale = scale if scale > 1 else None
    return reading


def _arabic_numeral(text: str) -> Reading | None:
    """``_numeral``'s reading of ASCII digits (a decimal point, spaces, one large unit: 7920万, 3.5 亿, 120), the
    commonest figure in news, or None for any other: parse_numeral's plain branch and the scales below worked out
    inline (the same arithmetic; the two functions' calls, cache and Numeral cost twice the reading itself)."""
    plain = _ARABIC_PLAIN.fullmatch(text.replace(" ", "").replace("\n", "") if " " in text or "\n" in text else text)
    if plain is None:
        return None
    digits, decimals, large = plain.groups()
    mult = _LARGE_DECIMAL[large] if large else _ONE
    value = Decimal(f"{digits}.{decimals}" if decimals else digits)
    reading = _point(Decimal(0) + value * mult, _ONE.scaleb(-len(decimals or "")) * mult, rule="number")
    large_word = _strip_large(text)[1]  # (of the text as written: a space after the unit leaves it unscaled)
    reading.scale = _LARGE_DECIMAL.get(large_word)
    scale = _ONE * _LARGE_DECIMAL[large_word] if large_word else _ONE * 1
    reading.lead_scale = scale if scale > 1 else None
    return reading


_ASCII_DIGITS = frozenset("0123456789")
# (numerals._PLAIN with ASCII digits only: any other digit takes the general path)
_ARABIC_PLAIN = patterns.compile(
    rf"([0-9]+)(?:\.([0-9]+))?({'|'.join(map(re.escape, sorted(LARGE_UNITS, key=len, reverse=True)))})?")
_ONE = Decimal(1)
_LARGE_DECIMAL = {w: Decimal(v) for w, v in LARGE_UNITS.items()}
_SMALL_DECIMAL = {w: Decimal(v) for w, v in SMALL_UNITS.items()}


def _lead_scale(text: str) -> Decimal | None:
    """The units after a one-figure lead: 九百亿 -> 1e10, 三仟 -> 1e3, 3万 -> 1e4, 2000万 -> 1e4."""
    mantissa, large = _strip_large(text.replace(" ", "").replace("\n", ""))
    small = Decimal(1)
    if len(mantissa) == 2 and mantissa[1] in SMALL_UNITS and (mantissa[0] in DIGITS or mantissa[0].isdigit()):
        small = Decimal(SMALL_UNITS[mantissa[1]])
    scale = small * (Decimal(LARGE_UNITS[large]) if large else 1)
    return scale if scale > 1 else None


def _large_scale(text: str) -> Decimal | None:
    """The large unit a numeral ends with: 5亿 -> 1e8, 两千万 -> 1e4, 3.5万亿 -> 1e12."""
    _, large = _strip_large(text)
    return Decimal(LARGE_UNITS[large]) if large else None


_LARGE_LENGTHS = sorted({len(w) for w in LARGE_UNITS}, reverse=True)  # 万亿 before 万, 个亿 before 亿


def _strip_large(num: str) -> tuple[str, str]:
    for size in _LARGE_LENGTHS:
        if num[-size:] in LARGE_UNITS:
            return num[:-size], num[-size:]
    return num, ""


def _adjacent_digits(num: str, ranged: re.Match) -> Reading:
    """三五百万 = 300万..500万, 两三千 = 2000..3000: two digits name a range."""
    _, large = _strip_large(num)
    small = ranged[3]
    low = parse_numeral(ranged[1] + small + large)
    high = parse_numeral(ranged[2] + small + large)
    return Reading(min=clean(low.value), max=clean(high.value), approx=True, unit=low.unit,
                   qualifiers=[ranged[1] + ranged[2]], rule="adjacent_digits",
                   scale=Decimal(LARGE_UNITS[large]) if large else None)


def _headed_adjacent_digits(num: str, headed: re.Match) -> Reading | None:
    """一千六七百 = 1600..1700, 十七八万 = 17万..18万: consecutive digits after a higher place name a range."""
    _, large = _strip_large(num)
    head, tail = headed[1], headed[4]
    try:
        low = parse_numeral(head + headed[2] + tail + large)
        high = parse_numeral(head + headed[3] + tail + large)
    except NumeralError:
        return None
    return Reading(min=clean(low.value), max=clean(high.value), approx=True, unit=low.unit,
                   qualifiers=[headed[2] + headed[3]], rule="adjacent_digits",
                   scale=Decimal(LARGE_UNITS[large]) if large else None)


def _more(num: str, infix: str, large: str | None) -> Reading:
    """300多万 = [300万, 400万): the step is the place of the last non-zero digit."""
    value = parse_numeral(num + (large or ""))
    step = _step(value.value, value.unit)
    return Reading(min=clean(value.value), max=clean(value.value + step), max_inclusive=False, approx=True,
                   unit=value.unit, qualifiers=[infix], rule="more",
                   scale=_large_scale(num + (large or "")))


def _step(value: Decimal, unit: Decimal) -> Decimal:
    """The place of the last non-zero digit: 300万 -> 100万, 305 -> 1."""
    step = unit
    while step * 10 <= value and (value / (step * 10)) % 1 == 0:
        step *= 10
    return step


def _add_subunits(reading: Reading, sub: str) -> Reading:
    """元 + 角/分 chains: 一块二 (+0.2), 五块七毛八 (+0.78), 三块零四 (+0.04), 个半 (+0.5)."""
    if sub == "半":
        return _shift(reading, Decimal("0.5"), Decimal("0.1"))
    total, place, pos = _ZERO, Decimal("0.1"), 0
    sub = sub.removesuffix("钱")  # 六角七分钱: 钱 only says it is money
    while pos < len(sub):
        if sub[pos] in "又零":
            if sub[pos] == "零":
                place = place / 10
            pos += 1
            continue
        digit_end = pos
        while digit_end < len(sub) and (sub[digit_end].isdigit() or sub[digit_end] in DIGITS or sub[digit_end] == "十"
                                        or (sub[digit_end] == "." and digit_end > pos)):  # 0.7分钱
            digit_end += 1
        digits = sub[pos:digit_end]
        unit_word = next((w for w in _SUB_WORDS if sub.startswith(w, digit_end)), None)
        value = parse_numeral(digits).value
        if unit_word:
            place = SUBUNITS[unit_word]
            total += value * place
            pos = digit_end + len(unit_word)
            place = place / 10  # a bare digit after 角 is 分
        else:
            total += value * place
            pos = digit_end
    return _shift(reading, total, place * 10 if place < Decimal("0.01") else place)


def _shift(reading: Reading, amount: Decimal, unit: Decimal) -> Reading:
    new_max = None if reading.max is None else clean(reading.max + amount)
    return replace(reading, min=clean(reading.min + amount), max=new_max, unit=unit, rule=reading.rule + "+subunits")


def _join_range(first: Reading, second: Reading) -> Reading:
    """2亿-5亿; 2-5亿 (the bare end borrows 亿); 从3亿到40亿美元 (borrows 美元)."""
    if first.scale is None and first.rule == "number" and first.max is not None and second.max is not None:
        # (a bare end that borrows a letter scale needs the cue the letter does: 5~10w is 5w~10w)
        first = replace(_borrow_scale(first, second), needs_cue=second.needs_cue)
    low, high = first, second
    if high.max is not None and low.min > high.max:
        low, high = high, low
    unit = max((u for u in (low.unit, high.unit) if u is not None), default=None)
    return Reading(
        min=low.min, max=high.max, min_inclusive=low.min_inclusive, max_inclusive=high.max_inclusive,
        approx=low.approx or high.approx, unit=unit, qualifiers=low.qualifiers + high.qualifiers,
        currency_word=first.currency_word or second.currency_word, rule="range",
        needs_cue=low.needs_cue and high.needs_cue, weak=low.weak or high.weak, descending=low is not first,
    )


def _borrow_scale(first: Reading, second: Reading) -> Reading:
    """A bare first end takes the largest unit of the second that keeps the range in order:
    2-5亿 = 2亿..5亿, 两到三仟 = 2000..3000, 一千至两千万 = 1000万..2000万, 八到九百亿 = 800亿..900亿;
    从8500到3万 stays 8500..30000."""
    for scale in sorted({s for s in (second.lead_scale, second.scale) if s is not None}, reverse=True):
        if first.max * scale < second.max:  # strictly: 一至十万 is 1万..10万, not 10万..10万
            return replace(first, min=clean(first.min * scale), max=clean(first.max * scale),
                           unit=(first.unit or Decimal(1)) * scale, scale=scale)
    return first


def _apply_hedge(reading: Reading, hedge) -> Reading | None:
    low, high = reading.min, reading.max
    quals = reading.qualifiers + [hedge.word]
    effect = hedge.effect
    if effect == "gt":
        return replace(reading, min=low, max=None, min_inclusive=False, max_inclusive=True, qualifiers=quals)
    if effect == "ge":
        return replace(reading, min=low, max=None, min_inclusive=True, max_inclusive=True, qualifiers=quals)
    if effect == "lt":
        top = high if high is not None else low
        return replace(reading, min=_ZERO, max=top, max_inclusive=False, qualifiers=quals)
    if effect == "le":
        top = high if high is not None else low
        return replace(reading, min=_ZERO, max=top, max_inclusive=True, qualifiers=quals)
    if effect == "about":
        return replace(reading, approx=True, qualifiers=quals)
    if effect == "near":
        if reading.max is None or reading.min != reading.max:
            return replace(reading, approx=True, qualifiers=quals)
        return replace(reading, min=clean(low * NEAR_FACTOR), approx=True, qualifiers=quals)
    if effect == "order":
        return replace(reading, max=low * 10, max_inclusive=False, approx=True, qualifiers=quals)
    if effect == "emph":
        return replace(reading, qualifiers=quals)
    if effect == "more":  # 五万出头: a point X and a bit, [X, X+step)
        if high is None or low != high or reading.unit is None or low == 0:
            return None
        return replace(reading, max=clean(low + _step(low, reading.unit)), max_inclusive=False, approx=True,
                       qualifiers=quals)
    raise ValueError(f"unknown hedge effect {effect!r} for {hedge.word!r}")  # lexicon bug
