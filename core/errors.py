"""The engine's exceptions: one base class, typed subclasses carrying what was wrong.

Every error the engine raises on purpose derives from ``EngineError``; each stage has its
own subclass (``parsers.NumeralError``, ``parsers.format.FormatError``, ``claims.errors``,
``reconcile.errors``, ``FxError`` here) and keeps the file, line or value on the instance.
Only the CLI turns one into text, with ``one_line``; anything else escaping is a bug.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base class of every error the engine raises on purpose."""


class FxError(EngineError, LookupError):
    """No usable rate: an unknown currency, or a malformed rate table."""

    def __init__(self, currency: str | None, message: str) -> None:
        super().__init__(message)
        self.currency = currency


def one_line(error: BaseException) -> str:
    """The error as one line of text (the CLI's message): white space folded."""
    return " ".join(str(error).split()) or type(error).__name__
