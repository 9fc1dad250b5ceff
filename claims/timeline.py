"""A quantity's timeline: every claim of its values, with its US-dollar interval and
publication date, the ones in a stored conflict marked, the denials of it added.

A quantity is what ``claims consensus`` prints as a heading, ``investment (meta → scale-ai)``:
one kind between one payer and one payee (reconcile.group.block_key). ``select`` takes that
heading as printed, or an entity (its id or any spelling, any script) with an optional kind,
and names the candidates when the choice is not one quantity. claims.plot draws it;
claims.serve shows it in the browser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.errors import OptionError
from core.schema import Claim
from reconcile import Quantity

from .store import Store


@dataclass(frozen=True)
class Mark:
    """One claim on the timeline; ``high`` None with ``open_above`` for 超过10亿."""

    claim: Claim
    low: Decimal  # US dollars
    high: Decimal | None
    open_above: bool
    conflict: bool  # one side of a stored conflict
    denied: bool  # a denial of one of the quantity's values


@dataclass(frozen=True)
class Timeline:
    label: str
    marks: tuple[Mark, ...]  # dated first, by publication date; undated after, by outlet
    no_usd: tuple[Claim, ...]  # claims with no US-dollar value (no rate): not drawn, listed


def label(quantity: Quantity) -> str:
    """The heading ``claims consensus`` prints for the quantity (tests check they agree)."""
    return f"{quantity.kind.replace('_', ' ')} ({quantity.payer or '?'} → {quantity.payee or '?'})"


def quantities(store: Store) -> list[Quantity]:
    """The quantities ``claims consensus`` lists: reported by two or more claims."""
    from .pipeline import consensus  # the reconcile engine: loaded only when a timeline is asked for

    return consensus(store)


def select(store: Store, query: str, kind: str | None = None) -> Quantity:
    """The one quantity ``query`` names: a heading as ``claims consensus`` prints it, or an
    entity (id or any spelling) that is its payer or payee, narrowed by ``kind``."""
    found = quantities(store)
    wanted = _folded(query)
    by_label = [q for q in found if _folded(label(q)) == wanted]
    if by_label:
        return by_label[0]
    ids = {c.id for c in store.claims(entity=query.strip())}
    matches = [q for q in found if any(c.id in ids for v in q.values for c in v.claims)
               and (kind is None or kind in {c.kind for v in q.values for c in v.claims})]
    if len(matches) == 1:
        return matches[0]
    narrowed = f" of kind {kind}" if kind else ""
    if not matches:
        raise OptionError("QUANTITY", f"no quantity reported twice or more involves {query!r}{narrowed} "
                                      "(claims consensus lists them)")
    names = "; ".join(label(q) for q in matches)
    raise OptionError("QUANTITY", f"{query!r}{narrowed} names {len(matches)} quantities: {names}; "
                                  "give one heading as printed, or --kind")


def _folded(text: str) -> str:
    return " ".join(text.replace("->", "→").split()).casefold()


def timeline(store: Store, quantity: Quantity) -> Timeline:
    """The quantity's claims as marks, with the stored conflicts that involve them."""
    in_conflict: set[str] = set()
    pairs = [json.loads(row["claim_ids"]) for row in store.conflict_rows()]
    own = {c.id for v in quantity.values for c in v.claims}
    for ids in pairs:
        if own & set(ids):
            in_conflict.update(ids)
    claims = [c for v in quantity.values for c in v.claims]
    by_id = {c.id: c for c in store.claims(kind=None)} if in_conflict - own else {}
    denials = [by_id[i] for i in sorted(in_conflict - own) if i in by_id and by_id[i].stance == "denied"]
    marks, no_usd = [], []
    for claim in claims + denials:
        if claim.min_usd is None:
            no_usd.append(claim)
            continue
        marks.append(Mark(claim, claim.min_usd, claim.max_usd, claim.max_usd is None,
                          claim.id in in_conflict, claim.stance == "denied"))
    marks.sort(key=lambda m: (m.claim.published is None, m.claim.published or date.min, m.claim.outlet or "",
                              m.claim.doc, m.claim.start))
    return Timeline(label(quantity), tuple(marks), tuple(no_usd))
