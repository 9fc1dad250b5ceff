"""As of when a figure holds, and in which phase of a story (``Claim.as_of``, ``Claim.phase``).

A first layer, from the figure's own clause: a stated year, year and month, fiscal year or
quarter (2024年, 2025年6月, 2025财年, FY2023, 2024年第二季度, 2024年第三季) as an interval of dates, and the
relative years and months (去年, 今年, 前年, 上月, 本月, 5个月前, 两年前, 半年前) against the
article's date; else the article's date itself (source ``article``), else nothing.  Phase
words (起初/加码/最终, 交易前/交易完成后, 投前/投后) come from PHASES; a value moving within a
clause (从X推高至Y) from transition(); the funding round a clause names (G轮, Series B)
from ROUNDS.  Claims stated for times that do not overlap, or in different phases or
rounds, are different quantities (reconcile.group).  Rules and examples: the tables below
and tests/test_timing.py.
"""

from __future__ import annotations

import calendar
from datetime import date

import regex

from core.schema import TimeSpan

# phase -> cue pattern (normalised text); the nearest cue before the figure in its clause wins.
PHASES: tuple[tuple[str, str], ...] = (
    ("opening", r"起初|最初|一开始|首次报价|初始报价|最早报价|开价之初|首次出价|首度出价|初次出价|原报价|原先的报价"),
    # a bid raised, not yet the final price (出價加碼逾17%…將超過1,210億美元; 拜仁将报价提高至1亿欧元)
    ("raised", r"(?:报价|出价|要约)加码|加码(?:报价|出价)"
               r"|(?:报价|出价|要约|收购价|交易总价值)[^，,。；]{0,6}(?:提高|上调|调高|提升)(?:了)?(?:至|到)"
               r"|(?:提高|上调|调高)(?:了)?(?:报价|出价|收购价)"
               # (博通公司調高至1,210億美元的收購出價: the price raised to, the bid word after it)
               r"|调高(?:了)?(?:至|到)"),
    ("final", r"最终|最后以|(?<!正在|正)敲定|成交价|最终以|最终报价"),
    # a figure still under negotiation (正在洽谈…数十亿美元的投资, 潜在投资金额) is not the deal's price,
    # nor one of a round about to close (即将完成超200亿美元融资, 正在敲定一轮超过200亿美元的融资)
    ("talks", r"洽谈|商谈|谈判中|正在谈判|磋商|潜在投资|潜在交易|拟议|即将完成|正在敲定|正敲定|有望完成"),
    # the moments of a listing's market value and price: at the offer price, at the open, during
    # the session, at the close (以发行价计算总市值763.43亿 vs 开盘…市值987.9亿: both true)
    # 發行後，總市值預計達763.55億港元: after the issue and before trading, at the offer price
    ("offer_price", r"以发行价计算|按发行价计算|以招股价计算|按招股价计算|以发售价计算|按发售价计算|发行后"
                    # the IPO's price range (Arm的估值在478亿美元至518亿美元之间; 指示性区间的最高估值)
                    r"|招股价范围|发售价范围|发行价范围|指示性区间|定价区间|价格区间|招股价区间|发售价区间"),
    ("market_open", r"开盘|高开|低开|开市"),
    ("intraday", r"盘中|一度|最高触及|最高升至|最高见|截至\d{1,2}时"),
    ("market_close", r"收盘|收市|收报|报收|收于|收涨|收跌"),
    # analysts' or the market's estimate (分析師此前預期的收入為659億美元, 高於StreetAccount預期的606.9億美元):
    # the figure expected, not the one reported
    ("estimate", r"(?:分析师|市场|华尔街|业界|彭博|路透|lseg|streetaccount|factset)[^，,。；]{0,6}?"
                 r"(?:预期|预估|预测|估计|共识)"
                 r"|(?:高于|低于|超出|不及|超过|好于|优于|逊于)[^，,。；]{0,12}?(?:预期|预估)的?|共识预期|市场预估"),
    # a bid turned down (华纳兄弟探索拒绝了派拉蒙提出的每股30美元的收购建议): a rejected bid, not the price
    ("rejected", r"拒绝了|回绝了|否决了|驳回了|拒绝接受"),
    ("before", r"交易前|收购前|融资前|投前|此前的估值|上市前|ipo前"),
    ("after", r"交易完成后|交易后|收购后|融资后|投后|此后|上市后|ipo后|完成后"),
)
_PHASES = tuple((phase, regex.compile(pattern)) for phase, pattern in PHASES)

# A value moving within one clause: 从/由 X (推高/增/跌…) 至/到 Y. X is the value before, Y the
# value after: two as-of values of one quantity, ordered, never a range and never rivals.
MOVE_VERBS = ("推高|推升|拉高|提升|提高|上调|下调|调升|调降|增加|增长|减少|下降|下滑|上涨|下跌|飙升|攀升|跃升|暴涨"
              "|大涨|缩水|降低|增|升|涨|跌|降|减|翻倍")
_FROM = regex.compile(r"(?:从|由)[^，,。；;！？]{0,12}$")  # 从去年的 | 由
# (由现时的13.2萬鎊(約128萬港元),大幅提升至約50萬鎊: its restatement, a comma and an adverb between)
_RESTATEMENT = r"(?:[（(][^）)]{0,30}[）)])?"
_MOVE_ADVERB = "(?:大幅|进一步|再度|再)?"
_TO_AFTER = regex.compile(rf"^\s*{_RESTATEMENT}\s*[，,]?\s*(?:的水平|左右)?\s*{_MOVE_ADVERB}"
                          rf"\s*(?:{MOVE_VERBS})?\s*(?:至|到)")
_TO_BEFORE = regex.compile(rf"(?:从|由)[^，,。；;！？]{{0,40}}{_RESTATEMENT}\s*(?:[，,]\s*{_MOVE_ADVERB})?"
                           rf"(?:{MOVE_VERBS})?(?:至|到)(?:约|近|超过|超|逾)?\s*$")


# A funding round the figure's clause names (normalised text): 300亿美元的G轮融资, 完成B+轮,
# Series G, 天使轮. Two figures of one company in different rounds are different quantities.
ROUNDS = regex.compile(
    r"(?<![a-z])(?P<letter>[a-h])(?P<plus>\+{1,2}|plus)?\s*(?:轮|輪)"
    r"|series\s*(?P<series>[a-h])(?![a-z])"
    r"|(?P<word>种子|天使|战略|pre-?ipo)\s*(?:轮|輪)")
_ROUND_WORDS = {"种子": "seed", "天使": "angel", "战略": "strategic", "pre-ipo": "pre-ipo", "preipo": "pre-ipo"}
_ROUND_AFTER = 14  # 300亿美元的G轮融资: the round written right after the figure


def funding_round(before: str, after: str) -> str:
    """The round nearest the figure in its clause (before it, or just after), or ""."""
    found = [(len(before) - m.end(), m) for m in ROUNDS.finditer(before)]
    found += [(m.start(), m) for m in ROUNDS.finditer(after[:_ROUND_AFTER])]
    if not found:
        return ""
    m = min(found, key=lambda x: x[0])[1]
    if m["word"]:
        return _ROUND_WORDS[m["word"]]
    plus = m["plus"] or ""
    return (m["letter"] or m["series"]) + ("+" if plus == "plus" else plus)


def transition(before: str, after: str, sentence_before: str = "") -> str:
    """"before" for X and "after" for Y in 从X推高至Y (the clause's text before the figure, and
    the sentence's around it), else "". 估值从去年的138亿美元推高至280亿美元: 138亿 before, 280亿
    after; 周薪将由现时的13.2萬鎊(約128萬港元),大幅提升至約50萬鎊 likewise, across the comma."""
    if _FROM.search(before) and _TO_AFTER.match(after):
        return "before"
    if _TO_BEFORE.search(sentence_before or before):
        return "after"
    return ""

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_STATED = regex.compile(
    rf"(?:fy|财年)\s*(?P<fy>(?:19|20)?\d{{2}})"  # FY2023, 财年2024
    # 2025财年, 2026财年第一季度
    rf"|{_YEAR}\s*(?:财年|财政年度)(?:\s*(?:第)?(?P<fq>[一二三四1-4])\s*(?:财季|季度)|\s*q(?P<fq2>[1-4]))?"
    rf"|{_YEAR}\s*年\s*(?:(?P<m>1[0-2]|0?[1-9])\s*月|(?:第)?(?P<q>[一二三四1-4])\s*季度|第(?P<q>[一二三四1-4])\s*季(?!节)|q(?P<q2>[1-4])"
    rf"|(?P<h>上|下)半年)?"
    rf"|{_YEAR}\s*(?:q(?P<q3>[1-4]))")
# A contract's end (與艾納斯的合約簽到2025年6月, 续约至2027年): a date it runs until, not when the figure holds.
_UNTIL = regex.compile(r"(?:签到|签至|签约到|签约至|合约到|合约至|合同到|合同至|效力到|效力至|直到|一直到|延长至|延长到"
                       r"|续约至|续约到|续签至|续签到)\s*$")


def _stated(text: str) -> list[regex.Match]:
    """The stated times of ``text`` that are no contract's end."""
    return [m for m in _STATED.finditer(text) if not _UNTIL.search(text, max(0, m.start() - 4), m.start())]


_RELATIVE = regex.compile(r"(?P<rel>(?P<ym>去年|今年|前年)\s*(?P<mo>1[0-2]|0?[1-9])\s*月"
                          r"|去年|今年|前年|明年|上个月|上月|本月|这个月"
                          r"|(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个\s*月前|(?P<y>\d|[一二两三四五])\s*年前|半年前)")
# a clause that is only a time (仅仅5个月前, 2025年6月, 去年): it sets the time of its sentence
_TIME_PHRASE = regex.compile(
    # (而在2017年6月: a conjunction, then 在)
    r"(?:(?:仅仅|仅|就在|早在|而|但|在|对比|相比|相较于?|比起)\s*){0,2}(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
    r"|(?:去年|今年|前年)(?:\s*\d{1,2}\s*月)?|上个月|上月|本月"
    r"|(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个\s*月前|\d\s*年前|半年前)"
    r"(?:稍早|早些时候|底|初|中|末|年底|年初)?(?:时|的时候)?")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4}
_YEAR_BACK = {"去年": -1, "今年": 0, "前年": -2, "明年": 1}
_MONTH_BACK = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0}

_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _count(word: str) -> int:
    """5, 五, 十一 -> 5, 5, 11 (the small counts of 5个月前, 两年前)."""
    if word.isdigit():
        return int(word)
    if len(word) == 2:  # 十一, 十二
        return 10 + _SMALL[word[1]] if word[0] == "十" else _SMALL[word[0]] * 10
    return _SMALL[word]


# A report of a year named before the figure's clause (理想汽车 2024 年年报显示, 台积电2023年财报显示):
# the sentence's figures are that year's.
_REPORT_OF_YEAR = regex.compile(r"(?:19|20)\d{2}\s*年\s*(?=(?:度)?\s*(?:年报|财报|年度报告|财务报告|业绩报告))")


def _opening_time(opening: str) -> str:
    """The sentence's first clause, or the clause right before the figure's, when it is only a
    time phrase (仅仅5个月前, 去年12月; 要知道,2023年,李想的年薪…; 对比 2023 年,…), else ""."""
    # a timeline's entry (2020年5月：根據《路透社》報導，台積電宣布投資…) opens with its time and a colon
    clauses = [c.strip() for c in opening.replace("，", ",").replace("：", ",").replace(":", ",").split(",")
               if c.strip()]
    for clause in (clauses[0], clauses[-1]) if clauses else ():
        if _TIME_PHRASE.fullmatch(clause):
            return clause
    report = _REPORT_OF_YEAR.search(opening)
    return report.group() if report else ""


def as_of(before: str, published: date | None, opening: str = "") -> TimeSpan:
    """The time the clause up to the figure states (the last statement wins), else the time
    that opens its sentence (``opening``: the sentence's clauses before the figure's, read
    only when its first clause is a time phrase: 仅仅5个月前，Anthropic…完成了130亿美元融资),
    else the article's."""
    stated = _stated(before)
    relative = list(_RELATIVE.finditer(before))
    if not stated and not relative:
        first = _opening_time(opening)
        stated, relative = _stated(first), list(_RELATIVE.finditer(first))
    last_stated = stated[-1] if stated else None
    last_relative = relative[-1] if relative else None
    if last_stated and (not last_relative or last_stated.end() >= last_relative.end()):
        return _from_stated(last_stated)
    if last_relative and published is not None:
        if last_relative["n"] or last_relative["y"] or last_relative["rel"] == "半年前":
            back = 6 if last_relative["rel"] == "半年前" else (
                _count(last_relative["n"]) if last_relative["n"] else 12 * _count(last_relative["y"]))
            return _month(published, -back)
        if last_relative["ym"]:  # 去年12月
            year, month = published.year + _YEAR_BACK[last_relative["ym"]], int(last_relative["mo"])
            return _month(date(year, month, 1), 0)
        return _from_relative(last_relative["rel"], published)
    if published is not None:
        return TimeSpan(start=published, end=published, source="article")
    return TimeSpan()


# A quarter or a half named without its year (第四季度营收, 当季营收, 上半年收入, Q4): after a
# stated year in its clause it narrows that year (2024年…第四季度 -> 2024 Q4); alone, its year is
# unsaid (Q4, H1, "quarter" for 当季), still another period than a year's.
_BARE_PART = regex.compile(r"(?:第)?(?P<q>[一二三四1-4])\s*(?:财季|季度)|第(?P<q>[一二三四1-4])\s*季(?!节)"
                           r"|(?<![a-z0-9])q(?P<q2>[1-4])(?![0-9])"
                           r"|(?P<h>上|下)半(?:年|财年)|(?P<cur>当季|本季度?|该季度?|单季)|(?P<first3>前三季度?)")


def _bare_part(m: regex.Match) -> str:
    if m["cur"]:
        return "quarter"
    if m["first3"]:
        return "9M"
    if m["h"]:
        return f"H{1 if m['h'] == '上' else 2}"
    quarter = m["q"] or m["q2"]
    return f"Q{_QUARTER.get(quarter) or int(quarter)}"


def reporting_period(before: str, opening: str = "", published: date | None = None) -> str:
    """The period a figure reports on, as its clause (or its sentence's opening time phrase)
    states it: FY2026 Q1 (2026财年第一季度), FY2023, 2024 Q2, 2025 H1, 2024 (2024年营收, or
    去年营收 in a 2025 article), a part of a year whose year is unsaid (Q4: 第四季度营收); "" for
    a date (2025年6月) or no statement. Separate from the pay period (Claim.period)."""
    stated = _stated(before) or _stated(_opening_time(opening))
    base = _stated_period(stated[-1]) if stated else ""
    since = stated[-1].end() if stated else 0  # a bare part names the stated year's part after it
    if not stated and published is not None:
        # 去年Q4合併營收 in a January 2025 report: 2024 Q4 (a year word, not 去年12月 or 上月)
        years = [r for r in _RELATIVE.finditer(before) if r["rel"] in _YEAR_BACK]
        if years:
            base, since = str(published.year + _YEAR_BACK[years[-1]["rel"]]), years[-1].end()
    bare = [b for b in _BARE_PART.finditer(before) if b.start() >= since]
    if not bare or " Q" in base or " H" in base:
        return base  # 2026财年第一季度…当季: the stated quarter
    part = _bare_part(bare[-1])
    if part == "quarter" and base:
        return base
    return f"{base} {part}" if base else part


def _stated_period(m: regex.Match) -> str:
    if _fiscal(m):
        year = int(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0) if m["fy"] else int(m["y"])
        quarter = m["fq"] or m["fq2"]
        return f"FY{year}" + (f" Q{_QUARTER.get(quarter) or int(quarter)}" if quarter else "")
    if m["m"]:
        return ""
    quarter = m["q"] or m["q2"] or m["q3"]
    if quarter:
        return f"{m['y']} Q{_QUARTER.get(quarter) or int(quarter)}"
    if m["h"]:
        return f"{m['y']} H{1 if m['h'] == '上' else 2}"
    return m["y"]


# A listing's moments a sentence sets for its later clauses (ARM上市首日…报收于63.59美元，市值为652亿美元:
# the value at the close), read where the figure's own clause names no phase.
MOMENTS = frozenset({"market_open", "intraday", "market_close"})


# The same said after the figure, in its sentence (对伊萨克开出的1.1亿英镑报价被拒绝; 以8000万和9000万英镑收购赖斯,
# 但均被拒绝; 熱刺方面認為拜仁出價太過低): the bid was turned down.
_REJECTED_AFTER = regex.compile(r"^[^。；;！？!?]{0,24}?(?:被拒绝|被拒|遭拒|遭到拒绝|被回绝|被驳回|被否决|未获接受"
                                r"|不获接受|(?:出价|报价)(?:太过|太|过)低)")


def rejected_after(after: str) -> str:
    """"rejected" when the figure's sentence says after it that the bid was turned down, else ""."""
    return "rejected" if _REJECTED_AFTER.match(after) else ""


def moment_of(sentence_before: str) -> str:
    """The listing moment the sentence's earlier clauses name (market_close for 报收于…), or ""."""
    phase = phase_of(sentence_before)
    return phase if phase in MOMENTS else ""


def phase_of(before: str) -> str:
    """The story phase the nearest cue before the figure names, or ""."""
    best: tuple[int, str] | None = None
    for phase, cue in _PHASES:
        for m in cue.finditer(before):
            distance = len(before) - m.end()
            if best is None or distance < best[0]:
                best = (distance, phase)
    return best[1] if best else ""


def _fiscal(m: regex.Match) -> bool:
    return bool(m["fy"]) or "财" in m.group()


def _from_stated(m: regex.Match) -> TimeSpan:
    if _fiscal(m):
        # A fiscal year is the company's own (Oracle's FY2026 began in June 2025): its calendar
        # year is kept for display only, and the reporting period tells such figures apart.
        year = int(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0) if m["fy"] else int(m["y"])
        return _year(year, "fiscal")
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
    return _month(published, _MONTH_BACK[word])


def _month(published: date, offset: int) -> TimeSpan:
    """The calendar month ``offset`` months from the article's (5个月前: -5)."""
    month = published.month + offset
    year = published.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return TimeSpan(start=date(year, month, 1), end=date(year, month, calendar.monthrange(year, month)[1]),
                    source="relative")


def _year(year: int, source: str) -> TimeSpan:
    return TimeSpan(start=date(year, 1, 1), end=date(year, 12, 31), source=source)
