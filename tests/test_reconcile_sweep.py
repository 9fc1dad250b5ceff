from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.compare import Bounds
from reconcile.sweep import Item, Overlaps, across, cliques, order, within


@st.composite
def bounds(draw):
    lo = Decimal(draw(st.integers(0, 40)))
    hi = draw(st.one_of(st.none(), st.integers(0, 20).map(lambda w: lo + w)))
    lo_incl, hi_incl = draw(st.booleans()), draw(st.booleans())
    if hi == lo:  # a point must be closed at both ends to be non-empty
        lo_incl = hi_incl = True
    return Bounds(lo, hi, lo_incl, hi_incl)


def items(bs):
    return [Item(b, n) for n, b in enumerate(bs)]


def clash(a: Bounds, b: Bounds) -> bool:
    return not a.overlaps(b)


def test_two_separate_clusters_give_one_clash_with_sizes():
    low = [Bounds(Decimal(x), Decimal(x + 2)) for x in (0, 1, 1, 2)]
    high = [Bounds(Decimal(x), Decimal(x + 1)) for x in (10, 10, 11)]
    [c] = within(items(low + high))
    assert c.sizes == (4, 3) and c.low.bounds.below(c.high.bounds)


def test_chain_gives_one_clash_per_boundary():
    chain = [Bounds(Decimal(x), Decimal(x + 1)) for x in (0, 3, 6, 9)]
    assert len(within(items(chain))) == 3


@settings(max_examples=400)
@given(st.lists(bounds(), max_size=25))
def test_cliques_are_mutually_consistent_and_cover_everything(bs):
    groups = cliques(sorted(items(bs), key=order))
    assert sum(len(m) for m, _ in groups) == len(bs)
    for members, _ in groups:
        assert not any(clash(a.bounds, b.bounds) for a in members for b in members)


@settings(max_examples=400)
@given(st.lists(bounds(), max_size=25))
def test_within_reports_iff_some_pair_clashes_and_only_true_clashes(bs):
    found = within(items(bs))
    truth = any(clash(a, b) for i, a in enumerate(bs) for b in bs[i + 1:])
    assert bool(found) == truth
    assert all(c.low.bounds.below(c.high.bounds) for c in found)


@settings(max_examples=400)
@given(st.lists(bounds(), max_size=15), st.lists(bounds(), max_size=15))
def test_across_reports_iff_some_cross_pair_clashes(left, right):
    found = across(items(left), items(right))
    truth = any(clash(a, b) for a in left for b in right)
    assert bool(found) == truth
    assert all(c.low.bounds.below(c.high.bounds) for c in found)
    assert len(found) <= 2 * (len(left) + len(right))


@settings(max_examples=400)
@given(st.lists(bounds(), max_size=25), bounds())
def test_overlaps_finds_a_match_iff_one_exists(bs, query):
    hit = Overlaps(items(bs)).find(query)
    truth = any(b.overlaps(query) for b in bs)
    assert (hit is not None) == truth
    assert hit is None or hit.bounds.overlaps(query)


@pytest.mark.parametrize("query, expected", [
    pytest.param(Bounds(Decimal(0), Decimal(5)), True, id="touch-closed"),
    pytest.param(Bounds(Decimal(0), Decimal(5), hi_incl=False), False, id="touch-open"),
    pytest.param(Bounds(Decimal(11), None), False, id="above-everything"),
])
def test_overlaps_at_touching_ends(query, expected):
    index = Overlaps(items([Bounds(Decimal(5), Decimal(10))]))
    assert (index.find(query) is not None) is expected
