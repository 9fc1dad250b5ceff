"""SQLite store: exact round-trips, idempotent ingest, replacement, rollback, search, WAL."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.entities import EntityResolver
from claims.errors import ClaimsError, StoreError
from claims.store import Store
from core.schema import Claim, Document, FxStamp, Period

TEXT_V1 = "據報導，祖克柏向OpenAI員工提供“100萬美元簽約獎金”。\n小扎另開出1億美元的薪酬包。"
TEXT_V2 = TEXT_V1 + "\n更正：簽約獎金為1000萬美元。"


def make_doc(text: str = TEXT_V1, path: str = "a.txt", **meta) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), path=path, text=text, **meta)


def make_claim(doc: Document, figure: str, sentence: str, **fields) -> Claim:
    start = doc.text.index(figure)
    end = start + len(figure)
    return Claim(
        id=hashlib.sha256(f"{doc.id}:{start}:{end}".encode()).hexdigest()[:16],
        doc=doc.path, doc_id=doc.id, outlet=doc.outlet, published=doc.published,
        start=start, end=end, text=figure, sentence=sentence, **fields,
    )


def claims_v1(doc: Document) -> list[Claim]:
    return [
        make_claim(doc, "100萬美元", "據報導，祖克柏向OpenAI員工提供“100萬美元簽約獎金”。",
                   kind="signing_bonus", payer="mark-zuckerberg", payee="openai-staff",
                   min=Decimal("1000000"), max=Decimal("1000000"), currency="USD",
                   precision=Decimal("5E+5"), stance="reported", period=Period(kind="one_time")),
        make_claim(doc, "1億美元", "小扎另開出1億美元的薪酬包。",
                   kind="pay_package", payer="mark-zuckerberg", min=Decimal("1E+8"),
                   max=None, currency="USD", approx=True, qualifiers=("超过", "约"),
                   period=Period(kind="n_years", years=Decimal("4.0"), text="四年内"),
                   min_usd=Decimal("100000000.00"), fx=FxStamp(rate=Decimal("7.1234"), month="2025-07")),
    ]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "claims.db") as s:
        yield s


def snapshot(store: Store) -> list:
    """Every row of every table, with rowids: equal snapshots mean nothing was written."""
    tables = ["documents", "claims", "entities", "aliases", "conflicts"]
    return [(t, list(store.db.execute(f"select rowid, * from [{t}] order by rowid"))) for t in tables]


# --- round trip ----------------------------------------------------------------------

def test_claims_round_trip_exactly(store):
    doc = make_doc(outlet="TMT觀察網", published=date(2025, 11, 1))
    claims = claims_v1(doc)
    store.ingest(doc, claims)
    out = store.claims()
    assert out == claims
    # Decimal equality ignores exponent; the stored text must not.
    assert [str(c.min) for c in out] == ["1000000", "1E+8"]
    assert str(out[1].period.years) == "4.0" and str(out[1].min_usd) == "100000000.00"
    assert out[1].qualifiers == ("超过", "约") and out[1].max is None


def test_decimals_are_stored_as_text(store):
    doc = make_doc()
    store.ingest(doc, claims_v1(doc))
    types = {r[0] for r in store.db.execute("select typeof(min) from claims")}
    assert types == {"text"}


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("hyp") / "claims.db") as s:
        yield s


_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(low=_DECIMALS, high=st.one_of(st.none(), _DECIMALS), years=st.one_of(st.none(), _DECIMALS),
       sentence=st.text(min_size=1, max_size=40))
def test_decimal_round_trip_property(shared_store, low, high, years, sentence):
    doc = make_doc(text=f"{low}|{high}|{years}|{sentence}", path=f"{low}|{high}|{years}|{sentence}")
    claim = Claim(id=doc.id[:16], doc=doc.path, doc_id=doc.id, start=0, end=1, text="x",
                  sentence=sentence, min=low, max=high, precision=high,
                  period=Period(kind="n_years", years=years))
    shared_store.ingest(doc, [claim])
    [out] = shared_store.claims(doc_id=doc.id)
    assert out == claim
    assert (str(out.min), str(out.max), str(out.period.years)) == (str(low), str(high), str(years))


# --- ingest: added / unchanged / replaced ---------------------------------------------

def test_reingest_changes_no_row(store):
    doc = make_doc()
    assert store.ingest(doc, claims_v1(doc)) == "added"
    before, changes = snapshot(store), store.db.conn.total_changes
    assert store.ingest(doc, claims_v1(doc)) == "unchanged"
    assert snapshot(store) == before
    assert store.db.conn.total_changes == changes  # not even a rewrite of equal values


def test_reingest_with_claims_in_another_order_is_unchanged(store):
    doc = make_doc()
    store.ingest(doc, claims_v1(doc))
    assert store.ingest(doc, claims_v1(doc)[::-1]) == "unchanged"


def test_edited_file_replaces_old_document_and_claims(store):
    v1 = make_doc(TEXT_V1)
    store.ingest(v1, claims_v1(v1))
    v2 = make_doc(TEXT_V2)
    new = make_claim(v2, "1000萬美元", "更正：簽約獎金為1000萬美元。", kind="signing_bonus",
                     min=Decimal("1E+7"), max=Decimal("1E+7"), currency="USD")
    assert store.ingest(v2, [*claims_v1(v2), new]) == "replaced"
    assert [r["id"] for r in store.db["documents"].rows] == [v2.id]
    assert {c.doc_id for c in store.claims()} == {v2.id}
    assert len(store.claims()) == 3


def test_metadata_change_updates_document_and_keeps_rowid(store):
    doc = make_doc()
    store.ingest(doc, claims_v1(doc))
    rowid = store.db.execute("select rowid from documents").fetchone()[0]
    moved = make_doc(outlet="新智元")
    assert store.ingest(moved, claims_v1(moved)) == "replaced"
    assert store.db.execute("select rowid, outlet from documents").fetchall() == [(rowid, "新智元")]
    assert {c.outlet for c in store.claims()} == {"新智元"}


def test_replacing_claims_drops_conflicts_that_cite_them(store):
    v1 = make_doc(TEXT_V1)
    store.ingest(v1, claims_v1(v1))
    ids = [c.id for c in claims_v1(v1)]
    store.db["conflicts"].insert({"id": "k1", "claim_ids": f'["{ids[0]}", "{ids[1]}"]', "ratio": "100"})
    store.ingest(v1, claims_v1(v1))  # unchanged: the conflict stays
    assert store.db["conflicts"].count == 1
    v2 = make_doc(TEXT_V2)
    store.ingest(v2, claims_v1(v2))
    assert store.db["conflicts"].count == 0


# --- rollback ------------------------------------------------------------------------------

def test_constraint_violation_leaves_database_as_before(store):
    v1 = make_doc(TEXT_V1)
    store.ingest(v1, claims_v1(v1))
    before = snapshot(store)
    v2 = make_doc(TEXT_V2)
    duplicate = claims_v1(v2)[0]
    # Fails on the second claim insert, after the old document was already deleted.
    with pytest.raises(StoreError, match="nothing changed") as caught:
        store.ingest(v2, [duplicate, duplicate])
    assert isinstance(caught.value, ClaimsError)
    assert snapshot(store) == before


def test_error_raised_around_ingest_rolls_it_back(store):
    doc = make_doc()
    with pytest.raises(RuntimeError, match="boom"):
        with store.db.atomic():
            assert store.ingest(doc, claims_v1(doc)) == "added"
            raise RuntimeError("boom")
    assert store.db["documents"].count == 0 and store.db["claims"].count == 0


def test_claim_of_another_document_is_refused_before_writing(store):
    doc, other = make_doc(), make_doc(TEXT_V2, path="b.txt")
    with pytest.raises(StoreError, match="belongs to document"):
        store.ingest(doc, claims_v1(other))
    assert store.db["documents"].count == 0


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.db.execute("insert into claims (id, doc, doc_id, start, [end], text, sentence, min)"
                         " values ('x', 'a', 'no-such-doc', 0, 1, 't', 's', '1')")


# --- queries ------------------------------------------------------------------------------

@pytest.fixture
def filled(store):
    doc = make_doc(outlet="TMT觀察網")
    store.ingest(doc, claims_v1(doc))
    other = make_doc("另一篇：Meta向Scale AI投資148億美元。", path="b.txt", outlet="新智元")
    store.ingest(other, [make_claim(other, "148億美元", "另一篇：Meta向Scale AI投資148億美元。",
                                    kind="investment", payer="meta", payee="scale-ai",
                                    min=Decimal("1.48E+10"), max=Decimal("1.48E+10"), currency="USD")])
    store.save_entities(EntityResolver())
    return store


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["100萬美元", "1億美元", "148億美元"]),
        ({"kind": "investment"}, ["148億美元"]),
        ({"entity": "scale-ai"}, ["148億美元"]),
        ({"entity": "openai-staff"}, ["100萬美元"]),
        ({"entity": "祖克柏"}, ["100萬美元", "1億美元"]),  # an alias, resolved through the table
        ({"entity": "Zuckerberg", "kind": "pay_package"}, ["1億美元"]),
        ({"outlet": "新智元"}, ["148億美元"]),
        ({"stance": "reported"}, ["100萬美元"]),
        ({"entity": "nobody"}, []),
    ],
    ids=lambda v: str(v) if isinstance(v, dict) else None,
)
def test_claim_filters(filled, filters, expected):
    assert [c.text for c in filled.claims(**filters)] == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("小扎", ["1億美元"]),  # 2 characters: LIKE fallback
        ("祖克柏", ["100萬美元"]),  # 3: trigram
        ("簽約獎金", ["100萬美元"]),  # 4-character phrase
        ("签约奖金", ["100萬美元"]),  # simplified query finds the traditional sentence
        ("scale ai", ["148億美元"]),  # case-insensitive
        ("美元", ["100萬美元", "1億美元", "148億美元"]),
        ("億", ["1億美元", "148億美元"]),
        ("%", []), ("_", []), ('"薪酬', []), ("", []),
        ("薪酬包", ["1億美元"]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_search(filled, query, expected):
    assert [c.text for c in filled.search(query)] == expected


def test_save_entities_is_idempotent(store):
    resolver = EntityResolver()
    store.save_entities(resolver)
    counts = (store.db["entities"].count, store.db["aliases"].count)
    store.save_entities(resolver)
    assert (store.db["entities"].count, store.db["aliases"].count) == counts
    assert counts[0] == len(resolver.entities)
    assert counts[1] == sum(len(e.aliases) for e in resolver.entities)


# --- concurrency --------------------------------------------------------------------------

def test_reader_reads_while_a_write_transaction_is_open(tmp_path):
    path = tmp_path / "claims.db"
    writer = Store(path)
    doc = make_doc()
    writer.ingest(doc, claims_v1(doc))
    # EXCLUSIVE blocks every reader in rollback-journal mode; in WAL readers go on.
    writer.db.execute("BEGIN EXCLUSIVE")
    other = make_doc(TEXT_V2, path="b.txt")
    writer.ingest(other, claims_v1(other))
    reader = Store(path)  # opening must not need a write lock either
    assert reader.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert [c.doc_id for c in reader.claims()] == [doc.id, doc.id]  # committed data only
    writer.db.conn.commit()
    assert len(reader.claims()) == 4
    reader.close()
    writer.close()


def test_regression_a_file_that_is_not_sqlite_is_a_one_line_error(tmp_path):
    """`claims list --db notes.txt` ended in a sqlite3.DatabaseError traceback."""
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all, just notes", encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable claims database"):
        Store(path)
    assert path.read_text(encoding="utf-8") == "not sqlite at all, just notes"  # nothing written


# --- issue 13: nothing lost, nothing overwritten ---------------------------------------------

def test_regression_same_text_under_two_paths_keeps_both_paths(store):
    """Issue 13: the same text under two file names kept only the last path."""
    a, b = make_doc(path="a.txt"), make_doc(path="b.txt")
    assert store.ingest(a, claims_v1(a)) == "added"
    assert store.ingest(b, claims_v1(b)) == "duplicate"
    assert [(s.path, s.doc_id) for s in store.sources()] == [("a.txt", a.id), ("b.txt", a.id)]
    assert [r["path"] for r in store.db["documents"].rows] == ["a.txt"]  # one document, shown as first read
    before = snapshot(store)
    assert store.ingest(a, claims_v1(a)) == "unchanged"
    assert store.ingest(b, claims_v1(b)) == "unchanged"  # no flip-flop between the two names
    assert snapshot(store) == before


def test_editing_one_of_two_copies_keeps_the_other(store):
    a, b = make_doc(path="a.txt"), make_doc(path="b.txt")
    store.ingest(a, claims_v1(a))
    store.ingest(b, claims_v1(b))
    edited = make_doc(TEXT_V2, path="a.txt")
    assert store.ingest(edited, claims_v1(edited)) == "replaced"
    assert {(s.path, s.doc_id) for s in store.sources()} == {("a.txt", edited.id), ("b.txt", a.id)}
    # the first text now shows under the name that still has it, claims included
    assert store.db["documents"].get(a.id)["path"] == "b.txt"
    assert {c.doc for c in store.claims(doc_id=a.id)} == {"b.txt"}
    edited_b = make_doc(TEXT_V2, path="b.txt")
    assert store.ingest(edited_b, claims_v1(edited_b)) == "duplicate"
    assert [r["id"] for r in store.db["documents"].rows] == [edited.id]  # no path has the first text: gone
    assert {c.doc_id for c in store.claims()} == {edited.id}


def test_sources_columns_are_derived_from_the_schema(store):
    from core.schema import Source
    assert list(store.db["sources"].columns_dict) == list(Source.model_fields)


def test_database_is_stamped_as_ours(store):
    from claims.store import APPLICATION_ID, SCHEMA_VERSION
    assert store.db.execute("pragma application_id").fetchone()[0] == APPLICATION_ID
    assert store.db.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("readonly", [False, True], ids=["write", "read"])
def test_regression_a_database_that_is_not_ours_is_refused_untouched(tmp_path, readonly):
    """Issue 13: `claims list --db other.db` added our tables to an unrelated SQLite file."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (body text)")
        conn.execute("insert into notes values ('mine')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a claims database .*notes"):
        Store(path, readonly=readonly)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_database_of_a_newer_engine_is_refused(tmp_path):
    path = tmp_path / "c.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("pragma user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer claims engine"):
        Store(path)


def test_an_unstamped_database_of_ours_is_upgraded_with_its_paths(tmp_path):
    """A database written before the stamp and the sources table: writing upgrades it,
    and each document's path becomes its source."""
    path = tmp_path / "old.db"
    with Store(path) as store:
        doc = make_doc()
        store.ingest(doc, claims_v1(doc))
        store.db.execute("drop table sources")
        store.db.execute("pragma application_id = 0")
        store.db.execute("pragma user_version = 0")
    with Store(path, readonly=True) as reader:  # reading needs no upgrade
        assert len(reader.claims()) == 2
    with Store(path) as store:
        assert [(s.path, s.doc_id) for s in store.sources()] == [("a.txt", doc.id)]
        assert store.db.execute("pragma user_version").fetchone()[0] > 0


def _dump(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_read_only_store_cannot_create_or_change_a_database(tmp_path):
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no such database"):
        Store(missing, readonly=True)
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty database"):
        Store(empty, readonly=True)
    assert empty.read_bytes() == b""
    path = tmp_path / "c.db"
    with Store(path) as store:
        doc = make_doc()
        store.ingest(doc, claims_v1(doc))
    before = _dump(path)
    with Store(path, readonly=True) as reader:
        assert len(reader.claims()) == 2
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest(make_doc(TEXT_V2, path="b.txt"), [])
    assert _dump(path) == before


def test_rerunning_an_ingest_writes_nothing(tmp_path):
    """Entities and conflicts already stored as they are are not rewritten either."""
    path = tmp_path / "c.db"
    rows = [{"id": "k1", "claim_ids": "[]", "ratio": "2", "severity": "1", "cause": "x",
             "explanation": "y", "basis": "z"}]
    with Store(path) as store:
        store.save_entities(EntityResolver())
        store.save_conflicts(rows)
        changes = store.db.conn.total_changes
        store.save_entities(EntityResolver())
        store.save_conflicts(rows)
        assert store.db.conn.total_changes == changes


def test_corrupt_pages_are_a_store_error_when_read(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        for n in range(40):
            doc = make_doc(TEXT_V1 + "x" * 2000 + str(n), path=f"{n}.txt")
            store.ingest(doc, claims_v1(doc))
    data = bytearray(path.read_bytes())
    data[8192:len(data) - 4096] = b"\xa5" * (len(data) - 4096 - 8192)  # the header survives, the pages do not
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="c.db: "):
        with Store(path, readonly=True) as reader:
            reader.claims()


def test_a_full_disk_during_ingest_is_one_store_error_and_nothing_half_written(tmp_path):
    """SQLite's own page limit (max_page_count) stands in for a full disk: SQLITE_FULL."""
    with Store(tmp_path / "c.db") as store:
        doc = make_doc()
        store.ingest(doc, claims_v1(doc))
        before = snapshot(store)
        pages = store.db.execute("pragma page_count").fetchone()[0]
        store.db.execute(f"pragma max_page_count = {pages}")
        big = make_doc(TEXT_V2 + "长" * 200_000, path="big.txt")
        with pytest.raises(StoreError, match="big.txt|c.db") as caught:
            store.ingest(big, claims_v1(big))
        assert "the disk is full" in str(caught.value)
        assert snapshot(store) == before
