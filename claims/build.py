"""Build claims from a document: one per money mention the article uses as a figure.

For each mention, in the sentence around it: the kind (nearest cue in
``rules.KIND_CUES``), the period (``parsers.periods``), payer and payee
(entities around 向/给, else the document's main organisation and the
poached-from group), who says so and the stance.  A mention whose sentence
names no kind continues the previous claim of its paragraph ("而Wired确认了
“1億美元”这个数字" is the same signing bonus Altman put at 100万).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from functools import lru_cache
from itertools import pairwise

import ahocorasick
import regex

from core.errors import FxError
from core.fx import to_usd
from core.schema import PORTION, SUBJECT_OF_ARTICLE, UNNAMED_PREFIX, Claim, Document, FxStamp, Period, claim_id
from core.units import per_year_factor
from parsers import MoneyMention, extract_money, normalize
from parsers.lexicon import NEAR_FACTOR
from parsers.periods import find_period

from . import lists, roles, rules, timing
from .deals import Deal, deal_for, deal_frames, main_deal
from .discover import (
    BUILT_IN_AFTER,
    DESTINATION,
    DESTINATION_BEFORE_FIGURE,
    INVESTMENT_AFTER_FIGURE,
    LATIN_NOT_NAMES,
    NOT_NAME_HEADS,
    NOT_VALUE_SUBJECTS,
    TICKER,
    destination_place,
    find_entities,
    function_word,
    is_authority,
    name_like,
    name_tail,
    shareholders_of,
    staff_group,
    words,
)
from .entities import Entity, EntityResolver, Mention, entity_id, name_key
from .layout import unwrapped
from .scope import COUNTED_GROUP, SEGMENT_KINDS, of_some, part_of, scope_of

_OTHER_CLAUSE = 1000
_COMPARE_AFTER = regex.compile(rules.COMPARISON_AFTER)
# A person giving the money between their name and the figure (郭台銘，今年親自加碼3億元鼓勵員工).
_GIVES = regex.compile("|".join((roles.OFFER_VERBS, "加码|拿出|捐出|自掏腰包|掏出")))
# Money the sentence's subject pays out (斥资, 支付, 投资, 收购, 花费): not its own figure.
_PAYS_OUT = regex.compile("|".join((roles.OFFER_VERBS, roles.INVEST_VERBS, roles.BUY_VERBS, "花费|花了|投入|耗资")))
_COMPARE_BEFORE = regex.compile(rules.COMPARISON_BEFORE)


@dataclass
class _Context:
    text: str
    norm: str
    entities: list[tuple[int, int, Entity]]
    main_org: Entity | None
    topics: dict[str, Entity]  # entity type -> what the document is about (_topics)
    staff_groups: dict[str, Entity]  # org id -> its staff group (openai -> openai-staff)
    figures: list[tuple[int, int]]  # every money mention's span
    referents: list[tuple[int, int, Entity]]  # entities with the pronouns that stand for them
    known: dict[str, Entity] = field(default_factory=dict)  # every entity by id: the table's and the document's
    captured: dict[str, Entity] = field(default_factory=dict)  # subjects read off value words
    resolve: Callable[[str], Entity | None] = lambda name: None  # a name -> the table's entity
    joined: dict[str, Entity] = field(default_factory=dict)  # person id -> the organisation he joins (_joined)
    disclosed: bool = False  # the article reports disclosed pay (rules.DISCLOSURES): a year's pay
    results: bool = False  # the article reports a company's results (rules.RESULTS_WORDS anywhere)
    transfer_story: bool = False  # the article tells a player's move (rules.TRANSFER_STORY anywhere)
    reporters: frozenset[str] = frozenset()  # people the document names as its reporters (_reporters)
    _lists: dict[int, dict] = field(default_factory=dict)  # sentence start -> its list items (claims.lists)
    _referent_starts: list[int] = field(default_factory=list)
    _figure_starts: list[int] = field(default_factory=list)
    _entity_starts: list[int] = field(default_factory=list)
    _authorities: dict[str, Entity] | None = None

    def __post_init__(self) -> None:
        self._referent_starts = [s for s, _, _ in self.referents]
        self._figure_starts = [s for s, _ in self.figures]
        self._entity_starts = [s for s, _, _ in self.entities]

    def entities_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Entities starting in [start, end), in text order (the entities are sorted by start)."""
        lo, hi = bisect.bisect_left(self._entity_starts, start), bisect.bisect_left(self._entity_starts, end)
        return self.entities[lo:hi]

    def referents_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Referents starting in [start, end), found by position: each claim looks at its own
        sentence, not at every entity of the document (linear in the text)."""
        lo, hi = bisect.bisect_left(self._referent_starts, start), bisect.bisect_left(self._referent_starts, end)
        return self.referents[lo:hi]

    def list_items(self, s_start: int, s_end: int) -> dict[tuple[int, int], tuple[int, int]]:
        """The sentence's list items (figure span -> name span), found once per sentence."""
        if s_start not in self._lists:
            self._lists[s_start] = lists.item_names(self.norm, self.figures_in(s_start, s_end), s_start, s_end)
        return self._lists[s_start]

    def authorities(self) -> dict[str, Entity]:
        """The public authorities the document names (is_authority), by id, found once."""
        if self._authorities is None:
            self._authorities = {e.id: e for _, _, e in self.entities if is_authority(e)}
        return self._authorities

    def figures_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo, hi = bisect.bisect_left(self._figure_starts, start), bisect.bisect_left(self._figure_starts, end)
        return self.figures[lo:hi]


@dataclass(frozen=True)
class Built:
    """A document's claims and the entities they name (curated or found in the text)."""

    claims: list[Claim]
    entities: list[Entity]


def build_claims(document: Document, resolver: EntityResolver) -> list[Claim]:
    """Claims of one document, in text order."""
    return analyse(document, resolver).claims


def analyse(document: Document, resolver: EntityResolver) -> Built:
    """Claims of one document, in text order, with the entities found in it."""
    text = unwrapped(document.text)  # a page's line wraps are no sentence ends (same offsets)
    norm = normalize(text)
    entities = find_entities(text, resolver)
    mentions = extract_money(document.text)
    referents = sorted(entities + roles.pronoun_mentions(norm, entities), key=lambda m: m[0])
    known = {e.id: e for e in resolver.entities} | {e.id: e for _, _, e in entities}
    reporters = _reporters(entities, norm)
    ctx = _Context(text, norm, entities, _main_org(entities), _topics(entities, text, reporters),
                   _staff_groups(resolver), [(m.start, m.end) for m in mentions], referents, known,
                   resolve=resolver.resolve, joined=_joined(norm, referents),
                   disclosed=bool(rules.DISCLOSURES.search(norm)),
                   results=bool(rules.RESULTS_WORDS.search(norm)),
                   transfer_story=bool(rules.TRANSFER_STORY.search(norm)), reporters=reporters)
    claims: list[Claim] = []
    for mention in mentions:
        claim = _claim(document, ctx, mention, claims)
        anchor = _restated(ctx, claims, mention)
        if anchor is not None:
            claim = _as_restatement(claim, anchor)
        claims.append(claim)
    claims = _to_offer_takers(ctx, claims)
    claims = _same_figure_elsewhere(claims)
    deals = deal_frames(norm, referents)
    main = main_deal(deals) or _transfer(ctx)
    claims = [_some_of_group(ctx, _document_topic(ctx, _signed_player(ctx, _in_deal(ctx, deals, main, c))))
              for c in claims]
    found = list({e.id: e for e in [*(e for _, _, e in entities), *ctx.captured.values()]}.values())
    return Built(claims, found)


def _transfer(ctx: _Context) -> Deal | None:
    """A story of one player joining one club (孫興慜…加盟FC洛杉磯): the club buys him, the deal a
    transfer fee with no party in its sentence is of (轉會費是破美職紀錄的2650萬美元)."""
    if len(ctx.joined) != 1:
        return None
    (person, club), = ctx.joined.items()
    return Deal(-1, -1, ctx.known[person], club) if person in ctx.known else None


def _in_deal(ctx: _Context, deals: list[Deal], main: Deal | None, claim: Claim) -> Claim:
    """A price whose own clause names neither party, or only one, is the takeover's its sentence
    tells, else the document's main takeover (claims.deals): 微软宣布收购动视暴雪，交易额高达687亿美元;
    a headline's 谷歌2000亿收购遭反垄断审查 in an article on 谷歌收购Wiz."""
    if claim.kind != "acquisition" or not deals:
        return claim
    s_start, s_end = _span(ctx.text, claim.start, rules.SENTENCE_END)
    deal = deal_for(deals, main, ctx.norm, (s_start, s_end), ctx.referents_in(s_start, s_end), claim.start,
                    claim.payer)
    since = _after_previous_figure(ctx, s_start, claim.start)
    if deal is None or rules.ANOTHER_PARTY.search(ctx.norm, since, claim.start):
        return claim  # 但之後卻被另一間公司開出更高價錢300億美元: another buyer, unnamed
    own = s_start < deal.end and deal.start < s_end
    payer, payee = claim.payer, claim.payee
    if claim.parties_from in ("clause", "list"):
        if payer is not None and payee is not None:
            return claim
        if payer not in (None, deal.buyer.id) or payee not in (None, deal.bought.id):
            return claim  # the clause names another party: another deal
    elif not own and payee is not None and payee != deal.bought.id and claim.parties_from != "document":
        return claim  # the story's last claim named what is bought
    return claim.model_copy(update={"payer": deal.buyer.id, "payee": deal.bought.id, "parties_from": "deal"})


def _joined(norm: str, referents: list[Mention]) -> dict[str, Entity]:
    """Person id -> the organisation the text says he joins (rules.JOINS: 特维斯加盟申花, 申花签下
    特维斯), the first such statement kept: his salary's payer where no clause names one."""
    joined: dict[str, Entity] = {}
    for (s1, e1, first), (s2, e2, second) in pairwise(referents):
        if s2 - e1 > 16 or first.type == second.type:
            continue
        for comes_first, between, after in rules.JOINS:
            if first.type != comes_first or second.type not in ("person", "org"):
                continue
            if first.type == "org" and norm.endswith(rules.JOINS_NOT_AFTER, max(0, s1 - 2), s1):
                continue
            if between.fullmatch(norm, e1, s2) and (after is None or after.match(norm, e2)):
                person, org = (first, second) if first.type == "person" else (second, first)
                joined.setdefault(person.id, org)
                break
    # 切尔西…宣布,球队从本菲卡签下了…恩佐: the club that signs him from another (the seller between)
    for (_, e1, buyer), (s2, e2, seller), (s3, _, person) in zip(referents, referents[1:], referents[2:], strict=False):
        if (buyer.type, seller.type, person.type) == ("org", "org", "person") and buyer.id != seller.id \
                and rules.SIGNS_FROM_BEFORE.fullmatch(norm, e1, s2) and rules.SIGNS_FROM_AFTER.fullmatch(norm, e2, s3):
            joined.setdefault(person.id, buyer)
    return joined


def _main_org(entities) -> Entity | None:
    """The organisation named most often, not a news outlet (根據《路透社》報導，台積電宣布投資…)."""
    counts = Counter(e.id for _, _, e in entities if e.type == "org" and e.id not in rules.NOT_PARTIES)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return next(e for _, _, e in entities if e.id == top)


def _topics(entities, text: str = "", reporters: frozenset[str] = frozenset()) -> dict[str, Entity]:
    """Per entity type, what the document is about: the organisation or person named most
    often (at least twice, and more often than any other of its type), not a news outlet
    nor someone who only acts for a company (小扎 offers for Meta), nor a reporter (_reporters)."""
    by_type: dict[str, Counter] = {}
    first: dict[str, Entity] = {}
    for _, _, e in entities:
        if e.id in rules.NOT_PARTIES or e.id in rules.ACTS_FOR or e.id in reporters:
            continue  # nor the reporter who writes the story (邁阿密先驅報記者考夫曼)
        by_type.setdefault(e.type, Counter())[e.id] += 1
        first.setdefault(e.id, e)
    out = {}
    for kind, counts in by_type.items():
        (top, n), *rest = counts.most_common(2)
        if n >= 2 and (not rest or rest[0][1] < n):
            out[kind] = first[top]
        elif n >= 2 and kind == "org":  # 蜜雪集团 3, 蜜雪冰城 3: one company's group and brand, tied
            tied = [first[i] for i, c in counts.items() if c == n]
            if len({e.name[:2] for e in tied}) == 1:  # not 腾讯 and 阿里, two subjects as often named
                out[kind] = next(e for _, _, e in entities if e in tied)
    if "org" not in out:  # 寧德時代(03750)今日起招股: the listed company the first sentence names with its code
        first_end = min((i for i in (text.find(c) for c in rules.SENTENCE_END) if i >= 0), default=len(text))
        coded = [e for _, end, e in entities if end <= first_end and e.type == "org" and e.id not in rules.NOT_PARTIES
                 and TICKER.match(text, end)]
        if coded:
            out["org"] = coded[0]
    return out


def _reporters(entities, norm: str) -> frozenset[str]:
    """People written as a reporter somewhere in the document (《ESPN》記者帕森, 邁阿密先驅報記者考夫曼):
    they tell of the money, they neither pay nor receive it."""
    return frozenset(e.id for s, end, e in entities if e.type == "person" and norm
                     and (rules.REPORTER_BEFORE.search(norm, max(0, s - 8), s) or rules.REPORTS_AFTER.match(norm, end)))


def _span(text: str, pos: int, ends: str) -> tuple[int, int]:
    """From after the last of ``ends`` before ``pos`` to the first at or after it (or the
    text's ends), by bisection over where the text holds them, found once per text."""
    cuts = _cuts(text, ends)
    i = bisect.bisect_left(cuts, pos)
    return cuts[i - 1] + 1 if i else 0, cuts[i] if i < len(cuts) else len(text)


@lru_cache(maxsize=4)
def _cuts(text: str, ends: str) -> list[int]:
    """Where ``text`` holds any of the characters ``ends`` (a document's text is hashed once)."""
    return [m.start() for m in regex.finditer("[" + regex.escape(ends) + "]", text)]


def _claim(document: Document, ctx: _Context, m: MoneyMention, earlier: list[Claim]) -> Claim:
    s_start, s_end = _span(ctx.text, m.start, rules.SENTENCE_END)
    c_start, c_end = _span(ctx.text, m.start, rules.CLAUSE_END)
    cue = _kind_cue(ctx.norm, m, s_start, s_end, ctx.figures_in(s_start, s_end))
    fined = rules.FINE_BEFORE.search(ctx.norm, c_start, m.start)
    if fined and cue and cue[0] in ("revenue", "other", "spending", "pay_package"):
        cue = ("fine", fined.group())  # 没收…业务收入2774万元: the income is taken, a fine
    kind = cue and _income_of(ctx, cue, s_start, s_end, m.start)
    previous = _previous_in_paragraph(ctx.text, m, earlier)
    inherit = kind is None and previous is not None
    kind = previous.kind if inherit else (kind or "other")
    if kind in ("spending", "other") and _invests_in_org(ctx, m, s_start):
        kind = "investment"
    if kind == "other" and rules.CORNERSTONE.search(ctx.norm, s_start, s_end) \
            and rules.SUBSCRIBE_WORD.search(ctx.norm, c_start, m.start):
        kind = "investment"  # 引入14家基石投资者，合计认购金额达3.5亿美元: cornerstone investors put money in
    if kind == "deal" and cue and cue[1] in rules.DEAL_VALUE_WORDS and rules.TAKEOVER.search(ctx.norm, s_start, s_end):
        kind = "acquisition"  # 宣布收购动视暴雪,交易额高达687亿美元: the deal's value is the price
    if kind in rules.PAY_KINDS and cue and cue[1] in rules.BID_WORDS and (rules.TAKEOVER.search(
            ctx.norm, _span(ctx.text, max(0, s_start - 1), rules.SENTENCE_END)[0], s_end)
            or (previous is not None and previous.kind == "acquisition")):
        # 派拉蒙提高报价至每股31美元 in a takeover story: a bid for the company, no pay; 拜仁首次报价7000万欧元…
        # 7月9日，拜仁第二次报价8000万欧元: the paragraph's bids go on
        kind = "acquisition"
    if kind in ("other", "pay_package") and (cue is None or cue[1] in rules.TRANSFER_FEE_CUES or kind == "other") \
            and not (cue and cue[1] in rules.PRICE_WORDS) and (
                rules.TRANSFER_CLAUSE.search(ctx.norm, c_start, c_end) or _players_price(ctx, c_start, m.start)):
        kind = "acquisition"  # 恩佐…以1.067亿英镑的价格加盟切尔西; 切尔西开出9750万英镑的报价求购卢卡库
    per_share = _per_share(ctx.norm, m, c_start)
    if kind not in ("other", "profit", "revenue", "fine") and per_share \
            and not rules.BIDS_FOR.search(ctx.norm, s_start, s_end):
        kind = "other"  # 寧德時代…向全球發售…H股，每股263元: the offer price, not the money raised
    period = _period(ctx.norm, m, c_start, c_end, s_start, kind, ctx.figures_in(s_start, s_end))
    if inherit and period.kind == "unknown":
        period = previous.period
    own = ctx.norm[_after_previous_figure(ctx, s_start, m.start):m.start]  # the sentence's words for this figure
    reporting = timing.reporting_period(own, published=document.published)
    if kind == "pay_package" and (_years_pay(ctx.norm[s_start:m.start], reporting, ctx.norm[m.end:m.end + 3],
                                             disclosed=ctx.disclosed) or period.kind == "per_year"
                                  or rules.ANNUAL_PAY_WORDS.search(own)):
        # 一年拿3000万美元: pay by the year is the annual pay
        kind = "annual_pay"  # 黄仁勋2024财年的薪酬总额为3416.7万美元: the year's pay
        if period.kind == "unknown":
            period = Period(kind="per_year")
    added = False
    payer, payee, parties_from, implied = _parties(ctx, m, s_start, s_end, kind)
    payer, payee = (None if p in ctx.reporters else p for p in (payer, payee))  # 帕森(Jeff Passan)報導
    kind, payer, payee = _roles_by_type(ctx, kind, payer, payee, s_start, m)
    if kind == "pay_package" and period.kind == "per_year":
        kind = "annual_pay"  # C羅與艾納斯的交易…，每個賽季2億歐元: the deal made pay, by the season: annual pay
    fee = kind == "acquisition" and implied == "deal"  # 与FC洛杉磯簽約…轉會費2650萬美元: the fee buys him
    if implied and kind not in rules.PAY_KINDS | rules.SUBJECT_KINDS and not fee:
        kind = implied  # 以N收购Y: the construction says what the money is (not 估值 right before it)
    if kind in rules.SUBJECT_KINDS or (payer is not None and payer == payee and kind not in rules.PAY_KINDS):
        payer = None  # 交易完成后Scale AI估值300亿美元, 蜜雪集团…募资: a company's own figure has no payer
    if payer is not None and payer == payee and kind in rules.PAY_KINDS and payee in ctx.known:
        payee = _staff_of(ctx.known[payee], ctx).id  # a company paying "itself": its staff
    if kind in ("investment", "spending") and (payee is None or payee == payer or parties_from != "clause"):
        place = _destination(ctx, m, s_start, s_end)
        if place is not None:  # 台積電將對美國再投資至少1000億美元: the country receives it
            kind, payee, parties_from = "investment", place.id, parties_from or "sentence"
            if rules.UNNAMED_FIRMS.search(ctx.norm, c_start, m.start):
                payer = None  # 多家晶片公司承諾在美國投資約4000億美元: many firms, none named as the payer
            # (再投資, 新增對美…的投資: a tranche added, not the total the country receives)
            added = bool(rules.ADDED_INVESTMENT.search(ctx.norm, c_start, m.start))
    if inherit and parties_from not in ("clause", "list"):
        payer, payee = payer or previous.payer, payee or previous.payee
        parties_from = previous.parties_from if (payer, payee) == (previous.payer, previous.payee) else parties_from
    if payee is None and kind in rules.PAY_KINDS:
        group = _group_payee(ctx, c_start, c_end, m, payer)
        if group is not None:
            payee, parties_from = group.id, parties_from or "clause"
    if payee is None and parties_from not in ("clause", "list"):
        # 這筆投資金額可能突破100億美元: a sentence that names no party continues the last
        # claim of the same family (company figures, or pay) in this or the previous paragraph.
        last = _last_of_family(ctx.text, m, earlier, kind)
        if last is not None:
            if payer is None or parties_from == "document":
                # 但之後卻被另一間X開出…: another payer, unnamed
                other = rules.ANOTHER_PARTY.search(ctx.norm, max(last.end, s_start), m.start)
                payer = None if other else last.payer
            payee, parties_from = last.payee, "previous"
    if payee is None and kind in rules.PAY_KINDS:
        person = _person_of_passage(ctx, s_start)
        if person is not None:  # 而这一次…2亿美元的年薪包: the person the previous sentence is about
            payee, parties_from = person.id, "previous"
    if kind in rules.JOINT_KINDS:  # after the payer continued from the figure before (微軟、NVIDIA合計注資)
        payer = _joint_payer(ctx, payer, payee, s_start, m.start)
    if kind == "deal" and _type_of(ctx, payee) == "person":
        kind = "pay_package"  # 杰伦·布朗去年签下的五年3.04亿合同: a person's contract is his pay
    if kind == "acquisition" and payer is not None and payee is None:
        payee = _bid_target(ctx, payer, s_start, s_end)  # 派拉蒙…出價，涵蓋華納兄弟探索所有資產
    if kind in rules.SALE_KINDS and _type_of(ctx, payee) == "group" \
            and rules.STAFF_SALE.search(ctx.norm, s_start, m.start):
        kind, payer = "other", None  # the staff's share sale: the buyers pay them
    # a list's items share the description that opens it (每名董事平均酬勞依序為：A x、B y)
    scope = scope_of(ctx.norm[s_start if parties_from == "list" else c_start:m.start], ctx.norm[m.end:c_end], kind)
    if scope == "total" and kind in rules.PAY_KINDS and _type_of(ctx, payee) == "person":
        if COUNTED_GROUP.search(ctx.norm, c_start, m.start):
            payee = None  # 道奇季後花在這2位選手的補強高達10.25億美金: two players' total, neither one's
        else:
            scope = "individual"  # 七年间总计收入达1.75亿欧元: one person's total is his own figure, no group's
    part = _part(ctx, kind, s_start, s_start if parties_from == "list" else c_start, m.start)
    if kind == "fine":
        part = _fine_part(ctx.norm[c_start:m.start], ctx.norm[s_start:s_end])
    elif kind in rules.ADDITION_KINDS and rules.ADDITION.search(ctx.norm, max(c_start, m.start - 12), m.start):
        part = "addition"  # 对美国再投资1000亿美元: a tranche of the total, not the total
    if not part and kind == "acquisition" and _add_ons(ctx.norm, m, c_start):
        part = rules.ADD_ONS  # 拜仁向热刺支付1亿欧元的转会费,附加条款达到2000万欧元: the add-ons, not the fee
    if not part and rules.PORTION_BEFORE.search(ctx.norm, max(s_start, m.start - 12), m.start):
        part = PORTION  # 财团总出资中,360亿美元来自股权注资；剩余200亿美元则由摩根大通提供: parts of the price
    if not part and scope != "some" and any(rules.total_of(ctx.norm, max(m.end, fs - 16), fs, kind)
                                            for fs, _ in ctx.figures_in(m.end, s_end)):
        part = PORTION  # 57億美元…，另外…32億美元，共計89億美元: a portion of the total named after it
    if not part and kind in SEGMENT_KINDS and rules.SHARE_OF_TOTAL.match(ctx.norm, m.end):
        scope = "some"  # 收入錄得13.57億元，佔總收入9.8%: some of the company's revenue, which part unsaid
    basis = "adjusted" if kind in SEGMENT_KINDS and rules.ADJUSTED.search(ctx.norm, c_start, m.start) else ""
    measure = rules.profit_measure(ctx.norm[c_start:m.start]) if kind == "profit" else ""
    basis = " ".join(b for b in (basis, measure) if b)  # 經調整營業利潤: "adjusted operating"
    dividend = kind == "other" and rules.DIVIDEND.search(ctx.norm, max(c_start, m.start - 16), m.start)
    if dividend:  # 騰訊通過派發現金股息每股3.40港元: the company pays, its shareholders receive
        named = next((e for e in (ctx.known.get(payee or ""), ctx.known.get(payer or "")) if e is not None
                      and e.type == "org"), None) or _last_org(ctx, s_start, m.start)
        company = named or ctx.topics.get("org")
        if company is not None:
            payer, payee = company.id, _remember(ctx, shareholders_of(company)).id
            parties_from = parties_from or ("sentence" if named is not None else SUBJECT_OF_ARTICLE)
        scope = "each" if per_share else scope
    elif kind == "other" and (per_share or (cue and cue[1] in rules.PRICE_WORDS)):
        scope = "each"  # 股价一度涨超38%，最高触及279.8港元: the price word of the sentence says per share
        # 蜜雪集團…發行價為每股202.50港元: the price is the company's figure; it pays nothing
        payer, payee = None, payee or payer
    if period.kind == "unknown" and not period.text and kind in rules.DEFAULT_PERIODS:
        # the construction made it a price after its period was read as pay's (以N转会费加盟: one fee, paid once)
        period = Period(kind=rules.DEFAULT_PERIODS[kind])
    when = timing.as_of(ctx.norm[c_start:m.start], document.published, opening=ctx.norm[s_start:c_start])
    part_of = _part_of_previous(ctx, m, s_start, c_start, earlier)
    if part_of is not None:  # 黃仁勳2025年度的整體薪酬為4,990萬美元，其中…3,880萬美元: the whole's time
        if when.source not in ("stated", "relative"):
            when = part_of.as_of
        reporting = reporting or part_of.reporting_period
    elif not reporting and kind in SEGMENT_KINDS and earlier and earlier[-1].start >= s_start \
            and earlier[-1].kind in SEGMENT_KINDS and earlier[-1].reporting_period:
        # 去年Q4合併營收約8,684.6億元，稅後純益約3,746.8億元: the sentence's results share its period
        reporting = earlier[-1].reporting_period
        if when.source == "article":
            when = earlier[-1].as_of
    change = added or bool(rules.CHANGE_BEFORE.search(ctx.norm[max(c_start, m.start - 6):m.start])) \
        or bool(rules.MARGIN_BEFORE.search(ctx.norm[max(c_start, m.start - 1):m.start])
                and rules.MARGIN_AFTER.match(ctx.norm, m.end))
    # (the sentence around the clause: 由现时的13.2萬鎊(約128萬港元),大幅提升至約50萬鎊 spans a comma)
    after = ctx.norm[m.end:s_end]
    bid = kind in rules.BID_KINDS
    phase = (timing.transition(ctx.norm[c_start:m.start], after, ctx.norm[s_start:m.start])
             or timing.phase_of(own)
             or (timing.rejected_after(after) if bid else "")
             or (timing.moment_of(ctx.norm[s_start:c_start]) if kind == "valuation" else ""))
    if phase == "rejected" and not bid:
        phase = ""  # 他拒绝了小扎…offer过亿美金年包: an offer turned down is still what was offered, pay to compare
    attributed = _source_in(ctx, c_start, m.start) or _attribution(ctx, m, s_start)
    stance = _stance(ctx.norm, m, s_start, s_end, attributed)
    usd_min, usd_max, fx = _usd(m, document)
    per_year = per_year_factor(period.kind, period.years)
    return Claim.from_mention(
        m, id=claim_id(document.id, m.start, m.end),
        doc=document.path, doc_id=document.id, outlet=document.outlet, published=document.published,
        sentence=ctx.text[s_start:s_end].strip(), kind=kind, payer=payer, payee=payee, scope=scope, part=part,
        basis=basis, period=period,
        as_of=when, phase=phase, change=change,
        # 黃仁勳的薪酬在2025財年飆升46%，達到4990萬美元: a period the sentence states before the figure
        reporting_period=reporting,
        funding_round=timing.funding_round(ctx.norm[s_start:m.start], ctx.norm[m.end:c_end]),
        min_usd=usd_min, max_usd=usd_max, fx=fx,
        per_year_min_usd=_times(usd_min, per_year), per_year_max_usd=_times(usd_max, per_year),
        attributed_to=attributed, stance=stance, parties_from=parties_from,
    )


_WHOLE = regex.compile(r"总|整体|集团|全年|合计")  # the clause's figure is the whole's (总收入)


def _part(ctx: _Context, kind: str, s_start: int, start: int, at: int) -> str:
    """The region or business line the figure is of (scope.part_of), unless what is named
    there is the payee or another entity itself (OpenAI收入, 泡泡瑪特總收入)."""
    span = part_of(ctx.norm[start:at], kind, words)
    if span is None and start > s_start and not _WHOLE.search(ctx.norm, start, at):
        start = s_start  # 其他熱門IP包括MOLLY，今年上半年收入錄得13.57億元: the sentence named the part
        span = part_of(ctx.norm[start:at], kind, words)
    if span is None:
        return ""
    p_start, p_end = start + span[0], start + span[1]
    if any(s < p_end and p_start < e for s, e, _ in ctx.referents_in(max(0, p_start - 30), p_end)):
        return ""
    return ctx.norm[p_start:p_end]


# The player a club signs, written as an anaphor after the fee (利物浦与纽卡斯尔联队达成协议,以1.25亿英镑的
# 转会费签下这位25岁的前锋): the story's player is what the fee buys (_signed_player).
_SIGNS_THE_PLAYER = regex.compile(r"[^，,。；;！？!?]{0,16}?(?:签下|签入|引进|买下|购得|带走|迎来)(?:了)?\s*"
                                  r"(?:这位|这名|该名|此名|该)[^，,。；;！？!?]{0,10}?(?:" + roles.PLAYERS + ")")


def _signed_player(ctx: _Context, claim: Claim) -> Claim:
    """A fee between two clubs whose sentence then signs "this player": the story's player is
    bought (the annotation's convention: a transfer fee's payee is the player)."""
    player = ctx.topics.get("person")
    if claim.kind != "acquisition" or player is None or claim.payee == player.id:
        return claim
    seller = ctx.known.get(claim.payee) if claim.payee else None  # the club paid, if the fee names one
    if claim.payee and getattr(seller, "type", None) != "org":
        return claim
    if not _SIGNS_THE_PLAYER.match(ctx.norm, claim.end):
        return claim
    return claim.model_copy(update={"payee": player.id, "parties_from": "sentence"})


def _document_topic(ctx: _Context, claim: Claim) -> Claim:
    """A figure that nothing in its sentence or story gave a receiver is the document's
    subject's (MiniMax's IPO article: 发行价165港元; 黄仁勋's pay article: 奖金400万美元),
    marked as from the document. Pay goes to the subject person; a company's figures and
    money raised to the subject organisation, which then pays nothing to itself."""
    player = ctx.topics.get("person")
    if claim.payee is None and claim.kind == "acquisition" and player is not None and player.id != claim.payer \
            and ctx.transfer_story:
        # 拜仁上次提出7000萬歐元的官方報價…求購Harry Kane: in a transfer story a bid buys the player, for the
        # club (the bidder the clause names, else the story's club; none when two clubs are named as often)
        club = ctx.topics.get("org")
        buyer = claim.payer or (club.id if club is not None and club.id != player.id else None)
        return claim.model_copy(update={"payer": buyer, "payee": player.id, "parties_from": SUBJECT_OF_ARTICLE})
    if claim.kind == "fine" and claim.payee is None and claim.payer is not None:
        authority = _fining_authority(ctx, claim.payer, claim.start)  # 對滴滴全球…處人民幣80.26億元罰款
        return claim if authority is None else claim.model_copy(
            update={"payee": authority.id, "parties_from": claim.parties_from or "document"})
    if claim.payee is not None or claim.parties_from in ("clause", "list") or claim.kind in ("spending", "fine"):
        return claim
    kind, payer = claim.kind, claim.payer
    wanted = "person" if kind in rules.PAY_KINDS or kind == "net_worth" else "org"
    topic = ctx.topics.get(wanted)
    if topic is None:
        return claim
    s_start, s_end = _span(ctx.text, claim.start, rules.SENTENCE_END)
    if kind == "other" and _PAYS_OUT.search(ctx.norm, s_start, claim.start):
        return claim  # Meta近日斥资30亿美元: the subject pays; who receives is unknown
    if wanted == "org" and payer is not None:
        own = kind in rules.SUBJECT_KINDS | {"other"}  # 发行价165港元: the subject's own figure
        raised = payer == topic.id and claim.parties_from == "document" and any(
            w in ctx.norm[s_start:s_end] for w in rules.RAISE_WORDS + rules.SUBSCRIBE_WORDS)
        if not (own or raised):
            return claim  # money the subject pays out (Meta's deal): to whom is unknown
        if payer == topic.id:
            payer = None  # 基石投资者合计认购3.5亿美元: the subject receives it
    return claim.model_copy(update={"payer": payer, "payee": topic.id, "parties_from": SUBJECT_OF_ARTICLE})


def _income_of(ctx: _Context, cue: tuple[str, str], s_start: int, s_end: int, at: int) -> str:
    """收入 is pay when people earn it and revenue when a company, a region or a business line
    does (泡泡瑪特中國收入為人民幣82.83億元; 亞太區…分別收入): the sentence before the figure says."""
    kind, word = cue
    if word not in rules.PEOPLES_KIND and word not in rules.INCOME_WORDS:
        return kind
    types = {entity.type for _, _, entity in ctx.referents_in(s_start, at)}
    people = bool(types & {"person", "group"}) or rules.EARNERS.search(ctx.norm, s_start, at)
    if word in rules.PEOPLES_KIND:  # 赚: a company's profit, unless people (or nobody) earn it
        return rules.PEOPLES_KIND[word] if people or "org" not in types else kind
    if people:
        return kind
    if "org" in types or rules.COMPANY_PARTS.search(ctx.norm, s_start, at):
        return "revenue"
    if rules.RESULTS_WORDS.search(ctx.norm, s_start, s_end):
        return "revenue"  # 2024年收入130.4亿元,yoy+106.9%;归母净利润31.25亿元: a company's results
    if ctx.results and (rules.GROWTH_WORDS.search(ctx.norm, s_start, s_end) or not types):
        # a results article's 全年收入达6,602.57亿元，同比增长8%, 汽車相關收入6.04億美元 (no one named): the company's
        return "revenue"
    return kind


def _part_of_previous(ctx: _Context, m: MoneyMention, s_start: int, c_start: int, earlier: list[Claim]) -> Claim | None:
    """The figure before, in this paragraph, when the figure's clause or sentence opens with
    其中 (rules.PART_OPENING): its parts are of the whole's time."""
    if not (rules.PART_OPENING.match(ctx.norm, c_start) or rules.PART_OPENING.match(ctx.norm, s_start)):
        return None
    previous = earlier[-1] if earlier else None
    # a paragraph that opens with 其中 lists the parts of the previous paragraph's last figure
    back = 1 if rules.PART_OPENING.match(ctx.norm, _paragraph_start(ctx.text, m.start)) else 0
    if previous is None or previous.start < _paragraph_start(ctx.text, m.start, back=back):
        return None
    return previous


def _bid_target(ctx: _Context, payer: str, s_start: int, s_end: int) -> str | None:
    """What a buyer the sentence names buys when no construction says: the one other
    organisation the sentence writes after a buying word (rules.BOUGHT_BEFORE: 派拉蒙則主張，其…
    全現金出價，涵蓋華納兄弟探索所有資產), none for a rival bidder (…，Netflix周四宣布不再跟进)."""
    others = {ent.id for s, _, ent in ctx.referents_in(s_start, s_end)
              if ent.type == "org" and ent.id != payer and ent.id not in rules.NOT_PARTIES
              and rules.ACTS_FOR.get(ent.id) != payer and rules.BOUGHT_BEFORE.search(ctx.norm, max(s_start, s - 4), s)}
    return next(iter(others)) if len(others) == 1 else None


def _roles_by_type(ctx: _Context, kind: str, payer: str | None, payee: str | None, s_start: int,
                   m: MoneyMention) -> tuple[str, str | None, str | None]:
    """Pay goes from an organisation to a person, whatever the construction's order: a person
    read as the payer of pay or of a contract with a club is its receiver (C羅與艾納斯的交易…
    每個賽季2億歐元: 艾納斯 pays C羅), and a club read as the receiver of pay is its payer, paying
    the person the sentence names (or the article's person)."""
    tp, tq = _type_of(ctx, payer), _type_of(ctx, payee)
    if kind == "acquisition" and rules.TRANSFER_CLAUSE.search(ctx.norm, s_start, m.start):
        # a transfer fee: the club buys the player (與FC洛杉磯簽約…轉會費…2650萬美元)
        if tq == "org" and payer in (None, payee):
            person = _person_or_topic(ctx, s_start, m)
            return (kind, payee, person.id) if person is not None else (kind, payer, payee)
        if tq == "person" and payer is None:
            club = ctx.joined.get(payee) or ctx.topics.get("org")
            return kind, (club.id if club is not None else None), payee
    if kind not in rules.PAY_KINDS and kind != "deal":
        return kind, payer, payee
    if tp == "person" and payer == payee:  # C朗…1.75億英鎊: he is paid, by the club he joins
        org = ctx.joined.get(payer)
        return kind, (org.id if org else None), payee
    if tp == "person" and payer not in rules.ACTS_FOR and tq in ("org", None):
        if tq is None and kind == "deal":
            return kind, payer, payee  # a person's deal with no one named: leave it as read
        org = ctx.known.get(payee) if tq == "org" else ctx.joined.get(payer)
        return ("pay_package" if kind == "deal" else kind), (org.id if org else None), payer
    if kind in rules.PAY_KINDS and tq == "org" and payer in (None, payee):
        person = _person_or_topic(ctx, s_start, m)
        if person is not None and person.id != payee:
            return kind, payee, person.id
    return kind, payer, payee


# Several people (他们的转会费分别为, 三个人的转会费): no one person's figure
_SEVERAL = regex.compile(r"他们|她们|分别|各自|等人|(?:[两三四五几多]|\d+)\s*(?:个)?人|(?:[两三四五几]|\d+)\s*[位名]")


def _person_or_topic(ctx: _Context, s_start: int, m: MoneyMention) -> Entity | None:
    """The person paid named before the figure, else the article's person when the sentence
    speaks of no several people."""
    named = _person_paid(ctx, ctx.referents_in(s_start, m.start), m)
    if named is not None or _SEVERAL.search(ctx.norm, s_start, m.start):
        return named
    return ctx.topics.get("person")


def _type_of(ctx: _Context, entity_id: str | None) -> str | None:
    """The type of the entity an id names (the table's or the document's), None if unknown."""
    entity = ctx.known.get(entity_id) or ctx.captured.get(entity_id) if entity_id else None
    return entity.type if entity is not None else None


def _years_pay(before: str, reporting: str, after: str = "", *, disclosed: bool = False) -> bool:
    """A pay word said of a year (a reporting period, or with none an article on disclosed pay or
    去年/2024年 before it), before the figure or right after it (雷軍2018近百億薪酬), with no offer
    word: the year's pay."""
    of_year = (reporting and not reporting.endswith(("Q1", "Q2", "Q3", "Q4", "H1", "H2"))) or (
        not reporting and (disclosed or rules.YEAR_REFERENCE.search(before)))
    # (嘅 or 的 may come first: 5,061萬元嘅薪酬)
    pay_word = rules.YEAR_PAY_WORDS.search(before) or rules.YEAR_PAY_WORDS.match(after.lstrip("的嘅之"))
    return bool(of_year and pay_word and not rules.OFFER_WORDS.search(before))


def _after_previous_figure(ctx: _Context, s_start: int, at: int) -> int:
    """Where the words about the figure at ``at`` begin: after the sentence's previous figure
    (超過了最初設定的150億美元目標，更使估值達2300億: 最初 belongs to 150億, not 2300億)."""
    return max([s_start] + [e for s, e in ctx.figures_in(s_start, at) if e <= at])


def _invests_in_org(ctx: _Context, m: MoneyMention, s_start: int) -> bool:
    """向<org>豪掷/投资 <amount>: money going into an organisation is an investment."""
    clause = ctx.norm[s_start:m.start]
    toward = clause.rfind("向")
    if toward < 0 or not any(v in clause[toward:] for v in rules.INVEST_VERBS):
        return False
    return any(ent.type == "org" for s, e, ent in ctx.entities_in(s_start + toward + 1, m.start))


def _add_ons(norm: str, m: MoneyMention, c_start: int) -> bool:
    """A transfer fee's add-ons named right after the figure (500万英镑的浮动条款) or just before it in its
    clause (附加条款达到2000万欧元)."""
    return bool(rules.ADD_ONS_AFTER.match(norm, m.end)
                or rules.ADD_ONS_BEFORE.search(norm, max(c_start, m.start - 10), m.start))


def _players_price(ctx: _Context, c_start: int, at: int) -> bool:
    """A player's 身价 in a transfer story, no contract's years before it (赖斯的基础身价达到1亿英镑 in a story
    of his move: the fee; not 以3年最高6300萬美元身價加盟, a contract)."""
    return (ctx.transfer_story and rules.PLAYERS_PRICE.search(ctx.norm, c_start, at) is not None
            and not rules.CONTRACT_YEARS.search(ctx.norm, c_start, at))


def _per_share(norm: str, m: MoneyMention, c_start: int) -> bool:
    """The figure is a price per share (每股263元, 发售价202.50港元, 51美元/股)."""
    return bool(rules.PER_SHARE_BEFORE.search(norm, max(c_start, m.start - 12), m.start)
                or norm.startswith("每股", m.start) or rules.PER_SHARE_AFTER.match(norm, m.end))


def _times(value: Decimal | None, factor: Decimal | None) -> Decimal | None:
    if value is None or factor is None:
        return None
    with localcontext() as exact:  # a 28-digit figure (28位数) a year still has its cents
        exact.prec = max(exact.prec, value.adjusted() + factor.adjusted() + 6)
        return (value * factor).quantize(Decimal("0.01")).normalize()


def _kind_cue(norm: str, m: MoneyMention, s_start: int, s_end: int,
              figures: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(kind, cue) of the cue nearest the figure within its sentence; a cue in a later clause
    that opens another figure is that figure's (股价…最高触及279.8港元，市值突破千亿港元)."""
    best: tuple[int, int, str, str] | None = None
    for offset, priority, kind, cue in _cue_hits(norm[s_start:s_end]):  # every cue's every occurrence
        start, end = s_start + offset, s_start + offset + len(cue)
        distance = start - m.end if start >= m.end else m.start - end
        if m.start <= start and end <= m.end:
            distance = 0  # 最多集資48.7億美元: a hedge's gap holds the cue (the figure's own words)
        if cue in rules.YEAR_CLOSES and rules.YEAR_NUMBER_END.search(norm, max(s_start, start - 6), start):
            continue  # 2024 年收入: the year's 收入 (its own cue)
        if distance < 0 or norm.endswith(rules.CUE_NOT_AFTER.get(cue, ()), s_start, start) \
                or norm.startswith(rules.CUE_NOT_BEFORE.get(cue, ()), end):
            continue
        lo, hi = (m.end, start) if start >= m.end else (end, m.start)
        if _clause_end_between(norm, lo, hi, figures):
            if start >= m.end and _opens_figure(norm, end, s_end, figures):
                continue
            distance += _OTHER_CLAUSE  # 营收达到X，市值突破Y: a cue in the figure's own clause wins
        key = (distance, priority, kind, cue)
        best = key if best is None or key < best else best
    return (best[2], best[3]) if best else None


_CUE_TABLE: list = [None, None]  # (rules.KIND_CUES it was built from, its automaton)


def _cue_hits(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """(offset, priority, kind, cue) of every occurrence of every kind cue in the sentence,
    overlapping ones included: one Aho-Corasick pass per sentence, not a search per cue."""
    if _CUE_TABLE[0] is not rules.KIND_CUES:  # built at first use, again if the table is replaced
        automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, str, str]]] = {}
        for priority, (kind, cues) in enumerate(rules.KIND_CUES):
            for cue in cues:
                entries.setdefault(cue, []).append((priority, kind, cue))
        for cue, found in entries.items():
            automaton.add_word(cue, tuple(found))
        automaton.make_automaton()
        _CUE_TABLE[:] = [rules.KIND_CUES, automaton]
        _sentence_cues.cache_clear()
    if len(sentence) > _CACHED_SENTENCE:  # a text with no sentence ends: not kept in the cache
        return _sentence_cues.__wrapped__(sentence)
    return _sentence_cues(sentence)


_CACHED_SENTENCE = 2000  # the longest sentence whose cues are cached (memory stays bounded)


@lru_cache(maxsize=4096)
def _sentence_cues(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    return tuple((last + 1 - len(cue), priority, kind, cue)
                 for last, found in _CUE_TABLE[1].iter(sentence) for priority, kind, cue in found)


def _clause_end_between(norm: str, lo: int, hi: int, figures: list[tuple[int, int]]) -> bool:
    """A clause ends in norm[lo:hi], outside the figures there (640億美元(4,340億元)的估值: the
    comma of 4,340 groups digits)."""
    return any(c in rules.CLAUSE_END and not any(fs <= i < fe for fs, fe in figures)
               for i, c in enumerate(norm[lo:hi], lo))


def _opens_figure(norm: str, at: int, s_end: int, figures: list[tuple[int, int]]) -> bool:
    """Another figure follows ``at`` within its clause."""
    clause_end = min((i for i in (norm.find(c, at, s_end) for c in rules.CLAUSE_END) if i >= 0), default=s_end)
    return any(at <= f_start < clause_end for f_start, _ in figures)


def _as_restatement(claim: Claim, anchor: Claim) -> Claim:
    """The restating claim: its anchor's meaning, its anchor's bound carried over to its own
    figure (超5亿美元（约合人民币36亿元） is over 36亿元), and a note when the two figures
    disagree by more than the dated rates explain."""
    update = {field: getattr(anchor, field) for field in rules.RESTATEMENT_KEEPS} | {"restates": anchor.id}
    update |= _carried_bound(claim, anchor)
    note = _rate_note(claim, anchor)
    if note:
        update["notes"] = (*claim.notes, note)
    return claim.model_copy(update=update)


def _carried_bound(claim: Claim, anchor: Claim) -> dict:
    """A point restating a bound (超X, 不到X, 近X) takes the bound, scaled to its own value;
    a range or a vague count (2亿-5亿, 300多万) restated is left as the text gives it."""
    if claim.max != claim.min or claim.min == 0 or anchor.max == anchor.min:
        return {}
    if anchor.max is None:
        stated = anchor.min  # 超5亿: over
    elif anchor.min == 0:
        stated = anchor.max  # 不到5亿: under
    elif anchor.min == anchor.max * NEAR_FACTOR:
        stated = anchor.max  # 近5亿: nearly
    else:
        return {}
    factor = claim.min / stated
    return {
        "min": anchor.min * factor, "max": None if anchor.max is None else anchor.max * factor,
        "min_inclusive": anchor.min_inclusive, "max_inclusive": anchor.max_inclusive,
        "approx": anchor.approx or claim.approx,
        "qualifiers": tuple(dict.fromkeys((*anchor.qualifiers, *claim.qualifiers))),
        "min_usd": None if claim.fx.rate is None else anchor.min * factor / claim.fx.rate,
        "max_usd": None if claim.fx.rate is None or anchor.max is None else anchor.max * factor / claim.fx.rate,
    }


def _rate_note(claim: Claim, anchor: Claim) -> str | None:
    """Restated in another currency: do the dated rates give the same amount?"""
    if claim.currency == anchor.currency or claim.fx.rate is None or anchor.fx.rate is None or not anchor.min:
        return None
    mine = (claim.max if claim.max is not None else claim.min) / claim.fx.rate
    theirs = (anchor.max if anchor.max is not None else anchor.min) / anchor.fx.rate
    if not theirs:
        return None
    off = abs(mine / theirs - 1)
    if off <= rules.RESTATEMENT_SLACK:
        return None
    return (f"restates {anchor.text} but is {off * 100:.0f}% off it at the {claim.fx.month or 'latest'} rates "
            f"(more than the {rules.RESTATEMENT_SLACK * 100:.0f}% rounding and rate drift explain)")


def _restated(ctx: _Context, earlier: list[Claim], m: MoneyMention) -> Claim | None:
    """The figure this one restates: the one just before it when only a bracket or a
    conversion word stands between (149亿美元（折合人民币约1066亿元）, 约合, 相当于)."""
    if not earlier:
        return None
    anchor = earlier[-1]
    between = ctx.norm[anchor.end:m.start]
    if rules.RESTATEMENT_BETWEEN.fullmatch(between):
        return anchor
    # 149亿美元，约合人民币1066亿元: the conversion word opens the restated figure itself
    own = ctx.norm[m.start:m.end]
    return anchor if between.strip(" ,，") == "" and own.startswith(rules.CONVERSION_WORDS) else None


def _some_of_group(ctx: _Context, claim: Claim) -> Claim:
    entity = ctx.known.get(claim.payee or "") or ctx.captured.get(claim.payee or "")
    is_group = entity is not None and entity.type == "group"
    s_start, _ = _span(ctx.text, claim.start, rules.SENTENCE_END)
    scope = of_some(claim.scope, ctx.norm[s_start:claim.start], is_group)
    # 員工出售了價值66億美元的股票: a group's sale is the group's total, not one person's; a figure
    # of no kind that no person receives (認購金額達1.77萬億港元) is a total too (47 of 84 in dev;
    # 34 more are per share, which 每股/股价 say)
    nobody = (entity is None or entity.type != "person") and not (
        entity is None and rules.GROUP_PHRASE.search(ctx.norm, s_start, claim.start))  # 其中一位研究员获得1亿美元
    if scope == "individual" and claim.kind not in rules.PAY_KINDS and (is_group or claim.kind == "other" and nobody):
        scope = "total"
    return claim if scope == claim.scope else claim.model_copy(update={"scope": scope})


def _same_figure_elsewhere(claims: list[Claim]) -> list[Claim]:
    """A figure with no parties (a headline: 一场150亿美金的豪赌) takes them from the claim of the
    same value elsewhere in the article that has them, when their kinds agree or it has none."""
    named = {}
    for c in claims:
        if c.payee is not None and c.stance not in ("comparison", "hypothetical"):
            named.setdefault((c.min, c.max, c.currency), c)
    out = []
    for c in claims:
        twin = named.get((c.min, c.max, c.currency))
        fits = twin is not None and (c.kind in ("other", twin.kind) or rules.kind_family(c.kind) == rules.kind_family(
            twin.kind))
        if c.payee is None and fits and twin is not c:
            c = c.model_copy(update={"kind": twin.kind, "payer": twin.payer, "payee": twin.payee,
                                     "scope": twin.scope, "parties_from": "same figure"})
        out.append(c)
    return out


def _to_offer_takers(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Pay figures of a paragraph that name no recipient (or only 部分员工) went to the staff of
    whoever the paragraph says took or refused the offers; and a figure whose recipient came
    from the sentence before goes to the takers its own sentence names (尽管Meta开出的年薪高达
    数百万美元…但TML团队无一人接受: not the person the sentence before was about)."""
    out = []
    for claim in claims:
        vague = claim.payee is None or (claim.payee.startswith(UNNAMED_PREFIX) and claim.payee.endswith("员工"))
        span, where = None, ""
        if claim.kind in rules.PAY_KINDS and vague:
            start = _paragraph_start(ctx.text, claim.start)
            end = ctx.text.find("\n", claim.end)
            span, where = (start, len(ctx.text) if end < 0 else end), "paragraph"
        elif claim.kind in rules.PAY_KINDS and claim.parties_from == "previous":
            span, where = _span(ctx.text, claim.start, rules.SENTENCE_END), "sentence"
        group = _takers_in(ctx, *span) if span else None
        if group is not None:
            claim = claim.model_copy(update={"payee": group.id, "parties_from": where})
        out.append(claim)
    return out


def _takers_in(ctx: _Context, start: int, end: int) -> Entity | None:
    """The group that took or refused the offers in text[start:end], as a staff group."""
    framed, slots = roles.frame(ctx.norm, start, end, ctx.referents_in(start, end), (end, end),
                                ctx.figures_in(start, end))
    takers = roles.offer_takers(framed, slots)
    if takers is None:
        return None
    return takers if takers.type == "group" else _staff_of(takers, ctx)


def _group_payee(ctx: _Context, c_start: int, c_end: int, m: MoneyMention, payer: str | None) -> Entity | None:
    """A group named by its role in the figure's clause (顶尖校招生年薪超200万): the nearest
    such phrase before the figure, else after it; a new group entity for the document.
    Bare 员工 with an organisation paying are that organisation's staff."""
    spans = [(g.start("phrase"), g.end("phrase")) for g in rules.GROUP_PHRASE.finditer(ctx.norm, c_start, c_end)]
    if not spans:
        return None
    before = [s for s in spans if s[1] <= m.start]
    start, end = before[-1] if before else spans[0]
    written = ctx.text[start:end]
    stop = rules.GROUP_LEFT_STOPS.match(normalize(written))
    if stop:
        written = written[stop.end():]
    if len(name_key(written)) < 2:
        return None
    if name_key(written) in rules.BARE_STAFF and payer in ctx.known:
        employer = ctx.known[payer]
        if employer.type == "person":  # 鸿海创办人郭台铭…加码3亿元鼓励员工: 鸿海's staff
            employer = _employer(ctx, employer, _span(ctx.text, m.start, rules.SENTENCE_END)[0])
        if employer is not None and employer.type == "org":
            return _staff_of(employer, ctx)
    known = ctx.resolve(written)  # OpenAI員工: the table's group, not a new unnamed one
    if known is not None and known.type == "group":
        return known
    key = UNNAMED_PREFIX + entity_id(written)
    return _remember(ctx, Entity(id=key, name=written, type="group", english="", aliases=(written,)))


def _person_of_passage(ctx: _Context, s_start: int) -> Entity | None:
    """The last person named in the previous sentence of the paragraph who neither speaks
    nor offers for a company there (not 奥尔特曼评价道, not 扎克伯格)."""
    para = _paragraph_start(ctx.text, s_start)
    prev = max((ctx.norm.rfind(c, para, max(para, s_start - 1)) for c in rules.SENTENCE_END), default=-1) + 1
    start = max(para, prev)
    people = [(s, e, ent) for s, e, ent in ctx.referents_in(start, s_start)
              if e <= s_start and ent.type == "person" and ent.id not in rules.ACTS_FOR]
    people = [ent for s, e, ent in people if not rules.SPEAKS.match(ctx.norm, e)]
    return people[-1] if people else None


def _last_of_family(text: str, m: MoneyMention, earlier: list[Claim], kind: str) -> Claim | None:
    """The latest earlier claim with a payee, of the same family as ``kind``, no further
    back than the previous paragraph."""
    family = rules.kind_family(kind)
    if family is None:
        return None
    start = _paragraph_start(text, m.start, back=1) - 1
    for claim in reversed(earlier):
        if claim.start <= start:
            return None
        if claim.payee is not None and rules.kind_family(claim.kind) == family and claim.stance != "comparison":
            return claim
    return None


def _paragraph_start(text: str, at: int, back: int = 0) -> int:
    """Where the paragraph ``back`` paragraphs before the one holding ``at`` starts; blank
    lines between paragraphs (\n\n) are no paragraphs."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(back):
        end = start - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        if end <= 0:
            return 0
        start = text.rfind("\n", 0, end) + 1
    return start


def _previous_in_paragraph(text: str, m: MoneyMention, earlier: list[Claim]) -> Claim | None:
    para_start = _paragraph_start(text, m.start) - 1
    for claim in reversed(earlier):  # newest first, and only back to the paragraph's start
        if claim.start <= para_start:
            return None
        if claim.kind != "other":
            return claim
    return None


def _period(norm: str, m: MoneyMention, c_start: int, c_end: int, s_start: int, kind: str,
            figures: list[tuple[int, int]] = ()) -> Period:
    """The period words nearest the figure: between the previous figure and this one, then up
    to the next figure (五年2.5亿美元、首年8000万美元: two periods), then the whole clause."""
    before = max((e for s, e in figures if c_start <= e <= m.start), default=c_start)
    after = min((s for s, e in figures if m.end <= s <= c_end), default=c_end)
    # The figure's first character stays in view: 五年|2.5亿 reads 五年 as the figure's term.
    windows = [norm[before:m.start + 1], norm[m.end:after], norm[c_start:c_end]]
    if kind not in rules.PRICE_KINDS:  # 签订了为期两年的合同,转会费为1100万欧元: the contract's term, not the fee's
        windows.append(norm[s_start:m.start])
    for window in windows:
        found, years, words = find_period(window)
        if found != "unknown":
            return Period(kind=found, years=years, text=words)
    default = rules.DEFAULT_PERIODS.get(kind)
    if default is not None:
        return Period(kind=default)
    if kind in rules.YEARLY_KINDS and rules.YEAR_REFERENCE.search(norm, s_start, m.start):
        return Period(kind="per_year")  # 2024年营收, 2025员工业绩奖金: a year's total
    return Period()


def _pays_as_written(ctx: _Context, rule: str, s_start: int, at: int) -> bool:
    """A paying rule with a paying verb before the figure (币安…将向CFTC支付…罚款): its payer pays."""
    return rule in rules.PAYING_RULES and rules.PAYS_OUT.search(ctx.norm, max(s_start, at - 24), at) is not None


def _parties(ctx: _Context, m: MoneyMention, s_start: int, s_end: int, kind: str):
    """(payer, payee, where from, kind the construction implies): a role rule over the
    sentence's frame first (claims.roles), else the older defaults by kind."""
    item = ctx.list_items(s_start, s_end).get((m.start, m.end))
    if item is not None:  # 中信金1.02億元、國巨7824.55萬元: each figure is its own item's
        entity = _remember(ctx, lists.item_entity(ctx.text[item[0]:item[1]], ctx.resolve))
        if kind in rules.PAY_KINDS:
            head = min(item[0] for item in ctx.list_items(s_start, s_end).values())
            word = lists.group_word(ctx.norm[s_start:head])
            group = _staff_of(entity, ctx) if word is None else _remember(ctx, lists.group_of(
                entity, word, ctx.text[(at := ctx.norm.find(word, s_start, head)):at + len(word)]))
            return _name(entity, acting=True), _name(group), "list", None
        return None, _name(entity), "list", None
    framed, slots = roles.frame(ctx.norm, s_start, s_end, ctx.referents_in(s_start, s_end), (m.start, m.end),
                                ctx.figures_in(s_start, s_end))
    found = roles.read_roles(framed, slots)
    if found is not None:
        payer, payee = found.payer, found.payee
        if kind == "fine" and found.kind != "fine" and not _pays_as_written(ctx, found.rule, s_start, m.start):
            payer, payee = payee, payer  # 普华永道收到…罚单: who receives a fine pays it
        if payee is not None and payee.id in rules.ACTS_FOR:
            payer, payee = payer or payee, None  # 小扎的offer: he offers for Meta, he is not paid
        if payee is not None and payee.type == "person" and payer is None and found.rule in rules.SALARY_RULES:
            payer = _employer(ctx, payee, s_start)  # 苹果CEO库克的年薪: his employer pays it
        if kind in rules.PAY_KINDS and payer is not None and payer.type == "person" and payee is not None \
                and payee.type == "org":
            payer, payee = payee, payer  # 他和邁阿密簽下的合同當中,年薪…: the club pays the player
        if kind in rules.PAY_KINDS and payee is not None and payee.type == "org":
            payer, payee = payer or payee, _staff_of(payee, ctx)  # the company pays its staff
        if payer is None and payee is not None and payee.type == "group":
            payer = _org_of_staff(payee, ctx)
        if payee is None and found.rule in rules.PAYEE_FROM_PEOPLE:  # 野兽在申花的年薪: the person named before
            # (the rule named who gives: 为了追逐特维斯,上海申花开出了…的合同 leaves 特维斯 the receiver)
            payee = _person_paid(ctx, ctx.referents_in(s_start, m.start), m, giver_named=payer is not None)
        # the kind the construction says first (恩佐的转会费为1.21亿欧元 in a story of his contract: a fee,
        # not pay from the club he played for)
        said = "acquisition" if found.kind == "acquisition" else kind
        if payer is None and said in rules.PAY_KINDS and payee is not None:
            payer = ctx.joined.get(payee.id) or _employer_of(ctx, payee, s_start) or ctx.main_org
        if found.rule == "price_then_buy" and payer is None:  # 上海上港以6100萬歐元引進奧斯卡: the buyer before 以
            payer = _last_org(ctx, s_start, m.start, besides=payee)
        if payer is None and said == "acquisition" and payee is not None:
            payer = ctx.joined.get(payee.id)  # 奥斯卡的转会费为6100万欧元: the club he joins buys him
        if found.rule == "subscribes" and payee is None:
            issuer = ctx.topics.get("org")  # the shares subscribed are the listing company's
            payee = issuer if issuer is not None and payer is not None and issuer.id != payer.id else None
        if "fine" in (kind, found.kind):
            payee = payee or _fining(ctx.referents_in(s_start, m.start), payer)
            payee = None if _joint(ctx, payee, s_start, m.start) else payee
        return _name(payer, acting=True), _name(payee), "clause", found.kind
    subject = _clause_subject(ctx, m, s_start, kind)
    if subject is not None:  # 輝達…，微軟則投資最多50億美元: this clause's own payer
        return _name(subject, acting=True), None, "sentence", None
    payer, payee = _default_parties(ctx, m, s_start, kind)
    source = "document" if payer is not None and ctx.main_org is not None and payer == _name(
        ctx.main_org, acting=True) else ("sentence" if payer or payee else "")
    return payer, payee, source, None


def _employer(ctx: _Context, person: Entity, s_start: int) -> Entity | None:
    """The organisation written just before a person's title (苹果CEO库克 -> 苹果)."""
    at = next((s for s, e, ent in ctx.referents_in(s_start, len(ctx.text)) if ent is person), None)
    if at is None:
        return None
    # An organisation and title before the person lie in the person's own sentence.
    for _, e, ent in reversed(ctx.referents_in(_span(ctx.text, at, rules.SENTENCE_END)[0], at)):
        if e <= at and ent.type == "org" and at - e <= 8 and rules.TITLE_BETWEEN.fullmatch(ctx.norm[e:at]):
            return ent
    return None


# An offer comes from outside: Thinking Machines Lab联创Andrew Tulloch拒掉了15亿美元的报价 (Meta's)
_OFFERED = regex.compile(r"报价|offer|邀约|橄榄枝|挖角|挖走|挖人|拒绝|拒掉|婉拒|回绝|开出|开价|出价|加盟|跳槽")


def _employer_of(ctx: _Context, payee: Entity, s_start: int) -> Entity | None:
    """A person's employer written before his title in the sentence (苹果CEO库克), when the
    figure is no offer from elsewhere; else None."""
    if payee.type != "person" or _OFFERED.search(ctx.norm, s_start, _span(ctx.text, s_start, rules.SENTENCE_END)[1]):
        return None
    return _employer(ctx, payee, s_start)


def _destination(ctx: _Context, m: MoneyMention, s_start: int, s_end: int) -> Entity | None:
    """The country an investment goes into, named in its sentence just before the figure (對美國再
    投資, 在美設廠投資…超過) or right after it (1,000億美元投資於美國): an entity of the place."""
    before = list(DESTINATION.finditer(ctx.norm, max(s_start, m.start - 24), m.start))
    after = DESTINATION.search(ctx.norm, m.end, min(s_end, m.end + 16))
    if not before and INVESTMENT_AFTER_FIGURE.match(ctx.norm, m.end, s_end):
        written = DESTINATION_BEFORE_FIGURE.search(ctx.norm, max(s_start, m.start - 8), m.start)
        before = [written] if written else []
    hit = before[-1] if before else after or BUILT_IN_AFTER.match(ctx.norm, m.end, min(s_end, m.end + 60))
    if hit is None:
        return None
    name = destination_place(hit.group("place") or hit.group("after"))
    return _remember(ctx, Entity(id=name, name=name, type="org", english=name, aliases=(name,)))


def _last_org(ctx: _Context, start: int, at: int, besides: Entity | None = None) -> Entity | None:
    """The last organisation named between ``start`` and ``at`` that is no outlet (nor ``besides``)."""
    return next((ent for _, _, ent in reversed(ctx.referents_in(start, at)) if ent.type == "org"
                 and ent is not besides and ent.id not in rules.NOT_PARTIES), None)


def _remember(ctx: _Context, entity: Entity) -> Entity:
    """An entity the document's own words made (a subject, a group): the first one kept per id."""
    return ctx.captured.setdefault(entity.id, entity)


def _org_of_staff(group: Entity, ctx: _Context) -> Entity | None:
    """tsmc-staff -> tsmc: the organisation whose staff a group is."""
    return ctx.known.get(group.id.removesuffix("-staff"))


def _staff_of(entity: Entity | None, ctx: _Context) -> Entity | None:
    """An organisation as the receiver of pay means its staff (聯發科薪資, OpenAI平均每人提供)."""
    if entity is None or entity.type != "org":
        return entity
    return ctx.staff_groups.get(entity.id) or _remember(ctx, staff_group(entity))


def _clause_subject(ctx: _Context, m: MoneyMention, s_start: int, kind: str) -> Entity | None:
    """The organisation that opens the figure's clause with 则/也 (rules.THEN), when it pays."""
    if kind not in rules.PAY_KINDS | {"investment", "spending", "deal"}:
        return None
    c_start = _span(ctx.text, m.start, rules.CLAUSE_END)[0]
    for s, e, ent in ctx.referents_in(max(s_start, c_start), m.start):
        if rules.CLAUSE_SUBJECT.fullmatch(ctx.norm, c_start, s) and rules.THEN.match(ctx.norm, e):
            return ent if ent.type == "org" else None
    return None


def _in_compared_clause(ctx: _Context, at: int) -> bool:
    """Whether the clause holding ``at`` opens by comparing (仅次于, 超过, 不及: rules.BEATS_OPENING)."""
    return bool(rules.BEATS_OPENING.match(ctx.norm, _span(ctx.text, at, rules.CLAUSE_END)[0]))


def _default_parties(ctx: _Context, m: MoneyMention, s_start: int, kind: str):
    """(payer, payee) names: X向Y before the figure, else defaults by kind."""
    c_start = _span(ctx.text, m.start, rules.CLAUSE_END)[0]
    before = [(s, e, ent) for s, e, ent in ctx.referents_in(s_start, m.start) if e <= m.start
              and not (s < c_start and _in_compared_clause(ctx, s))]  # (仅次于微软以…收购…: another's deal)
    if kind == "fine":
        return _fine_parties(ctx, before)
    payer = payee = None
    if kind == "valuation" and rules.AT_VALUATION.match(ctx.norm, m.end) and rules.AT_BEFORE.search(
            ctx.norm, max(s_start, m.start - 4), m.start):
        return None, None  # 软银以3000亿美元估值领投: the valuation of the company it invests in, not 软银's
    if kind == "investment" and rules.LEADS_BEFORE.search(ctx.norm, max(s_start, m.start - 6), m.start):
        return None, None  # 领投40亿美元: the round's total, paid by all its investors, not the lead's
    raising = kind == "investment" and any(w in ctx.norm[s_start:m.end + 6] for w in rules.RAISE_WORDS)
    if kind in rules.SUBJECT_KINDS or raising:
        # A company figure (估值, 营收, 融资) belongs to the subject named before it.
        wanted = ("person",) if kind == "net_worth" else ("org", "group")
        # the outlet that reports it is not the subject (據《CNBC》報導，…以1500億美元估值)
        fitting = [ent for _, e, ent in before if ent.type in wanted and ent.id not in rules.NOT_PARTIES
                   and not (raising and rules.INVESTS_AFTER.match(ctx.norm, e))]  # (由X领投: X invests)
        # a company's figure named after its staff (OpenAI現任和前任員工…將這家私人控股的價值推至): the company's
        fitting = [_org_of_staff(ent, ctx) or ent if ent.type == "group" else ent for ent in fitting]
        subject = fitting[-1] if fitting else (_captured_subject(ctx, s_start, m.start)
                                               or _latin_subject(ctx, s_start))
        return None, _name(subject)
    toward = max((ctx.norm.rfind(w, s_start, m.start) for w in rules.TOWARD_WORDS), default=-1)
    if toward >= 0:
        c_start, _ = _span(ctx.text, toward, rules.CLAUSE_END)
        in_clause = [ent for s, e, ent in before if c_start <= s and e <= toward]
        givers = in_clause[-1:] or [ent for s, e, ent in before if e <= toward][:1]
        takers = [(s, e, ent) for s, e, ent in before if s > toward]
        payer = givers[0] if givers else None
        # 向OpenAI的竞争对手Anthropic投资: the receiver is the one the description names
        while len(takers) > 1 and rules.APPOSITIVE.fullmatch(ctx.norm, takers[0][1], takers[1][0]):
            takers = takers[1:]
        payee = takers[0][2] if takers else None
    if payee is None and kind in rules.PAY_KINDS:
        payee = _person_paid(ctx, before, m) or _poached_group(ctx, m)
    if payer is None and kind in rules.PAY_KINDS and payee is not None and payee.id in ctx.joined:
        payer = ctx.joined[payee.id]  # 特维斯加盟申花 … 特维斯的年薪: the club he joins pays it
    if payer is None and kind in rules.PAY_KINDS and payee is not None:
        payer = _employer_of(ctx, payee, s_start)  # 與特斯拉CEO馬斯克近600億美元的薪酬相比: Tesla pays him
    if payer is None and kind in rules.PAY_KINDS | {"investment", "spending", "deal"}:
        payer = ctx.main_org
    return _name(payer, acting=True), _name(payee)


def _person_paid(ctx: _Context, before: list[Mention], m: MoneyMention, giver_named: bool = False) -> Entity | None:
    """The last person named before the figure who is not a speaker or a giver."""
    people = [ent for s, e, ent in before if ent.type == "person" and ent.id not in rules.ACTS_FOR
              and not rules.SPEAKS.match(ctx.norm, e)  # 奥尔特曼评价道: the speaker, not the payee
              and (giver_named or not _GIVES.search(ctx.norm, e, m.start))]  # 郭台銘今年親自加碼3億元: the giver
    return people[-1] if people else None


def _fine_parties(ctx: _Context, before: list[Mention]):
    """A fine no construction reads: the article's main organisation is fined (it is what a
    fine's story is about), the first other organisation of the sentence fines it
    (中國證監會則是採取…沒收普華永道…2774萬元: 证监会)."""
    fined = ctx.main_org
    if fined is not None and is_authority(fined):  # 歐盟委員會…因谷歌濫用…: the authority's story
        fined = next((ent for _, _, ent in before if _finable(ent)), None) or _most_named(ctx, _finable)
        return _name(fined, acting=True), _name(ctx.main_org)
    fining = _fining(before, fined)
    return _name(fined, acting=True), _name(None if _joint_in(ctx, fining, before) else fining)


def _finable(entity: Entity) -> bool:
    """A party a fine can be imposed on: a company or a person, no authority, outlet or exchange."""
    return entity.type in ("org", "person") and not is_authority(entity) and entity.id not in rules.NOT_PARTIES


def _fining_authority(ctx: _Context, fined: str, at: int) -> Entity | None:
    """Who imposes a fine its sentence names no authority for: the last public authority its
    paragraph names before it (國家網信辦對滴滴…立案調查。…對滴滴全球…處80.26億元罰款), else the one
    authority of the document; none when the document names several elsewhere (財政部 and 證監會
    each fine PwC: which one fines this figure, only its sentence says)."""
    authorities = ctx.authorities()
    s_start, s_end = _span(ctx.text, at, rules.SENTENCE_END)
    if any(e.id in authorities for _, _, e in ctx.entities_in(s_start, s_end)):
        return None  # its sentence names the bodies and did not make one the receiver (財政部和證監會: joint)
    before = [e for _, _, e in ctx.entities_in(_paragraph_start(ctx.text, at), at) if e.id in authorities
              and e.id != fined]
    if before:
        return before[-1]
    others = [e for i, e in authorities.items() if i != fined]
    return others[0] if len(others) == 1 else None


def _most_named(ctx: _Context, fits: Callable[[Entity], bool]) -> Entity | None:
    """The entity the document names most often among those that fit (the first named of a tie)."""
    counts = Counter(e.id for _, _, e in ctx.entities if fits(e))
    top = max(counts.values(), default=0)
    return next((e for _, _, e in ctx.entities if counts.get(e.id) == top), None) if top else None


def _joint_in(ctx: _Context, entity: Entity | None, before: list[Mention]) -> bool:
    """The entity is written with another of its kind as one party (財政部和證監會)."""
    if entity is None:
        return False
    # 財政部及中證監會: either of the two
    return any(entity in (a, b) for _, _, a, b in _written_as_one(ctx, before, rules.JOINED))


def _written_as_one(ctx: _Context, before: list[Mention], joining: regex.Pattern):
    """(start, end, first, second) of each two entities of one type written next to each other
    with only ``joining`` words between (財政部和證監會, 微軟（Microsoft）與輝達): one party."""
    for (s1, e1, a), (s2, e2, b) in pairwise(before):
        if a is not b and a.type == b.type and joining.fullmatch(ctx.norm, e1, s2):
            yield s1, e2, a, b


def _referents_before(ctx: _Context, s_start: int, at: int) -> list[Mention]:
    """The sentence's referents that end before ``at``."""
    return [r for r in ctx.referents_in(s_start, at) if r[1] <= at]


def _joint_payer(ctx: _Context, payer: str | None, payee: str | None, s_start: int, at: int) -> str | None:
    """Two organisations written as one payer before the figure (微軟和NVIDIA向Anthropic投資150億美元,
    微軟（Microsoft）與輝達（Nvidia）…合計投資): the two together pay it, neither alone; the
    receiver is never one of the two (OpenAI与甲骨文签署: a deal between them)."""
    if payer is None:
        return None
    for s1, e2, a, b in _written_as_one(ctx, _referents_before(ctx, s_start, at), rules.JOINT_PAYERS):
        if a.id == b.id or a.type != "org" or payer not in (a.id, b.id) or payee in (a.id, b.id):
            continue
        first, second = sorted((a, b), key=lambda ent: ent.id)
        return _remember(ctx, Entity(
            id=f"{first.id}+{second.id}", name=f"{a.name}和{b.name}", type="org",
            english=f"{first.english or first.name} and {second.english or second.name}",
            aliases=(ctx.text[s1:e2], f"{a.name}和{b.name}", f"{b.name}和{a.name}"))).id
    return payer


def _joint(ctx: _Context, entity: Entity | None, s_start: int, at: int) -> bool:
    return _joint_in(ctx, entity, _referents_before(ctx, s_start, at))



def _fine_part(before: str, sentence: str) -> str:
    """Which part of a penalty the figure is (rules.FINE_PARTS): 沒收…收入2774萬元 the income
    confiscated, 並處以罰款2.97億元 the fine on top, 合計罰沒3.25億元 the whole (empty). A fine
    in a sentence that confiscates nothing is the whole penalty (处以80.26亿元罚款 and
    处人民币80.26亿元罚款 are one quantity)."""
    if rules.FINE_WHOLE.search(before):
        return ""
    found = [(before.rfind(word), part) for part, words in rules.FINE_PARTS for word in words if word in before]
    part = max(found)[1] if found else ""
    others = any(p != part and any(w in sentence for w in words) for p, words in rules.FINE_PARTS)
    # a confiscation is always its own part; a fine alone is the penalty
    return part if part != "罚款" or others or rules.FINE_ON_TOP.search(before) else ""


def _fining(before: list[Mention], payer: Entity | None) -> Entity | None:
    """The first organisation of the sentence other than the one fined."""
    return next((ent for _, _, ent in before if ent.type == "org" and ent is not payer
                 and ent.id not in rules.NOT_PARTIES), None)


def _latin_subject(ctx: _Context, s_start: int) -> Entity | None:
    """A sentence opening with a Latin name the entity search did not know (TML虽未发布任何产品，
    却在种子轮融资中获得120亿美元估值): that name is the sentence's subject, an organisation."""
    m = rules.LATIN_OPENING.match(ctx.text, s_start)
    if m is None or m.group("name").lower() in rules.NOT_SUBJECTS or m.group("name").lower() in LATIN_NOT_NAMES:
        return None  # (GAAP 全年淨利為…: an accounting term)
    written = m.group("name")
    key = entity_id(written)
    return _remember(ctx, Entity(id=key, name=written, type="org", english=written, aliases=(written,)))


def _captured_subject(ctx: _Context, s_start: int, at: int) -> Entity | None:
    """A subject the entity search missed, read as the name just before a value word
    (甲骨文市值, 腾讯2024年净利润): a new organisation, remembered for the document."""
    m = rules.SUBJECT_BEFORE_VALUE.search(ctx.norm, s_start, at)
    if m is None:
        return None
    name = m.group("name")
    size = name_tail(name)
    written = ctx.text[m.start("name") + len(name) - size:m.end("name")]
    han = normalize(written)
    if size < 2 or not name_like(han) or han.startswith(NOT_NAME_HEADS + NOT_VALUE_SUBJECTS) or function_word(han):
        return None  # 这颗估值, 归母净利润, 全季营收, 公司营收: no name before the value word (蜜雪集团营收 is one)
    key = entity_id(written)
    return _remember(ctx, Entity(id=key, name=written, type="org", english="", aliases=(written,)))


def _poached_group(ctx: _Context, m: MoneyMention) -> Entity | None:
    """The staff group of the organisation people move from, named in this or the two paragraphs before."""
    start = _paragraph_start(ctx.text, m.start, back=2)
    window = ctx.norm[start:m.end]
    orgs = {ent.id: (ctx.norm[s:e], ent) for s, e, ent in ctx.entities_in(start, m.end)
            if ent.type == "org" and ent.id in ctx.staff_groups}
    for pattern in rules.POACHED_FROM:
        hits = [(hit.start(), ent) for written, ent in orgs.values()
                for hit in _org_pattern(pattern, written).finditer(window)]
        if hits:
            return ctx.staff_groups[max(hits, key=lambda h: h[0])[1].id]
    return None


@lru_cache(maxsize=4096)
def _org_pattern(pattern: str, written: str) -> regex.Pattern:
    """A POACHED_FROM pattern for one organisation's name, compiled once."""
    return regex.compile(pattern.format(org=regex.escape(written)))


def _staff_groups(resolver: EntityResolver) -> dict[str, Entity]:
    """Each org id mapped to its staff group entity (openai -> openai-staff)."""
    return {e.id.removesuffix("-staff"): e for e in resolver.entities if e.type == "group" and e.id.endswith("-staff")}


def _name(entity: Entity | None, *, acting: bool = False) -> str | None:
    if entity is None:
        return None
    if acting and entity.id in rules.ACTS_FOR:
        return rules.ACTS_FOR[entity.id]
    return entity.id


def _attribution(ctx: _Context, m: MoneyMention, s_start: int) -> str | None:
    """Who says so: a source before a speech verb (or after 据/援引) in the sentence,
    else the speaker introduced by a colon-ended paragraph just before."""
    found = _source_in(ctx, s_start, m.start)
    if found:
        return found
    prev_end = ctx.text.rfind("\n", 0, m.start)
    for depth in range(2):  # a colon-ended paragraph (或两段) introduces the quote
        if prev_end <= 0:
            break
        prev_start = ctx.text.rfind("\n", 0, prev_end)
        prev = ctx.norm[prev_start + 1:prev_end].rstrip()
        if depth == 0 and not prev.endswith((":", "：")):
            break
        speaker = _source_in(ctx, prev_start + 1, prev_end)
        if speaker:
            return speaker
        if not prev.endswith((":", "：")):
            break
        prev_end = prev_start
    return None


def _source_in(ctx: _Context, start: int, end: int) -> str | None:
    # 据悉/据了解/据称 name no source: blank them so 据 does not lead to the next name.
    window = rules.NO_SOURCE.sub(lambda m: " " * len(m.group()), ctx.norm[start:end])
    lead = rules.OUTLET_LEAD.search(window)
    if lead:  # 据《腾讯科技》报导: the outlet, even when it cites an anonymous source
        written = lead.group("outlet").strip("《》「」“”\" ")
        whole = [ent for s, e, ent in ctx.referents_in(start + lead.start("outlet"), start + lead.end("outlet"))
                 if e <= start + lead.end("outlet")
                 and name_key(ctx.text[s:e]) == name_key(written)]
        if whole:
            return whole[0].id
        if written not in rules.NOT_SOURCES and (name_like(normalize(written)) or "《" in lead.group("outlet")):
            return written  # 腾讯科技 is an outlet, not 腾讯 inside it; 根据先前报导 names none
    window = rules.NOT_A_LEAD.sub(" ", window)
    verb_at, verb = _last_word(rules.SPEECH_VERBS, window)
    lead_at = _last_word(rules.SOURCE_LEADS, window)[0]
    if verb_at < 0 and lead_at < 0:
        return None
    anchor = start + max(verb_at, lead_at)
    if verb_at >= lead_at:
        named = [ent for _, _, ent in ctx.referents_in(start, anchor)]
    else:
        named = [ent for _, _, ent in ctx.referents_in(anchor + 1, end)]
    # The subject opens the sentence (Sam Altman在...Jack Altman的播客中提到): first person,
    # then a news outlet, then an anonymous source, then any organisation.
    for pick in (lambda e: e.type == "person", lambda e: e.id in rules.MEDIA):
        chosen = [ent for ent in named if pick(ent)]
        if chosen:
            return chosen[0].id
    for noun in rules.SOURCE_NOUNS:
        if noun in window:
            return noun
    if named and not (verb_at >= lead_at and verb in rules.FORECAST_VERBS):
        return named[0].id  # (蜜雪冰城预计将收取…: a company's own forecast, which the article states)
    return next((noun for noun in rules.SOURCE_DOCUMENTS if noun in window), None)


_WORD_TABLES: dict[int, tuple[tuple[str, ...], ahocorasick.Automaton]] = {}  # id of a word table -> its automaton


def _last_word(words: tuple[str, ...], window: str) -> tuple[int, str]:
    """max((window.rfind(w), w) for w in words), default (-1, ""): the last place one of the
    words starts (the greater word on a tie), found in one Aho-Corasick pass over the window."""
    table = _WORD_TABLES.get(id(words))
    if table is None or table[0] is not words:
        automaton = ahocorasick.Automaton()
        for word in words:
            automaton.add_word(word, word)
        automaton.make_automaton()
        table = _WORD_TABLES[id(words)] = (words, automaton)
    if not words:
        return -1, ""
    found = max(((last + 1 - len(word), word) for last, word in table[1].iter(window)), default=None)
    return found if found is not None else (-1, max(words))


def _stance(norm: str, m: MoneyMention, s_start: int, s_end: int, attributed: str | None) -> str:
    sentence = norm[s_start:s_end]
    if _COMPARE_AFTER.search(norm[m.end:m.end + 8]) or _COMPARE_BEFORE.search(norm[max(0, m.start - 3):m.start]):
        return "hypothetical"
    kept = rules.NOT_DENIALS.sub("", sentence)  # once, not once per cue
    if any(cue in kept for cue in rules.DENIAL_CUES):
        return "denied"
    clause_start = max(norm.rfind(c, s_start, m.start) for c in rules.CLAUSE_END) + 1
    clause_end = min((i for i in (norm.find(c, m.end, s_end) for c in rules.CLAUSE_END) if i >= 0), default=s_end)
    # A rumour word governs what follows it (但11月有消息稱…: not the figures before it), or
    # its own clause.
    if any(cue in norm[s_start:m.start] or cue in norm[m.end:clause_end] for cue in rules.RUMOR_CUES):
        return "rumored"
    lead = norm[s_start:m.start]
    colon = max(lead.rfind(":"), lead.rfind("："))
    if (rules.COMPARISON.search(norm, max(s_start, clause_start - 1), clause_end)
            # 其市值远远高于…三家茶饮企业：总市值271亿港元的古茗、…: the list a comparison introduces
            or (colon >= 0 and rules.COMPARISON.search(lead, 0, colon))
            or rules.COMPARED_WITH.search(norm[max(s_start, m.start - 14):m.start])
            or rules.EXAMPLE_OPENING.match(norm, s_start)
            # 派拉蒙将报价提高至…，超过Netflix以每股27.75美元收购华纳的…: the rival's figure it beats
            or rules.BEATS_OPENING.match(norm, clause_start)
            or ((rules.RECORD_AFTER.match(norm, m.end)  # 打破由…拉特所創下的2200萬美元紀錄: his record
                 or rules.RECORD_THEN_FIGURE.search(norm, max(clause_start, m.start - 4), m.start))
                and rules.RECORD_BROKEN_BEFORE.search(norm, clause_start, m.start))):
        return "comparison"
    if any(cue in sentence for cue in rules.HYPOTHETICAL_CUES) \
            or rules.FORECAST.search(norm, s_start, m.start):
        return "hypothetical"
    return "reported" if attributed else "asserted"


def _usd(m: MoneyMention, document: Document) -> tuple[Decimal | None, Decimal | None, FxStamp]:
    """USD bounds at the article month's rate, and the rate's provenance (an unknown
    currency leaves them empty and says why)."""
    if m.currency is None:
        return None, None, FxStamp()
    try:
        low = to_usd(m.min, m.currency, document.published)
    except FxError as e:
        return None, None, FxStamp(note=str(e))
    high = None if m.max is None else m.max / low.rate
    stamp = FxStamp(rate=low.rate, month=low.month or None, approximate=low.approximate, note=low.note)
    return low.usd, high, stamp
