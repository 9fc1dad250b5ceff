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


class OutputError(EngineError, OSError):
    """An output cannot be written (a missing folder, a full disk), or would overwrite an input."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{printable(path)}: {problem}")
        self.path = path
        self.problem = problem


class OptionError(EngineError, ValueError):
    """A command-line value the engine cannot use (bytes that are not UTF-8, an unknown encoding)."""

    def __init__(self, option: str, problem: str) -> None:
        super().__init__(f"{option}: {problem}")
        self.option = option
        self.problem = problem


def printable(text: str) -> str:
    """``text`` with the undecodable bytes of a file name or argument (Python's surrogate
    escapes, as in ``os.listdir``) written as ``\\xNN``, so it can be printed and stored."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(error: BaseException) -> str:
    """The error as one line of text (the CLI's message): white space folded, bytes escaped."""
    return printable(" ".join(str(error).split())) or type(error).__name__
