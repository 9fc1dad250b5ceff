"""As of when a figure holds, and in which phase of a story (``Claim.as_of``, ``Claim.phase``).

A first layer, from the figure's own clause: a stated year, year and month, fiscal year or
quarter (2024年, 2025年6月, 2025财年, FY2023, 2024年第二季度) as an interval of dates, and the
relative years and months (去年, 今年, 前年, 上月, 本月) against the article's date; else the
article's date itself (source ``article``), else nothing.  Phase words (起初/最终, 交易前/
交易完成后, 投前/投后) come from PHASES.  Claims stated for times that do not overlap, or in
different phases, are different quantities (reconcile.group).  Rules and examples: the
tables below and tests/test_timing.py.
"""

from __future__ import annotations

import calendar
from datetime import date

import regex

from core.schema import TimeSpan

# phase -> cue pattern (normalised text); the nearest cue before the figure in its clause wins.
PHASES: tuple[tuple[str, str], ...] = (
    ("opening", r"起初|最初|一开始|首次报价|初始报价|最早报价|开价之初"),
    ("final", r"最终|最后以|敲定|成交价|最终以|最终报价"),
    ("before", r"交易前|收购前|融资前|投前|此前的估值|上市前|ipo前"),
    ("after", r"交易完成后|交易后|收购后|融资后|投后|此后|上市后|ipo后|完成后"),
)
_PHASES = tuple((phase, regex.compile(pattern)) for phase, pattern in PHASES)

# A value moving within one clause: 从/由 X (推高/增/跌…) 至/到 Y. X is the value before, Y the
# value after: two as-of values of one quantity, ordered, never a range and never rivals.
MOVE_VERBS = ("推高|推升|拉高|提升|提高|上调|下调|调升|调降|增加|增长|减少|下降|下滑|上涨|下跌|飙升|攀升|跃升|暴涨"
              "|大涨|缩水|降低|增|升|涨|跌|降|减|翻倍")
_FROM = regex.compile(r"(?:从|由)[^，,。；;！？]{0,12}$")  # 从去年的 | 由
_TO_AFTER = regex.compile(rf"^\s*(?:的水平|左右)?\s*(?:{MOVE_VERBS})?\s*(?:至|到)")
_TO_BEFORE = regex.compile(rf"(?:从|由)[^，,。；;！？]{{0,40}}(?:{MOVE_VERBS})?(?:至|到)(?:约|近|超过|超|逾)?\s*$")


def transition(before: str, after: str) -> str:
    """"before" for X and "after" for Y in 从X推高至Y (the clause's text around the figure),
    else "". 估值从去年的138亿美元推高至280亿美元: 138亿 before, 280亿 after."""
    if _FROM.search(before) and _TO_AFTER.match(after):
        return "before"
    if _TO_BEFORE.search(before):
        return "after"
    return ""

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_STATED = regex.compile(
    rf"(?:fy|财年)\s*(?P<fy>(?:19|20)?\d{{2}})"  # FY2023, 财年2024
    rf"|{_YEAR}\s*(?:财年|财政年度)"  # 2025财年
    rf"|{_YEAR}\s*年\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月|(?:第)?(?P<q>[一二三四1-4])\s*季度|q(?P<q2>[1-4])|(?P<h>上|下)半年)?"
    rf"|{_YEAR}\s*(?:q(?P<q3>[1-4]))")
_RELATIVE = regex.compile(r"(?P<rel>去年|今年|前年|明年|上个月|上月|本月|这个月)")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4}
_YEAR_BACK = {"去年": -1, "今年": 0, "前年": -2, "明年": 1}
_MONTH_BACK = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0}


def as_of(before: str, published: date | None) -> TimeSpan:
    """The time the clause up to the figure states (the last statement wins), else the article's."""
    stated = list(_STATED.finditer(before))
    relative = list(_RELATIVE.finditer(before))
    last_stated = stated[-1] if stated else None
    last_relative = relative[-1] if relative else None
    if last_stated and (not last_relative or last_stated.end() >= last_relative.end()):
        return _from_stated(last_stated)
    if last_relative and published is not None:
        return _from_relative(last_relative["rel"], published)
    if published is not None:
        return TimeSpan(start=published, end=published, source="article")
    return TimeSpan()


def phase_of(before: str) -> str:
    """The story phase the nearest cue before the figure names, or ""."""
    best: tuple[int, str] | None = None
    for phase, cue in _PHASES:
        for m in cue.finditer(before):
            distance = len(before) - m.end()
            if best is None or distance < best[0]:
                best = (distance, phase)
    return best[1] if best else ""


def _from_stated(m: regex.Match) -> TimeSpan:
    if m["fy"]:
        year = int(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0)
        return _year(year, "stated")
    year = int(m["y"])
    if m["m"]:
        month = int(m["m"])
        return TimeSpan(start=date(year, month, 1), end=date(year, month, calendar.monthrange(year, month)[1]),
                        source="stated")
    quarter = m["q"] or m["q2"] or m["q3"]
    if quarter:
        q = _QUARTER.get(quarter) or int(quarter)
        return TimeSpan(start=date(year, 3 * q - 2, 1),
                        end=date(year, 3 * q, calendar.monthrange(year, 3 * q)[1]), source="stated")
    if m["h"]:
        first = m["h"] == "上"
        return TimeSpan(start=date(year, 1 if first else 7, 1), end=date(year, 6 if first else 12, 30 if first else 31),
                        source="stated")
    return _year(year, "stated")


def _from_relative(word: str, published: date) -> TimeSpan:
    if word in _YEAR_BACK:
        return _year(published.year + _YEAR_BACK[word], "relative")
    month = published.month + _MONTH_BACK[word]
    year = published.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return TimeSpan(start=date(year, month, 1), end=date(year, month, calendar.monthrange(year, month)[1]),
                    source="relative")


def _year(year: int, source: str) -> TimeSpan:
    return TimeSpan(start=date(year, 1, 1), end=date(year, 12, 31), source=source)
