"""SQLite store for documents, their source paths, claims, entities and conflicts, through sqlite-utils.

Money stays exact: every Decimal is stored as TEXT (``str(Decimal)``) and read back
with ``Decimal(text)``. The file runs in WAL mode so readers go on while one process
writes, and each document is ingested in one ``BEGIN IMMEDIATE`` transaction: a reader
sees a document with all its claims or not at all, and a second writer waits up to
``timeout`` seconds for the first (then stops with a one-line StoreError).

A claims database is marked: ``PRAGMA application_id`` is APPLICATION_ID and
``PRAGMA user_version`` the SCHEMA_VERSION it was written with. Any other SQLite file is
refused before anything is written to it; ``Store(path, readonly=True)`` (the read
commands) opens with ``mode=ro``, so it can neither create nor change a file. Every
sqlite3 error is raised as a StoreError naming the file.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import sqlite3
import stat
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlite_utils
from pydantic import BaseModel

from claims import BUSY_TIMEOUT
from claims.errors import StoreError
from core.schema import COLUMNS, Claim, Document, Source, columns_of, flatten, unflatten

if TYPE_CHECKING:
    from claims.entities import Entity, EntityResolver
    from reconcile.view import ClaimView


def name_key(name: str) -> str:
    """claims.entities.name_key, loaded at first use: the entity table and the parser's text
    tables are not needed to open a database (a rerun that parses nothing never loads them)."""
    from claims.entities import name_key as key

    return key(name)


def normalize(text: str) -> str:
    from claims.entities import normalize as norm

    return norm(text)

# value type -> (column type, to the column, from the column); None stays NULL both ways.
_CODECS: dict[type, tuple[type, Callable[[Any], Any], Callable[[Any], Any]]] = {
    Decimal: (str, str, Decimal),  # exact TEXT, never REAL
    bool: (int, int, bool),
    int: (int, int, int),
    str: (str, str, str),
    date: (str, date.isoformat, date.fromisoformat),
    tuple: (str, lambda v: json.dumps(list(v), ensure_ascii=False), lambda v: tuple(json.loads(v))),
}


def _columns_of(model: type[BaseModel]) -> dict[str, type]:
    """A model's table columns, by field name (core.schema): a new field is a new column."""
    return {c.name: _CODECS[c.type][0] for c in columns_of(model)}


# Derived from the schema, so a new Claim, Document or Source field gets a column without edits here.
_TYPES = {c.name: c.type for c in COLUMNS}
_CLAIM_COLUMNS: dict[str, type] = {
    **_columns_of(Claim),
    "sentence_norm": str,  # t2s + case-folded sentence: what search matches
}
_DOCUMENT_COLUMNS = _columns_of(Document)
_SOURCE_COLUMNS = _columns_of(Source)
_CONFLICT_COLUMNS: dict[str, type] = {
    "id": str, "claim_ids": str, "ratio": str, "severity": str, "cause": str,
    "explanation": str, "basis": str,
}
# What each path held when last ingested (claims.documents.RawFile.stamp) and the engine that
# read it: a rerun skips a file whose row matches before parsing it (claims.pipeline).
_FILE_COLUMNS: dict[str, type] = {"path": str, "digest": str, "engine": str, "doc_id": str}
_MIN_FTS_QUERY = 3  # the trigram tokenizer cannot match shorter strings

APPLICATION_ID = 0x436C6D73  # "Clms": PRAGMA application_id of every claims database
# PRAGMA user_version: 2 added the sources table (a database without the stamp is version 1).
SCHEMA_VERSION = 2
_UNSTAMPED_TABLES = frozenset({"documents", "claims", "entities", "aliases", "conflicts"})
_NO_DATABASE = "no such database (run 'claims ingest' or 'claims check' first)"


def _translated(method):
    """Any sqlite3 error of a Store method becomes a StoreError naming the file."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as e:
            raise StoreError(self.path, _problem(e, self.timeout)) from e
    return wrapper


def _problem(error: sqlite3.Error, timeout: float) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return f"database is locked by another writer (waited {timeout:g} s); try again when it is done"
    if "readonly" in text or "read-only" in text:
        return "cannot write: the database file or its folder is read-only"
    if "disk is full" in text:
        return "the disk is full: the write was rolled back, nothing half written"
    if "unable to open" in text:
        return "cannot open the database file (is its folder writable?)"
    if isinstance(error, sqlite3.IntegrityError):
        return f"not written, nothing changed: {text}"
    return f"not a usable claims database ({text})"


class Store:
    """One claims database file; ``readonly`` for the commands that only read."""

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False, timeout: float = BUSY_TIMEOUT):
        self.path = os.fspath(path)
        self.readonly = readonly
        self.timeout = timeout
        self.db = sqlite_utils.Database(_connect(self.path, readonly, timeout))
        try:
            self._open()
        except BaseException:
            self.db.close()
            raise

    @_translated
    def _open(self) -> None:
        if self.readonly:
            self._check_readable()
            return
        self.db.execute("PRAGMA foreign_keys = ON")
        if self._kind() == "ours" and self._complete():
            return  # nothing to create: opening takes no lock
        self.db.enable_wal()  # only now: a file that is not ours was refused untouched
        with self.transaction():  # two first opens: the second waits, then sees the tables
            self._create_schema()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction: BEGIN IMMEDIATE takes the write lock first (waiting up to
        ``timeout``), so it never has to upgrade a read lock, which SQLite refuses without
        waiting. Inside a caller's transaction, a savepoint."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            self.db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:  # locked past the timeout, read-only...: one line, nothing begun
            raise StoreError(self.path, _problem(e, self.timeout)) from e
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            raise
        try:
            self.db.conn.execute("COMMIT")
        except sqlite3.Error as e:
            self.db.conn.rollback()
            raise StoreError(self.path, _problem(e, self.timeout)) from e

    # --- schema --------------------------------------------------------------

    def _kind(self) -> str:
        """"new" (an empty file) or "ours"; any other database is refused."""
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        tables = set(self.db.table_names())
        if app_id == APPLICATION_ID or (app_id == 0 and version == 0 and _UNSTAMPED_TABLES <= tables):
            if version > SCHEMA_VERSION:
                raise StoreError(self.path, f"written by a newer claims engine (schema {version}; "
                                            f"this one knows up to {SCHEMA_VERSION})")
            return "ours"
        if app_id == 0 and version == 0 and not tables:
            return "new"
        found = ", ".join(sorted(tables)[:5]) or "no tables"
        raise StoreError(self.path, f"not a claims database (application_id {app_id}, {found}); "
                                    "refusing to change it: choose another --db")

    def _complete(self) -> bool:
        """Stamped with this version, and every table and column there."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        tables = set(self.db.table_names())
        if not {"sources", "claims_fts", "aliases_fts", "files", "meta"} | _UNSTAMPED_TABLES <= tables:
            return False
        return all(set(wanted) <= set(self.db[table].columns_dict) for table, wanted in (
            ("claims", _CLAIM_COLUMNS), ("conflicts", _CONFLICT_COLUMNS), ("documents", _DOCUMENT_COLUMNS)))

    def _check_readable(self) -> None:
        if self._kind() == "new":
            raise StoreError(self.path, "an empty database, not a claims database yet "
                                        "(run 'claims ingest' or 'claims check' first)")
        missing = set(_CLAIM_COLUMNS) - set(self.db["claims"].columns_dict)
        if missing:
            raise StoreError(self.path, f"written by an older claims engine (no {', '.join(sorted(missing))}); "
                                        "run 'claims ingest' on it once to upgrade it")

    def _create_schema(self) -> None:
        """Create what is missing (re-checked under the write lock) and stamp the file."""
        kind = self._kind()
        tables = set(self.db.table_names())
        self._create_tables(tables)
        if "claims_fts" not in tables:
            self.db["claims"].enable_fts(["sentence_norm"], tokenize="trigram", create_triggers=True)
        if "aliases_fts" not in tables:  # names, in their matching form (t2s, width, case), for search
            self.db["aliases"].enable_fts(["key"], tokenize="trigram", create_triggers=True)
            self.db["aliases"].populate_fts(["key"])
        if kind == "new" or self.db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _create_tables(self, existing: set[str]) -> None:
        db = self.db
        if "documents" not in existing:
            db["documents"].create(_DOCUMENT_COLUMNS, pk="id", not_null={"path", "text"})
            db["documents"].create_index(["path"])
        if "sources" not in existing:
            db["sources"].create(_SOURCE_COLUMNS, pk="path", not_null={"doc_id"},
                                 foreign_keys=[("doc_id", "documents", "id")])
            db["sources"].create_index(["doc_id"])
            # A database written before sources existed: each document's one path.
            db.execute("insert or ignore into sources (path, doc_id) select path, id from documents")
        if "files" not in existing:
            db["files"].create(_FILE_COLUMNS, pk="path")
        if "meta" not in existing:  # key -> value: the engine the stored conflicts were found by
            db["meta"].create({"key": str, "value": str}, pk="key")
        if "entities" not in existing:
            db["entities"].create({"id": str, "name": str, "type": str, "english": str}, pk="id")
        if "aliases" not in existing:
            db["aliases"].create(
                {"entity_id": str, "alias": str, "key": str}, pk=("entity_id", "alias"),
                foreign_keys=[("entity_id", "entities", "id")],
            )
            db["aliases"].create_index(["key"])
        if "claims" not in existing:
            db["claims"].create(
                _CLAIM_COLUMNS, pk="id", foreign_keys=[("doc_id", "documents", "id")],
                not_null={"doc", "doc_id", "start", "end", "text", "sentence", "min"},
            )
            for columns in (["doc_id"], ["payer"], ["payee"], ["kind"]):
                db["claims"].create_index(columns)
        if "conflicts" not in existing:
            db["conflicts"].create(_CONFLICT_COLUMNS, pk="id")
        self._add_missing_columns(existing)

    def _add_missing_columns(self, existing: set[str]) -> None:
        """A database written before a field was added gets its column (values NULL until
        the next ingest of that document rewrites its claims)."""
        for table, wanted in (("claims", _CLAIM_COLUMNS), ("conflicts", _CONFLICT_COLUMNS),
                              ("documents", _DOCUMENT_COLUMNS)):
            if table in existing:
                have = set(self.db[table].columns_dict)
                for name, kind in wanted.items():
                    if name not in have:
                        self.db[table].add_column(name, kind)

    # --- writing ---------------------------------------------------------------

    @_translated
    def ingest(self, document: Document, claims: Iterable[Claim] | Rows, entities: Iterable[Entity] = (),
               stamp: tuple[str, str] | None = None) -> str:
        """Store a document read from ``document.path`` with its claims, in one transaction;
        the entities the document named that the store does not have yet (found in its text)
        are added, with their aliases, in the same transaction. ``stamp`` (the file's digest,
        the engine's version) is recorded for the path in that transaction too.

        ``claims`` may be a stream (a long document's parts, claims.pipeline): it is written
        as it comes, in batches, to a private temporary database on disk and compared with
        the stored claims from there, so they are never all in memory. ``entities`` is read after the claims (the
        stream may gather them as it goes). Text stored under another path is not analysed
        again: the stream is then not read. ``claims`` may also be ``to_rows(claims, entities)``,
        the same written from their rows (what a worker of ``ingest --workers`` sends back).

        Returns "added" (new text), "duplicate" (the text is stored under another path: this
        path is recorded as one more source, the stored document and claims stay), "replaced"
        (an edit of the same path, or changed metadata or claims) or "unchanged" (nothing
        written). On any error nothing changes.
        """
        doc_row = _document_row(document)
        if isinstance(claims, Rows):  # made by to_rows() (a worker's): the entities are in them
            rows, entities = claims.claims, None
            claims_in: Iterable[tuple] = _checked_rows(document, rows)
        else:
            rows, claims_in = None, (claim_row(c) for c in _checked(document, claims))
        try:
            with self.transaction():
                outcome = self._write(doc_row, claims_in, rows)
                if entities is None:
                    self._add_entity_rows(claims.entities, claims.aliases)
                else:
                    self._add_entities(entities)
                if stamp is not None:
                    self._stamp(document.path, document.id, stamp)
                return outcome
        except sqlite3.IntegrityError as e:
            raise StoreError(document.path, f"not ingested, nothing changed: {e}") from e

    def _write(self, doc_row: dict, claims: Iterable[tuple], rows: list[tuple] | None = None) -> str:
        """``claims``: the claim rows (a stream); ``rows``: the same, all of them in id order,
        when they are at hand (then a new text's are inserted without staging)."""
        path, doc_id = doc_row["path"], doc_row["id"]
        before = self._source(path)  # the document this path had, if any
        stored_doc = next(self.db["documents"].rows_where("id = ?", [doc_id]), None)
        if stored_doc is not None and stored_doc["path"] != path:  # the same text under another name
            if before == doc_id:
                return "unchanged"
            self._point(path, doc_id, before)
            return "duplicate"
        if stored_doc is None and rows is not None:  # new text: no stored claims to compare with
            self.db["documents"].insert(doc_row)
            rows = list(claims)  # checked
            if rows:
                self._insert_rows(rows)
                self._conflicts_stale()
            self._point(path, doc_id, before)
            return "added" if before is None else "replaced"
        with _staged(claims) as staged:
            same_claims = self._same_claims(staged, doc_id)
            if before == doc_id and stored_doc == doc_row and same_claims:
                return "unchanged"
            if stored_doc is None:
                self.db["documents"].insert(doc_row)
            elif stored_doc != doc_row:
                self.db["documents"].update(doc_id, doc_row)
            if not same_claims:
                self._delete_claims(doc_id)
                self._insert_claims(staged)
                self._conflicts_stale()
        self._point(path, doc_id, before)
        return "added" if stored_doc is None and before is None else "replaced"

    def _same_claims(self, staged: sqlite3.Connection, doc_id: str) -> bool:
        """The staged rows are the stored claims of ``doc_id``: both read in id order, side by side."""
        new = staged.execute(f"select {_SELECT_CLAIM_COLUMNS} from staged order by id")
        old = self.db.conn.execute(
            f"select {_SELECT_CLAIM_COLUMNS} from claims where doc_id = ? order by id", [doc_id])
        return all(a == b for a, b in itertools.zip_longest(new, old))

    def _insert_claims(self, staged: sqlite3.Connection) -> None:
        """One statement for a document's claims, read from the staging table as column values
        (already through their codecs); the FTS triggers keep claims_fts in step, in the same
        transaction."""
        self._insert_rows(staged.execute(f"select {_SELECT_CLAIM_COLUMNS} from staged order by id"))

    def _insert_rows(self, rows: Iterable[tuple]) -> None:
        marks = ", ".join("?" * len(_CLAIM_COLUMNS))
        self.db.conn.executemany(f"insert into claims ({_SELECT_CLAIM_COLUMNS}) values ({marks})", rows)

    def _stamp(self, path: str, doc_id: str, stamp: tuple[str, str]) -> None:
        row = {"path": path, "digest": stamp[0], "engine": stamp[1], "doc_id": doc_id}
        if next(self.db["files"].rows_where("path = ?", [path]), None) != row:
            self.db["files"].upsert(row, pk="path")

    @_translated
    def stamps(self) -> dict[str, tuple[str, str, str]]:
        """path -> (digest, engine, doc_id) of every path whose stamp still names the document
        its source row has (a stamp is only trusted while the two agree)."""
        rows = self.db.execute("select f.path, f.digest, f.engine, f.doc_id from files f"
                               " join sources s on s.path = f.path and s.doc_id = f.doc_id")
        return {path: (digest, engine, doc_id) for path, digest, engine, doc_id in rows}

    @_translated
    def claim_counts(self) -> dict[str, int]:
        """doc_id -> how many claims it has."""
        return dict(self.db.execute("select doc_id, count(*) from claims group by doc_id").fetchall())

    @_translated
    def meta(self, key: str) -> str | None:
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    @_translated
    def conflict_count(self) -> int:
        return self.db.execute("select count(*) from conflicts").fetchone()[0]

    def _source(self, path: str) -> str | None:
        row = next(self.db["sources"].rows_where("path = ?", [path], select="doc_id"), None)
        return row["doc_id"] if row else None

    def _point(self, path: str, doc_id: str, before: str | None) -> None:
        """Record that ``path`` now has ``doc_id``'s text; the text it had before loses a source."""
        if before == doc_id:
            return
        self.db["sources"].upsert(Source(path=path, doc_id=doc_id).model_dump(), pk="path")
        if before is not None:
            self._release(before, path)

    def _release(self, doc_id: str, path: str) -> None:
        """``path`` no longer has this text (the file was edited): the document goes when no
        path has it; else, if ``path`` was the one it was shown under, the next one takes over."""
        others = [r["path"] for r in self.db["sources"].rows_where(
            "doc_id = ?", [doc_id], order_by="path", select="path")]
        if not others:
            self._delete_document(doc_id)
        elif self.db["documents"].get(doc_id)["path"] == path:
            self.db["documents"].update(doc_id, {"path": others[0]})
            self.db.execute("update claims set doc = ? where doc_id = ?", [others[0], doc_id])
            self._conflicts_stale()

    def _delete_document(self, doc_id: str) -> None:
        self._delete_claims(doc_id)
        self.db["sources"].delete_where("doc_id = ?", [doc_id])
        self.db["documents"].delete(doc_id)

    def _delete_claims(self, doc_id: str) -> None:
        """Drop a document's claims and the conflicts that cite them (now stale)."""
        self.db.execute(
            "delete from conflicts where exists (select 1 from json_each(conflicts.claim_ids) j"
            " join claims c on c.id = j.value where c.doc_id = ?)", [doc_id])
        self.db["claims"].delete_where("doc_id = ?", [doc_id])
        self._conflicts_stale()

    def _conflicts_stale(self) -> None:
        """The claims changed: the stored conflicts are no longer known to be theirs, so the
        next ingest recomputes them even when every file it reads is unchanged."""
        self.db.execute("delete from meta where key = 'conflicts_engine'")

    @_translated
    def save_conflicts(self, rows: Iterable[dict[str, Any]], engine: str | None = None) -> None:
        """Replace the stored conflicts with ``rows`` (columns of _CONFLICT_COLUMNS), at once,
        and record the ``engine`` that found them; the same as stored write nothing."""
        wanted = _conflict_set(rows)
        with self.transaction():
            if engine is not None and self.meta("conflicts_engine") != engine:
                self.db["meta"].upsert({"key": "conflicts_engine", "value": engine}, pk="key")
            if _conflict_set(self.db["conflicts"].rows) == wanted:
                return
            self.db["conflicts"].delete_where()
            self.db["conflicts"].insert_all(wanted, pk="id", replace=True)

    @_translated
    def conflict_rows(self) -> list[dict[str, Any]]:
        return list(self.db["conflicts"].rows_where(order_by="cast(severity as real) desc, id"))

    def _add_entities(self, entities: Iterable[Entity]) -> None:
        """Insert-or-ignore: a known entity or alias is left as it is (no row rewritten)."""
        found = to_rows((), entities)
        self._add_entity_rows(found.entities, found.aliases)

    def _add_entity_rows(self, entities: list[tuple], aliases: list[tuple]) -> None:
        """``entities``: (id, name, type, english); ``aliases``: (entity_id, alias, key)."""
        if entities:
            self.db.conn.executemany("insert or ignore into entities (id, name, type, english)"
                                     " values (?, ?, ?, ?)", entities)
        if aliases:
            self.db.conn.executemany("insert or ignore into aliases (entity_id, alias, key) values (?, ?, ?)",
                                     aliases)

    @_translated
    def save_entities(self, resolver: EntityResolver, engine: str | None = None) -> None:
        """Upsert the resolver's entities and replace their aliases; rows already as the
        resolver has them are not rewritten (a rerun writes nothing). ``engine``, the version
        whose table they are, is recorded: the next run of that version need not read them."""
        with self.transaction():
            if engine is not None and self.meta("entities_engine") != engine:
                self.db["meta"].upsert({"key": "entities_engine", "value": engine}, pk="key")
            stored = {r["id"]: r for r in self.db["entities"].rows}
            stored_aliases: dict[str, set[tuple[str, str]]] = {}
            for r in self.db["aliases"].rows:
                stored_aliases.setdefault(r["entity_id"], set()).add((r["alias"], r["key"]))
            for entity in resolver.entities:
                row = {"id": entity.id, "name": entity.name, "type": entity.type, "english": entity.english}
                if stored.get(entity.id) != row:
                    self.db["entities"].upsert(row, pk="id")
                aliases = {(a, name_key(a)) for a in entity.aliases}
                if stored_aliases.get(entity.id, set()) != aliases:
                    self.db["aliases"].delete_where("entity_id = ?", [entity.id])
                    self.db["aliases"].insert_all(
                        {"entity_id": entity.id, "alias": a, "key": k} for a, k in sorted(aliases))

    # --- reading ---------------------------------------------------------------

    @_translated
    def claims(
        self, *, kind: str | None = None, entity: str | None = None,
        outlet: str | None = None, stance: str | None = None, doc_id: str | None = None,
    ) -> list[Claim]:
        """Claims matching every filter given; ``entity`` is an id or any saved alias
        and matches payer or payee."""
        where, params = [], []
        for column, value in (("kind", kind), ("outlet", outlet), ("stance", stance), ("doc_id", doc_id)):
            if value is not None:
                where.append(f"[{column}] = ?")
                params.append(value)
        if entity is not None:
            ids = self._entity_ids(entity)
            marks = ", ".join("?" * len(ids))
            where.append(f"(payer in ({marks}) or payee in ({marks}))")
            params += ids + ids
        rows = self.db["claims"].rows_where(
            " and ".join(where) or None, params, order_by="doc, start, id", select=_SELECT_CLAIM_COLUMNS)
        return [row_to_claim(r) for r in rows]

    def claim_views(self) -> Iterator[ClaimView]:
        """Every stored claim as a reconcile ClaimView made straight from its row, in the order
        of ``claims()``, no Claim model built: a sixth of the memory, for reading a whole
        database at once (the conflicts written at each ingest; pipeline.conflicts builds the
        Claims of the conflicting ones only). TEXT and INTEGER columns come back as they are
        stored; values that repeat across claims (a path, an outlet, a rate, a kind) are
        decoded once and shared (all immutable)."""
        from reconcile.view import ClaimView

        select = ", ".join(f"[{name}]" for name in _TYPES)
        columns = [(name, None if kind in (str, int) else _CODECS[kind][2], name not in _OWN_VALUES)
                   for name, kind in _TYPES.items()]
        shared: dict[tuple[str, Any], Any] = {}
        try:
            for row in self.db.conn.execute(f"select {select} from claims order by doc, start, id"):
                values = {}
                for (name, decode, share), raw in zip(columns, row, strict=True):
                    if raw is None or (decode is None and not share):
                        values[name] = raw
                    elif not share:
                        values[name] = decode(raw)
                    elif (value := shared.get((name, raw))) is not None:
                        values[name] = value
                    else:
                        values[name] = shared[name, raw] = raw if decode is None else decode(raw)
                yield ClaimView(**values)
        except sqlite3.Error as e:
            raise StoreError(self.path, _problem(e, self.timeout)) from e

    @_translated
    def search(self, query: str) -> list[Claim]:
        """Claims whose evidence sentence contains ``query`` (script- and case-insensitive)."""
        needle = normalize(query.strip())
        if not needle:
            return []
        if len(needle) >= _MIN_FTS_QUERY:
            sql = (f"select {_SELECT_CLAIM_COLUMNS} from claims where rowid in"
                   " (select rowid from claims_fts where claims_fts match ?) order by doc, start, id")
            params = ['"' + needle.replace('"', '""') + '"']  # one phrase: a substring
        else:  # 1-2 characters: trigram cannot, scan with LIKE
            sql = (f"select {_SELECT_CLAIM_COLUMNS} from claims where sentence_norm like ?"
                   " escape '\\' order by doc, start, id")
            params = ["%" + _like_escape(needle) + "%"]
        return [row_to_claim(r) for r in self.db.query(sql, params)]

    @_translated
    def alias_keys(self) -> list[tuple[str, str]]:
        """(entity id, alias in matching form) of every stored spelling (claims.identity)."""
        if not self.db["aliases"].exists():
            return []
        return self.db.execute("select entity_id, key from aliases order by entity_id, key").fetchall()

    def _entity_ids(self, entity: str) -> list[str]:
        rows = self.db.query("select distinct entity_id from aliases where key = ?", [name_key(entity)])
        return list(dict.fromkeys([entity, *(r["entity_id"] for r in rows)]))

    @_translated
    def documents(self) -> dict[str, dict[str, Any]]:
        """Each stored document's row (id, path, outlet, author, published, url ...) by id."""
        return {r["id"]: r for r in self.db["documents"].rows_where(select="id, path, outlet, author, published, url")}

    @_translated
    def sources(self, doc_id: str | None = None) -> list[Source]:
        """The paths each document was read from (every one: the same text under two names);
        none from a database written before paths were kept, until its next ingest."""
        if not self.db["sources"].exists():
            return []
        rows = self.db["sources"].rows_where(
            None if doc_id is None else "doc_id = ?", [] if doc_id is None else [doc_id], order_by="path")
        return [Source(**r) for r in rows]


_SELECT_CLAIM_COLUMNS = ", ".join(f"[{c}]" for c in _CLAIM_COLUMNS)
_SQL_TYPES = {str: "TEXT", int: "INTEGER"}  # the column types sqlite-utils gives the claims table
_BATCH = 500  # claims per insert into the staging table
_OWN_VALUES = frozenset({"id", "start", "end", "text", "sentence"})  # each claim's own: not worth sharing
_ID, _DOC_ID, _SENTENCE = (list(_CLAIM_COLUMNS).index(name) for name in ("id", "doc_id", "sentence"))


# --- row conversion -------------------------------------------------------------

def claim_to_row(claim: Claim) -> dict[str, Any]:
    """A claim as a row: its flat columns through their codecs, plus the search column."""
    row = {name: None if value is None else _CODECS[_TYPES[name]][1](value)
           for name, value in flatten(claim).items()}
    row["sentence_norm"] = normalize(claim.sentence)
    return row


# Each claim column's place in the claim (its path in core.schema.COLUMNS) and its codec, in
# _CLAIM_COLUMNS order; sentence_norm, last, is made from the sentence.
_ENCODE = tuple((c.path[0], c.path[1] if len(c.path) > 1 else None, _CODECS[c.type][1]) for c in COLUMNS)
assert [c.name for c in COLUMNS] + ["sentence_norm"] == list(_CLAIM_COLUMNS)


def claim_row(claim: Claim, norms: dict[str, tuple[str, str]] | None = None) -> tuple:
    """``claim_to_row`` as a tuple in column order. ``norms`` (sentence -> (sentence,
    normalised)) shares a sentence and its search form among the claims of one document:
    each normalised once, and pickled once."""
    out = []
    for field, sub, encode in _ENCODE:
        value = getattr(claim, field)
        if sub is not None and value is not None:
            value = getattr(value, sub)
        out.append(None if value is None else encode(value))
    sentence = claim.sentence
    if norms is None:
        out.append(normalize(sentence))
        return tuple(out)
    shared = norms.get(sentence)
    if shared is None:
        shared = norms[sentence] = (sentence, normalize(sentence))
    out[_SENTENCE] = shared[0]
    out.append(shared[1])
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Rows:
    """A document's claims and the entities they name as the store writes them (``to_rows``):
    what a worker of ``ingest --workers`` sends back, lighter to pickle and quicker to write
    than the Claims. ``claims`` are claim_row tuples in id order (the order they are stored in),
    ``entities`` (id, name, type, english), ``aliases`` (entity_id, alias, key)."""

    claims: list[tuple]
    entities: list[tuple]
    aliases: list[tuple]


def to_rows(claims: Iterable[Claim], entities: Iterable[Entity]) -> Rows:
    norms: dict[str, tuple[str, str]] = {}
    claim_rows = sorted((claim_row(c, norms) for c in claims), key=lambda r: r[_ID])
    entities = list(entities)
    return Rows(claim_rows, [(e.id, e.name, e.type, e.english) for e in entities],
                [(e.id, a, name_key(a)) for e in entities for a in e.aliases])


def row_to_claim(row: dict[str, Any]) -> Claim:
    return unflatten({name: None if row[name] is None else _CODECS[kind][2](row[name])
                      for name, kind in _TYPES.items()})


def _document_row(document: Document) -> dict[str, Any]:
    row = document.model_dump()
    row["published"] = document.published.isoformat() if document.published else None
    return row


def _checked(document: Document, claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, each refused if it is of another document (the transaction then rolls back)."""
    for claim in claims:
        if claim.doc_id != document.id:
            raise StoreError(
                document.path, f"claim {claim.id} belongs to document {claim.doc_id}, not {document.id}")
        yield claim


def _checked_rows(document: Document, rows: Iterable[tuple]) -> Iterator[tuple]:
    """``_checked`` for claim rows."""
    for row in rows:
        if row[_DOC_ID] != document.id:
            raise StoreError(
                document.path, f"claim {row[_ID]} belongs to document {row[_DOC_ID]}, not {document.id}")
        yield row


def _conflict_set(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflict rows in one comparable shape: every column, in id order."""
    return sorted(({c: r.get(c) for c in _CONFLICT_COLUMNS} for r in rows), key=lambda r: r["id"])


@contextmanager
def _staged(claims: Iterable[tuple]) -> Iterator[sqlite3.Connection]:
    """The claim rows in a table ``staged`` of a private temporary database (SQLite's "":
    a file of its own, deleted at close; not the store's connection, which sees no write)."""
    conn = sqlite3.connect("")
    try:
        columns = ", ".join(f"[{name}] {_SQL_TYPES[kind]}" for name, kind in _CLAIM_COLUMNS.items())
        conn.execute(f"create table staged ({columns})")
        insert = f"insert into staged values ({', '.join('?' * len(_CLAIM_COLUMNS))})"
        batch: list[tuple] = []
        for row in claims:
            batch.append(row)
            if len(batch) == _BATCH:
                conn.executemany(insert, batch)
                batch.clear()
        conn.executemany(insert, batch)
        yield conn
    finally:
        conn.close()


def _connect(path: str, readonly: bool, timeout: float) -> sqlite3.Connection:
    """A connection through a file: URI (any bytes in the name; ``mode=ro`` cannot write or
    create). A read-only WAL file in a folder no one may write (no -wal left behind, so no
    writer) opens as immutable."""
    if os.path.isdir(path):
        raise StoreError(path, "is a folder, not a database file")
    if os.path.exists(path) and not os.path.isfile(path):  # a FIFO, a device (SQLite: 'disk I/O error')
        raise StoreError(path, f"is {_special_kind(os.stat(path).st_mode)}, not a database file")
    if readonly and not os.path.isfile(path):
        raise StoreError(path, _NO_DATABASE)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise StoreError(path, f"no such folder: {folder}")
    if not readonly:
        if os.path.exists(path) and not os.access(path, os.W_OK):
            raise StoreError(path, "the database file is read-only: cannot write to it")
        if not os.access(folder, os.W_OK):
            raise StoreError(path, f"its folder {folder} is read-only: SQLite cannot write its journal there")
    uri = "file:" + urllib.parse.quote(os.fsencode(os.path.abspath(path)))
    try:
        if not readonly:
            return sqlite3.connect(uri + "?mode=rwc", uri=True, timeout=timeout)
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=timeout)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError:
            if os.path.exists(path + "-wal") or os.access(folder, os.W_OK):
                raise
            conn.close()
            conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=timeout)
        return conn
    except sqlite3.Error as e:
        raise StoreError(path, _problem(e, timeout)) from e


def _special_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
