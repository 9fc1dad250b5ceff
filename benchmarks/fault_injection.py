"""Fault injection: kill -9 an ingest at random moments, then check what it left.

    python -m benchmarks.fault_injection [--trials 100] [--files 300] [--seed 13]

A corpus of distinct articles is generated from the seed articles (claims/seeds/): each
file recombines seed lines and varies every figure, deterministically from ``--seed``.
One clean ``claims ingest`` is the reference. Each trial then ingests the corpus into a
fresh database and SIGKILLs the process at a random moment (once or twice, restarting in
between): once a random number of documents (none in a tenth of the kills, else 1 to all)
is stored, plus a random part of one document's time, so kills fall in schema creation, in
any document's transaction and in the final conflicts step alike. Then it checks the database the kill left:

- ``PRAGMA integrity_check`` is ok, and so is the FTS index's own integrity-check;
- no partial document: every stored document has exactly the claims and the document row
  the clean run has for it, and each of its paths;
- the FTS index holds exactly one row per claim; stored conflicts cite stored claims;

then reruns the ingest to the end and requires a database equal, table by table, to the
clean run's. A trial passes when every check does.

``--mode process`` (the default) kills real ``claims ingest`` processes; ``--mode fork``
forks this process, with the engine already imported, which makes a trial cheap enough for
the CI test (tests/test_fault_injection.py).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

from claims import SEEDS_DIR

TABLES = {  # table -> its key, for comparing a trial's database with the clean one
    "documents": "id", "sources": "path", "claims": "id", "conflicts": "id",
    "entities": "id", "aliases": "entity_id, alias",
}
_FIGURE = regex.compile(r"\d+")
_PAYERS = ("Meta", "谷歌", "OpenAI", "微软", "苹果", "字节跳动", "阿里巴巴", "腾讯")
_KINDS = ("签约奖金", "年薪", "薪酬包", "股票奖励")


# --- the corpus ---------------------------------------------------------------------------

def seed_lines() -> list[str]:
    lines = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 8]
    return lines


def make_corpus(folder: Path, files: int, seed: int = 13, lines_per_file: tuple[int, int] = (4, 12)) -> list[Path]:
    """``files`` distinct articles in ``folder``: seed lines recombined, each figure changed,
    and a closing sentence with a figure of its own so every article has a claim."""
    pool = seed_lines()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(files):
        rng = random.Random(f"{seed}:{n}")
        lines = [_vary(line, rng) for line in rng.sample(pool, rng.randint(*lines_per_file))]
        lines.append(f"据报道，{rng.choice(_PAYERS)}向这位研究员开出了{rng.randint(2, 999)}万美元的"
                     f"{rng.choice(_KINDS)}（第{n}篇）。")
        path = folder / f"article_{n:04d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _vary(line: str, rng: random.Random) -> str:
    """Every digit run replaced by another number of the same length (no leading zero)."""
    def figure(m: regex.Match) -> str:
        digits = len(m[0])
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1))
    return _FIGURE.sub(figure, line)


# --- the checks ---------------------------------------------------------------------------

def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of our tables, in key order, without rowids."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        return {t: (list(conn.execute(f"select * from [{t}] order by {key}")) if t in tables else [])
                for t, key in TABLES.items()}
    finally:
        conn.close()


def check_after_kill(db: Path, clean: dict[str, list[tuple]]) -> list[str]:
    """What is wrong with the database a kill left (empty: nothing)."""
    if not db.exists():
        return []
    conn = sqlite3.connect(db)  # read-write: a crashed WAL is recovered as any next opener would
    try:
        problems = []
        if (result := conn.execute("pragma integrity_check").fetchone()[0]) != "ok":
            return [f"integrity_check: {result}"]
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if "claims" not in tables:
            return [] if not tables & set(TABLES) else [f"schema half made: {sorted(tables)}"]
        problems += _fts_problems(conn)
        problems += _partial_documents(conn, clean)
        cited = conn.execute("select count(*) from conflicts, json_each(conflicts.claim_ids) j"
                             " where j.value not in (select id from claims)").fetchone()[0]
        if cited:
            problems.append(f"{cited} conflict citations of claims not stored")
        return problems
    finally:
        conn.close()


def _fts_problems(conn: sqlite3.Connection) -> list[str]:
    claims = conn.execute("select count(*) from claims").fetchone()[0]
    indexed = conn.execute("select count(*) from claims_fts").fetchone()[0]
    problems = [] if claims == indexed else [f"FTS has {indexed} rows for {claims} claims"]
    try:
        conn.execute("insert into claims_fts (claims_fts, rank) values ('integrity-check', 1)")
        conn.rollback()
    except sqlite3.DatabaseError as e:
        problems.append(f"FTS integrity-check: {e}")
    return problems


def _partial_documents(conn: sqlite3.Connection, clean: dict[str, list[tuple]]) -> list[str]:
    """Every stored document must be whole: its row, all its claims and its path as the clean run has them."""
    clean_docs = {row[0]: row for row in clean["documents"]}
    clean_claims: dict[str, set[tuple]] = {}
    for row in clean["claims"]:
        clean_claims.setdefault(row[2], set()).add(row)  # claims: id, doc, doc_id, ...
    problems = []
    for row in conn.execute("select * from documents"):
        doc_id = row[0]
        claims = set(conn.execute("select * from claims where doc_id = ?", [doc_id]))
        sources = conn.execute("select count(*) from sources where doc_id = ?", [doc_id]).fetchone()[0]
        if row != clean_docs.get(doc_id) or claims != clean_claims.get(doc_id, set()) or not sources:
            problems.append(f"partial document {row[1]}: {len(claims)} claims, {sources} paths")
    orphans = conn.execute("select count(*) from claims where doc_id not in (select id from documents)").fetchone()[0]
    if orphans:
        problems.append(f"{orphans} claims without their document")
    return problems


def compare(db: Path, clean: dict[str, list[tuple]]) -> list[str]:
    got = snapshot(db)
    return [f"{t}: {len(got[t])} rows, clean run {len(clean[t])}" + (" (same count, rows differ)"
            if len(got[t]) == len(clean[t]) else "") for t in TABLES if got[t] != clean[t]]


# --- running and killing ingests ------------------------------------------------------------

def run_ingest(corpus: Path, db: Path) -> None:
    """The ingest `claims ingest` runs, in this process."""
    from claims.pipeline import ingest
    from claims.store import Store
    with Store(db) as store:
        ingest(store, [str(corpus)])


class _Fork:
    """A forked child running ``run_ingest``, with Popen's pid / poll / wait."""

    def __init__(self, corpus: Path, db: Path):
        self.returncode: int | None = None
        self.pid = os.fork()
        if self.pid == 0:  # the child: ingest, and never return into the caller's code
            code = 1
            try:
                run_ingest(corpus, db)
                code = 0
            finally:
                os._exit(code)

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode


@dataclass
class Runner:
    """Starts an ingest (a `claims ingest` process, or a fork of this one), kills it, or runs one to the end."""

    mode: str

    def start(self, corpus: Path, db: Path):
        if self.mode == "fork":
            return _Fork(corpus, db)
        return subprocess.Popen([sys.executable, "-m", "claims", "ingest", str(corpus), "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill(self, handle) -> bool:
        """SIGKILL; True when it was still running (the kill landed)."""
        running = handle.poll() is None
        if running:
            os.kill(handle.pid, signal.SIGKILL)
        handle.wait()
        return running

    def complete(self, corpus: Path, db: Path) -> float:
        started = time.perf_counter()
        if self.mode == "fork":
            run_ingest(corpus, db)
        else:
            subprocess.run([sys.executable, "-m", "claims", "ingest", str(corpus), "--db", str(db)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started


@dataclass
class Trial:
    number: int
    kills: list[tuple[int, float]] = field(default_factory=list)  # (documents awaited, then seconds)
    landed: int = 0  # kills that hit a running ingest
    documents_at_kill: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def stored_documents(db: Path) -> int:
    """How many documents a reader sees now (0 before the schema exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_when(runner: Runner, handle, db: Path, documents: int, delay: float) -> bool:
    """Kill once ``documents`` are stored (or the ingest ended), ``delay`` seconds later: the
    moment is drawn by progress, so it falls inside the ingest however fast the machine is."""
    while handle.poll() is None and (documents and stored_documents(db) < documents or not db.exists()):
        time.sleep(0.002)
    time.sleep(delay)
    return runner.kill(handle)


def trial(number: int, corpus: Path, work: Path, clean: dict, duration: float, runner: Runner,
          seed: int = 13) -> Trial:
    """One to two kills at random moments (documents stored so far, then up to one
    document's time more), checks after each, then a complete rerun compared with the clean run."""
    rng = random.Random(f"trial:{seed}:{number}")
    db = work / f"trial_{number:03d}.db"
    files = len(clean["documents"])
    per_document = duration / max(files, 1)
    result = Trial(number)
    for _ in range(rng.choice((1, 1, 2))):  # a third of the trials kill the restarted ingest too
        # one kill in ten at the start (opening, schema), the others after 1 to all documents
        stored = 0 if rng.random() < 0.1 else rng.randint(1, files)
        moment = (stored, round(rng.uniform(0, per_document), 4))
        result.kills.append(moment)
        result.landed += _kill_when(runner, runner.start(corpus, db), db, *moment)
        result.problems += check_after_kill(db, clean)
        result.documents_at_kill.append(stored_documents(db))
        if result.problems:
            return result
    runner.complete(corpus, db)
    result.problems += compare(db, clean)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return result


def run(trials: int, files: int, seed: int, mode: str, work: Path, *, lines_per_file=(4, 12),
        progress=None) -> tuple[list[Trial], float, int]:
    """The clean run, then the trials: (trials, clean run seconds, documents)."""
    corpus = work / "corpus"
    make_corpus(corpus, files, seed, lines_per_file)
    runner = Runner(mode)
    if mode == "fork":  # load the engine's tables once, so the clean run times what a fork will do
        runner.complete(corpus, work / "warm-up.db")
    clean_db = work / "clean.db"
    duration = runner.complete(corpus, clean_db)
    clean = snapshot(clean_db)
    results = []
    for n in range(trials):
        results.append(trial(n, corpus, work, clean, duration, runner, seed))
        if progress:
            progress(results[-1])
    return results, duration, len(clean["documents"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--files", type=int, default=300, help="distinct articles generated")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--mode", choices=["process", "fork"], default="process")
    args = parser.parse_args(argv)

    def show(t: Trial) -> None:
        verdict = "pass" if t.passed else "FAIL " + "; ".join(t.problems[:3])
        print(f"trial {t.number:3d}: kill after (documents, s) {t.kills}, {t.landed} landed, "
              f"documents at kill {t.documents_at_kill}: {verdict}", flush=True)

    with tempfile.TemporaryDirectory(prefix="fault_injection_") as tmp:
        started = time.perf_counter()
        results, duration, documents = run(args.trials, args.files, args.seed, args.mode, Path(tmp), progress=show)
        elapsed = Decimal(time.perf_counter() - started).quantize(Decimal("0.1"))
    passed = sum(t.passed for t in results)
    mid = sum(any(0 < d < documents for d in t.documents_at_kill) for t in results)
    print(f"\n{passed} of {len(results)} trials passed ({args.mode}, {args.files} files, {documents} documents, "
          f"clean run {duration:.1f} s; {mid} trials killed mid-ingest with some documents stored; {elapsed} s)")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
