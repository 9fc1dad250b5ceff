"""Public entry points: ``extract_money`` (running text) and ``parse_money`` (one expression).

Context rules, applied after the grammar has read each expression:
  * a figure with a currency word is money;
  * a figure without one is money only next to a money cue (薪酬, 估值, 到手...),
    and never when a counter follows it (600名, 300多万次, 两万亿参数);
  * it then borrows the currency of the nearest earlier money mention in the
    same paragraph (else the document), and is marked ``currency_implied``;
  * the yuan words (元, 块, 圆) mean the yuan the document establishes:
    新台币 in a Taiwanese report, 港元 in a Hong Kong one, else CNY.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from decimal import Decimal
from functools import cache, lru_cache
from itertools import accumulate

from core import patterns

from .currency import (
    DECLARATION,
    SENTENCE_END,
    SENTENCE_SPAN,
    Locale,
    Stated,
    basis_currency,
    conversion_currency,
    declared_currency,
    document_locale,
    restated_yuan,
    same_sentence,
)
from .grammar import CN_DIGIT, MONEY, MONEY_PRICED, SUBUNIT_ONLY, alt, counters, iter_money, level_words, money_cues
from .lexicon import (
    ALLOWANCE_MODIFIER_MAX,
    ALLOWANCE_NOUNS,
    APPROX_PAIR_MARK,
    AVERAGE_WORDS,
    BAND_SUFFIX_PAIRS,
    BARE_FIGURE_COUNTERS,
    BARE_ITEM_FOLLOWERS,
    BASIS_CLOSERS,
    BOUND_AFTER_NOUN_HEDGES,
    BOUND_AFTER_NOUNS,
    BRACKET_BOUND_HEDGES,
    BRACKET_BOUND_SPAN,
    CHAIN_LINKS,
    CHANGE_BASES,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    CITATION_BRACKETS,
    COMPARISON_WORDS,
    CONVERSION_WORDS,
    COUNT_NOUNS,
    COUNT_VERBS,
    COUNTED_AFTER,
    COUNTED_PERSON_SUFFIXES,
    COUNTER_YUAN,
    COUNTER_YUAN_FREE,
    CURRENCIES,
    DEFAULT_YUAN,
    DIFFERENCE_WORDS,
    DIGITS,
    DOCUMENT_DOLLAR_SIGNS,
    DOLLAR_YUANS,
    FIGURE_NAMES,
    GAP_POSSESSIVE,
    HEDGE_BLOCKED_BEFORE,
    HEDGES,
    LARGE_UNITS,
    LAYOUT_JOIN_AFTER,
    LAYOUT_JOIN_BEFORE,
    LEVEL_MONEY_WORDS,
    LEVEL_SUFFIXES,
    LOCALE_CUES,
    MINOR_BLOCKED_BEFORE,
    MINOR_UNITS,
    MONEY_CUES,
    NEGATION_SPAN,
    NEGATIONS,
    NEGATIVE_SIGN_AFTER,
    NEGATIVE_SIGNS,
    NOT_MONEY_BEFORE,
    NOTHING_AFTER,
    NOTHING_IDIOMS,
    PART_WORDS,
    PINYIN_LETTERS,
    PINYIN_PLAIN_MIN,
    PINYIN_TONED,
    PRICE_CUES,
    PRICE_MOVE_CUES,
    PRICE_MOVE_NOT,
    RANGE_CLOSERS,
    RANGE_OPENERS,
    RANGE_RATE_MARKS,
    RATE_AFTER,
    RATE_BEFORE,
    RATE_QUOTE_WORDS,
    RATIO_WORDS,
    RESTATED_BOUND_SEPARATORS,
    SALARY_CUES,
    SENTENCE_MONEY_NOUNS,
    SHARED_RANGE_SEPARATORS,
    SHARED_UNIT_SEPARATORS,
    SHORTHAND_TAIL_MAJORS,
    SHORTHAND_TAIL_MAX,
    SMALL_UNITS,
    STOCK_CODE_BRACKETS,
    SUBUNITS,
    SUFFIX_HEDGE_NOT_BEFORE,
    TABLE_CELL_MARK,
    TABLE_CELLS_BACK,
    TABLE_LABEL_SPAN,
    TABLE_MONEY_LABELS,
    TABLE_RATE_MARKS,
    TABLE_UNITS,
    TENS_CHARS,
    UNIT_LABEL_CLOSE,
    UNIT_LABEL_COLON,
    UNIT_LABEL_OPEN,
)
from .mention import MoneyMention, made
from .money import (
    _CURRENCY_OF,
    Reading,
    _add_subunits,
    bound_after_noun,
    clean,
    read_match,
    replace,
    share_unit,
    split_range,
)
from .numerals import NumeralError
from .text import normalize

# The cue tests below run on every figure without a currency word, so they use the
# stdlib re: a cue ending near a figure is a reversed cue starting near it in the
# reversed clause, and the fillers a cue may follow are possessive (skipped if there).
_CUE_BACKWARDS = patterns.compile(money_cues(reverse=True))
_SALARY_BACKWARDS = patterns.compile(alt(w[::-1] for w in SALARY_CUES))
# (after a space too: 升逾 50 倍, 激增 3.23 倍至)
_NOT_AFTER_AT = patterns.compile(rf"\ ?(?:{counters()}|{alt(COUNTED_AFTER)})")
_LEVEL_AT = patterns.compile(level_words())
# (quotation marks do not end a clause: 「表現花紅」由450萬縮水至70萬)
_CLAUSE_END = set(",.;!?\n、:，。；！？：()（）")
_CLAUSE_TAIL = patterns.compile("[^" + re.escape("".join(sorted(_CLAUSE_END))) + "]*")
_CUE_BEFORE_WINDOW = 10
_CUE_BEFORE_GAP = 4  # 到手大约是800万: at most this many characters between cue and figure
_CHAIN_GAP = 6  # 从2万涨到3.5万: at most this many characters from the money figure before
_LEAD_SPAN = 12  # 数十亿乃至过百亿元: a currency word at most this far after a figure it may lead (_leads_money)
_LIST_GAP = 16  # 年薪3000多万美元，另一位也就6000多万: at most this far from the stated figure
# 月活用户数达2.3亿, matched backwards from the figure (an anchored match fails at once)
# (and 平均工資之比為1.4: a ratio word, RATIO_WORDS, makes the figure a ratio the same way)
_COUNT_BACKWARDS = patterns.compile(
    rf"[{COUNT_VERBS}]{{0,2}}(?:[数量]?(?:{alt(w[::-1] for w in COUNT_NOUNS)})|{alt(w[::-1] for w in RATIO_WORDS)})")
_COUNT_SPAN = max(map(len, COUNT_NOUNS)) + 2
_COUNT_ENDS = frozenset(COUNT_VERBS + "数量" + "".join(w[-1] for w in (*COUNT_NOUNS, *RATIO_WORDS)))  # its opening
_SUBUNIT_SPAN = 10  # 两角五分钱: the longest standalone sub-unit figure before its 钱
_FIGURE = patterns.compile(r"[\d万亿兆元]")
# A list (see _lists_money) continues a money figure with the same large unit: both are looked for
# (a large unit in the figure, the last character of a currency word or a large unit before it)
# before the figure is read at all.
_LARGE_IN = patterns.compile(r"[万亿兆]")
_CURRENCY_ENDS = patterns.compile(
    "[" + re.escape("".join(sorted({w[-1] for c in CURRENCIES for w in (*c.suffix, *c.slang)} | set("万亿兆"))))
    + "]")
_CUE_AFTER_SKIP = (" ", "作为", "的", " ", "诱人", "惊人", "超级", "顶级",  # (500 的全勤奖)
                   "「", "“", "『", "\"")  # (60萬「年中獎金」: the cue quoted; parser_blind10 r012, opened)
# (a bracketed included end between a range and its cue is skipped, and so is the bracket's close after that end:
# 5-10 億(含 10 億)融資事件)
_CUE_AFTER = patterns.compile(r"(?:[(（]含[^)）]{1,12}[)）]|[)）])?+"
                        + "".join(f"(?:{re.escape(w)})?+" for w in _CUE_AFTER_SKIP) + f"(?:{money_cues()})")


def extract_money(text: str) -> list[MoneyMention]:
    """Every money mention in ``text``, in order, with offsets into ``text``.

    >>> [m.text for m in extract_money("Meta向Scale AI投资148億美元，有600名员工")]
    ['148億美元']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_money needs a str, got {type(text).__name__}")
    norm = normalize(text, punctuation=False)
    cuts = _pinyin(text, norm) if "(" in norm else []
    if "\n" in norm:
        cuts = sorted((*cuts, *_layout_breaks(norm)))
    if " " in norm:
        cuts = sorted((*cuts, *_numeral_spaces(norm)))
    if cuts:
        return _without_pinyin(text, norm, cuts)
    # Which yuan the document means is worked out only if a mention needs it (a scan of
    # the whole text that most documents, which name their currencies, never use).
    return _resolve(list(_scan(norm, strict=False)), text, norm, cache(lambda: document_locale(norm)))


_PINYIN = patterns.compile(rf"\([{PINYIN_LETTERS}{PINYIN_TONED}]{{1,6}}\)")  # (opens with a literal: a fast scan)
_TONED = frozenset(PINYIN_TONED)


# (a syllable's shape: an initial, a medial, the vowels and a nasal or r: jin, yi, rong, e; not usd or ai written AI)
_SYLLABLE = patterns.compile(r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[iuü]?[aeiouü]{1,2}(?:ng|n|r)?")


def _pinyin(text: str, norm: str) -> list[tuple[int, int]]:
    """The spans of inline pinyin (lexicon PINYIN_*): 近(jin)3億(yi)元."""
    found = [m.span() for m in _PINYIN.finditer(norm) if m.start() and "\u4e00" <= norm[m.start() - 1] <= "\u9fff"]
    if not found:
        return found
    toned = [(a, b) for a, b in found if any(c in _TONED for c in norm[a:b])]
    plain = [(a, b) for a, b in found if text[a + 1:b - 1].islower() and _SYLLABLE.fullmatch(norm, a + 1, b - 1)]
    if len(plain) >= PINYIN_PLAIN_MIN:
        return sorted({*toned, *plain})
    return toned


# A line break inside a figure, as text from PDFs and web pages has it: after a decimal point or a digit group's comma
# (128.\n6億元, 12,\n500万元), or inside a group that the comma opened (2,31\n8億元).  A break between whole figures
# (a table's cells one a line) is left alone.
# (what the text right before such a break ends with; only breaks before a digit are looked at)
_LAYOUT_BREAK_AFTER = patterns.compile(r"\d[.,]|\d,\d{1,2}")


def _layout_breaks(norm: str) -> list[tuple[int, int]]:
    """The spans of line breaks inside figures (see _LAYOUT_BREAK_AFTER), and of those between a word that takes an
    object and its figure, or a figure and 的 (lexicon LAYOUT_JOIN_AFTER, LAYOUT_JOIN_BEFORE)."""
    out = []
    for hit in _BREAK_BEFORE_DIGIT.finditer(norm):
        at = hit.start()
        last = norm[at - 1:at]
        if norm[at + 1] in _JOIN_BEFORE_FIRSTS:
            if last and last in _FIGURE_TAIL and norm.startswith(LAYOUT_JOIN_BEFORE, at + 1):
                out.append((at, at + 1))
        elif last in _BREAK_ENDS and any(
                _LAYOUT_BREAK_AFTER.fullmatch(norm, at - n, at) for n in (2, 3, 4) if at >= n):
            out.append((at, at + 1))
        elif last in _JOIN_ENDS and norm[max(0, at - _JOIN_LOOK):at].endswith(LAYOUT_JOIN_AFTER):
            out.append((at, at + 1))
    return out


# A space inside a Chinese numeral is layout where the places go on down across it: a small unit before it, then a
# digit and a smaller unit after it (由二千 二百億元減至二千億元 is 2200億; parser_blind4, opened).
_SPACE_BEFORE_PLACE = patterns.compile(rf" (?=[{CN_DIGIT}][{''.join(SMALL_UNITS)}])")


def _numeral_spaces(norm: str) -> list[tuple[int, int]]:
    """The spans of spaces inside Chinese numerals (二千 二百億元)."""
    out = []
    for hit in _SPACE_BEFORE_PLACE.finditer(norm):
        at = hit.start()
        if at and norm[at - 1] in SMALL_UNITS and SMALL_UNITS[norm[at - 1]] > SMALL_UNITS[norm[at + 2]]:
            out.append((at, at + 1))
    return out


_JOIN_LOOK = max(map(len, LAYOUT_JOIN_AFTER))
_JOIN_ENDS = frozenset(w[-1] for w in LAYOUT_JOIN_AFTER)
_JOIN_BEFORE_FIRSTS = frozenset(w[0] for w in LAYOUT_JOIN_BEFORE)
_FIGURE_TAIL = frozenset("0123456789kw万亿元")  # (the last character of a figure before its break: 450k, 50 万)


_BREAK_ENDS = frozenset(".,0123456789")
# (opens with a literal: a fast scan; 的 for a break after a figure, LAYOUT_JOIN_BEFORE)
_BREAK_BEFORE_DIGIT = patterns.compile(rf"\n(?=\d|{alt(LAYOUT_JOIN_BEFORE)})")


def _without_pinyin(text: str, norm: str, cuts: list[tuple[int, int]]) -> list[MoneyMention]:
    """Read the text with its inline pinyin and the line breaks inside figures taken out, offsets mapped back into
    the original."""
    keep, pos = [], 0
    for a, b in cuts:
        keep.append((pos, a))
        pos = b
    keep.append((pos, len(text)))
    # Where each kept span starts in the text read: an offset there maps back by its span's shift.
    begins = list(accumulate((b - a for a, b in keep[:-1]), initial=0))

    def at(i: int) -> int:  # the original offset of the i-th kept character
        span = bisect_right(begins, i) - 1
        return keep[span][0] + i - begins[span]

    s_text = "".join(text[a:b] for a, b in keep)
    s_norm = "".join(norm[a:b] for a, b in keep)
    found = _resolve(list(_scan(s_norm, strict=False)), s_text, s_norm, cache(lambda: document_locale(s_norm)))
    out = []
    for m in found:
        start, end = at(m.start), at(m.end - 1) + 1
        # (before the first cut nothing moves, and the mention is kept as it is)
        out.append(m if start == m.start and end == m.end else m.moved(start, end, text[start:end]))
    return out


def parse_money(expression: str, *, yuan: str = DEFAULT_YUAN) -> MoneyMention | None:
    """Parse one expression that is money as a whole (no context needed), or None.

    >>> m = parse_money("2亿-5亿美元"); (m.min, m.max, m.currency)
    (Decimal('200000000'), Decimal('500000000'), 'USD')
    """
    if not isinstance(expression, str):
        raise TypeError(f"parse_money needs a str, got {type(expression).__name__}")
    stripped = expression.strip()
    offset = expression.find(stripped) if stripped else 0
    norm = normalize(stripped, punctuation=False)
    given = Locale(yuan, f"document yuan {yuan}: given")
    for start, end, reading in _scan(norm, strict=True):
        if start == 0 and end == len(norm):
            return _mention(reading, start + offset, end + offset, lambda: given, None, whole=expression)
    return None


def _scan(norm: str, *, strict: bool):
    """(start, end, reading) for each accepted expression, non-overlapping, in order."""
    # A whole expression is short: scan it plainly (this also finds 个半, which has no anchor).
    for m in (MONEY.finditer(norm) if strict else iter_money(norm)):
        if m["conn"] is not None and norm[m.end():m.end() + 1] in _RANGE_RATE_MARKS:
            # 增幅為2.1元或5.25%: the second end is a rate, so no range; the first stands alone if it names a
            # currency (浮动范围15-30%: else both ends are rates)
            first = MONEY.match(norm, m.start(), m.start("conn"))
            if first is None or not any(first.group(*_CURRENCY_GROUPS)):
                continue
            m = first
        if not strict and not _may_be_money(m, norm):
            continue
        got = read_match(m, norm)
        if got is not None and got[1].rule.endswith("+subunits"):
            m, got = _without_tail_digit(m, norm, got)
        if got is None:
            continue
        # a range that is a change, or in two currencies, is two figures (money.split_range)
        parts = split_range(m, norm, *got) if m["conn"] is not None else None
        for start, end, reading in parts or ((got[0], m.end(), got[1]),):
            if not strict and (reading.weak or reading.currency_word in _CHECKED_WORDS):
                if reading.weak and not _has_strong_currency(m):
                    continue
                if reading.currency_word in _SLANG and _bare_slang(m, norm, reading):
                    continue
                if (reading.currency_word in COUNTER_YUAN and not (m["sub1"] or m["sub2"])  # 从1块2涨到: the yuan
                        and _counts_with_kuai(norm, start, end)):
                    continue
            if reading.level is not None and reading.level in LEVEL_SUFFIXES:
                end += len(reading.level)  # 百亿级: the level word is part of the figure
            if not strict:
                if norm.startswith(BOUND_AFTER_NOUNS, end) and not m["hsuf"]:
                    reading = _bound_after_noun(norm, end, reading)
                elif norm[end:end + 1] in _OPEN_BRACKETS and not m["hsuf"]:
                    reading = _bound_after_bracket(norm, end, reading)
                if norm[start - 1] in NEGATIVE_SIGNS and start and _signed(norm, start, reading):
                    start, reading = start - 1, replace(reading, min=-reading.min, max=-reading.max)
            yield start, end, reading
    if strict or "钱" in norm:
        yield from _scan_subunits(norm, strict)
    if not strict:
        yield from _scan_priced(norm)


_SUB_WORD_CHARS = frozenset("".join(SUBUNITS) + "半")
_TAIL_MAJORS = frozenset(SHORTHAND_TAIL_MAJORS)


def _without_tail_digit(m, norm: str, got):
    """一块二, 两块五: a bare digit after a yuan word counts 角 only after a small whole figure (lexicon
    SHORTHAND_TAIL_MAX) in a yuan word itself; after a dollar, a decimal, a large unit or a larger figure it opens the
    next word (3,422.8美元一盎司, 4900 美元三道关口, 投资30亿元参与, 花100元一起): the match without it."""
    name = "sub2" if m["conn"] is not None else "sub1"
    tail = m[name]
    if not tail or m.end(name) not in (m.end(), m.start("hsuf")) or any(c in _SUB_WORD_CHARS for c in tail):
        return m, got
    shorter = MONEY.match(norm, m.start(), m.start(name))
    cut = read_match(shorter, norm) if shorter is not None and shorter.end() == m.start(name) else None
    if cut is None:
        return m, got
    reading = cut[1]
    n = name[-1]
    figure = m[f"num{n}"] or ""
    if (reading.currency_word in _TAIL_MAJORS and reading.scale is None and "." not in figure
            and (reading.max if reading.max is not None else reading.min) < SHORTHAND_TAIL_MAX):
        return m, got
    return shorter, cut


_RANGE_RATE_MARKS = frozenset(RANGE_RATE_MARKS)  # (a set: the empty string at the text's end is in no set)
_BOUND_AFTER_NOUN = patterns.compile(f"(?:{alt(BOUND_AFTER_NOUNS)})(?P<hedge>{alt(BOUND_AFTER_NOUN_HEDGES)})")


def _bound_after_noun(norm: str, end: int, reading: Reading) -> Reading:
    """50 万年薪以上的职位: a point figure takes the bound written after the noun it measures."""
    hit = _BOUND_AFTER_NOUN.match(norm, end)
    if hit is None or reading.max is None or reading.min != reading.max:
        return reading
    return bound_after_noun(reading, hit["hedge"]) or reading


_OPEN_BRACKETS = frozenset("(（")
_BRACKET_BOUND = patterns.compile(
    rf"[(（][^()（）]{{1,{BRACKET_BOUND_SPAN}}}[)）](?P<hedge>{alt(BRACKET_BOUND_HEDGES)})"
    + "".join(rf"(?!(?<={patterns.regex_escape(w)})[{patterns.regex_escape(c)}])"
              for w, c in SUFFIX_HEDGE_NOT_BEFORE.items()))


def _bound_after_bracket(norm: str, end: int, reading: Reading) -> Reading:
    """從三點五萬美元(約台幣一百零六點六萬元)起: a point figure takes the lower bound written after the bracket that
    restates it (lexicon BRACKET_BOUND_HEDGES)."""
    hit = _BRACKET_BOUND.match(norm, end)
    if hit is None or reading.max is None or reading.min != reading.max:
        return reading
    return bound_after_noun(reading, hit["hedge"]) or reading


def _signed(norm: str, start: int, reading: Reading) -> bool:
    """-210万美元: a minus sign right before a point figure, after a space, a colon or 为 (else it is a dash)."""
    return reading.max is not None and reading.min == reading.max and (
        start == 1 or norm[start - 2] in NEGATIVE_SIGN_AFTER)


_SLANG = frozenset(w for c in CURRENCIES for w in c.slang)
_CHECKED_WORDS = _SLANG | frozenset(COUNTER_YUAN)  # currency words that are money only in some contexts


def _bare_slang(m, norm: str, reading: Reading) -> bool:
    """砍了3刀: a slang currency word after a figure with no large unit and no money cue."""
    if reading.scale is not None:
        return False
    before = _clause_before(norm, m.start(), _CUE_BEFORE_WINDOW)
    return not (_cue_after(norm, m.end()) or _cue_ends_near(before, _CUE_BACKWARDS)
                or _rate_beside(norm, m.start(), m.end()))


def _counts_with_kuai(norm: str, start: int, end: int) -> bool:
    """3块屏幕, 400万至500万块GPU: 块 counts the word after it (lexicon COUNTER_YUAN)."""
    after = norm[end + 1:end + 2] if norm[end:end + 1] == " " else norm[end:end + 1]
    if not after or not (after.isalpha() and after not in COUNTER_YUAN_FREE):
        return False
    before = _clause_before(norm, start, _CUE_BEFORE_WINDOW)
    return not (_cue_after(norm, end) or _cue_ends_near(before, _CUE_BACKWARDS))


# A figure in a minor unit that is money only in a price: 票价加价5角, 每股派息12仙.
_PRICED_MINOR = tuple(w for w, row in MINOR_UNITS.items() if not row.alone)
assert all(len(w) == 1 for w in _PRICED_MINOR)  # found below one character at a time
_FIGURE_END = frozenset(string.digits + CN_DIGIT + "十" + "".join(TENS_CHARS))  # the last character of a figure
# before its unit
_PRICE_BACKWARDS = patterns.compile(alt(w[::-1] for w in (*PRICE_CUES, *PRICE_MOVE_CUES)))
_MOVES = frozenset(w[::-1] for w in PRICE_MOVE_CUES if w not in PRICE_CUES)
_PRICE_GAP = 2  # 每股派息为5分, 股息共12仙: at most this many characters from the cue to the figure
_PRICE_WINDOW = 24


def _scan_priced(norm: str):
    """Figures in 分/角/毛/毫/仙 right after a price cue in the same clause (whole expressions,
    hedges and ranges included, read by the grammar with every minor unit); then those in the same
    minor unit as a price so read in their sentence, before or after it (较8月43仙輕微下調至42.9仙,
    每股派发现金红利3角5分，高于去年的2角8分: a list or comparison of prices)."""
    last = -1
    priced, uncued = [], []
    for unit in _minor_after_figure(norm):
        if unit < last:
            continue
        before = norm[max(0, unit - _PRICE_WINDOW):unit]
        before = before[len(before) - _PRICE_CLAUSE.match(before[::-1]).end():]
        rev = before[::-1]
        cue = _PRICE_BACKWARDS.search(rev)
        # (a move before 分 is no cue, but a price cue right before the move still is: 车资调高1分)
        while cue is not None and norm[unit] in PRICE_MOVE_NOT and cue.group() in _MOVES:
            cue = _PRICE_BACKWARDS.search(rev, cue.end())
        if cue is None:
            uncued.append(unit)
            continue
        cue_end = unit - cue.start()
        got = _priced_at(norm, cue_end, unit, _PRICE_GAP) or _priced_after_rate_change(
            norm, cue_end - len(cue.group()), cue_end, unit)
        if got is None:
            uncued.append(unit)
        else:
            last = got[1]
            if cue.group() in _MOVES and got[3] is None:
                got = _bound_before_move(norm, cue_end - len(cue.group()), got)
            priced.append((unit, got))
    if not priced:
        return
    for unit in uncued:
        if all(not g[0] <= unit < g[1] for _, g in priced) and any(
                norm[unit] == norm[u] and _same_sentence(norm, unit, u) for u, _ in priced):
            start = unit - 1
            while start > 0 and norm[start - 1] in _FIGURE_CHARS:
                start -= 1
            got = _priced_at(norm, start, unit, 0)
            if got is not None:
                priced.append((unit, got))
    for _, got in sorted(priced, key=lambda p: p[1][0]):
        yield from got[3] or (got[:3],)


_FIGURE_CHARS = frozenset(string.digits + CN_DIGIT + "十." + "".join(TENS_CHARS))
_PRICE_LIST_SPAN = 40  # a price in the same minor unit at most this far away (and in the same sentence)


_MOVE_BOUNDS = tuple(h.word for h in HEDGES if h.position == "prefix" and h.effect in ("le", "ge") and len(h.word) > 1)


def _priced_after_rate_change(norm: str, cue_start: int, cue_end: int, unit: int):
    """每基金單位分派增長8.3%至141.47仙, 每股派息增加5%至12仙: a rate of change ending in 至 between the price cue
    and the priced figure, or right after a move that is the cue (the level after 至 is the price;
    _RATE_CHANGE_BACKWARDS)."""
    start = unit
    while start > cue_end and norm[start - 1] in _FIGURE_CHARS:
        start -= 1
    between = norm[cue_start:start].rstrip(" ")
    if not between.endswith(("至", "到")):
        return None
    hit = _RATE_CHANGE_BACKWARDS.match(between[::-1])
    if hit is None or len(between) - hit.end() > cue_end - cue_start + _PRICE_GAP:
        return None
    return _priced_at(norm, start, unit, 0)


def _bound_before_move(norm: str, move: int, got):
    """八達通乘客每程最多加3毫: a bound word right before the price's move (at ``move``) bounds the priced figure."""
    start, end, reading, parts = got
    word = next((w for w in _MOVE_BOUNDS if norm.startswith(w, move - len(w))), None)
    if word is None or reading.max is None or reading.min != reading.max or (
            norm[move] in HEDGE_BLOCKED_BEFORE.get(word, "")):
        return got  # (最高涨至: the day's high, a point)
    bounded = bound_after_noun(reading, word)
    return got if bounded is None else (move - len(word), end, bounded, parts)


def _same_sentence(norm: str, a: int, b: int) -> bool:
    lo, hi = (a, b) if a < b else (b, a)
    return hi - lo <= _PRICE_LIST_SPAN and not any(c in SENTENCE_END for c in norm[lo:hi])


def _priced_at(norm: str, search_from: int, unit: int, gap: int):
    """The priced figure whose minor unit stands at ``unit``, its match starting at most ``gap`` after
    ``search_from``: (start, end, reading, the two figures of a range that is a change or None) or None.
    (The match may run past the unit: 五至八角, 九角或以上.)"""
    m = MONEY_PRICED.search(norm, search_from, unit + _PRICED_TAIL)
    if m is None or m.start() - search_from > gap or m.end() <= unit or not (m["minor1"] or m["minor2"]):
        return None
    got = read_match(m, norm)
    if got is None:
        return None
    # 由28元只加一毫至28.1元: a change and the new level are two prices (money.split_range)
    parts = split_range(m, norm, *got) if m["conn"] is not None else None
    return got[0], m.end(), got[1], parts


_PRICED_TAIL = 8  # room after the unit for a range's second end or a suffix hedge (約3毫至5毫, 九角或以上)


def _minor_after_figure(norm: str) -> list[int]:
    """Positions of 分/角/毛/仙 right after a figure (3角, 12 仙), not before 钟 or 之: found with
    str.find, several times faster than a pattern here, since 分 is common in any text."""
    found = []
    for unit in _PRICED_MINOR:
        i = norm.find(unit)
        while i >= 0:
            last = norm[i - 1] if i else ""
            if (last in _FIGURE_END or (last == " " and i > 1 and norm[i - 2] in _FIGURE_END)) and (
                    norm[i + 1:i + 2] not in MINOR_BLOCKED_SET):
                found.append(i)
            i = norm.find(unit, i + 1)
    return sorted(found)


MINOR_BLOCKED_SET = frozenset(MINOR_BLOCKED_BEFORE)
# (a decimal point or a digit group's comma does not end the clause here: 每股派息0.5角)
_PRICE_CLAUSE = patterns.compile("[^" + re.escape("，。；！？、：;!?\n()（）「」“”") + "]*")


def _may_be_money(m, norm: str) -> bool:
    """Cheap early test: a figure with no currency word needs a money cue nearby."""
    if any(m.group(*_CURRENCY_GROUPS)):
        return True
    start, end = m.span()
    if end - start == 1:  # (股利 |\n2 |: a one-digit cell; 1、2万: decided with the figure after it, _approx_pair)
        return _table_cell(norm, start, end) is not None or norm.startswith(APPROX_PAIR_MARK, end)
    if norm.startswith(SHARED_UNIT_SEPARATORS, end) or (m["conn"] and norm.startswith(SHARED_RANGE_SEPARATORS, end)):
        return True  # 45.6/84.8 亿元: decided with the figure after it (_shared_units)
    if m["gap"]:
        start = m.end("gap")  # 最低的年薪大概40多万: the cue may stand in a gap the hedge does not bound
    if _cue_after(norm, end):
        return True
    level = _LEVEL_AT.match(norm, end)  # 百亿级的收购: the money word after the level word
    if level and (level["level"] in LEVEL_MONEY_WORDS or _cue_after(norm, level.end())):
        return True
    before = _clause_before(norm, start, _CUE_BEFORE_WINDOW)
    # (the last _CHAIN_GAP characters of the clause before are the chain's clause before)
    # (16K–22K: a letter-scaled figure looks for its pay word in its sentence, 5~10w too, whose first end has no
    # letter; (元):5,414,689,168 is labelled)
    return (_cue_ends_near(before, _CUE_BACKWARDS) or _FIGURE.search(before[-_CHAIN_GAP:]) is not None
            or (_LARGE_IN.search(m.group()) is not None
                and (_CURRENCY_ENDS.search(norm, max(0, start - _LIST_GAP), start) is not None
                     or _part_word_before(norm, start) or _CURRENCY_ENDS.search(norm, end, end + _LEAD_SPAN)))
            or m["ens1"] is not None or m["ens2"] is not None or _labelled(norm, m.start())
            or _table_cell(norm, start, end) is not None
            or _scaled_label(norm, start) is not None
            or _cue_before_aside(norm, start) or _cue_before_rate_change(norm, start) or _pay_at_rate(norm, start, end)
            or _declaration_after(norm, end) is not None
            or (_LARGE_IN.search(m.group()) is not None and (_money_noun_in_sentence(norm, start, end)
                                                              or _pay_in_sentence(norm, start)))
            # (環比跌1,700 after a money figure; 較上一季的23,500增加800元: decided with the figures beside them)
            or (before[-1:] in _CHANGE_VERB_ENDS and _CURRENCY_ENDS.search(norm, max(0, start - _CHAIN_GAP - 1), start)
                is not None)
            or (_CHANGE_VERB_AT.match(norm, end) is not None and any(w in before for w in COMPARISON_WORDS)))


_CURRENCY_GROUPS = ("cpre1", "csuf1", "cpre2", "csuf2", "weak1", "minor1", "minor2")


def _has_strong_currency(m) -> bool:
    return bool(m["cpre1"] or m["cpre2"])


def _scan_subunits(norm: str, strict: bool):
    for m in SUBUNIT_ONLY.finditer(norm) if strict else _before_qian(norm):
        if not strict and not m["qian"]:
            continue
        base = Reading(min=Decimal(0), max=Decimal(0), currency_word="元", rule="subunits")
        if not strict and _names_nothing(norm, m.start(), m.end()):
            continue
        try:
            reading = _add_subunits(base, m["subonly"])
        except NumeralError:
            continue
        yield m.start(), m.end(), reading


def _names_nothing(norm: str, start: int, end: int) -> bool:
    """不领一分钱, 一毛钱也不给: 'not a cent' (lexicon NOTHING_IDIOMS), not an amount."""
    if norm[start:end] not in _NOTHING:
        return False
    return any(c in NEGATIONS for c in norm[max(0, start - NEGATION_SPAN):start]) or (
        norm[end:end + 1] in NOTHING_AFTER and norm[end:end + 1] != "")


_NOTHING = frozenset(NOTHING_IDIOMS)


def _before_qian(norm: str):
    """In running text a standalone sub-unit needs 钱 after it: look only just before each 钱."""
    pos = norm.find("钱")
    while pos >= 0:
        for start in range(max(0, pos - _SUBUNIT_SPAN), pos):
            m = SUBUNIT_ONLY.match(norm, start, pos + 1)
            if m and m.end() == pos + 1:
                yield m
                break
        pos = norm.find("钱", pos + 1)


def _resolve(found, text: str, norm: str, locale: Callable[[], Locale]) -> list[MoneyMention]:
    tables: dict[int, tuple[str | None, str]] = {}  # a table cell's figure: its currency (None: the yuan), why
    kept = _restated_bounds(_bands(_money_figures(_shared_units(_drop_overlaps(found), norm), norm, tables), norm),
                            norm)  # in start order
    stated_at = [i for i, (_, _, r) in enumerate(kept) if r.currency_word]  # the figures naming a currency
    mentions: list[MoneyMention] = []
    seen: dict[int, Stated] = {}  # (a stated figure is the neighbour of every bare figure around it)

    def _stated(j: int) -> Stated:
        got = seen.get(j)
        if got is None:
            s, e, r = kept[j]
            got = seen[j] = Stated(s, e, _stated_code(r, locale), text[s:e])
        return got

    for i, (start, end, reading) in enumerate(kept):
        borrowed = None
        word = reading.currency_word
        if word in _YUAN_WORDS:
            if (code := conversion_currency(norm, start, end)) in _YUAN_CODES:
                # 摺合人民幣約 6.1 萬元: the conversion phrase before a yuan figure names which yuan
                own = Locale(code, f"conversion phrase: {code}")
                mentions.append(_mention(reading, start, end, lambda own=own: own, None, whole=text))
                continue
            # (restated in a yuan it names, 56 萬元 (約 255 萬元新台幣); a bare 元 after it is another figure in the
            # same yuan: 月薪3.2萬元,足足高出1.6萬元; 由16000元升至18000元,18000元升至20000元)
            if i + 1 < len(kept) and kept[i + 1][2].currency_word not in _NO_YUAN_NAMED:
                own = restated_yuan(norm, end, _stated(i + 1), locale())
                if own is not None:
                    # (從 2.6 兆美元(約新台幣 72.8 兆元)下跌為 2.26 兆元(約新台幣 63.28 兆元): the sentence's own
                    # figures are in the currency an earlier one names, not the default yuan)
                    prior = _earlier_other(norm, start, bisect_left(stated_at, i), stated_at, _stated, locale().code)
                    if prior is not None:
                        own = Locale(prior.currency, f"restated as {_stated(i + 1).text}, so not the document's "
                                                     f"{locale().code}; the sentence's {prior.text}")
                    mentions.append(_mention(reading, start, end, lambda own=own: own, None, whole=text))
                    continue
        elif word in DOCUMENT_DOLLAR_SIGNS:
            borrowed = _dollar_named_beside(norm, i, stated_at, _stated, kept)
        elif word is None and start in tables:
            code, why = tables[start]
            borrowed = (code or locale().code, why)
        elif word is None:
            k = bisect_left(stated_at, i)
            before = _stated(stated_at[k - 1]) if k else None
            after = _stated(stated_at[k]) if k < len(stated_at) else None
            borrowed = _bare_currency(norm, start, end, before, after, mentions, locale)
            if borrowed is None and reading.rule != "english_scale" and stated_at:
                # a headline figure before the article names its currency
                first = _stated(stated_at[0])
                borrowed = (first.currency, f"first stated figure: {first.text}")
        mentions.append(_mention(reading, start, end, locale, borrowed, whole=text))
    return mentions


_BAND_PAIRS = frozenset(BAND_SUFFIX_PAIRS)
_BOUND_WORDS = frozenset(h.word for h in HEDGES if h.position == "prefix" and h.effect in ("gt", "ge", "lt", "le"))
_RESTATED_SEPARATORS = frozenset(RESTATED_BOUND_SEPARATORS)


def _restated_bounds(kept, norm: str):
    """总成交额超过32亿港元/4亿1,100万美元: a point figure in another currency right after a bounded one and a
    separator (lexicon RESTATED_BOUND_SEPARATORS) restates it, and takes its bound."""
    if len(kept) < 2 or not any(norm[a[1]:b[0]] in _RESTATED_SEPARATORS
                                for a, b in zip(kept, kept[1:], strict=False)):
        return kept  # (the common case: no two figures joined by the separator)
    out = [kept[0]]
    for start, end, reading in kept[1:]:
        _, p_end, prev = out[-1]
        word = next((w for w in prev.qualifiers if w in _BOUND_WORDS), None)
        if (word is not None and norm[p_end:start] in _RESTATED_SEPARATORS and reading.max is not None
                and reading.min == reading.max and not reading.qualifiers and reading.currency_word
                and prev.currency_word and _CURRENCY_OF.get(reading.currency_word) != _CURRENCY_OF.get(
                    prev.currency_word)):
            reading = bound_after_noun(reading, word) or reading
        out.append((start, end, reading))
    return out


def _bands(kept, norm: str):
    """2萬元以上100萬元以下: a figure bounded from below, then one bounded from above right after it, is one
    closed range (lexicon BAND_SUFFIX_PAIRS)."""
    if not any(r.max is None and r.qualifiers and r.qualifiers[-1] in _BAND_FIRST for _, _, r in kept[:-1]):
        return kept  # (the common case: no figure ends in a band's first word)
    out = [kept[0]]
    for start, end, reading in kept[1:]:
        p_start, p_end, prev = out[-1]
        if (prev.max is None and prev.qualifiers and reading.qualifiers
                and (prev.qualifiers[-1], reading.qualifiers[-1]) in _BAND_PAIRS
                and norm[p_end:start].strip() in _BAND_JOINS and reading.max is not None and reading.max >= prev.min):
            joined = replace(prev, max=reading.max, max_inclusive=reading.max_inclusive,
                             qualifiers=[*prev.qualifiers, *reading.qualifiers], rule="band",
                             currency_word=prev.currency_word or reading.currency_word)
            out[-1] = (p_start, end, joined)
        else:
            out.append((start, end, reading))
    return out


_BAND_FIRST = frozenset(first for first, _ in BAND_SUFFIX_PAIRS)
_BAND_JOINS = frozenset(("", "、", ",", "，"))  # (十萬元以上、三百萬元以下; 五万元以上,三十万元以下)


_YUAN_CODES = frozenset(LOCALE_CUES)  # the yuans a yuan word may mean
_NO_YUAN_NAMED = frozenset((None, *(w for w, code in _CURRENCY_OF.items() if code == "YUAN")))
_YUAN_WORDS = frozenset(w for w, code in _CURRENCY_OF.items() if code == "YUAN")  # the words the document's yuan
_CURRENCY_CODE = {w: c.code for c in CURRENCIES for w in c.suffix}


def _money_figures(found, norm: str, tables: dict[int, tuple[str | None, str]]):
    """The expressions that are money: those with a currency word, and the bare figures that
    a money cue, a conversion phrase, a table's label or the money figure before them make money
    (a table cell's figure is scaled by the label's unit, and ``tables`` records its currency)."""
    kept = []
    for i, (start, end, reading) in enumerate(found):
        if _rate_quote(norm, start, end):
            continue  # 新台幣兌美元30.6, 1美元兑7.1元: an exchange rate, no amount
        if _code_like(norm, start, end) or _bracketed_unit(norm, start, end):
            continue  # (2024/06 港元: a month, not six dollars; (百万元 ): a unit label, no amount)
        if reading.currency_word is None and reading.rule != "shared_unit":
            table = _table_cell(norm, start, end)
            why = "table label"
            if table is None and _unit_label(norm, start) is None:
                table, why = _scaled_label(norm, start), "unit label"
            if table is not None:
                factor, code, label = table
                if factor is None:
                    continue  # (a rate's row)
                if factor != 1:
                    reading = _scaled(reading, factor)
                tables[start] = (code, f"{why}: {label}")
                kept.append((start, end, reading))
                continue
            if (end - start == 1 or _blocked_before(norm, start) or _counted(norm, start, end, reading)
                    or _before_separator(norm, end, reading) or _note_mark(norm, start, end)
                    or norm[start:end] in _FIGURE_NAMES or _day_month(norm, start, end)
                    or _table_year(norm, start, end) or _year_before_noun(norm, start, end)):
                continue
            # a level's money word may follow its level word (百亿级的收购), or be the level word (百亿基金)
            level_cue = reading.level is not None and (reading.level in LEVEL_MONEY_WORDS or _cue_after(
                norm, end + (0 if reading.level in LEVEL_SUFFIXES else len(reading.level))))
            if not (level_cue or _is_latent_money(norm, start, end, reading) or conversion_currency(norm, start, end)
                    or _unit_label(norm, start)
                    or ((_continues_money(kept, norm, start) or _lists_money(kept, norm, start, reading)
                         or _changes_money(kept, norm, start, reading)) and _ends_item(norm, end))
                    or _part_of_money(kept, norm, start, reading) or _restates_money(kept, norm, start, reading)
                    or _leads_money(found, i, norm, reading) or _base_of_change(found, i, norm)
                    or _declaration_after(norm, end) is not None
                    or (_LARGE_IN.search(norm, start, end) is not None and (
                        _money_noun_in_sentence(norm, start, end)
                        # (a headline's pay word, then its figure: 平均薪資出爐 「這家」375萬奪冠)
                        or (_pay_in_sentence(norm, start) and not _counts_after(norm, end))))):
                continue
            # (tested after the reasons above, which most bare figures fail: 1,500万户, 用户数突破3亿)
            if _count_before(norm, start) or (
                    reading.level is None and _NOT_AFTER_AT.match(norm, end) and not _cue_after(norm, end)):
                continue
        kept.append((start, end, reading))
    return kept


def _scaled(reading: Reading, factor: Decimal) -> Reading:
    return replace(reading, min=clean(reading.min * factor),
                   max=None if reading.max is None else clean(reading.max * factor),
                   unit=None if reading.unit is None else reading.unit * factor)


_CELL_ENDS = frozenset(TABLE_CELL_MARK + "\n")
_FIGURE_CELL = frozenset("0123456789,.%-+−–~() ")
_TABLE_LABEL_WORDS = patterns.compile(alt((*MONEY_CUES, *TABLE_MONEY_LABELS)))
_TABLE_UNIT = patterns.compile(rf"(?P<cur>{alt(w for c in CURRENCIES for w in c.suffix)})?\ ?[(（]\ ?"
                         rf"(?P<unit>{alt(TABLE_UNITS)})\ ?[)）]")
_TABLE_YEAR = patterns.compile(r"(?:19|20)\d\d")
_HEADER_SPAN = 400


def _cell_start(norm: str, start: int, end: int) -> int | None:
    """Where the table cell the figure fills by itself starts (its left edge, | or a line break), or None."""
    j = end
    while norm[j:j + 1] == " ":
        j += 1
    right = norm[j:j + 1] or "\n"
    if right not in _CELL_ENDS:
        return None  # (most figures: one test)
    i = start
    while i and norm[i - 1] == " ":
        i -= 1
    left = norm[i - 1] if i else "\n"
    if left not in _CELL_ENDS or TABLE_CELL_MARK not in left + right + norm[j + 1:j + 2] + norm[max(0, i - 2):i - 1]:
        return None
    return i - 1


def _table_year(norm: str, start: int, end: int) -> bool:
    """| 營收 | 2023 | 2024 |: a four-digit figure from 1900 to 2099 alone in a table's cell is a year."""
    return _TABLE_YEAR.fullmatch(norm, start, end) is not None and _cell_start(norm, start, end) is not None


def _table_cell(norm: str, start: int, end: int) -> tuple[Decimal | None, str | None, str] | None:
    """(factor, currency or None for the document's yuan, label) when the figure fills a cell of a table under a
    label that names money (lexicon TABLE_MONEY_LABELS: 股東現金股利 |\n0.8 |, 招股價\n|\n4.70-5.30), else None;
    factor None when the label names a rate of money (TABLE_RATE_MARKS: 股息率(%)), whose figures are no money."""
    pos = _cell_start(norm, start, end)
    if pos is None or _TABLE_YEAR.fullmatch(norm, start, end):
        return None
    for _ in range(TABLE_CELLS_BACK):
        if pos < 0:
            return None
        lo = max(0, pos - TABLE_LABEL_SPAN)
        k = max(norm.rfind(TABLE_CELL_MARK, lo, pos), norm.rfind("\n", lo, pos))
        if k < 0 and lo > 0:
            return None  # a long run of text: no table
        cell = norm[k + 1:pos].strip()
        if cell and not set(cell) <= _FIGURE_CELL:
            break
        pos = k
    else:
        return None
    if _TABLE_LABEL_WORDS.search(cell) is None:
        return None
    if any(mark in cell for mark in TABLE_RATE_MARKS):
        return None, None, cell  # 股息率(%) | 280.80: a rate's row
    unit = _TABLE_UNIT.search(cell)
    if unit is None:  # the table's header: the line right above the label's
        line = k + 1 if norm[k:k + 1] == "\n" else norm.rfind("\n", 0, k + 1) + 1
        head = norm.rfind("\n", max(0, line - 1 - _HEADER_SPAN), max(0, line - 1)) + 1
        header = norm[head:max(0, line - 1)]
        unit = _TABLE_UNIT.search(header) if TABLE_CELL_MARK in header else None
    if unit is None:
        return Decimal(1), None, cell
    factor, code = TABLE_UNITS[unit["unit"]]
    if code is None and unit["cur"]:
        code = _CURRENCY_CODE[unit["cur"]]
    return factor, (None if code == "YUAN" else code), cell


_YEAR_BEFORE = patterns.compile(r"(?:19|20)\d\d")
_LABEL_UNIT_SPAN = max(map(len, TABLE_UNITS)) + 4  # (百万元 ): the bracket, the unit and spaces
_SUFFIX_HEDGE_FIRSTS = frozenset(h.word[0] for h in HEDGES if h.position == "suffix")


def _bracketed_unit(norm: str, start: int, end: int) -> bool:
    """行业总市值 (百万元 ) 1,521,043: a unit with no figure alone in brackets is the label of the figures after it
    (lexicon TABLE_UNITS), not an amount."""
    return (norm[start:end] in TABLE_UNITS and norm[:start].rstrip(" ")[-1:] in UNIT_LABEL_OPEN
            and norm[end:end + 3].lstrip(" ")[:1] in UNIT_LABEL_CLOSE and start > 0)


def _scaled_label(norm: str, start: int) -> tuple[Decimal, str | None, str] | None:
    """行业总市值 (百万元 ) 1,521,043: (factor, currency or None for the document's yuan, label) of a bracketed unit
    (TABLE_UNITS) right before a bare figure (after a space or colon) under a label naming money, else None."""
    j = start
    while j and norm[j - 1] in " " + UNIT_LABEL_COLON and start - j < 3:
        j -= 1
    if j == start or not j or norm[j - 1] not in UNIT_LABEL_CLOSE:
        return None  # (most figures: one test)
    opened = max(norm.rfind(c, max(0, j - _LABEL_UNIT_SPAN), j) for c in UNIT_LABEL_OPEN)
    if opened <= 0 or (unit := norm[opened + 1:j - 1].strip(" ")) not in TABLE_UNITS:
        return None
    label = _clause_before(norm, opened, TABLE_LABEL_SPAN).strip()
    if not label or _TABLE_LABEL_WORDS.search(label) is None:
        return None
    factor, code = TABLE_UNITS[unit]
    return factor, code, f"({unit}) after {label}"


def _year_before_noun(norm: str, start: int, end: int) -> bool:
    """年薪的2018互聯網校招清單: a bare four-digit figure from 1900 to 2099 after 的 and right before a word is a year
    naming what follows (a suffix hedge after it, 的2000以上, leaves it a figure)."""
    nxt = norm[end:end + 1]
    return (norm[start - 1:start] == GAP_POSSESSIVE and start > 0 and _TABLE_YEAR.fullmatch(norm, start, end)
            is not None and "\u4e00" <= nxt <= "\u9fff" and nxt not in _SUFFIX_HEDGE_FIRSTS)


def _code_like(norm: str, start: int, end: int) -> bool:
    """沙爾克04, 2023/12: digits with a leading zero are a code or a name, a figure after a year and a slash a
    month."""
    if norm[start - 1:start] == "/" and _YEAR_BEFORE.fullmatch(norm, max(0, start - 5), start - 1):
        return True  # 2023/12 港元(千$): a date's month
    return norm[start] == "0" and norm[start + 1:start + 2].isdigit()


def _day_month(norm: str, start: int, end: int) -> bool:
    """於16/11票房錄得: one or two bare digits after one or two digits and a slash, the two a day and a month in
    either order, are a date's second part."""
    if not (1 <= end - start <= 2 and norm[start:end].isdigit() and norm[start - 1:start] == "/"):
        return False
    if norm[end:end + 1].isdigit() or norm[end:end + 1] == "/":
        return False
    head = start - 1
    while head > 0 and start - 1 - head < 3 and norm[head - 1].isdigit():
        head -= 1
    if not 1 <= start - 1 - head <= 2 or (head > 0 and norm[head - 1] in "/.,"):
        return False
    a, b = int(norm[head:start - 1]), int(norm[start:end])
    return 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


_FIGURE_NAMES = frozenset(FIGURE_NAMES)  # (7-11: the shops' name)


def _note_mark(norm: str, start: int, end: int) -> bool:
    """[33]: a bare figure in square brackets is a note mark; 長榮航空(2618): four to six bare digits
    alone in round brackets right after a name are its stock code."""
    if start == 0:
        return False
    if norm[start - 1:start] == CITATION_BRACKETS[0] and norm[end:end + 1] == CITATION_BRACKETS[1]:
        return True
    return (norm[start - 1] in STOCK_CODE_BRACKETS[0] and norm[end:end + 1] in STOCK_CODE_BRACKETS[1]
            and 4 <= end - start <= 6 and norm[start:end].isdigit()
            and start >= 2 and "\u4e00" <= norm[start - 2] <= "\u9fff")


def _count_before(norm: str, start: int) -> bool:
    """月活用户数达2.3亿, 人才缺口达 400万: a count noun (and its verb) ends right before the figure or a space."""
    if norm[start - 1:start] == " ":
        start -= 1
    return norm[start - 1:start] in _COUNT_ENDS and _COUNT_BACKWARDS.match(
        norm[max(0, start - _COUNT_SPAN):start][::-1]) is not None


# (元):5,414,689,168, read backwards from the figure (lexicon UNIT_LABEL_*)
_UNIT_LABEL_BACKWARDS = patterns.compile(
    rf"\ ?[{UNIT_LABEL_COLON}]\ ?[{UNIT_LABEL_CLOSE}](?P<name>{alt(w[::-1] for c in CURRENCIES for w in c.suffix)})"
    rf"[{UNIT_LABEL_OPEN}]")
_UNIT_LABEL_SPAN = max(len(w) for c in CURRENCIES for w in c.suffix) + 4


_LABEL_TAILS = frozenset(a + b for a in UNIT_LABEL_CLOSE + UNIT_LABEL_COLON for b in UNIT_LABEL_COLON + " ")


def _labelled(norm: str, start: int) -> bool:
    return norm[start - 2:start] in _LABEL_TAILS and _unit_label(norm, start) is not None


def _unit_label(norm: str, start: int) -> str | None:
    """The currency word of a unit label right before the figure, or None."""
    if norm[start - 1:start] not in UNIT_LABEL_COLON and norm[start - 2:start - 1] not in UNIT_LABEL_COLON:
        return None
    hit = _UNIT_LABEL_BACKWARDS.match(norm[max(0, start - _UNIT_LABEL_SPAN):start][::-1])
    return hit["name"][::-1] if hit else None


def _bare_currency(norm: str, start: int, end: int, before: Stated | None, after: Stated | None,
                   mentions: list[MoneyMention], locale: Callable[[], Locale]) -> tuple[str, str] | None:
    """The currency of a figure with no currency word, and why (see currency.py)."""
    code = conversion_currency(norm, start, end)
    if code:
        return code, "conversion phrase"
    label = _unit_label(norm, start)
    if label is not None:
        code = _CURRENCY_CODE[label]
        return (locale().code if code == "YUAN" else code), f"unit label: {label}"
    if before is not None and _restates(norm, before.end, start):
        # 15–23 万港币 / 年(约13.7–20.9 万): a restatement is in another currency, the document's yuan (or, when the
        # restated figure is in that one, the default yuan)
        own = locale()
        if own.code != before.currency:
            return own.code, f"restates {before.text}; {own.reason}"
        if before.currency != DEFAULT_YUAN:
            return DEFAULT_YUAN, f"restates {before.text}, so not in {before.currency}: the default yuan"
    declared = _declaration_after(norm, end)
    if declared is not None:  # (the sentence's own word for its figures: 看台980和580,均以人民币计价)
        return declared_currency(norm, declared), f"declaration: {norm[declared:declared + 8]}"
    near, restated = same_sentence(norm, start, end, before, after)
    if near is not None:
        return near.currency, f"same sentence: {near.text}"
    code = basis_currency(norm, start)
    if code:
        return code, "basis phrase"
    earlier = next((m for m in reversed(mentions) if m.currency), None)
    if restated is not None and (earlier is None or earlier.currency == restated.currency):
        # 年薪100万，相当于14万美元: restated in another currency, so not in that one
        own = locale()
        return (own.code, f"restated as {restated.text}; {own.reason}") if own.code != restated.currency else None
    return (earlier.currency, f"earlier figure: {earlier.text}") if earlier else None


# A bracketed restatement right after a money figure (perhaps after its period): 15–23 万港币 / 年(约13.7–20.9 万).
_RESTATE_WORDS = (*CONVERSION_WORDS, "约")
_RESTATES_BEFORE = patterns.compile(rf"\ ?(?:/\ ?[年月]\ ?)?[(（]\ ?(?P<word>{alt(_RESTATE_WORDS)})?\ ?")


def _restates(norm: str, prev_end: int, start: int) -> bool:
    """Whether a figure at ``start`` opens a bracketed restatement (约, 折合...) of the figure ending at
    ``prev_end``."""
    hit = _RESTATES_BEFORE.fullmatch(norm, prev_end, start)
    return hit is not None and (hit["word"] is not None or norm.startswith(_RESTATE_WORDS, start))


def _restates_money(kept, norm: str, start: int, reading: Reading) -> bool:
    """约13.7–20.9 万 in brackets right after a money figure restates it: money (with a large unit)."""
    return bool(kept) and (reading.scale is not None or _LARGE_IN.search(norm, start, start + 24) is not None) and (
        start - kept[-1][1] <= _CHAIN_GAP + 4 and _restates(norm, kept[-1][1], start))


def _continues_money(kept, norm: str, start: int) -> bool:
    """月薪从2万涨到3.5万: a figure just after a money figure in the same clause is money too."""
    if not kept or start - kept[-1][1] > _CHAIN_GAP:
        return False
    between = norm[kept[-1][1]:start]
    return not any(c in _CLAUSE_END for c in between) and any(w in between for w in CHAIN_LINKS)


_CHANGE_CLAUSE = patterns.compile(rf"[,，](?:{alt(CHANGE_BASES)})?(?:{alt(CHANGE_VERBS)})[了至到]?")


def _changes_money(kept, norm: str, start: int, reading: Reading) -> bool:
    """收入錄得40,000港元,環比跌1,700: a figure opening the clause after a money figure with a change verb (and perhaps
    its base, lexicon CHANGE_BASES) is the change of that money, or its new level (入息限額將由一萬八千多,增加至二萬:
    after a bare money figure, one of the same order of magnitude)."""
    if not kept or start - kept[-1][1] > _CHAIN_GAP:
        return False
    before = kept[-1][2]
    compared = _DIFFERENCE_CLAUSE.fullmatch(norm, kept[-1][1], start)
    if compared is not None and (compared["diff"] is not None or _same_order(before, reading)):
        # 工资五万出头,比原来多了四千多: the difference; 比去年同期四百○四亿: the base, of the same order (比二零一三/
        # 一四年度 names a year)
        return True
    return (before.currency_word is not None or _same_order(before, reading)) and (
        _CHANGE_CLAUSE.fullmatch(norm, kept[-1][1], start) is not None)


# (and the base it is compared with: 月薪一万八，比刚毕业时的六千五; 收益达五百八十九亿○五百万元,比去年同期四百○四亿)
_DIFFERENCE_CLAUSE = patterns.compile(
    rf"[,，](?:{alt(COMPARISON_WORDS)})[^,，。;；!?！？\d]{{0,8}}?(?:(?P<diff>{alt(DIFFERENCE_WORDS)})[了出]?)?")


def _same_order(a: Reading, b: Reading) -> bool:
    """Two figures less than ten times apart (a level and the level it changed to)."""
    return a.max is not None and b.max is not None and a.min > 0 and b.min > 0 and (
        b.min < 10 * a.max and a.min < 10 * b.max)


_CHANGE_VERB_AT = patterns.compile(rf"(?:{alt(CHANGE_VERBS)})了?\ ?")
_CHANGE_VERB_ENDS = frozenset(w[-1] for w in CHANGE_VERBS) | {"了"}


def _base_of_change(found, i: int, norm: str) -> bool:
    """較上一季的23,500增加800元: a bare figure after a comparison word (lexicon COMPARISON_WORDS) in its clause, then a
    change verb and a figure naming its currency, is the base the change is measured from: money too."""
    if i + 1 >= len(found) or found[i + 1][2].currency_word is None:
        return False
    verb = _CHANGE_VERB_AT.match(norm, found[i][1], found[i + 1][0])
    return (verb is not None and verb.end() == found[i + 1][0]
            and any(w in _clause_before(norm, found[i][0], _CUE_BEFORE_WINDOW) for w in COMPARISON_WORDS))


def _leads_money(found, i: int, norm: str, reading: Reading) -> bool:
    """数十亿乃至过百亿元, 5000万和1亿美元: a figure with a large unit that a chain link joins to a figure stating
    a currency right after it, in the same clause, is money too (and takes that currency: same sentence)."""
    if reading.scale is None and reading.rule != "vague" or i + 1 >= len(found):
        return False
    end = found[i][1]
    next_start, _, after = found[i + 1]
    if after.currency_word is None or next_start - end > _CHAIN_GAP:
        return False
    between = norm[end:next_start]
    if any(c in _CLAUSE_END for c in between):
        return False
    # (減32萬售392萬元: a change by a figure, then the money figure with its unit that it changed)
    return any(w in between for w in CHAIN_LINKS) or (
        reading.scale is not None and reading.scale == after.scale
        and norm[max(0, found[i][0] - 2):found[i][0]].endswith(CHANGE_VERBS))


def _ends_item(norm: str, end: int) -> bool:
    """Nothing the figure counts follows it (惠及120万居民 counts residents): a clause end, a money cue,
    a BARE_ITEM_FOLLOWERS word or a RANGE_CLOSERS one (6万到20万不等)."""
    after = norm[end:end + 1]
    return (not after.isalpha() or after in BARE_ITEM_FOLLOWERS or _cue_after(norm, end)
            or norm.startswith(RANGE_CLOSERS, end)
            or _CHANGE_AFTER_ITEM.match(norm, end) is not None)  # (从百亿到千亿的跃升: the change it names)


_CHANGE_AFTER_ITEM = patterns.compile(f"的?(?:{alt(CHANGE_NOUNS)})")


def _lists_money(kept, norm: str, start: int, reading: Reading) -> bool:
    """年薪3000多万美元，另一位也就6000多万: a figure with the same large unit as the money figure
    stated just before it, in the same sentence, continues the list."""
    # (a figure with a digit after its unit, 2万6, has no scale of its own: its unit is read from the text)
    scale = reading.scale if reading.rule != "range" else _range_scale(norm, start)
    if scale is None and reading.rule == "number":
        scale = _range_scale(norm, start)
    if not kept or scale is None:
        return False
    prev_start, prev_end, prev = kept[-1]
    prev_scale = prev.scale if prev.scale is not None or prev.rule != "number" else _range_scale(norm, prev_start)
    # (another large unit only for an estimate of the same amount: 换算成人民币就是9550亿元，接近1万亿)
    same_scale = prev_scale == scale or (
        prev_scale is not None and (any(q in _ESTIMATE_HEDGES for q in reading.qualifiers)
                                    or _average_before(norm, start)))
    # (in a sentence about pay the list may run farther: 月薪2萬6,年終獎還有3個月,跳槽後對方開到了3萬2)
    return (same_scale and (start - prev_end <= _LIST_GAP or _pay_in_sentence(norm, start))
            and not any(c in SENTENCE_END for c in norm[prev_end:start]))


def _range_scale(norm: str, start: int) -> Decimal | None:
    """The large unit of a range's first end (签字费3万,股票从6万到20万: 万), None if it has none."""
    end = _RANGE_FIRST_END.match(norm, start, start + _RANGE_END_SPAN)
    return None if end is None else Decimal(LARGE_UNITS[end["unit"]])


_RANGE_FIRST_END = patterns.compile(
    rf"(?:{alt(RANGE_OPENERS)})?[\d.,{CN_DIGIT}{''.join(SMALL_UNITS)}]+(?P<unit>{alt(LARGE_UNITS)})")
_RANGE_END_SPAN = 12


def _average_before(norm: str, start: int) -> bool:
    """市場日均值達4,245億: an average word (lexicon AVERAGE_WORDS) and perhaps a verb right before the figure."""
    return _AVERAGE_BACKWARDS.match(norm[max(0, start - 6):start][::-1]) is not None


_AVERAGE_BACKWARDS = patterns.compile(rf"[{COUNT_VERBS}]?(?:{alt(w[::-1] for w in AVERAGE_WORDS)})")
_ESTIMATE_HEDGES = frozenset(h.word for h in HEDGES if h.position == "prefix" and h.effect in ("near", "about"))


# A part word ends at most this far before the figure (其中首笔100亿), a comma after it allowed (其中，约2亿).
_PART_BACKWARDS = patterns.compile(
    rf"[^{re.escape(''.join(sorted(_CLAUSE_END)))}]{{0,4}}?[,，]?(?:{alt(w[::-1] for w in PART_WORDS)})")
_PART_SPAN = max(map(len, PART_WORDS)) + 5
_PART_GAP = 60  # 投资400亿美元。其中首笔100亿: at most this far from the money figure it is a part of


def _part_word_before(norm: str, start: int) -> bool:
    return _PART_BACKWARDS.match(norm[max(0, start - _PART_SPAN):start][::-1]) is not None


def _part_of_money(kept, norm: str, start: int, reading: Reading) -> bool:
    """投资400亿美元。其中首笔100亿将于4月到位: a figure with a large unit after a part word (PART_WORDS) is part of
    the money figure just before it (in its sentence or the one before), and no larger than it."""
    if not kept or reading.scale is None or reading.max is None or not _part_word_before(norm, start):
        return False
    # (the whole may stand before another part: 支付5,600萬鎊,當中220萬...,餘下900萬)
    for _, prev_end, prev in reversed(kept):
        if start - prev_end > _PART_GAP or sum(c in SENTENCE_END for c in norm[prev_end:start]) > 1:
            return False
        if prev.max is not None and reading.max <= prev.max:
            return True
    return False


def _shared_units(found, norm: str):
    """45.6/84.8 亿元, 130/160/190亿元: bare figures before a separator (SHARED_UNIT_SEPARATORS) take the unit of
    the figure right after it when that one has a large unit or a currency word (from the last one back)."""
    if not any(norm.startswith(_SHARED_ANY, end) for _, end, _ in found):
        return found
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        if out[i + 1] is None:
            continue  # (the first digit of a pair, joined below)
        start, end, reading = out[i]
        next_start, next_end, after = out[i + 1]
        between = norm[end:next_start]
        if (between == APPROX_PAIR_MARK and end - start == 1 and norm[start - 1:start] != APPROX_PAIR_MARK
                and (pair := _approx_pair(norm, start, out[i + 1]))):  # (not in a longer list: 1、2、3万元)
            out[i], out[i + 1] = None, (start, next_end, pair)
            continue
        shares = between in SHARED_UNIT_SEPARATORS if reading.rule == "number" else (
            reading.rule == "range" and after.rule in ("range", "shared_unit") and between in SHARED_RANGE_SEPARATORS)
        if (shares and reading.scale is None and reading.currency_word is None
                and not _code_like(norm, next_start, out[i + 1][1])
                and (after.scale is not None or after.currency_word or after.rule == "shared_unit")):
            out[i] = (start, end, share_unit(reading, after))
    return [f for f in out if f is not None]


def _approx_pair(norm: str, start: int, after_found) -> Reading | None:
    """1、2万 = [1万, 2万], 6、70W = [60W, 70W], approx: one digit, the mark, then the next digit (or its tens) with a
    unit, as a speaker names two neighbouring sizes."""
    next_start, next_end, after = after_found
    first = _DIGIT_VALUE.get(norm[start])
    lead = _LEAD_DIGITS.match(norm, next_start, next_end)
    if first is None or lead is None or after.rule not in ("number", "english_scale") or after.max is None or (
            after.min != after.max or after.scale is None):
        return None
    second = int(lead.group())
    factor = 1 if second == first + 1 else 10 if second == (first + 1) * 10 else None
    if factor is None or Decimal(second) * after.scale != after.max:
        return None
    return replace(after, min=Decimal(first * factor) * after.scale, approx=True, rule="adjacent_digits",
                   qualifiers=[*after.qualifiers, norm[start:next_start] + lead.group()])


_DIGIT_VALUE = {**{str(d): d for d in range(1, 10)}, **{c: v for c, v in DIGITS.items() if v}}
_LEAD_DIGITS = patterns.compile(r"\d{1,2}")


_SHARED_ANY = tuple(dict.fromkeys((*SHARED_UNIT_SEPARATORS, *SHARED_RANGE_SEPARATORS)))


def _before_separator(norm: str, end: int, reading: Reading) -> bool:
    """营收2024/2025财年, 1/3: a bare figure before a separator and a figure that shares no unit with it."""
    return (reading.rule == "number" and reading.scale is None and norm.startswith(SHARED_UNIT_SEPARATORS, end)
            and norm[end + 1:end + 2].isdigit())


def _drop_overlaps(found):
    # (the grammar's matches come in order; only the sub-unit and price scans add figures out of it)
    ordered = all(found[i][0] < found[i + 1][0] and found[i][1] <= found[i + 1][0] for i in range(len(found) - 1))
    kept, last_end = [], -1
    for start, end, reading in found if ordered else sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if start >= last_end:
            kept.append((start, end, reading))
            last_end = end
    return kept


def _cue_after(norm: str, end: int) -> bool:
    """A money cue follows, perhaps after a filler: 10亿天价薪酬, 九位数的薪酬包, 200 的高温补贴."""
    return _CUE_AFTER.match(norm, end, end + 12) is not None or (
        "的" in norm[end:end + 2] and _ALLOWANCE_AFTER.match(norm, end, end + 12) is not None)


_ALLOWANCE_AFTER = patterns.compile(rf"\ ?的[\u4e00-\u9fff]{{1,{ALLOWANCE_MODIFIER_MAX}}}?(?:{alt(ALLOWANCE_NOUNS)})")
_RATE_BEFORE = patterns.compile(alt(w[::-1] for w in RATE_BEFORE))
_RATE_AFTER = patterns.compile(rf"\ ?(?:{alt(RATE_AFTER)})")


def _rate_beside(norm: str, start: int, end: int) -> bool:
    """每月 20 刀, 18k–25k/月: a period rate right before or after the figure."""
    return _RATE_AFTER.match(norm, end) is not None or _RATE_BEFORE.match(
        norm[max(0, start - 3):start].rstrip()[::-1]) is not None


_ASIDE_SPAN = 30  # 签字费(针对优秀人才的额外奖励)3万: at most this long an aside between a cue and its figure


def _cue_before_aside(norm: str, start: int) -> bool:
    """签字费(针对优秀人才的额外奖励)3万: a bracketed aside before the figure (at most _CUE_BEFORE_GAP characters of
    the clause between: 總票房（含預售）已突破75億), a money cue right before the aside."""
    if not start:
        return False
    if norm[start - 1] in "(（":  # 签字费(一万至三万不等): the figure opens a bracket right after its cue
        return _CUE_BACKWARDS.match(_clause_before(norm, start - 1, _CUE_BEFORE_WINDOW)[::-1]) is not None
    lo = max(0, start - _CUE_BEFORE_GAP - 1)
    closed = max(norm.rfind(")", lo, start), norm.rfind("）", lo, start))
    if closed < 0 or any(c in _CLAUSE_END for c in norm[closed + 1:start]):
        return False
    lo = max(0, closed - _ASIDE_SPAN)
    opened = max(norm.rfind("(", lo, closed), norm.rfind("（", lo, closed))
    if opened <= 0:
        return False
    hit = _CUE_BACKWARDS.match(_clause_before(norm, opened, _CUE_BEFORE_WINDOW)[::-1])
    return hit is not None


def _is_latent_money(norm: str, start: int, end: int, reading: Reading) -> bool:
    if _cue_after(norm, end) or _cue_before_aside(norm, start):
        return True
    if _NOT_AFTER_AT.match(norm, end):
        return False
    before = _clause_before(norm, start, _CUE_BEFORE_WINDOW)
    if reading.needs_cue:  # 平均月薪为16,800元……资深普遍达16K–22K: a pay word earlier in the sentence will do
        # (or after it: 25k-40k之间,年薪就在30万到48万之间; 「32w 起、SP offer 最高 41w」的薪资)
        return (_cue_ends_near(before, _SALARY_BACKWARDS) or _word_in_sentence(_SALARY_WORDS, norm, start, end)
                or _rate_beside(norm, start, end))  # (18k–25k/月)
    return (_cue_ends_near(before, _CUE_BACKWARDS) or _cue_before_rate_change(norm, start)
            or _pay_at_rate(norm, start, end))


def _pay_at_rate(norm: str, start: int, end: int) -> bool:
    """产研岗:350/day(本科), 餐补40-50一天: a period rate beside a bare figure, a pay word earlier in its sentence."""
    return _rate_beside(norm, start, end) and _pay_in_sentence(norm, start)


_MONEY_NOUNS = patterns.compile(alt(SENTENCE_MONEY_NOUNS, scan=True))
_SALARY_WORDS = patterns.compile(alt(SALARY_CUES, scan=True))
_SENTENCE_ENDS_AT = patterns.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")


_SPANS_SEEN: dict[tuple[int, int], tuple[str, tuple[list[int], list[int]]]] = {}
_SPANS_KEPT = 8


def _word_spans(pattern: re.Pattern, norm: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the pattern's words in the document, found once per document (the sentence tests below run
    on many bare figures: each then costs a bisection and one bounded search, not a scan of its sentence).  Kept by
    the document's identity, not its content: an equal text read again would cost a comparison of the whole text at
    every look-up."""
    key = (id(pattern), id(norm))
    seen = _SPANS_SEEN.get(key)
    if seen is not None and seen[0] is norm:
        return seen[1]
    starts, ends = [], []
    for hit in pattern.finditer(norm):
        starts.append(hit.start())
        ends.append(hit.end())
    if len(_SPANS_SEEN) >= _SPANS_KEPT:
        _SPANS_SEEN.clear()
    _SPANS_SEEN[key] = (norm, (starts, ends))
    return starts, ends


def _word_in_sentence(pattern: re.Pattern, norm: str, start: int, end: int, *, after: bool = True) -> bool:
    """One of the pattern's words stands in the figure's sentence (at most SENTENCE_SPAN characters away): before the
    figure, or (``after``) after it."""
    starts, ends = _word_spans(pattern, norm)
    if not starts:
        return False
    k = bisect_right(ends, start) - 1  # the last word ending before the figure
    if k >= 0 and start - ends[k] <= SENTENCE_SPAN and _SENTENCE_ENDS_AT.search(norm, ends[k], start) is None:
        return True
    if not after:
        return False
    k = bisect_left(starts, end)  # the first word starting after it
    return (k < len(starts) and starts[k] - end <= SENTENCE_SPAN
            and _SENTENCE_ENDS_AT.search(norm, end, starts[k]) is None)


_DECLARATION_MARK = "计"  # (in every BASIS_CLOSERS word)
assert all(_DECLARATION_MARK in w for w in BASIS_CLOSERS)


def _declaration_after(norm: str, end: int) -> int | None:
    """Where a currency declaration (均以人民币计价, DECLARATION) stands later in the figure's sentence, else None."""
    mark = norm.find(_DECLARATION_MARK, end, end + SENTENCE_SPAN)
    if mark < 0:  # (most figures: one find)
        return None
    stop = _SENTENCE_ENDS_AT.search(norm, end, end + SENTENCE_SPAN)
    stop = stop.start() if stop is not None else end + SENTENCE_SPAN
    if mark >= stop:
        return None
    hit = DECLARATION.search(norm, end, stop)  # (bounded: within the sentence, at most SENTENCE_SPAN)
    return hit.start() if hit is not None else None


def _money_noun_in_sentence(norm: str, start: int, end: int) -> bool:
    """A SENTENCE_MONEY_NOUNS word stands in the figure's sentence, before or after it (開畫收340萬膺票房冠軍)."""
    return _word_in_sentence(_MONEY_NOUNS, norm, start, end)


_COUNT_NOUN_AT = patterns.compile(alt((*COUNT_NOUNS, *COUNTED_PERSON_SUFFIXES), scan=True))
_COUNT_NOUN_SPAN = 6


def _counts_after(norm: str, end: int) -> bool:
    """A count noun a few characters after the figure, in its clause: 12 萬招行員工 counts staff (a pay word earlier in
    the sentence does not make it money)."""
    tail = norm[end:end + _COUNT_NOUN_SPAN + 2]
    cut = next((i for i, c in enumerate(tail) if c in _CLAUSE_END), len(tail))
    return _COUNT_NOUN_AT.search(tail, 0, cut) is not None


def _pay_in_sentence(norm: str, start: int) -> bool:
    """A SALARY_CUES word stands earlier in the figure's sentence (月薪2萬6,年終獎還有3個月,跳槽後對方開到了3萬2)."""
    return _word_in_sentence(_SALARY_WORDS, norm, start, start, after=False)


# 收入同比增长14%至58.3亿: a rate of change and 至 between a money cue and the new level, matched backwards from the
# figure; the cue is then looked for before the change (at most _CUE_BEFORE_GAP characters before it, as usual).
_RATE_CHANGE_BACKWARDS = patterns.compile(
    r"[至到]\ ?[%倍]\d{1,4}(?:\.\d{1,4})?\ ?(?:[约近逾超]\ ?)?了?"
    rf"(?:{alt(w[::-1] for w in CHANGE_VERBS)})(?:{alt(w[::-1] for w in CHANGE_BASES)})?")
_RATE_CHANGE_SPAN = 24


def _cue_before_rate_change(norm: str, start: int) -> bool:
    """收入同比增长14%至58.3亿, 净利润增长12.5%至3.2亿: a money cue before a rate of change that ends in 至 right
    before the figure (the rate is not the money, the level after 至 is)."""
    window = max(0, start - _RATE_CHANGE_SPAN)
    tail = norm[window:start].rstrip(" ")
    if not tail.endswith(("至", "到")):  # (most figures: one test)
        return False
    hit = _RATE_CHANGE_BACKWARDS.match(tail[::-1])
    if hit is None:
        return False
    at = window + len(tail) - hit.end()  # where the change starts
    return _cue_ends_near(_clause_before(norm, at, _CUE_BEFORE_WINDOW), _CUE_BACKWARDS)


def _cue_ends_near(before: str, backwards: re.Pattern) -> bool:
    """A cue ends at most _CUE_BEFORE_GAP characters before the figure (到手大约是800万), spaces not counted: they
    are layout (总包直接达到 60 万); ``backwards`` holds the cues reversed."""
    rev = before[::-1]
    hit = backwards.search(rev)
    return hit is not None and hit.start() - rev.count(" ", 0, hit.start()) <= _CUE_BEFORE_GAP


def _clause_before(norm: str, start: int, width: int) -> str:
    """The up to ``width`` characters before ``start``, cut at the last clause end."""
    before = norm[max(0, start - width):start]
    tail = _CLAUSE_TAIL.match(before[::-1]).end()
    return before[len(before) - tail:]


def _counted(norm: str, start: int, end: int, reading: Reading) -> bool:
    """A bare figure (or range of them) that the word after it counts: 2023年薪酬, 2018 年薪, 四成, 14薪,
    2021至2023年收入, 超2024全年."""
    if reading.scale is not None or reading.rule not in ("number", "range"):
        return False
    if reading.rule == "range" and _LARGE_IN.search(norm, start, end):
        return False  # 2万至3万年薪: the ends have their unit
    return norm.startswith(BARE_FIGURE_COUNTERS, end + 1 if norm[end:end + 1] == " " else end)


def _rate_quote(norm: str, start: int, end: int) -> bool:
    """A rate quoted as one currency against another's figure (新台幣兌美元30.6, 美元兑人民币7.1):
    the figure after 兑 is so many of the first currency per unit of the second, no amount. With a
    figure on each side (新台幣30.6元兌1美元, 1美元兑7.1元人民币) both are amounts."""
    before = norm[max(0, start - 12):start].rstrip()
    quote = next((w for w in RATE_QUOTE_WORDS if before.endswith(w)), None)
    if quote is None:
        return False
    head = before[:-len(quote)].rstrip()
    word = next((w for w in _CURRENCY_WORDS_LONGEST if head.endswith(w)), None)
    return word is not None and not _QUOTED_FIGURE_END.search(head[:-len(word)].rstrip())


def _blocked_before(norm: str, start: int) -> bool:
    """第3, 版本4: an ordinal or version word ends just before the figure (matched backwards)."""
    before = norm[max(0, start - 8):start].rstrip()
    return bool(before) and before[-1] in _BLOCKED_ENDS and _BLOCKED_BACKWARDS.match(before[::-1]) is not None


_BLOCKED_BACKWARDS = patterns.compile(alt(w[::-1] for w in NOT_MONEY_BEFORE))
# the currency words, longest first (新台币 before 台币 before 币), and the end of a figure
_CURRENCY_WORDS_LONGEST = tuple(sorted(_CURRENCY_CODE, key=len, reverse=True))
_QUOTED_FIGURE_END = patterns.compile(r"[\d一二三四五六七八九十零〇两百千万亿.]$")
_BLOCKED_ENDS = frozenset(w[-1] for w in NOT_MONEY_BEFORE)


def _name_and_sign(word: str | None) -> bool:
    """港币$, 港元$: a dollar's name in words, then the sign (not a code such as nt$ or hk$)."""
    return bool(word) and word.endswith(DOCUMENT_DOLLAR_SIGNS) and len(word) > 1 and "\u4e00" <= word[-2] <= "\u9fff"


def _earlier_other(norm: str, start: int, k: int, stated_at: list[int], stated: Callable[[int], Stated],
                   own: str) -> Stated | None:
    """The nearest figure before ``start`` in its sentence (among ``stated_at[:k]``) naming a currency other than the
    document's yuan ``own``."""
    for j in range(k - 1, -1, -1):
        other = stated(stated_at[j])
        if start - other.end > SENTENCE_SPAN or any(c in SENTENCE_END for c in norm[other.end:start]):
            return None
        if other.currency != own:
            return other
    return None


def _dollar_named_beside(norm: str, i: int, stated_at: list[int], stated: Callable[[int], Stated],
                         kept) -> tuple[str, str] | None:
    """从$1到新台币1: a $ beside a figure in the same sentence that names the document's own dollar in words is
    another dollar, the US one (so the $ row's currency holds), and why."""
    k = bisect_left(stated_at, i)
    own = stated(i)
    for j in (stated_at[k - 1] if k else None, stated_at[k + 1] if k + 1 < len(stated_at) else None):
        if j is None or kept[j][2].currency_word in DOCUMENT_DOLLAR_SIGNS:
            continue
        other = stated(j)
        a, b = (other.end, own.start) if j < i else (own.end, other.start)
        if _name_and_sign(kept[j][2].currency_word) and any(c in _CLAUSE_END for c in norm[a:b]):
            continue  # (…錄得$11,299,366，…港幣$45,454,742: the article writes its dollar with the sign; within one
            # range, $1至港币$1, the two signs are two dollars)
        if kept[j][2].currency in DOLLAR_YUANS and other.currency == own.currency and (  # (元 names no dollar)
                b - a <= SENTENCE_SPAN and not any(c in SENTENCE_END for c in norm[a:b])):
            return kept[i][2].currency, f"beside {other.text}, which names the document's dollar"
    return None


def _stated_code(reading: Reading, locale: Callable[[], Locale]) -> str | None:
    """The currency a figure's own word names, the document's yuan or dollar resolved."""
    if reading.currency == "YUAN":
        return locale().code
    if reading.currency_word in DOCUMENT_DOLLAR_SIGNS and locale().code in DOLLAR_YUANS:
        return locale().code
    return reading.currency


def _mention(reading: Reading, start: int, end: int, locale: Callable[[], Locale],
             borrowed: tuple[str, str] | None, *, whole: str) -> MoneyMention:
    stated = currency = reading.currency
    implied, reason = False, "stated"
    if currency == "YUAN":
        currency, reason = locale()
        implied = currency != DEFAULT_YUAN
    elif reading.currency_word in DOCUMENT_DOLLAR_SIGNS and borrowed is None and locale().code in DOLLAR_YUANS:
        own = locale()
        currency, reason, implied = own.code, f"{reading.currency_word} is the document's dollar; {own.reason}", True
    elif borrowed is not None and currency is not None:
        reason = borrowed[1]
    elif currency is None:
        currency, reason = borrowed or locale()
        implied = True
    high = reading.max
    # (positional, in the field order: this runs once per mention, and keywords cost a third more)
    return made(
        start, end, whole[start:end], clean(reading.min), None if high is None else clean(high), currency,
        reading.min_inclusive, reading.max_inclusive, reading.approx, implied,
        None if reading.unit is None else _half(reading.unit), tuple(reading.qualifiers), reading.rule,
        stated is None, reason)


@lru_cache(maxsize=1024)
def _half(unit: Decimal) -> Decimal:
    """The precision of a figure whose last stated digit has place ``unit``."""
    return clean(unit / 2)
