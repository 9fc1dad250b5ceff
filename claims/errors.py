"""Errors of the claims stage: loading files, the entity table, the store.

Each is an ``EngineError`` (core.errors) that keeps the path it is about and the problem
(plus the line or entity where there is one); the CLI prints ``core.errors.one_line(error)``
and exits non-zero.
"""

from __future__ import annotations

from core.errors import EngineError


class ClaimsError(EngineError):
    """Base class of the claims stage's errors: ``path: problem``."""

    def __init__(self, path: str, problem: str, *, at: str = ""):
        super().__init__(f"{path}{at}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):
        """Picklable with its fields (a worker of ``ingest --workers`` returns a file's error)."""
        return _rebuilt, (type(self), self.args, self.__dict__.copy())


def _rebuilt(cls: type[ClaimsError], args: tuple, state: dict) -> ClaimsError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class DocumentError(ClaimsError):
    """An input cannot be loaded (missing, unreadable, undecodable, bad metadata)."""

    def __init__(self, path: str, problem: str, *, line: int | None = None):
        super().__init__(path, problem, at="" if line is None else f":{line}")
        self.line = line


class EntityTableError(ClaimsError):
    """The entity table is malformed; raised at load, never skipped."""

    def __init__(self, path: str, problem: str, *, entity: str | None = None):
        super().__init__(path, problem, at="" if entity is None else f" [{entity}]")
        self.entity = entity


class StoreError(ClaimsError):
    """The claims database cannot be used, or a write to it was refused and rolled back."""
