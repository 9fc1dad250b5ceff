"""reconcile: pure functions over claims — compare, explain and group money claims.

Public API:
    to_usd(amount, currency, when) -> FxResult                    (fx)
    compare(a, b) -> Comparison; conflicts(a, b) -> bool          (compare)
    find_conflicts(claims) -> list[Conflict]                      (group)
    consensus(claims) -> list[Quantity]                           (group)
    ClaimView, as_view(claim)                                     (view: fast input records)
"""

from .compare import Bounds, Comparison, compare, conflicts, widen
from .errors import FxError, IncomparableError, InvalidClaimError, ReconcileError
from .explain import Conflict, money
from .fx import FxResult, to_usd
from .group import Quantity, ReportedValue, consensus, find_conflicts
from .view import ClaimView, as_view

__all__ = [
    "Bounds", "ClaimView", "Comparison", "Conflict", "FxError", "FxResult", "IncomparableError",
    "InvalidClaimError", "Quantity", "ReconcileError", "ReportedValue", "as_view", "compare",
    "conflicts", "consensus", "find_conflicts", "money", "to_usd", "widen",
]
