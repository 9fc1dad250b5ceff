"""The library behind the CLI: ingest files, read claims back, reconcile them.

I/O lives here and in ``store``/``documents``; parsers/ and reconcile/ stay pure.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claims import MAX_PART, STDIN

from . import engine
from .documents import LoadError, RawFile, expand, iter_documents, read_file
from .errors import DocumentError
from .store import Rows, Store

# The engine (parsers, build, reconcile) loads at the first file to parse or the first
# conflicts to find: a rerun on unchanged files needs neither.
if TYPE_CHECKING:
    from core.schema import Claim, Document
    from reconcile import Conflict, Quantity
    from reconcile.possible import Possible

    from .build import Built
    from .entities import Entity, EntityResolver


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
    from .entities import EntityResolver

    return EntityResolver()


def parse(raw: RawFile, encoding: str | None = None,
          max_size: int = MAX_PART) -> tuple[Document, Built | None] | LoadError:
    """The per-document step, a pure function of the file's bytes: its document and claims
    (run in a worker process by ``ingest --workers``; a distributed engine can map it). A text
    longer than ``max_size`` comes back unanalysed (``None``): its claims, all held at once
    and sent back whole, would make memory grow with the file; the writer analyses it part
    by part as it stores it (``_store``). Its cuts are checked here: a paragraph longer than
    ``max_size`` is the file's LoadError."""
    from .build import analyse
    from .documents import parts

    try:
        document = raw.load(encoding)
        parts(document, max_size)  # refuses a paragraph it cannot cut
    except DocumentError as e:
        return LoadError(raw.shown, e)
    if len(document.text) > max_size:
        return document, None
    return document, analyse(document, resolver())


def parse_rows(raw: RawFile, encoding: str | None = None,
               max_size: int = MAX_PART) -> tuple[Document, Rows | None] | LoadError:
    """``parse`` with the claims and entities as the store writes them (store.to_rows): what
    a worker sends back to the writer (tuples of strings pickle and write several times
    faster than the Claims), and what one process stores too."""
    from .store import to_rows

    result = parse(raw, encoding, max_size)
    if isinstance(result, LoadError) or result[1] is None:
        return result
    document, built = result
    return document, to_rows(built.claims, built.entities)


_UNCHANGED = "unchanged"


def ingest(
    store: Store, paths: Iterable[str], *, progress: Callable[[str], None] | None = None,
    encoding: str | None = None, workers: int = 1, max_size: int = MAX_PART,
) -> IngestReport:
    """Load, extract and store each file in its own transaction; bad files are reported and
    skipped, and a file stored as it is now by this engine is skipped before it is parsed.
    Then the conflicts of the whole database are written to its ``conflicts`` table (kept
    when no claim changed). ``encoding`` forces one for every file (else each is detected);
    ``workers`` > 1 parses in that many processes while this one writes, in input order; a
    text longer than ``max_size`` characters is analysed in parts (claims.documents.parts)."""
    report = IngestReport()
    version = engine.version()
    if store.meta("entities_engine") != version:  # the curated table, saved once per engine version
        store.save_entities(resolver(), engine=version)
    stamps = store.stamps()
    counts: dict[str, int] | None = None
    items = _inputs(paths)

    def task(item: str | LoadError) -> tuple[str, RawFile | LoadError | str, str | None]:
        """(path, what to do, its digest): a raw file to parse, a LoadError, or unchanged."""
        if isinstance(item, LoadError):
            return item.path, item, None
        if item == STDIN:
            return STDIN, next(iter_documents([item])), None  # ingest reads no standard input: its error
        raw = read_file(item)
        if isinstance(raw, LoadError):
            return raw.path, raw, None
        digest = raw.stamp(encoding, max_size)
        stored = stamps.get(raw.shown)
        if stored is not None and stored[:2] == (digest, version):
            return raw.shown, _UNCHANGED, stored[2]
        return raw.shown, raw, digest

    # (the tasks made in a function: no frame keeps a file's bytes while its text is analysed)
    tasks = (task(item) for item in items)
    for path, result, extra in _parsed(tasks, encoding, max_size, min(workers, len(items))):  # one file: no pool
        if isinstance(result, LoadError):
            report.errors.append(result)
        elif result == _UNCHANGED:
            counts = store.claim_counts() if counts is None else counts
            report.unchanged += 1
            report.claims += counts.get(extra, 0)
        else:
            document, built = result
            outcome, claims = _store(store, document, built, max_size, (extra, version))
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.claims += claims
        if progress:
            progress(path)
    result = document = built = None  # the last text and its claims go before the conflict pass (a 50 MB text: 136 MB)
    report.conflicts = save_conflicts(store, workers)
    return report


def _inputs(paths: Iterable[str]) -> list[str | LoadError]:
    """The files to read (folders walked, as iter_documents does)."""
    items = list(paths)
    if all(isinstance(i, LoadError) or (isinstance(i, str) and (i == STDIN or not os.path.isdir(i)))
           for i in items):
        return items
    return expand(items)


def _parsed(tasks: Iterator[tuple], encoding: str | None, max_size: int, workers: int) -> Iterator[tuple]:
    """The tasks in order, each raw file replaced by ``parse``'s result. With workers, a
    process pool parses a bounded window ahead (memory flat in the corpus size); the pool
    starts at the first file that needs parsing."""
    if workers <= 1:
        for path, todo, extra in tasks:
            if isinstance(todo, RawFile):
                todo = parse_rows(todo, encoding, max_size)  # the file's bytes let go once decoded
            yield path, todo, extra
        return
    window: deque[tuple[str, Future | object, str | None]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for path, todo, extra in tasks:
            if isinstance(todo, RawFile):
                pool = pool or _pool(workers)
                todo = pool.submit(parse_rows, todo, encoding, max_size)
            window.append((path, todo, extra))
            while len(window) > 2 * workers or (window and not isinstance(window[0][1], Future)):
                yield _done(window.popleft())
        while window:
            yield _done(window.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _done(task: tuple) -> tuple:
    path, todo, extra = task
    return path, todo.result() if isinstance(todo, Future) else todo, extra


def _store(store: Store, document: Document, built: Rows | None, max_size: int,
           stamp: tuple[str, str]) -> tuple[str, int]:
    """(the store's outcome, the document's claims) for one parsed document. A long one
    (``built`` None) is analysed here part by part, its claims streamed to the store as each
    part is rebased into the whole text: they are never all in memory."""
    if built is not None:
        return store.ingest(document, built, stamp=stamp), len(built.claims)
    from .build import analyse
    from .documents import parts

    res = resolver()
    found: dict[str, Entity] = {}
    count = 0

    def claims() -> Iterator[Claim]:
        nonlocal count
        for piece in parts(document, max_size):
            part = analyse(piece.document, res)
            for entity in part.entities:
                found.setdefault(entity.id, entity)
            rebased = piece.rebase(part.claims)
            count += len(rebased)
            yield from rebased

    outcome = store.ingest(document, claims(), found.values(), stamp=stamp)
    if outcome == "duplicate":  # the text is stored under another path: the stream was not read
        count = store.claim_counts().get(document.id, 0)
    return outcome, count


_WARM_UP = "其创始人王小川表示，百川智能获得了5000万美元投资，年薪约三百万元。"


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked once this one has loaded what every document needs (the
    resolver, jieba's dictionary, the lazily built tables): each starts ready."""
    from core.schema import Document

    from .build import analyse

    analyse(Document(id="warm-up", path="warm-up", text=_WARM_UP), resolver())
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),))


_PARENT_POLL = 0.5  # seconds between a worker's looks at whether its parent is alive


def die_with_parent(parent: int) -> None:
    """Run in each worker: exit once ``parent`` is gone. A forked worker holds both ends of its
    task queue, so when ``claims ingest`` is killed (kill -9, a full disk's OOM kill) it would
    wait on that queue forever, holding its memory."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def save_conflicts(store: Store, workers: int = 1) -> int:
    """Recompute the conflicts over every stored claim and replace the stored ones, both under
    the write lock: of two ingests that finish together, the later one's list, made from the
    claims of both, is the one kept. With ``workers`` > 1 and many claims, the blocks of
    claims (reconcile.group.blocks, independent of each other) are searched in that many
    forked processes."""
    version = engine.version()
    with store.transaction():
        if store.meta("conflicts_engine") == version:  # found by this engine, no claim changed since
            return store.conflict_count()
        from .records import conflict_row

        views = list(_one_entity(store, store.claim_views()))
        if workers > 1 and len(views) >= _PARALLEL_CONFLICTS:
            rows = _conflict_rows_in_processes(views, workers)
        else:  # a row needs the claims' ids only: no Claim built
            from reconcile import find_conflicts

            rows = [conflict_row(c) for c in find_conflicts(views)]
        store.save_conflicts(rows, engine=version)
    return len(rows)


_PARALLEL_CONFLICTS = 5000  # claims from which the conflicts are searched in processes
_SHARDS: tuple = ()  # (blocks, events) for the forked processes of _conflict_rows_in_processes


def _conflict_rows_in_processes(views: list, workers: int) -> list[dict[str, Any]]:
    """The conflict rows of find_conflicts(views), its blocks shared among ``workers`` forked
    processes (largest first, dealt in turn), which inherit the views and send back rows."""
    global _SHARDS
    from reconcile.events import events_of
    from reconcile.group import blocks

    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:  # the views would be pickled to each process: not worth it
        from reconcile import find_conflicts

        from .records import conflict_row

        return [conflict_row(c) for c in find_conflicts(views)]
    groups = sorted((b for b in blocks(views).values() if len(b) > 1), key=len, reverse=True)
    _SHARDS = (groups, events_of(views))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            parts = list(pool.map(_shard_rows, range(workers), [workers] * workers))
    finally:
        _SHARDS = ()
    return [row for part in parts for row in part]


def _shard_rows(shard: int, shards: int) -> list[dict[str, Any]]:
    from reconcile.group import block_conflicts

    from .records import conflict_row

    groups, events = _SHARDS
    return [conflict_row(c) for block in groups[shard::shards] for c in block_conflicts(block, events)]


def _conflicts_of_views(store: Store) -> list[Conflict]:
    """The conflicts among every stored claim, each holding the claims' light views."""
    from reconcile import find_conflicts

    return find_conflicts(_one_entity(store, store.claim_views()))


def conflicts(store: Store) -> list[Conflict]:
    """The conflicts among every stored claim, each holding its Claims (built for the claims
    in a conflict only: the search reads light views of the rows)."""
    import dataclasses

    from core.schema import COLUMNS, unflatten

    built: dict[str, Any] = {}

    def claim(view):
        if view.id not in built:
            built[view.id] = unflatten({c.name: getattr(view, c.name) for c in COLUMNS})
        return built[view.id]

    return [dataclasses.replace(c, claims=tuple(claim(v) for v in c.claims)) for c in _conflicts_of_views(store)]


def _one_entity(store: Store, claims):
    """The stored claims with each party under its one id across documents (claims.identity)."""
    from .identity import canonical_ids, with_canonical_parties

    curated = frozenset(e.id for e in resolver().entities)
    return with_canonical_parties(claims, canonical_ids(store.alias_keys(), curated))


def claim_reviews(store: Store, **options: str) -> list[dict]:
    """The conflicts as schema.org ClaimReview objects (claims.claimreview)."""
    from . import claimreview

    return claimreview.claim_reviews(conflicts(store), store.documents(), **options)


def possible(store: Store) -> list[Possible]:
    """Look-alike pairs that could not be compared as one quantity, each with the reason."""
    from reconcile.possible import possible_conflicts

    return possible_conflicts(_one_entity(store, store.claims()))


def consensus(store: Store) -> list[Quantity]:
    """Quantities reported by two or more claims: their distinct values and support."""
    from reconcile import consensus as reconcile_consensus

    return [q for q in reconcile_consensus(_one_entity(store, store.claims()))
            if sum(len(v.claims) for v in q.values) > 1]
