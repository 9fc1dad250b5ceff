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
