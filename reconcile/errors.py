"""Errors raised by reconcile/. One base class; callers catch only ReconcileError."""

from __future__ import annotations


class ReconcileError(Exception):
    """Base class of every error reconcile/ raises on purpose."""


class FxError(ReconcileError, LookupError):
    """No rate for this currency in the shipped table."""

    def __init__(self, currency: str | None, message: str) -> None:
        super().__init__(message)
        self.currency = currency


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
