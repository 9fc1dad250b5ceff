"""The second tier: pairs that look like one quantity but could not be compared as one.

find_conflicts compares claims only when their whole quantity key agrees (group.block_key).
A reader still wants to see the near misses, each with why it was not decided:

- one side lacks a party the other has: the payer or the payee (unknown, or a group the
  text does not name: ``role:人才``), or, for a quantity that moves over time (a valuation),
  the time (undated against dated). Listed when their values would conflict if the missing part were the other
  side's, but lie within LOOK_ALIKE of each other (further apart, they are other things).
- both agree on the whole key, but their periods or currencies cannot be put in one basis
  (a one-time amount against an annual rate; two currencies without a USD value).

Pairs come from rival reports only (group.rival_reports), never from hypothetical,
comparison or restating claims, and are blocked by the rest of the key, so the cost grows
with the block sizes, not with the square of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from typing import Any

from core.schema import GUESSED_PARTIES, SUBJECT_OF_ARTICLE, UNNAMED_PREFIX

from .compare import compare_prepared, prepare
from .events import events_of, same_event
from .explain import explain
from .group import (
    FAR_APART_REASON,
    VALUE_STANCES,
    block_key,
    blocks,
    far_apart,
    held,
    not_a_quantity,
    one_source,
    other_round,
    rival_views,
    same_time,
    undated,
)
from .view import ClaimView, as_view

# Parts of the key a claim may lack.
_PARTS = ("payer", "payee")
LOOK_ALIKE = Decimal(10)  # with a part missing, values further apart are taken as other quantities
_BIG = 256  # a relaxed block larger than this is skipped: too loose to be one quantity


@dataclass(frozen=True)
class Possible:
    claims: tuple[Any, Any]  # the caller's objects
    reason: str  # why they were not compared as one quantity
    explanation: str  # what the values say if they are one
    severity: Decimal  # for ordering: higher is worse


def _unknown(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.startswith(UNNAMED_PREFIX))


def _parts(v: ClaimView) -> dict[str, Any]:
    return {"payer": v.payer, "payee": v.payee}


def _eligible(v: ClaimView) -> bool:
    """A value claim that is a quantity but for an unknown payee (that part may be missing) or
    for parties guessed rather than read (the article's subject, the previous figure's)."""
    reason = not_a_quantity(v)
    return v.stance in VALUE_STANCES and (reason is None or reason.startswith("payee")
                                          or v.parties_from in GUESSED_PARTIES and reason.startswith("parties"))


def possible_conflicts(claims: Iterable[Any]) -> list[Possible]:
    """Look-alike pairs that were not compared, each with the reason, most severe first."""
    every = [as_view(c) for c in claims]  # read once: claims may be a one-pass iterable
    views = [v for v in every if _eligible(v)]
    out: list[Possible] = []
    for missing in _PARTS:
        relaxed: dict[tuple, list[ClaimView]] = defaultdict(list)
        for v in views:
            if _unknown(v.payee) and (missing != "payee" or _unknown(v.payer)):
                continue  # two parts missing (or nothing names a party): too loose to be one quantity
            relaxed[block_key(v._replace(**{missing: None}))].append(v)  # the key, that part left out
        for group in relaxed.values():
            lacking = [v for v in group if _unknown(_parts(v)[missing])]
            having = [v for v in group if not _unknown(_parts(v)[missing])]
            if len(lacking) * len(having) > _BIG * _BIG:
                continue
            for a in lacking:
                for b in having:
                    found = _near_miss(a, b, f"{missing} unknown on one side ({a.id})")
                    if found:
                        out.append(found)
    guessed: dict[tuple, list[ClaimView]] = defaultdict(list)  # the article's subject as payee
    unaccused: set[str] = set()  # the guessed claims find_conflicts leaves out (not_a_quantity, read once)
    for v in views:
        blocked = not_a_quantity(v) is not None
        if v.parties_from in GUESSED_PARTIES or not blocked:
            guessed[block_key(v)].append(v)
            if blocked:
                unaccused.add(v.id)
    for group in guessed.values():
        if len(group) > _BIG:
            continue
        for a, b in combinations(group, 2):
            sides = [x for x in (a, b) if x.id in unaccused]
            if sides and same_time(a, b) and not one_source(a, b):
                side = sides[0]
                how = "payee is the article's subject" if side.parties_from == SUBJECT_OF_ARTICLE \
                    else "parties carried from the story's previous figure"
                found = _near_miss(a, b, f"{how} ({side.id})")
                if found:
                    out.append(found)
    events = events_of(every)
    for views_ in blocks(every).values():
        if len(views_) > _BIG:
            continue
        for a, b in combinations([v for v in views_ if v.stance in VALUE_STANCES], 2):
            if undated(a, b) and not (one_source(a, b) or other_round(a, b) or same_event(a, b, events)):
                undated_side = a if held(a) is None else b
                found = _near_miss(a, b, f"time unknown ({undated_side.id})", rivals=True)
                if found:
                    out.append(found)
            elif rival_views(a, b, events):
                pa, pb = prepare(a), prepare(b)
                result = compare_prepared(pa, pb)
                if result.verdict == "incomparable":
                    out.append(Possible((a.source, b.source), result.reason,
                                        f"not compared: {result.reason}", Decimal(0)))
                elif result.verdict == "conflict" and not one_source(a, b):
                    conflict = explain(pa, pb, result)
                    if far_apart(conflict):
                        out.append(Possible(conflict.claims, FAR_APART_REASON, conflict.explanation,
                                            conflict.severity))
    out.sort(key=lambda p: (-p.severity, [as_view(c).id for c in p.claims]))
    return out


def _near_miss(a: ClaimView, b: ClaimView, reason: str, rivals: bool = False) -> Possible | None:
    """The pair as a possible conflict when its values would conflict as one quantity
    (``rivals``: the caller has already checked they are rival reports)."""
    if not rivals and not rival_views(a, b):
        return None
    pa, pb = prepare(a), prepare(b)
    result = compare_prepared(pa, pb)
    if result.verdict != "conflict":
        return None
    conflict = explain(pa, pb, result)
    if conflict.ratio > LOOK_ALIKE:
        return None
    return Possible(conflict.claims, reason, conflict.explanation, conflict.severity)
