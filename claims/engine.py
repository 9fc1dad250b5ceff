"""The engine's version as its extraction sees it: a digest of the packages' source and data.

A file already ingested is skipped on a rerun only when it was read by this same engine
(claims.pipeline); any edit to a rule table, a lexicon row, a data file or the code makes a
new version, so the next ingest reads every file again. Reading and hashing the files takes
a few milliseconds, once per run.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "parsers", "claims", "reconcile")  # everything a claim or a conflict is made by
_KINDS = (".py", ".toml", ".csv", ".json", ".txt", ".md")


@lru_cache(maxsize=1)
def version() -> str:
    """This engine's version (computed once per process)."""
    return digest(_ROOT)


def digest(root: Path) -> str:
    """The digest of the engine's packages below ``root``: every source and data file, by path."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        folder = root / package
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in _KINDS
                           and "__pycache__" not in p.parts and "seeds" not in p.relative_to(folder).parts):
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
