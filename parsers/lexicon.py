"""The one table of words the money parser knows, with their meanings.

Everything here is data (with one lookup over it, ``qualifier_meaning``): the
grammar in ``grammar.py`` builds its patterns from these rows, ``strategies.py``
draws test expressions from them, ``reconcile/tolerances.py`` reads each hedge's
comparison tolerance from its row, and ``tests/test_lexicon.py`` checks the
table itself.  Keys are written in SIMPLIFIED characters with ASCII digits,
because the parser matches on text normalised by ``parsers.text.normalize``
(OpenCC t2s + fullwidth -> ASCII); ``TRADITIONAL_EXAMPLES`` records traditional
spellings the tests feed through that normalisation.

Row grammar, per table:
  DIGITS          char -> int 0..9           (Chinese numeral digits, capitals included); DIGIT_NOT_BEFORE:
                    a digit that is another word before these (参数)
  SMALL_UNITS     char -> 10 | 100 | 1000    (positional units inside a section)
  LARGE_UNITS     word -> power of ten       (section multipliers; 万亿 and 兆 are 1e12)
  EN_SCALES       word -> (power, needs_money) needs_money: only with a currency or salary cue
  CURRENCIES      Currency(code, suffix aliases, prefix aliases, weak aliases, slang suffixes)
  SUBUNITS        word -> fraction of the major unit (角 0.1, 分 0.01 ...), in a chain after a major unit
  MINOR_UNITS     word -> MinorUnit(code, fraction, alone): a figure counted in the minor unit
                    (15美分 = 0.15 USD); alone=False: only right after a PRICE_CUES word (每股派息3角)
  PRICE_CUES      words after which a figure in 分/角/毛/仙 is a price (每股, 派息, 票价, 加价 ...)
  EFFECTS         effect -> Meaning(reading, tolerance, bound)
                    reading: the bounds a hedge gives the figure X; bound: X is a limit
                    (超过, 最多, 近, 高达), not an estimate; tolerance: Tolerance(down, up, why),
                    fractions 0 <= down, up < 1 by which a comparison may widen the bounds
                    (0 where the reading already holds the hedge)
  HEDGES          Hedge(word, position, effect, gap, compares, tolerance_override)
                    the row's tolerance is its effect's unless tolerance_override is set; HEDGE_BLOCKED_AFTER /
                    HEDGE_BLOCKED_BEFORE: characters before / after a hedge that make it another word
                    (HEDGE_BLOCKED_AFTER_FIGURE: those that do only right after a figure, 以 of 以上);
                    SUFFIX_HEDGE_NOT_BEFORE: what after a suffix hedge makes it another word (内地 after 内)
  UNIT_INFIX_HEDGES  Hedge rows the grammar reads only before a unit word (十几万)
  VAGUE_WORDS     word -> meaning of a numeral placeholder (数百万, 几十万, 上百万)
  QUALIFIER_KINDS kind -> Meaning, for the qualifiers that are not hedge words: digit counts
                    (9位数), vague words with their power (数百万), adjacent digits (三五)
  LEVEL_WORDS     words after which a bare power is a level, the band [P, 10P) (亿元年薪, 千万年薪, 百亿级, 百亿基金);
                    LEVEL_SUFFIXES: those that belong to the figure's span (百亿级); LEVEL_MONEY_WORDS: those
                    that make the level money by themselves (年薪, 基金)
  COMPARISON_FILLERS  what may stand between a comparison hedge and a figure it still bounds (超过了10亿)
  CONVERSION_WORDS  words before a currency name that restate a figure in it (折合美元不足20万)
  BASIS_OPENERS, BASIS_CLOSERS  around a currency name, a basis for the sentence's bare figures (以美元计算)
  BASIS_DISTRIBUTIVES  before a basis phrase, a declaration for the bare figures before it too (均以人民币计价)
  COUNT_NOUNS     words that, right before a figure, make it a count (用户3亿, 下载量2000万)
  COUNT_MODIFIERS words between a figure and the counted people after it (3亿付费用户)
  SHARED_UNIT_SEPARATORS  between figures that share the unit written after the last one (45.6/84.8 亿元)
  PART_WORDS      words before a figure that make it part of the money figure before it (其中首笔100亿)
  CONNECTORS      words joining the two ends of a range
  BARE_ITEM_FOLLOWERS  what may follow a bare figure that continues a money figure (a list or a chain)
  CHANGE_NOUNS, CHANGE_VERBS  words that make a range two figures, a change (从X到Y的跃升, 增加7万至1029万)
  MONEY_CUES      words that make a currency-less figure money (薪酬, 估值 ...); MONEY_CUE_NOT_BEFORE: what
                    makes a cue another word (人工智能); MONEY_CUES_AFTER: cues only after the figure (放租, 購入)
  NOT_MONEY_AFTER words that, right after a figure, make it a count (名, 人, 次, 参数 ...); COUNTED_AFTER
                    (derived from COUNT_NOUNS and COUNT_MODIFIERS) the same for a bare figure: 3亿付费用户
  COUNTER_YUAN    yuan words that are also counters (3块屏幕); COUNTER_YUAN_FREE: what may follow them as yuan
  LOCALE_CUES     words that establish which 元 a document means
  BOUND_AFTER_NOUNS  nouns a figure measures after which a suffix bound still bounds it (50 万年薪以上)
  UNIT_LABEL_*    the brackets and colon of a unit label before a bare figure ((元):5,414,689,168)
  CURRENCY_WORD_NOT_BEFORE  currency word -> characters after which it is another word (欧 of 欧洲); _NEAR:
                    the same a few Han characters on (一圓冠軍夢)
  DOCUMENT_DOLLAR_SIGNS  signs that mean the document's dollar where its yuan is one of DOLLAR_YUANS ($ in Hong Kong)
  PRICE_MOVE_CUES words of a price's move: price cues for 仙/角/毛, not for PRICE_MOVE_NOT (分, a score)
  BAND_SUFFIX_PAIRS  (lower, upper) suffix hedges that join two figures into one band (2万元以上10万元以下)
  NEGATIVE_SIGNS  minus signs that make a figure negative after one of NEGATIVE_SIGN_AFTER (-210万美元)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple

from core import patterns

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2, "貮": 2,
    "三": 3, "叁": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

# A digit character that is another word's first character before these: 参 (3) in 参数 'parameters'
# (1万亿参数 is no 1.3万亿).
DIGIT_NOT_BEFORE: dict[str, str] = {"参": "数",
                                    "一": "半"}  # 一半 'half' (骑手拿到手经常不到一半; parser_blind9, opened)
# 零 ending a word after these is no figure: 找零 'give change' (找零人民币五角), 归零, 清零, 挂零.
ZERO_NOT_AFTER = "找归清挂"
# Zeros written as circles; a run of them alone is a name masked in a court ruling (被告甲○○應給付原告乙○○新臺幣
# 4,000元), no figure.  (parser_blind6, opened)
MASK_CIRCLES = "○〇"

# One character for a whole ten, as Taiwan's and Hong Kong's papers write it (調漲至每台斤卅二點五元 = 32.5元,
# 廿五萬 = 25萬): read as the digit and 十 it stands for.  (parser_blind11, opened)
TENS_CHARS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}

SMALL_UNITS: dict[str, int] = {
    "十": 10, "拾": 10,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
}

LARGE_UNITS: dict[str, int] = {
    "万": 10**4,
    "亿": 10**8,
    "万亿": 10**12,
    "个亿": 10**8,  # colloquial: 两个亿 = 2亿
    "兆": 10**12,  # Taiwan/Japan usage: 1兆 = 1e12 (not the SI "mega")
}

# Scale words that English-language habits bring into Chinese text.
# needs_money: accepted only with a currency word or a salary cue next to it.
EN_SCALES: dict[str, tuple[int, bool]] = {
    "thousand": (3, False),
    "million": (6, False),
    "mn": (6, True),
    "billion": (9, False),
    "bn": (9, True),
    "trillion": (12, False),
    "tn": (12, True),
    "k": (3, True),
    "m": (6, True),
    "b": (9, True),
    "w": (4, True),  # 万, salary shorthand: 年薪50w
}



@dataclass(frozen=True)
class Currency:
    code: str  # ISO 4217; "YUAN" = the document's yuan (CNY unless it establishes TWD/HKD)
    suffix: tuple[str, ...]  # after the figure: 100亿美元
    prefix: tuple[str, ...] = ()  # before the figure: US$100, 人民币50元
    weak: tuple[str, ...] = ()  # money only inside an otherwise-money expression (个 in 港币三个一毫四)
    # Slang suffixes (刀 'dollar'): money only after a large unit (80万刀) or next to a money cue,
    # since after a bare count they are other words (砍了3刀).
    slang: tuple[str, ...] = ()


CURRENCIES: tuple[Currency, ...] = (
    Currency("USD", ("美元", "美金", "美圆", "美刀", "元美金", "块美金", "块美元", "usd", "us$", "dollars", "dollar"),
             ("us$", "us $", "usd", "$", "美元", "美金"), slang=("刀",)),
    Currency("CNY", ("元人民币", "人民币元", "人民币", "rmb", "cny", "人币"), ("人民币", "rmb", "cny", "¥", "人币")),
    # 蚊 is the Cantonese dollar, Hong Kong's (十蚊, 兩萬幾蚊): never the mainland's or Taiwan's yuan
    Currency("HKD", ("港元", "港币", "港圆", "港纸", "hkd", "hk$", "蚊"),
             ("hk$", "hkd", "港币$", "港元$", "港币", "港元")),
    Currency("TWD", ("新台币", "台币", "元新台币", "新台币元", "twd", "ntd", "nt$"), ("nt$", "twd", "新台币", "台币")),
    Currency("JPY", ("日元", "日圆", "日币", "円", "jpy"), ("jpy", "日元", "日币")),
    # 6500万欧 (sports pages); 歐羅 and 英磅/磅, Hong Kong's names (2億歐羅, 3100萬磅: 磅 is also a weight,
    # so money only after a large unit or a money cue)
    Currency("EUR", ("欧元", "欧罗", "eur", "欧"), ("€", "eur", "欧元", "欧罗")),
    Currency("GBP", ("英镑", "英磅", "gbp", "镑"), ("£", "gbp", "英镑", "英磅"), slang=("磅",)),
    Currency("KRW", ("韩元", "韩圜", "krw"), ("₩", "krw", "韩元")),
    # 新元: Singapore's own name
    Currency("SGD", ("新加坡元", "新元", "新币", "sgd", "s$", "新加坡币"), ("s$", "sgd", "新加坡币", "新加坡元")),
    Currency("CHF", ("瑞士法郎", "chf"), ("chf",)),
    Currency("AUD", ("澳元", "澳币", "aud", "a$"), ("a$", "aud", "澳币", "澳元")),
    Currency("CAD", ("加元", "加币", "cad", "c$"), ("c$", "cad")),
    Currency("NGN", ("奈拉",), ()),
    Currency("THB", ("泰铢", "thb"), ("thb", "泰铢")),
    Currency("RUB", ("卢布", "rub"), ("rub",)),
    Currency("INR", ("卢比", "inr"), ("inr",)),
    # Malaysia's ringgit, as its Chinese press writes it (约574亿令吉, 马币50元)
    Currency("MYR", ("令吉", "马币", "林吉特", "myr"), ("myr", "马币")),
    # Macao's pataca, as its press and Hong Kong's write it (73.12億澳門元, 澳門幣500元, MOP$1,000)
    Currency("MOP", ("澳门元", "澳门币", "澳门圆", "葡币", "mop$", "mop"), ("mop$", "mop", "澳门币", "澳门元", "葡币")),
    # The yuan words: which yuan depends on the document (see LOCALE_CUES).
    Currency("YUAN", ("块钱", "元钱", "元", "块", "圆"), (), weak=("个",)),
)

# A bound written after the noun a figure measures still bounds the figure (50 万年薪以上的职位 = [50万, inf)); the
# span stays the figure.  Only these nouns, then one of BOUND_AFTER_NOUN_HEDGES.
BOUND_AFTER_NOUNS: tuple[str, ...] = ("年薪", "月薪", "年包", "底薪", "起薪")
BOUND_AFTER_NOUN_HEDGES: tuple[str, ...] = ("以上", "以下", "或以上", "或以下",
                                           # 20万美元年薪起跳 (parser_blind10 r119, opened)
                                           "起跳", "起步")

# A lower bound written after a bracketed restatement still bounds the figure before the bracket (售價從三點五萬美元
# (約台幣一百零六點六萬元)起 = [35000, inf) USD); the restatement keeps its own words.  The bracket holds at most
# BRACKET_BOUND_SPAN characters; these hedges only.  (parser_blind11, opened)
BRACKET_BOUND_HEDGES: tuple[str, ...] = ("起", "起跳", "起步", "以上")
BRACKET_BOUND_SPAN = 24

# A currency word between these brackets and then a colon, right before a bare figure, is the figure's unit, as
# filings and tables label a column: 现金股利总金额(元):5,414,689,168, 金額（港元）：12,000.
UNIT_LABEL_OPEN, UNIT_LABEL_CLOSE, UNIT_LABEL_COLON = "(（", ")）", ":："

# A table flattened into text (cells between | marks or one cell a line, as web pages and filings give them): a cell
# holding only a bare figure is money when its row's label (the first cell before it that is not a figure) names
# money: a MONEY_CUES word or one of TABLE_MONEY_LABELS (股東現金股利 | 0.8 |, 招股價\n|\n4.70-5.30, 董監酬勞 |
# 9,000,000 |).  A unit in brackets in the label, else in the table's header line right above it, scales the
# figures and may name their currency (每股盈利 (仙) | 22.200 = 0.222 HKD; 港元(千$) above 2,964,000 = 2,964,000
# thousand HKD).  A four-digit figure from 1900 to 2099 there is a year.
TABLE_CELL_MARK = "|"
TABLE_MONEY_LABELS: tuple[str, ...] = (
    "溢利", "盈利", "盈余", "股利", "股息", "招股价", "发行价", "每股", "营业收入", "净值", "毛利",
)
# unit in brackets -> (factor, currency code or None for the document's yuan / the currency word before it)
TABLE_UNITS: dict[str, tuple[Decimal, str | None]] = {
    "仙": (Decimal("0.01"), "HKD"), "港仙": (Decimal("0.01"), "HKD"), "美仙": (Decimal("0.01"), "USD"),
    "元": (Decimal(1), None), "$": (Decimal(1), None),
    "千元": (Decimal(1000), None), "千$": (Decimal(1000), None), "千": (Decimal(1000), None),
    "千港元": (Decimal(1000), "HKD"), "万元": (Decimal(10**4), None), "百万元": (Decimal(10**6), None),
    "百万": (Decimal(10**6), None), "百万港元": (Decimal(10**6), "HKD"), "亿元": (Decimal(10**8), None),
}
TABLE_LABEL_SPAN = 40  # a label cell longer than this is prose, not a label
# A label naming a rate is no money label, though it names money: 股息率(%) | 280.80, 派息比率, 毛利率.
TABLE_RATE_MARKS: tuple[str, ...] = ("%", "率")
TABLE_CELLS_BACK = 16  # at most this many figure cells between a figure and its row's label

# Between a figure and its currency word, these say whether it is before or after tax and leave it the figure's
# (外籍球员年薪限额为300万税前欧元): only right before a currency word.  (parser_blind13, opened)
CURRENCY_INFIXES: tuple[str, ...] = ("税前", "税后")

# A currency word is another word before these: 欧 is the euro after a figure (6500万欧) but not in 欧洲, 欧盟, 欧冠.
CURRENCY_WORD_NOT_BEFORE: dict[str, str] = {"欧": "洲盟陆美式冠亚文罗元",
                                            "元": "锂"}  # 三元锂 'ternary lithium' (a battery; parser_blind12, opened)
# The same within a few Han characters: 圆 with 梦 after it fulfils a dream (一圓冠軍夢, 圓了他的夢), no yuan.
CURRENCY_WORD_NOT_BEFORE_NEAR: dict[str, str] = {"圆": "梦"}

# X以上Y以下 is one closed range [X, Y], a statutory band (处2万元以上100万元以下罚款): a figure with the first suffix
# hedge of a pair, then (after at most a space) one with the second.
BAND_SUFFIX_PAIRS: tuple[tuple[str, str], ...] = (("以上", "以下"), ("以上", "以内"), ("或以上", "或以下"))

# An explicit minus sign right before a figure makes it negative (其他业务 -210万美元, 净利润为-1.35亿元), when
# the sign stands after one of NEGATIVE_SIGN_AFTER (or opens the text): after a figure or a word it is a dash.
# 至/到 take a level (头均盈利至-183元), and a value noun's last character (账面净资产-17,010万元, 净利-3亿元, 收益,
# 估值, 余额) joins a figure only as its sign: no unit or digit is among them, so 3万-5万元 stays a range.
# (parser_blind13, opened)
NEGATIVE_SIGNS = "-−"
NEGATIVE_SIGN_AFTER = " 为是:：(（,，" + "至到" + "产利润益值额"

# A bare dollar sign is the document's own dollar where its yuan is a dollar (a Hong Kong or Taiwan report:
# 罰款$1,000, 以$12.8M成交), else the US dollar (its row in CURRENCIES).
DOCUMENT_DOLLAR_SIGNS: tuple[str, ...] = ("$",)
DOLLAR_YUANS: tuple[str, ...] = ("HKD", "TWD", "MOP", "SGD")

# Fractions of the major unit.  Strong ones may follow a major unit (3元5角);
# standalone they need a money context (五角大楼 is the Pentagon).
SUBUNITS: dict[str, Decimal] = {
    "角": Decimal("0.1"), "毛": Decimal("0.1"), "毫": Decimal("0.1"),
    "分": Decimal("0.01"), "仙": Decimal("0.01"),
    "美分": Decimal("0.01"), "日本銭": Decimal("0.01"), "日本钱": Decimal("0.01"),  # 銭 = sen
}


class MinorUnit(NamedTuple):
    code: str  # the currency ("YUAN": the document's yuan)
    fraction: Decimal  # of the major unit
    alone: bool  # money after any figure (15美分); False: only after a PRICE_CUES word (票价加价5角)


# A figure counted in a currency's minor unit: 每股派息15美分 is 0.15 USD, never 15.
# (日圆 has none in use: 銭 appears only in chains after 日元, see SUBUNITS.)
MINOR_UNITS: dict[str, MinorUnit] = {
    "美分": MinorUnit("USD", Decimal("0.01"), alone=True),
    "港仙": MinorUnit("HKD", Decimal("0.01"), alone=True),
    "美仙": MinorUnit("USD", Decimal("0.01"), alone=True),  # Hong Kong usage: 每股派息10美仙
    # A minor unit followed by the currency's name is that currency's, money with no price cue:
    # 每股已发行普通股81.46 分人民币 (annual reports of mainland companies listed in Hong Kong).
    "分人民币": MinorUnit("CNY", Decimal("0.01"), alone=True),
    "角人民币": MinorUnit("CNY", Decimal("0.1"), alone=True),
    "仙": MinorUnit("HKD", Decimal("0.01"), alone=False),  # 仙 is also 'immortal': only in a price
    "角": MinorUnit("YUAN", Decimal("0.1"), alone=False),  # 五角大楼
    "毛": MinorUnit("YUAN", Decimal("0.1"), alone=False),  # 三毛 (a name), 毛利
    "分": MinorUnit("YUAN", Decimal("0.01"), alone=False),  # 90分 (a score)
    "毫": MinorUnit("HKD", Decimal("0.1"), alone=False),  # Cantonese 角 (每程加4毫); 毫米, 毫升 (MINOR_BLOCKED_BEFORE)
}
# The words after which a figure in a minor unit that is not money alone is a price (at most
# two characters may stand between: 每股派息为5分, 股息共12仙; 每股派末期息12仙 has 末期息 itself).
PRICE_CUES: tuple[str, ...] = (
    "每股", "股息", "派息", "派发", "派", "末期息", "中期息", "特别息", "红利", "股利", "分红", "派现",
    "票价", "车费", "车资", "船票", "加价", "降价", "涨价", "减价", "提价", "调价", "单价", "售价", "零售价",
    "每张", "每份", "每斤", "每公斤", "每度", "电价", "水价", "油价", "每升", "每个", "每只", "每瓶", "每盒",
    "收费", "价格", "股价", "每公升", "每度电",
    "每程",  # (a fare per trip: 每程加4毫)
    "优惠",  # (a fare's discount: 学生卡每次再优惠5分; parser_blind8, opened)
    "卖",  # a price sold at (娃娃菜每棵可以賣一毛八; parser_blind12, opened)
)
# A price's move (上调1.5 仙, 下调至42.9仙, 调整至 140.6仙, 调降3角, 比上周便宜5角): a price cue for the minor
# units other than 分, which after these is a score (评分上调5分).
# (加, 增加, 减, 减少: a fare's rise or cut, 平均加3角, 41%增加1至2毫; 加3分 is a score's; 贵: 油条也贵了5毛)
PRICE_MOVE_CUES: tuple[str, ...] = ("上调", "下调", "调降", "调涨", "调整", "便宜", "贵", "加", "增加", "减", "减少",
                                   # (parser_blind5-9, opened: 鸡蛋每斤也涨了五毛, 比去年低了3毛, 票价由1元降至9角)
                                   "涨", "降", "低了", "高了", "调高", "调低",
                                   # (parser_blind10, opened: 八達通乘客每程平均多付3角)
                                   "多付", "少付",
                                   # a charge (用一次要收3-4毛; parser_blind9, opened)
                                   "收")
PRICE_MOVE_NOT = "分"
# The minor-unit words never read after a figure when one of these follows: 10分钟, 三分之一.
MINOR_BLOCKED_BEFORE = "钟之贝米升克秒安瓦"  # (3毫米, 5毫升, 2毫克, 10毫秒)

# Besides the yuan words, the major units a sub-unit chain may follow (两美元又三美分, 10日元5日本銭).
SUBUNIT_MAJORS: tuple[str, ...] = ("美元", "日元", "蚊")  # (三蚊零四: Hong Kong's dollar)

# A bare digit after a yuan word counts 角 (一块二 = 1.2, 十二块五 = 12.5) only after a whole figure below this, the
# size of a spoken price; after a larger one, a decimal, a large unit or a dollar it opens the next word (花100元一起,
# 3,422.8美元一盎司, 投资30亿元参与).
SHORTHAND_TAIL_MAX = Decimal(100)
# 一 then one of these after a price is the quantity it is quoted per (5元一斤, 三块五一斤, 3000元一个月, 0.5元一度),
# never the price's trailing 角 digit (5元一 = 5.1).  (parser_blind12, opened)
PRICE_PER_MEASURES = "斤两个只份瓶盒袋包碗杯件张串根棵公克升次位人天晚月年小头条把箱罐支颗粒块片本套双对间平度"
SHORTHAND_TAIL_MAJORS: tuple[str, ...] = ("块钱", "元钱", "元", "块", "圆", "蚊")  # (三蚊零四: Hong Kong's dollar)

# 近X ("nearly X") reads as the approximate point X (the factor 1), not [0.9X, X]: eight of the eleven
# opened blind sets and both fresh ones (parser_blind12, 13) annotate it so, and reconcile widens an
# approximate figure by its tolerance when it compares. Session 17's choice; 0.9 restores the range.
NEAR_FACTOR = Decimal(1)


class Tolerance(NamedTuple):
    """How far another report may stray from a hedged figure before the two conflict:
    the lower bound widens to min * (1 - down), the upper to max * (1 + up)."""

    down: Decimal
    up: Decimal
    why: str


def _tolerance(down: str, up: str, why: str) -> Tolerance:
    return Tolerance(Decimal(down), Decimal(up), why)


EITHER_SIDE = _tolerance("0.10", "0.10", "about: either side")
AT_OR_BELOW = _tolerance("0.10", "0", "nearly / as much as: at or a little below the figure")
# Hedges the reading already wrote into the bounds get 0: widening again would count them twice.
IN_BOUNDS = _tolerance("0", "0", "a bound the parser already wrote into the interval")
IN_VAGUE = _tolerance("0", "0", "a vague count the parser already wrote into the interval")


class Meaning(NamedTuple):
    reading: str  # the bounds the parser gives the stated figure X
    tolerance: Tolerance  # the default for every word with this meaning
    bound: bool  # X is a limit (超过, 最多, 近, 高达), not an estimate of the amount itself


Effect = Literal["gt", "ge", "lt", "le", "about", "near", "more", "emph", "order"]
EFFECTS: dict[str, Meaning] = {
    "gt": Meaning("(X, inf): more than X", IN_BOUNDS, bound=True),
    "ge": Meaning("[X, inf): at least X", IN_BOUNDS, bound=True),
    "lt": Meaning("[0, X): less than X", IN_BOUNDS, bound=True),
    "le": Meaning("[0, X]: at most X", IN_BOUNDS, bound=True),
    "about": Meaning("[X, X], approx: about X", EITHER_SIDE, bound=False),
    "near": Meaning("[X, X], approx: nearly X (compared as up to a tenth below it)", AT_OR_BELOW, bound=True),
    "more": Meaning("[X, X+step), approx: X and a bit (step = place of the last stated digit)", IN_VAGUE,
                    bound=False),
    "emph": Meaning("[X, X]: emphasis only (高达 'as much as'); recorded, bounds unchanged", AT_OR_BELOW,
                    bound=True),
    "order": Meaning("[X, 10X), approx: on the order of X (上亿, 上百万)", IN_BOUNDS, bound=True),
}


@dataclass(frozen=True)
class Hedge:
    word: str
    position: Literal["prefix", "suffix", "infix"]  # infix: between figure and scale (300多万)
    effect: Effect
    gap: bool = False  # prefix may stand a few characters before the figure (超过了惊人的10亿)
    # A comparison verb (超过, 高于, 低于): a gap that names something (超过同期净利润120亿元, 高于去年约200万)
    # makes the figure the object of the comparison, a point, not a bound (see COMPARISON_FILLERS).
    compares: bool = False
    tolerance_override: Tolerance | None = None  # only for a word that strays unlike its effect

    @property
    def tolerance(self) -> Tolerance:
        return self.tolerance_override if self.tolerance_override is not None else EFFECTS[self.effect].tolerance


HEDGES: tuple[Hedge, ...] = (
    *(Hedge(w, "prefix", "gt", gap=True, compares=True) for w in ("超过", "超出", "超越", "多于", "高于", "大于")),
    # "or equal" makes the bound inclusive: 大于或等于4,565 is [4565, inf), 大于4,565 is (4565, inf)
    *(Hedge(w, "prefix", "ge", gap=True, compares=True)
      for w in ("大于或等于", "大于等于", "大于或者等于", "高于或等于", "多于或等于", "等于或大于", "等于或高于")),
    *(Hedge(w, "prefix", "le", gap=True, compares=True)
      for w in ("小于或等于", "小于等于", "小于或者等于", "低于或等于", "少于或等于", "等于或小于", "等于或低于")),
    Hedge("≥", "prefix", "ge"), Hedge("≤", "prefix", "le"),
    *(Hedge(w, "prefix", "gt", gap=True) for w in ("逾", "突破", "升穿", "涨穿", "捣破")),  # (涨穿3000美元)
    # (衝破每安士5,500美元大關, 一舉攻克了3500美元大關: a price's unit or 了 may stand between; parser_blind8, opened)
    *(Hedge(w, "prefix", "gt", gap=True) for w in ("冲破", "攻克")),
    # 'reach or exceed' (融資規模可能達到或超過500億美元; parser_blind8, opened)
    *(Hedge(w, "prefix", "ge", gap=True) for w in ("达到或超过", "达到或超出", "等于或超过")),
    *(Hedge(w, "prefix", "gt") for w in ("超", "过", "破")),
    *(Hedge(w, "prefix", "ge", gap=True) for w in ("至少", "起码", "不少于", "不低于", "不小于", "最少", "最低")),
    # 站上/站回 'climbed (back) to or above' a level (市值站上18兆元), as Taiwan's market pages write it
    *(Hedge(w, "prefix", "ge", gap=True) for w in ("站上", "站回", "站稳")),
    *(Hedge(w, "prefix", "lt", gap=True, compares=True) for w in ("低于", "少于", "小于")),
    *(Hedge(w, "prefix", "lt", gap=True) for w in ("不到", "不足", "未满", "未到", "跌穿", "跌破", "未达", "未达到")),
    Hedge("未破", "prefix", "le"),  # 'has not broken through' (薪酬未破億元; parser_blind6, opened)
    *(Hedge(w, "prefix", "le", gap=True)
      for w in ("最多", "至多", "最高", "顶多", "不超过", "不高于", "不多于", "不大于")),
    # 'will not exceed', 'must not exceed' (加幅不會多於10元, 外援总工资不得超过税前1000万欧元; parser_blind7, 11)
    *(Hedge(w, "prefix", "le", gap=True) for w in ("不会多于", "不会超过", "不得超过")),
    # a promotion's 'up to' (可享至高价值 9 万元购车权益; parser_blind12, opened); not 增至高达 (HEDGE_NOT_BEFORE)
    Hedge("至高", "prefix", "le", gap=True),
    # Taiwan's 上看 'may reach' (年薪上看150萬, 累積獎金上看13.5億元): the figure reached, like 高达; not 上's
    # order of magnitude (read as a ceiling in session 10, the blind sets read it as the point)
    Hedge("上看", "prefix", "emph", gap=True),
    # 折合 like 约合: a conversion is approximate (149亿美元（折合人民币约1066亿元）)
    *(Hedge(w, "prefix", "about", gap=True) for w in ("大约", "约合", "折合", "大概", "约莫", "差不多", "估计")),
    *(Hedge(w, "prefix", "about") for w in ("约", "约为", "约有", "约达")),
    *(Hedge(w, "prefix", "near", gap=True) for w in ("将近", "接近", "逼近", "几近", "直逼")),
    Hedge("近", "prefix", "near"),
    *(Hedge(w, "prefix", "emph", gap=True) for w in ("高达", "多达", "足足", "整整", "足有")),
    Hedge("可达", "prefix", "emph"),  # 首年可达1亿美元 'may reach'; 最高可达 is 最高's bound
    Hedge("上", "prefix", "order"),
    *(Hedge(w, "suffix", "ge") for w in ("以上", "起", "开外", "或以上", "(含)以上", "（含）以上", "+", "之上",
                                         "及以上", "起步", "起跳")),  # (吃饭每天50块起步, 校招白菜稳定在 22 万起跳)
    *(Hedge(w, "suffix", "le") for w in ("以下", "以内", "或以下", "及以下")),
    Hedge("内", "suffix", "le"),  # 以内 shortened, as Taiwan writes it: 1000萬元內 (see SUFFIX_HEDGE_NOT_BEFORE)
    *(Hedge(w, "suffix", "about") for w in ("左右", "上下", "前后", "附近")),
    *(Hedge(w, "infix", "more") for w in ("多", "余", "来")),
    # 五万出头 'a little over 5万': read like 五万多, [X, X+step) (step = place of the last digit).
    Hedge("出头", "suffix", "more"),
    Hedge("多一点", "suffix", "more"),  # (五百万欧元多一点 'a little over 5e6 euros', parser_blind4)
    # X还多 'more than X' after the unit (比去年同期高出了1美元還多; parser_blind11, opened)
    Hedge("还多", "suffix", "gt"),
)

# 几 after a stated figure (十几万, 二十几块) reads like 多, but only right before a unit or
# currency word (the grammar's INFIX).  It is kept out of HEDGES because strategies.py draws
# HEDGES' infix rows after a unit word too (12万多), where 几 does not read.
UNIT_INFIX_HEDGES: tuple[Hedge, ...] = (Hedge("几", "infix", "more"),)

# Placeholders standing for the unknown leading digit(s) before a power: 数百万 = [1e6, 1e7).
# (几 after a stated figure, as in 十几万, is a hedge read like 多: see the grammar's INFIX.)
VAGUE_WORDS: dict[str, str] = {
    "数": "leading",
    "几": "leading",
    "好几": "leading",
    "若干": "leading",
}

# After a bare power (亿, 千万, 百万, 百亿, with or without a currency word), these make it a
# level, the band [P, 10P), approx: 亿元年薪 = [1e8, 1e9), 千万年薪 = [1e7, 1e8), 百亿级 = [1e10, 1e11).
LEVEL_WORDS: tuple[str, ...] = ("年薪", "级", "级别", "量级", "基金", "收入", "融资",  # (百万收入唾手可得)
                                "头奖",  # (已有491位億元頭獎得主; parser_blind5, opened)
                                "资产", "身家")  # wealth of that order (千萬資產怎麼配; parser_blind12, opened)
# A round of funding may stand between the level and 融资: 亿元A轮融资, 千万元天使轮融资, 亿元 Pre-A 轮融资.
FUNDING_ROUNDS: tuple[str, ...] = ("天使", "种子", "pre-a", "pre-b", "a+", "b+", "c+", "a", "b", "c", "d", "e", "f")
# The level words that are money by themselves (百亿基金 'a fund of the order of 1e10'), though 基金 alone is no
# money cue (基金代码, 基金经理); the others need a money word (千亿级的并购).  年薪 is a money cue anyway.
LEVEL_MONEY_WORDS: tuple[str, ...] = ("年薪", "基金", "收入", "融资", "头奖")
# The level words that belong to the figure's span (百亿级, 千万美元级别); 年薪 is the thing measured.
LEVEL_SUFFIXES: tuple[str, ...] = ("级", "级别", "量级")

# After a bare power with a currency word (萬元, 亿美元), these make it the figure itself, a point: 普發萬元現金 (10,000
# in cash), 逼近“萬元門檻”; a lone power is otherwise a word (万元户, 亿万富翁).  A quote mark may stand between.
# (parser_blind5, parser_blind9, opened)
BARE_POWER_NOUNS: tuple[str, ...] = ("现金", "门槛", "大关", "关口", "红包", "奖金", "消费券", "补贴")

# The qualifiers money.py records that are not hedge words, by kind; each is a whole
# expression (9位数, 数百万, 三五), matched by shape in ``qualifier_meaning``.
QUALIFIER_KINDS: dict[str, Meaning] = {
    "digit_count": Meaning("[10^(N-1), 10^N - 1], approx: N位数, a figure N digits long", IN_VAGUE, bound=False),
    "vague": Meaning("[P, 10P), approx: a vague word and the power P (数百万, 几十亿)", IN_VAGUE, bound=False),
    "adjacent_digits": Meaning("[aP, bP], approx: two digits a < b <= a + 2 before the power (三五百万)", IN_VAGUE,
                               bound=False),
    "level": Meaning("[P, 10P), approx: a bare power before a level word (亿元年薪, 千万年薪, 百亿级); the level "
                     "word is the qualifier", IN_VAGUE, bound=False),
}


def _one_of(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_CN_COUNT = "".join((*DIGITS, *SMALL_UNITS))
_LARGE = _one_of(LARGE_UNITS)
# The shapes money.py writes: f"{count}位数" (the count as written: 9, 九, 十二) and the vague
# word with the units after it (数百万, 好几亿, 数十万亿).
_QUALIFIER_SHAPES: dict[str, re.Pattern] = {
    "digit_count": patterns.compile(rf"(?:\d{{1,2}}|[{_CN_COUNT}]{{1,3}})?位数"),
    "vague": patterns.compile(rf"(?:{_one_of(VAGUE_WORDS)})(?:[{''.join(SMALL_UNITS)}](?:{_LARGE})?|(?:{_LARGE}))"),
    "level": patterns.compile(_one_of(LEVEL_WORDS)),
}
_HEDGE_OF: dict[str, Hedge] = {h.word: h for h in (*HEDGES, *UNIT_INFIX_HEDGES)}


def _is_adjacent_digits(word: str) -> bool:
    """三五, 两三, 一两: as money.py reads them, the second digit one or two above the first."""
    return len(word) == 2 and all(c in DIGITS for c in word) and 0 < DIGITS[word[1]] - DIGITS[word[0]] <= 2


def qualifier_kind(word: str) -> str | None:
    """Which row a qualifier belongs to: "hedge", a QUALIFIER_KINDS key, or None (no row)."""
    if word in _HEDGE_OF:
        return "hedge"
    if _is_adjacent_digits(word):
        return "adjacent_digits"
    return next((kind for kind, shape in _QUALIFIER_SHAPES.items() if shape.fullmatch(word)), None)


def qualifier_meaning(word: str) -> Meaning | None:
    """The row of a qualifier as the parser records it (matching form), with the hedge's
    own tolerance where its row overrides the effect's; None when no row describes it."""
    kind = qualifier_kind(word)
    if kind != "hedge":
        return QUALIFIER_KINDS.get(kind) if kind else None
    hedge = _HEDGE_OF[word]
    return EFFECTS[hedge.effect]._replace(tolerance=hedge.tolerance)


# Before a currency name, these restate an amount in that currency: the figure after the name
# takes it (折合美元不足20万 = [0, 20万) USD, 约合人民币36亿).
CONVERSION_WORDS: tuple[str, ...] = ("折合", "约合", "合", "折算", "换算成", "换算为", "相当于", "约等于", "折算成")

# A basis phrase, an opener, a currency name and a closer (若以美元計算, 按美元计), earlier in the sentence gives the
# bare figures after it that currency: 若以美元計算，第3季營收331億 (USD in a Taiwan report).
BASIS_OPENERS: tuple[str, ...] = ("以", "按")
BASIS_CLOSERS: tuple[str, ...] = ("计算", "计价", "计")
# With one of these before it, a basis phrase declares the currency of the bare figures before it in its sentence, and
# makes them money: 门票分三档:内场1880,看台980和580,均以人民币计价 (CNY).  Without one, a basis phrase after a
# figure may be a conversion (收入331亿,若以美元计约10亿), so it lends nothing backwards.  (parser_blind13, opened)
BASIS_DISTRIBUTIVES: tuple[str, ...] = ("均", "皆", "都", "全部", "一律", "全")

# Right before a figure (after at most a verb such as 达), these make it a count, even with a
# money word in the sentence: 月活用户达2.3亿, 下载量2000万.
COUNT_NOUNS: tuple[str, ...] = (
    "用户", "月活", "日活", "下载", "下载量", "人次", "人数", "人口", "粉丝", "订阅", "销量", "员工", "会员", "访客",
    "观众", "读者", "游客", "旅客", "台数", "件数", "份数", "次数", "播放量", "阅读量", "浏览量", "注册",
    "玩家", "订户", "客户", "网民", "乘客", "买家", "卖家", "商户", "门店", "学员", "患者", "病例", "周活", "出货量",
    "市民", "居民", "民众", "消费者", "儿童", "选民",
    "人才", "人才缺口", "事件", "案件",  # (人才缺口达 400万, 融资事件4,367起)
    "流量", "访问量",  # (流量5k/月)
)
# A word ending in one of these names people (关注者, 参与者): a few characters after a figure, like a count noun, it
# makes the figure a head count where only a pay word earlier in its sentence would make it money
# (年薪300万,微博有200万关注者).
COUNTED_PERSON_SUFFIXES: tuple[str, ...] = ("者",)
# Between a figure and a count noun after it, these describe who is counted: 3亿付费用户, 1.5亿周活跃用户.
COUNT_MODIFIERS: tuple[str, ...] = (
    "付费", "活跃", "周活跃", "月活跃", "日活跃", "注册", "新增", "独立", "忠实", "订阅", "在线", "个人", "企业",
)
# Right before a bare figure (after at most a verb), these make it a ratio of money, not money: 平均工資之比為1.4.
RATIO_WORDS: tuple[str, ...] = ("之比", "比值", "比率", "比例", "占比", "比重", "倍数", "指数")  # (价格指数为 127.79)
# The verbs that may stand between a count noun and its figure.
COUNT_VERBS = "达超过逾为有近约破至到了已突共"  # (融资事件共 77 起)

CONNECTORS: tuple[str, ...] = ("-", "--", "–", "—", "——", "~", "〜", "至", "到", "或")
# Of the connectors, those that offer a choice: with a currency word on each end the two are alternatives, two
# figures (港幣2元或4元), while 3或4万元 is one range.
ALTERNATIVE_CONNECTORS: tuple[str, ...] = ("或",)
# Before a range only; not part of the span otherwise (在 and 介于 never are: 在1万-5万元之间).
RANGE_OPENERS: tuple[str, ...] = ("从", "由")
# 介于A和B之间: this opener lets 和/与 join the two ends (elsewhere 和 lists two figures).
BETWEEN_OPENERS: tuple[str, ...] = ("介于",)
BETWEEN_LINKS: tuple[str, ...] = ("和", "与", "及")
# Marks that an end of a range is included: 1万(含)-5万元.
INCLUSIVE_MARKS: tuple[str, ...] = ("(含)", "（含）")

# A range is two figures, not one interval, when it is a change (估值从5亿美元到60亿美元的跃升): one of these
# follows it (after 的 or not), or its ends run from high to low after 从/由 (从1297万元至292万元), or it follows
# one of CHANGE_VERBS and runs down or its high end is at least CHANGE_RATIO times the low one (薪酬增加7万至
# 1,029万元: by 7万, to 1029万; 增长3亿至5亿元 stays a range).  So is a range whose ends state different
# currencies (从3万美元到20万元人民币).
CHANGE_NOUNS: tuple[str, ...] = (
    "跃升", "飞跃", "跨越", "增长", "提升", "攀升", "飙升", "暴涨", "激增", "上涨", "增加", "翻倍", "跳升",
    "下降", "下滑", "下跌", "回落", "缩水", "减少", "转变", "变化",
)
CHANGE_VERBS: tuple[str, ...] = (
    "增加", "增长", "上升", "提高", "提升", "上涨", "上调", "调升", "调高", "减少", "下降", "下跌", "降低", "下调",
    "调降", "涨", "跌", "升", "降", "增", "减",
)
CHANGE_RATIO = 4
# 由X加Y至Z: after a figure opened by one of RANGE_OPENERS and then a change verb (CHANGE_VERBS or these, perhaps after
# an adverb: 只加), a range Y至Z is the change and the new level, two points whatever their ratio (由16.1元加2元至
# 18.1元, 由28元只加一毫至28.1元); without the 由 figure, 加Y至Z is a range of rises (九巴整體加0.2元至1.6元).  The
# opener stands at most FROM_BY_TO_SPAN characters before the range, in its clause.  (parser_blind11, opened)
FROM_BY_TO_VERBS: tuple[str, ...] = ("加",)
FROM_BY_TO_SPAN = 16
# A bare figure is the change of the money figure just before it when the next clause opens with a change verb, after
# one of these bases or none (收入錄得40,000港元,環比跌1,700), and the base of the change after it when a comparison
# word stands before it and a change verb and a money figure follow (較上一季的23,500增加800元).
CHANGE_BASES: tuple[str, ...] = ("环比", "同比", "按年", "按月", "按季", "按周", "较上年", "较上季", "较上月", "较去年")
COMPARISON_WORDS: tuple[str, ...] = ("较", "比")
# After a money figure, a clause opening with a comparison word, at most a few characters and one of these gives the
# difference, money too (工资五万出头,比原来多了四千多).  (parser_blind6, opened)
DIFFERENCE_WORDS: tuple[str, ...] = ("多", "少", "高", "低", "多出", "高出", "贵", "便宜")

# A currency-less figure is money when one of these stands right before or after it.
MONEY_CUES: tuple[str, ...] = (
    "薪酬", "薪资", "薪水", "薪金", "工资", "年包", "薪酬包", "待遇", "收入", "到手", "税前", "税后",
    "签约金", "签字费", "签约奖金", "奖金", "分红", "报价", "offer", "天价", "身价", "年终奖",
    "估值", "市值", "融资", "投资", "注资", "收购", "营收", "利润", "净利", "资产", "财富", "身家",
    "合同", "合约", "股票", "期权", "现金", "费用", "成本", "开支", "支出", "花费", "花了", "耗资",
    "罚款", "赔偿", "补偿", "捐款", "价格", "售价", "价值", "预算", "资金", "赚", "挣", "月薪", "年薪",
    "负债", "投入", "出资", "集资", "拨款", "奖金池", "拿到", "开出", "起薪", "总包", "造价", "呎价", "单价", "均价",
    "底薪", "时薪", "日薪", "高薪", "年收入", "月收入", "年入", "月入", "酬劳", "悬赏", "奖励", "贷款", "债务",
    "欠款", "开价", "出价", "砸", "并购", "酬金", "片酬", "本金", "首付", "套现", "注册资本", "生活费", "零花钱",
    "红包", "花红", "袍金", "佣金", "津贴", "人工",  # (花红, 袍金, 人工: Hong Kong's bonus, director's fee, pay)
    "募资", "募集", "筹资", "销售额", "营业额", "成交额", "交易额",  # 新创募资突破千亿, 年销售额过亿
    # (parser_blind2, opened: fines, penalties, allowances and prices named without a currency)
    "违约金", "罚锾", "被罚", "金额", "补助", "补贴", "全勤奖", "油价", "盗刷",
    "转会费",  # (parser_blind3, opened: 转会费2700万, 2700万转会费)
    "烧掉", "烧钱",  # money burnt (累計燒掉千億)
    "票房",  # (parser_blind4, opened: a film's takings, 总票房突破1.5亿, 首日票房斩获7300万)
    # a price asked or paid in all (要价9.9万, 总价多在2千万上下, 叫价1200万), and the verbs of a sale written after
    # the price (466萬易手, 700萬可入手)
    "要价", "叫价", "总价", "易手", "入手", "可入手",
    # (parser_blind5-7, opened: a league's top salary (頂薪依舊是600萬), an IPO's frozen funds (凍資傳逾2500億), an
    # insurer's payout (共赔付75万), a monthly rent (月租2萬5))
    "顶薪", "冻资", "赔付", "理赔", "月租",
    # (parser_blind5-9, opened: rents, spending, a discount, a car's price, a lottery's jackpot, taxable income)
    "房租", "租金", "开销", "优惠", "车价", "头奖", "彩金", "所得",
    "package",  # (我们常说的 package 10 万)
    "base",  # the base pay (方案 A:Base 2 万 / 月; parser_blind9, opened)
    # (parser_blind10, opened: a home's price, 樓價逾500萬至1000萬; a platform's gross merchandise value, GMV达1.2万亿)
    "楼价", "房价", "gmv",
    "年中奖金", "年中奖",  # (a mid-year bonus, 60萬「年中獎金」入袋)
    # a film's or a business's takings as the verb names them (坐收3.4億, 5日狂收3千萬, 進帳2億; parser_blind6, opened)
    "坐收", "狂收", "进账", "进帐", "吸金",
    "共花", "花掉", "花光",  # money spent (英超轉會窗共花230億; parser_blind7, opened)
    "经费",  # a budget's funds, before the figure too (經費匡列上限5700億, 200億經費; parser_blind5, 9, opened)
    "领到",  # money received (將可各自領到2000萬國光獎金; parser_blind9, opened)
    "消费券", "振兴券",  # vouchers (「3600消費券」政策; parser_blind9, opened)
    "日入",  # a day's take (雨天冲一波日入四位数; parser_blind9, opened)
    "起征点",  # the income tax threshold (个税基本不用交,因为起征点就是5000; parser_blind8, opened)
    "入息",  # Hong Kong's word for income (入息限額將由一萬八千多增加至二萬; parser_blind11, opened)
    # a shop's or a driver's takings (每个月五万出头的流水, 流水5万), a price asked or recorded (比挂牌价低了几百万,
    # 成交价466萬) and a price per area (每平米也就五万出头, 每坪70萬)  (parser_blind8-11, opened)
    "流水", "挂牌价", "成交价", "标价", "原价", "定价", "收市价", "收盘价", "开盘价", "目标价",
    "每平米", "每平方米", "每坪",
    # a listing's asking price (这套房子挂牌4千多万), a handout paid out (發放1萬)  (parser_blind12, opened)
    "挂牌", "发放",
    "打包价",  # (华为的打包价大概是9K; parser_blind13, opened)
    # a cap named by its noun, then 分别为 (国内球员年薪限额分别为500万(中超)、300万(中甲); parser_blind13, opened)
    # (限额 alone caps counts too: 观众限额为3000)
    "年薪限额", "薪酬限额", "工资限额", "薪资限额", "投资限额", "贷款限额", "转账限额", "交易限额",
)
# Nouns that make every bare figure with a large unit in their sentence money, wherever they stand in it: a film's
# takings (《金手指》開畫收340萬膺票房冠軍, 只錄得500萬、200萬及100萬票房), a casino's (澳門5月賭收破200億), fines
# (今年前三大罰單，分別為台銀為2200萬).  A count noun before the figure still makes it a count (觀影人次超2億).
# (parser_blind4-9, opened)
SENTENCE_MONEY_NOUNS: tuple[str, ...] = ("票房", "赌收", "罚单", "裁罚",
                                         # 赌收's formal name (博彩收入按年升14%至58.3億; parser_blind13, opened)
                                         "博彩收入")

# Cues only when written after the figure, since before one they open other clauses (放租约两星期, 租金回报率约3.8厘):
# a rent (以每月4万放租, 以每月3.9万租出), the price a home was bought or sold at (以615萬購入, 425萬沽出), margin
# loans (借出123亿孖展).  (parser_blind5-7, opened)
MONEY_CUES_AFTER: tuple[str, ...] = ("放租", "租出", "承租", "购入", "沽出", "孖展",
                                    "短租", "沽", "成交",  # (以每月1.2万短租, 兩房425萬沽, 过亿成交)
                                    "交易")  # a deal of that size (有兩宗過億交易; parser_blind7, opened)
# A money cue followed by one of these is another word: 人工 'pay' (人工过亿) in 人工智能.
MONEY_CUE_NOT_BEFORE: dict[str, tuple[str, ...]] = {"人工": ("智能", "成本", "费"),
                                                    # a price index's value is no price (售價指數報354.9點;
                                                    # parser_blind12, opened)
                                                    "售价": ("指数",), "价格": ("指数",), "楼价": ("指数",),
                                                    "房价": ("指数",),
                                                    "租金": ("回报", "收益"),  # (租金回報率約3.4厘: a rate)
                                                    "流水": ("线", "账", "号", "作业"),  # (流水线: an assembly line)
                                                    # (31日入帳: a date, then 入帳)
                                                    "日入": ("帐", "账", "袋", "住", "场", "境", "学", "职")}

# A figure right after a bounded figure and one of these, in another currency, restates it: the bound holds for both
# (总成交额超过32亿港元/4亿1,100万美元, 估价逾27亿港元/3亿5,000万美元).  (parser_blind5, opened)
RESTATED_BOUND_SEPARATORS: tuple[str, ...] = ("/",)

# Between figures that share the unit and currency written after the last one (broker notes: 2024H1/H2收入
# 45.6/84.8 亿元, 预计营收130/160/190亿元): each bare figure before takes them.  Only before a figure with a large
# unit or a currency word: 1/3 and 2024/2025财年 are no pairs.
# One digit, this mark, then the next digit (or its tens) with a unit: two neighbouring sizes, one approximate range
# (放弃1、2万的薪水 = [1万, 2万], 6、70W = [60W, 70W]).  (parser_blind7, 9, opened)
APPROX_PAIR_MARK = "、"
SHARED_UNIT_SEPARATORS: tuple[str, ...] = ("/", "、", "及")  # (汽、柴油分别升0.2、0.3元; 增加0.4及0.5元)
# Between two ranges, these share the unit too (bands of income: 30000至34999和60000至79999元); between two single
# figures 和 lists them (3和5).
SHARED_RANGE_SEPARATORS: tuple[str, ...] = ("和", "与", "及", "、")

# Right before a bare figure with a large unit (after at most a few words: 其中首笔100亿), these make it a part of
# the money figure just before, in its sentence or the one before, whose currency it takes: 孙正义宣布软银将向OpenAI
# 投资400亿美元。其中首笔100亿将于4月到位 (USD).  A figure larger than that money is no part of it.
PART_WORDS: tuple[str, ...] = ("其中", "其余", "当中",
                               # 'the rest' (當中220萬會轉贈…,餘下900萬將視乎表現再支付; parser_blind10, opened)
                               "余下", "剩下", "剩余")

# Between a money figure and a bare one, these make the second money too (月薪从2万涨到3.5万).
CHAIN_LINKS: tuple[str, ...] = (
    "到", "至", "为", "达", "涨", "增", "降", "升", "跌", "减", "或", "和", "与", "及", "、", "乃至", "甚至",
)

# A bare figure that is money only because it continues a money figure (a chain, 从2万涨到3.5万, or a list,
# 聯詠254.2萬、鴻準245.7萬) must end there: a word right after it is what it counts (惠及120万居民, 200万关注者),
# unless it is a money cue or opens with one of these.
# (200-300万之间, 1830亿翻倍至, 涨到3.5万一个月, 3.5万每月)
# (成: 成为 'become', 製造業94.6萬成為前三; parser_blind12, opened)
BARE_ITEM_FOLLOWERS = "了在是为以至到和与及或而但并也都就还让使给之翻增涨降升跌减一每" + "成"
# Words after a range that say its amounts vary within it, which end the item too (股票从6万到20万不等).
RANGE_CLOSERS: tuple[str, ...] = ("不等",)
# After a range's second end these make it a rate or a multiple, no end of a money range: 增幅為2.1元或5.25%,
# 帳面獲利336.6萬元或4.3倍 (the first end stands alone if it names a currency).  One character each.
RANGE_RATE_MARKS = "%倍"

# After a figure and 的, a noun of pay or allowance with up to ALLOWANCE_MODIFIER_MAX characters before it makes the
# figure money (200 的高温补贴, 500 的交通补助): the modifier names which allowance.
ALLOWANCE_NOUNS: tuple[str, ...] = ("补贴", "补助", "津贴", "奖金", "补偿")
ALLOWANCE_MODIFIER_MAX = 2

# A period rate right before a figure or right after it (每月 20 刀, 18k–25k/月) makes a slang or letter-scaled
# figure a price or pay, and a bare figure pay when a pay word (SALARY_CUES) stands earlier in its sentence
# (产研岗:350/day(本科), 餐补40-50一天; "房补"……以"每月 3200"断层式领先; parser_blind12, opened).
RATE_BEFORE: tuple[str, ...] = ("每月", "每年", "每周", "每季", "月付", "年付", "每天", "每日")
RATE_AFTER: tuple[str, ...] = ("/月", "/年", "/周", "/天", "/day", "/month", "每月", "每年", "每天", "一个月", "一年",
                               "一天")

# An average of a money quantity is money, in its currency, whatever its large unit (總成交金額近79兆... 市場日均值達
# 4,245億): these words (and a COUNT_VERBS verb) right before a figure in the sentence of a money figure.
AVERAGE_WORDS: tuple[str, ...] = ("日均", "均值", "月均", "年均", "平均", "日均值")

# Letter-scaled figures (30k, 50w) are pay only next to one of these.
SALARY_CUES: tuple[str, ...] = (
    "月薪", "年薪", "薪资", "薪酬", "工资", "底薪", "时薪", "日薪", "薪水", "税前", "税后", "待遇", "收入", "年包",
    "年入", "月入", "起薪", "总包", "签字费", "签约金", "签约奖金", "年终奖", "奖金", "期权", "股票", "分红", "补贴",
    "月包", "base", "package", "offer", "年终",
    "高薪",  # (最高薪76k)
    "校招", "白菜价",  # campus hiring and its baseline offer (去年校招，算法岗白菜价普遍在35w左右，SP给到45w)
    "开出",  # a post's offered pay (这个后端岗位开出15k-20k; parser_blind11, opened)
    # a post's pay (技术岗30~50W, 产品岗30W+; 报了一个35w+的岗位), take-home pay and allowances (房补2k, 到手8-12k)
    # (parser_blind12, opened)
    "岗", "到手", "房补", "餐补",
    "打包价",  # a graduate offer's whole package (华为的打包价大概是9K; parser_blind13, opened)
)

# Right after a figure, these make it a count, not money (600名员工, 300多万次).
NOT_MONEY_AFTER: tuple[str, ...] = (
    "名", "人", "次", "个", "位", "家", "条", "件", "台", "辆", "张", "篇", "部", "款", "场", "项", "届",
    "岁", "倍", "年", "月", "日", "天", "号", "小时", "分钟", "秒", "%", "参数", "token",
    "tokens", "行", "字", "页", "股", "手", "只", "颗", "块钱以上", "平方", "公里", "米", "吨", "户",
    "票", "亩", "层", "楼", "集", "季", "期", "版", "代", "亿分之", "分之", "万分之", "gb", "tb", "mb",
    "卡", "级", "分", "粉", "用户", "员工", "学生", "张卡", "gpu", "注", "财年", "财季", "财政年度",
    # counters (3000万份, 50万片芯片, 1.2万亿枚, 3000万单) and the counted (3亿月活, 1.5亿周活跃用户: COUNT_NOUNS
    # after their modifiers, added below)
    "份", "片", "枚", "单", "套", "座", "栋", "架", "艘", "笔", "轮", "批", "本", "册", "例", "幅",
    "厅",  # (rooms of a flat: 3房2厅)
    "强",  # a ranking's top N (《财富》100强, 世界500强)
    # (parser_blind5-9, opened: an index, 批發價格200指數; a fuel's grade, 92無鉛汽油; a gas price in gwei; a week,
    # 不到一周)
    "指数", "无铅", "gwei", "周",
    "厘",  # (Hong Kong's yield in per cent: 租金回報率約3.4厘)
)
# Counters that are another word before these characters: 3房 (three rooms: 3房加车位, 三房两厅) but 100万房款,
# 30万房租, 300万房产.
COUNTER_NOT_BEFORE: dict[str, str] = {"房": "价租贷款产屋费税钱东主地契市企源",
                                      "单": "身价",  # (年收入税前12万单身: single; 单价 a unit price)
                                      # 部分 'the part' (综合所得超过96万部分按45%计税; parser_blind6, opened)
                                      "部": "分",
                                      # 年增/年减 'year on year', as Taiwan writes it (推案金額下修至4,300億年減25%)
                                      "年": "增减"}
# Right after a bare figure, besides NOT_MONEY_AFTER: the counted, with or without a modifier (3亿月活, 1.5亿周活跃
# 用户, 3亿付费用户); 注册 alone is left out (1亿注册资本 is money).  (Tested on the few bare figures a cue made
# money, not in the grammar's scan of every figure.)
_COUNTED = ("用户", "会员", "玩家", "订户", "客户", "粉丝")
COUNTED_AFTER: tuple[str, ...] = tuple(dict.fromkeys(
    w for w in (*COUNT_NOUNS, *(m + n for m in COUNT_MODIFIERS for n in _COUNTED))
    if w != "注册" and w not in NOT_MONEY_AFTER))

# 块 is the yuan (5万块, 花了300块买) and a counter (3块屏幕, 数百万块GPU): after a figure it counts the word
# that follows it (a Han character or a letter), unless that word opens with one of COUNTER_YUAN_FREE or a
# money cue stands next to the figure.
COUNTER_YUAN: tuple[str, ...] = ("块",)
COUNTER_YUAN_FREE = "了给买就都也还是呢吧啊呀嘛一每又和或" + "的左"  # (2000块的差距, 50块左右)

# Which yuan a document means: weights per currency, summed over the document (parsers/currency.py).
# 5: the yuan named outright (2 for the renminbi, below); 2: an institution, market or company of that place, or its
# regional vocabulary (Cantonese 嘅, Taiwanese 年增); 1: a place name, which other reports cite too.
LOCALE_CUES: dict[str, dict[str, int]] = {
    "TWD": {"新台币": 5, "台币": 5, "nt$": 5, "台股": 2, "台湾": 1, "台北": 1, "台积电": 2, "立法院": 1,
            "行政院": 1, "台电": 1, "新北": 1, "高雄": 1, "金管会": 2, "人力银行": 2, "每股盈余": 2, "纯益": 1,
            "鸿海": 2, "联发科": 2, "经济部": 2, "国发会": 2, "国发基金": 2, "证交所": 2, "柜买中心": 2,
            "新竹": 1, "台中": 1, "台南": 1, "桃园": 1, "上柜": 2, "上市柜": 2, "殖利率": 2,
            # (parser_blind2, opened: Taiwan's fuel pricing, labour law, companies and sites)
            "浮动油价": 2, "劳动基准法": 2, "群联": 2, "nownews": 2, ".tw": 2, "ptt": 1,
            # (parser_blind3, opened: a Taiwan dividend table's column names)
            "除息交易日": 2, "配息基准日": 2,
            # (parser_blind4, opened: Taiwan's labour ministry, prosecutors, estate agents and brokers, investor
            # conferences, press; 劳动部 weighs 1, as the mainland had a ministry of that name until 1998: a mainland
            # cue beside it ties, and the default holds)
            "劳动部": 1, "地检署": 2, "房仲": 2, "信义房屋": 2, "东森": 2, "法说会": 2, "民视": 2, "ettoday": 2,
            # (parser_blind5-7, opened: Taiwan's lottery, health insurance, telecoms, job fairs and legal words;
            # 罚锾 is Taiwan's word for an administrative fine, 职缺 and 征才 its words for job openings)
            "威力彩": 2, "台湾彩券": 2, "健保": 2, "中华电信": 2, "罚锾": 2, "职缺": 2, "征才": 2, "二度就业": 2,
            "劳工局": 1,
            # (parser_blind8-9, opened: a dateline or outlet line in Latin script names the place: udn (Taiwan))
            "taiwan": 2,
            # (parser_blind5, 7, opened: Taiwan's long-term care and its care workers, its lottery words (普獎 the
            # lowest prize, 槓龜 no winner), its bike share; 上看 'may reach' and 美商 'a US firm' as Taiwan's press
            # writes them, 勞動局 a city's labour bureau: 1, as other Chinese press has them too)
            "长照": 2, "照服员": 2, "居服员": 2, "普奖": 2, "杠龟": 2, "微笑单车": 2, "上看": 1, "美商": 1,
            "劳动局": 1},
    "HKD": {"港元": 5, "港币": 5, "hk$": 5, "港股": 2, "香港": 1, "港交所": 2, "恒指": 2, "港铁": 2, "八达通": 1,
            "呎价": 1, "港仙": 5, "立法会": 2, "长实": 2, "长和": 2, "恒生": 1, "新鸿基": 2, "金管局": 2, "强积金": 2,
            "积金局": 2, "港府": 2, "特首": 2, "本港": 2, "九龙": 1, "新界": 1, "按年": 1, "嘅": 2,
            # (parser_blind2, opened: Hong Kong's government, utilities, lottery, courts, press and Cantonese)
            "特区政府": 2, "陈茂波": 2, "教资会": 2, "港灯": 2, "六合彩": 2, "判辞": 1, "港闻": 2, "星岛": 2,
            "阿思达克": 2, "屋苑": 2, ".hk": 2,
            "唔": 2, "嘢": 2, "咗": 2, "喺": 2, "佢": 2, "冇": 2, "啲": 2,
            # (parser_blind3, opened: Hong Kong's taxes, accounts, budget, radio and broker site)
            "薪俸税": 2, "利得税": 2, "财政储备": 2, "财政司司长": 2, "商业电台": 2, "aastocks": 2,
            # (parser_blind4, opened: Hong Kong's chief executive, bureaux and departments, press; 港人 and 全港
            # as place words)
            "李家超": 2, "财政司长": 2, "保安局": 2, "运输署": 2, "政府统计处": 2, "now新闻": 2, "am730": 2,
            "港人": 1, "全港": 1,
            # (parser_blind5-7, opened: Hong Kong's rates, property trade and estate agents, gazette, hospitals)
            "差饷": 2, "方呎": 2, "呎租": 2, "实呎": 2, "尺价": 2, "补地价": 2, "综援": 2, "刊宪": 2, "急症室": 2,
            "港置": 2, "中原地产": 2, "美联物业": 2, "利嘉阁": 2,
            # (parser_blind8-9, opened: a dateline or outlet line in Latin script names the place: 香港01 (Hong Kong))
            "hong kong": 2},
    # Macao's yuan is the pataca: its gaming tax and revenue (博彩, 赌收), its places and press; 特区政府 is not a cue
    # here, Hong Kong has one too.  (parser_blind8-9, opened: Macao budgets and gaming revenue)
    "MOP": {"澳门元": 5, "澳门币": 5, "mop$": 5, "澳门": 2, "本澳": 2, "博彩": 2, "赌收": 2, "路氹": 2, "氹仔": 2,
            "澳门日报": 2, "macao": 2, "macau": 2},
    # Singapore's press writes its dollar 元 too (车资调高1分, 每程1.5元): its names, places, housing and press (新元 is
    # left out: it opens 新元素 as often as it names the dollar).  (parser_blind9, opened: 联合早报 on bus fares)
    "SGD": {"新加坡元": 5, "新加坡币": 5, "s$": 5, "新加坡": 1, "狮城": 2, "组屋": 2, "德士": 2, "联合早报": 2,
            "zaobao": 2, "singapore": 2},
    # 人民币 weighs 2, like an institution: a Hong Kong or Taiwan report names the renminbi outright
    # for its mainland figures (6000元人民币) and leaves its own yuan bare.
    "CNY": {"人民币": 2, "rmb": 2, "a股": 2, "北京": 1, "上海": 1, "深圳": 1, "沪深": 2, "上交所": 2, "深交所": 2},
}
# A locale cue is another word's end after these characters: 长和 (CK Hutchison) in 董事长和员工 'the chairman and
# the staff', 增长和 'growth and', 台中 (Taichung) in 平台中 'on the platform', 上看 in 网上看 'watch online'
# (parser_blind5, opened; the others written for this table); LOCALE_CUE_NOT_BEFORE: another word's start before
# these (美商 in 美商务部 'the US Commerce Department').
_AFTER_ZHANG = "董事市局校部院行组厂村镇县州省队班科处社会家团店师军增成延擅专首学站所署"
_AFTER_TAI = "平舞后擂站讲柜阳吧前灶烛月电"
# 台 counting machines (这台电脑, 两台电视, 每台电梯) is no Taipower (parser_blind12, opened)
_TAI_COUNTED = _AFTER_TAI + "这那哪每几一两二三四五六七八九十整多0123456789"
LOCALE_CUE_NOT_AFTER: dict[str, str] = {
    "长和": _AFTER_ZHANG, "长实": _AFTER_ZHANG, "长照": _AFTER_ZHANG,
    "台中": _AFTER_TAI, "台电": _TAI_COUNTED, "台北": _AFTER_TAI, "台股": _AFTER_TAI, "台南": _AFTER_TAI,
    "新北": "重创更全最", "本港": "日资基成根", "高雄": "最提崇", "恒生": "永", "民视": "人国公农居军网",
    "上柜": "网线台马墙", "健保": "保", "上看": "晚早网线马身面路台车场楼地天墙手书纸报脸头床街山桥"
    + "用据体构度"}  # (从…费用上看, 数据上看, 整体上看 'seen from'; parser_blind12, opened)
# (the same characters make 上看 no hedge: 在网上看到价格为100元; HEDGE_BLOCKED_AFTER)
LOCALE_CUE_NOT_BEFORE: dict[str, str] = {"美商": "务"}
# (Words whose first character is common in any text, such as 年增 or 同比, are left out: every
# occurrence of that character costs the document's scan a test.  So are 中油, 大公报, 明报, 财政司, 股东会:
# the cues beside them on the pages that name them decide those documents.)
DEFAULT_YUAN = "CNY"

# A one-character prefix hedge does not count after these characters
# (最近 = recently, 超过 is its own word, 合约 = contract, 以上 = above, 一笔过 = in one lump sum).
HEDGE_BLOCKED_AFTER: dict[str, str] = {
    # (想过: 'ever thought of', 没敢想过十几万的年终奖; parser_blind12, opened)
    "近": "最附靠临将接逼几", "过": "超不通经越跨度错去笔" + "现拿" + "想", "超": "赶" + "买卖",
    "约": "合签预公条制婚大",
    "上": "以加马早晚向" + "冲登攀迈跃", "破": "突打", "约为": "合签预公条制婚大", "约有": "合签预公条制婚大",
    # (冲上, 登上, 攀上, 迈上, 跃上 'climb to': 市值有望冲上万亿美元 is the level reached, no 上万亿; parser_blind8)
    # 从最高4381.11美元跌至3886.3美元: 'from the peak of', a point (parser_blind10 r037, opened)
    "最高": "从由自", "最低": "从由自",
    "至高": "升增涨提调达跌降减加扩攀冲飙",  # 升至高位 'rose to a high' (至 'to')
    "上看": LOCALE_CUE_NOT_AFTER["上看"],  # (网上看 'watch online')
}
# Of the characters above, those that block only right after a figure, where they open a suffix hedge
# (100万以上): elsewhere they are a word of their own and the hedge holds (以上亿美元的签约价格 is
# 以 'at' + 上亿 'of the order of 1e8').
HEDGE_BLOCKED_AFTER_FIGURE: dict[str, str] = {"上": "以"}

# A suffix hedge is the first character of another word before these: 内 'within' (1000萬元內) but 内地, 内部, 内资.
SUFFIX_HEDGE_NOT_BEFORE: dict[str, str] = {"内": "部地容外资需阁涵陆蒙侧在含存销政务幕线",
                                           # 起 'from' (3萬美元起), but 3萬美元起家 'started out with', 起诉 'sue', and
                                           # an auction's opening price, a point (以800万元起拍, 從3000元起價;
                                           # parser_blind5, opened)
                                           "起": "家诉义飞草床身拍价"}

# After a bare figure (no unit word, no currency) these bind to the figure even when a money
# cue follows them: 2023年薪酬 (a year), 3年薪酬 (a duration), 四成 (tenths), 14薪 (months' pay).
# (A space may stand between: 2018 年薪最高的员工.)  The longer words are parts of a year (超2024全年).
BARE_FIGURE_COUNTERS: tuple[str, ...] = ("年", "月", "成", "薪", "折", "财年", "全年", "上半年", "下半年", "财政年度")

# 最高/最低 then one of EXTREME_VERBS, after a noun of a price (EXTREME_PRICE_NOUNS: PRICE_CUES and these), names the
# dearest or cheapest of the prices compared, a point: 西岸地區的汽油均價最高達每加侖4.104美元, 價格最高為每加侖$5.02,
# 每坪最高達82.6萬元, 八達通車費最低為HK$5.3.  After other nouns it caps an amount (签约奖金最高达1亿美元,
# 投資總額最高達150億美元), and 最高可达 always does.  (parser_blind3, parser_blind11, opened)
EXTREME_WORDS: tuple[str, ...] = ("最高", "最低")
EXTREME_VERBS = "达为是"
# An average's 最高/最低 (人均薪酬最高60.6万, 觀光事業員工平均年薪最低為55.2萬元) is the highest or lowest of the
# averages compared, a point, with a verb or none: no one caps an average.  One of EXTREME_AVERAGE_OPENERS, then one of
# EXTREME_AVERAGE_NOUNS, right before the word; 最高可达 still caps.  (parser_blind13, opened)
EXTREME_AVERAGE_OPENERS: tuple[str, ...] = ("人均", "平均")
EXTREME_AVERAGE_NOUNS: tuple[str, ...] = ("薪酬", "年薪", "月薪", "薪资", "工资", "薪水", "收入", "月收入", "年收入")
EXTREME_PRICE_NOUNS: tuple[str, ...] = ("均价", "每坪", "呎价", "尺价", "房价", "楼价", "租金", "每加仑", "每桶",
                                        "每盎司", "每吨")

# A prefix hedge is another word when one of these follows it: 最高时 'at its peak'.
# (最低工资 'minimum wage', 最高档 'top tier', 最低价 'lowest price', 最低的年薪 'the lowest pay' name a
# figure, not a bound.)  Before a verb of a price's move (触及, 见, 报, 涨至, 升至, 冲至, 曾, 跌至, 降至), 最高 and
# 最低 name the day's high or low, a point: 盘中最高触及279.8港元, 最低见5.2元 (while 最高达1亿美元 is a bound).
# Before a noun of pay, a prize, a valuation or a fare they name that value too, a point (最高獎金曾達31.25億元,
# 最低估價高達3,500萬元, 最低單程費用20元, 最低月收入约在2500元, 最高薪76k; parser_blind5-9, opened).
# 最高前5大產業 'the top five': 前 opens a rank (parser_blind13, opened).
HEDGE_BLOCKED_BEFORE: dict[str, str] = {"最高": "时峰点位档价的触见报涨升冲曾" + "奖薪估月年单" + "前",
                                        "最低": "时峰点位档价工的触见报跌降曾" + "奖薪估月年单" + "前",
                                        "最多": "时的", "最少": "时的",
                                        # 突破至/突破到 'broke through to': the figure reached, a point (比特幣價格
                                        # 在11月突破至6.9萬美元; parser_blind6, opened)
                                        "突破": "至到"}
# A prefix hedge that is no hedge at all before these, tested in the grammar itself so that the word after it may
# open at its second character: 增至高达100亿元 is 至 'to' then 高达's figure; 至高无上, 至高点.
HEDGE_NOT_BEFORE: dict[str, str] = {"至高": "达于点位峰无处档"}

# What may stand between a gap hedge and 的 before its figure: the hedge still applies
# (超过了惊人的10亿美元).  Any other words before 的 name whose figure it is, and the hedge
# compares with it (高于阿里的95万元, 高于预期的460亿): the figure itself is then exact.
GAP_POSSESSIVE = "的"
GAP_ADJECTIVES: tuple[str, ...] = (
    "惊人", "夸张", "创纪录", "破纪录", "天价", "巨额", "高额", "可观", "骇人", "罕见", "史无前例",
)

# What may stand between a comparison hedge (Hedge.compares) and its figure with the hedge still bounding
# the figure (超过了10亿); anything else there names what is compared (超过同期净利润120亿元), and the figure
# is exact.  A one-character hedge ending the gap (高于去年约200万) and 的-phrases are read as for any gap hedge.
# (a rate's period or base between them too: 少於每月16,300元 bounds the monthly pay)
# (大于或等于 is a hedge of its own, inclusive: see HEDGES)
COMPARISON_FILLERS: tuple[str, ...] = ("了", "每月", "每年", "每日", "每天", "每周", "每小时", "每人", "每股", "每次",
                                       # a price's unit (超過每桶80美元; parser_blind11, opened)
                                       "每桶", "每加仑", "每盎司", "每吨", "每升", "每公升", "每斤", "每公斤", "每度",
                                       # before or after tax (不得超过税前1000万欧元; parser_blind7, opened)
                                       "税前", "税后")

# "Not a cent": the smallest sub-unit after a negation (不领一分钱, 没花一分钱, 一毛钱也不给) names nothing,
# not an amount: a NOTHING_IDIOMS figure with one of NEGATIONS at most NEGATION_SPAN characters before it, or
# one of NOTHING_AFTER right after it.
NOTHING_IDIOMS: tuple[str, ...] = ("一分钱", "一毛钱", "一角钱", "一分", "一毛")
NEGATIONS = "不没未无别"
NEGATION_SPAN = 3
NOTHING_AFTER = "也都"

# Inline pinyin that some mirrors insert after characters (近(jin)3億(yi)元, 中位數(shù)1.98萬) is layout, not text:
# a bracketed syllable of these letters right after a Han character.  One with a tone mark is always pinyin; plain
# letters only when the text has at least PINYIN_PLAIN_MIN of them (條例(a), 金額(usd) are no pinyin).
PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_LETTERS = "abcdefghijklmnopqrstuwxyzü"
PINYIN_PLAIN_MIN = 3

# A bare figure in square brackets is a note or citation mark, never money: 折旧费用增加 [33].
CITATION_BRACKETS = ("[", "]")
# Four to six bare digits alone in round brackets right after a name are its stock code, never money, even
# before a money word: 長榮航空(2618)年終獎金也跟著出爐.  (parser_blind10, opened)
STOCK_CODE_BRACKETS = ("(（", ")）")

# A line break is layout, not a paragraph's end, after a word that must take an object (月薪范围为\n4.5k–50k, 薪资通常在
# \n18–30k, 总包可轻松突破\n50–60 万): the break is read as absent when one of these ends the text before it and a
# digit follows.  So is a break after a figure and before 的, which opens no line (450k\n的年薪).
# (parser_blind8, opened: text copied from web pages with hard line breaks)
LAYOUT_JOIN_AFTER: tuple[str, ...] = ("为", "在", "以", "达", "达到", "破", "至", "到", "约", "逾", "近", "是", "由",
                                      "从", "有", "超过", "突破", "高达", "约为", "介于")
LAYOUT_JOIN_BEFORE: tuple[str, ...] = ("的",)

# Names written as a bare figure, never an amount, even before a money word: the 7-Eleven shops (以可口可樂在7-11的價格
# 為例 is no range of 7 to 11 yuan).  A figure with a currency word (7-11元) is still money.  (parser_blind8, opened)
FIGURE_NAMES: tuple[str, ...] = ("7-11",)

# Ordinal / version / date contexts right BEFORE a figure that make it not money.
NOT_MONEY_BEFORE: tuple[str, ...] = ("第", "版本", "llama", "gpt-", "v", "编号", "订单号", "排名", "代码",
                                    # (parser_blind5-9, opened: a percentage in words, 上升百分之四點五; a factor,
                                    # 乘以0.55, 月薪×12; a budget's year, 財政預算案2026; a ranking's top, 票房榜前20)
                                    "百分之", "乘以", "除以", "×", "预算案", "榜前", "排名前")
# The word that quotes an exchange rate: a figure right after it and a currency named with no figure before it is a
# rate (匯率假設新台幣兌美元30.6), never an amount; with a figure on each side (1美元兑7.1元人民币) both are amounts.
# (parser_blind10, opened; parser_blind2 r172 and parser_blind5 w022 for the two-figure form)
RATE_QUOTE_WORDS: tuple[str, ...] = ("兑",)

TRADITIONAL_EXAMPLES: dict[str, str] = {
    "億": "亿", "萬": "万", "兩": "两", "貳": "贰", "參": "参", "陸": "陆",
    "圓": "圆", "塊": "块", "美圓": "美圆", "港幣": "港币", "新臺幣": "新台币", "臺幣": "台币",
    "日圓": "日圆", "歐元": "欧元", "英鎊": "英镑", "韓元": "韩元", "數": "数", "幾": "几",
    "餘": "余", "約": "约", "將近": "将近", "超過": "超过", "萬億": "万亿", "簽約獎金": "签约奖金",
    "薪資": "薪资", "報價": "报价", "個": "个",
}
