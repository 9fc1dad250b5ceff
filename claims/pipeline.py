"""The library behind the CLI: ingest files, read claims back, reconcile them.

I/O lives here and in ``store``/``documents``; parsers/ and reconcile/ stay pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from core.schema import Claim, Document
from reconcile import Conflict, Quantity, find_conflicts
from reconcile import consensus as reconcile_consensus
from reconcile.possible import Possible, possible_conflicts

from . import MAX_PART, claimreview
from .build import analyse
from .documents import LoadError, iter_documents, parts
from .entities import Entity, EntityResolver
from .errors import DocumentError
from .records import conflict_row
from .store import Store


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicate: int = 0  # text already stored under another path: this path recorded as a source too
    claims: int = 0
    conflicts: int = 0
    errors: list[LoadError] = field(default_factory=list)  # the inputs skipped, with why


@lru_cache(maxsize=1)
def resolver() -> EntityResolver:
    """One resolver per process: building its patterns costs a fraction of a second."""
    return EntityResolver()


def ingest(
    store: Store, paths: Iterable[str], *, progress: Callable[[str], None] | None = None,
    encoding: str | None = None, max_size: int = MAX_PART,
) -> IngestReport:
    """Load, extract and store each file in its own transaction; bad files are reported and
    skipped. Then the conflicts of the whole database are written to its ``conflicts`` table.
    ``encoding`` forces one for every file (else each is detected); a text longer than
    ``max_size`` characters is analysed in parts (claims.documents.parts)."""
    report = IngestReport()
    res = resolver()
    store.save_entities(res)
    for item in iter_documents(paths, encoding=encoding):
        if isinstance(item, LoadError):
            report.errors.append(item)
        else:
            try:
                outcome, claims = _store_document(store, item, res, max_size)
            except DocumentError as e:  # a paragraph longer than max_size
                report.errors.append(LoadError(item.path, e))
            else:
                setattr(report, outcome, getattr(report, outcome) + 1)
                report.claims += claims
        if progress:
            progress(item.path)
    report.conflicts = save_conflicts(store)
    return report


def _store_document(store: Store, document: Document, res: EntityResolver, max_size: int) -> tuple[str, int]:
    """(the store's outcome, claims read) for one document, its claims streamed to the store
    part by part: a long document's claims are never all in memory."""
    pieces = parts(document, max_size)  # a paragraph too long is refused before anything is read
    found: dict[str, Entity] = {}
    count = 0

    def claims() -> Iterator[Claim]:
        nonlocal count
        for piece in pieces:
            built = analyse(piece.document, res)
            for entity in built.entities:
                found.setdefault(entity.id, entity)
            rebased = piece.rebase(built.claims)
            count += len(rebased)
            yield from rebased

    outcome = store.ingest(document, claims(), found.values())
    return outcome, count


def save_conflicts(store: Store) -> int:
    """Recompute the conflicts over every stored claim and replace the stored ones, both under
    the write lock: of two ingests that finish together, the later one's list, made from the
    claims of both, is the one kept."""
    with store.transaction():
        found = find_conflicts(store.claim_views())  # only the ids are kept: no Claim models needed
        store.save_conflicts(conflict_row(c) for c in found)
    return len(found)


def conflicts(store: Store) -> list[Conflict]:
    return find_conflicts(store.claims())


def claim_reviews(store: Store, **options: str) -> list[dict]:
    """The conflicts as schema.org ClaimReview objects (claims.claimreview)."""
    return claimreview.claim_reviews(conflicts(store), store.documents(), **options)


def possible(store: Store) -> list[Possible]:
    """Look-alike pairs that could not be compared as one quantity, each with the reason."""
    return possible_conflicts(store.claims())


def consensus(store: Store) -> list[Quantity]:
    """Quantities reported by two or more claims: their distinct values and support."""
    return [q for q in reconcile_consensus(store.claims()) if sum(len(v.claims) for v in q.values) > 1]
