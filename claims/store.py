"""SQLite store for documents, claims, entities and conflicts, through sqlite-utils.

Money stays exact: every Decimal is stored as TEXT (``str(Decimal)``) and read back
with ``Decimal(text)``. The file runs in WAL mode so a second process can read
while one writes, and each document is ingested in one transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import sqlite_utils

from claims.entities import Entity, EntityResolver, name_key, normalize
from claims.errors import StoreError
from core.schema import COLUMNS, Claim, Document, flatten, unflatten

# value type -> (column type, to the column, from the column); None stays NULL both ways.
_CODECS: dict[type, tuple[type, Callable[[Any], Any], Callable[[Any], Any]]] = {
    Decimal: (str, str, Decimal),  # exact TEXT, never REAL
    bool: (int, int, bool),
    int: (int, int, int),
    str: (str, str, str),
    date: (str, date.isoformat, date.fromisoformat),
    tuple: (str, lambda v: json.dumps(list(v), ensure_ascii=False), lambda v: tuple(json.loads(v))),
}
# Derived from the schema, so a new Claim field gets a column without edits here.
_TYPES = {c.name: c.type for c in COLUMNS}
_CLAIM_COLUMNS: dict[str, type] = {
    **{c.name: _CODECS[c.type][0] for c in COLUMNS},
    "sentence_norm": str,  # t2s + case-folded sentence: what search matches
}
_CONFLICT_COLUMNS: dict[str, type] = {
    "id": str, "claim_ids": str, "ratio": str, "severity": str, "cause": str,
    "explanation": str, "basis": str,
}
_MIN_FTS_QUERY = 3  # the trigram tokenizer cannot match shorter strings


class Store:
    """One claims database file."""

    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)
        self.db = sqlite_utils.Database(self.path)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.enable_wal()
            self._create_schema()
        except sqlite3.DatabaseError as e:  # not SQLite, truncated, or corrupt: say so, touch nothing
            self.db.close()
            raise StoreError(self.path, f"not a usable claims database ({e})") from e

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema --------------------------------------------------------------

    def _create_schema(self) -> None:
        """Create what is missing; an existing file is only read (so readers never block)."""
        tables = set(self.db.table_names())
        with self.db.atomic():
            self._create_tables(tables)
        if "claims_fts" not in tables:  # executescript commits, so outside atomic()
            self.db["claims"].enable_fts(["sentence_norm"], tokenize="trigram", create_triggers=True)

    def _create_tables(self, existing: set[str]) -> None:
        db = self.db
        if "documents" not in existing:
            db["documents"].create(
                {"id": str, "path": str, "text": str, "outlet": str, "author": str,
                 "published": str, "url": str, "script": str, "encoding": str},
                pk="id", not_null={"path", "text"},
            )
            db["documents"].create_index(["path"])
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
        for table, wanted in (("claims", _CLAIM_COLUMNS), ("conflicts", _CONFLICT_COLUMNS)):
            if table in existing:
                have = set(self.db[table].columns_dict)
                for name, kind in wanted.items():
                    if name not in have:
                        self.db[table].add_column(name, kind)

    # --- writing ---------------------------------------------------------------

    def ingest(self, document: Document, claims: list[Claim], entities: Iterable[Entity] = ()) -> str:
        """Upsert a document and replace its claims in one transaction; the entities the
        document named that the store does not have yet (found in its text) are added,
        with their aliases, in the same transaction.

        Returns "added", "unchanged" (nothing written) or "replaced" (an edit of the
        same path, or changed metadata or claims). On any error nothing changes.
        """
        _check_claims(document, claims)
        doc_row = _document_row(document)
        claim_rows = sorted((claim_to_row(c) for c in claims), key=lambda r: r["id"])
        try:
            with self.db.atomic():
                self._add_entities(entities)
                return self._write(doc_row, claim_rows)
        except sqlite3.IntegrityError as e:
            raise StoreError(document.path, f"not ingested, nothing changed: {e}") from e

    def _write(self, doc_row: dict, claim_rows: list[dict]) -> str:
        stale = [
            r["id"] for r in self.db["documents"].rows_where(
                "path = ? and id != ?", [doc_row["path"], doc_row["id"]], select="id")
        ]
        stored_doc = next(self.db["documents"].rows_where("id = ?", [doc_row["id"]]), None)
        stored_claims = list(self.db["claims"].rows_where(
            "doc_id = ?", [doc_row["id"]], order_by="id", select=_SELECT_CLAIM_COLUMNS))
        if not stale and stored_doc == doc_row and stored_claims == claim_rows:
            return "unchanged"
        for doc_id in stale:  # the file was edited: its old text goes
            self._delete_document(doc_id)
        if stored_doc is None:
            self.db["documents"].insert(doc_row)
        elif stored_doc != doc_row:
            self.db["documents"].update(doc_row["id"], doc_row)
        if stored_claims != claim_rows:
            self._delete_claims(doc_row["id"])
            self.db["claims"].insert_all(claim_rows)
        return "added" if stored_doc is None and not stale else "replaced"

    def _delete_document(self, doc_id: str) -> None:
        self._delete_claims(doc_id)
        self.db["documents"].delete(doc_id)

    def _delete_claims(self, doc_id: str) -> None:
        """Drop a document's claims and the conflicts that cite them (now stale)."""
        self.db.execute(
            "delete from conflicts where exists (select 1 from json_each(conflicts.claim_ids) j"
            " join claims c on c.id = j.value where c.doc_id = ?)", [doc_id])
        self.db["claims"].delete_where("doc_id = ?", [doc_id])

    def save_conflicts(self, rows: Iterable[dict[str, Any]]) -> None:
        """Replace the stored conflicts with ``rows`` (columns of _CONFLICT_COLUMNS), at once."""
        with self.db.atomic():
            self.db["conflicts"].delete_where()
            self.db["conflicts"].insert_all(rows, pk="id", replace=True)

    def conflict_rows(self) -> list[dict[str, Any]]:
        return list(self.db["conflicts"].rows_where(order_by="cast(severity as real) desc, id"))

    def _add_entities(self, entities: Iterable[Entity]) -> None:
        """Insert-or-ignore: a known entity or alias is left as it is (no row rewritten)."""
        entities = list(entities)
        if not entities:
            return
        self.db["entities"].insert_all(
            ({"id": e.id, "name": e.name, "type": e.type, "english": e.english} for e in entities),
            pk="id", ignore=True)
        self.db["aliases"].insert_all(
            ({"entity_id": e.id, "alias": a, "key": name_key(a)} for e in entities for a in e.aliases),
            pk=("entity_id", "alias"), ignore=True)

    def save_entities(self, resolver: EntityResolver) -> None:
        """Upsert the resolver's entities and replace their aliases."""
        with self.db.atomic():
            for entity in resolver.entities:
                self.db["entities"].upsert(
                    {"id": entity.id, "name": entity.name, "type": entity.type,
                     "english": entity.english}, pk="id")
                self.db["aliases"].delete_where("entity_id = ?", [entity.id])
                self.db["aliases"].insert_all(
                    {"entity_id": entity.id, "alias": a, "key": name_key(a)} for a in entity.aliases)

    # --- reading ---------------------------------------------------------------

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

    def _entity_ids(self, entity: str) -> list[str]:
        rows = self.db.query("select distinct entity_id from aliases where key = ?", [name_key(entity)])
        return list(dict.fromkeys([entity, *(r["entity_id"] for r in rows)]))


_SELECT_CLAIM_COLUMNS = ", ".join(f"[{c}]" for c in _CLAIM_COLUMNS)


# --- row conversion -------------------------------------------------------------

def claim_to_row(claim: Claim) -> dict[str, Any]:
    """A claim as a row: its flat columns through their codecs, plus the search column."""
    row = {name: None if value is None else _CODECS[_TYPES[name]][1](value)
           for name, value in flatten(claim).items()}
    row["sentence_norm"] = normalize(claim.sentence)
    return row


def row_to_claim(row: dict[str, Any]) -> Claim:
    return unflatten({name: None if row[name] is None else _CODECS[kind][2](row[name])
                      for name, kind in _TYPES.items()})


def _document_row(document: Document) -> dict[str, Any]:
    row = document.model_dump()
    row["published"] = document.published.isoformat() if document.published else None
    return row


def _check_claims(document: Document, claims: Iterable[Claim]) -> None:
    """Refuse claims of another document before anything is written."""
    for claim in claims:
        if claim.doc_id != document.id:
            raise StoreError(
                document.path, f"claim {claim.id} belongs to document {claim.doc_id}, not {document.id}")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
