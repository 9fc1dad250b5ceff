"""Sweep-line searches over intervals, for blocks too big to compare pair by pair.

Sorted by lower end, intervals fall into *cliques*: runs that share a common point, so every
claim in a clique agrees with every other. A new clique starts when an interval lies wholly
above the clique member with the lowest upper end (its "tightest" member). Any two claims
that conflict sit in different cliques, and consecutive cliques always conflict through
(tightest of the first, first of the next), so reporting consecutive cliques reports every
disagreement at the level of clusters, in O(n log n) instead of O(n^2) pairs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, NamedTuple

from .compare import Bounds


class Item(NamedTuple):
    bounds: Bounds
    payload: Any


class Clash(NamedTuple):
    low: Item  # lies wholly below high
    high: Item
    sizes: tuple[int, int]  # sizes of the cliques behind low and high


def order(item: Item) -> tuple:
    """Lower end first; at a tie a closed end comes before an open one."""
    return (item.bounds.lo, not item.bounds.lo_incl)


def ends_lower(a: Bounds, b: Bounds) -> bool:
    """a's upper end is strictly lower than b's (open above counts as infinite)."""
    if a.hi is None:
        return False
    if b.hi is None:
        return True
    return a.hi < b.hi or (a.hi == b.hi and not a.hi_incl and b.hi_incl)


def cliques(items: list[Item]) -> list[tuple[list[Item], Item]]:
    """Greedy clique cover of sorted items: [(members, tightest member)]."""
    out: list[tuple[list[Item], Item]] = []
    members: list[Item] = []
    tightest: Item | None = None
    for it in items:
        if tightest is not None and tightest.bounds.below(it.bounds):
            out.append((members, tightest))
            members, tightest = [], None
        members.append(it)
        if tightest is None or ends_lower(it.bounds, tightest.bounds):
            tightest = it
    if members:
        out.append((members, tightest))
    return out


def within(items: list[Item]) -> list[Clash]:
    """Conflicts between consecutive cliques of one set of intervals."""
    groups = cliques(sorted(items, key=order))
    return [
        Clash(tight, nxt[0], (len(members), len(nxt)))
        for (members, tight), (nxt, _) in zip(groups, groups[1:], strict=False)
    ]


def labels(items: list[Item]) -> dict[int, tuple[int, int]]:
    """id(item) -> (clique number, clique size), items in sorted order."""
    out: dict[int, tuple[int, int]] = {}
    for n, (members, _) in enumerate(cliques(sorted(items, key=order))):
        for it in members:
            out[id(it)] = (n, len(members))
    return out


def across(left: list[Item], right: list[Item], accept: Callable[[Clash], Any] | None = None,
           kind: Callable[[Item], Any] | None = None) -> list:
    """Conflicts between a left and a right interval, at most one per pair of cliques.

    Each item is checked against the other side's tightest item seen so far, one per ``kind``
    of item (the caller's classes: all items are one kind when None): if any earlier item of a
    kind lies wholly below it, that kind's tightest one does. ``accept`` (the caller's check of
    a clash, None to drop it) decides what is reported: a pair of cliques whose first clash is
    dropped (a monthly salary the sweep cannot weigh) is tried with the next kind's tightest
    item and with the next item, so no disagreement is lost to its neighbour's failure.
    """
    label = labels(left) | labels(right)
    merged = sorted([(it, 0) for it in left] + [(it, 1) for it in right],
                    key=lambda pair: order(pair[0]))
    tight: list[dict[Any, Item]] = [{}, {}]
    seen: set[tuple[int, int, int]] = set()
    out: list[Clash] = []
    for it, side in merged:
        for other in _by_upper_end(tight[1 - side].values()):
            if not other.bounds.below(it.bounds):
                break  # the tightest left is not below it: no later one is
            (lo_n, lo_size), (hi_n, hi_size) = label[id(other)], label[id(it)]
            key = (side, lo_n, hi_n)
            if key in seen:
                continue
            clash = Clash(other, it, (lo_size, hi_size))
            kept = clash if accept is None else accept(clash)
            if kept is not None:
                seen.add(key)
                out.append(kept)
                break
        k = None if kind is None else kind(it)
        if k not in tight[side] or ends_lower(it.bounds, tight[side][k].bounds):
            tight[side][k] = it
    return out


def _by_upper_end(items) -> list[Item]:
    """Items by upper end, lowest first (open above last): a handful, one per kind."""
    return sorted(items, key=lambda it: (it.bounds.hi is None, it.bounds.hi or 0, bool(it.bounds.hi_incl)))


class Overlaps:
    """Finds, for a query interval, one item that overlaps it (O(log n) per query)."""

    def __init__(self, items: list[Item]) -> None:
        self.items = sorted(items, key=order)
        self.reach: list[Item] = []  # reach[i]: highest upper end among items[: i + 1]
        for it in self.items:
            if not self.reach or ends_lower(self.reach[-1].bounds, it.bounds):
                self.reach.append(it)
            else:
                self.reach.append(self.reach[-1])

    def find(self, query: Bounds) -> Item | None:
        # Items not wholly above the query form a prefix of the sorted order.
        if query.hi is None:
            n = len(self.items)
        else:  # a closed lower end at exactly query.hi touches a closed query.hi
            cut = bisect.bisect_right if query.hi_incl else bisect.bisect_left
            n = cut(self.items, (query.hi, False), key=order)
        if n == 0:
            return None
        best = self.reach[n - 1]
        return None if best.bounds.below(query) else best
