"""Decimal amount (+ currency) -> Chinese money text, in the styles news text uses.

The inverse of ``parse_money``, used to draw test expressions and to print
values the way a Chinese reader writes them.  Words come from the lexicon
(large units, currency aliases) and Chinese numerals from ``cn2an.an2cn``;
nothing here re-spells a digit or unit list.

Numeral styles (``STYLES``; each a function ``(amount, unit=None) -> str``):

    arabic      143亿, 1.5亿, 0.1亿 (unit=亿), 12000000 (unit=1)
    commas      1,200万, 12,000,000 (unit=1)
    fullwidth   １．５亿
    sections    1亿5000万
    chinese     一千二百万, 一亿五千万, 一千零五十万
    scaled      一点五亿 (Chinese mantissa + large unit)
    colloquial  一万五 (= 1.5万), 十二万五
    liang       两亿, 两千万 (两 for a leading 2 before a unit; everywhere=True: 一万两千)
    financial   壹仟玖佰, 壹亿伍仟万
    traditional 一億五千萬 (format_money also converts the currency word)

``unit`` is the large unit (a LARGE_UNITS value, or 1 for none) that the
scaled styles write; by default the largest one not above the amount.  The
fully spelled styles (chinese, liang, financial, traditional) ignore it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import cn2an
import opencc

from core.errors import EngineError

from .lexicon import CURRENCIES, DIGITS, LARGE_UNITS, SMALL_UNITS

LIANG = "两"  # the colloquial 2 before a unit (两亿); a row of lexicon.DIGITS
if DIGITS.get(LIANG) != 2:
    raise ValueError(f"lexicon.DIGITS must read {LIANG!r} as 2")

_S2T = opencc.OpenCC("s2t")
_TWO = cn2an.an2cn(2)  # how cn2an writes a plain 2 (二)
_CN2AN_DIGITS = 16  # an2cn spells integers of at most this many digits
_FULLWIDTH_OFFSET = 0xFEE0  # '0' + offset = '０' (the fold parsers.text undoes)

# The word written for each power: the first LARGE_UNITS row with that value (万亿 before 兆).
UNIT_WORDS: dict[int, str] = {}
for _word, _power in LARGE_UNITS.items():
    UNIT_WORDS.setdefault(_power, _word)
_POWERS_DESC = sorted(UNIT_WORDS, reverse=True)
_TEN = min(SMALL_UNITS.values())  # 十: a 2 before it stays 二 (二十, never 两十)


class FormatError(EngineError, ValueError):
    """An amount (or unit, currency, style) the writer cannot spell; ``value`` is that input."""

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value


def pick_unit(amount: Decimal) -> int:
    """The largest large unit not above ``amount`` (1 when it is below 万)."""
    return next((p for p in _POWERS_DESC if amount >= p), 1)


def _unit(amount: Decimal, unit: int | None) -> int:
    unit = pick_unit(amount) if unit is None else unit
    if unit != 1 and unit not in UNIT_WORDS:
        raise FormatError(f"{unit} is not a lexicon large unit", value=unit)
    return unit


def _unit_word(unit: int) -> str:
    return "" if unit == 1 else UNIT_WORDS[unit]


def mantissa(amount: Decimal, unit: int) -> Decimal:
    """``amount / unit`` exactly, without trailing zeros (Decimal division by 10^k is exact)."""
    q = Decimal(amount) / unit
    return q.normalize() if q != q.to_integral_value() else Decimal(int(q))


def _plain(q: Decimal, grouping: str = "") -> str:
    return format(q, grouping + "f")


def _check(amount: Decimal, style: str) -> Decimal:
    amount = Decimal(amount)
    if not amount.is_finite() or amount < 0:
        raise FormatError(f"{style}: cannot write {amount!r} (amounts are finite and non-negative)", value=amount)
    return amount


# --- Arabic styles -----------------------------------------------------------------------------

def arabic(amount: Decimal, unit: int | None = None) -> str:
    """143亿, 1.5亿; ``unit=10**8`` gives 0.1亿 for 10000000; ``unit=1`` the plain figure."""
    amount = _check(amount, "arabic")
    unit = _unit(amount, unit)
    return _plain(mantissa(amount, unit)) + _unit_word(unit)


def commas(amount: Decimal, unit: int | None = None) -> str:
    """1,200万; 12,000,000 with ``unit=1``."""
    amount = _check(amount, "commas")
    unit = _unit(amount, unit)
    return _plain(mantissa(amount, unit), ",") + _unit_word(unit)


def to_fullwidth(text: str) -> str:
    """ASCII digits, '.' and ',' to their fullwidth forms (０-９, ．, ，)."""
    return "".join(chr(ord(c) + _FULLWIDTH_OFFSET) if c.isascii() and (c.isdigit() or c in ".,") else c
                   for c in text)


def fullwidth(amount: Decimal, unit: int | None = None) -> str:
    """１．５亿 (the ``arabic`` form in fullwidth digits)."""
    return to_fullwidth(arabic(amount, unit))


def sections(amount: Decimal, unit: int | None = None) -> str:
    """1亿5000万, 1万亿2000亿: one Arabic section per large unit (``unit`` is ignored).

    A remainder below the smallest unit is written as is (1万500), except a
    single digit: 1万5 reads as the colloquial 1.5万, so it raises FormatError.
    """
    amount = _check(amount, "sections")
    if amount != amount.to_integral_value():
        raise FormatError(f"sections: {amount} is not whole", value=amount)
    rest, parts = int(amount), []
    for power in _POWERS_DESC:
        count, rest = divmod(rest, power)
        if count:
            parts.append(f"{count}{UNIT_WORDS[power]}")
    if parts and 0 < rest < 10:
        raise FormatError(f"sections: {amount} would end in a lone digit after a unit", value=amount)
    if rest or not parts:
        parts.append(str(rest))
    return "".join(parts)


# --- Chinese styles ----------------------------------------------------------------------------

def _an2cn(value: Decimal, mode: str = "low") -> str:
    whole = int(value)
    if len(str(whole)) > _CN2AN_DIGITS:
        raise FormatError(f"cn2an spells at most {_CN2AN_DIGITS} integer digits, not {value}", value=value)
    if value == whole:
        return cn2an.an2cn(whole, mode)
    return cn2an.an2cn(_plain(value.normalize()), mode)


def chinese(amount: Decimal, unit: int | None = None) -> str:
    """一千二百万, 一亿五千万, 一千零五十万 (cn2an spelling of the whole amount)."""
    return _an2cn(_check(amount, "chinese"))


def scaled(amount: Decimal, unit: int | None = None) -> str:
    """一点五亿, 十二万: Chinese mantissa followed by the large unit.

    A mantissa that needs a large unit itself (一万万, the archaic 亿) raises FormatError.
    """
    amount = _check(amount, "scaled")
    unit = _unit(amount, unit)
    spelled = _an2cn(mantissa(amount, unit))
    if unit != 1 and any(word in spelled for word in LARGE_UNITS):
        raise FormatError(f"scaled: {amount} over {unit} would stack units ({spelled}{_unit_word(unit)})", value=amount)
    return spelled + _unit_word(unit)


def colloquial(amount: Decimal, unit: int | None = None) -> str:
    """一万五 = 15000, 十二万五 = 125000: a trailing digit one place below the unit.

    Only amounts whose mantissa has exactly one non-zero decimal qualify; others
    raise FormatError.
    """
    amount = _check(amount, "colloquial")
    unit = _unit(amount, unit)
    q = mantissa(amount, unit)
    whole, tenths = int(q), (q - int(q)) * 10
    if unit == 1 or whole == 0 or tenths != tenths.to_integral_value() or tenths == 0:
        raise FormatError(f"colloquial: {amount} is not N{_unit_word(unit) or '<unit>'}D", value=amount)
    return _an2cn(Decimal(whole)) + UNIT_WORDS[unit] + _an2cn(tenths)


def liang(amount: Decimal, unit: int | None = None, *, everywhere: bool = False) -> str:
    """两亿, 两千万, 两百万: the ``chinese`` form with 两 for a leading 2 before a unit.

    A 2 before or right after 十 stays 二 (二十万, 十二万); amounts without a leading 2 are written as
    ``chinese`` writes them.  ``everywhere``: every 2 before a unit (一万两千, 两千两百万).
    """
    text = chinese(amount)
    starts = range(len(text)) if everywhere else range(1)
    marks = [i for i in starts if text.startswith(_TWO, i) and _unit_follows(text, i + len(_TWO))
             and SMALL_UNITS.get(text[i - 1:i]) != _TEN]  # 二十二万 keeps its 二
    for i in reversed(marks):
        text = text[:i] + LIANG + text[i + len(_TWO):]
    return text


def _unit_follows(text: str, pos: int) -> bool:
    if text[pos:pos + 1] in SMALL_UNITS:
        return SMALL_UNITS[text[pos]] != _TEN
    return any(text.startswith(word, pos) for word in LARGE_UNITS)


def financial(amount: Decimal, unit: int | None = None) -> str:
    """壹仟玖佰, 壹亿伍仟万 (cn2an "up" mode, the capitals of cheques and contracts)."""
    return _an2cn(_check(amount, "financial"), "up")


def to_traditional(text: str) -> str:
    """OpenCC s2t."""
    return _S2T.convert(text)


def traditional(amount: Decimal, unit: int | None = None) -> str:
    """一億五千萬: the ``chinese`` form in traditional characters."""
    return to_traditional(chinese(amount))


Style = Callable[..., str]
STYLES: dict[str, Style] = {
    "arabic": arabic, "commas": commas, "fullwidth": fullwidth, "sections": sections,
    "chinese": chinese, "scaled": scaled, "colloquial": colloquial, "liang": liang,
    "financial": financial, "traditional": traditional,
}


# --- Currency words ----------------------------------------------------------------------------

_BY_CODE = {c.code: c for c in CURRENCIES}


def currency_word(currency: str, position: str = "suffix") -> str:
    """The word written for ``currency`` (an ISO code or a lexicon alias) at ``position``.

    For a code: the first non-ASCII suffix alias in the table (USD -> 美元,
    CNY -> 元人民币, YUAN -> 块钱), or the first prefix alias, ASCII upper-cased
    (USD -> US$, EUR -> €).  An alias the table lists at that position is
    written as given (元, 美金, $).
    """
    if position not in ("suffix", "prefix"):
        raise FormatError(f"position must be 'suffix' or 'prefix', not {position!r}", value=position)
    cur = _BY_CODE.get(currency)
    if cur is None:
        if any(currency.lower() in getattr(c, position) for c in CURRENCIES):
            return currency
        raise FormatError(f"unknown currency {currency!r} (neither a lexicon code nor a {position} alias)",
                          value=currency)
    words = getattr(cur, position)
    if position == "suffix":
        word = next((w for w in words if not w.isascii()), words[0] if words else None)
    else:
        word = words[0].upper() if words else None
    if word is None:
        raise FormatError(f"the lexicon has no {position} word for {currency}", value=currency)
    return word


def _joined(prefix: str, numeral: str, suffix: str) -> str:
    # An ASCII letter next to a digit needs a space (USD 100, 100万 USD).
    if prefix and prefix[-1].isascii() and prefix[-1].isalpha():
        prefix += " "
    if suffix and suffix[0].isascii() and suffix[0].isalpha():
        suffix = " " + suffix
    return prefix + numeral + suffix


def format_money(amount: Decimal | int | str, currency: str | None = None, style: str = "arabic", *,
                 unit: int | None = None, position: str = "suffix") -> str:
    """Chinese text for ``amount`` in ``currency`` (ISO code or lexicon alias; None: no word).

    >>> format_money(Decimal("14300000000"), "CNY", "arabic")
    '143亿元人民币'
    >>> format_money(Decimal("150000000"), "USD", "traditional")
    '一億五千萬美元'
    >>> format_money(Decimal("1900"), "元", "financial")
    '壹仟玖佰元'
    >>> format_money(Decimal("200000000"), "HKD", "liang", position="prefix")
    'HK$两亿'
    """
    fn = STYLES.get(style)
    if fn is None:
        raise FormatError(f"unknown style {style!r}; one of {', '.join(STYLES)}", value=style)
    numeral = fn(Decimal(amount), unit)
    if currency is None:
        return numeral
    word = currency_word(currency, position)
    if style == "traditional":
        word = to_traditional(word)
    return _joined(word, numeral, "") if position == "prefix" else _joined("", numeral, word)
