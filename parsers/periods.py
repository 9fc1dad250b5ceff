"""Periods a money figure covers: 年薪, 首年, 四年内, 多年期, 每月 -> Period words.

Pure: ``find_period(clause)`` reads the words of the clause around a figure
and returns ``(kind, years, words)``; the claims layer decides which clause.
Rules are data (``PERIOD_RULES``), tried in order; the first that matches wins.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from .lexicon import DIGITS
from .numerals import NumeralError, parse_numeral

_NUM = rf"(?<![\d{''.join(DIGITS)}十])(?:\d{{1,2}}|[{''.join(DIGITS)}十]{{1,3}})"

# (kind, pattern, fixed years); a named group "n" gives the number of years.
PERIOD_RULES: tuple[tuple[str, str, Decimal | None], ...] = (
    ("first_year", r"首年|第一年|头一年|第1年", Decimal(1)),
    # (两年半时间内, 为期3年半的合同: a half year more)
    ("n_years", rf"(?:为期|长达|未来|今后)(?P<n>{_NUM})年(?P<half>半)(?!前|后)"
                rf"|(?P<n>{_NUM})年(?P<half>半)(?:的)?(?:内|期|里|间|中|时间|合同|合约)"
                rf"|(?P<n>{_NUM})年(?:内|期|里|间|中|时间|合同|合约)|分(?P<n>{_NUM})年|(?P<n>{_NUM})年(?=[的里]?(?:总|薪|报|合|给|支付|发放))"
                rf"|(?:为期|长达|未来|今后)(?P<n>{_NUM})年"  # 为期4年的2亿美元, 未来十年
                rf"|(?P<n>{_NUM})年(?=\s*(?:[\d一二三四五六七八九十两]|约|超|近|高达|共))"  # 五年2.5亿美元
                rf"|(?P<n>{_NUM})年(?=[他她其]?(?:共|累计|总计|一共)?(?:赚|挣|拿|收入|进账))", None),  # 7年他赚了1.6亿
    ("multi_year", r"多年期|多年内|多年|数年|几年内", None),
    ("per_month", r"月薪|每月|每个月|一个月|月收入|每月薪|/月|/mo", None),
    ("per_week", r"周薪|每周|每星期|每个星期|/周|/week|a week", None),
    # a sports season's pay is a year's (梅西新赛季的薪水在5000万到6000万美元左右)
    ("per_year", r"年薪|年包|每年|一年(?!半)|年收入|年均|/年|/yr|per year|a year|(?:每个?|一个|新|本|单|整个)赛季",
     Decimal(1)),
    ("one_time", r"签约奖金|签约金|签字费|一次性|入职奖金|签约费", None),
    ("per_day", r"日薪|每天|每日|/天|/day|a day", None),  # last: 每天 is said of much else
)
_COMPILED = tuple((kind, regex.compile(pat), years) for kind, pat, years in PERIOD_RULES)


def find_period(clause: str) -> tuple[str, Decimal | None, str | None]:
    """(kind, years, matched words) for normalised text; ("unknown", None, None) if silent.

    >>> find_period("大部分薪酬包,四年内给")
    ('n_years', Decimal('4'), '四年内')
    """
    for kind, pattern, years in _COMPILED:
        m = pattern.search(clause)
        if m is None:
            continue
        if kind == "n_years":
            try:
                years = parse_numeral(m["n"]).value + (Decimal("0.5") if m["half"] else 0)
            except NumeralError:
                continue
            if not 1 < years <= 50:
                continue
        return kind, years, m.group(0)
    return "unknown", None, None
