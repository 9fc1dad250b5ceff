"""Resolve command-line inputs (files, folders, ``-``) into decoded texts.

The only place that touches the file system for input; every problem
becomes a ``DocumentError`` naming the path, before anything is printed
for that path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .documents import SUFFIXES, decode, walk
from .errors import DocumentError

from . import SEEDS_DIR  # noqa: F401  (re-exported for the CLI)


@dataclass(frozen=True)
class Source:
    display: str  # the path as given (or below a given folder); "-" for stdin
    path: Path | None
    text: str
    encoding: str


def expand(paths: tuple[str, ...] | list[str]) -> list[str]:
    """Files to read, in order; folders expand to their text files, sorted."""
    out: list[str] = []
    for given in paths:
        if given == "-":
            out.append(given)
            continue
        path = Path(given)
        if path.is_dir():
            files = walk(given)  # the same files `claims ingest` reads
            if not files:
                raise DocumentError(given, f"folder has no text files ({', '.join(SUFFIXES)})")
            out.extend(files)
        elif path.is_file():
            out.append(given)
        else:
            raise DocumentError(given, "no such file or folder")
    return out


def read_inputs(paths, *, stdin: BinaryIO) -> Iterator[Source]:
    """Decoded sources for ``paths``; all paths are checked before the first is read."""
    for given in expand(list(paths)):
        if given == "-":
            text, encoding = decode(stdin.read(), "<stdin>")
            yield Source("-", None, text, encoding)
            continue
        try:
            data = Path(given).read_bytes()
        except OSError as err:
            raise DocumentError(given, f"cannot read: {err.strerror}") from None
        text, encoding = decode(data, given)
        yield Source(given, Path(given), text, encoding)
