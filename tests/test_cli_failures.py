"""Issue 13, item 6: every failure is one line. Each case drives the real `claims` process
(tests/cli_process.py) and checks its exit code, its one-line message and that no
traceback is printed; the cases run side by side to keep the suite fast."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.pipeline import ingest
from claims.store import Store
from tests.cli_process import run_claims

GOOD = "据报道，Meta向Scale AI投资了148亿美元。"


@dataclass(frozen=True)
class Case:
    args: tuple
    exit_code: int
    message: str  # what the one Error: line says
    stdin_closed: bool = False
    stdout_to: str | None = None  # a file standard output goes to (/dev/full)


def _db(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "good.txt"
    article.write_text(GOOD, encoding="utf-8")
    with Store(folder / "c.db") as store:
        ingest(store, [str(article)])
    return folder / "c.db"


def _corrupt(db: Path, target: Path) -> Path:
    data = bytearray(db.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)
    target.write_bytes(bytes(data))
    return target


def _setup(root: Path) -> None:
    """The files the cases use, below ``root``."""
    db = _db(root / "base")
    (root / "rofile").mkdir()
    Path(shutil.copy(db, root / "rofile" / "c.db")).chmod(0o444)
    _db(root / "rodir")
    (root / "rodir").chmod(0o555)
    (root / "notsqlite.db").write_text("just notes", encoding="utf-8")
    (root / "truncated.db").write_bytes(db.read_bytes()[:3000])
    _corrupt(db, root / "corrupt.db")
    os.mkfifo(root / "fifo.db")
    sqlite3.connect(root / "other.db").execute("create table notes (body text)").connection.close()
    mixed = root / "mixed"
    mixed.mkdir()
    (mixed / "a_bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    os.mkfifo(mixed / "b_fifo.txt")
    with open(os.fsencode(mixed) + b"/c_\xff.txt", "wb") as f:
        f.write("投资1.5亿美元".encode())
    (mixed / "d_locked").mkdir()
    (mixed / "d_locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (mixed / "d_locked").chmod(0)
    (mixed / "e_good.txt").write_text("估值达到300亿元人民币", encoding="utf-8")
    (mixed / "f_self.txt").symlink_to("f_self.txt")  # a link loop named like an article
    (mixed / "g_up").symlink_to(".")  # a folder link back to its own folder


def _cases(root: Path) -> dict[str, Case]:
    db, good = str(root / "base" / "c.db"), str(root / "base" / "good.txt")
    ro_file, ro_dir = str(root / "rofile" / "c.db"), str(root / "rodir" / "c.db")
    return {
        "db missing": Case(("list", "--db", str(root / "none.db")), 1, "none.db: no such database"),
        "db read-only file": Case(("ingest", good, "--db", ro_file), 1, "rofile/c.db: the database file is read-only"),
        "db read-only file, list works": Case(("list", "--db", ro_file, "--format", "jsonl"), 0, ""),
        "db in read-only folder": Case(("ingest", good, "--db", ro_dir), 1, "rodir is read-only: SQLite cannot write"),
        "db in read-only folder, list works": Case(("list", "--db", ro_dir, "--format", "jsonl"), 0, ""),
        "db is a directory": Case(("list", "--db", str(root)), 1, "is a folder, not a database file"),
        "db is a directory, ingest": Case(("ingest", good, "--db", str(root)), 1, "is a folder"),
        "db is a fifo": Case(("list", "--db", str(root / "fifo.db")), 1, "fifo.db: is a FIFO, not a database file"),
        "db is a fifo, ingest": Case(("ingest", good, "--db", str(root / "fifo.db")), 1, "is a FIFO, not a database"),
        "db is a device": Case(("export", "--db", "/dev/null"), 1, "/dev/null: is a character device, not a database"),
        "db not sqlite": Case(("list", "--db", str(root / "notsqlite.db")), 1, "not a usable claims database"),
        "db truncated": Case(("conflicts", "--db", str(root / "truncated.db")), 1, "not a usable claims database"),
        "db corrupt pages": Case(("export", "--db", str(root / "corrupt.db")), 1,
                                 "corrupt.db: not a usable claims database"),
        "db not ours": Case(("list", "--db", str(root / "other.db")), 1, "not a claims database"),
        "db not ours, ingest": Case(("ingest", good, "--db", str(root / "other.db")), 1, "not a claims database"),
        "export onto the database": Case(("export", "--db", db, "-o", db), 1, "would overwrite the database"),
        "export onto the wal file": Case(("export", "--db", db, "-o", db + "-wal"), 1, "(its -wal file)"),
        "ingest into an input": Case(("ingest", good, "--db", good), 1, "would overwrite an input"),
        "output folder missing": Case(("export", "--db", db, "-o", str(root / "nodir" / "x.csv")), 1,
                                      "x.csv: cannot write: No such file or directory"),
        "output disk full": Case(("export", "--db", db, "-o", "/dev/full"), 1,
                                 "/dev/full: cannot write: No space left on device"),
        "stdout disk full": Case(("export", "--db", db), 1,
                                 "standard output: cannot write: No space left on device", stdout_to="/dev/full"),
        "search not utf-8": Case(("list", "--db", db, "--search", b"\xff\xfe"), 1,
                                 "--search: '\\\\xff\\\\xfe' is not valid UTF-8 text"),
        "entity not utf-8": Case(("list", "--db", db, "--entity", b"Meta\xe9"), 1,
                                 "--entity: 'Meta\\\\xe9' is not valid UTF-8 text"),
        "unknown encoding": Case(("mentions", good, "--encoding", "klingon"), 1, "unknown encoding 'klingon'"),
        "stdin closed": Case(("mentions", "-"), 1, "1 input(s) skipped", stdin_closed=True),
        "mentions folder past bad files": Case(("mentions", str(root / "mixed")), 1, "5 input(s) skipped"),
        "ingest missing and good": Case(("ingest", "/nonexistent", good, "--db", str(root / "new.db")), 1,
                                        "1 file(s) skipped"),
    }


CASE_NAMES = list(_cases(Path("/root-of-the-cases")))


def _run(case: Case) -> subprocess.CompletedProcess:
    if case.stdout_to:
        with open(case.stdout_to, "w") as out:
            return run_claims(*case.args, stdout=out, stdin_closed=case.stdin_closed)
    return run_claims(*case.args, stdin_closed=case.stdin_closed)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    root = tmp_path_factory.mktemp("failures")
    _setup(root)
    cases = _cases(root)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            done = dict(zip(cases, pool.map(_run, cases.values()), strict=True))
    finally:
        for folder in (root / "rodir", root / "mixed" / "d_locked"):
            folder.chmod(0o755)
    return root, cases, done




@pytest.mark.parametrize("name", CASE_NAMES)
def test_failure_is_one_line(results, name):
    _, cases, done = results
    case, result = cases[name], done[name]
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr, result.stderr
    assert result.returncode == case.exit_code, result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("skipped: ")]
    if case.exit_code == 0:
        assert errors == []
        return
    assert len(errors) == 1 and errors[0].startswith("Error: "), result.stderr
    assert case.message in errors[0]


def test_regression_closed_stdin_is_reported(results):
    """Issue 13: `claims mentions -` with standard input closed ended in a traceback."""
    assert results[2]["stdin closed"].stderr.splitlines()[0] == "skipped: -: standard input is closed"


def test_nothing_created_or_changed_by_the_failures(results):
    root, _, _ = results
    assert not (root / "none.db").exists()
    assert (root / "notsqlite.db").read_text(encoding="utf-8") == "just notes"
    with sqlite3.connect(f"file:{root / 'other.db'}?mode=ro", uri=True) as conn:
        assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["notes"]
    assert not (root / "nodir").exists()
    with sqlite3.connect(f"file:{root / 'base' / 'c.db'}?mode=ro", uri=True) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"  # not overwritten by an export
    assert (root / "base" / "good.txt").read_text(encoding="utf-8") == GOOD  # the input was not made a database


def test_read_commands_on_read_only_files_print_the_claims(results):
    _, _, done = results
    for name in ("db read-only file, list works", "db in read-only folder, list works"):
        assert "148亿美元" in done[name].stdout, name


def test_mentions_folder_reports_each_bad_entry_and_reads_the_rest(results):
    _, _, done = results
    result = done["mentions folder past bad files"]
    skipped = sorted(line.split("/mixed/", 1)[1] for line in result.stderr.splitlines() if line.startswith("skipped"))
    assert [s.split(":")[0] for s in skipped] == ["a_bad.txt", "b_fifo.txt", "d_locked", "f_self.txt", "g_up"]
    assert "not a regular file (a FIFO)" in skipped[1] and "Permission denied" in skipped[2]
    assert "Too many levels of symbolic links" in skipped[3] and "read already" in skipped[4]
    printed = [line for line in result.stdout.splitlines() if line]
    assert len(printed) == 2 and "c_\\\\xff.txt" in printed[0] and "300亿元人民币" in printed[1]


def test_ingest_reads_the_good_file_after_a_missing_one(results):
    root, _, done = results
    result = done["ingest missing and good"]
    assert result.stdout.startswith("1 added") and "skipped: /nonexistent: no such file or folder" in result.stderr
    with Store(root / "new.db", readonly=True) as store:
        assert [c.text for c in store.claims()] == ["148亿美元"]
