"""The takeovers a document tells of: who buys whom, read once per sentence, figure or not.

An article about an acquisition names the buyer and the company bought in one sentence
(微软宣布收购动视暴雪) and gives the price in others that name neither (交易额高达687亿美元,
最终的收购价格接近65亿美元, a headline's 谷歌2000亿收购遭反垄断审查).  ``deal_frames`` reads
each sentence's buying construction over the same slot frame as the role rules
(claims.roles.frame); ``deal_for`` gives a price claim its own sentence's deal, else the
document's main one (the pair told most often, the first on a tie).

The patterns are data (``DEAL_RULES``), each with the examples that are its tests
(tests/test_deals.py).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

import regex

from .entities import Entity, Mention
from .roles import BUY_VERBS, _slot, frame, frame_pattern
from .rules import BEATS_OPENING, NOT_PARTIES, STOPS

_SENTENCE = regex.compile(r"[^。！？!?\n]+")


@dataclass(frozen=True)
class DealRule:
    name: str
    pattern: str  # {P}: buyer slot, {Q}: the company bought, {X}: any slot, {g}/{G}: gaps
    examples: tuple[tuple[str, str, str], ...] = ()  # (sentence, buyer id, bought id)


@dataclass(frozen=True)
class Deal:
    start: int  # where its sentence starts
    end: int
    buyer: Entity
    bought: Entity


_FOUNDED = "(?:创办|创立|成立|打造|旗下)"
_NOT_FOUNDER = "(?!\\s*的?\\s*" + _FOUNDED + ")"  # 其创办的: the founder, not the company bought
_BOUGHT_BY = "(?:完成|宣布|正式)?(?:" + BUY_VERBS + ")"

DEAL_RULES: tuple[DealRule, ...] = (
    # 谷歌宣布以全现金方式…正式完成对云安全平台Wiz的全资收购
    DealRule("buy_of", "{P}{G}对{g}{Q}(?:的)?(?:全资|全部|整体)?(?:收购|并购|购买)",
             (("谷歌宣布正式完成对云安全平台Wiz的全资收购。", "google", "wiz"),)),
    # 蘋果被指將收購Perplexity: passive first (Q被P收购), then the buyer before the verb
    DealRule("bought_by", "{Q}{g}(?:被|遭){g}{P}{G}" + _BOUGHT_BY,
             (("动视暴雪被微软以全现金方式收购。", "microsoft", "activision-blizzard"),)),
    # 微软…宣布收购动视暴雪; 收购由…创办的…新创公司io, 收购其创办的Scale AI: past the founder
    DealRule("buys", "{P}{G}" + _BOUGHT_BY + "(?:了)?(?:由?{X}{g}" + _FOUNDED + "的)?{g}{Q}" + _NOT_FOUNDER,
             (("昨晚，微软毫无征兆地宣布收购动视暴雪。", "microsoft", "activision-blizzard"),
              ("Meta宣布收购由汪滔创办的数据标注公司Scale AI。", "meta", "scale-ai"),
              ("汪滔因Meta以143亿美元收购其创办的Scale AI 49%股份而备受关注。", "meta", "scale-ai"))),
)


# the role rules' frame patterns: the buyer is the payer's slot, the company bought the payee's
_COMPILED = tuple(frame_pattern(rule.pattern) for rule in DEAL_RULES)


def _fits(buyer: Entity, bought: Entity) -> bool:
    """A company (or a person) buys a company; an outlet or a venue is never a party."""
    return (buyer.id != bought.id and buyer.type in ("org", "person") and bought.type == "org"
            and not {buyer.id, bought.id} & NOT_PARTIES)


def _compared(framed: str, at: int) -> bool:
    """Whether the clause holding ``at`` opens by comparing with it (仅次于, 超过, 不及)."""
    cut = max(framed.rfind(c, 0, at) for c in "，,;；:：")
    return bool(BEATS_OPENING.match(framed, cut + 1))


def deal_frames(norm: str, referents: list[Mention]) -> list[Deal]:
    """Each sentence's takeovers (buyer, company bought; one per buyer), in text order."""
    out: list[Deal] = []
    starts = [s for s, _, _ in referents]
    for sentence in _SENTENCE.finditer(norm):
        s_start, s_end = sentence.span()
        if not any(verb in sentence.group() for verb in BUY_VERBS.split("|")):
            continue
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        inside = referents[lo:hi]
        if len(inside) < 2:
            continue
        framed, slots = frame(norm, s_start, s_end, inside, (s_end, s_end), [])
        found: list[Deal] = []
        for pattern in _COMPILED:
            # the tightest matches: each buyer nearest its verb (汪滔因Meta以…收购: Meta buys)
            for m in sorted(pattern.finditer(framed, overlapped=True), key=lambda x: x.end() - x.start()):
                buyer, bought = _slot(m, "payer", slots), _slot(m, "payee", slots)
                if _compared(framed, m.start()):
                    continue  # 僅次於微軟以690億美元收購動視暴雪: another deal, quoted to compare
                if _fits(buyer, bought) and all(d.buyer.id != buyer.id for d in found):
                    found.append(Deal(s_start, s_end, buyer, bought))
        out += found
    return out


def main_deal(deals: list[Deal]) -> Deal | None:
    """The takeover the document tells most often (the first told, on a tie)."""
    if not deals:
        return None
    counts = Counter((d.buyer.id, d.bought.id) for d in deals)
    top = max(counts.values())
    return next(d for d in deals if counts[(d.buyer.id, d.bought.id)] == top)


# A buying word with its object (收购摩托罗拉移动), not a noun (收购遭审查, 收购案, 收购价格)
_NOT_AN_OBJECT = r"遭|案|价|交易|金额|事宜|计划|完成|一事|行动|的|后|前|时|[，," + STOPS + r"\s]|$"
_BUYS_SOMETHING = regex.compile("(?:" + BUY_VERBS + r")(?:了)?\s*(?!" + _NOT_AN_OBJECT + ")")


def deal_for(deals: list[Deal], main: Deal | None, norm: str, sentence: tuple[int, int],
             referents: list[Mention], at: int, payer: str | None = None) -> Deal | None:
    """The deal of the figure at ``at``: of its sentence ``norm[sentence[0]:sentence[1]]``
    (whose entities are ``referents``), the one whose buyer is the claim's ``payer`` or else
    is named nearest before the figure; else the document's main one, unless the sentence
    buys something else (谷歌2012年收购摩托罗拉移动: another takeover, its target unknown) or
    names a party other than the deal's two. ``deals`` are in text order (found by position)."""
    s_start, s_end = sentence
    lo = bisect.bisect_left(deals, s_start, key=lambda d: d.start)
    own = deals[lo:bisect.bisect_left(deals, s_end, lo, key=lambda d: d.start)]
    if own:  # the claim's own payer's, else the buyer named last before the figure
        last = {ent.id: s for s, _, ent in referents if s < at}
        return next((d for d in own if d.buyer.id == payer), None) or max(own, key=lambda d: last.get(d.buyer.id, -1))
    if main is None:
        return None
    named = {ent.id for _, _, ent in referents} - NOT_PARTIES
    if named - {main.buyer.id, main.bought.id}:
        return None  # 而Anthropic…完成130亿美元融资, 派拉蒙…总价升至1110亿美元: other parties' figure
    bought_at = {s for s, _, ent in referents if ent.id == main.bought.id}
    for m in _BUYS_SOMETHING.finditer(norm, s_start, s_end):
        if m.end() not in bought_at:
            return None
    return main
