"""Issue 12, items 5 and 6: a rerun skips every file stored as it is before parsing it; the
same text under a second path is one more source of the same document; the skip is undone by
a new engine version, an edited file or its sidecar; ``--workers`` parses in processes and
writes the same database as one process."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from claims import SEEDS_DIR, engine
from claims.pipeline import ingest
from claims.store import Store
from tests.cli_process import run_claims

ROOT = Path(__file__).resolve().parent.parent
ALTMAN = (SEEDS_DIR / "000_07672087d82857f2.txt").read_text(encoding="utf-8")
SCALE = "据报道，Meta向Scale AI投资了148亿美元。"

# A second process: ingest, then say whether any engine module (the parser, claim building)
# was loaded. On a rerun of unchanged files none is: nothing was parsed.
PARSED = """
import sys
from claims.pipeline import ingest
from claims.store import Store
with Store(sys.argv[1]) as store:
    report = ingest(store, sys.argv[2:])
print(report.added, report.replaced, report.unchanged, report.duplicate, report.claims, report.conflicts,
      any(name in sys.modules for name in ("claims.build", "parsers.extract", "jieba")))
"""


def _run(db: Path, *paths: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PARSED, str(db), *map(str, paths)], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout.split()
    return out


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ALTMAN, encoding="utf-8")
    (folder / "b.txt").write_text(SCALE, encoding="utf-8")
    return folder


def test_rerun_of_unchanged_files_parses_nothing(tmp_path):
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    first = _run(db, folder)
    assert first[:4] == ["2", "0", "0", "0"] and first[-1] == "True"
    again = _run(db, folder)
    assert again[:4] == ["0", "0", "2", "0"]
    assert again[4:6] == first[4:6]  # the same claim and conflict counts, read from the store
    assert again[-1] == "False", "a rerun on unchanged files loaded the parser"


def test_same_text_under_a_second_path_is_a_source_then_unchanged(tmp_path):
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    shutil.copy(folder / "a.txt", folder / "a-copy.txt")
    first = _run(db, folder)
    assert first[:4] == ["2", "0", "0", "1"]
    assert _run(db, folder)[:4] == ["0", "0", "3", "0"]  # every file unchanged, not "replaced"
    with Store(db, readonly=True) as store:
        paths = sorted(Path(s.path).name for s in store.sources())
        assert paths == ["a-copy.txt", "a.txt", "b.txt"]
        assert len(store.documents()) == 2


def test_edited_file_or_sidecar_is_parsed_again(tmp_path):
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    _run(db, folder)
    (folder / "b.txt").write_text(SCALE.replace("148", "143"), encoding="utf-8")
    assert _run(db, folder)[:4] == ["0", "1", "1", "0"]
    # The bytes are the same but the sidecar now names an outlet: the document is read again.
    (folder / "index.json").write_text(json.dumps({"documents": [{"file": "a.txt", "outlet": "新浪科技"}]}),
                                       encoding="utf-8")
    assert _run(db, folder)[:4] == ["0", "1", "1", "0"]
    with Store(db, readonly=True) as store:
        assert {c.outlet for c in store.claims() if c.doc.endswith("a.txt")} == {"新浪科技"}


def test_another_engine_version_parses_again(tmp_path):
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    _run(db, folder)
    with sqlite3.connect(db) as conn:  # as if an older engine had read them
        conn.execute("update files set engine = 'older'")
        conn.execute("update meta set value = 'older'")
    again = _run(db, folder)
    assert again[:4] == ["0", "0", "2", "0"] and again[-1] == "True"  # parsed, and the same claims
    with sqlite3.connect(db) as conn:
        assert {e for (e,) in conn.execute("select engine from files")} == {engine.version()}
    assert _run(db, folder)[-1] == "False"


def test_engine_version_follows_the_rule_tables(tmp_path):
    for package in engine.PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    assert engine.digest(tmp_path) == engine.version()
    rules = tmp_path / "claims" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new cue\n", encoding="utf-8")
    assert engine.digest(tmp_path) != engine.version()


def test_conflicts_recomputed_when_claims_changed_since(tmp_path):
    """The conflicts are kept on a rerun only while no claim changed after they were found (a
    run killed between its documents and its conflicts leaves them to the next run)."""
    folder, db = _folder(tmp_path), tmp_path / "c.db"
    (folder / "c.txt").write_text(SCALE.replace("148", "143"), encoding="utf-8")
    with Store(db) as store:
        assert ingest(store, [str(folder)]).conflicts == 1
    with sqlite3.connect(db) as conn:  # the state a kill before the conflicts leaves: none stored
        conn.execute("delete from conflicts")
        conn.execute("delete from meta where key = 'conflicts_engine'")
    with Store(db) as store:
        assert ingest(store, [str(folder)]).conflicts == 1
        assert len(store.conflict_rows()) == 1


def _rows(db: Path) -> dict[str, list]:
    with sqlite3.connect(db) as conn:
        return {t: sorted(map(repr, conn.execute(f"select * from [{t}]")))
                for t in ("documents", "sources", "claims", "entities", "aliases", "conflicts", "files")}


def test_workers_write_the_same_database_as_one_process(tmp_path):
    folder = _folder(tmp_path)
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "bad.txt").write_bytes(b"")  # an error in the stream keeps its place
    out = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        done = run_claims("ingest", str(folder), "--db", str(db), "--workers", str(workers))
        assert done.returncode == 1 and "bad.txt" in done.stderr
        out[workers] = done.stdout.replace(str(db), "DB")
    assert out[1] == out[2]
    assert _rows(tmp_path / "w1.db") == _rows(tmp_path / "w2.db")


def test_workers_keep_the_progress_bar(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(25):
        (folder / f"{n:02d}.txt").write_text(SCALE.replace("148", str(100 + n)), encoding="utf-8")
    done = run_claims("ingest", str(folder), "--db", str(tmp_path / "c.db"), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert "ingesting" in done.stderr and done.stdout.startswith("25 added")


def _in_order(db: Path) -> dict[str, list]:
    """Every table's rows in the order they are stored (rowid), the search index's too; the
    files' engine column left out (two engines may write them)."""
    with sqlite3.connect(db) as conn:
        out = {t: conn.execute(f"select rowid, * from [{t}] order by rowid").fetchall()
               for t in ("documents", "sources", "claims", "entities", "aliases", "conflicts")}
        out["files"] = conn.execute("select path, digest, doc_id from files order by rowid").fetchall()
        out["claims_fts"] = conn.execute("select rowid, sentence_norm from claims_fts order by rowid").fetchall()
        out["found"] = conn.execute("select rowid from claims_fts where claims_fts match '\"亿美元\"'").fetchall()
    return out


def _varied(folder: Path, files: int = 12) -> Path:
    """Articles made as the benchmark makes its varied corpus (paragraphs of the seeds and the
    development set recombined, digits varied), smaller."""
    import random

    from benchmarks.cli_speed import _paragraphs, _vary

    folder.mkdir()
    rng, paras = random.Random(12), _paragraphs()
    for n in range(files):
        text = "\n\n".join(_vary(rng.choice(paras), rng) for _ in range(6))
        (folder / f"{n:02d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def test_workers_write_every_row_in_the_order_one_process_writes_it(tmp_path, monkeypatch):
    """``--workers 2`` sends each document's claims back as store rows (store.to_rows), and
    the writer inserts a new document's rows as they come; the conflicts' blocks are searched
    in two processes: the database is the one a single process writes, row for row in the same
    order (claims, entities, aliases, conflicts, the search index), and the one the store
    writes from the Claims themselves."""
    from claims import pipeline
    from claims.documents import read_file

    monkeypatch.setattr(pipeline, "_PARALLEL_CONFLICTS", 1)  # in processes however few the claims
    searched, in_processes = [], pipeline._conflict_rows_in_processes
    monkeypatch.setattr(pipeline, "_conflict_rows_in_processes",
                        lambda views, workers: searched.append(workers) or in_processes(views, workers))

    folder = _varied(tmp_path / "in")
    seeds = sorted(SEEDS_DIR.glob("*.txt"))  # the seeds' three conflicts
    for path in seeds:
        shutil.copy(path, folder / path.name)
    (folder / "copy.txt").write_bytes((folder / "03.txt").read_bytes())  # a duplicate in the stream
    dbs = {}
    for workers in (1, 2):
        dbs[workers] = tmp_path / f"w{workers}.db"
        with Store(dbs[workers]) as store:
            report = ingest(store, [str(folder)], workers=workers)
            assert (report.added, report.duplicate, report.errors) == (12 + len(seeds), 1, [])
    plain = tmp_path / "claims.db"  # the Claims themselves, staged and compared, as before rows
    with Store(plain) as store:
        store.save_entities(pipeline.resolver())
        for path in sorted(folder.iterdir()):
            raw = read_file(str(path))
            document, built = pipeline.parse(raw)
            store.ingest(document, built.claims, built.entities, stamp=(raw.stamp(), "x"))
        pipeline.save_conflicts(store)
    assert searched == [2]
    one = _in_order(dbs[1])
    assert len(one["claims"]) > 50 and one["conflicts"] and one["found"]
    assert _in_order(dbs[2]) == one
    assert _in_order(plain) == one


def test_rows_are_the_claims_rows():
    """store.claim_row (the tuple a worker sends) is claim_to_row's values in column order,
    with or without the per-document sentence table."""
    from claims.build import analyse
    from claims.pipeline import resolver
    from claims.store import _CLAIM_COLUMNS, claim_row, claim_to_row, to_rows
    from core.schema import Document

    document = Document(id="d", path="d.txt", text=ALTMAN)
    built = analyse(document, resolver())
    assert len(built.claims) > 3
    norms: dict = {}
    for claim in built.claims:
        plain = tuple(claim_to_row(claim)[name] for name in _CLAIM_COLUMNS)
        assert claim_row(claim) == plain == claim_row(claim, norms)
    rows = to_rows(built.claims, built.entities)
    assert rows.claims == sorted(claim_row(c) for c in built.claims)
    assert [r[0] for r in rows.claims] == sorted(c.id for c in built.claims)
