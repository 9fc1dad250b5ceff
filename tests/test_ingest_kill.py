"""Killing an ingest mid-way leaves a consistent database, and a re-run completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from claims import SEEDS_DIR as SEEDS


def _corpus(folder: Path, copies: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(copies):
        (folder / f"a{n:03d}.txt").write_text(texts[n % len(texts)] + f"\n(副本 {n})\n", encoding="utf-8")


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_killed_ingest_leaves_whole_documents_only(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "c.db"
    folder.mkdir()
    _corpus(folder, 60)
    cmd = [sys.executable, "-m", "claims.cli", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists() and _safe_count(db) >= 3:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("select count(*) from documents").fetchone()[0]
        orphans = conn.execute("select count(*) from documents d where not exists "
                               "(select 1 from claims c where c.doc_id = d.id)").fetchone()[0]
    assert 0 < docs < 60, "the kill should land mid-way"
    assert orphans == 0  # every stored document has its claims: none half-written
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    assert _count(db, "select count(*) from documents") == 60


def _safe_count(db: Path) -> int:
    try:
        return _count(db, "select count(*) from documents")
    except sqlite3.Error:
        return 0
