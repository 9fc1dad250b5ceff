"""Why two claims were not compared: the first part of the quantity key that tells them apart.

find_conflicts compares only claims with one block key (group.block_key) from rival reports.
``why_apart`` names what stood between two claims, in the order a reader checks it: whether
each is a quantity at all, then kind, parties, scope, phase and time, then the rival-report
rule. It is what ``claims conflicts --possible`` prints for look-alike pairs, and what the
conflict benchmark prints for a true conflict the engine missed.
"""

from __future__ import annotations

from typing import Any

from .group import (
    KEY_FIELDS,
    apart_in_time,
    block_key,
    held,
    not_a_quantity,
    other_round,
    rival_views,
    undated,
)
from .view import as_view


def why_apart(a: Any, b: Any) -> str | None:
    """The first reason a and b are not one quantity from rival reports, or None if they are."""
    va, vb = as_view(a), as_view(b)
    for v in (va, vb):
        reason = not_a_quantity(v)
        if reason:
            return f"{v.id}: {reason}"
    for name, x, y in zip(KEY_FIELDS, block_key(va), block_key(vb), strict=True):
        if x != y:
            return f"{name}: {x} vs {y}"
    if apart_in_time(va, vb):
        (a0, a1), (b0, b1) = held(va), held(vb)
        return f"time: {a0}..{a1} vs {b0}..{b1}"
    if undated(va, vb):
        return f"time unknown ({va.id if held(va) is None else vb.id})"
    if other_round(va, vb):
        if va.reporting_period != vb.reporting_period and va.reporting_period and vb.reporting_period:
            return f"reporting period: {va.reporting_period} vs {vb.reporting_period}"
        return f"funding round: {va.funding_round} vs {vb.funding_round}"
    if not rival_views(va, vb):
        return "one article, one source"
    return None
