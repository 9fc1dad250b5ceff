"""Reconcile claims: find the ones that cannot all be true (in progress)."""
