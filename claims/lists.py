"""Whose figure each item of a list is: 中信金1.02億元、國巨7824.55萬元、富邦金7193.7萬元.

A sentence that lists figures, each right after a name (a ranking of directors' pay, the
revenues of several companies), gives each figure to its own name, not to the article's
main company. An item is a name of a few characters (a stock code in brackets and a * may
follow it) standing between a list delimiter (、，；：, or 依序為/分别为) and its figure;
a sentence is a list when two or more of its figures are items. A "name" that holds a
cue word (營收, 年薪), a time (2024年) or a verb ending (達, 为) is the figure's own
description, not a name: 營收1000億元、淨利300億元 is no list.

Rules and examples: ITEM_NAME, NOT_A_NAME and tests/test_lists.py.
"""

from __future__ import annotations

import regex

from . import rules
from .discover import is_phrase
from .entities import Entity, entity_id

# what may open an item: a delimiter, then the words that introduce a ranking
# (其次為聯詠254.2萬、鴻準245.7萬: the runner-up after the leader)
_OPEN = (r"(?:^|[、，,；;：:]\s*(?:依序为|依序為|分别为|分別為|分别是|分別是|依次为|依次為"
         r"|其次为|其次為|其次是|其后为|其後為|为|為|是|及|和|与|與)?)")
# the name itself: Han (2-6) or Latin words, then an optional stock code and marker
ITEM_NAME = regex.compile(
    _OPEN + r"\s*(?P<name>[\p{Han}]{2,6}|[A-Za-z][A-Za-z0-9&.\- ]{1,24}?)"
    r"\s*(?:[（(]\s*[0-9A-Za-z.]{2,8}\s*[）)])?\s*\*?\s*$")
# a chunk ending so is a description or a verb phrase, not a name
NOT_A_NAME = regex.compile(r"(?:\d|年|月|日|达|達|为|為|是|至|到|超|逾|约|約|近|共|计|計|合|额|額|值|价|價"
                           r"|费|費|资|資|薪|酬|奖|獎|(?<!\p{Han})(?:现金|現金|资金|資金|基金|租金|佣金|押金|定金|订金|訂金|股金|罚金|罰金|本金))$")
_LOOKBACK = 40

# The group a list of pay figures is about, named in the sentence's head (每名董事平均酬勞):
# word (normalised) -> the slug of the group's id (國巨 -> 國巨-directors).
GROUP_WORDS: dict[str, str] = {"董监事": "directors", "董事": "directors", "独董": "directors",
                               "高管": "executives", "执行长": "ceo", "总裁": "ceo", "ceo": "ceo"}
_GROUP = regex.compile("|".join(sorted(GROUP_WORDS, key=len, reverse=True)))


def group_word(head: str) -> str | None:
    """The first group word in a list's head (normalised text), or None."""
    m = _GROUP.search(head)
    return None if m is None else m.group()


def group_of(org: Entity, word: str, written: str) -> Entity:
    """國巨 + 董事 -> the group 國巨董事 (id 國巨-directors), named as the article writes it."""
    return Entity(id=f"{org.id}-{GROUP_WORDS[word]}", name=f"{org.name}{written}", type="group",
                  english=f"{org.english or org.name} {GROUP_WORDS[word]}",
                  aliases=tuple(f"{a}{written}" for a in org.aliases))


# Words a list item's name never starts with (normalised): connectives, determiners, times,
# adverbs. 以及20萬元, 每名1,000萬元, 今年亲自加码3億元 are no items.
NOT_NAME_HEADS = ("以及", "及", "每", "各", "其", "该", "这", "那", "今年", "去年", "明年", "前年", "本年", "亲自",
                  "并", "而", "但", "也", "还", "又", "再", "分别", "共", "合计", "总计", "仅", "只", "已", "将",
                  "可", "最", "更", "达", "逾", "超", "约", "近", "另", "则", "就", "均", "都",
                  # verbs of a result (2023年5月,完成7000万美元A轮融资；…，完成约6.75亿美元B轮: no item 完成)
                  "完成", "获得", "获", "录得", "实现", "筹集", "募集", "取得", "斩获", "拿下")


def _is_name(name: str) -> bool:
    if NOT_A_NAME.search(name) or name.startswith(NOT_NAME_HEADS) or is_phrase(name):
        return False
    return not any(cue in name for _, cues in rules.KIND_CUES for cue in cues)


def item_names(norm: str, figures: list[tuple[int, int]], s_start: int,
               s_end: int) -> dict[tuple[int, int], tuple[int, int]]:
    """For a sentence norm[s_start:s_end] that lists figures: each figure's span -> the span
    of its name (offsets into the text norm was made from)."""
    inside = [f for f in figures if s_start <= f[0] and f[1] <= s_end]
    found: dict[tuple[int, int], tuple[int, int]] = {}
    previous_end = s_start
    for start, end in inside:
        lo = max(previous_end, start - _LOOKBACK)
        m = ITEM_NAME.search(norm, lo, start)
        if m is not None and (m.start() > lo or lo in (s_start, previous_end)):
            name = m["name"].rstrip()
            if _is_name(name):
                found[(start, end)] = (m.start("name"), m.start("name") + len(name))
        previous_end = end
    return found if len(found) >= 2 else {}


def item_entity(name: str, resolve) -> Entity:
    """The entity a list item names: the table's when it knows the name, else the article's own."""
    known = resolve(name)
    if known is not None:
        return known
    return Entity(id=entity_id(name), name=name, type="org", english=name if name.isascii() else "",
                  aliases=(name,))
