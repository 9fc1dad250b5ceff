"""The money-expression pattern, built from the lexicon.

One VERBOSE ``regex`` pattern with named parts.  Every alternation is made
from a lexicon table, escaped and sorted longest-first, so adding a word to
the table adds it here.  Runs are bounded (``{1,30}``) and anchored by
look-behinds so the scan stays linear on pathological input such as a
megabyte of digits.

An expression is
    [prefix hedge [gap]] [从] END [connector END] [suffix hedge]
and an END is
    [currency] VALUE [infix hedge] [large unit] [currency] [sub-units]
where VALUE is a numeral, a vague amount (数百万), a digit count (九位数),
an English-scaled figure ($1.5 billion) or a bare power after a hedge (过亿).
"""

from __future__ import annotations

import atexit
import hashlib
import json
import re
import string
import sys
from pathlib import Path

from core import diskcache, patterns

from .lexicon import (
    APPROX_PAIR_MARK,
    BETWEEN_LINKS,
    BETWEEN_OPENERS,
    CONNECTORS,
    COUNTER_NOT_BEFORE,
    CURRENCIES,
    CURRENCY_INFIXES,
    CURRENCY_WORD_NOT_BEFORE,
    CURRENCY_WORD_NOT_BEFORE_NEAR,
    DIGIT_NOT_BEFORE,
    DIGITS,
    EN_SCALES,
    FUNDING_ROUNDS,
    HEDGE_NOT_BEFORE,
    HEDGES,
    INCLUSIVE_MARKS,
    LARGE_UNITS,
    LEVEL_WORDS,
    MASK_CIRCLES,
    MINOR_BLOCKED_BEFORE,
    MINOR_UNITS,
    MONEY_CUE_NOT_BEFORE,
    MONEY_CUES,
    MONEY_CUES_AFTER,
    NOT_MONEY_AFTER,
    PRICE_PER_MEASURES,
    RANGE_OPENERS,
    SMALL_UNITS,
    SUBUNIT_MAJORS,
    SUBUNITS,
    SUFFIX_HEDGE_NOT_BEFORE,
    TENS_CHARS,
    VAGUE_WORDS,
    ZERO_NOT_AFTER,
)


def alt(words, *, scan: bool = False) -> str:
    """An alternation of the words as a trie: 万(?:亿)? rather than 万亿|万.

    It matches what the longest-first alternation would (greedy optional tails try the
    longer word first and fall back to the shorter), but a failing position costs one
    character test instead of one per word, which is most of the scan's time.

    ``scan=True`` is for a pattern searched on its own: its one-character words stay
    separate branches, so every branch opens with a literal and the stdlib re can skip
    to the words' first characters (twice as fast as trying the trie at every position).
    """
    unique = sorted(set(words))
    key = hashlib.sha256(json.dumps([scan, unique], ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
    stored = _stored_alts()
    got = stored.get(key)
    if not isinstance(got, str):
        got = _alt_built(unique, scan)
        if not _ALT_NEW:
            atexit.register(_save_alts)
        _ALT_NEW[key] = got
    _ALT_USED.add(key)
    return got


def _alt_built(words, scan: bool) -> str:
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie, split_singles=scan) or "(?!)"


# alt's tries kept on disk by their words (core.diskcache): building the 77 of them (5,600 nodes) in Python was a
# tenth of every `claims mentions` start. The file is named by this module's own text and the Python version, so an
# edit here (to alt or anything else) builds them afresh; an edited word list is simply another key.
_ALT_NEW: dict[str, str] = {}
_ALT_USED: set[str] = set()
_ALT_TABLE: list[dict] = []


def _alt_file() -> str:
    source = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:24]
    return f"alt-{source}.json"


def _stored_alts() -> dict:
    if not _ALT_TABLE:
        try:
            table = diskcache.load(_alt_file())
        except OSError:
            table = None
        _ALT_TABLE.append(table if isinstance(table, dict) else {})
    return _ALT_TABLE[0]


def _save_alts() -> None:
    """The known tries with this process's new ones (at exit, when it built any); those no process of this
    version used lately are dropped once they outweigh the used ones (word lists edited since)."""
    stored = _stored_alts()
    unused = sum(len(v) for k, v in stored.items() if k not in _ALT_USED and isinstance(v, str))
    used = sum(len(v) for k, v in stored.items() if k in _ALT_USED and isinstance(v, str))
    kept = {k: v for k, v in stored.items() if k in _ALT_USED} if unused > used + sum(map(len, _ALT_NEW.values())) \
        else dict(stored)
    kept.update(_ALT_NEW)
    _ALT_NEW.clear()
    try:
        diskcache.save(_alt_file(), kept)
    except OSError:
        pass


def behind(words, *, guard: str = "", tails=("",)) -> str:
    """"Preceded by one of the words" (then one of ``tails``), as fixed-width look-behinds,
    which is all the stdlib re allows; ``guard`` is a look-behind before the word.

    Each tail's group opens with one look-behind on the words' last characters, so a
    position that no word can end at costs one test, not one per word.
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))  # (one text in every process: core.patterns keys on it)
    last = "[" + "".join(re.escape(c) for c in sorted({w[-1] for w in words})) + "]"
    return "(?:" + "|".join(
        f"(?<={last}{tail})(?:" + "|".join(f"(?<={guard}{re.escape(w)}{tail})" for w in words) + ")"
        for tail in tails) + ")"


_SPECIAL = frozenset("()[]{}?*+|^$\\.-#&~")  # what patterns.regex_escape escapes, with any space (its _METACHARS)


def _escape_char(ch: str) -> str:
    """``patterns.regex_escape(ch)`` for one character (the same text, so the same stored patterns), without its
    per-call loop: the tries of the grammar escape about 5,700 characters at every start."""
    return "\\" + ch if ch in _SPECIAL or ch.isspace() else ch


def _trie_pattern(node: dict, *, split_singles: bool = False) -> str:
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        child = _trie_pattern(node[ch])
        if child:
            branches.append(_escape_char(ch) + child)
        else:
            singles.append(_escape_char(ch))
    if split_singles:
        branches += singles
    elif len(singles) > 1:
        branches.append("[" + "".join(singles) + "]")
    elif singles:
        branches.append(singles[0])
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the rest is optional
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def money_cues(*, reverse: bool = False) -> str:
    """MONEY_CUES as one alternation, a cue with a MONEY_CUE_NOT_BEFORE word after it left out (人工 'pay',
    not 人工智能).  ``reverse``: the cues written backwards, for a search back from a figure in reversed text."""
    plain = [w for w in (*MONEY_CUES, *(() if reverse else MONEY_CUES_AFTER)) if w not in MONEY_CUE_NOT_BEFORE]
    guarded = []
    for word, nexts in MONEY_CUE_NOT_BEFORE.items():
        if reverse:
            guarded.append("".join(f"(?<!{re.escape(n[::-1])})" for n in nexts) + re.escape(word[::-1]))
        else:
            guarded.append(re.escape(word) + "".join(f"(?!{re.escape(n)})" for n in nexts))
    return "|".join([alt(w[::-1] for w in plain) if reverse else alt(plain), *guarded])


def counters() -> str:
    """NOT_MONEY_AFTER as one alternation, with the guarded counters of COUNTER_NOT_BEFORE (3房, not 100万房款)."""
    guarded = [patterns.regex_escape(w) + f"(?![{chars(nexts)}])" for w, nexts in COUNTER_NOT_BEFORE.items()]
    return "|".join([alt(w for w in NOT_MONEY_AFTER if w not in COUNTER_NOT_BEFORE), *guarded])


def level_words() -> str:
    """A LEVEL_WORDS word as group ``level``, after a FUNDING_ROUNDS round before 融资 (亿元 A 轮融资)."""
    return rf"(?:\ ?(?:{alt(FUNDING_ROUNDS)})\ ?轮(?=融资))?(?P<level>{alt(LEVEL_WORDS)})"


def chars(keys) -> str:
    return "".join(patterns.regex_escape(k) for k in sorted(set(keys)))


CN_DIGIT = chars(DIGITS)
CN_SMALL = chars(SMALL_UNITS)
CN_NUMCHARS = CN_DIGIT + CN_SMALL + chars(TENS_CHARS)  # (卅二 = 三十二)
LARGE = alt(LARGE_UNITS)

YUAN_WORDS = next(c for c in CURRENCIES if c.code == "YUAN")
CUR_SUFFIX = alt(w for c in CURRENCIES for w in (*c.suffix, *c.slang))
CUR_PREFIX = alt(w for c in CURRENCIES for w in c.prefix)
CUR_INFIX = rf"(?:{alt(CURRENCY_INFIXES)})(?=(?:{CUR_SUFFIX}))"  # 300万税前欧元
WEAK_UNIT = alt(w for c in CURRENCIES for w in c.weak)
# Currency words that end in a letter may stand right before digits (USD100).
_LETTER_BEHIND = behind((w for c in CURRENCIES for w in c.prefix if w[-1].isalpha() and w.isascii()),
                        guard="(?<![a-z])")

# Layout between a figure and its unit, as text from PDFs and web pages has it: up to two
# spaces, or a line break (3.6\n亿元, 143 亿美元).  A line break before a lone yuan word is a
# paragraph that opens with 元旦 or 元老, not a unit.
SP = r"\ ?\n?\ ?"  # (three optional characters: cheaper for the engine than an alternation)
SP_CUR = r"\ ?(?:\n(?!\ ?[元块圆]))?\ ?"

# A Chinese comma groups digits only inside a figure that goes on (82，225.00, 233,333，333,434):
# in "$20，300美圆" it separates two prices.
# Bounded throughout (at most 10 digit groups, 30 digits, 12 decimals), so that no run of
# digits and separators costs more than a fixed amount per position: a figure with more groups
# than that is not read as one (估值123,123,123,... would otherwise be re-read from every group).
_GROUP_SEP = r"(?:[, ]|，(?=\d{3}[.,，]\d))"
# (A comma or point after a Han character ends a clause, not a figure: 在硅谷,15亿美元.)
# (the look-ahead first: at a character that is no digit the look-behinds are not tried, which the engine
# otherwise does at every position where a figure may stand)
ARABIC = (rf"(?=\d)(?:(?<![a-z\d.,])|(?<=[^\d],)|(?<=[^a-z\d]\.)|{_LETTER_BEHIND})"
          rf"(?:\d{{1,3}}(?:{_GROUP_SEP}\d{{3}}){{1,10}}(?!{_GROUP_SEP}\d{{3}})|\d{{1,30}})"
          r"(?:(?:\.|\ \.\ )\d{1,12})?(?!\d)")  # (a point between two spaces, as OCR gives it: 每股 3 . 85 港元)
# (a space before 百万/千万, as Hong Kong annual reports write millions: 港幣 268 百萬元)
# (a digit after the small unit is the next place down: 3千5 = 3500; digits and small units may go on down the places,
# as Hong Kong and Taiwan papers write them: 1千4百萬, 3千2百5十元)
ARABIC_SMALL = (rf"{ARABIC}(?:[{CN_SMALL}](?![{CN_NUMCHARS}])(?:\d[{CN_SMALL}](?![{CN_NUMCHARS}])){{0,2}}(?:\d(?![\d.,]))?"
                rf"|\ [百千](?=万(?!亿)))?")
# One numeral character, not the first of a word that DIGIT_NOT_BEFORE names (参数).
_NUMCHAR = "".join(f"(?!{patterns.regex_escape(d + n)})" for d, n in DIGIT_NOT_BEFORE.items()) + f"[{CN_NUMCHARS}]"
# (a zero that is the end of a word, 找零 'change', 归零, is no figure: lexicon ZERO_NOT_AFTER)
_ZERO_WORD = f"(?!零(?<=[{patterns.regex_escape(ZERO_NOT_AFTER)}]零))"
# (a point between Chinese digits is the decimal point, as 點 is: 一七三．九五萬人, the fullwidth point normalised)
# (a run of circles and nothing else is a name masked in a court ruling, 原告丙○○新臺幣…: no figure)
_MASK = rf"(?![{MASK_CIRCLES}]+(?![{CN_NUMCHARS}]))"
# (two neighbouring digits may be written with the pair mark between, 四、五萬 = 四五萬: a range, lexicon
# APPROX_PAIR_MARK; only a pair money.py reads as one, only before a unit, and not in a longer list)
_PAIR_DIGITS = "一二两三四五六七八九"
_MARKED_PAIR = alt(f"{a}{APPROX_PAIR_MARK}{b}" for a, x in DIGITS.items() for b, y in DIGITS.items()
                   if 0 < x < y <= x + 2 and a in _PAIR_DIGITS and b in _PAIR_DIGITS)
# (at the pair's first digit, just read: the mark and a second digit that makes a pair with it; for ANCHOR)
_PAIR_AHEAD = "|".join(
    f"(?<={a}){APPROX_PAIR_MARK}[{''.join(b for b, y in DIGITS.items() if 0 < x < y <= x + 2 and b in _PAIR_DIGITS)}]"
    for a, x in DIGITS.items() if a in _PAIR_DIGITS and 0 < x < 9)
CN_NUM = (rf"(?=[{CN_NUMCHARS}])(?<![{CN_NUMCHARS}]){_ZERO_WORD}{_MASK}"
          rf"(?:(?<!{APPROX_PAIR_MARK})(?:{_MARKED_PAIR})(?=[十百千]|{LARGE})|{_NUMCHAR})"  # (not in a list: 一、二、三万)
          rf"(?:{_NUMCHAR}|(?:点|(?<=[{CN_NUMCHARS}])\.)(?=[{CN_DIGIT}])){{0,24}}")
SECTION = rf"(?:{ARABIC_SMALL}|{CN_NUM})"
# A section after a large unit must not be the count of something (5000万一年).
_SHORT_COUNTERS = "".join(sorted({w for w in NOT_MONEY_AFTER if len(w) == 1 and not w.isascii()}))
# (零 may fill an empty place before Arabic digits too: 1万零342, 4000万零1英镑)
TAIL_SECTION = (rf"(?:零?{ARABIC_SMALL}|(?:{_NUMCHAR}){{1,24}})"
                rf"(?!(?!\ ?(?:{CUR_SUFFIX}))[{patterns.regex_escape(_SHORT_COUNTERS)}])")  # 人 of 人民币 is money
# A space after a large unit may split one figure when a smaller unit ends the next section (3 兆 8,090 億元).
_TAIL_AHEAD = rf"[\d{CN_NUMCHARS}][\d,.{CN_NUMCHARS}]{{0,12}}\ ?"
# (and after 万 when the units below it and a currency word close the figure: 2 億 906 萬 2,497 元)
_SPACED_TAIL = (rf"(?:(?=\ )(?:(?:(?<=兆)|(?<=万亿))\ (?={_TAIL_AHEAD}[亿万])"
                rf"|(?<=亿)(?<!万亿)(?<!个亿)\ (?={_TAIL_AHEAD}万(?!亿))"
                rf"|(?<=\ 万)\ (?=(?:\d{{1,4}}|\d,\d{{3}})\ ?(?:{CUR_SUFFIX}))))?")
NUMERAL = rf"{SECTION}(?:{SP}(?:{LARGE}){_SPACED_TAIL}{TAIL_SECTION}){{0,3}}(?:{SP}(?:{LARGE}))?"


SUB = alt(SUBUNITS)
SUB_DIGIT = rf"(?:\d{{1,2}}|[{CN_DIGIT}十]{{1,3}})"
# After a yuan word: 一块二, 五块七毛八, 三块零四, 123元1角1分, 两美元又三美分, 个半
_PER = patterns.regex_escape(PRICE_PER_MEASURES)
SUBCHAIN = (
    # (a trailing digit is never 一 of the quantity a price is quoted per: 三块五毛一斤, 5元一斤)
    rf"(?:半|(?:(?:又|零)?{SUB_DIGIT}(?:{SUB})){{1,3}}(?:[{CN_DIGIT}](?![{patterns.regex_escape(_SHORT_COUNTERS)}])"
    rf"(?!(?<=一)[{_PER}]))?"
    # (10块钱一斤, 元3%; 两 is no trailing 角 digit: 一块二, but 79999元两群 is 元 then 两群; 三块五一斤 is 3.5 per jin)
    rf"|(?<!钱)零?(?:[{CN_DIGIT.replace('两', '')}]|\d)(?!(?<=一)[{_PER}])"
    rf"(?!(?!一[{_PER}])[\d.%{CN_NUMCHARS}万亿兆个{patterns.regex_escape(_SHORT_COUNTERS)}])"
    rf"(?!\ ?(?:{CUR_SUFFIX})))钱?"  # 5元3元 is two prices, not 5.3
)

# 欧 of 欧洲 is no euro (lexicon CURRENCY_WORD_NOT_BEFORE)
_WORD_NOT_BEFORE = "".join(rf"(?!(?<={patterns.regex_escape(w)})[{chars(nexts)}])" for w, nexts in CURRENCY_WORD_NOT_BEFORE.items()) \
    + "".join(rf"(?!(?<={patterns.regex_escape(w)})[\u4e00-\u9fff]{{0,4}}[{chars(nexts)}])"  # (stdlib re: no \p{{Han}})
              for w, nexts in CURRENCY_WORD_NOT_BEFORE_NEAR.items())

EN_SCALE = alt(EN_SCALES)
# Cheap look-aheads let the engine skip the English and 个 readings (which would parse the
# figure again) unless their word is in sight.
_EN_FIRST = "".join(sorted({w[0] for w in EN_SCALES}))
# The infix hedges a letter-scaled figure may hold before its letter: 30多k = [30k, 40k).
_EN_INFIX = "".join(h.word for h in HEDGES if h.position == "infix" and h.word in ("多", "余"))
DIGIT_COUNT_NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
VAGUE = alt(VAGUE_WORDS)
# 来 and 几 are hedges only before a unit (十来万, 十几块); 1亿来自... is not.
# Cantonese 几 after a unit at the end of a figure reads like 多 too: 兩萬幾 = 两万多, 三千幾蚊.
INFIX = (rf"(?:多|余|(?:来|几)(?=(?:{LARGE})|\ ?(?:{CUR_SUFFIX}))"
         rf"|(?<=[万亿千百])几(?=\ ?(?:{CUR_SUFFIX})|[^\u4e00-\u9fff]|$))")
GAP_HEDGES = (rf"(?!{alt(w + c for w, cs in HEDGE_NOT_BEFORE.items() for c in cs)})"
              + alt(h.word for h in HEDGES if h.position == "prefix" and h.gap))
TIGHT_HEDGES = alt(h.word for h in HEDGES if h.position == "prefix" and not h.gap)
SUFFIX_HEDGES = alt(h.word for h in HEDGES if h.position == "suffix")
CONNECTOR = alt(CONNECTORS)
OPENER = alt(RANGE_OPENERS)
# What may stand between a gap hedge and its figure: a few plain characters.
GAP = rf"[^\d\s{CN_NUMCHARS}数几,.;:!?()\"'，。；：！？、（）“”‘’《》「」\-~$¥€£]{{0,5}}?"


# Two neighbouring digits, then 角/毛/分 and 钱, are money anywhere (三四毛钱 'three or four mao'), as a standalone
# sub-unit with 钱 is: no score or name is written so.  (parser_blind12, opened)
_PAIR_MINOR = rf"(?<=[{CN_DIGIT}][{CN_DIGIT}])[角毛分](?=钱)"


def minor_units(*, alone_only: bool) -> str:
    """The minor-unit words a figure may be counted in (15美分), not before 钟 or 之 (10分钟)."""
    words = [w for w, row in MINOR_UNITS.items() if row.alone or not alone_only]
    return rf"(?:{alt(words)}|{_PAIR_MINOR})(?![{MINOR_BLOCKED_BEFORE}])"


# After a yuan's own prefix, the yuan's minor units are money with no price cue: 新台幣一角, 人民币5分.
# (and the Hong Kong dollar's, 毫 and 仙, after its prefix: 港币3毫)
_PREFIXED_MINOR = rf"(?:{alt(w for w, row in MINOR_UNITS.items() if not row.alone)})(?![{MINOR_BLOCKED_BEFORE}])"


def end(n: int, minor: str) -> str:
    """One end of a range, with group names suffixed by ``n``; ``minor``: its minor-unit words."""
    return rf"""
    (?:(?P<cbr{n}>[(（](?:{alt(CURRENCY_INFIXES)})?(?=(?:{CUR_PREFIX})[)）]))?  # ((税前欧元)1,000万: a bracketed prefix)
       (?P<cpre{n}>{CUR_PREFIX})(?(cbr{n})[)）]|(?:\ {{0,2}}|(?<![a-z$])\ ?\n\ ?)))?  # (歐元\n3,500萬: a line break after the prefix, not after a code: USD\n10, HK$\n3)
    (?:
        (?P<dc{n}>{DIGIT_COUNT_NUM})位数
      | (?P<vague{n}>{VAGUE})(?=[十百千]|{LARGE})(?P<vsmall{n}>[十百千])?(?P<vlarge{n}>{LARGE})?
      | (?=[\d.,， {_EN_INFIX}]{{1,40}}[{_EN_FIRST}])(?P<en{n}>{ARABIC})(?P<eninfix{n}>[{_EN_INFIX}])?\ ?(?P<ens{n}>{EN_SCALE})(?![a-z])  # (30多k)
      | (?=[{CN_NUMCHARS}\d.]{{0,24}}(?:{WEAK_UNIT}))(?P<weaknum{n}>{NUMERAL})?(?P<weak{n}>{WEAK_UNIT})(?=半|[{CN_DIGIT}])
      | (?P<num{n}>{NUMERAL}|(?<![\d{CN_NUMCHARS}])万(?=几\ ?(?:{CUR_SUFFIX})))(?:(?P<infix{n}>{INFIX})(?P<large{n}>{LARGE})?)?  # (万几蚊 = 一万几蚊)
      | (?P<bare{n}>{LARGE})
    )
    (?:{SP_CUR}
      (?:(?P<minor{n}>{minor}|(?(cpre{n}){_PREFIXED_MINOR}|(?!)))(?:(?<=[角毛毫])(?P<mtail{n}>(?!零)[{CN_DIGIT}\d])(?![\d.{CN_NUMCHARS}万亿])分?)?(?:(?<=[角毛分])钱)?  # 1毛5, 3角5分, 2毛钱 (零 is no 分 digit)
      | (?:元(?=\ ?(?:{CUR_SUFFIX}))\ ?|{CUR_INFIX})?(?P<csuf{n}>{CUR_SUFFIX})(?!(?<=[a-z])[a-z]){_WORD_NOT_BEFORE}整?))?  # not usda
    (?P<sub{n}>{behind(YUAN_WORDS.suffix + YUAN_WORDS.weak + SUBUNIT_MAJORS)}(?:{SUBCHAIN}))?
    """


# 1000万元内, but 100万元内地 (lexicon SUFFIX_HEDGE_NOT_BEFORE)
_SUFFIX_NOT_BEFORE = "".join(rf"(?!(?<={patterns.regex_escape(w)})[{chars(c)}])" for w, c in SUFFIX_HEDGE_NOT_BEFORE.items())


# Compiled with the stdlib re, which runs this pattern about twice as fast as the regex
# module (hence fixed-width look-behinds only: see ``behind``).
def _money(minor: str) -> str:
    return rf"""
    (?:(?:(?P<hpre>{GAP_HEDGES})(?P<gap>{GAP}) | (?P<hpre_t>{TIGHT_HEDGES}))\ ?)?   # 约 120 亿
    (?:(?P<opener>{OPENER}) | (?P<between>{alt(BETWEEN_OPENERS)}))?
    {end(1, minor)}
    (?:(?:{alt(INCLUSIVE_MARKS)})?\ ?(?P<conn>{CONNECTOR} | (?(between)(?:{alt(BETWEEN_LINKS)})|(?!)))\ ?{end(2, minor)})?
    (?:/[{_PER}](?=\ ?(?:{SUFFIX_HEDGES})))?   # 7元/斤以下: the measure a price is quoted per, then its bound
    (?:\ ?(?P<hsuf>{SUFFIX_HEDGES})(?!(?<=\+)(?:\d|{money_cues()})){_SUFFIX_NOT_BEFORE})?   # 10万+, but 10万+5万, 2000万+奖金 are sums
    """


# Compiled with the stdlib re, which runs this pattern about twice as fast as the regex
# module (hence fixed-width look-behinds only: see ``behind``).
MONEY = patterns.compile(_money(minor_units(alone_only=True)), re.VERBOSE)
# The same grammar with every minor unit (票价加价5角, 每股派息12仙): tried only right after a
# price cue (extract.py), since 90分, 三毛 and 五角大楼 are not money elsewhere.
MONEY_PRICED = patterns.compile(_money(minor_units(alone_only=False)), re.VERBOSE)

# Standalone sub-units (五分, 两毛五, 25分钱): read whole by parse_money; in running
# text only with 钱 after them, since 十分 and 五角大楼 are not money.
SUBUNIT_ONLY = patterns.compile(  # stdlib re: it scans this class-led pattern several times faster
    # (two neighbouring digits, 两三毛钱, are an approximate range that only the money grammar reads: not 2.3, and not
    # 三毛钱 inside it)
    rf"(?<![{CN_DIGIT}])(?![{CN_DIGIT}]{{2}}(?:{SUB}))"
    rf"(?P<subonly>(?:\d{{1,2}}\.\d{{1,2}}|{SUB_DIGIT})(?:{SUB})(?:{SUB_DIGIT}(?:{SUB})?)?)(?P<qian>钱)?"  # 0.7分钱
)


# Every expression contains one of these characters within MAX_LEAD characters of its
# start (hedge + gap + opener + currency prefix come first).  Scanning for them first
# and trying the full pattern only nearby is what keeps extraction fast: the full
# pattern costs about as much at a plain character as at a figure.
_C = rf"\d{CN_NUMCHARS}数几万亿兆"
_CONTINUES = (
    "".join(sorted({w[0] for c in CURRENCIES for w in (*c.suffix, *c.slang)} | set("".join(LARGE_UNITS))
                   | {w[0] for w in (*SUBUNITS, *MINOR_UNITS)} | set("多余来几点 -–—~〜～至到或\n")))
)
# The runs that may be money in running text, decided inside the regex engine: not a lone
# numeral character that no unit, currency or connector follows (一个, 十分), and not a
# figure followed by a counter that is neither a currency nor a money word (2022年, 600名).
_AFTER_PREFIX = behind((w for c in CURRENCIES for w in c.prefix),
                       tails=(".", r"\ .", r"\ \ .", r"\n."))  # spaces escaped: the pattern is VERBOSE
_AFTER_VAGUE = behind(VAGUE_WORDS, tails=(".",))
# What the grammar may read right after a digit.  A lone digit followed by none of these
# is an expression by itself only after a lead word (超4, $4): iter_money checks for one
# before paying for the full pattern (most such digits are list marks, versions, dates).
_AFTER_DIGIT = "".join(sorted(
    set(string.digits + string.ascii_lowercase + _CONTINUES + "位数几万亿兆") | set(DIGITS) | set(SMALL_UNITS)
    | {w[0] for words in (CONNECTORS, BETWEEN_LINKS, INCLUSIVE_MARKS, EN_SCALES) for w in words}
    | {h.word[0] for h in HEDGES if h.position == "suffix"}
    | {w[0] for c in CURRENCIES for w in (*c.suffix, *c.weak, *c.slang)}
))
# The same without the layout characters: a digit with only spaces or a line break after it, then none of these,
# is lone too (估值1 估值1, 营收3\n营收3: the grammar reads nothing after layout that it would not read right
# after the digit).
_AFTER_DIGIT_SOLID = "".join(sorted(set(_AFTER_DIGIT) - set(" \n")))
# (a minor unit that is money alone is no counter: 分人民币 is not the score 分)
_ALONE_MINOR = alt(w for w, row in MINOR_UNITS.items() if row.alone) + rf"|{_PAIR_MINOR}"
# The stdlib re scans this about 1.5x faster than the regex module (fixed-width look-behinds).
ANCHOR = patterns.compile(
    # The pattern opens with a character set so the engine can skip ahead to figures.
    rf"""[{_C}](?<![{_C}][{_C}])(?<!\d[.,]\d)    # the first character of a run, not a figure's decimals
    (?: (?<=\d)(?!{SP}[{re.escape(_AFTER_DIGIT_SOLID)}]|(?:[.,，]|\ \.\ )\d)(?P<lone>)   # a lone digit, layout after it or not
      | (?<=[\d万亿兆]) | (?=[{_C}{re.escape(_CONTINUES)}] | 位数 | \.[{CN_DIGIT}])   # (二．五億: a decimal point)
      | (?<!{APPROX_PAIR_MARK}[{CN_DIGIT}])(?=(?:{_PAIR_AHEAD})[十百千万亿兆])   # (四、五萬: a marked pair, CN_NUM)
      | {_AFTER_PREFIX}                             # us$一: a currency prefix makes any figure money
      | {_AFTER_VAGUE})                             # 若干百: so does a vague quantity word
    (?>[{_C}]*)
    (?!(?!\ ?(?:位数|(?:{LARGE})|(?:{CUR_SUFFIX})|(?:{money_cues()})|(?:{alt(LEVEL_WORDS)})|(?:{_ALONE_MINOR})))\ ?(?:{counters()}))""",
    re.VERBOSE,
)
MAX_LEAD = (
    max(len(h.word) for h in HEDGES if h.position == "prefix") + 5
    + max(map(len, RANGE_OPENERS + BETWEEN_OPENERS)) + max(len(w) for c in CURRENCIES for w in c.prefix) + 3
)
# Where a match may start before its anchor: at a hedge, range opener or currency prefix.
LEADS = patterns.compile(alt([h.word for h in HEDGES if h.position == "prefix"] + list(RANGE_OPENERS)
                       + list(BETWEEN_OPENERS)
                       + [w for c in CURRENCIES for w in c.prefix] + list(VAGUE_WORDS)
                       + [b + t + w for c in CURRENCIES for w in c.prefix for b in "(（" for t in ("", *CURRENCY_INFIXES)],
                       scan=True))
_LEAD_OVERLAP = 4
_WINDOW = 160  # a window this long holds any expression with room for its look-aheads
_MARGIN = 24


def iter_money(norm: str):
    """The matches ``MONEY.finditer(norm)`` would give in running text, found from anchors.

    Runs that are never money in running text (see ANCHOR) are not tried, which drops
    matches such as 一 in 一个 that extraction would reject anyway; nor are expressions that
    start at a bare 个 (Cantonese 个半), which only ``parse_money`` reads.
    """
    # (conditional expressions rather than max/min: this loop runs once per figure)
    pos, size = 0, len(norm)
    for anchor in ANCHOR.finditer(norm):
        a_start, a_end = anchor.span()
        if a_end <= pos:
            continue
        first = a_start if a_start > pos else pos
        back = first - MAX_LEAD
        found = LEADS.search(norm, back if back > pos else pos, first + _LEAD_OVERLAP)
        # A lead may run into the figure (好几 before 几百): it only has to start before it.
        if found is not None and found.start() < first:
            start = found.start()
        elif anchor["lone"] is not None and "|" not in norm[a_end:a_end + 2] and (
                norm[a_end:a_end + 1] != APPROX_PAIR_MARK):
            continue  # the match would be the digit alone, which is never money (but in a table's cell: 股利 |\n2 |;
            # before the next size: 1、2万)
        elif first and norm[first - 1] == " ":
            start = _before_spaces(norm, first, pos)
        else:
            start = first
        while pos < a_end:  # one run of figures may hold several matches: 4二数
            stop = (first if first > start else start) + _WINDOW
            if stop >= size:
                m = MONEY.search(norm, start)
            else:
                m = MONEY.search(norm, start, stop)
                if m is not None and m.end() > stop - _MARGIN:
                    m = MONEY.search(norm, start)  # near the window's edge: look again unbounded
            if m is None:
                break
            yield m
            m_start, m_end = m.span()
            pos = start = m_end if m_end > m_start else m_start + 1
            first = a_start if a_start > pos else pos


def _before_spaces(norm: str, first: int, pos: int) -> int:
    """Start at the figure, or at the (up to 3) spaces before it."""
    start = first
    while start > max(pos, first - 3) and norm[start - 1] == " ":
        start -= 1
    return start
