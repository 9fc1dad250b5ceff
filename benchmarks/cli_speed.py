"""Whole `claims` processes against JioNLP's whole process, as a user runs them.

    python -m benchmarks.cli_speed                 # two generated 5 MB corpora, 3 interleaved rounds,
                                                   # then peak RSS of ingest on 1 MB and 20 MB
    python -m benchmarks.cli_speed --quick         # 1 MB corpora, 1 round, no 20 MB run
    python -m benchmarks.cli_speed --corpus DIR    # your own *.txt / *.md / *.html files

Every figure is a whole process timed from outside (wall clock, CPU time and peak RSS from
the child's own rusage): start-up (`claims --help` against `python -c "import jionlp"` and a
bare `python`), `claims mentions DIR --format jsonl` against a JioNLP process that reads the
same files and prints `extract_money` for each as JSON lines, a fresh `claims ingest` with one
worker and with two (`--workers 2`), and an unchanged re-ingest. Rounds are interleaved (one
run of each command, then the next round), so all commands see the same machine; the median
of the rounds is printed with the ratio and the spread (max - min over the median) as the
noise, with the load average over the rounds and the cores other processes took meanwhile
(from /proc/stat: a ratio between two of these processes holds only when they are near 0; the
kernel shares the cores between sessions, not processes). ``M chars/s`` is by wall clock;
``per CPU s`` divides by the process's CPU time (user +
system, its workers included), the figure per core. Peak RSS is the largest single process's
(a worker's or the writer's). The memory rows ingest the varied corpus at each ``--memory``
size with one worker: flat means the same peak at 1 MB and 20 MB.

Two corpora are generated deterministically under benchmarks/.corpus/cli/ (git-ignored):
``seeds`` (the seed articles repeated) and ``varied`` (paragraphs of the seeds and the
development articles recombined, every digit run varied, no two files alike). Needs only the
engine and the ``bench`` extra (jionlp); without jionlp the peer rows are skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "claims" / "seeds"
DEV = ROOT / "tests" / "corpus" / "real_news" / "dev"
OUT = ROOT / "benchmarks" / ".corpus" / "cli"
FILE_BYTES = 48 * 1024
CLAIMS = [sys.executable, "-m", "claims"]

JIONLP_PROCESS = r"""
import json, sys
from pathlib import Path
import jionlp as jio
out = sys.stdout
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.is_file() and path.suffix in (".txt", ".md", ".html"):
        text = path.read_text(encoding="utf-8")
        for m in jio.ner.extract_money(text, with_parsing=True):
            out.write(json.dumps({"doc": str(path), "text": m["text"], "offset": m["offset"],
                                  "detail": m.get("detail")}, ensure_ascii=False) + "\n")
"""


# --- corpora -----------------------------------------------------------------------------

def _paragraphs() -> list[str]:
    paras = []
    for path in sorted(SEEDS.glob("*.txt")):
        paras += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    for path in sorted(DEV.glob("*.json")):
        paras += [p for p in json.loads(path.read_text(encoding="utf-8"))["text"].split("\n") if p.strip()]
    return paras


def _vary(paragraph: str, rng: random.Random) -> str:
    """Every digit run replaced by another of the same length (a leading digit never 0)."""
    def new(m: re.Match) -> str:
        digits = [str(rng.randrange(1, 10))] + [str(rng.randrange(10)) for _ in m.group()[1:]]
        return "".join(digits)
    return re.sub(r"\d+", new, paragraph)


def make_corpus(kind: str, megabytes: float) -> tuple[Path, int]:
    """The generated corpus directory and its size in characters (rebuilt when missing)."""
    folder = OUT / f"{kind}-{megabytes:g}mb"
    stamp = folder / ".done"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        total, n = 0, 0
        rng = random.Random(20261201)
        seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
        paras = _paragraphs()
        while total < megabytes * 1024 * 1024:
            if kind == "seeds":
                body = (seeds + "\n") * max(1, FILE_BYTES // len(seeds.encode()))
            else:
                chosen, size = [], 0
                while size < FILE_BYTES:
                    p = _vary(rng.choice(paras), rng)
                    chosen.append(p)
                    size += len(p.encode())
                body = "\n\n".join(chosen) + "\n"
            (folder / f"{n:05d}.txt").write_text(body, encoding="utf-8")
            total += len(body.encode())
            n += 1
        stamp.write_text("ok")
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    return folder, chars


def user_corpus(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in folder.rglob("*")
               if p.is_file() and p.suffix in (".txt", ".md", ".html"))


# --- timing ------------------------------------------------------------------------------

# A user's Python keeps the bytecode it compiles (pip compiles a wheel's at install): a shell
# that sets PYTHONDONTWRITEBYTECODE would time every process compiling the sources again.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], *, stdout=subprocess.DEVNULL) -> tuple[float, int, int, float]:
    """(wall seconds, peak RSS in KB, exit code, CPU seconds) of one whole process (its
    children included: the rusage of a waited-for process covers the ones it waited for)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, cwd=tempfile.gettempdir(),
                             env=_ENV)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def _busy() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (Linux /proc/stat), else None."""
    try:
        with open("/proc/stat") as stat:
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    except (OSError, ValueError):
        return None
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def have_jionlp() -> bool:
    return subprocess.run([sys.executable, "-c", "import jionlp"], capture_output=True).returncode == 0


FRESH = {"claims ingest (fresh)": "1", "ingest --workers 2": "2"}  # a fresh database each round


def measure(folder: Path, rounds: int, peer: bool) -> dict[str, list[tuple[float, int, float]]]:
    work = Path(tempfile.mkdtemp(prefix="cli-speed-"))
    db = work / "bench.db"
    commands = {
        "python (bare)": [sys.executable, "-c", "pass"],
        "claims --help": CLAIMS + ["--help"],
        "claims mentions": CLAIMS + ["mentions", str(folder), "--format", "jsonl"],
        **dict.fromkeys(FRESH),  # built per round
        "claims ingest (unchanged)": CLAIMS + ["ingest", str(folder), "--db", str(db)],
    }
    if peer:
        commands["import jionlp"] = [sys.executable, "-c", "import jionlp"]
        commands["jionlp process"] = [sys.executable, "-c", JIONLP_PROCESS, str(folder)]
    times: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
    # untimed: each program's bytecode compiled and its caches written once, as on a user's machine
    tiny = work / "warm"
    tiny.mkdir()
    (tiny / "a.txt").write_text("梅西的年薪为5000万美元。\n", encoding="utf-8")
    for command in (CLAIMS + ["mentions", str(tiny)], CLAIMS + ["ingest", str(tiny), "--db", str(work / "warm.db")],
                    *([[sys.executable, "-c", JIONLP_PROCESS, str(tiny)]] if peer else [])):
        run(command)
    start, busy, loads = time.perf_counter(), _busy(), [os.getloadavg()[0]]
    try:
        for _ in range(rounds):
            for name, command in commands.items():
                if name in FRESH:
                    for stale in work.glob("bench.db*"):
                        stale.unlink()
                    command = CLAIMS + ["ingest", str(folder), "--db", str(db), "--workers", FRESH[name]]
                wall, rss, code, cpu = run(command)
                if code != 0:
                    raise SystemExit(f"{name} exited {code}: {' '.join(command)}")
                times[name].append((wall, rss, cpu))
                loads.append(os.getloadavg()[0])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    end = _busy()
    if busy is not None and end is not None:  # what other processes took while these ran
        ours = sum(c for runs in times.values() for _, _, c in runs)
        OTHERS["last"] = (max(0.0, end - busy - ours) / (time.perf_counter() - start), min(loads), max(loads))
    return times


OTHERS: dict[str, tuple[float, float, float]] = {}  # the last measure's (others' cores, load average min, max)


def report(label: str, chars: int, times: dict[str, list[tuple[float, int, float]]]) -> None:
    med = {name: statistics.median(w for w, _, _ in runs) for name, runs in times.items()}
    cpu = {name: statistics.median(c for _, _, c in runs) for name, runs in times.items()}
    spread = {name: (max(w for w, _, _ in runs) - min(w for w, _, _ in runs)) / med[name]
              for name, runs in times.items()}
    peak = {name: max(r for _, r, _ in runs) for name, runs in times.items()}
    print(f"\n{label}: {chars:,} characters, {len(next(iter(times.values())))} interleaved round(s)")
    if "last" in OTHERS:
        cores, low, high = OTHERS.pop("last")
        print(f"load average {low:.2f}-{high:.2f}; other processes took {cores:.2f} of the "
              f"{os.cpu_count()} cores meanwhile (ratios between processes need them free)")
    print(f"{'command':28} {'median s':>9} {'spread':>7} {'M chars/s':>10} {'per CPU s':>10} "
          f"{'peak RSS MB':>12}  ratio")
    for name in times:
        timed = name not in ("python (bare)", "claims --help", "import jionlp")
        per = f"{chars / med[name] / 1e6:10.3f}" if timed else ""
        per_cpu = f"{chars / cpu[name] / 1e6:10.3f}" if timed else ""
        ratio = ""
        if name == "claims mentions" and "jionlp process" in med:
            ratio = f"{med['jionlp process'] / med[name]:.2f}x JioNLP's process"
        if name in FRESH and "jionlp process" in med:
            ratio = f"{med['jionlp process'] / med[name]:.2f}x JioNLP's process (extraction only)"
        if name == "ingest --workers 2":
            ratio = f"{med['claims ingest (fresh)'] / med[name]:.2f}x one worker; " + ratio
        if name == "claims --help" and "import jionlp" in med:
            ratio = f"{med[name] / med['import jionlp']:.2f}x import jionlp's time"
        if name == "claims ingest (unchanged)":
            ratio = f"{med['claims ingest (fresh)'] / med[name]:.1f}x faster than fresh"
        print(f"{name:28} {med[name]:9.2f} {spread[name]:7.0%} {per:>10} {per_cpu:>10} "
              f"{peak[name] / 1024:12.0f}  {ratio}")


def memory(sizes: list[float]) -> None:
    """Peak RSS of a fresh one-worker ingest of the varied corpus at each size."""
    print("\npeak RSS of claims ingest --workers 1, varied corpus (one run each)")
    print(f"{'size':>8} {'characters':>12} {'wall s':>8} {'M chars/s':>10} {'peak RSS MB':>12}")
    peaks = []
    for size in sizes:
        folder, chars = make_corpus("varied", size)
        work = Path(tempfile.mkdtemp(prefix="cli-memory-"))
        try:
            command = CLAIMS + ["ingest", str(folder), "--db", str(work / "m.db"), "--workers", "1"]
            wall, rss, code, _ = run(command)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if code != 0:
            raise SystemExit(f"ingest exited {code}: {' '.join(command)}")
        peaks.append(rss)
        print(f"{size:>6g}MB {chars:12,} {wall:8.1f} {chars / wall / 1e6:10.3f} {rss / 1024:12.0f}")
    if len(peaks) > 1:
        print(f"peak RSS at {sizes[-1]:g} MB / at {sizes[0]:g} MB: {peaks[-1] / peaks[0]:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=5.0, help="MB per generated corpus (default 5)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="1 MB corpora, 1 round")
    parser.add_argument("--corpus", type=Path, help="time your own folder of articles instead")
    parser.add_argument("--no-jionlp", action="store_true")
    parser.add_argument("--memory", default="1,20",
                        help="MB sizes of the varied corpus for the peak-RSS rows (default 1,20; '' for none)")
    args = parser.parse_args(argv)
    size, rounds = (1.0, 1) if args.quick else (args.size, args.rounds)
    sizes = [] if args.quick or args.corpus else [float(x) for x in args.memory.split(",") if x.strip()]
    peer = not args.no_jionlp and have_jionlp()
    if not peer:
        print("jionlp not installed (pip install -e '.[bench]'): peer rows skipped")
    if args.corpus:
        report(str(args.corpus), user_corpus(args.corpus), measure(args.corpus, rounds, peer))
        return 0
    for kind in ("seeds", "varied"):
        folder, chars = make_corpus(kind, size)
        report(f"{kind} corpus ({folder.relative_to(ROOT)})", chars, measure(folder, rounds, peer))
    if sizes:
        memory(sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
