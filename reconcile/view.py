"""ClaimView: the fields reconcile/ reads from a Claim, as a light NamedTuple.

find_conflicts accepts Claim objects; building a million pydantic models is slow, so callers
with many claims (the benchmark, a bulk database read) can pass ClaimView records instead.
``origin`` keeps the Claim a view was made from, so conflicts hand back the caller's objects.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple


class ClaimView(NamedTuple):
    id: str
    min: Decimal
    max: Decimal | None = None
    currency: str | None = None
    kind: str = "other"
    payer: str | None = None
    payee: str | None = None
    period_kind: str = "unknown"
    period_years: Decimal | None = None
    min_inclusive: bool = True
    max_inclusive: bool = True
    precision: Decimal | None = None
    approx: bool = False
    qualifiers: tuple[str, ...] = ()
    min_usd: Decimal | None = None
    max_usd: Decimal | None = None
    outlet: str | None = None
    doc_id: str | None = None
    published: date | None = None
    attributed_to: str | None = None
    stance: str = "asserted"
    origin: Any = None

    @property
    def source(self) -> Any:
        """The object the caller passed in (a Claim, or this view)."""
        return self if self.origin is None else self.origin


def as_view(claim: Any) -> ClaimView:
    """A ClaimView of a claims.models.Claim (or the view itself)."""
    if isinstance(claim, ClaimView):
        return claim
    c, p = claim, claim.period
    return ClaimView(
        c.id, c.min, c.max, c.currency, c.kind, c.payer, c.payee, p.kind, p.years,
        c.min_inclusive, c.max_inclusive, c.precision, c.approx, tuple(c.qualifiers),
        c.min_usd, c.max_usd, c.outlet, c.doc_id, c.published, c.attributed_to,
        c.stance, c,
    )
