"""Speed and memory of ``parsers.extract_money`` on a corpus of repeated seed articles, vs JioNLP.

Run from the repository root::

    python -m benchmarks.extract_speed            # 5 MiB corpus (+ a 1 MiB one for memory)
    python -m benchmarks.extract_speed --quick    # 1 MiB corpus (+ 256 KiB), seconds
    python -m benchmarks.extract_speed --no-jionlp
    python -m benchmarks.extract_speed --corpus DIR  # your own articles (*.txt, UTF-8)

The corpus is ``claims/seeds/*.txt`` joined and repeated, written as ~96 KiB files under
``benchmarks/.corpus/<size>/`` (git-ignored; rebuilt when the seeds change).  Both extractors
are run file by file (streaming): one file is read, extracted and dropped before the next, so
memory is bounded by the largest file, not by the corpus.

Reported:
  * characters/second of ``extract_money``, the median of ``--repeat`` passes (default 3;
    CPU time of this process inside the call only;
    file reads excluded; CPU time because the 2-core machine is often shared; wall time is
    printed beside it), warm: the parser's lru caches (numerals, OpenCC per-character) are kept, which flatters a
    corpus that repeats itself, so a second figure clears those caches before every file;
  * JioNLP's ``jio.ner.extract_money`` on the same files -- on the whole corpus when a timing
    of the first file projects it under the budget (``--jionlp-budget``, 180 s), otherwise on a
    prefix of whole files of at least 200 KiB, said so in the output -- and the ratio, computed
    on exactly the text both ran on, once from the medians and once per interleaved round
    (one pass of each, back to back, so both see the same machine);
  * our peak memory for the big and the small corpus, each measured in a fresh subprocess:
    tracemalloc peak during the streaming pass, and ru_maxrss growth over the warmed-up
    baseline;
  * a sanity line: mentions found by each on the seed files.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import pkgutil
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "claims" / "seeds"
CORPUS_ROOT = ROOT / "benchmarks" / ".corpus"
MIB = 1024 * 1024
FILE_COPIES = 2  # seed sets per corpus file: ~96 KiB of UTF-8, ~39k characters
JIONLP_PREFIX_BYTES = 200 * 1024
DEFAULT_BUDGET_S = 180.0


# ---------------------------------------------------------------------------------------------
# Corpus


def seed_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def _seed_digest(seeds: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for name, text in seeds:
        h.update(name.encode())
        h.update(text.encode())
    return h.hexdigest()[:16]


def build_corpus(total_bytes: int) -> list[Path]:
    """Files under benchmarks/.corpus/<size>/ adding up to at least ``total_bytes`` of UTF-8."""
    seeds = seed_texts()
    if not seeds:
        raise SystemExit(f"no seed files in {SEEDS}")
    unit = "\n\n".join(text for _, text in seeds) + "\n\n"
    body = unit * FILE_COPIES
    body_bytes = len(body.encode("utf-8"))
    n_files = -(-total_bytes // body_bytes)
    folder = CORPUS_ROOT / f"{total_bytes}B"
    manifest = folder / "MANIFEST.json"
    want = {"seeds": _seed_digest(seeds), "files": n_files, "file_bytes": body_bytes}
    files = [folder / f"part-{i:04d}.txt" for i in range(n_files)]
    if manifest.is_file() and json.loads(manifest.read_text()) == want and all(f.is_file() for f in files):
        return files
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.txt"):
        old.unlink()
    for f in files:
        f.write_text(body, encoding="utf-8")
    manifest.write_text(json.dumps(want))
    return files


def corpus_size(files: list[Path]) -> tuple[int, int]:
    """(bytes, characters) of the files."""
    texts = (f.read_text(encoding="utf-8") for f in files)
    sizes = [(len(t.encode("utf-8")), len(t)) for t in texts]
    return sum(b for b, _ in sizes), sum(c for _, c in sizes)


def own_corpus(folder: Path) -> tuple[list[Path], list[Path]]:
    """``--corpus``: every *.txt under the folder (UTF-8), and its first fifth for the
    memory comparison."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    if not files:
        raise SystemExit(f"--corpus {folder}: no .txt files there")
    for f in files:
        try:
            f.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise SystemExit(f"--corpus: {f} is not UTF-8 ({err.reason} at byte {err.start})") from None
    return files, files[: max(1, len(files) // 5)]


# ---------------------------------------------------------------------------------------------
# Running one extractor over files


@dataclass
class Pass:
    files: int = 0
    chars: int = 0
    seconds: float = 0.0  # CPU time inside the extractor only (robust to other load on the machine)
    wall: float = 0.0  # wall-clock time inside the extractor
    mentions: int = 0

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def stream(files: list[Path], extract, *, before_each=None) -> tuple[Pass, list[float]]:
    """Run ``extract`` on each file in turn; nothing but counters outlives a file."""
    total = Pass()
    per_file = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if before_each is not None:
            before_each()
        w0, t0 = time.perf_counter(), time.process_time()
        found = extract(text)
        dt, dw = time.process_time() - t0, time.perf_counter() - w0
        total.files += 1
        total.chars += len(text)
        total.seconds += dt
        total.wall += dw
        total.mentions += len(found)
        per_file.append(dt)
        del text, found
    return total, per_file


def timed(files: list[Path], extract, repeat: int, *, before_each=None) -> tuple[Pass, list[float], list[float]]:
    """``repeat`` streaming passes: (the median pass, every pass's rate, per-file median CPU seconds)."""
    passes = [stream(files, extract, before_each=before_each) for _ in range(max(1, repeat))]
    ordered = sorted(passes, key=lambda p: p[0].rate)
    median = ordered[len(ordered) // 2][0]
    per_file = [statistics.median(p[1][i] for p in passes) for i in range(len(files))]
    return median, [p[0].rate for p in passes], per_file


def _spread(rates: list[float]) -> str:
    return f"range {min(rates):,.0f}-{max(rates):,.0f}" if len(rates) > 1 else "1 pass"


def ours_extract():
    from parsers import extract_money  # noqa: PLC0415

    return extract_money


def clear_parser_caches() -> int:
    """Clear every lru cache in the parsers package (for the cold-cache figure); how many."""
    import parsers  # noqa: PLC0415

    cleared = 0
    for info in pkgutil.iter_modules(parsers.__path__, "parsers."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", "") == info.name:
                obj.cache_clear()
                cleared += 1
    return cleared


def jionlp_extract():
    """JioNLP's extract_money, quiet, or None when the 'bench' extra is not installed."""
    from benchmarks.peer_suites import load_jionlp, quiet  # noqa: PLC0415

    jio = load_jionlp()
    if jio is None:
        return None

    def extract(text: str):
        with quiet():
            return jio.ner.extract_money(text)

    return extract


# ---------------------------------------------------------------------------------------------
# Memory, in a fresh process per corpus


def memory_child(listing: Path) -> dict:
    extract = ours_extract()
    seeds = seed_texts()
    for _, text in seeds:  # warm up: imports, regex compilation, OpenCC
        extract(text)
    files = [Path(p) for p in json.loads(listing.read_text(encoding="utf-8"))]
    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    result, _ = stream(files, extract)
    _, peak = tracemalloc.get_traced_memory()
    gc.collect()  # retained = what survives the pass once reference cycles are collected
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    largest = max(len(f.read_text(encoding="utf-8")) for f in files)
    return {
        "files": result.files, "chars": result.chars, "mentions": result.mentions,
        "traced_peak_bytes": peak - base, "traced_retained_bytes": current - base,
        "maxrss_growth_kib": rss1 - rss0, "maxrss_kib": rss1,
        "largest_file_chars": largest,
    }


def measure_memory(files: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.json"
        listing.write_text(json.dumps([str(f) for f in files]), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.extract_speed", "--memory-child", str(listing)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# Report


def _mb(n: float) -> str:
    return f"{n / MIB:.2f} MiB"


def _rate(r: float) -> str:
    return f"{r:,.0f} chars/s"


def interleaved_ratios(files: list[Path], ours, theirs, rounds: int) -> list[float]:
    """ours/theirs characters-per-second ratio for each round of one pass each, back to back."""
    ratios = []
    for _ in range(max(1, rounds)):
        a, _ = stream(files, ours)
        b, _ = stream(files, theirs)
        ratios.append(a.rate / b.rate if b.rate else float("nan"))
    return ratios


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extract_speed", description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small run: 1 MiB corpus, 256 KiB for the memory comparison")
    ap.add_argument("--no-jionlp", action="store_true", help="ours only")
    ap.add_argument("--jionlp-budget", type=float, default=DEFAULT_BUDGET_S,
                    help="seconds JioNLP may take on the whole corpus before a prefix is used (default 180)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per measurement; the median is shown")
    ap.add_argument("--corpus", type=Path, help="a folder of your own UTF-8 .txt articles instead of the seeds")
    ap.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.memory_child:
        print(json.dumps(memory_child(args.memory_child)))
        return 0

    if args.corpus:
        big, small = own_corpus(args.corpus)
        origin = f"the .txt files under {args.corpus}"
    else:
        big_bytes, small_bytes = (1 * MIB, MIB // 4) if args.quick else (5 * MIB, 1 * MIB)
        big = build_corpus(big_bytes)
        small = build_corpus(small_bytes)
        origin = f"claims/seeds/*.txt x {FILE_COPIES} per file, in {big[0].parent.relative_to(ROOT)}"
    big_b, big_c = corpus_size(big)
    small_b, small_c = corpus_size(small)
    print(f"corpus: {len(big)} files, {_mb(big_b)} UTF-8, {big_c:,} characters ({origin})")
    print(f"small corpus: {len(small)} files, {_mb(small_b)}, {small_c:,} characters")

    # --- ours -------------------------------------------------------------------------------
    extract = ours_extract()
    seeds = seed_texts()
    for _, text in seeds:
        extract(text)  # warm-up: imports, regexes, OpenCC
    ours, ours_rates, ours_per_file = timed(big, extract, args.repeat)
    print(f"\nours   extract_money: {ours.chars:,} chars in {ours.seconds:.2f} s CPU ({ours.wall:.2f} s wall) "
          f"= {_rate(ours.rate)} (warm caches; median of {args.repeat} passes, {_spread(ours_rates)}), "
          f"{ours.mentions:,} mentions")
    cold, cold_rates, _ = timed(small, extract, args.repeat, before_each=clear_parser_caches)
    print(f"ours   extract_money, parser caches cleared before each file ({len(small)} files): "
          f"{_rate(cold.rate)} ({_spread(cold_rates)})")

    # --- JioNLP -------------------------------------------------------------------------------
    jio_extract = None if args.no_jionlp else jionlp_extract()
    if jio_extract is None:
        print("\njionlp: not run" + ("" if args.no_jionlp else " (not installed: pip install -e '.[bench]')"))
    else:
        from benchmarks.peer_suites import jionlp_version  # noqa: PLC0415

        for _, text in seeds:
            jio_extract(text)  # warm-up: its dictionaries load on first use
        probe, _ = stream(big[:1], jio_extract)
        projected = probe.wall / probe.chars * big_c * args.repeat if probe.chars else 0.0
        if projected <= args.jionlp_budget:
            jio_files, note = big, "the whole corpus"
        else:
            file_bytes = big_b // len(big)
            n = max(1, -(-JIONLP_PREFIX_BYTES // file_bytes))
            jio_files = big[:n]
            note = (f"a PREFIX of {n} files ({_mb(n * file_bytes)}) -- {args.repeat} passes over the whole corpus "
                    f"were projected at {projected:.1f} s > {args.jionlp_budget:.1f} s budget")
        jio, jio_rates, _ = timed(jio_files, jio_extract, args.repeat)
        ours_same_secs = sum(ours_per_file[: len(jio_files)])
        ours_same_rate = jio.chars / ours_same_secs if ours_same_secs else 0.0
        print(f"\njionlp {jionlp_version()} ner.extract_money on {note}: {jio.chars:,} chars in "
              f"{jio.seconds:.2f} s CPU ({jio.wall:.2f} s wall) = {_rate(jio.rate)} "
              f"(median of {args.repeat} passes, {_spread(jio_rates)}), {jio.mentions:,} mentions")
        ratio = ours_same_rate / jio.rate if jio.rate else float("nan")
        print(f"ratio ours/jionlp on the same {len(jio_files)} files: {ratio:.2f}x "
              f"({_rate(ours_same_rate)} vs {_rate(jio.rate)}; < 1 means ours is slower)")
        # The machine's speed drifts; pairs of passes run back to back see the same machine.
        rounds = interleaved_ratios(jio_files, extract, jio_extract, args.repeat)
        print(f"ratio in {len(rounds)} interleaved rounds (our pass, then JioNLP's, same files): "
              + ", ".join(f"{r:.2f}x" for r in rounds)
              + f"; median {statistics.median(rounds):.2f}x, lowest {min(rounds):.2f}x")

    # --- memory -------------------------------------------------------------------------------
    print("\nour peak memory while streaming (fresh process per corpus, after warm-up):")
    for label, files, nbytes in (("big", big, big_b), ("small", small, small_b)):
        mem = measure_memory(files)
        print(f"  {label:5s} {_mb(nbytes):>10s} ({mem['files']} files, {mem['chars']:,} chars): "
              f"tracemalloc peak {_mb(mem['traced_peak_bytes'])} "
              f"(retained after: {mem['traced_retained_bytes'] / 1024:.0f} KiB), "
              f"ru_maxrss growth {mem['maxrss_growth_kib'] / 1024:.2f} MiB "
              f"(ru_maxrss {mem['maxrss_kib'] / 1024:.1f} MiB); largest file {mem['largest_file_chars']:,} chars")

    # --- sanity ---------------------------------------------------------------------------------
    ours_counts = [len(extract(text)) for _, text in seeds]
    line = f"\nsanity, mentions on claims/seeds/*.txt ({len(seeds)} files): ours {sum(ours_counts)} {ours_counts}"
    if jio_extract is not None:
        jio_counts = [len(jio_extract(text)) for _, text in seeds]
        line += f", jionlp {sum(jio_counts)} {jio_counts}"
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
