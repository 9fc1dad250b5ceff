"""One entity across documents: ids learnt apart that share a spelling become one.

Each document learns its unlisted names on its own (claims.discover): 蜜雪集团 in one report,
蜜雪集團 (Mixue Group) with its Latin name in another, so the first is ``蜜雪集团`` and the second
``mixue-group``. Where two ids hold one alias in its matching form (name_key: OpenCC, width,
case), they are one entity; the id kept is the curated table's, else a Latin name's slug, else
the smallest. No two ids join on anything less than a spelling both were written with.
"""

from __future__ import annotations

from collections.abc import Iterable


def canonical_ids(aliases: Iterable[tuple[str, str]], curated: frozenset[str] = frozenset()) -> dict[str, str]:
    """``aliases``: (entity id, alias key) pairs. Each id that joins another -> the id kept
    (ids that stay as they are are left out)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[str, str] = {}
    for entity, key in aliases:
        a, b = root(by_key.setdefault(key, entity)), root(entity)
        if a != b:
            parent[b] = a
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    out = {}
    for members in groups.values():  # whatever the order the ids were met in
        keep = min(members, key=lambda x: (x not in curated, not x.isascii(), x))
        out.update({x: keep for x in members if x != keep})
    return out


def with_canonical_parties(views: Iterable, ids: dict[str, str]):
    """The claims (ClaimView or Claim) with payer and payee as their canonical ids."""
    for v in views:
        payer, payee = ids.get(v.payer, v.payer), ids.get(v.payee, v.payee)
        if (payer, payee) == (v.payer, v.payee):
            yield v
        elif hasattr(v, "_replace"):
            yield v._replace(payer=payer, payee=payee)
        else:
            yield v.model_copy(update={"payer": payer, "payee": payee})
