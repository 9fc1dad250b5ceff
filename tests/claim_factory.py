"""Build valid core.schema.Claim objects for reconcile tests with little typing.

Values are strings (or Decimals) so no float ever reaches a money field. USD values are
filled from the shipped fx table unless ``usd=False``.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from core.fx import to_usd
from core.schema import Claim, FxStamp, Period

_ids = itertools.count()


def D(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def claim(value=None, *, lo=None, hi="same", currency="USD", kind="signing_bonus",
          payer="Meta", payee="Alex Wang", period="unknown", years=None, precision=None,
          approx=False, qualifiers=(), lo_incl=True, hi_incl=True, outlet="Outlet A",
          published=date(2025, 7, 15), stance="asserted", attributed_to=None, usd=True,
          id=None) -> Claim:
    """``claim("1e8")`` is a point; ``claim(lo="1e8", hi=None)`` is open above."""
    lo = D(value if lo is None else lo)
    hi = lo if hi == "same" else D(hi)
    cid = id or f"c{next(_ids)}"
    fx = {}
    if usd and currency and currency != "USD":
        fx = {"min_usd": to_usd(lo, currency, published).usd,
              "max_usd": None if hi is None else to_usd(hi, currency, published).usd,
              "fx": FxStamp(rate=to_usd(lo, currency, published).rate)}
    return Claim(
        id=cid, doc=f"{cid}.txt", doc_id=f"doc-{cid}", outlet=outlet, published=published,
        start=0, end=1, text="x", sentence="x", kind=kind, payer=payer, payee=payee,
        period=Period(kind=period, years=D(years)), min=lo, max=hi, min_inclusive=lo_incl,
        max_inclusive=hi_incl, currency=currency, precision=D(precision), approx=approx,
        qualifiers=tuple(qualifiers), attributed_to=attributed_to, stance=stance, **fx,
    )


def copy(c: Claim, **update) -> Claim:
    """The same claim under a new id, with some fields changed."""
    return c.model_copy(update={"id": f"c{next(_ids)}", **update})
