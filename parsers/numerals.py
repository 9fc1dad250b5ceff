"""Numerals -> exact Decimal, with the unit of the last stated digit.

Input is normalised text (simplified, ASCII digits).  A numeral is a run of
sections, each a number part followed by a large unit (万, 亿, 万亿, 兆):
``1亿5000万`` -> (1, 亿) (5000, 万).  Number parts are Arabic (``1,200``,
``1.5``), Arabic with small units (``2千``), or Chinese (``一千二百``, read
by cn2an, which knows 零 and 两 and the capitals).  All arithmetic is
Decimal: ``0.1亿`` is exactly 10000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from core import patterns
from core.errors import EngineError

from .lexicon import DIGITS, LARGE_UNITS, SMALL_UNITS, TENS_CHARS


class NumeralError(EngineError, ValueError):
    """A string the numeral grammar matched but cannot evaluate; ``text`` is that string."""

    def __init__(self, text: str, problem: str) -> None:
        super().__init__(f"numeral {text!r}: {problem}")
        self.text = text
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Numeral:
    value: Decimal
    unit: Decimal  # place value of the last stated digit: 143亿 -> 1e8, 1.5亿 -> 1e7

    @property
    def precision(self) -> Decimal:
        return self.unit / 2


# cn2an spells a few digits differently from news text; canonicalise first.
_CN2AN_CANON = str.maketrans({"参": "叁", "〇": "零", "○": "零", "幺": "一", "貮": "贰"})
_LARGE = sorted(LARGE_UNITS, key=len, reverse=True)
_LARGE_ALT = "|".join(map(patterns.regex_escape, _LARGE))
# A number part runs up to the first large unit word (a tempered token: 两个亿 is 两 + 个亿), so a
# section is found in one pass from where the last one ended (no lazy scan from every position).
# (patterns with \d read it as the regex module does, whose Unicode tables are newer than the stdlib's:
# core.patterns.regex_compile; the others are the same in both engines)
_SECTION = patterns.compile(rf"(?P<num>(?:(?!{_LARGE_ALT}).)*)(?P<large>{_LARGE_ALT})", re.DOTALL)
_ARABIC = patterns.regex_compile(r"\d+(?:[,， ]\d{3})*(?:\.\d+)?")
_ARABIC_SMALL = patterns.regex_compile(r"(?P<n>\d+(?:\.\d+)?)(?P<u>[十拾百佰千仟])")


# The commonest numeral in news, Arabic digits and at most one large unit (7920万, 3.5亿, 120), read without
# splitting it into sections: the same arithmetic as the loop below does for one section.
_PLAIN = patterns.regex_compile(rf"(\d+)(?:\.(\d+))?({_LARGE_ALT})?")
_ONE = Decimal(1)


_HAS_TENS = patterns.compile(f"[{''.join(TENS_CHARS)}]")


def _expand_tens(text: str) -> str:
    """卅二 -> 三十二: a tens character as the digit and 十 it stands for (after 百 or 千 too: 一百廿 -> 一百二十)."""
    return "".join(TENS_CHARS.get(c, c) for c in text)


@lru_cache(maxsize=65536)
def parse_numeral(text: str) -> Numeral:
    """Evaluate a numeral such as ``1.5亿``, ``一千二百万``, ``1亿5000万``, ``3.5万亿``."""
    text = text.replace(" ", "").replace("\n", "")
    if _HAS_TENS.search(text):
        text = _expand_tens(text)
    plain = _PLAIN.fullmatch(text)
    if plain is not None:
        digits, decimals, large = plain.groups()
        mult = Decimal(LARGE_UNITS[large]) if large else _ONE
        value = Decimal(f"{digits}.{decimals}" if decimals else digits)
        return Numeral(Decimal(0) + value * mult, _ONE.scaleb(-len(decimals or "")) * mult)
    sections = _split_sections(text)
    if not sections:
        raise NumeralError(text, "no numeral")
    total = Decimal(0)
    unit = Decimal(1)
    prev_large = None
    top = 0  # largest unit so far: 三万五千亿 = (三万五千) x 亿, but 1亿5000万 = 1亿 + 5000万
    for num, large in sections:
        mult = Decimal(LARGE_UNITS[large]) if large else Decimal(1)
        stripped = num.lstrip("零〇○") if total else num  # 六十四万零一百四十三: 零 only marks a gap
        gap, num = stripped != num, stripped  # (after a gap a lone digit is units: 4000万零1 = 40000001)
        if not num and prev_large and large:
            total, unit = total * mult, unit * mult  # 十万万 = 十亿: a unit on a unit multiplies
            top = max(top, LARGE_UNITS[prev_large] * LARGE_UNITS[large])
            continue
        if not num:
            if not large:
                raise NumeralError(text, "no digits")
            num_value, num_unit = Decimal(1), Decimal(1)  # bare 亿 after a hedge: 过亿
        elif not large and prev_large and not gap and len(num) == 1 and (num in DIGITS or num.isdigit()):
            # Colloquial trailing digit: 一万五 = 1.5万, 一亿五 = 1.5亿, 月薪2万8 = 2.8万.
            mult = Decimal(LARGE_UNITS[prev_large]) / 10
            num_value, num_unit = Decimal(DIGITS[num] if num in DIGITS else int(num)), Decimal(1)
        elif not large and prev_large == "亿" and not gap and len(num) in (3, 4) and num.isdigit():
            # Three or four digits after 亿 with no unit count 万, as speech and headlines drop it: 約11億4500 =
            # 11億4500萬.  (parser_blind7, opened)
            mult = Decimal(LARGE_UNITS["万"])
            num_value, num_unit = _arabic(num)
        else:
            num_value, num_unit = _number_part(num, text)
        if large and LARGE_UNITS[large] > top and total:
            total = (total + num_value) * mult
            top = LARGE_UNITS[large]
        else:
            total += num_value * mult
            top = max(top, LARGE_UNITS.get(large, 0))
        unit = num_unit * mult
        prev_large = large
    return Numeral(total, unit)


def _split_sections(text: str) -> list[tuple[str, str]]:
    sections: list[tuple[str, str]] = []
    pos = 0
    while (m := _SECTION.match(text, pos)) is not None and m.end() > pos:
        sections.append((m["num"], m["large"]))
        pos = m.end()
    if pos < len(text):
        sections.append((text[pos:], ""))
    # "一万亿" reads as 一 + 万亿, not (一, 万)(,亿): _LARGE is longest-first.
    return sections


def _number_part(num: str, whole: str) -> tuple[Decimal, Decimal]:
    """Value and last-digit unit of a number part with no large unit in it."""
    if _ARABIC.fullmatch(num):
        return _arabic(num)
    if any(c.isdigit() for c in num):
        return _arabic_with_small_units(num, whole)
    return _chinese(num, whole)


def _arabic(num: str) -> tuple[Decimal, Decimal]:
    digits = num.replace(",", "").replace("，", "").replace(" ", "")
    value = Decimal(digits)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value, Decimal(1).scaleb(-decimals)


def _arabic_with_small_units(num: str, whole: str) -> tuple[Decimal, Decimal]:
    """``2千``, ``1千2百``, ``3千5`` (colloquial: 3500)."""
    total, unit, pos, last_small = Decimal(0), Decimal(1), 0, None
    for m in _ARABIC_SMALL.finditer(num):
        if m.start() != pos:
            raise NumeralError(whole, f"cannot read {num!r}")
        value, vunit = _arabic(m["n"])
        small = Decimal(SMALL_UNITS[m["u"]])
        total += value * small
        unit, last_small, pos = vunit * small, small, m.end()
    rest = num[pos:]
    if rest:
        if not rest.isdigit() or last_small is None or len(rest) != 1:
            raise NumeralError(whole, f"cannot read {num!r}")
        unit = last_small / 10
        total += Decimal(rest) * unit
    return total, unit


def _chinese(num: str, whole: str) -> tuple[Decimal, Decimal]:
    if "点" in num or "." in num:  # 一七三．九五 (a fullwidth point, normalised to "."): 點
        int_part, _, frac = num.replace(".", "点").partition("点")
        if not frac or any(c not in DIGITS for c in frac):
            raise NumeralError(whole, "cannot read the decimals")
        int_value = _chinese(int_part, whole)[0] if int_part else Decimal(0)
        frac_digits = "".join(str(DIGITS[c]) for c in frac)
        return int_value + Decimal("0." + frac_digits), Decimal(1).scaleb(-len(frac))
    if len(num) > 1 and all(c in DIGITS for c in num):
        # Digit-by-digit (二〇二五, 一二三): positional, not 三五 = 35 by accident.
        return Decimal("".join(str(DIGITS[c]) for c in num)), Decimal(1)
    canonical = num.translate(_CN2AN_CANON)
    value = _plain_chinese(canonical)
    if value is not None:
        return Decimal(value), _chinese_unit(num)
    try:
        import cn2an  # loaded at the first numeral _plain_chinese leaves: 0.2 s that most runs never need

        value = cn2an.cn2an(canonical, "normal")
    except (ValueError, KeyError, IndexError) as err:  # cn2an fails with all three (十拾捌: KeyError)
        raise NumeralError(whole, f"cannot read {num!r}: {err!r}") from None
    return Decimal(int(value)), _chinese_unit(num)


# A number below 10,000 in the standard spelling (一千零五十, 两百, 十五, 三千五百): read here; any
# other spelling goes to cn2an. tests/test_numerals_plain.py checks every string this accepts
# against cn2an, so the two agree wherever this answers.
_PLAIN_CHINESE = patterns.compile(
    "(?:(?P<k>[一二两三四五六七八九])千)?(?P<z1>零)?(?:(?P<h>[一二两三四五六七八九])百)?(?P<z2>零)?"
    "(?:(?P<t>[一二三四五六七八九])?(?P<ten>十))?(?P<u>[一二两三四五六七八九])?")


def _plain_chinese(num: str) -> int | None:
    if num in ("零", "两"):  # (the 两 of 两亿)
        return DIGITS[num]
    m = _PLAIN_CHINESE.fullmatch(num)
    if m is None:
        return None
    k, z1, h, z2, t, ten, u = m.group("k", "z1", "h", "z2", "t", "ten", "u")
    if not (k or h or ten or u) or u == "两":
        return None
    if z1 and not (k and not h and (ten or u)):  # 零 stands for a skipped place: 一千零五
        return None
    if z2 and not (h and not ten and u):  # 一百零五
        return None
    if ten and not t and (k or h or z1):  # a bare 十 only leads the numeral: 十五, not 一百十
        return None
    if u and not ten and not (z1 or z2) and (k or h):  # 一千五 (1500, colloquial): cn2an decides
        return None
    return (DIGITS[k] * 1000 if k else 0) + (DIGITS[h] * 100 if h else 0) + (
        (DIGITS[t] if t else 1) * 10 if ten else 0) + (DIGITS[u] if u else 0)


def _chinese_unit(num: str) -> Decimal:
    """Place value of the last digit: 一千二百 -> 100, 十二 -> 1, 三千五 -> 100."""
    last = num[-1]
    if last in SMALL_UNITS:
        return Decimal(SMALL_UNITS[last])
    before = num[-2] if len(num) > 1 else ""
    if before in SMALL_UNITS:  # 三千五: a bare digit after a unit is one place lower
        return Decimal(SMALL_UNITS[before]) / 10
    return Decimal(1)
