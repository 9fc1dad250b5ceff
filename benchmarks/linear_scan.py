"""Is extract_money linear in the input size?  Prints time(1 MB) / time(100 KB) per input.

A linear scan gives a ratio near 10; a quadratic one near 100.  Run:

    .venv/bin/python benchmarks/linear_scan.py [--repeat N]

This is a measurement, not a test: timings depend on the machine, so nothing
here passes or fails (tests/test_strategies.py checks completion and output).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers import extract_money  # noqa: E402
from parsers.strategies import LARGE_INPUTS  # noqa: E402

INPUTS = LARGE_INPUTS
SMALL, LARGE = 100_000, 1_000_000


def best_time(text: str, repeat: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(extract_money(text))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    args = parser.parse_args()
    print(f"{'input':<22}{'100 KB s':>10}{'1 MB s':>10}{'ratio':>8}{'mentions':>10}")
    for name, make in INPUTS.items():
        small, _ = best_time(make(SMALL), args.repeat)
        large, found = best_time(make(LARGE), args.repeat)
        print(f"{name:<22}{small:>10.3f}{large:>10.3f}{large / small:>8.1f}{found:>10}")


if __name__ == "__main__":
    main()
