"""Issue 13, item 5: concurrent writers and readers, with real `claims ingest` processes.

Two ingests into one database used to end with `database is locked` in one of them (5 of
5 trials): a deferred transaction that reads, then writes, cannot wait for the lock. Every
write transaction now starts with BEGIN IMMEDIATE and waits up to --timeout seconds."""

from __future__ import annotations

import sqlite3
import subprocess
import time

import pytest

from benchmarks.fault_injection import make_corpus
from claims import pipeline
from claims.records import conflict_row
from claims.store import Store
from tests.cli_process import popen_claims, run_claims


def _consistent(conn: sqlite3.Connection) -> tuple[int, list[str]]:
    """One read transaction: the document count and what is half written, if anything."""
    conn.execute("begin")
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if not {"documents", "claims", "sources", "claims_fts"} <= tables:
            return 0, []
        docs = conn.execute("select count(*) from documents").fetchone()[0]
        bad = []
        if conn.execute("select count(*) from documents d where not exists"
                        " (select 1 from claims c where c.doc_id = d.id)").fetchone()[0]:
            bad.append("a document without its claims")
        if conn.execute("select count(*) from claims where doc_id not in (select id from documents)").fetchone()[0]:
            bad.append("claims without their document")
        if conn.execute("select count(*) from claims").fetchone()[0] != conn.execute(
                "select count(*) from claims_fts").fetchone()[0]:
            bad.append("FTS out of step with claims")
        if conn.execute("select count(*) from sources").fetchone()[0] != docs:
            bad.append("a document without its path")
        return docs, bad
    finally:
        conn.execute("commit")


@pytest.fixture(scope="module")
def two_ingests(tmp_path_factory):
    """Two ingests of different folders into one new database, started together, while a
    reader loops over the database checking that nothing is half written."""
    root = tmp_path_factory.mktemp("concurrent")
    make_corpus(root / "one", 8, seed=1, lines_per_file=(2, 5))
    make_corpus(root / "two", 8, seed=2, lines_per_file=(2, 5))
    db = root / "c.db"
    procs = [popen_claims("ingest", str(root / name), "--db", str(db), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) for name in ("one", "two")]
    seen, problems = set(), []
    while any(p.poll() is None for p in procs):
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    docs, bad = _consistent(conn)
                finally:
                    conn.close()
            except sqlite3.OperationalError:  # the file exists, its schema not yet
                continue
            seen.add(docs)
            problems += bad
        time.sleep(0.005)
    outputs = [p.communicate() for p in procs]
    return db, procs, outputs, seen, problems


def test_regression_two_ingests_into_one_database_both_finish(two_ingests):
    db, procs, outputs, _, _ = two_ingests
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all(out.startswith("8 added") for out, _ in outputs)
    with Store(db, readonly=True) as store:
        assert len({c.doc_id for c in store.claims()}) == 16
        # the conflicts kept are those of all 16 documents, whichever ingest finished last
        stored = sorted(r["id"] for r in store.conflict_rows())
        assert stored == sorted(conflict_row(c)["id"] for c in pipeline.conflicts(store))


def test_readers_never_see_a_half_written_document(two_ingests):
    _, _, _, seen, problems = two_ingests
    assert problems == []
    assert len(seen - {0, 16}) >= 3, seen  # the reader did look while documents were arriving


@pytest.fixture(scope="module")
def locked(tmp_path_factory):
    """A database whose write lock this test holds for 3 s; meanwhile one ingest waits with
    the default timeout and one gives up after 0.5 s."""
    root = tmp_path_factory.mktemp("locked")
    make_corpus(root / "in", 1, lines_per_file=(2, 3))
    db = root / "c.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("begin immediate")
    started = time.monotonic()
    patient = popen_claims("ingest", str(root / "in"), "--db", str(db), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    impatient = run_claims("ingest", str(root / "in"), "--db", str(db), "--timeout", "0.5")
    time.sleep(max(0.0, 3 - (time.monotonic() - started)))
    holder.execute("commit")
    holder.close()
    out, err = patient.communicate(timeout=60)
    return db, impatient, (patient.returncode, out, err, time.monotonic() - started)


def test_regression_second_writer_gives_up_with_a_one_line_message(locked):
    _, impatient, _ = locked
    assert impatient.returncode == 1
    assert impatient.stderr.splitlines() == [
        f"Error: {locked[0]}: database is locked by another writer (waited 0.5 s); try again when it is done"]


def test_second_writer_waits_for_the_lock_then_proceeds(locked):
    db, _, (code, out, err, elapsed) = locked
    assert code == 0, err
    assert out.startswith("1 added") and elapsed >= 3
    with Store(db, readonly=True) as store:
        assert store.claims()
