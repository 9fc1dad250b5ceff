"""Issue 13, item 7: the CI part of the fault-injection suite (benchmarks/fault_injection.py).

Ten short trials kill a forked ingest (the engine already imported, so a trial costs a
fraction of a second) at random moments; the full run kills real `claims ingest`
processes, 100 times over a few hundred files."""

from __future__ import annotations

from benchmarks.fault_injection import check_after_kill, make_corpus, run, snapshot


def test_generated_corpus_is_distinct_and_deterministic(tmp_path):
    first = [p.read_text(encoding="utf-8") for p in make_corpus(tmp_path / "a", 30)]
    again = [p.read_text(encoding="utf-8") for p in make_corpus(tmp_path / "b", 30)]
    assert first == again
    assert len(set(first)) == 30


def test_ten_kills_during_ingest_leave_whole_documents_and_a_rerun_equals_a_clean_run(tmp_path):
    results, _, documents = run(10, 16, 13, "fork", tmp_path, lines_per_file=(2, 4))
    assert documents == 16
    assert [t.problems for t in results] == [[]] * 10
    # most kills hit an ingest half done: some documents stored, not all
    assert sum(any(0 < d < 16 for d in t.documents_at_kill) for t in results) >= 5


def test_the_checks_find_a_partial_document(tmp_path):
    """The checker itself: a document whose claims went missing is reported."""
    results, _, _ = run(0, 3, 13, "fork", tmp_path, lines_per_file=(2, 3))
    clean_db = tmp_path / "clean.db"
    clean = snapshot(clean_db)
    import sqlite3
    with sqlite3.connect(clean_db) as conn:
        conn.execute("delete from claims where rowid = (select min(rowid) from claims)")
    conn.close()
    problems = check_after_kill(clean_db, clean)
    assert any(p.startswith("partial document") for p in problems)
