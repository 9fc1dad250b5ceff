"""One big file through whole `claims` processes: time and peak RSS against the same text as
a folder of article-sized files.

    python -m benchmarks.big_file                  # 1, 5, 20 and 50 MB
    python -m benchmarks.big_file --sizes 1 5      # only these sizes (MB)
    python -m benchmarks.big_file --no-peer        # skip the folder runs (half the time)
    python -m benchmarks.big_file --many 100 300   # instead: peak RSS of N distinct small files

For each size a file is generated deterministically under benchmarks/.corpus/big/ (git-ignored):
paragraphs of the seed and development articles with every digit run varied
(benchmarks.cli_speed), one after another. Its peer is the same text cut at paragraph
boundaries into files of about 48 KB, the size of an article. Each row is one whole process
(wall clock, and peak RSS from the child's own rusage): a fresh ``claims ingest`` of the one
file and of the folder, and ``claims mentions`` of the file to the null device. The ratio,
on the folder's row, is the one file over the folder: near 1 when a big file costs what its
text costs in articles.
``--many`` ingests folders of N distinct 16 KB articles (the same generator): the peak RSS
should not grow with N, since each document's text and claims are let go once stored.
The memory cap (issue 13: under 1 GB at 50 MB) holds because a text longer than
``--max-size`` characters is analysed part by part with its claims streamed to the store.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.cli_speed import CLAIMS, FILE_BYTES, ROOT, _paragraphs, _vary, run

OUT = ROOT / "benchmarks" / ".corpus" / "big"
SIZES = (1, 5, 20, 50)
CAP_MB = 1024


def make_file(megabytes: int) -> tuple[Path, Path]:
    """(the one file, the folder of the same text in article-sized files), built once."""
    big, folder = OUT / f"{megabytes}mb.txt", OUT / f"{megabytes}mb-files"
    stamp = folder / ".done"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        rng, paras = random.Random(20261202 + megabytes), _paragraphs()
        chosen, total = [], 0
        while total < megabytes * 1024 * 1024:
            chosen.append(_vary(rng.choice(paras), rng))
            total += len(chosen[-1].encode()) + 2
        big.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        piece, size, n = [], 0, 0
        for paragraph in chosen:
            piece.append(paragraph)
            size += len(paragraph.encode()) + 2
            if size >= FILE_BYTES or paragraph is chosen[-1]:
                (folder / f"{n:05d}.txt").write_text("\n\n".join(piece) + "\n", encoding="utf-8")
                piece, size, n = [], 0, n + 1
        stamp.write_text("ok")
    return big, folder


def make_many(count: int) -> Path:
    """A folder of ``count`` distinct 16 KB articles, built once."""
    folder = OUT / f"many-{count}"
    if not (folder / ".done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        rng, paras = random.Random(count), _paragraphs()
        for n in range(count):
            chosen, size = [], 0
            while size < 16 * 1024:
                chosen.append(_vary(rng.choice(paras), rng))
                size += len(chosen[-1].encode()) + 2
            (folder / f"{n:05d}.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        (folder / ".done").write_text("ok")
    return folder


def many(counts: list[int], work: Path) -> None:
    print(f"{'distinct files':>14} {'seconds':>9} {'peak RSS MB':>12} {'claims':>8}  vs the first")
    first = None
    for count in counts:
        db = work / f"many-{count}.db"
        wall, rss, code, _cpu = run(CLAIMS + ["ingest", str(make_many(count)), "--db", str(db)])
        if code != 0:
            raise SystemExit(f"claims ingest of {count} files exited {code}")
        first = first or rss
        print(f"{count:14} {wall:9.1f} {rss / 1024:12.0f} {claims_in(db):8}  {rss / first:.2f}x RSS")


def claims_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from claims").fetchone()[0]


def measure(megabytes: int, peer: bool, work: Path) -> None:
    """Run and print each row as it ends (a 50 MB ingest takes many minutes)."""
    big, folder = make_file(megabytes)
    chars = len(big.read_text(encoding="utf-8"))
    print(f"\n{megabytes} MB file: {chars:,} characters", flush=True)
    print(f"{'command':20} {'seconds':>9} {'K chars/s':>10} {'peak RSS MB':>12} {'claims':>8}  one file / this")
    runs = [("ingest one file", ["ingest", str(big)]), ("ingest as folder", ["ingest", str(folder)])][:2 if peer else 1]
    first = None
    for name, args in runs + [("mentions one file", ["mentions", str(big)])]:
        db = work / f"{megabytes}-{name.split()[-1]}.db"
        db.unlink(missing_ok=True)
        wall, rss, code, _cpu = run(CLAIMS + args + (["--db", str(db)] if args[0] == "ingest" else []))
        if code != 0:
            raise SystemExit(f"claims {' '.join(args)} exited {code}")
        ratio = ""
        if name == "ingest one file":
            first = (wall, rss)
        elif name == "ingest as folder":
            ratio = f"{first[0] / wall:.2f}x time, {first[1] / rss:.2f}x RSS"
        flag = "  OVER THE CAP" if rss / 1024 > CAP_MB else ""
        claims = claims_in(db) if args[0] == "ingest" else ""
        print(f"{name:20} {wall:9.1f} {chars / wall / 1e3:10.1f} {rss / 1024:12.0f} {claims:>8}  {ratio}{flag}",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="file sizes in MB")
    parser.add_argument("--no-peer", action="store_true", help="skip the folder ingests")
    parser.add_argument("--many", type=int, nargs="+", help="instead: ingest folders of this many distinct files")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="big-file-"))
    try:
        if args.many:
            many(args.many, work)
            return 0
        for megabytes in args.sizes:
            measure(megabytes, not args.no_peer, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
