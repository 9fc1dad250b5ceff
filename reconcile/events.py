"""One event, two undated reports: the other figures a sentence gives date a figure.

A valuation or a company's round moves over time, so two reports of it are compared only
when both say when (group.undated). An article often does not, yet names the event itself:
xAI在完成200亿美元融资后,估值达到2500亿美元 (undated) and 已完成最新一輪200億美元融資…估值達到2,300億美元
(dated) both report the valuation after the round of 200亿. Where the two sentences each
give a figure of one event quantity (a round, a deal, an acquisition, or the valuation a
round is raised at), each the other's nearest, and those figures are the same as written,
the two figures beside them are of one time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .compare import Prepared, prepare
from .view import ClaimView

# Figures that name an event: what a moving figure in their sentence is dated by.
EVENT_KINDS = frozenset({"investment", "acquisition", "deal", "valuation", "revenue", "profit"})
_EVENT_STANCES = frozenset({"asserted", "reported", "rumored"})
_EARLIER_PHASES = frozenset({"opening", "before"})  # the target or the value before the event
_LARGEST_SENTENCE = 12  # figures in one sentence worth pairing (a list of 40 is a table, not an event)

Events = dict[str, tuple[Prepared, ...]]


def events_of(views: Iterable[ClaimView]) -> Events:
    """For each claim, the figures of its sentence that name an event of its payee (another
    kind: a round for a valuation, the valuation for a round), as prepared for comparison."""
    by_sentence: dict[tuple, list[ClaimView]] = defaultdict(list)
    for v in views:
        by_sentence[v.doc_id, v.sentence].append(v)
    out: Events = {}
    for group in by_sentence.values():
        if not 1 < len(group) <= _LARGEST_SENTENCE:
            continue
        # a target or an earlier figure quoted beside the event (超過了最初設定的150億美元目標) is none of it
        current = [v for v in group if v.stance in _EVENT_STANCES and v.phase not in _EARLIER_PHASES]
        anchors = [prepare(v) for v in current if v.kind in EVENT_KINDS and v.payee is not None and v.restates is None
                   and not v.change]
        for v in group:
            own = tuple(p for p in anchors if p.view.id != v.id and p.view.kind != v.kind and p.view.payee == v.payee
                        and _nearest(p.view, v.kind, current) is v and _nearest(v, p.view.kind, current) is p.view)
            if own:
                out[v.id] = own
    return out


def _nearest(v: ClaimView, kind: str, group: list[ClaimView]) -> ClaimView | None:
    """The figure of ``kind`` nearest ``v`` in its sentence: a sentence of several events
    (OpenAI…5000億美元; Anthropic…130億美元融資后…1380億美元) pairs each figure with its own."""
    others = [o for o in group if o.kind == kind and o.id != v.id]
    return min(others, key=lambda o: abs(o.start - v.start), default=None)


def same_event(va: ClaimView, vb: ClaimView, events: Events) -> bool:
    """Both sentences give agreeing figures of one event quantity of the payee."""
    for pa in events.get(va.id, ()):
        for pb in events.get(vb.id, ()):
            a, b = pa.view, pb.view
            if (a.kind, a.payer, a.payee, a.phase) != (b.kind, b.payer, b.payee, b.phase):
                continue
            if a.funding_round and b.funding_round and a.funding_round != b.funding_round:
                continue
            # the figures as written, not widened: 2000亿 (±500亿 by its round digits) is no
            # report of the 2500亿 valuation, however the precision rule lets them touch; one
            # written to a coarser unit may cut the other's digits (2兆1617億 of 21617.4亿)
            if a.currency == b.currency and (pa.raw.overlaps(pb.raw) or _truncates(a, b) or _truncates(b, a)):
                return True
    return False


def _truncates(coarse: ClaimView, fine: ClaimView) -> bool:
    """A point figure whose written digits are the other's cut at its last written unit."""
    unit = (coarse.precision or 0) * 2
    if not unit or coarse.min != coarse.max or fine.min != fine.max or fine.min is None or coarse.min is None:
        return False
    return coarse.min <= fine.min < coarse.min + unit
