"""Errors of the reconcile stage. Each is an ``EngineError`` (core.errors)."""

from __future__ import annotations

from core.errors import EngineError


class ReconcileError(EngineError):
    """Base class of the reconcile stage's errors."""


class IncomparableError(ReconcileError):
    """Two claims cannot be compared (different currencies without USD values, ...)."""

    def __init__(self, ids: tuple[str, str], reason: str) -> None:
        super().__init__(f"cannot compare {ids[0]} with {ids[1]}: {reason}")
        self.ids = ids
        self.reason = reason


class InvalidClaimError(ReconcileError, ValueError):
    """A claim whose interval is empty or inverted (min > max)."""

    def __init__(self, claim_id: str, reason: str) -> None:
        super().__init__(f"claim {claim_id}: {reason}")
        self.claim_id = claim_id
