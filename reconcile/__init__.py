"""reconcile: pure functions over claims — compare, explain and group money claims.

Public API:
    compare(a, b) -> Comparison; conflicts(a, b) -> bool          (compare)
    find_conflicts(claims) -> list[Conflict]                      (group)
    consensus(claims) -> list[Quantity]                           (group)
    ClaimView, as_view(claim)                                     (view: fast input records)

USD rates and period factors live below, in core.fx and core.units, read by claims/ too.
"""

from .compare import Bounds, Comparison, compare, conflicts, widen
from .errors import IncomparableError, InvalidClaimError, ReconcileError
from .explain import Conflict, money
from .group import Quantity, ReportedValue, consensus, find_conflicts
from .view import ClaimView, as_view

__all__ = [
    "Bounds", "ClaimView", "Comparison", "Conflict", "IncomparableError",
    "InvalidClaimError", "Quantity", "ReconcileError", "ReportedValue", "as_view", "compare",
    "conflicts", "consensus", "find_conflicts", "money", "widen",
]
