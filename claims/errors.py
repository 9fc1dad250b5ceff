"""The project's exceptions: one base class, a subclass per stage.

The CLI catches ``ClaimsError`` only and prints ``str(error)`` as its one-line
message, so every message names the thing that was wrong and why.
"""

from __future__ import annotations


class ClaimsError(Exception):
    """Base class for errors the engine raises on purpose."""


class DocumentError(ClaimsError):
    """An input file cannot be loaded (unreadable, undecodable, bad metadata)."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class EntityTableError(ClaimsError):
    """The entity table is malformed; raised at load, never skipped."""


class StoreError(ClaimsError):
    """A write to the claims database was refused and rolled back."""
