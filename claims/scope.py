"""Per whom a figure is: one person's, each member's, an average or median, a job level's,
or a total (``Claim.scope``).  Claims with different scopes are different quantities.

The nearest cue in the figure's own clause wins (before the figure, or right after it:
人均年薪102万, 年薪中位数6271美元); with no cue, a company figure (valuation, revenue,
an investment, a deal) is a total and pay is one person's.  Cues are data (SCOPE_CUES),
their examples in tests/test_scope.py.
"""

from __future__ import annotations

import regex

from .rules import LINES, PAY_KINDS, REGIONS

Scope = str  # individual | each | average | median | level | total | some

# scope -> cue patterns (on normalised, simplified text)
SCOPE_CUES: tuple[tuple[str, str], ...] = (
    ("median", r"中位数|中位值"),
    ("average", r"平均|人均|均薪|年均|均值"),
    ("each", r"(?<!平均)(?:每人|每位|每名|每个人|每个员工|每一位)|每股|股价|发行价|收盘价|开盘价|^\s*/\s*股"),
    ("level", r"(?<![a-z])[lpt]\d{1,2}(?:级|職級|职级)?(?![a-z0-9])|职级|级别"),
    ("total", r"总计|合计|共计|总额|总共|累计|总规模|整体|总数|总值|总金额|总价|全体"
              r"|共(?=[\d一二三四五六七八九十两百千万亿]|约|达|计|收)"),
)
# For pay, 总价值/总额 is the whole of one package, not a group's total: only these count.
# 员工分红奖金总额: the 总额 of a group's pay is the group's total.
# Pay spent on a counted group (花在這2位選手的補強高達10.25億美金, 两人的薪酬): the group's total,
# no one member's.
_COUNTED = (r"(?<![每第一\d.])(?:[2-9]|[两二三四五六七八九十])\s*(?:位|名)\s*"
            r"(?:选手|球员|员工|高管|董事|人士|雇员|研究员|工程师|球星)"
            r"|(?<![每第一\d.])(?:[2-9]|[两二三四五六七八九十])\s*人(?:的|合计|共)")
COUNTED_GROUP = regex.compile(_COUNTED)
PAY_TOTAL = regex.compile(r"总计|合计|共计|全体|整体|总共|(?:员工|职工|团队)[^，,。；]{0,8}?总(?:额|金额)|" + _COUNTED)
# Some members of a group, unspecified (大部分薪酬包, 其中一份offer, 部分员工): such a figure is
# no quantity of the group's, and reconcile never compares it.
SUBSET = regex.compile(r"大部分|大多数|部分|其中一份|其中一位|其中|一位|有人|某位|一些|不少|多名|几位|少数|个别")
# A part of a company's figure (其中英伟达出资50亿, 拆分为约75亿美元股权与高达125亿美元债务):
# some of the quantity, not the quantity, so never compared with the whole.
PART = regex.compile(r"拆分为|分为|分成|其中(?!一份|一位)|包括|包含")
# A business line's or a region's share of a company figure (海外市場收入…55.9億元, 中國地區錄得收入,
# 「LABUBU系」）收入, SKULLPANDA收入12.21億元): a part of the company's revenue or profit, its
# own quantity (claims.build sets Claim.part; reconcile keys on it).
SEGMENT = regex.compile(
    r"(?P<part>(?:[a-z][a-z0-9]+)?(?:" + "|".join(sorted(REGIONS + LINES, key=len, reverse=True)) + r")+"
    r"|[a-z][a-z0-9]{2,})"
    r"[」』”\"）)]*(?:[^，,。；;]{0,4}?)(?:销售)?(?:收入|营收|销售额|营业额|利润)")
SEGMENT_KINDS = frozenset({"revenue", "profit"})
_GRAMMAR = frozenset("的是了在和与及或也都就把被让给对从向于以为其该每各此")


def part_of(before: str, kind: str, words=None) -> tuple[int, int] | None:
    """Where in ``before`` (the clause up to a figure) the part of the company it is a figure
    of is named (the last such name), or None for the whole. A business line's word (业务,
    市场, 系列) takes the word before it, which names the line (游戏|业务, 数据中心|业务):
    ``words(text)`` gives the words of a text (claims.discover's segmenter)."""
    if kind not in SEGMENT_KINDS:
        return None
    found = None
    for m in SEGMENT.finditer(before):
        found = m
    if found is None:
        return None
    start, end = found.span("part")
    if words is not None and found.group("part").startswith(LINES):
        head = words(before[max(0, start - 8):start])
        last = head[-1] if head else ""
        if regex.fullmatch(r"\p{Han}{2,6}", last) and not _GRAMMAR.intersection(last):
            start -= len(last)
    return start, end


_CUES = tuple((scope, regex.compile(pattern)) for scope, pattern in SCOPE_CUES)
COMPANY_KINDS = frozenset({"investment", "acquisition", "valuation", "revenue", "profit", "deal", "spending", "fine"})
_AFTER = 6  # 年薪中位数 after the figure's cue word, not the next clause's


def scope_of(before: str, after: str, kind: str) -> Scope:
    """``before``: the clause up to the figure; ``after``: the clause after it."""
    best: tuple[int, str] | None = None
    for scope, cue in _CUES:
        if scope == "total" and kind in PAY_KINDS:
            cue = PAY_TOTAL
        for m in cue.finditer(before):
            distance = len(before) - m.end()
            if best is None or distance < best[0]:
                best = (distance, scope)
        m = cue.search(after[:_AFTER])
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), scope)
    if best is not None:
        return best[1]
    if kind in COMPANY_KINDS and PART.search(before):
        return "some"
    return "total" if kind in COMPANY_KINDS else "individual"


def of_some(scope: Scope, sentence_before: str, payee_is_group: bool) -> Scope:
    """One member's figure of a group, said of some members only, is scope 'some'."""
    if scope == "individual" and payee_is_group and SUBSET.search(sentence_before):
        return "some"
    return scope
