"""Group claims about the same quantity, find conflicts, and summarise what outlets agree on.

Claims are blocked by (kind, payer, payee, scope, phase): only claims in one block can be about the same
quantity, so cost grows with the block sizes, not with the square of the corpus. A block of up
to BIG_BLOCK claims is compared pair by pair (every conflicting pair is reported). A bigger
block is cut into partitions of one period class and one currency and swept (sweep.py):
conflicts are then reported between clusters of mutually consistent claims, each through one
representative pair that compare() confirms; denials are matched within their partition only.
Hypothetical claims are never compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import combinations
from typing import Any

from core.schema import FROM_PREVIOUS, PORTION, SUBJECT_OF_ARTICLE, UNNAMED_PREFIX

from .compare import BASES, Prepared, compare_prepared, in_basis, prepare
from .errors import ReconcileError
from .events import Events, events_of, same_event
from .explain import Conflict, explain, explain_denial
from .sweep import Item, Overlaps, across, within
from .view import ClaimView, as_view

BIG_BLOCK = 64  # pairs in a block of 64: 2,016
VALUE_STANCES = frozenset({"asserted", "reported", "rumored"})
DENIABLE = frozenset({"asserted", "reported"})  # what a denial contradicts


# Quantities that move over time: their value as of one month is not their value as of another,
# so even the article's own date tells two of them apart (Anthropic's valuation in September vs
# in February). An offer or a deal is one event: reports of it on different dates are rivals.
TIME_VARYING = frozenset({"valuation", "net_worth", "revenue", "profit"})
# A company's funding round and its own spending (小米的薪酬开支 of 2017 vs 2018) recur: with
# no named payer (an investor, a spender's counterpart) they are the figures of a time.
PERIODIC_WITHOUT_PAYER = frozenset({"investment", "spending"})
# An authority fines one company again and again (the EU fined Meta €1.2B in 2023, €265M in
# 2022): a fine with no time of its own is its article's month's, like a valuation.
RECURRING = frozenset({"fine"})
# Pay that is a year's (a CEO's 年薪 of 2021 is not that of 2024): its time is a year.
YEARLY = frozenset({"annual_pay", "bonus"})


def moves_over_time(v: ClaimView) -> bool:
    """A valuation, revenue, profit, net worth; and a company's funding round (an investment
    with no named investor: 完成300亿美元融资) or its spending with no payer named, since a
    company raises and spends again and again: the round of an article's month is that
    month's round. An investment by a named investor
    (Meta in Scale AI) is one event, reported on many dates."""
    if v.phase in ONE_MOMENT_PHASES:
        return False
    return v.kind in TIME_VARYING or v.kind in YEARLY or v.kind in RECURRING \
        or (v.kind in PERIODIC_WITHOUT_PAYER and v.payer is None)


# Phases that name one moment, whenever it is reported: a listing's value at its offer price
# (以發行價計算總市值763.43億, reported in February and in March alike).
ONE_MOMENT_PHASES = frozenset({"offer_price"})


def held(v: ClaimView) -> tuple[date, date] | None:
    """When the claim holds, as an interval of dates, or None when nothing says: the time its
    text states; for a quantity that moves over time (moves_over_time), else the article's
    month (a year for a salary or a bonus)."""
    if v.phase in ONE_MOMENT_PHASES and v.as_of_source not in ("stated", "relative"):
        return None  # the moment itself, not the article's month
    return _held(v.as_of_source, v.as_of_start, v.as_of_end, v.published, v.kind, v.payer is None)


@lru_cache(maxsize=65536)  # a million claims share few (time, kind) combinations
def _held(source: str, start: date | None, end: date | None, published: date | None, kind: str,
          no_payer: bool) -> tuple[date, date] | None:
    if source in ("stated", "relative") and start:
        return (start, end or start)
    day = published or (start if source == "article" else None)
    if day is None:
        return None
    if kind in YEARLY:  # a salary or a bonus is the year's: the article's year
        return (date(day.year, 1, 1), date(day.year, 12, 31))
    if kind in TIME_VARYING or kind in RECURRING or (kind in PERIODIC_WITHOUT_PAYER and no_payer):
        first = day.replace(day=1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return (first, following - timedelta(days=1))
    return None


def apart_in_time(va: ClaimView, vb: ClaimView) -> bool:
    """Both say when they hold, and the times do not overlap (2024年 vs 2025年; a valuation
    of September vs one of February). A time on one side only does not split an event: one
    outlet dates the deal (2025年6月), another does not."""
    a, b = held(va), held(vb)
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])


def undated(va: ClaimView, vb: ClaimView) -> bool:
    """A quantity that moves over time with no date on one side or both (an article with no
    date, a figure with no time): not comparable as it stands, since the two values may be of
    different times (claims conflicts --possible lists such pairs)."""
    return moves_over_time(va) and (held(va) is None or held(vb) is None)


# A figure reported with no phase is the current one: the final price, the valuation after
# the round. Only an opening offer or a value before the deal is another quantity.
PHASE_CLASS = {"final": "", "after": ""}


# Kinds outlets use for one transaction: Meta's money for 49% of Scale AI is 投资 in one
# report and 收购 in another; between the same parties they are one quantity.
SAME_QUANTITY_KIND = {"investment": "stake", "acquisition": "stake"}


# The parts of block_key, by name (why_apart names the first that differs).
KEY_FIELDS = ("kind", "payer", "payee", "scope", "part", "basis", "phase")


def block_key(v: ClaimView) -> tuple:
    """What makes two claims one quantity: kind, parties, per whom (scope), which part of the
    payee's figure (a region, a business line), on what basis (adjusted or as reported) and
    the story's phase (an opening offer is not the final price). When each holds, and the funding round,
    tell apart the claims of one block that both state them (rival_views)."""
    kind = SAME_QUANTITY_KIND.get(v.kind, v.kind)
    return (kind, v.payer, v.payee, v.scope, v.part, v.basis, PHASE_CLASS.get(v.phase, v.phase))


PREVIOUS_NOT_ACCUSED = frozenset({"acquisition"})


def not_a_quantity(v: ClaimView) -> str | None:
    """Why a claim is left out of every block, or None. A figure whose recipient (or subject)
    is unknown is not yet a quantity: two "pay packages from Meta" to unnamed people are
    different offers, not rival reports."""
    # A figure quoted to compare whose own clause names both parties (追平了切尔西年初斥资1.05亿英镑从本菲卡
    # 买下恩佐时创下的纪录) is a report of that other quantity, Chelsea's price for Enzo: compared with its
    # other reports, never with the subject's (whose parties differ). Read any other way, it is left out.
    if v.stance == "hypothetical" or (v.stance == "comparison" and v.parties_from != "clause"):
        return f"stance {v.stance}"
    if v.restates is not None:
        return "restates another figure"
    if v.payee is None:
        return "payee unknown"
    if v.parties_from == SUBJECT_OF_ARTICLE:
        return f"payee read from the article's subject ({v.payee}), not its sentence"
    if v.parties_from == FROM_PREVIOUS and v.kind in PREVIOUS_NOT_ACCUSED:
        return f"parties carried from the story's previous figure ({v.payer} → {v.payee}), not its sentence"
    if v.payee.startswith(UNNAMED_PREFIX):
        return f"payee unnamed ({v.payee[len(UNNAMED_PREFIX):]})"
    if v.scope == "some":
        return "scope: some of a group"
    if v.part == PORTION:
        return "a portion of the total its sentence gives after it"
    if v.change:
        return f"a change ({v.change})"
    return None


def blocks(claims: Iterable[Any]) -> dict[tuple, list[ClaimView]]:
    """Views by (kind, payer, payee); hypothetical claims and unknown payees left out."""
    out: dict[tuple, list[ClaimView]] = defaultdict(list)
    for claim in claims:
        v = as_view(claim)
        if not_a_quantity(v) is None:
            out[block_key(v)].append(v)
    return out


def find_conflicts(claims: Iterable[Any]) -> list[Conflict]:
    """Conflicts among Claim or ClaimView objects, most severe first.

    Pairs that cannot be compared (one-time vs annual, two currencies without USD values) are
    not conflicts. A claim with an empty interval raises InvalidClaimError.
    """
    views = [as_view(c) for c in claims]
    events = events_of(views)
    found = [c for block in blocks(views).values() for c in block_conflicts(block, events)]
    found.sort(key=conflict_order)
    return found


def conflict_order(conflict: Conflict) -> tuple:
    """find_conflicts' order: most severe first, then by the claims' ids."""
    return -conflict.severity, [x.id for x in conflict.claims]


def block_conflicts(block: list[ClaimView], events: Events) -> list[Conflict]:
    """The conflicts within one block of ``blocks`` (``events``: events_of all the views):
    find_conflicts is these over every block, sorted by conflict_order; blocks are independent,
    so a caller may share them among processes (claims.pipeline)."""
    if len(block) < 2:
        return []
    prepared = [prepare(v) for v in block]
    # (a comparison figure is in a block only when not_a_quantity let it in)
    values = [p for p in prepared if p.view.stance in VALUE_STANCES or p.view.stance == "comparison"]
    denied = [p for p in prepared if p.view.stance == "denied"]
    search = pairwise if len(prepared) <= BIG_BLOCK else clustered
    listed = [c for c in search(values, denied, events) if not far_apart(c)]
    if not listed:
        return []
    by_doc: dict[str, list[Prepared]] = defaultdict(list)
    for p in values:
        by_doc[p.view.doc_id].append(p)
    return [c for c in listed if not both_printed(c, by_doc)]


# Two reports of one figure differ by rounding, a hedge, a slip of unit (万/亿: exactly 10x, 100x)
# or of currency, or a misreading of a digit; figures five times apart or more with none of these
# are two quantities the key could not tell apart (a base salary and a package, a stake and the
# whole, a round and a valuation), a hedge's bound missed by as much likewise (超过200亿 vs 30亿).
# Measured on the development pairs: 1 of 17 such flagged pairs was a true conflict. They are
# listed as possible conflicts (reconcile.possible).
FAR_APART = Decimal(5)
FAR_APART_REASON = "too far apart to be one figure reported twice (5x or more, no slip of unit or currency)"


def far_apart(conflict: Conflict) -> bool:
    """A value conflict five times apart or more that no slip explains."""
    return conflict.cause in ("mismatch", "hedged_bound") and conflict.ratio >= FAR_APART


_BOTH_PRINTED_MAX = 12  # figures per article and quantity worth matching (more is a table)


def both_printed(conflict: Conflict, by_doc: dict[str, list[Prepared]]) -> bool:
    """Each article also prints a figure agreeing with the other's: the two are two parts of
    one story that both outlets report (a fine's confiscation and its penalty, 2774万 and
    2.97亿 in each), not rival figures for one thing. A denial is never explained away."""
    if len(conflict.claims) != 2:
        return False
    a, b = (as_view(c) for c in conflict.claims)
    if "denied" in (a.stance, b.stance) or a.doc_id == b.doc_id:
        return False
    own_a, own_b = by_doc.get(a.doc_id, ()), by_doc.get(b.doc_id, ())
    pa = next((p for p in own_a if p.view.id == a.id), None)
    pb = next((p for p in own_b if p.view.id == b.id), None)
    if pa is None or pb is None or max(len(own_a), len(own_b)) > _BOTH_PRINTED_MAX:
        return False
    return (any(p is not pa and compare_prepared(p, pb).verdict == "consistent" for p in own_a)
            and any(p is not pb and compare_prepared(p, pa).verdict == "consistent" for p in own_b))


def rival_reports(a: Prepared, b: Prepared, events: Events | None = None) -> bool:
    """Whether two claims can contradict each other: from two articles, or from one article
    citing two different sources (Altman says 100万, Wired 1亿). An article does not
    contradict itself: its several figures for one party are parts or other aspects
    (基本薪资, 股票奖励, 总薪酬 of one CEO)."""
    return rival_views(a.view, b.view, events)


def rival_views(va: ClaimView, vb: ClaimView, events: Events | None = None) -> bool:
    # Two rounds of one company's funding are two events (the round is not in the block key:
    # a report that names no round may still be about either).
    return not one_source(va, vb) and _one_time(va, vb, held(va), held(vb), events)


def same_time(va: ClaimView, vb: ClaimView) -> bool:
    """Nothing says the two are of different times, rounds or reporting periods: what a
    denial needs to deny an assertion (one article may hold both). The same as
    not (other_round or apart_in_time or undated), with each claim's time read once."""
    return _one_time(va, vb, held(va), held(vb))


def _one_time(va: ClaimView, vb: ClaimView, a: tuple | None, b: tuple | None, events: Events | None = None) -> bool:
    """same_time with the two claims' times (held) already read; an undated pair is of one
    time where their sentences report one event (reconcile.events)."""
    if other_round(va, vb):
        return False
    if a is not None and b is not None:
        return not (a[1] < b[0] or b[1] < a[0])
    if _target(va, a) or _target(vb, b):
        return False  # 承諾在2028年前投資110億美元 against the price paid: a pledge, not the deal
    return not moves_over_time(va) or bool(events) and same_event(va, vb, events)


def _target(v: ClaimView, t: tuple | None) -> bool:
    """A figure its text dates after the article (到2028年投资110亿美元): a plan for then."""
    return t is not None and v.as_of_source == "stated" and v.published is not None and t[0] > v.published


def other_round(va: ClaimView, vb: ClaimView) -> bool:
    """Two funding rounds, two reporting periods (FY2023 vs FY2024 pay, 2024 Q1 vs Q2), or two
    contracts: pay over two stated lengths (12年4.265億美元 vs 10年7億美元) is not one deal
    misreported, and dividing each by its years compares nothing."""
    return bool(va.funding_round and vb.funding_round and va.funding_round != vb.funding_round) or bool(
        va.reporting_period and vb.reporting_period and va.reporting_period != vb.reporting_period) or (
        va.period_kind == vb.period_kind == "n_years" and va.period_years is not None
        and vb.period_years is not None and va.period_years != vb.period_years)


def one_source(va: ClaimView, vb: ClaimView) -> bool:
    """One article citing no two different sources for them."""
    if va.doc_id is None or va.doc_id != vb.doc_id:
        return False
    return not (va.attributed_to and vb.attributed_to and va.attributed_to != vb.attributed_to)


def pairwise(values: list[Prepared], denied: list[Prepared], events: Events | None = None) -> list[Conflict]:
    out = []
    timed = [(p, held(p.view)) for p in values]  # rival_views, with each claim's time read once
    for (a, ta), (b, tb) in combinations(timed, 2):
        if one_source(a.view, b.view) or not _one_time(a.view, b.view, ta, tb, events):
            continue
        result = compare_prepared(a, b)
        if result.verdict == "conflict":
            out.append(explain(a, b, result))
    deniable = [v for v in values if v.view.stance in DENIABLE]
    for d in denied:
        for v in deniable:
            if not same_time(d.view, v.view):
                continue
            result = compare_prepared(d, v)
            if result.verdict == "consistent":
                out.append(explain_denial(d, v, result))
    return out


def partitions(prepared: list[Prepared]) -> dict[tuple, list[Prepared]]:
    out: dict[tuple, list[Prepared]] = defaultdict(list)
    for p in prepared:
        out[p.pclass, p.view.currency].append(p)
    return out


def items(prepared: list[Prepared], usd: bool, annual: bool) -> list[Item]:
    basis = BASES[usd, annual]
    return [Item(in_basis(p, basis), p) for p in prepared if not usd or p.rate is not None]


def confirmed(low: Prepared, high: Prepared, sizes: tuple[int, int]) -> Conflict | None:
    """The sweep's pair as a conflict, or None where what the sweep does not look at sets them
    apart: a currency one of them does not write (compare_prepared's second reading), or a
    monthly salary against a figure it is no multiple of (both rates to the sweep)."""
    result = compare_prepared(low, high)
    if result.beyond_sweep:
        return None
    if result.verdict != "conflict":  # the sweep and compare() must never disagree
        raise ReconcileError(f"sweep reported {low.view.id} vs {high.view.id}: {result.reason}")
    return explain(low, high, result, sizes)


def clustered(values: list[Prepared], denied: list[Prepared], events: Events | None = None) -> list[Conflict]:
    parts = partitions(values)

    def accept(c) -> Conflict | None:
        if not rival_reports(c.low.payload, c.high.payload, events):
            return None
        return confirmed(c.low.payload, c.high.payload, c.sizes)

    out = []
    for (pclass, _), members in parts.items():
        out += [accept(c) for c in within(items(members, False, pclass == "rate"))]
    for ((ca, cura), a), ((cb, curb), b) in combinations(parts.items(), 2):
        if ca == cb or "unknown" in (ca, cb):
            usd, annual = cura != curb, ca == cb == "rate"
            out += across(items(a, usd, annual), items(b, usd, annual), accept, _period_kind)
    return [c for c in out if c is not None] + denials(parts, partitions(denied))


def _period_kind(item) -> str:
    """The sweep's kinds of item: what accept weighs differently (a monthly figure against an
    unknown period is dropped, a yearly one is not)."""
    return item.payload.view.period_kind


def denials(values: dict[tuple, list[Prepared]], denied: dict[tuple, list[Prepared]]) -> list[Conflict]:
    """Each denial against one asserted/reported claim of its partition that it matches."""
    out = []
    for key, ds in denied.items():
        annual = key[0] == "rate"
        deniable = [p for p in values.get(key, []) if p.view.stance in DENIABLE]
        index = Overlaps(items(deniable, False, annual))
        for d in ds:
            hit = index.find(in_basis(d, BASES[False, annual]))
            if hit is not None and same_time(d.view, hit.payload.view):
                out.append(explain_denial(d, hit.payload, compare_prepared(d, hit.payload)))
    return out


@dataclass(frozen=True)
class ReportedValue:
    min: Decimal
    max: Decimal | None
    currency: str | None
    period: str  # period kind, with years for n_years ("n_years:4")
    support: int  # independent sources: one per attributed_to, else one per outlet
    claims: tuple[Any, ...]
    earliest: Any  # the claim published first (undated claims last)
    held: tuple[date, date] | None = None  # when the value holds (group.held), None when nothing says
    outlets: tuple[str, ...] = ()  # who reported it, first publication first


@dataclass(frozen=True)
class Quantity:
    kind: str
    payer: str | None
    payee: str | None
    values: tuple[ReportedValue, ...]  # most supported first

    def timeline(self) -> tuple[ReportedValue, ...]:
        """The values in the order of the times they hold (undated ones last, by publication):
        what the quantity was, as reported, over time."""
        def when(r: ReportedValue) -> tuple:
            first = as_view(r.earliest).published if r.earliest is not None else None
            return (r.held is None, r.held or (date.min, date.min), first is None, first or date.min, r.min)
        return tuple(sorted(self.values, key=when))


def source_of(v: ClaimView) -> tuple:
    """Outlets repeating one attributed figure count once; unattributed: one per outlet."""
    if v.attributed_to:
        return ("attributed", v.attributed_to)
    return ("outlet", v.outlet or v.doc_id or v.id)


def value_key(v: ClaimView) -> tuple:
    """One reported value: its interval, currency and period, and when it holds (the same
    figure at two times is two points of the quantity's timeline)."""
    years = "" if v.period_years is None else f":{v.period_years.normalize():f}"
    return (v.min, v.max, v.min_inclusive, v.max_inclusive, v.currency, v.period_kind + years, held(v))


def reported(views: list[ClaimView]) -> ReportedValue:
    v = views[0]
    dated = sorted(views, key=lambda x: (x.published is None, x.published or date.min, x.id))
    support = len({source_of(x) for x in views})
    outlets = tuple(dict.fromkeys(x.outlet or x.doc or x.id for x in dated))
    return ReportedValue(v.min, v.max, v.currency, value_key(v)[5], support,
                         tuple(x.source for x in views), dated[0].source, held(v), outlets)


def consensus(claims: Iterable[Any]) -> list[Quantity]:
    """Per quantity, the distinct values reported (denied and hypothetical claims left out)."""
    out = []
    for (_, payer, payee, *_), views in blocks(claims).items():
        kind = views[0].kind  # the kind as reported (the key may join investment and acquisition)
        by_value: dict[tuple, list[ClaimView]] = defaultdict(list)
        for v in views:
            if v.stance in VALUE_STANCES:
                by_value[value_key(v)].append(v)
        if by_value:
            values = sorted((reported(vs) for vs in by_value.values()),
                            key=lambda r: (-r.support, r.min))
            out.append(Quantity(kind, payer, payee, tuple(values)))
    out.sort(key=lambda q: (-sum(r.support for r in q.values), q.kind, q.payer or "", q.payee or ""))
    return out
