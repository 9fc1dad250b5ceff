"""Tables that are the same on every run, kept on disk so a process reads them instead of
building them (the parser's character maps, the compiled money grammar: core.patterns).

Each table is one JSON file in the user's cache folder (``CLAIMS_CACHE_DIR``, else
``$XDG_CACHE_HOME/claims-engine``, else ``~/.cache/claims-engine``), named by everything it is
built from (a library's version, the Unicode version, the pattern's own text), so a stale
table is never found, only not used. JSON, not pickle: reading a file never runs code. A
file that cannot be read is built again; a folder that cannot be written only costs the
speed. Nothing here is needed for a result to be right.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    explicit = os.environ.get("CLAIMS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claims-engine"


def load(name: str) -> Any | None:
    """The table stored as ``name``, or None (never written, unreadable, damaged)."""
    try:
        # (bytes: json reads UTF-8 itself; a text read's newline pass cost twice the parse, and json.dump
        # writes no raw line end for it to change)
        return json.loads((cache_dir() / name).read_bytes())
    except (OSError, ValueError):
        return None


def save(name: str, value: Any) -> None:
    """Written whole to a private file, then moved over the old one (concurrent writers never
    leave half a file)."""
    import tempfile  # (only a process that writes a table needs it: a few ms of every start)

    folder = cache_dir()
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, folder / name)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def memo(name: str, build: Callable[[], Any], valid: Callable[[Any], bool] = lambda value: True) -> Any:
    """The stored table ``name`` if there is one that ``valid`` accepts, else ``build()``,
    stored for the next process. ``build`` must return what JSON gives back (lists, not tuples)."""
    value = load(name)
    if value is None or not valid(value):
        value = build()
        save(name, value)
    return value


def toml(path: str | os.PathLike) -> dict:
    """A TOML table file as ``tomllib`` reads it, kept as JSON under the digest of its bytes when JSON
    gives back the same values (no dates): a process then neither imports nor runs tomllib (a few ms
    of every `claims mentions`). A table JSON cannot hold is parsed every time."""
    import hashlib

    text = Path(path).read_text("utf-8")  # (as tomllib's callers read it: line ends made \n)
    name = f"toml-{Path(path).stem}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}.json"
    stored = load(name)
    if isinstance(stored, dict):
        return stored
    import tomllib

    table = tomllib.loads(text)
    try:
        same = json.loads(json.dumps(table, ensure_ascii=False)) == table
    except (TypeError, ValueError):  # (a date, a time)
        same = False
    if same:
        save(name, table)
    return table


def package_stamp(name: str) -> str | None:
    """A digest of an installed package's files (path, size, modification time), found without importing
    it: the name of a table built from the package (OpenCC's maps, the regex module's classes), which a
    new version or a reinstall makes a new one. None when the package is not found as a folder."""
    import hashlib
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    entries = []
    try:
        for top in spec.submodule_search_locations:
            for folder, subfolders, files in os.walk(top):
                subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
                for file in sorted(files):
                    path = os.path.join(folder, file)
                    info = os.stat(path)
                    entries.append(f"{os.path.relpath(path, top)}:{info.st_size}:{info.st_mtime_ns}")
    except OSError:
        return None
    if not entries:
        return None
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogateescape")).hexdigest()[:24]
