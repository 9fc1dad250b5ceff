"""ClaimView: a claim as a light named tuple of its flat columns (core.schema.COLUMNS).

find_conflicts accepts Claim objects; building a million pydantic models is slow, so callers
with many claims (the benchmark, a bulk database read) can pass ClaimView records instead.
The fields are the claim's flat columns by name (``period_kind``, ``fx_rate`` ...), derived
from the schema, so a new claim field reaches reconcile with no edit here.  ``id``, ``min``
and ``max`` come first so short positional records stay easy to write; every other field
defaults to the schema's default.  ``origin`` keeps the Claim a view was made from, so
conflicts hand back the caller's objects.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Any

from core.schema import COLUMNS, Claim, flatten

_LEAD = ("id", "min", "max")
_ORDER = _LEAD + tuple(c.name for c in COLUMNS if c.name not in _LEAD)
_DEFAULT = {c.name: c.default for c in COLUMNS}
_Record = namedtuple("_Record", (*_ORDER, "origin"),
                     defaults=[_DEFAULT[name] for name in _ORDER[2:]] + [None])


class ClaimView(_Record):
    __slots__ = ()

    @property
    def source(self) -> Any:
        """The object the caller passed in (a Claim, or this view)."""
        return self if self.origin is None else self.origin


def as_view(claim: Any) -> ClaimView:
    """A ClaimView of a core.schema.Claim (or the view itself)."""
    if isinstance(claim, ClaimView):
        return claim
    if not isinstance(claim, Claim):
        raise TypeError(f"as_view takes a Claim or a ClaimView, not {type(claim).__name__}")
    flat = flatten(claim)
    return ClaimView(*(flat[name] for name in _ORDER), claim)
